import { Injectable } from '@nestjs/common';
import { UnknownCannedVariable } from '../canned-responses/canned-responses.errors.js';
import { findUnknownVariables } from '../canned-responses/canned-text.js';
import type { Actor } from '../common/auth/actor.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { isUuid } from '../common/ids.js';
import { TeamService } from '../team/team.service.js';
import type { TicketResponse } from '../tickets/dto/ticket-response.dto.js';
import { TicketMacros } from '../tickets/ticket-macros.service.js';
import type { CreateMacroDto, MacroActionsDto, UpdateMacroDto } from './dto/macro.dto.js';
import type { Macro, MacroActions } from './macro.entity.js';
import { MacroStore } from './macro.store.js';
import { MacroAssignMeNeedsMember, MacroLimitReached, MacroNotFound } from './macros.errors.js';

/** The list is loaded whole into the console's picker. */
export const MAX_MACROS_PER_PROJECT = 200;

function requireKnownVariables(text: string | null | undefined): void {
  const unknown = text ? findUnknownVariables(text) : [];
  if (unknown.length > 0) throw new UnknownCannedVariable(unknown);
}

/** Only the actions that were given, tags trimmed and unique: the stored `actions` object. */
function actionsOf(dto: MacroActionsDto | undefined): MacroActions {
  const actions: MacroActions = {};
  if (!dto) return actions;
  if (dto.status) actions.status = dto.status;
  if (dto.priority) actions.priority = dto.priority;
  if (dto.add_tags) actions.add_tags = [...new Set(dto.add_tags)];
  if (dto.remove_tags) actions.remove_tags = [...new Set(dto.remove_tags)];
  if (dto.assign) actions.assign = dto.assign.toLowerCase();
  return actions;
}

@Injectable()
export class MacrosService {
  constructor(
    private readonly macros: MacroStore,
    private readonly team: TeamService,
    private readonly ticketMacros: TicketMacros,
  ) {}

  list(project: AuthenticatedProject): Promise<Macro[]> {
    return this.macros.list(project.id);
  }

  /** A macro of this project; a foreign, unknown or malformed id is a 404. */
  async get(project: AuthenticatedProject, macroId: string): Promise<Macro> {
    const macro = isUuid(macroId) ? await this.macros.findOne(project.id, macroId) : null;
    if (!macro) throw new MacroNotFound();
    return macro;
  }

  async create(project: AuthenticatedProject, input: CreateMacroDto): Promise<Macro> {
    requireKnownVariables(input.text);
    const actions = actionsOf(input.actions);
    await this.requireAssignee(project, actions);
    if ((await this.macros.count(project.id)) >= MAX_MACROS_PER_PROJECT) {
      throw new MacroLimitReached(MAX_MACROS_PER_PROJECT);
    }
    return this.macros.insert({
      projectId: project.id,
      name: input.name.trim(),
      text: input.text ?? null,
      internal: input.internal ?? false,
      actions,
    });
  }

  async update(project: AuthenticatedProject, macroId: string, changes: UpdateMacroDto): Promise<Macro> {
    const macro = await this.get(project, macroId);
    const patch: Partial<Macro> = {};
    if (changes.name !== undefined) patch.name = changes.name.trim();
    if (changes.text !== undefined) {
      requireKnownVariables(changes.text);
      patch.text = changes.text;
    }
    if (changes.internal !== undefined) patch.internal = changes.internal;
    if (changes.actions !== undefined) {
      patch.actions = actionsOf(changes.actions);
      await this.requireAssignee(project, patch.actions);
    }
    if (Object.keys(patch).length > 0 && !(await this.macros.update(project.id, macro.id, patch))) {
      throw new MacroNotFound();
    }
    return this.get(project, macro.id);
  }

  async remove(project: AuthenticatedProject, macroId: string): Promise<void> {
    if (!isUuid(macroId) || !(await this.macros.delete(project.id, macroId))) throw new MacroNotFound();
  }

  /**
   * Applies the macro to the ticket in one transaction (TicketMacros). `assign: "me"` is the signed-in
   * member (422 with an API key); the text's author and agent_name are the session's member, or with the
   * API key the `memberId` the caller names (may be none).
   */
  async apply(
    project: AuthenticatedProject,
    actor: Actor,
    ticketId: string,
    macroId: string,
    memberId: string | null = null,
  ): Promise<TicketResponse> {
    const macro = await this.get(project, macroId);
    const author = actor.kind === 'member' ? actor.member.id : memberId;
    const { assign } = macro.actions;
    let assignTo: string | null | undefined;
    if (assign === 'me') {
      if (actor.kind !== 'member') throw new MacroAssignMeNeedsMember();
      assignTo = actor.member.id;
    } else if (assign === 'none') assignTo = null;
    else assignTo = assign;
    return this.ticketMacros.apply(project, ticketId, {
      text: macro.text,
      internal: macro.internal,
      status: macro.actions.status,
      priority: macro.actions.priority,
      addTags: macro.actions.add_tags ?? [],
      removeTags: macro.actions.remove_tags ?? [],
      assignTo,
      memberId: author,
    });
  }

  private async requireAssignee(project: AuthenticatedProject, actions: MacroActions): Promise<void> {
    if (actions.assign && isUuid(actions.assign)) {
      await this.team.requireMember(project, actions.assign, 'actions.assign');
    }
  }
}
