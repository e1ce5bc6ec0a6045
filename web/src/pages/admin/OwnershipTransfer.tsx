import { FormEvent, useState } from 'react';
import { api, call, Member } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { useAction } from '../../lib/use-action';
import { useSession } from '../../session';

/**
 * Ownership transfer: an owner with a linked Telegram account confirms with the 6-digit code the bot sends
 * (10 minutes); without one, with their password.
 */
export function OwnershipTransfer({ members }: { members: Member[] }) {
  const { t, formatDateTime } = useI18n();
  const session = useSession();
  // A transfer changes two members' roles, this one's among them (the session).
  const transfer = useAction([queryKeys.members, queryKeys.session]);
  const [newOwner, setNewOwner] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [sentUntil, setSentUntil] = useState<string | null>(null);
  const withCode = Boolean(members.find((member) => member.id === session.member.id)?.telegram);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (withCode && !sentUntil) {
      let sent: { expires_at?: string } | undefined;
      // Asking for the code changes nothing yet.
      const ok = await transfer.run(async () => {
        sent = (await call(api.POST('/v1/team/transfer-ownership', { body: { member_id: newOwner } }))) as {
          expires_at?: string;
        };
      }, []);
      if (ok && sent?.expires_at) setSentUntil(sent.expires_at);
      return;
    }
    const ok = await transfer.run(() =>
      withCode
        ? call(api.POST('/v1/team/transfer-ownership/confirm', { body: { member_id: newOwner, code } }))
        : call(api.POST('/v1/team/transfer-ownership', { body: { member_id: newOwner, password } })),
    );
    if (ok) {
      setPassword('');
      setCode('');
      setSentUntil(null);
    }
  };

  return (
    <form className="inline-form" onSubmit={submit}>
      <h2>{t('team.transfer')}</h2>
      <select
        required
        aria-label={t('team.newOwner')}
        value={newOwner}
        disabled={sentUntil !== null}
        onChange={(event) => setNewOwner(event.target.value)}
      >
        <option value="">{t('team.newOwner')}</option>
        {members
          .filter((member) => member.id !== session.member.id)
          .map((member) => (
            <option key={member.id} value={member.id}>
              {member.name} ({member.email})
            </option>
          ))}
      </select>
      {!withCode && (
        <input
          type="password"
          required
          autoComplete="current-password"
          placeholder={t('team.yourPassword')}
          aria-label={t('team.yourPassword')}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      )}
      {withCode && sentUntil && (
        <input
          required
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="\d{6}"
          maxLength={6}
          placeholder={t('team.otpCode')}
          aria-label={t('team.otpCode')}
          value={code}
          onChange={(event) => setCode(event.target.value.trim())}
        />
      )}
      <button type="submit" className="danger" disabled={transfer.busy || !newOwner}>
        {withCode && !sentUntil ? t('team.sendOtp') : t('team.transferSubmit')}
      </button>
      {sentUntil && <p className="hint">{t('team.otpSent', { time: formatDateTime(sentUntil) })}</p>}
      <ErrorText error={transfer.error} />
    </form>
  );
}
