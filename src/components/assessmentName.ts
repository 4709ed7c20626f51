import { municipalityName } from '../domain/assessment/municipality';
import type { Assessment } from '../domain/assessment/schema';
import type { Language } from '../domain/language';

/**
 * The locale `Intl` formats with for a UI language: Finnish and Swedish as written in Finland
 * (`sv-FI`: 26.11.2026, where plain `sv` writes Sweden's 2026-11-26), British English (day first).
 */
export function localeOf(language: Language): string {
  return language === 'en' ? 'en-GB' : `${language}-FI`;
}

/** An assessment day (YYYY-MM-DD) as people write it: "14.3.2026", "14 March 2026". */
export function formatAssessmentDate(
  date: string,
  language: Language,
  style: 'short' | 'long' = 'short',
): string {
  const parsed = new Date(`${date}T12:00:00`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(localeOf(language), style === 'long' ? { dateStyle: 'long' } : {}).format(
    parsed,
  );
}

/** A moment (ISO date-time) with day and time, for "last edited". */
export function formatMoment(iso: string, language: Language): string {
  const parsed = new Date(iso);
  if (Number.isNaN(parsed.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'short', timeStyle: 'short' }).format(
    parsed,
  );
}

/** How an assessment is named in lists and messages: its own title, or municipality and date. */
export function assessmentName(
  assessment: Pick<Assessment, 'title' | 'municipality' | 'date'>,
  language: Language,
): string {
  const title = assessment.title?.trim();
  return (
    title ||
    `${municipalityName(assessment.municipality, language)} ${formatAssessmentDate(assessment.date, language)}`
  );
}
