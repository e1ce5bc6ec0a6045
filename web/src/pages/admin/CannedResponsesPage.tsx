import { FormEvent, useState } from 'react';
import { api, call, Schemas } from '../../api/client';
import { useCannedResponses } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { EditorActions } from '../../components/EditorActions';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { useAction } from '../../lib/use-action';

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
  const action = useAction([queryKeys.cannedResponses]);
  const [editing, setEditing] = useState<Canned | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { title: draft.title, text: draft.text, shortcut: draft.shortcut.trim() || null };
    const ok = await action.run(() =>
      editing
        ? call(
            api.PUT('/v1/helpdesk/canned-responses/{canned_id}', { params: { path: { canned_id: editing.id } }, body }),
          )
        : call(api.POST('/v1/helpdesk/canned-responses', { body })),
    );
    if (ok) {
      setEditing(null);
      setDraft(EMPTY);
    }
  };
  const remove = async (item: Canned) => {
    if (!window.confirm(t('common.confirmDelete', { name: item.title }))) return;
    await action.run(() =>
      call(api.DELETE('/v1/helpdesk/canned-responses/{canned_id}', { params: { path: { canned_id: item.id } } })),
    );
  };

  return (
    <section className="admin">
      <h1>{t('nav.canned')}</h1>
      <p className="hint">{t('canned.variables')}</p>
      <ErrorText error={error} />
      <table>
        <thead>
          <tr>
            <th>{t('canned.title')}</th>
            <th>{t('canned.shortcut')}</th>
            <th>{t('canned.text')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {data?.canned_responses.map((item) => (
            <tr key={item.id}>
              <td>{item.title}</td>
              <td>{item.shortcut ? <code>{item.shortcut}</code> : '—'}</td>
              <td className="pre">{item.text}</td>
              <td className="actions">
                <button
                  type="button"
                  onClick={() => {
                    setEditing(item);
                    setDraft(draftOf(item));
                  }}
                >
                  {t('common.edit')}
                </button>
                <button type="button" className="danger" onClick={() => void remove(item)}>
                  {t('common.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
        <EditorActions
          editing={editing !== null}
          busy={action.busy}
          error={action.error}
          onCancel={() => {
            setEditing(null);
            setDraft(EMPTY);
          }}
        />
      </form>
    </section>
  );
}
