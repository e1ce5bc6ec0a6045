import { FormEvent } from 'react';
import { api, call, Priority, Schemas, TicketStatus } from '../../api/client';
import { useMacros, useMembers } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { EditorActions } from '../../components/EditorActions';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { AdminTable, EditAndDeleteCell, useEditor, useListChanges } from './admin-list';
import { MemberOptions, PriorityOptions, StatusOptions } from '../../components/OptionLists';

type Macro = Schemas['MacroResponse'];
interface Draft {
  name: string;
  text: string;
  internal: boolean;
  status: TicketStatus | '';
  priority: Priority | '';
  addTags: string;
  removeTags: string;
  /** '' keeps the assignee; 'me', 'none' or a member id */
  assign: string;
}
const EMPTY: Draft = {
  name: '',
  text: '',
  internal: false,
  status: '',
  priority: '',
  addTags: '',
  removeTags: '',
  assign: '',
};

const tagsOf = (value: string) =>
  value
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);

function draftOf(macro: Macro): Draft {
  return {
    name: macro.name,
    text: macro.text ?? '',
    internal: macro.internal,
    status: macro.actions.status ?? '',
    priority: macro.actions.priority ?? '',
    addTags: (macro.actions.add_tags ?? []).join(', '),
    removeTags: (macro.actions.remove_tags ?? []).join(', '),
    assign: macro.actions.assign ?? '',
  };
}

/** Admin page of macros: a text and ticket changes an agent applies in one click from the ticket view. */
export function MacrosPage() {
  const { t } = useI18n();
  const { members, nameOf } = useMembers();
  const { data, error } = useMacros();
  const changes = useListChanges([queryKeys.macros]);
  const { editing, draft, setDraft, edit, reset } = useEditor(EMPTY, draftOf);
  const set = <K extends keyof Draft>(key: K, next: Draft[K]) => setDraft({ ...draft, [key]: next });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      name: draft.name,
      text: draft.text.trim() ? draft.text : null,
      internal: draft.internal,
      actions: {
        ...(draft.status ? { status: draft.status } : {}),
        ...(draft.priority ? { priority: draft.priority } : {}),
        ...(tagsOf(draft.addTags).length ? { add_tags: tagsOf(draft.addTags) } : {}),
        ...(tagsOf(draft.removeTags).length ? { remove_tags: tagsOf(draft.removeTags) } : {}),
        ...(draft.assign ? { assign: draft.assign } : {}),
      },
    };
    const ok = await changes.run(() =>
      editing
        ? call(api.PUT('/v1/helpdesk/macros/{macro_id}', { params: { path: { macro_id: editing.id } }, body }))
        : call(api.POST('/v1/helpdesk/macros', { body })),
    );
    if (ok) reset();
  };
  const remove = (macro: Macro) =>
    changes.remove(macro.name, () =>
      call(api.DELETE('/v1/helpdesk/macros/{macro_id}', { params: { path: { macro_id: macro.id } } })),
    );
  const assignLabel = (assign: string | undefined) =>
    assign === 'me' ? t('macro.assignMe') : assign === 'none' ? t('macro.assignNone') : (nameOf(assign) ?? assign);
  const summary = (macro: Macro) =>
    [
      macro.actions.status && t(`status.${macro.actions.status}`),
      macro.actions.priority && t(`priority.${macro.actions.priority}`),
      ...(macro.actions.add_tags ?? []).map((tag) => `+${tag}`),
      ...(macro.actions.remove_tags ?? []).map((tag) => `−${tag}`),
      macro.actions.assign && `→ ${assignLabel(macro.actions.assign)}`,
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <section className="admin">
      <h1>{t('nav.macros')}</h1>
      <p className="hint">{t('canned.variables')}</p>
      <ErrorText error={error} />
      <AdminTable headings={[t('macro.name'), t('canned.text'), t('macro.actions')]}>
        {data?.macros.map((macro) => (
          <tr key={macro.id}>
            <td>{macro.name}</td>
            <td className="pre">
              {macro.internal && macro.text ? `${t('message.internalNote')}: ` : ''}
              {macro.text ?? '—'}
            </td>
            <td>{summary(macro) || '—'}</td>
            <EditAndDeleteCell onEdit={() => edit(macro)} onDelete={() => void remove(macro)} />
          </tr>
        ))}
      </AdminTable>
      <form className="admin-form" onSubmit={submit}>
        <h2>{editing ? t('macro.edit', { name: editing.name }) : t('macro.new')}</h2>
        <label>
          {t('macro.name')}
          <input
            name="name"
            required
            maxLength={200}
            value={draft.name}
            onChange={(event) => set('name', event.target.value)}
          />
        </label>
        <label>
          {t('macro.text')}
          <textarea
            name="text"
            rows={3}
            maxLength={4096}
            value={draft.text}
            onChange={(event) => set('text', event.target.value)}
          />
        </label>
        <label className="toggle">
          <input type="checkbox" checked={draft.internal} onChange={(event) => set('internal', event.target.checked)} />
          {t('macro.internal')}
        </label>
        <div className="row">
          <label>
            {t('col.status')}
            <select value={draft.status} onChange={(event) => set('status', event.target.value as Draft['status'])}>
              <option value="">{t('macro.keep')}</option>
              <StatusOptions />
            </select>
          </label>
          <label>
            {t('col.priority')}
            <select
              value={draft.priority}
              onChange={(event) => set('priority', event.target.value as Draft['priority'])}
            >
              <option value="">{t('macro.keep')}</option>
              <PriorityOptions />
            </select>
          </label>
          <label>
            {t('macro.assign')}
            <select value={draft.assign} onChange={(event) => set('assign', event.target.value)}>
              <option value="">{t('macro.keep')}</option>
              <option value="me">{t('macro.assignMe')}</option>
              <option value="none">{t('macro.assignNone')}</option>
              <MemberOptions members={members} />
            </select>
          </label>
        </div>
        <label>
          {t('macro.addTags')}
          <input value={draft.addTags} onChange={(event) => set('addTags', event.target.value)} />
        </label>
        <label>
          {t('macro.removeTags')}
          <input value={draft.removeTags} onChange={(event) => set('removeTags', event.target.value)} />
        </label>
        <EditorActions editing={editing !== null} busy={changes.busy} error={changes.error} onCancel={reset} />
      </form>
    </section>
  );
}
