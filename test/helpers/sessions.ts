import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { MemberRole } from '../../src/common/auth/member-role.js';
import { type ApiClient, clientWithHeaders, type TestProject } from './test-app.js';

/** The Origin the test apps accept as their own (createTestApp is given this PUBLIC_URL). */
export const TEST_PUBLIC_URL = 'http://console.test';

export interface SignedInMember {
  id: string;
  email: string;
  password: string;
  role: MemberRole;
  /** `zapnoty_session=<token>`, as a browser would send it. */
  cookie: string;
  /** Requests with the session cookie and a same-origin Origin, like the console's. */
  api: ApiClient;
}

export function sessionCookieOf(response: request.Response): string {
  const header = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = header.find((line) => line.startsWith('zapnoty_session='));
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(header)}`);
  return cookie.split(';')[0];
}

export function sessionClient(
  app: INestApplication,
  cookie: string,
  origin: string | null = TEST_PUBLIC_URL,
): ApiClient {
  return clientWithHeaders(app, { Cookie: cookie, ...(origin === null ? {} : { Origin: origin }) });
}

export function inviteTokenOf(inviteUrl: string): string {
  return inviteUrl.slice(inviteUrl.lastIndexOf('/') + 1);
}

let memberCounter = 0;

/** One e-mail as a viewer of each project, with the same password set through each project's invite link. */
export async function memberOfProjects(
  server: Parameters<typeof request>[0],
  projects: TestProject[],
  email: string,
  password: string,
): Promise<void> {
  for (const project of projects) {
    const added = await project.api.post('/v1/team/members', { email, name: 'Shared', role: 'viewer' }).expect(201);
    await request(server)
      .post('/v1/auth/accept-invite')
      .send({ token: inviteTokenOf(added.body.invite_url), password })
      .expect(200);
  }
}

/** Adds a member with the project key, accepts their invite with a password, and returns their session. */
export async function signedInMember(
  app: INestApplication,
  project: TestProject,
  role: MemberRole,
  password = 'correct horse battery',
): Promise<SignedInMember> {
  memberCounter += 1;
  const email = `${role}-${memberCounter}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const added = await project.api
    .post('/v1/team/members', { email, name: `${role} ${memberCounter}`, role })
    .expect(201);
  const accepted = await request(app.getHttpServer())
    .post('/v1/auth/accept-invite')
    .send({ token: inviteTokenOf(added.body.invite_url), password })
    .expect(200);
  const cookie = sessionCookieOf(accepted);
  return { id: added.body.id, email, password, role, cookie, api: sessionClient(app, cookie) };
}

/** Signs the project's owner (created by createTestProject without a password) in. */
export async function signedInOwner(
  app: INestApplication,
  project: TestProject,
  password = 'owner password 1',
): Promise<SignedInMember> {
  const { TeamService } = await import('../../src/team/team.service.js');
  const { toAuthenticated } = await import('../../src/projects/projects.service.js');
  await app.get(TeamService).setPassword(toAuthenticated(project.project), project.owner.id, password);
  const login = await request(app.getHttpServer())
    .post('/v1/auth/login')
    .send({ email: project.owner.email, password })
    .expect(200);
  const cookie = sessionCookieOf(login);
  return {
    id: project.owner.id,
    email: project.owner.email,
    password,
    role: 'owner',
    cookie,
    api: sessionClient(app, cookie),
  };
}
