import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CustomField } from './custom-field.entity.js';
import { CustomFieldStore } from './custom-field.store.js';
import { CustomFieldsController } from './custom-fields.controller.js';
import { CustomFieldsService } from './custom-fields.service.js';

/** Custom fields of a project's tickets; depends on no other feature module (tickets use it). */
@Module({
  imports: [TypeOrmModule.forFeature([CustomField])],
  controllers: [CustomFieldsController],
  providers: [CustomFieldsService, CustomFieldStore],
  exports: [CustomFieldsService],
})
export class CustomFieldsModule {}
