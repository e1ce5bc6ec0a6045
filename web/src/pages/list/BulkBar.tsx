import { useState } from 'react';
import { api, call, type Member, type Schemas } from '../../api/client';
import { ticketsChanged } from '../../api/query-keys';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { useAction } from '../../lib/use-action';
import { MemberOptions, PriorityOptions, StatusOptions } from '../../components/OptionLists';

type BulkAction = Schemas['BulkDto']['action'];

/**
 * What to do with the checked tickets (POST /v1/helpdesk/tickets/bulk): a status, an assignee (me, nobody or a
 * member), a priority, or a tag added or removed. Each choice applies at once; then the list reloads.
 */
export function BulkBar({
  ids,
  members,
  myId,
  onClear,
}: {
  ids: string[];
  members: Member[];
  myId: string;
  onClear(): void;
}) {
  const { t } = useI18n();
  const [tag, setTag] = useState('');
  // Several tickets change: every list and every cached ticket is stale.
  const change = useAction(ticketsChanged());
  const busy = change.busy;
  const [done, setDone] = useState<number | null>(null);

  const run = async (action: BulkAction, value?: string | null) => {
    setDone(null);
    let affected = 0;
    const ok = await change.run(async () => {
      const body = { ticket_ids: ids, action, ...(value !== undefined ? { value } : {}) };
      affected = (await call(api.POST('/v1/helpdesk/tickets/bulk', { body }))).affected;
    });
    if (!ok) return;
    setDone(affected);
    if (action === 'add_tag' || action === 'remove_tag') setTag('');
  };

  return (
    <div className="bulk-bar" role="region" aria-label={t('bulk.bar')} data-testid="bulk-bar">
      <strong aria-live="polite">{t('bulk.selected', { n: ids.length })}</strong>
      <select
        aria-label={t('bulk.status')}
        value=""
        disabled={busy}
        onChange={(event) => void run('set_status', event.target.value)}
      >
        <option value="">{t('bulk.statusPick')}</option>
        <StatusOptions />
      </select>
      <select
        aria-label={t('bulk.assign')}
        value=""
        disabled={busy}
        onChange={(event) => {
          const choice = event.target.value;
          void run('assign', choice === 'none' ? null : choice === 'me' ? myId : choice);
        }}
      >
        <option value="">{t('bulk.assignPick')}</option>
        <option value="me">{t('bulk.me')}</option>
        <option value="none">{t('bulk.nobody')}</option>
        <MemberOptions members={members.filter((member) => member.id !== myId && member.role !== 'viewer')} />
      </select>
      <select
        aria-label={t('bulk.priority')}
        value=""
        disabled={busy}
        onChange={(event) => void run('set_priority', event.target.value)}
      >
        <option value="">{t('bulk.priorityPick')}</option>
        <PriorityOptions />
      </select>
      <span className="bulk-tag">
        <input
          aria-label={t('bulk.tag')}
          placeholder={t('list.tag')}
          value={tag}
          maxLength={64}
          onChange={(event) => setTag(event.target.value)}
        />
        <button type="button" disabled={busy || !tag.trim()} onClick={() => void run('add_tag', tag.trim())}>
          {t('bulk.addTag')}
        </button>
        <button type="button" disabled={busy || !tag.trim()} onClick={() => void run('remove_tag', tag.trim())}>
          {t('bulk.removeTag')}
        </button>
      </span>
      <button type="button" className="link" onClick={onClear}>
        {t('bulk.clear')}
      </button>
      {done !== null && <span className="hint">{t('bulk.done', { n: done })}</span>}
      <ErrorText error={change.error} />
    </div>
  );
}
