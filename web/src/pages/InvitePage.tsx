import { FormEvent, useState } from 'react';
import { api, call } from '../api/client';
import { ErrorText } from '../components/ErrorText';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../lib/router';
import { useSessionState } from '../session';

/** /invite/<token>: the invited member sets a password and is signed in. */
export function InvitePage({ token }: { token: string }) {
  const { t } = useI18n();
  const { refresh } = useSessionState();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== repeat) return setError(new Error(t('invite.mismatch')));
    setBusy(true);
    setError(null);
    try {
      await call(api.POST('/v1/auth/accept-invite', { body: { token, password } }));
      await refresh();
      navigate('/', true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="center-card">
      <form className="card" onSubmit={submit}>
        <div className="card-head">
          <h1>{t('invite.title')}</h1>
          <LanguageSwitch />
        </div>
        <p className="hint">{t('invite.hint')}</p>
        <label>
          {t('invite.password')}
          <input
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={10}
            maxLength={200}
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <label>
          {t('invite.repeat')}
          <input
            name="repeat"
            type="password"
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(event) => setRepeat(event.target.value)}
          />
        </label>
        <ErrorText error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {t('invite.submit')}
        </button>
      </form>
    </div>
  );
}
