import { useEffect, useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { type Filters, filtersToParams, paramsToFilters } from './ticket-filters';

type View = Schemas['SavedViewResponse'];

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
  const [views, setViews] = useState<View[]>([]);
  const [activeId, setActiveId] = useState('');
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    call(api.GET('/v1/team/me/views'))
      .then((body) => setViews(body.views))
      .catch(setError);
  }, []);

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
    setError(null);
    try {
      const view = await call(
        api.POST('/v1/team/me/views', { body: { name: trimmed, filters: filtersToParams(filters, myId) } }),
      );
      setViews((current) => [...current, view]);
      setActiveId(view.id);
      setNaming(false);
      setName('');
      setNotice(t('views.saved', { name: view.name }));
    } catch (caught) {
      setError(caught);
    }
  };

  const remove = async (view: View) => {
    setError(null);
    try {
      await call(api.DELETE('/v1/team/me/views/{view_id}', { params: { path: { view_id: view.id } } }));
      setViews((current) => current.filter((known) => known.id !== view.id));
      setActiveId('');
    } catch (caught) {
      setError(caught);
    }
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
      <ErrorText error={error} />
    </div>
  );
}
