import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { CliModule } from './cli.module.js';
import { AppError } from './common/errors/app-error.js';
import { CreditsService } from './credits/credits.service.js';
import { ProjectsService, toAuthenticated } from './projects/projects.service.js';
import { MEMBER_ROLES, type MemberRole } from './common/auth/member-role.js';
import { toTeamMemberResponse } from './team/team-member.mapper.js';
import { TeamService } from './team/team.service.js';
import { MemberInvitesService } from './team/member-invites.service.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './common/auth/password.js';
import { InvalidEnvironment, parseEnv } from './config/env.js';

const USAGE = `usage:
  cli project create --name NAME [--slug SLUG] [--description TEXT] [--owner-email EMAIL --owner-name NAME]
  cli project rotate-key --project ID
  cli member add --project ID --email EMAIL --name NAME --role owner|admin|support|viewer
  cli member list --project ID
  cli member set-password --project ID --email EMAIL --password-stdin   (the password is read from stdin)
  cli credits show --project ID
  cli credits add --project ID --amount N`;

class UsageError extends Error {}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A top-up: a whole number of credits, 1 to a billion at a time. */
function creditAmount(values: Record<string, string | boolean | undefined>): number {
  const raw = required(values, 'amount').trim();
  const amount = Number(raw);
  if (!/^\d{1,10}$/.test(raw) || amount < 1 || amount > 1_000_000_000)
    throw new UsageError('--amount must be a whole number from 1 to 1000000000');
  return amount;
}

function required(values: Record<string, string | boolean | undefined>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value;
}

/** Operations the spec reserves for the dashboard: one JSON line on stdout, or one error line on stderr. */
async function main(argv: string[]): Promise<unknown> {
  const [resource, action, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      name: { type: 'string' },
      slug: { type: 'string' },
      description: { type: 'string' },
      project: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      'owner-email': { type: 'string' },
      'owner-name': { type: 'string' },
      'password-stdin': { type: 'boolean' },
      amount: { type: 'string' },
    },
    strict: true,
  });
  const command = `${resource ?? ''} ${action ?? ''}`;
  if (
    ![
      'project create',
      'project rotate-key',
      'member add',
      'member list',
      'member set-password',
      'credits show',
      'credits add',
    ].includes(command)
  ) {
    throw new UsageError(`unknown command "${command.trim()}"`);
  }
  // Checked before the database is opened, so a typo fails at once.
  const amount = command === 'credits add' ? creditAmount(values) : undefined;
  parseEnv(process.env);

  const app = await NestFactory.createApplicationContext(CliModule, { logger: false, abortOnError: false });
  try {
    const projects = app.get(ProjectsService);
    const team = app.get(TeamService);
    const invites = app.get(MemberInvitesService);
    switch (command) {
      case 'project create': {
        const ownerEmail = values['owner-email'];
        const created = await projects.create({
          name: required(values, 'name'),
          slug: values.slug,
          description: values.description,
          owner: ownerEmail ? { email: ownerEmail, name: values['owner-name'] ?? ownerEmail } : undefined,
        });
        const ownerInvite = created.owner
          ? await invites.issue(toAuthenticated(created.project), created.owner.id)
          : undefined;
        return {
          project_id: created.project.id,
          slug: created.project.slug,
          api_key: created.apiKey,
          ...(created.owner ? { owner_member_id: created.owner.id, owner_invite_url: ownerInvite } : {}),
        };
      }
      case 'project rotate-key': {
        const rotated = await projects.rotateKey(required(values, 'project'));
        return { project_id: rotated.project.id, api_key: rotated.apiKey };
      }
      case 'member add': {
        const role = required(values, 'role');
        if (!(MEMBER_ROLES as readonly string[]).includes(role))
          throw new UsageError(`--role must be one of ${MEMBER_ROLES.join(', ')}`);
        const email = required(values, 'email');
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new UsageError('--email must be an e-mail address');
        const project = toAuthenticated(await projects.get(required(values, 'project')));
        const { member, inviteUrl } = await invites.addMember(project, {
          email,
          name: required(values, 'name'),
          role: role as MemberRole,
        });
        return { member_id: member.id, invite_url: inviteUrl };
      }
      case 'member set-password': {
        // Never from an argument: those end up in shell history and `ps`.
        if (!values['password-stdin']) throw new UsageError('--password-stdin is required: pipe the password in');
        const password = (await readStdin()).replace(/\r?\n$/, '');
        if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
          throw new UsageError(`the password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`);
        }
        const project = toAuthenticated(await projects.get(required(values, 'project')));
        const member = await team.getByEmail(project, required(values, 'email'));
        await team.setPassword(project, member.id, password);
        return { member_id: member.id, password_set: true };
      }
      case 'credits show': {
        const project = toAuthenticated(await projects.get(required(values, 'project')));
        return await app.get(CreditsService).get(project);
      }
      case 'credits add': {
        const project = toAuthenticated(await projects.get(required(values, 'project')));
        return await app.get(CreditsService).topUp(project, amount!);
      }
      default: {
        const project = toAuthenticated(await projects.get(required(values, 'project')));
        return { members: (await team.list(project)).map((member) => toTeamMemberResponse(member)) };
      }
    }
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (result) => {
    process.stdout.write(JSON.stringify(result) + '\n');
  },
  (error: unknown) => {
    const message =
      error instanceof AppError ||
      error instanceof UsageError ||
      error instanceof InvalidEnvironment ||
      error instanceof Error
        ? error.message
        : String(error);
    process.stderr.write(`error: ${message.split('\n')[0]}\n`);
    if (error instanceof UsageError) process.stderr.write(USAGE + '\n');
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
