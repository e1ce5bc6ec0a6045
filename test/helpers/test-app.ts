import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import request from 'supertest';
import { JsonLogger } from '../../src/common/logging/json-logger.js';
import type { Project } from '../../src/common/tenancy/project.entity.js';
import type { TeamMember } from '../../src/team/team-member.entity.js';

/**
 * Boots the real AppModule on the test database (DATABASE_URL from global-setup) with the same setup as
 * main.ts. `env` is applied before the app module is first imported: configuration is read once per test
 * file, so one file = one environment. `configure` may override providers (a manual Clock).
 */
export async function createTestApp(
  env: Record<string, string> = {},
  configure: (builder: TestingModuleBuilder) => TestingModuleBuilder = (builder) => builder,
): Promise<NestExpressApplication> {
  Object.assign(process.env, { LOG_LEVEL: 'error', DEMO_PROJECT: 'false', WEBHOOK_ALLOW_PRIVATE: 'true', ...env });
  const { AppModule } = await import('../../src/app.module.js');
  const { configureApp } = await import('../../src/app.setup.js');
  const moduleRef = await configure(Test.createTestingModule({ imports: [AppModule] })).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: new JsonLogger('error') });
  configureApp(app);
  await app.init();
  return app;
}

export interface TestProject {
  project: Project;
  apiKey: string;
  owner: TeamMember;
  /** Authenticated request builder for this project. */
  api: ApiClient;
}

export interface ApiClient {
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  put(path: string, body?: object): request.Test;
  patch(path: string, body?: object): request.Test;
  delete(path: string): request.Test;
}

export function apiClient(app: INestApplication, apiKey: string): ApiClient {
  const server = app.getHttpServer();
  const auth = { Authorization: `Bearer ${apiKey}` };
  return {
    get: (path) => request(server).get(path).set(auth),
    post: (path, body) => request(server).post(path).set(auth).send(body ?? {}),
    put: (path, body) => request(server).put(path).set(auth).send(body ?? {}),
    patch: (path, body) => request(server).patch(path).set(auth).send(body ?? {}),
    delete: (path) => request(server).delete(path).set(auth),
  };
}

let projectCounter = 0;

/** A fresh project with an owner and its own API key: each test file (or test) works in its own tenant. */
export async function createTestProject(app: INestApplication, name = 'Test project'): Promise<TestProject> {
  const { ProjectsService } = await import('../../src/projects/projects.service.js');
  const projects = app.get(ProjectsService);
  projectCounter += 1;
  const unique = `${process.pid}-${projectCounter}-${Math.random().toString(36).slice(2, 8)}`;
  const created = await projects.create({ name, slug: `t-${unique}`, owner: { email: `owner-${unique}@example.com`, name: 'Owner' } });
  return { project: created.project, apiKey: created.apiKey, owner: created.owner!, api: apiClient(app, created.apiKey) };
}
