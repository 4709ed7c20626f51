import type { Language } from '../../domain/language';

/** The Intl locale for a UI language: Finnish and Swedish as written in Finland, British English. */
export function localeOf(language: Language): string {
  return language === 'en' ? 'en-GB' : `${language}-FI`;
}

/** Intl formatters of one language, made once per language (they are costly to create). */
export interface Formatters {
  /** Euros without decimals: "60 000 €" in Finnish. */
  euros(value: number): string;
  /** A band of euros: "5 000–40 000 €"; one figure when both ends are equal. */
  euroRange(min: number, max: number): string;
  /** A calendar date (YYYY-MM-DD) in long form: "1. tammikuuta 2028". */
  longDate(date: string): string;
  /** A calendar date in short form: "1.1.2028". */
  shortDate(date: string): string;
  /** "a, b ja c". */
  list(values: readonly string[]): string;
}

// Noon avoids a date shifting by a day in time zones west or east of UTC.
const asDate = (date: string): Date => new Date(`${date}T12:00:00`);

const cache = new Map<Language, Formatters>();

export function formattersFor(language: Language): Formatters {
  const cached = cache.get(language);
  if (cached) return cached;
  const locale = localeOf(language);
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const formatters: Formatters = {
    euros: (value) => money.format(value),
    euroRange: (min, max) => (min === max ? money.format(min) : money.formatRange(min, max)),
    longDate: (date) => long.format(asDate(date)),
    shortDate: (date) => short.format(asDate(date)),
    list: (values) => list.format(values),
  };
  cache.set(language, formatters);
  return formatters;
}
