import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CannedResponse } from './canned-response.entity.js';
import { CannedResponsesController } from './canned-responses.controller.js';
import { CannedResponsesService } from './canned-responses.service.js';
import { CannedResponseStore } from './canned-response.store.js';

@Module({
  imports: [TypeOrmModule.forFeature([CannedResponse])],
  controllers: [CannedResponsesController],
  providers: [CannedResponsesService, CannedResponseStore],
  exports: [CannedResponsesService, CannedResponseStore],
})
export class CannedResponsesModule {}
