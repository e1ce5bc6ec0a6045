import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Macro } from './macro.entity.js';

/** The macro rows of a project. */
@Injectable()
export class MacroStore {
  constructor(@InjectRepository(Macro) private readonly macros: Repository<Macro>) {}

  list(projectId: string): Promise<Macro[]> {
    return this.macros.find({ where: { projectId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findOne(projectId: string, macroId: string): Promise<Macro | null> {
    return this.macros.findOneBy({ id: macroId, projectId });
  }

  count(projectId: string): Promise<number> {
    return this.macros.countBy({ projectId });
  }

  async insert(row: Pick<Macro, 'projectId' | 'name' | 'text' | 'internal' | 'actions'>): Promise<Macro> {
    const inserted = await this.macros.insert(row);
    return this.macros.findOneByOrFail({ id: inserted.identifiers[0].id as string });
  }

  /** False when the project has no such row. */
  async update(projectId: string, macroId: string, patch: Partial<Macro>): Promise<boolean> {
    const result = await this.macros.update({ id: macroId, projectId }, patch);
    return result.affected !== 0;
  }

  /** False when the project has no such row. */
  async delete(projectId: string, macroId: string): Promise<boolean> {
    const result = await this.macros.delete({ id: macroId, projectId });
    return result.affected !== 0;
  }
}
