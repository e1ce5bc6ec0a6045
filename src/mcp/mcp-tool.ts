import { Logger, type Type } from '@nestjs/common';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult, ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { ZodRawShape } from 'zod';
import { AppError } from '../common/errors/app-error.js';
import { validationErrorToAppError } from '../common/validation/validation.js';

const logger = new Logger('Mcp');

export function toolResult(data: unknown): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(data, null, 2) }] };
}

function toolError(message: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: message }] };
}

/** Validates tool arguments with the REST endpoint's own DTO, so both reject the same input with the same words. */
export async function validateWithDto<T extends object>(dto: Type<T>, input: unknown): Promise<T> {
  const instance = plainToInstance(dto, input ?? {});
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length > 0) throw validationErrorToAppError(errors);
  return instance;
}

export interface ToolDefinition {
  description: string;
  /** Types for the agent; values are checked again by the service (and by `dto` when given). */
  inputSchema?: ZodRawShape;
  annotations?: ToolAnnotations;
}

/**
 * Registers a tool whose failures come back as MCP tool errors (`isError`) carrying the REST API's
 * message, and whose unexpected failures are logged and reported without internals.
 */
export function registerTool(
  server: McpServer,
  name: string,
  definition: ToolDefinition,
  handler: (args: Record<string, unknown>) => Promise<unknown>,
): void {
  server.registerTool(
    name,
    {
      description: definition.description,
      inputSchema: definition.inputSchema ?? {},
      annotations: definition.annotations,
    },
    (async (args: Record<string, unknown>) => {
      try {
        return toolResult(await handler(args ?? {}));
      } catch (error) {
        // What the REST body adds beside the message (ticket_changed's messages) follows it as JSON.
        if (error instanceof AppError)
          return toolError(error.extra ? `${error.message}\n${JSON.stringify(error.extra)}` : error.message);
        logger.error({ msg: 'tool failed', tool: name, error: error instanceof Error ? error.message : String(error) });
        return toolError('internal server error');
      }
    }) as never,
  );
}
