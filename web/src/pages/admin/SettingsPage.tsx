import { FormEvent, useEffect, useState } from 'react';
import { api, call, Schemas } from '../../api/client';
import { useSettings } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { useAction } from '../../lib/use-action';
import { AutomationSettingsFields } from './AutomationSettingsFields';
import { NumberOrOffField } from './NumberOrOffField';
import { TeamChatPanel } from './TeamChatPanel';

type Settings = Schemas['HelpdeskSettingsResponse'];

export function SettingsPage() {
  const { t } = useI18n();
  const { data: loaded, error: loadError } = useSettings();
  const [form, setForm] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  // SLA targets and business hours move tickets' due times: lists are fetched again when next shown.
  const save = useAction({ refetch: [queryKeys.settings], later: [queryKeys.ticketLists, queryKeys.ticketDetails] });
  useEffect(() => setForm(loaded ?? null), [loaded]);
  if (!form) return <ErrorText error={loadError} />;

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setSaved(false);
    setForm({ ...form, [key]: value });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { updated_at: _ignored, ...body } = form;
    if (await save.run(() => call(api.PUT('/v1/helpdesk/settings', { body })))) setSaved(true);
  };
  const text = (key: 'helpdesk_welcome_message' | 'helpdesk_close_message', language: 'ru' | 'en') => (
    <label>
      {t(key === 'helpdesk_welcome_message' ? 'settings.welcome' : 'settings.close')} ({language})
      <textarea
        rows={2}
        maxLength={4096}
        value={form[key][language]}
        onChange={(event) => set(key, { ...form[key], [language]: event.target.value })}
      />
    </label>
  );
  const flag = (
    key:
      | 'helpdesk_enabled'
      | 'helpdesk_allow_create'
      | 'helpdesk_allow_view'
      | 'helpdesk_ticket_types_enabled'
      | 'csat_enabled',
    label: string,
  ) => (
    <label className="toggle">
      <input type="checkbox" checked={form[key]} onChange={(event) => set(key, event.target.checked)} /> {label}
    </label>
  );

  return (
    <>
      <form className="admin-form" onSubmit={submit}>
        <h1>{t('nav.settings')}</h1>
        {flag('helpdesk_enabled', t('settings.enabled'))}
        {flag('helpdesk_allow_create', t('settings.allowCreate'))}
        {flag('helpdesk_allow_view', t('settings.allowView'))}
        {flag('helpdesk_ticket_types_enabled', t('settings.typesEnabled'))}
        {text('helpdesk_welcome_message', 'ru')}
        {text('helpdesk_welcome_message', 'en')}
        {text('helpdesk_close_message', 'ru')}
        {text('helpdesk_close_message', 'en')}
        <div className="row">
          <NumberOrOffField
            label={t('settings.slaFirstReply')}
            min={1}
            max={8760}
            value={form.sla_first_reply_hours}
            onChange={(hours) => set('sla_first_reply_hours', hours)}
          />
          <NumberOrOffField
            label={t('settings.slaResolve')}
            min={1}
            max={8760}
            value={form.sla_resolve_hours}
            onChange={(hours) => set('sla_resolve_hours', hours)}
          />
          <label>
            {t('settings.unanswered')}
            <select
              value={form.helpdesk_unanswered_hours ?? ''}
              onChange={(event) =>
                set(
                  'helpdesk_unanswered_hours',
                  event.target.value === '' ? null : (Number(event.target.value) as 12 | 24 | 48),
                )
              }
            >
              <option value="">{t('settings.off')}</option>
              {[12, 24, 48].map((hours) => (
                <option key={hours} value={hours}>
                  {hours}
                </option>
              ))}
            </select>
          </label>
        </div>
        {flag('csat_enabled', t('settings.csat'))}
        <label>
          {t('settings.csatTemplate')}
          <textarea
            rows={2}
            maxLength={1024}
            value={form.csat_message_template}
            onChange={(event) => set('csat_message_template', event.target.value)}
          />
        </label>
        <AutomationSettingsFields form={form} set={set} />
        <ErrorText error={save.error} />
        <div className="row">
          <button type="submit" className="primary" disabled={save.busy}>
            {t('common.save')}
          </button>
          {saved && <span className="ok">{t('common.saved')}</span>}
        </div>
      </form>
      <TeamChatPanel />
    </>
  );
}
