import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { useSavedViews } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { useAction } from '../../lib/use-action';
import { type Filters, filtersToParams, paramsToFilters } from './ticket-filters';

type View = Schemas['SavedViewResponse'];
const NO_VIEWS: View[] = [];

/**
 * The member's saved views (GET/POST /v1/team/me/views, DELETE …/{view_id}): pick one to set the list's
 * filters and sort, save the current ones under a name, delete the picked one.
 */
export function SavedViews({
  filters,
  myId,
  onApply,
}: {
  filters: Filters;
  myId: string;
  onApply(filters: Filters): void;
}) {
  const { t } = useI18n();
  const { data, error: loadError } = useSavedViews();
  const views = data?.views ?? NO_VIEWS;
  const client = useQueryClient();
  // The answers say what changed: the cached list is updated from them, not fetched again.
  const change = useAction();
  const updateViews = (next: (views: View[]) => View[]) =>
    client.setQueryData<Schemas['SavedViewListResponse']>(
      queryKeys.savedViews,
      (cached) => cached && { ...cached, views: next(cached.views) },
    );
  const [activeId, setActiveId] = useState('');
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [notice, setNotice] = useState('');

  const active = views.find((view) => view.id === activeId);
  // The picked view stays picked only while the filters are still its filters.
  useEffect(() => {
    if (!active) return;
    const current = JSON.stringify(filtersToParams(filters, myId));
    const its = JSON.stringify(filtersToParams(paramsToFilters(active.filters, myId), myId));
    if (current !== its) setActiveId('');
  }, [active, filters, myId]);

  const pick = (id: string) => {
    const view = views.find((known) => known.id === id);
    setNotice('');
    setActiveId(id);
    if (view) onApply(paramsToFilters(view.filters, myId));
  };

  const save = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    // Assigned inside the change; the cast keeps TypeScript from narrowing it to undefined here.
    let view = undefined as View | undefined;
    const body = { name: trimmed, filters: filtersToParams(filters, myId) };
    await change.run(async () => (view = await call(api.POST('/v1/team/me/views', { body }))));
    if (!view) return;
    const added = view;
    updateViews((current) => [...current, added]);
    setActiveId(view.id);
    setNaming(false);
    setName('');
    setNotice(t('views.saved', { name: view.name }));
  };

  const remove = async (view: View) => {
    const path = { view_id: view.id };
    if (!(await change.run(() => call(api.DELETE('/v1/team/me/views/{view_id}', { params: { path } }))))) return;
    updateViews((current) => current.filter((known) => known.id !== view.id));
    setActiveId('');
  };

  return (
    <div className="saved-views" data-testid="saved-views">
      {views.length > 0 && (
        <select aria-label={t('views.label')} value={activeId} onChange={(event) => pick(event.target.value)}>
          <option value="">{t('views.pick')}</option>
          {views.map((view) => (
            <option key={view.id} value={view.id}>
              {view.name}
            </option>
          ))}
        </select>
      )}
      {active && (
        <button type="button" className="link" onClick={() => void remove(active)}>
          {t('views.delete', { name: active.name })}
        </button>
      )}
      {naming ? (
        <form
          className="view-name"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <input
            aria-label={t('views.name')}
            placeholder={t('views.name')}
            value={name}
            maxLength={80}
            autoFocus
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && setNaming(false)}
          />
          <button type="submit" disabled={!name.trim()}>
            {t('common.save')}
          </button>
          <button type="button" className="link" onClick={() => setNaming(false)}>
            {t('common.cancel')}
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setNaming(true)}>
          {t('views.save')}
        </button>
      )}
      {notice && (
        <span className="hint" role="status">
          {notice}
        </span>
      )}
      <ErrorText error={change.error ?? loadError} />
    </div>
  );
}
