import { useI18n } from '../../i18n/i18n';

/** A whole number a setting may leave unset: empty is "Off" (null), as the API takes it. */
export function NumberOrOffField({
  label,
  min,
  max,
  value,
  onChange,
}: {
  label: string;
  min: number;
  max: number;
  value: number | null;
  onChange(value: number | null): void;
}) {
  const { t } = useI18n();
  return (
    <label>
      {label}
      <input
        type="number"
        min={min}
        max={max}
        value={value ?? ''}
        placeholder={t('settings.off')}
        onChange={(event) => onChange(event.target.value.trim() === '' ? null : Number(event.target.value))}
      />
    </label>
  );
}
