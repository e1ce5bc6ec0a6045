import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * @nestjs/swagger gives a request body one schema for every content type. The reply route takes JSON
 * (ReplyDto) or a multipart form with files (ReplyWithFilesDto): each content type gets its own schema,
 * so a generated client can call both.
 */
export function describeMultipartReply(document: OpenAPIObject): OpenAPIObject {
  const body = document.paths['/v1/helpdesk/tickets/{id}/reply']?.post?.requestBody;
  if (!body || !('content' in body)) return document;
  body.content = {
    'application/json': { schema: { $ref: '#/components/schemas/ReplyDto' } },
    'multipart/form-data': {
      schema: { $ref: '#/components/schemas/ReplyWithFilesDto' },
      encoding: {
        files: { contentType: 'application/octet-stream, image/*, video/*, audio/*, application/pdf, text/plain' },
      },
    },
  };
  return document;
}
