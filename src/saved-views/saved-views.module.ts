import { Module } from '@nestjs/common';
import { SavedViewStore } from './saved-view.store.js';
import { SavedViewsController } from './saved-views.controller.js';
import { SavedViewsService } from './saved-views.service.js';

/** A member's saved ticket lists, kept on the server so they follow the member to any browser. */
@Module({ controllers: [SavedViewsController], providers: [SavedViewsService, SavedViewStore] })
export class SavedViewsModule {}
