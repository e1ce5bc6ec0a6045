import { All, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExcludeController } from '@nestjs/swagger';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Response } from 'express';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { AppError } from '../common/errors/app-error.js';
import { McpServerFactory } from './mcp-server.factory.js';
import { RequirePermission } from '../common/auth/permissions.js';
import type { RequestWithProject } from '../common/auth/api-key.guard.js';
import { RateLimitBudget } from '../common/auth/rate-limit-budget.js';

/**
 * Model Context Protocol over Streamable HTTP, stateless: each POST gets its own server and transport,
 * so any server process can answer any request. Authenticated by the project key like /v1. Every call of
 * a JSON-RPC batch counts as one request of the key's budget: the guard drew one, the batch's other
 * calls are charged before any is handled, and a batch that does not fit is refused whole (429).
 */
@ApiExcludeController()
@ApiBearerAuth()
@RequirePermission('api_key')
@Controller('mcp')
export class McpController {
  constructor(
    private readonly factory: McpServerFactory,
    private readonly budget: RateLimitBudget,
  ) {}

  @Post()
  @HttpCode(200)
  async handle(
    @CurrentProject() project: AuthenticatedProject,
    @Req() request: RequestWithProject,
    @Res() response: Response,
  ): Promise<void> {
    if (Array.isArray(request.body) && request.budget)
      await this.budget.chargeMore(request.budget, request.body.length - 1);
    const server = this.factory.create(project);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    response.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(request, response, request.body);
  }

  @All()
  methodNotAllowed(): never {
    // Stateless: there is no session stream to GET and no session to DELETE.
    throw new AppError(405, 'method not allowed: this MCP endpoint is stateless, use POST', 'method_not_allowed');
  }
}
