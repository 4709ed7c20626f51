import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OtherOption } from '../../components/LevelPicker';
import { useLocalize } from '../../components/useLocalize';
import type { Confidence } from '../../domain/assessment/schema';
import type { ScaleLevel } from '../../domain/questionnaire/schema';
import type { Language, LocalizedText } from '../../domain/text';

/**
 * The texts every item card shows, looked up once per language for the whole section instead of
 * once per card: a section renders some thirty cards, and each lookup (and each useTranslation
 * subscription) costs time when a section opens. Texts that carry a card's own values (its
 * number, the length of its notes) are formatted by the card with `t`.
 */
export interface CardTexts {
  language: Language;
  t: TFunction;
  localize: (text: LocalizedText) => string;
  /** Number format of the current language (`en-GB` for English). */
  numbers: Intl.NumberFormat;
  /** The scale's level names 0–5 in the current language. */
  levelLabels: readonly string[];
  current: string;
  notApplicable: OtherOption;
  unknown: OtherOption;
  target: string;
  targetNone: string;
  targetSuggested: string;
  targetLower: string;
  /** "3 – Määritelty" for each level 0–5, the options of the target field. */
  targetOptions: readonly string[];
  confidence: string;
  confidenceLabels: Readonly<Record<Confidence, string>>;
  notes: string;
  evidence: {
    legend: string;
    hint: string;
    none: string;
    input: string;
    add: string;
    remove: string;
    added: string;
    removed: string;
  };
}

/** The card texts of the current language for a questionnaire's scale; stable while neither changes. */
export function useCardTexts(scale: readonly ScaleLevel[]): CardTexts {
  const { t } = useTranslation();
  const { language, localize } = useLocalize();
  return useMemo(() => {
    const levelLabels = [0, 1, 2, 3, 4, 5].map((level) => {
      const entry = scale.find((s) => s.level === level) ?? scale[level];
      return entry ? localize(entry.label) : String(level);
    });
    return {
      language,
      t,
      localize,
      numbers: new Intl.NumberFormat(language === 'en' ? 'en-GB' : language),
      levelLabels,
      current: t('answer.current'),
      notApplicable: { label: t('answer.notApplicable'), description: t('answer.notApplicableDescription') },
      unknown: { label: t('answer.unknown'), description: t('answer.unknownDescription') },
      target: t('answer.target'),
      targetNone: t('answer.targetNone'),
      targetSuggested: t('answer.targetSuggested'),
      targetLower: t('answer.targetLower'),
      targetOptions: levelLabels.map((label, level) => t('answer.targetOption', { level, label })),
      confidence: t('answer.confidence'),
      confidenceLabels: {
        low: t('answer.confidenceLow'),
        medium: t('answer.confidenceMedium'),
        high: t('answer.confidenceHigh'),
      },
      notes: t('answer.notes'),
      evidence: {
        legend: t('answer.evidence.legend'),
        hint: t('answer.evidence.hint'),
        none: t('answer.evidence.none'),
        input: t('answer.evidence.input'),
        add: t('answer.evidence.add'),
        remove: t('answer.evidence.remove'),
        added: t('answer.evidence.added'),
        removed: t('answer.evidence.removed'),
      },
    };
  }, [scale, t, language, localize]);
}
