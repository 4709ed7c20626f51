import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LevelOption } from '../../components/LevelPicker';
import { useLocalize } from '../../components/useLocalize';
import type { AgendaEntry, AnswerValue, Assessment, Workshop } from '../../domain/assessment/schema';
import type { Item, Level, Questionnaire } from '../../domain/questionnaire/schema';
import { runningEntry } from '../../domain/workshop/agenda';
import { agendaOf, workshopOf } from '../../domain/workshop/edits';
import { workshopOrder, workshopPhases, type PhaseItems } from '../../domain/workshop/items';
import { isHalfway } from '../../domain/workshop/votes';
import { useLibrary, type EditOptions } from '../../state/store';

/** Everything the workshop screens share about one assessment. */
export interface WorkshopContext {
  assessmentId: string;
  assessment: Assessment;
  questionnaire: Questionnaire;
  /** The stored workshop, or the defaults (not stored until the first change). */
  workshop: Workshop;
  agenda: AgendaEntry[];
  phases: PhaseItems[];
  /** In-scope item ids in workshop order. */
  order: string[];
  itemsById: ReadonlyMap<string, Item>;
  /** Applies a pure edit from src/domain/workshop/edits.ts through the store (undo, saving). */
  act: (
    edit: (questionnaire: Questionnaire, assessment: Assessment) => Assessment,
    options?: EditOptions,
  ) => void;
}

export function useWorkshopContext(assessment: Assessment, questionnaire: Questionnaire): WorkshopContext {
  const assessmentId = assessment.id;
  const phases = useMemo(
    () => workshopPhases(questionnaire, assessment.scope),
    [questionnaire, assessment.scope],
  );
  const order = useMemo(() => workshopOrder(phases), [phases]);
  const itemsById = useMemo(
    () => new Map(questionnaire.items.map((item) => [item.id, item])),
    [questionnaire],
  );
  const workshop = useMemo(() => workshopOf(questionnaire, assessment), [questionnaire, assessment]);
  const agenda = useMemo(() => agendaOf(questionnaire, assessment), [questionnaire, assessment]);
  const act = useCallback<WorkshopContext['act']>(
    (edit, options) => useLibrary.getState().update(assessmentId, (a) => edit(questionnaire, a), options),
    [assessmentId, questionnaire],
  );
  return { assessmentId, assessment, questionnaire, workshop, agenda, phases, order, itemsById, act };
}

/** The current time, ticking every second while `running` (a countdown is on screen). */
export function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  return now;
}

/** True while some agenda section's countdown runs. */
export function useTimerRunning(agenda: readonly AgendaEntry[]): boolean {
  return runningEntry(agenda) !== undefined;
}

/** Words for answer values and levels, in the current language. */
export function useValueText(questionnaire: Questionnaire) {
  const { t } = useTranslation();
  const { localize } = useLocalize();
  return useMemo(() => {
    const label = (level: Level): string => {
      const scale = questionnaire.scale.find((s) => s.level === level);
      return scale ? localize(scale.label) : String(level);
    };
    /** "2 Toistuva", "Ei koske kuntaa", "En osaa sanoa". */
    const value = (v: AnswerValue): string => {
      if (v === 'not-applicable') return t('answer.notApplicable');
      if (v === 'unknown') return t('answer.unknown');
      return t('workshop.values.level', { level: v, label: label(v) });
    };
    return { label, value };
  }, [questionnaire, localize, t]);
}

/**
 * A median as the screens show it: the level when it is one ("2 Toistuva"), else the number and
 * the two levels it falls between ("2,5 (tasojen 2 ja 3 välissä)").
 */
export function useMedianText(questionnaire: Questionnaire): (median: number) => string {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const { value } = useValueText(questionnaire);
  return useMemo(() => {
    const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : language, {
      maximumFractionDigits: 1,
    });
    return (median: number) =>
      isHalfway(median)
        ? t('workshop.reveal.medianBetween', {
            median: number.format(median),
            lower: Math.floor(median),
            upper: Math.ceil(median),
          })
        : value(median as Level);
  }, [language, t, value]);
}

/** The level options of one item for the LevelPicker. */
export function useLevelOptions(item: Item | undefined, questionnaire: Questionnaire): LevelOption[] {
  const { localize } = useLocalize();
  return useMemo(
    () =>
      item
        ? item.levels.map((descriptor, level) => {
            const scale = questionnaire.scale.find((s) => s.level === level);
            return {
              level: level as Level,
              label: scale ? localize(scale.label) : String(level),
              descriptor: localize(descriptor),
            };
          })
        : [],
    [item, questionnaire, localize],
  );
}

/** Key events that belong to a text field (typing), not to the page's shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  return (
    target instanceof HTMLInputElement &&
    !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(
      target.type,
    )
  );
}

/** The name of an agenda section in the current language. */
export function useSectionName(
  questionnaire: Questionnaire,
): (entry: Pick<AgendaEntry, 'id' | 'kind'>) => string {
  const { t } = useTranslation();
  const { localize } = useLocalize();
  return useCallback(
    (entry) => {
      if (entry.kind !== 'phase') return t(`workshop.agenda.names.${entry.kind}`);
      const phase = questionnaire.phases.find((p) => p.id === entry.id);
      return phase ? localize(phase.name) : entry.id;
    },
    [questionnaire, localize, t],
  );
}

/** Minutes and seconds as a countdown shows them: "12:05". */
export function clockText(minutes: number, seconds: number): string {
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}
