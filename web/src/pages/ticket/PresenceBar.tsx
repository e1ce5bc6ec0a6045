import { useI18n } from '../../i18n/i18n';
import type { PresentMember } from '../../lib/presence';

/** Who else has this ticket open, and who of them is writing: seen within two seconds of it happening. */
export function PresenceBar({ others }: { others: PresentMember[] }) {
  const { t } = useI18n();
  if (others.length === 0) return null;
  const typing = others.filter((other) => other.state === 'typing').map((other) => other.name);
  const viewing = others.filter((other) => other.state === 'viewing').map((other) => other.name);
  return (
    <p className="presence" role="status" data-testid="presence">
      {typing.length > 0 && (
        <span className="presence-typing">{t('presence.typing', { names: typing.join(', ') })}</span>
      )}
      {viewing.length > 0 && <span>{t('presence.viewing', { names: viewing.join(', ') })}</span>}
    </p>
  );
}
