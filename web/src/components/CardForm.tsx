import { FormEvent, InputHTMLAttributes, ReactNode, useState } from 'react';
import { ErrorText } from './ErrorText';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * A form alone on the page in a card (sign-in, accepting an invite): its title and the language switch,
 * its fields, the error of the last try and one submit button, disabled while the form is busy.
 */
export function CardForm({
  title,
  submitLabel,
  busy,
  error,
  onSubmit,
  children,
}: {
  title: string;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
}) {
  return (
    <div className="center-card">
      <form className="card" onSubmit={onSubmit}>
        <div className="card-head">
          <h1>{title}</h1>
          <LanguageSwitch />
        </div>
        {children}
        <ErrorText error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </form>
    </div>
  );
}

/** A labelled input bound to a string. */
export function TextField({
  label,
  value,
  onChange,
  ...input
}: { label: string; value: string; onChange: (value: string) => void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange'
>) {
  return (
    <label>
      {label}
      <input {...input} value={value} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}

/** A required password input with its label. */
export function PasswordField(props: Parameters<typeof TextField>[0]) {
  return <TextField type="password" required {...props} />;
}

/**
 * The busy flag and error of a form whose submit runs one request: `run(action)` clears the error, runs
 * it, and keeps what it threw (as `describe` words it) for ErrorText.
 */
export function useSubmit() {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>, describe: (caught: unknown) => unknown = (caught) => caught) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(describe(caught));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
