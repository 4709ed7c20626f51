import type { Language } from '../domain/language';
import { displayScore } from '../domain/scoring/levels';

/**
 * Intl locale of a report language: Finnish and Swedish as written in Finland (`sv-FI` dates are
 * 26.11.2026, plain `sv` ones Sweden's 2026-11-26), English the British way.
 */
export function localeOf(language: Language): string {
  return language === 'en' ? 'en-GB' : `${language}-FI`;
}

/** Replaces `{{name}}` placeholders, as i18next does, so both renderers word things the same. */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/**
 * The `<key>_one` or `<key>_other` message for `count` (i18next's plural keys; Finnish, Swedish and
 * English all have just these two forms), with `{{count}}` and `values` filled in.
 */
export function plural<K extends string>(
  messages: Readonly<Record<`${K}_one` | `${K}_other`, string>>,
  key: K,
  count: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const template = count === 1 ? messages[`${key}_one`] : messages[`${key}_other`];
  return fill(template, { count, ...values });
}

export interface Formatter {
  locale: string;
  /**
   * A score with one decimal, rounded down as the app's screens show it (`displayScore`: 1.98 is
   * "1,9" beside level 1, never "2,0"); "–" for none.
   */
  score(value: number | null): string;
  /** A signed difference with one decimal ("+1,2"); "–" for none. */
  gap(value: number | null): string;
  /** Any other number with one decimal, rounded to nearest (a priority: "16,5"). */
  decimal(value: number): string;
  integer(value: number): string;
  percent(share: number): string;
  /** A euro amount without decimals. */
  euros(value: number): string;
  /** A euro range ("10 000–50 000 €"); a single amount when both ends are equal. */
  euroRange(min: number, max: number): string;
  /** A short date ("1.3.2026"). */
  date(iso: string): string;
  /** A long date ("1. maaliskuuta 2026"). */
  longDate(iso: string): string;
  /** Items joined as a list ("A, B ja C"). */
  list(items: readonly string[]): string;
}

const dash = '–';

/** Number, date and list formats in the report language, through Intl. */
export function createFormatter(language: Language): Formatter {
  const locale = localeOf(language);
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const euro = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  const shortDate = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const conjunction = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const asDate = (iso: string) => new Date(`${iso}T12:00:00Z`);
  // formatRange is slow and a report repeats the same few cost bands many times
  const ranges = new Map<string, string>();
  const euroRange = (min: number, max: number): string => {
    if (min === max) return euro.format(min);
    const key = `${min}-${max}`;
    let text = ranges.get(key);
    if (text === undefined) {
      text = euro.formatRange(min, max);
      ranges.set(key, text);
    }
    return text;
  };
  return {
    locale,
    score: (value) => (value === null ? dash : oneDecimal.format(displayScore(value))),
    gap: (value) => (value === null ? dash : signed.format(value)),
    decimal: (value) => oneDecimal.format(value),
    integer: (value) => integer.format(value),
    percent: (share) => percent.format(share),
    euros: (value) => euro.format(value),
    euroRange,
    date: (iso) => shortDate.format(asDate(iso)),
    longDate: (iso) => longDate.format(asDate(iso)),
    list: (items) => conjunction.format(items),
  };
}
