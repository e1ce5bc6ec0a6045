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
      <BellIcon crossed={!on} /> <span className="visually-hidden">{t(on ? 'notify.turnOff' : 'notify.turnOn')}</span>
    </button>
  );
}

/** A bell drawn inline (an emoji needs a colour-emoji font, which many Linux desktops lack); crossed when off. */
function BellIcon({ crossed }: { crossed: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="bell-icon">
      <path
        d="M12 3a6 6 0 0 0-6 6v4l-2 3h16l-2-3V9a6 6 0 0 0-6-6zm-2 15a2 2 0 0 0 4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
      {crossed && <path d="M4 4l16 16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />}
    </svg>
  );
}
