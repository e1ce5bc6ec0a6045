import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApiKeyRequired, CrossOriginRequest, PermissionDenied, PermissionNotDeclared } from './auth.errors.js';
import type { Env } from '../../config/env.js';
import { requestContext } from '../logging/request-context.js';
import { type Actor, API_KEY_ACTOR } from './actor.js';
import { ApiKeyAuthService } from './api-key-auth.service.js';
import { AuthenticatedProject } from './authenticated-project.js';
import type { BudgetHolder } from './rate-limit-budget.js';
import { type Permission, REQUIRED_PERMISSION, roleHasPermission } from './permissions.js';
import { isSafeMethod, isSameOrigin } from './same-origin.js';
import { sessionTokenOf } from './session-cookie.js';
import { SessionAuthService } from './session-auth.service.js';

const PUBLIC_ROUTE = 'zapnoty:public-route';

/** Marks a route that needs no API key (health check, messenger webhooks with their own secret). */
export const PublicRoute = () => SetMetadata(PUBLIC_ROUTE, true);

export interface RequestWithProject extends Request {
  project?: AuthenticatedProject;
  actor?: Actor;
  /** The credential whose budget the request was drawn from (an MCP batch charges its other calls to it). */
  budget?: BudgetHolder;
}

/**
 * Global guard, the one place access is decided. Every route is public (@PublicRoute) or declares a
 * permission (@RequirePermission); anything else is refused. The caller is the project API key
 * (`Authorization`, owner level, wins when both are sent) or a member's session cookie, whose role must
 * hold the permission and whose changes must carry a same-origin `Origin` (CSRF).
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly publicUrl: string;

  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeyAuthService,
    private readonly sessions: SessionAuthService,
    @Inject(ConfigService) config: ConfigService<Env, true>,
  ) {
    this.publicUrl = config.get('PUBLIC_URL', { infer: true });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    const request = context.switchToHttp().getRequest<RequestWithProject>();
    const sessionToken = request.headers.authorization === undefined ? sessionTokenOf(request) : undefined;
    if (sessionToken === undefined) {
      const key = await this.apiKeys.authenticate(request.headers.authorization);
      request.project = key.project;
      request.actor = API_KEY_ACTOR;
      request.budget = key.budget;
    } else {
      const session = await this.sessions.authenticate(sessionToken);
      request.project = session.project;
      request.actor = { kind: 'member', member: session.member, sessionId: session.sessionId };
      request.budget = session.budget;
    }
    const logContext = requestContext.getStore();
    if (logContext) logContext.projectId = request.project.id;

    if (permission === undefined) throw new PermissionNotDeclared();
    if (request.actor.kind === 'member') {
      if (permission === 'api_key') throw new ApiKeyRequired();
      if (!isSafeMethod(request.method) && !isSameOrigin(request, this.publicUrl)) throw new CrossOriginRequest();
      if (!roleHasPermission(request.actor.member.role, permission))
        throw new PermissionDenied(request.actor.member.role);
    }
    return true;
  }
}
