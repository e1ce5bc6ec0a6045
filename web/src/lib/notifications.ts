import { navigate } from 'wouter/use-browser-location';

const KEY = 'zapnoty.notifications';

/** Whether this browser opted in (the toggle in the top bar) and the browser allows notifications. */
export function notificationsWanted(): boolean {
  return (
    window.localStorage.getItem(KEY) === 'on' &&
    typeof Notification !== 'undefined' &&
    Notification.permission === 'granted'
  );
}

/** Asks the browser's permission when turning on; returns whether notifications are on afterwards. */
export async function setNotificationsWanted(on: boolean): Promise<boolean> {
  if (!on || typeof Notification === 'undefined') {
    window.localStorage.setItem(KEY, 'off');
    return false;
  }
  const permission =
    Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
  window.localStorage.setItem(KEY, permission === 'granted' ? 'on' : 'off');
  return permission === 'granted';
}

/** A short two-tone chime made on the spot (no sound file to load). */
function chime(): void {
  const AudioContextClass = window.AudioContext;
  if (!AudioContextClass) return;
  const audio = new AudioContextClass();
  [880, 660].forEach((frequency, index) => {
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.frequency.value = frequency;
    volume.gain.setValueAtTime(0.08, audio.currentTime + index * 0.15);
    volume.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + index * 0.15 + 0.14);
    tone.connect(volume).connect(audio.destination);
    tone.start(audio.currentTime + index * 0.15);
    tone.stop(audio.currentTime + index * 0.15 + 0.15);
  });
  window.setTimeout(() => void audio.close(), 1_000);
}

/** A desktop notification (clicking it opens the ticket) and the chime; not while this tab is in front. */
export function notifyNewWork(title: string, body: string, ticketId: string): void {
  if (document.visibilityState === 'visible' && document.hasFocus()) return;
  const notification = new Notification(title, { body, tag: `ticket-${ticketId}` });
  notification.onclick = () => {
    window.focus();
    navigate(`/tickets/${ticketId}`);
    notification.close();
  };
  chime();
}
