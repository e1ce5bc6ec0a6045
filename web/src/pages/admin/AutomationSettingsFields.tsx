import { Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { NumberOrOffField } from './NumberOrOffField';

type Settings = Schemas['HelpdeskSettingsResponse'];
type BusinessHours = Schemas['BusinessHoursResponse'];
type Day = keyof BusinessHours['week'];

const DAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const OFFICE = [{ from: '09:00', to: '18:00' }];
const DEFAULT_REPLY = {
  ru: 'Спасибо! Мы ответим в рабочее время.',
  en: 'Thank you! We will answer during business hours.',
};

/** Mon–Fri 09:00–18:00 in the browser's time zone: where turning business hours on starts. */
function defaultHours(): BusinessHours {
  return {
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    week: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE, sat: [], sun: [] },
    holidays: [],
  };
}

/** Business hours, the out-of-hours reply, auto-close and auto-assign: part of the Settings form. */
export function AutomationSettingsFields({
  form,
  set,
}: {
  form: Settings;
  set: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
}) {
  const { t } = useI18n();
  const hours = form.business_hours;
  const setDay = (day: Day, windows: BusinessHours['week'][Day]) =>
    hours && set('business_hours', { ...hours, week: { ...hours.week, [day]: windows } });
  const reply = form.out_of_hours_reply;

  return (
    <fieldset className="automation-settings">
      <legend>{t('settings.automations')}</legend>
      <label className="toggle">
        <input
          type="checkbox"
          checked={hours !== null}
          onChange={(event) => set('business_hours', event.target.checked ? defaultHours() : null)}
        />{' '}
        {t('settings.businessHours')}
      </label>
      {hours && (
        <div className="business-hours" data-testid="business-hours">
          <label>
            {t('settings.timezone')}
            <input
              value={hours.timezone}
              maxLength={64}
              onChange={(event) => set('business_hours', { ...hours, timezone: event.target.value })}
            />
          </label>
          {DAYS.map((day) => (
            <div className="day-row" key={day}>
              <span className="day-name">{t(`day.${day}`)}</span>
              {hours.week[day].length === 0 && <span className="muted">{t('settings.closed')}</span>}
              {hours.week[day].map((window, index) => (
                <span className="window" key={index}>
                  <input
                    type="time"
                    aria-label={`${t(`day.${day}`)} ${t('settings.from')}`}
                    value={window.from}
                    onChange={(event) =>
                      setDay(
                        day,
                        hours.week[day].map((w, i) => (i === index ? { ...w, from: event.target.value } : w)),
                      )
                    }
                  />
                  –
                  <input
                    type="time"
                    aria-label={`${t(`day.${day}`)} ${t('settings.to')}`}
                    value={window.to === '24:00' ? '00:00' : window.to}
                    onChange={(event) =>
                      setDay(
                        day,
                        hours.week[day].map((w, i) => (i === index ? { ...w, to: event.target.value } : w)),
                      )
                    }
                  />
                  <button
                    type="button"
                    className="link"
                    aria-label={t('settings.removeWindow')}
                    onClick={() =>
                      setDay(
                        day,
                        hours.week[day].filter((_w, i) => i !== index),
                      )
                    }
                  >
                    ×
                  </button>
                </span>
              ))}
              <button type="button" className="link" onClick={() => setDay(day, [...hours.week[day], OFFICE[0]])}>
                {t('settings.addWindow')}
              </button>
            </div>
          ))}
          <p className="hint">{t('settings.windowHint')}</p>
          <label>
            {t('settings.holidays')}
            <input
              value={hours.holidays.join(', ')}
              placeholder="2026-12-31, 2027-01-01"
              onChange={(event) =>
                set('business_hours', {
                  ...hours,
                  holidays: event.target.value
                    .split(/[\s,]+/)
                    .map((date) => date.trim())
                    .filter(Boolean),
                })
              }
            />
          </label>
        </div>
      )}
      <label className="toggle">
        <input
          type="checkbox"
          checked={reply !== null}
          onChange={(event) => set('out_of_hours_reply', event.target.checked ? DEFAULT_REPLY : null)}
        />{' '}
        {t('settings.outOfHours')}
      </label>
      {reply &&
        (['ru', 'en'] as const).map((language) => (
          <label key={language}>
            {t('settings.outOfHoursText')} ({language})
            <textarea
              rows={2}
              maxLength={4096}
              value={reply[language]}
              onChange={(event) => set('out_of_hours_reply', { ...reply, [language]: event.target.value })}
            />
          </label>
        ))}
      <div className="row">
        <NumberOrOffField
          label={t('settings.autoClose')}
          min={1}
          max={365}
          value={form.auto_close_waiting_days}
          onChange={(days) => set('auto_close_waiting_days', days)}
        />
      </div>
      <label className="toggle">
        <input
          type="checkbox"
          checked={form.auto_assign_on_reply}
          onChange={(event) => set('auto_assign_on_reply', event.target.checked)}
        />{' '}
        {t('settings.autoAssign')}
      </label>
    </fieldset>
  );
}
