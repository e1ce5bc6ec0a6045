import { Column, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Project } from './project.entity.js';

/**
 * The columns every tenant-owned row starts with: its own uuid, and the project it belongs to (deleted
 * with the project). Not an entity itself: each subclass is its own table with these columns.
 */
export abstract class ProjectOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  project?: Project;
}
