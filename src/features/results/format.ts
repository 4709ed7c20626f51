import { useMemo } from 'react';
import { displayScore } from '../../domain/scoring/levels';
import type { Language } from '../../domain/text';

/** The Intl locale for a UI language: Finland's conventions for Finnish and Swedish, British English. */
export function localeOf(language: Language): string {
  return language === 'en' ? 'en-GB' : `${language}-FI`;
}

export interface NumberFormats {
  /** A score with one decimal, rounded down so it never shows a level not reached ("2,4"). */
  score: (value: number) => string;
  /** A signed difference with one decimal ("+1,5", "−0,5", "0,0"). */
  gap: (value: number) => string;
  /** A whole number ("12"). */
  count: (value: number) => string;
  /** A signed whole number ("+3", "−1", "0"). */
  signedCount: (value: number) => string;
  /** A share 0–1 as a whole percentage ("60 %"). */
  percent: (value: number) => string;
}

/** Number formatters in the current language; the engine's numbers are only formatted, never changed. */
export function useNumberFormats(language: Language): NumberFormats {
  return useMemo(() => {
    const locale = localeOf(language);
    const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const gap = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const signedCount = new Intl.NumberFormat(locale, {
      maximumFractionDigits: 0,
      signDisplay: 'exceptZero',
    });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    return {
      score: (value) => score.format(displayScore(value)),
      gap: (value) => gap.format(value),
      count: (value) => count.format(value),
      signedCount: (value) => signedCount.format(value),
      percent: (value) => percent.format(value),
    };
  }, [language]);
}
