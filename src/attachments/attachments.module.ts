import { Module } from '@nestjs/common';
import { AttachmentStorageService } from './attachment-storage.service.js';
import { AttachmentsController } from './attachments.controller.js';
import { AttachmentStore } from './attachment.store.js';
import { MessengerFileSources } from './messenger-file-sources.js';

/**
 * Files of ticket messages: storage in PostgreSQL, the download route, and the registry through which
 * messenger adapters provide customers' files. Depends on no other feature module.
 */
@Module({
  controllers: [AttachmentsController],
  providers: [AttachmentStorageService, AttachmentStore, MessengerFileSources],
  exports: [AttachmentStorageService, MessengerFileSources],
})
export class AttachmentsModule {}
