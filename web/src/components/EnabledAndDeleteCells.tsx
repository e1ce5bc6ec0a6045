import { useI18n } from '../i18n/i18n';

/** The last two cells of an admin list row: the Enabled switch and Delete. */
export function EnabledAndDeleteCells({
  enabled,
  onToggle,
  onDelete,
}: {
  enabled: boolean;
  onToggle(enabled: boolean): void;
  onDelete(): void;
}) {
  const { t } = useI18n();
  return (
    <>
      <td>
        <input
          type="checkbox"
          aria-label={t('common.enabled')}
          checked={enabled}
          onChange={(event) => onToggle(event.target.checked)}
        />
      </td>
      <td>
        <button type="button" className="danger" onClick={onDelete}>
          {t('common.delete')}
        </button>
      </td>
    </>
  );
}
