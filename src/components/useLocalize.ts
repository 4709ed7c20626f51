import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, LocalizedText } from '../domain/text';

function asLanguage(value: string): Language {
  return value === 'sv' || value === 'en' ? value : 'fi';
}

/** The current UI language and a function that picks a data text (`{ fi, sv, en }`) in it. */
export function useLocalize(): { language: Language; localize: (text: LocalizedText) => string } {
  const { i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const localize = useCallback((text: LocalizedText) => text[language], [language]);
  return { language, localize };
}
