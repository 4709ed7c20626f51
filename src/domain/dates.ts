/**
 * Calendar dates as ISO strings (YYYY-MM-DD), computed without the clock or time zones: the engine
 * is given every date it uses, so the same input gives the same output anywhere.
 */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parse(date: string): CalendarDate | null {
  const match = isoDatePattern.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function format({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(date: string): boolean {
  return parse(date) !== null;
}

/**
 * `date` plus `months` calendar months; the day is clamped to the end of a shorter month
 * (2026-08-31 + 6 months = 2027-02-28). Throws on a malformed date: callers validate first.
 */
export function addMonths(date: string, months: number): string {
  const parsed = parse(date);
  if (!parsed) throw new Error(`not a date: ${date}`);
  const index = parsed.year * 12 + (parsed.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format({ year, month, day: Math.min(parsed.day, daysInMonth(year, month)) });
}

/** ISO dates of the same format order as strings. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What a date typed by a person reads as: an ISO date, or why it is not one. */
export type DateTextReading = { iso: string } | { problem: 'format' | 'calendar' };

const typedDayFirst = /^(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4})\.?$/;
const typedIso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Reads a date as people in Finland write it: day first with dots (26.11.2026, also 26.11.2026.
 * and 26/11/2026), or ISO (2026-11-26). A two-digit year or a month name is a format problem, a
 * day that the calendar does not have (30.2.2026) a calendar problem.
 */
export function readDateText(text: string): DateTextReading {
  const trimmed = text.trim();
  const dayFirst = typedDayFirst.exec(trimmed);
  const iso = typedIso.exec(trimmed);
  let parts: [string | undefined, string | undefined, string | undefined];
  if (dayFirst) parts = [dayFirst[3], dayFirst[2], dayFirst[1]];
  else if (iso) parts = [iso[1], iso[2], iso[3]];
  else return { problem: 'format' };
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { problem: 'calendar' };
  return { iso: format({ year, month, day }) };
}

/** An ISO date as it is written in Finnish and Finland-Swedish forms, 26.11.2026; other text as is. */
export function dateText(date: string): string {
  const parsed = parse(date);
  return parsed ? `${parsed.day}.${parsed.month}.${parsed.year}` : date;
}
