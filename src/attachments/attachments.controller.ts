import { pipeline } from 'node:stream/promises';
import { Controller, Get, Param, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { RequirePermission } from '../common/auth/permissions.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { ErrorBody } from '../common/errors/error-body.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import { safeFileName, servedMimeType } from './attachment-kinds.js';
import { AttachmentStorageService } from './attachment-storage.service.js';

// Shown in the browser: images only. Everything else downloads, so a customer's HTML or SVG never runs on our origin.
const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

function contentDisposition(fileName: string, inline: boolean): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

@ApiTags('Helpdesk tickets')
@ApiBearerAuth()
@Controller('v1/helpdesk/tickets/:id/attachments')
export class AttachmentsController {
  constructor(private readonly storage: AttachmentStorageService) {}

  @Get(':attachment_id')
  @RequirePermission('read')
  @ApiOperation({
    summary:
      'Download a file of a ticket message (streamed; a customer file is fetched from the messenger on first ' +
      'download and kept)',
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'Ticket id' })
  @ApiParam({ name: 'attachment_id', format: 'uuid', description: 'Attachment id (`messages[].attachments[].id`)' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({
    description: 'The file, with its Content-Type, Content-Length and Content-Disposition (file name)',
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiResponse({
    status: 502,
    description: 'The messenger could not be reached to fetch the file; try again',
    type: ErrorBody,
  })
  @ApiErrorResponses()
  async download(
    @CurrentProject() project: AuthenticatedProject,
    @Param('id') ticketId: string,
    @Param('attachment_id') attachmentId: string,
    @Res() response: Response,
  ): Promise<void> {
    const attachment = await this.storage.ensureStored(await this.storage.find(project, ticketId, attachmentId));
    const mimeType = servedMimeType(attachment.mimeType);
    response.status(200).set({
      'Content-Type': mimeType,
      'Content-Length': String(attachment.size ?? 0),
      'Content-Disposition': contentDisposition(
        safeFileName(attachment.fileName, `${attachment.type}-${attachment.id}`),
        INLINE_TYPES.has(mimeType),
      ),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Cache-Control': 'private, max-age=31536000, immutable',
    });
    // A failure mid-stream can only cut the connection (the status is sent); the client sees a short body.
    await pipeline(this.storage.openStream(attachment.id), response).catch(() => response.destroy());
  }
}
