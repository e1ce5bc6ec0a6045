import { FormEvent, useState } from 'react';
import { api, ApiError, call } from '../api/client';
import { ErrorText } from '../components/ErrorText';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useI18n } from '../i18n/i18n';
import { useSessionState } from '../session';

export function LoginPage() {
  const { t } = useI18n();
  const { refresh } = useSessionState();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [project, setProject] = useState('');
  const [askProject, setAskProject] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await call(api.POST('/v1/auth/login', { body: { email, password, ...(project ? { project } : {}) } }));
      await refresh();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'project_required') setAskProject(true);
      setError(caught instanceof ApiError && caught.status === 401 ? new Error(t('login.wrong')) : caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="center-card">
      <form className="card" onSubmit={submit}>
        <div className="card-head">
          <h1>{t('login.title')}</h1>
          <LanguageSwitch />
        </div>
        <label>
          {t('login.email')}
          <input
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </label>
        <label>
          {t('login.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {askProject && (
          <label>
            {t('login.project')}
            <input name="project" required value={project} onChange={(event) => setProject(event.target.value)} />
          </label>
        )}
        <ErrorText error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </div>
  );
}
