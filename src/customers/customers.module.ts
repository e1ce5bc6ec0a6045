import { Module } from '@nestjs/common';
import { SubscribersModule } from '../subscribers/subscribers.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { MessengersModule } from '../messengers/messengers.module.js';
import { CustomerStore } from './customer.store.js';
import { CustomersController } from './customers.controller.js';
import { CustomersService } from './customers.service.js';

/** The customers API over the `subscriber` rows: list, profile, note and block, erasure. */
@Module({
  imports: [SubscribersModule, TicketsModule, MessengersModule],
  controllers: [CustomersController],
  providers: [CustomersService, CustomerStore],
  exports: [CustomersService],
})
export class CustomersModule {}
