import { z } from 'zod';
import { describeValue, formatPath, type ValidationIssue } from './validation';

/** The languages every user-facing text exists in; Finnish first. */
export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];

const languageNames: Record<Language, string> = {
  fi: 'Finnish',
  sv: 'Swedish',
  en: 'English',
};

function languageText(lang: Language) {
  const name = languageNames[lang];
  return z
    .string({
      // An absent key and an empty string are the same mistake for an author: the text is missing.
      error: (issue) =>
        issue.input === undefined
          ? `missing ${name} text`
          : `expected ${name} text as a string, got ${describeValue(issue.input)}`,
    })
    .trim()
    .min(1, { error: `missing ${name} text` })
    .max(4000, { error: `${name} text is longer than 4000 characters` })
    .meta({ description: `${name} text` });
}

/** A text a person reads, in all three languages; an incomplete translation does not validate. */
export const localizedTextSchema = z
  .strictObject(
    {
      fi: languageText('fi'),
      sv: languageText('sv'),
      en: languageText('en'),
    },
    {
      error: (issue) => {
        if (issue.code === 'unrecognized_keys') {
          const keys = issue.keys.map((key) => JSON.stringify(key)).join(', ');
          return `unknown language ${keys}; expected only "fi", "sv" and "en"`;
        }
        return issue.input === undefined
          ? 'missing text; expected { "fi": …, "sv": …, "en": … }'
          : `expected a text in three languages { "fi": …, "sv": …, "en": … }, got ${describeValue(issue.input)}`;
      },
    },
  )
  .meta({
    id: 'LocalizedText',
    description: 'A text a person reads, in Finnish, Swedish and English.',
  });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Stable, human-readable id: lowercase words joined by hyphens, segments by dots. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/, {
    error: (issue) =>
      `expected a lowercase id such as "open-apis.land-use.api-catalogue", got ${describeValue(issue.input, { showValue: true })}`,
  })
  .meta({
    id: 'Slug',
    description:
      'A stable id: lowercase letters and digits, words joined by "-", segments by ".". Never reuse an id for a different meaning.',
  });

/**
 * Translations that are probably missing: a Swedish or English text identical to the Finnish one,
 * or a Swedish text identical to the English one. Names (X-Road, eVaka, Ryhti) are allowed,
 * because a proper noun legitimately reads the same in every language; see `isProperNounLike`.
 * Walks any JSON-like value, so every data format with localized texts can use it.
 */
export function findUntranslatedTexts(value: unknown): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  const visit = (node: unknown, path: PropertyKey[]): void => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => visit(child, [...path, index]));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const { fi, sv, en } = record;
    if (typeof fi === 'string' && typeof sv === 'string' && typeof en === 'string') {
      const same = (a: string, b: string) => a.trim() === b.trim() && !isProperNounLike(a);
      if (same(sv, fi))
        found.push({ path: formatPath([...path, 'sv']), message: 'same as the Finnish text' });
      if (same(en, fi))
        found.push({ path: formatPath([...path, 'en']), message: 'same as the Finnish text' });
      else if (same(sv, en))
        found.push({ path: formatPath([...path, 'sv']), message: 'same as the English text' });
      return;
    }
    for (const [key, child] of Object.entries(record)) visit(child, [...path, key]);
  };
  visit(value, []);
  return found;
}

/**
 * A name that reads the same in every language: at most four words, each with a capital letter, a
 * digit or an inner dot ("X-Road", "eVaka", "Linked Events API", "avoindata.fi"), or a short word such as
 * "hoc" in "Ad hoc". "Ei käytössä" or a copied sentence is not.
 */
export function isProperNounLike(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 4 && words.every((word) => /[\p{Lu}\d]|\.\p{L}/u.test(word) || word.length <= 3);
}
