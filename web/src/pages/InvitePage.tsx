import { FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { api, call } from '../api/client';
import { CardForm, PasswordField, useSubmit } from '../components/CardForm';
import { useI18n } from '../i18n/i18n';
import { useSessionState } from '../session';

/**
 * /invite/<token>: the invited member sets a password and is signed in. /reset/<token> (a password-reset link
 * an admin issued) is the same step with other words; it signs the member out everywhere else.
 */
export function InvitePage({ token, purpose = 'invite' }: { token: string; purpose?: 'invite' | 'reset' }) {
  const { t } = useI18n();
  const { refresh } = useSessionState();
  const [, navigate] = useLocation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { busy, error, setError, run } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== repeat) return setError(new Error(t('invite.mismatch')));
    await run(async () => {
      await call(api.POST('/v1/auth/accept-invite', { body: { token, password } }));
      await refresh();
      navigate('/', { replace: true });
    });
  };

  return (
    <CardForm
      title={t(purpose === 'reset' ? 'reset.title' : 'invite.title')}
      submitLabel={t(purpose === 'reset' ? 'reset.submit' : 'invite.submit')}
      busy={busy}
      error={error}
      onSubmit={submit}
    >
      <p className="hint">{t(purpose === 'reset' ? 'reset.hint' : 'invite.hint')}</p>
      <PasswordField
        label={t('invite.password')}
        name="password"
        autoComplete="new-password"
        minLength={10}
        maxLength={200}
        value={password}
        onChange={setPassword}
      />
      <PasswordField
        label={t('invite.repeat')}
        name="repeat"
        autoComplete="new-password"
        value={repeat}
        onChange={setRepeat}
      />
    </CardForm>
  );
}
