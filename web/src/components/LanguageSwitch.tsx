import { Language, useI18n } from '../i18n/i18n';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <select
      aria-label={t('nav.language')}
      className="language"
      value={language}
      onChange={(event) => setLanguage(event.target.value as Language)}
    >
      <option value="en">EN</option>
      <option value="ru">RU</option>
    </select>
  );
}
