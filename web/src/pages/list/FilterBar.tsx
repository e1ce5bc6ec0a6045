import type { ReactNode } from 'react';
import { type Member, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { EMPTY, type Filters, type Sort, SORTS } from './ticket-filters';
import { ChannelOptions, MemberOptions, PriorityOptions, StatusOptions } from '../../components/OptionLists';

/** The ticket list's search, filters, quick SLA views, sort and count (the list keeps the state). */
export function FilterBar({
  filters,
  set,
  search,
  setSearch,
  types,
  members,
  myId,
  total,
  onReset,
  children,
}: {
  filters: Filters;
  set<K extends keyof Filters>(key: K, value: Filters[K]): void;
  search: string;
  setSearch(value: string): void;
  types: Schemas['TicketTypeConfigResponse'][];
  members: Member[];
  myId: string;
  total: number;
  onReset(): void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="filters" role="search">
      <input
        type="search"
        className="search"
        placeholder={t('list.search')}
        aria-label={t('list.search')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <select
        aria-label={t('list.status')}
        value={filters.status}
        onChange={(event) => set('status', event.target.value as Filters['status'])}
      >
        <option value="">{t('list.anyStatus')}</option>
        <StatusOptions />
      </select>
      <select
        aria-label={t('list.assignee')}
        value={filters.assignee}
        onChange={(event) => set('assignee', event.target.value)}
      >
        <option value="">{t('list.anyone')}</option>
        <option value="me">{t('list.me')}</option>
        <option value="none">{t('list.unassigned')}</option>
        <MemberOptions members={members.filter((member) => member.id !== myId)} />
      </select>
      <select
        aria-label={t('list.priority')}
        value={filters.priority}
        onChange={(event) => set('priority', event.target.value as Filters['priority'])}
      >
        <option value="">{t('list.anyPriority')}</option>
        <PriorityOptions />
      </select>
      <select
        aria-label={t('list.channel')}
        value={filters.channel}
        onChange={(event) => set('channel', event.target.value as Filters['channel'])}
      >
        <option value="">{t('list.anyChannel')}</option>
        <ChannelOptions />
      </select>
      {types.length > 0 && (
        <select
          aria-label={t('list.type')}
          value={filters.ticketTypeId}
          onChange={(event) => set('ticketTypeId', event.target.value)}
        >
          <option value="">{t('list.anyType')}</option>
          {types.map((type) => (
            <option key={type.id} value={type.id}>
              {type.name}
            </option>
          ))}
        </select>
      )}
      <input
        className="tag-filter"
        placeholder={t('list.tag')}
        aria-label={t('list.tag')}
        value={filters.tag}
        onChange={(event) => set('tag', event.target.value)}
      />
      {(['breached', 'at_risk'] as const).map((view) => (
        <button
          key={view}
          type="button"
          className={`quick-filter${filters.sla === view ? ' active' : ''}`}
          aria-pressed={filters.sla === view}
          onClick={() => set('sla', filters.sla === view ? '' : view)}
        >
          {t(view === 'breached' ? 'list.overdue' : 'list.atRisk')}
        </button>
      ))}
      <select
        aria-label={t('list.sort')}
        value={filters.sort}
        onChange={(event) => set('sort', event.target.value as Sort)}
      >
        {SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`sort.${sort}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('list.order')}
        value={filters.order}
        onChange={(event) => set('order', event.target.value as Filters['order'])}
      >
        <option value="desc">{t('order.desc')}</option>
        <option value="asc">{t('order.asc')}</option>
      </select>
      {JSON.stringify(filters) !== JSON.stringify(EMPTY) && (
        <button type="button" className="link" onClick={onReset}>
          {t('list.reset')}
        </button>
      )}
      {children}
      <span className="count">{t('list.total', { n: total })}</span>
    </div>
  );
}
