import { ErrorText } from './ErrorText';
import { useI18n } from '../i18n/i18n';

/** The foot of an admin form: its refusal, then Add (or, while editing an item, Save and Cancel). */
export function EditorActions({
  editing = false,
  busy,
  error,
  onCancel,
}: {
  editing?: boolean;
  busy: boolean;
  error: unknown;
  onCancel?(): void;
}) {
  const { t } = useI18n();
  return (
    <>
      <ErrorText error={error} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {editing ? t('common.save') : t('common.add')}
        </button>
        {editing && onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </>
  );
}
