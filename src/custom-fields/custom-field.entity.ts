import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { ProjectOwnedEntity } from '../common/tenancy/project-owned.entity.js';

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'checkbox', 'date', 'select'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** A field a project adds to its tickets; the values live on the ticket (`ticket.custom_fields`, by key). */
@Entity('custom_field')
@Index('custom_field_key_uq', ['projectId', 'key'], { unique: true })
export class CustomField extends ProjectOwnedEntity {
  /** 1–40 of [a-z0-9_]: the key of the value on tickets and of the `cf_<key>` list filter. */
  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'text' })
  type: CustomFieldType;

  /** The choices of a `select` field; empty for the other types. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  options: string[];

  /** A ticket cannot be closed while this field is unset. */
  @Column({ type: 'boolean', default: false })
  requiredToClose: boolean;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
