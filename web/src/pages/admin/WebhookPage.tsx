import { FormEvent, useEffect, useState } from 'react';
import { api, call, Schemas } from '../../api/client';
import { useWebhook } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { useAction } from '../../lib/use-action';
import { AdminTable } from './admin-list';

type WebhookEvent = Schemas['PutWebhookDto']['events'] extends (infer E)[] | undefined ? E : never;
const TICKET_EVENTS: WebhookEvent[] = [
  'ticket.created',
  'ticket.replied',
  'ticket.status_changed',
  'ticket.assigned',
  'ticket.closed',
  'ticket.csat_received',
  'ticket.unanswered_24h',
];

export function WebhookPage() {
  const { t, formatDateTime } = useI18n();
  const { deliveries, webhook, webhookError } = useWebhook();
  // The webhook and its log: saving, deleting or redelivering shows in both.
  const action = useAction([queryKeys.webhookAll]);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>([]);
  const [redelivered, setRedelivered] = useState<string | null>(null);
  useEffect(() => {
    setUrl(webhook?.url ?? '');
    setEvents((webhook?.events as WebhookEvent[] | undefined) ?? []);
  }, [webhook]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(() => call(api.PUT('/v1/webhook', { body: { url, ...(events.length ? { events } : {}) } })));
  };
  const remove = async () => {
    if (!window.confirm(t('webhook.confirmDelete'))) return;
    await action.run(() => call(api.DELETE('/v1/webhook')));
  };
  const redeliver = async (id: string) => {
    setRedelivered(null);
    if (await action.run(() => call(api.POST('/v1/webhook/deliveries/{id}/redeliver', { params: { path: { id } } }))))
      setRedelivered(id);
  };
  const toggle = (name: WebhookEvent) =>
    setEvents(events.includes(name) ? events.filter((known) => known !== name) : [...events, name]);

  return (
    <section className="admin">
      <h1>{t('nav.webhook')}</h1>
      <ErrorText error={webhookError} />
      <form className="admin-form" onSubmit={save}>
        <label>
          URL
          <input
            type="url"
            required
            maxLength={2048}
            placeholder="https://example.com/zapnoty-webhook"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
        </label>
        <fieldset>
          <legend>{t('webhook.events')}</legend>
          <div className="checks">
            {TICKET_EVENTS.map((name) => (
              <label key={name} className="toggle">
                <input type="checkbox" checked={events.includes(name)} onChange={() => toggle(name)} />{' '}
                <code>{name}</code>
              </label>
            ))}
          </div>
        </fieldset>
        {webhook && (
          <p>
            {t('webhook.secret')}: <code className="secret">{webhook.secret}</code>
            {!webhook.enabled && (
              <span className="error"> {t('webhook.disabled', { reason: webhook.disabled_reason ?? '' })}</span>
            )}
          </p>
        )}
        <ErrorText error={action.error} />
        <div className="row">
          <button type="submit" className="primary" disabled={action.busy}>
            {t('common.save')}
          </button>
          {webhook && (
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('common.delete')}
            </button>
          )}
        </div>
      </form>
      <h2>
        {t('webhook.deliveries')}{' '}
        <button type="button" className="link" onClick={() => void deliveries.refetch()}>
          {t('common.refresh')}
        </button>
      </h2>
      <ErrorText error={deliveries.error} />
      <AdminTable
        headings={[
          t('webhook.when'),
          t('webhook.event'),
          t('webhook.attempt'),
          t('col.status'),
          'HTTP',
          t('webhook.duration'),
        ]}
      >
        {deliveries.data?.deliveries.map((delivery) => (
          <tr key={delivery.id} className={delivery.status === 'success' ? undefined : 'failed-row'}>
            <td>{formatDateTime(delivery.created_at)}</td>
            <td>
              <code>{delivery.event}</code>
              {delivery.redelivery && <span className="badge">{t('webhook.redelivery')}</span>}
            </td>
            <td>{delivery.attempt}</td>
            <td>{t(`delivery.${delivery.status}`)}</td>
            <td title={delivery.error ?? undefined}>{delivery.status_code ?? delivery.error ?? '—'}</td>
            <td>{delivery.duration_ms} ms</td>
            <td>
              <button type="button" disabled={action.busy} onClick={() => void redeliver(delivery.id)}>
                {redelivered === delivery.id ? t('webhook.sent') : t('webhook.redeliver')}
              </button>
            </td>
          </tr>
        ))}
      </AdminTable>
      {deliveries.data?.deliveries.length === 0 && <p className="empty">{t('webhook.noDeliveries')}</p>}
    </section>
  );
}
