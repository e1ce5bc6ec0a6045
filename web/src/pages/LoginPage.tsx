import { FormEvent, useState } from 'react';
import { api, ApiError, call } from '../api/client';
import { CardForm, PasswordField, TextField, useSubmit } from '../components/CardForm';
import { useI18n } from '../i18n/i18n';
import { useSessionState } from '../session';

export function LoginPage() {
  const { t } = useI18n();
  const { refresh } = useSessionState();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [project, setProject] = useState('');
  const [askProject, setAskProject] = useState(false);
  const { busy, error, run } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(
      async () => {
        await call(api.POST('/v1/auth/login', { body: { email, password, ...(project ? { project } : {}) } }));
        await refresh();
      },
      (caught) => {
        if (caught instanceof ApiError && caught.code === 'project_required') setAskProject(true);
        return caught instanceof ApiError && caught.status === 401 ? new Error(t('login.wrong')) : caught;
      },
    );
  };

  return (
    <CardForm title={t('login.title')} submitLabel={t('login.submit')} busy={busy} error={error} onSubmit={submit}>
      <TextField
        label={t('login.email')}
        name="email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={setEmail}
      />
      <PasswordField
        label={t('login.password')}
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
      />
      {askProject && (
        <TextField label={t('login.project')} name="project" required value={project} onChange={setProject} />
      )}
      <details className="hint forgot-password">
        <summary>{t('login.forgot')}</summary>
        <p>{t('login.forgotHow')}</p>
      </details>
    </CardForm>
  );
}
