import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { requestContext } from '../logging/request-context.js';
import { ApiKeyAuthService } from './api-key-auth.service.js';
import { AuthenticatedProject } from './authenticated-project.js';

const PUBLIC_ROUTE = 'zapnoty:public-route';

/** Marks a route that needs no API key (health check, messenger webhooks with their own secret). */
export const PublicRoute = () => SetMetadata(PUBLIC_ROUTE, true);

export interface RequestWithProject extends Request {
  project?: AuthenticatedProject;
}

/** Global guard: every route needs a project API key unless it is marked @PublicRoute(). */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: ApiKeyAuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<RequestWithProject>();
    request.project = await this.auth.authenticate(request.headers.authorization);
    const logContext = requestContext.getStore();
    if (logContext) logContext.projectId = request.project.id;
    return true;
  }
}
