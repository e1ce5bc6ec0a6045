import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AuthenticatedProject } from './authenticated-project.js';
import type { RequestWithProject } from './api-key.guard.js';

/** The authenticated project of the request: the first argument of every service call. */
export const CurrentProject = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedProject => {
    const project = context.switchToHttp().getRequest<RequestWithProject>().project;
    if (!project) throw new Error('CurrentProject used on a public route');
    return project;
  },
);
