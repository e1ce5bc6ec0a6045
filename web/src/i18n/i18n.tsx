import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en, MessageKey } from './en';
import { ru } from './ru';

export type Language = 'en' | 'ru';
const dictionaries: Record<Language, Record<MessageKey, string>> = { en, ru };
/**
 * Plural forms: a key's text may be `one|few|many|other` forms joined by " | " (only the forms the language
 * has: English `one | other`, Russian `one | few | many | other`), picked by Intl.PluralRules for `n`/`count`.
 */
const PLURAL_ORDER: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const STORAGE_KEY = 'zapnoty.language';

/** The saved choice, else the browser's language (Russian for any ru-*), else English. */
export function initialLanguage(): Language {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'ru') return saved;
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ru' || base === 'en') return base;
  }
  return 'en';
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
  /** Date and time in the UI language. */
  formatDateTime(iso: string): string;
  /** "5 min", "3 h", "2 d" */
  formatAge(iso: string, now?: number): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const dictionary = dictionaries[language];
    const plural = new Intl.PluralRules(language);
    const categories = plural.resolvedOptions().pluralCategories;
    const forms = PLURAL_ORDER.filter((category) => categories.includes(category));
    const t: Translate = (key, values) => {
      let text = dictionary[key] ?? en[key];
      const count = values?.n ?? values?.count;
      if (text.includes(' | ') && typeof count === 'number') {
        const variants = text.split(' | ');
        text = variants[forms.indexOf(plural.select(count))] ?? variants[variants.length - 1];
      }
      if (values)
        for (const [name, replacement] of Object.entries(values))
          text = text.replaceAll(`{${name}}`, String(replacement));
      return text;
    };
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      language,
      setLanguage,
      t,
      formatDateTime: (iso) => dateTime.format(new Date(iso)),
      formatAge: (iso, now = Date.now()) => {
        const minutes = Math.max(0, Math.floor((now - Date.parse(iso)) / 60_000));
        if (minutes < 60) return t('age.minutes', { n: minutes });
        if (minutes < 48 * 60) return t('age.hours', { n: Math.floor(minutes / 60) });
        return t('age.days', { n: Math.floor(minutes / 1440) });
      },
    };
  }, [language, setLanguage]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
