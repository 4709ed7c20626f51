import { useMemo } from 'react';
import type { LocalizedText } from '../../domain/text';
import { defaultQuestionnaireId } from '../../state/questionnaires';
import { useQuestionnaire } from '../../state/use-evaluation';

/** Phase, area and dimension names and the item tags of the shipped questionnaire, for labels and pickers. */
export interface ModelNames {
  phases: ReadonlyArray<{ id: string; name: LocalizedText }>;
  areas: ReadonlyArray<{ id: string; name: LocalizedText }>;
  dimensions: ReadonlyArray<{ id: string; name: LocalizedText }>;
  /** Every tag some item uses, sorted: the only tags that make an offering match. */
  tags: readonly string[];
  /** False while the questionnaire loads; labels fall back to ids meanwhile. */
  ready: boolean;
}

const empty: ModelNames = { phases: [], areas: [], dimensions: [], tags: [], ready: false };

export function useModelNames(): ModelNames {
  const { questionnaire } = useQuestionnaire(defaultQuestionnaireId);
  return useMemo(() => {
    if (!questionnaire) return empty;
    const pick = (list: ReadonlyArray<{ id: string; name: LocalizedText }>) =>
      list.map(({ id, name }) => ({ id, name }));
    return {
      phases: pick(questionnaire.phases),
      areas: pick(questionnaire.areas),
      dimensions: pick(questionnaire.dimensions),
      tags: [...new Set(questionnaire.items.flatMap((item) => item.tags))].sort(),
      ready: true,
    };
  }, [questionnaire]);
}

/** The localized name of `id` in `list`, or the id itself. */
export function nameOf(
  list: ReadonlyArray<{ id: string; name: LocalizedText }>,
  id: string,
  localize: (text: LocalizedText) => string,
): string {
  const found = list.find((entry) => entry.id === id);
  return found ? localize(found.name) : id;
}
