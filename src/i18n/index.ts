import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languages, type Language } from '../domain/language';
import { readPreference, writePreference } from '../persistence/local-storage';
import fiApp from './locales/fi/app.json';
import svApp from './locales/sv/app.json';
import enApp from './locales/en/app.json';

/**
 * Messages the first screen needs (the shell and the start page) load with the app;
 * every other feature's messages load with the first feature screen (`loadFeatureMessages`), so
 * they never weigh on the first load.
 */
const initialResources = {
  fi: { translation: { ...fiApp } },
  sv: { translation: { ...svApp } },
  en: { translation: { ...enApp } },
};

let featureMessages: Promise<void> | undefined;

/** Loads and registers the messages of every feature screen (once). */
export function loadFeatureMessages(): Promise<void> {
  featureMessages ??= import('./messages').then(({ messages }) => registerMessages(messages));
  return featureMessages;
}

/** Adds messages for every language, merged into what is there (tests register all at once). */
export function registerMessages(all: Record<Language, object>): void {
  for (const lang of languages) {
    i18next.addResourceBundle(lang, 'translation', all[lang], true, true);
  }
}

/** Each language named in itself, as the switcher shows it. */
export const languageNames: Record<Language, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

const storageKey = 'avoin-kunta:language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The remembered language, or Finnish. */
export function initialLanguage(): Language {
  const saved = readPreference(storageKey);
  return isLanguage(saved) ? saved : 'fi';
}

function applyToDocument(lang: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** Starts i18next once; safe to call again (tests render many times). */
export function setupI18n(lang: Language = initialLanguage()): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: initialResources,
      lng: lang,
      fallbackLng: 'fi',
      supportedLngs: [...languages],
      interpolation: { escapeValue: false }, // React escapes; text never becomes markup
      returnNull: false,
      initAsync: false,
    });
  } else if (i18next.language !== lang) {
    void i18next.changeLanguage(lang);
  }
  applyToDocument(lang);
  return i18next;
}

/** Switches the language, remembers it and updates `<html lang>`. */
export function changeLanguage(lang: Language): void {
  void i18next.changeLanguage(lang);
  writePreference(storageKey, lang);
  applyToDocument(lang);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'fi';
}
