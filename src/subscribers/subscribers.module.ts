import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Subscriber } from './subscriber.entity.js';
import { SubscriberStore } from './subscriber.store.js';
import { SubscribersService } from './subscribers.service.js';

/** Customers per project and channel. No REST endpoints yet: tickets and the bots create them. */
@Module({
  imports: [TypeOrmModule.forFeature([Subscriber])],
  providers: [SubscribersService, SubscriberStore],
  exports: [SubscribersService, SubscriberStore],
})
export class SubscribersModule {}
