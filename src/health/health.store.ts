import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The database round trip behind the health checks. */
@Injectable()
export class HealthStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One trivial statement on a pooled connection: resolves once the database has answered. */
  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
