import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runStatementBatch } from '../database/statement-batch.js';
import { countedCte } from './rate-limit-bucket.store.js';

export interface ApiKeyProjectRow {
  id: string;
  slug: string;
  name: string;
  config_version: string;
  /** The key's bucket count after the draw; null when nothing was reserved (or no project has the key). */
  hits: number | null;
}

/** The lookup of every API request: the project of an API key's hash. */
@Injectable()
export class ApiKeyStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The key's project, with `reserve` hits added to its bucket of the window in the same statement. */
  async findProjectAndCount(
    keyHash: string,
    windowStart: Date,
    reserve: number,
  ): Promise<ApiKeyProjectRow | undefined> {
    // A prepared statement of the connection (runStatementBatch): every API request runs it.
    const [rows] = (await runStatementBatch(this.dataSource, [
      [
        `WITH found AS (SELECT id, slug, name, config_version FROM project WHERE api_key_hash = $1),
            ${countedCte('found', 1, 2, 3)}
       SELECT found.id, found.slug, found.name, found.config_version, counted.hits
       FROM found LEFT JOIN counted ON true`,
        [keyHash, windowStart, reserve],
      ],
    ])) as unknown as ApiKeyProjectRow[][];
    return rows[0];
  }
}
