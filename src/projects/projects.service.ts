import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { apiKeyDisplayPrefix, generateApiKey, hashApiKey, randomToken } from '../common/auth/api-key.js';
import { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { InvalidProjectName, InvalidProjectSlug, ProjectNotFound, ProjectSlugTaken } from './projects.errors.js';
import { isUuid } from '../common/ids.js';
import { SettingsService } from '../settings/settings.service.js';
import { TeamMember } from '../team/team-member.entity.js';
import { TeamService } from '../team/team.service.js';
import { Project } from '../common/tenancy/project.entity.js';
import { ProjectStore } from './project.store.js';

export interface NewProject {
  name: string;
  slug?: string;
  description?: string;
  owner?: { email: string; name: string };
}

export interface CreatedProject {
  project: Project;
  /** Shown once; only its hash is stored. */
  apiKey: string;
  owner?: TeamMember;
}

// Telegram deep-link payloads allow [A-Za-z0-9_-] and 64 characters; `help_` takes 5 of them.
const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '');
  return slug || 'project';
}

@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly projects: ProjectStore,
    private readonly settings: SettingsService,
    private readonly team: TeamService,
  ) {}

  async create(input: NewProject): Promise<CreatedProject> {
    const name = input.name.trim();
    if (!name || name.length > 200) throw new InvalidProjectName();
    if (input.slug !== undefined && !SLUG_PATTERN.test(input.slug)) {
      throw new InvalidProjectSlug();
    }
    const apiKey = generateApiKey();
    return this.dataSource.transaction(async (manager) => {
      const slug = input.slug ?? (await this.freeSlug(manager, slugify(name)));
      const existing = await this.projects.findBySlug(slug, manager);
      if (existing) throw new ProjectSlugTaken(slug);
      const project = await this.projects.insert(manager, {
        name,
        slug,
        description: input.description?.trim() ?? '',
        apiKeyHash: hashApiKey(apiKey),
        apiKeyPrefix: apiKeyDisplayPrefix(apiKey),
      });
      await this.settings.createDefaults(project.id, manager);
      const owner = input.owner
        ? await this.team.add(toAuthenticated(project), { ...input.owner, role: 'owner' }, manager)
        : undefined;
      return { project, apiKey, owner };
    });
  }

  async rotateKey(projectId: string): Promise<{ project: Project; apiKey: string }> {
    const project = await this.get(projectId);
    const apiKey = generateApiKey();
    await this.projects.updateApiKey(project.id, hashApiKey(apiKey), apiKeyDisplayPrefix(apiKey));
    return { project, apiKey };
  }

  async get(projectId: string): Promise<Project> {
    const project = isUuid(projectId) ? await this.projects.findById(projectId) : null;
    if (!project) throw new ProjectNotFound();
    return project;
  }

  async findBySlug(slug: string): Promise<Project | null> {
    return this.projects.findBySlug(slug);
  }

  count(): Promise<number> {
    return this.projects.count();
  }

  private async freeSlug(manager: EntityManager, base: string): Promise<string> {
    if (!(await this.projects.findBySlug(base, manager))) return base;
    for (let attempt = 0; attempt < 20; attempt++) {
      const candidate = `${base}-${randomToken(4).toLowerCase()}`;
      if (!(await this.projects.findBySlug(candidate, manager))) return candidate;
    }
    throw new InvalidProjectSlug('could not find a free slug; pass one explicitly');
  }
}

/** A project row just read, as a request's tenant (its configVersion is as fresh as the read). */
export function toAuthenticated(project: Project): AuthenticatedProject {
  return {
    id: project.id,
    slug: project.slug,
    name: project.name,
    seenConfigVersion: project.configVersion === undefined ? undefined : Number(project.configVersion),
  };
}
