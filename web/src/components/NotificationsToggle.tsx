import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { notificationsWanted, setNotificationsWanted } from '../lib/notifications';

/** Opt-in for desktop notifications and sound on this browser (the browser asks its own permission). */
export function NotificationsToggle() {
  const { t } = useI18n();
  const [on, setOn] = useState(notificationsWanted);
  if (typeof Notification === 'undefined') return null;
  return (
    <button
      type="button"
      className="link notifications-toggle"
      aria-pressed={on}
      title={t(on ? 'notify.turnOff' : 'notify.turnOn')}
      onClick={() => void setNotificationsWanted(!on).then(setOn)}
    >
      {on ? '🔔' : '🔕'} <span className="visually-hidden">{t(on ? 'notify.turnOff' : 'notify.turnOn')}</span>
    </button>
  );
}
