import { FormEvent } from 'react';
import { api, call, Schemas } from '../../api/client';
import { useCannedResponses } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { EditorActions } from '../../components/EditorActions';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { AdminTable, EditAndDeleteCell, useEditor, useListChanges } from './admin-list';

type Canned = Schemas['CannedResponseResponse'];
interface Draft {
  title: string;
  text: string;
  shortcut: string;
}
const EMPTY: Draft = { title: '', text: '', shortcut: '' };

const draftOf = (item: Canned): Draft => ({ title: item.title, text: item.text, shortcut: item.shortcut ?? '' });

export function CannedResponsesPage() {
  const { t } = useI18n();
  const { data, error } = useCannedResponses();
  const changes = useListChanges([queryKeys.cannedResponses]);
  const { editing, draft, setDraft, edit, reset } = useEditor(EMPTY, draftOf);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { title: draft.title, text: draft.text, shortcut: draft.shortcut.trim() || null };
    const ok = await changes.run(() =>
      editing
        ? call(
            api.PUT('/v1/helpdesk/canned-responses/{canned_id}', { params: { path: { canned_id: editing.id } }, body }),
          )
        : call(api.POST('/v1/helpdesk/canned-responses', { body })),
    );
    if (ok) reset();
  };
  const remove = (item: Canned) =>
    changes.remove(item.title, () =>
      call(api.DELETE('/v1/helpdesk/canned-responses/{canned_id}', { params: { path: { canned_id: item.id } } })),
    );

  return (
    <section className="admin">
      <h1>{t('nav.canned')}</h1>
      <p className="hint">{t('canned.variables')}</p>
      <ErrorText error={error} />
      <AdminTable headings={[t('canned.title'), t('canned.shortcut'), t('canned.text')]}>
        {data?.canned_responses.map((item) => (
          <tr key={item.id}>
            <td>{item.title}</td>
            <td>{item.shortcut ? <code>{item.shortcut}</code> : '—'}</td>
            <td className="pre">{item.text}</td>
            <EditAndDeleteCell onEdit={() => edit(item)} onDelete={() => void remove(item)} />
          </tr>
        ))}
      </AdminTable>
      <form className="admin-form" onSubmit={submit}>
        <h2>{editing ? t('canned.edit', { title: editing.title }) : t('canned.new')}</h2>
        <label>
          {t('canned.title')}
          <input
            name="title"
            required
            maxLength={200}
            value={draft.title}
            onChange={(event) => setDraft({ ...draft, title: event.target.value })}
          />
        </label>
        <label>
          {t('canned.shortcut')}
          <input
            name="shortcut"
            placeholder="/hi"
            maxLength={33}
            value={draft.shortcut}
            onChange={(event) => setDraft({ ...draft, shortcut: event.target.value })}
          />
        </label>
        <label>
          {t('canned.text')}
          <textarea
            name="text"
            required
            rows={4}
            maxLength={4096}
            value={draft.text}
            onChange={(event) => setDraft({ ...draft, text: event.target.value })}
          />
        </label>
        <EditorActions editing={editing !== null} busy={changes.busy} error={changes.error} onCancel={reset} />
      </form>
    </section>
  );
}
