import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { HealthStore } from './health.store.js';
import { ShutdownState } from './shutdown-state.js';

@Module({ controllers: [HealthController], providers: [ShutdownState, HealthStore], exports: [ShutdownState] })
export class HealthModule {}
