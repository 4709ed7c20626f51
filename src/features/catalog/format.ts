import type { Language } from '../../domain/text';

/** Intl locale per UI language (English as in the UK: dates 26/11/2026). */
export const localeOf: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function formatEuros(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf[language], {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(value);
}

/** A calendar date (YYYY-MM-DD) or an ISO date-time as the user reads dates. */
export function formatDate(value: string, language: Language): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(localeOf[language], {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).format(date);
}

/** Today's date in the browser's time zone, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
