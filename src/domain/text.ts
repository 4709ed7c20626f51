import { z } from 'zod';

/** The languages every user-facing text exists in; Finnish first. */
export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];

const languageNames: Record<Language, string> = {
  fi: 'Finnish',
  sv: 'Swedish',
  en: 'English',
};

function languageText(lang: Language) {
  return z
    .string({ error: `missing ${languageNames[lang]} text` })
    .trim()
    .min(1, { error: `missing ${languageNames[lang]} text` })
    .max(4000, { error: `${languageNames[lang]} text is longer than 4000 characters` });
}

/** A text a person reads, in all three languages; an incomplete translation does not validate. */
export const localizedTextSchema = z.strictObject({
  fi: languageText('fi'),
  sv: languageText('sv'),
  en: languageText('en'),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Stable, human-readable id: lowercase words joined by hyphens, segments by dots. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/, {
    error: 'expected a lowercase id such as "open-apis.land-use.api-catalogue"',
  });
