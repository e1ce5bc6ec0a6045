import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Project } from '../common/tenancy/project.entity.js';

export interface NewProjectRow {
  name: string;
  slug: string;
  description: string;
  apiKeyHash: string;
  apiKeyPrefix: string;
}

/** The project rows (the tenants). */
@Injectable()
export class ProjectStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts a project in the caller's transaction; the saved row comes back. */
  insert(manager: EntityManager, row: NewProjectRow): Promise<Project> {
    return manager.save(manager.create(Project, row));
  }

  /** The project with this slug, through the caller's transaction when given. */
  findBySlug(slug: string, manager: EntityManager = this.dataSource.manager): Promise<Project | null> {
    return manager.findOneBy(Project, { slug });
  }

  findById(projectId: string): Promise<Project | null> {
    return this.dataSource.getRepository(Project).findOneBy({ id: projectId });
  }

  async updateApiKey(projectId: string, apiKeyHash: string, apiKeyPrefix: string): Promise<void> {
    await this.dataSource.getRepository(Project).update({ id: projectId }, { apiKeyHash, apiKeyPrefix });
  }

  count(): Promise<number> {
    return this.dataSource.getRepository(Project).count();
  }
}
