import type { INestApplication, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import request from 'supertest';
import { JsonLogger } from '../../src/common/logging/json-logger.js';
import type { Project } from '../../src/common/tenancy/project.entity.js';
import type { TeamMember } from '../../src/team/team-member.entity.js';

/**
 * Boots the real AppModule on the test database (DATABASE_URL from global-setup) with the same setup as
 * main.ts. `env` is applied before the app module is first imported: configuration is read once per test
 * file, so one file = one environment. `configure` may override providers (a manual Clock); `controllers`
 * are mounted beside the app's own (a route only a test needs).
 */
export async function createTestApp(
  env: Record<string, string> = {},
  configure: (builder: TestingModuleBuilder) => TestingModuleBuilder = (builder) => builder,
  controllers: Type[] = [],
): Promise<NestExpressApplication> {
  Object.assign(process.env, { LOG_LEVEL: 'error', DEMO_PROJECT: 'false', WEBHOOK_ALLOW_PRIVATE: 'true', ...env });
  const { AppModule } = await import('../../src/app.module.js');
  const { configureApp } = await import('../../src/app.setup.js');
  const moduleRef = await configure(Test.createTestingModule({ imports: [AppModule], controllers })).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    logger: new JsonLogger('error'),
  });
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

/** A request builder that sends these headers with every request (a key, a session cookie). */
export function clientWithHeaders(app: INestApplication, headers: Record<string, string>): ApiClient {
  const server = app.getHttpServer();
  return {
    get: (path) => request(server).get(path).set(headers),
    post: (path, body) =>
      request(server)
        .post(path)
        .set(headers)
        .send(body ?? {}),
    put: (path, body) =>
      request(server)
        .put(path)
        .set(headers)
        .send(body ?? {}),
    patch: (path, body) =>
      request(server)
        .patch(path)
        .set(headers)
        .send(body ?? {}),
    delete: (path) => request(server).delete(path).set(headers),
  };
}

export function apiClient(app: INestApplication, apiKey: string): ApiClient {
  return clientWithHeaders(app, { Authorization: `Bearer ${apiKey}` });
}

let projectCounter = 0;

/** A fresh project with an owner and its own API key: each test file (or test) works in its own tenant. */
export async function createTestProject(app: INestApplication, name = 'Test project'): Promise<TestProject> {
  const { ProjectsService } = await import('../../src/projects/projects.service.js');
  const projects = app.get(ProjectsService);
  projectCounter += 1;
  const unique = `${process.pid}-${projectCounter}-${Math.random().toString(36).slice(2, 8)}`;
  const created = await projects.create({
    name,
    slug: `t-${unique}`,
    owner: { email: `owner-${unique}@example.com`, name: 'Owner' },
  });
  return {
    project: created.project,
    apiKey: created.apiKey,
    owner: created.owner!,
    api: apiClient(app, created.apiKey),
  };
}

export type TestEnv = Record<string, string>;

/**
 * Both bots configured (so replies on telegram/max tickets are accepted: without a bot they are 409
 * channel_not_configured) but never reached: for files that check what is stored and queued, not sent.
 * Their delivery workers must be off (WORKERS_ENABLED=false), or the rows would be retried against nothing.
 */
export const OFFLINE_BOTS: TestEnv = {
  TELEGRAM_BOT_TOKEN: '100:offline-test-token',
  TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
  MAX_BOT_TOKEN: 'offline-max-test-token',
  MAX_API_ROOT: 'http://127.0.0.1:9',
  WORKERS_ENABLED: 'false',
};

/**
 * Stops the app's Telegram delivery worker, for a file whose bot must be configured (replies on telegram
 * tickets are accepted) but sends nothing: parallel files share the database but not the fake Bot API, so a
 * running worker could claim another file's Telegram rows. Its other workers (webhooks) keep running.
 */
export async function stopTelegramDelivery(app: INestApplication): Promise<void> {
  // Imported here, like the app module: nothing of src/ loads before the file's environment is applied.
  const { TelegramDeliveryWorker } = await import('../../src/messengers/telegram/telegram-delivery.worker.js');
  await app.get(TelegramDeliveryWorker).beforeApplicationShutdown();
}

export interface TestAppHandle {
  /** The app of this test file; available from the first beforeAll on. */
  readonly app: NestExpressApplication;
  /** A fresh project of its own, for a test that must not see the file's other data. */
  project(name?: string): Promise<TestProject>;
  /**
   * A project created once for the whole file, right after the app starts (in the order of the calls).
   * Call it at describe level; the returned object is filled in before the file's own beforeAll hooks run.
   */
  useProject(name?: string): TestProject;
  /** Listens on a free loopback port and returns the base URL, for clients that need a real socket. */
  listen(): Promise<string>;
  /** Runs before the app closes: for what still holds the app's connections (a query runner, a stream). */
  beforeClose(cleanup: () => unknown): void;
}

/**
 * One app per test file: registers the beforeAll that boots it (see createTestApp) and the afterAll that
 * closes it. `env` may be a function, evaluated in beforeAll, for values known only then (a fake server's
 * address). Hooks the file registers after this call run after the app is up, and after it is closed.
 */
export function useTestApp(
  env: TestEnv | (() => TestEnv | Promise<TestEnv>) = {},
  configure?: (builder: TestingModuleBuilder) => TestingModuleBuilder,
  controllers: Type[] = [],
): TestAppHandle {
  let app: NestExpressApplication | undefined;
  const cleanups: Array<() => unknown> = [];
  const started = (): NestExpressApplication => {
    if (!app) throw new Error('the test app is used before its beforeAll ran (or it failed to start)');
    return app;
  };
  beforeAll(async () => {
    app = await createTestApp(typeof env === 'function' ? await env() : env, configure, controllers);
  });
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
    await app?.close();
  });
  return {
    get app() {
      return started();
    },
    project: (name) => createTestProject(started(), name),
    useProject(name) {
      let created: TestProject | undefined;
      beforeAll(async () => {
        created = await createTestProject(started(), name);
      });
      const project = (): TestProject => {
        if (!created) throw new Error(`the project "${name ?? 'Test project'}" is used before its beforeAll ran`);
        return created;
      };
      return {
        get project() {
          return project().project;
        },
        get apiKey() {
          return project().apiKey;
        },
        get owner() {
          return project().owner;
        },
        get api() {
          return project().api;
        },
      };
    },
    async listen() {
      await started().listen(0, '127.0.0.1');
      return (await started().getUrl()).replace('[::1]', '127.0.0.1');
    },
    beforeClose(cleanup) {
      cleanups.push(cleanup);
    },
  };
}
