import { createContext, useContext } from 'react';
import type { Language } from '../../domain/language';
import type { Placement } from '../../domain/roadmap/horizons';
import type { Item, Questionnaire } from '../../domain/questionnaire/schema';
import type { ItemScore } from '../../domain/scoring/score';
import type { LocalizedText } from '../../domain/text';
import type { Formatters } from './format';
import type { AnyStep, Column, RoadmapIndex } from './roadmap-view';

/** What the user can do to a step; each goes through the store with a recipe from edit-actions. */
export interface RoadmapActions {
  move(step: AnyStep, to: Placement, direction: 'back' | 'forward'): void;
  drop(step: AnyStep): void;
  restore(step: AnyStep): void;
  remove(step: AnyStep): void;
  setOwner(step: AnyStep, owner: string): void;
  setNote(step: AnyStep, note: string): void;
}

/** Everything a step card needs to know besides its step, shared by the page. */
export interface RoadmapView {
  language: Language;
  localize(text: LocalizedText): string;
  format: Formatters;
  questionnaire: Questionnaire;
  index: RoadmapIndex;
  itemById: ReadonlyMap<string, Item>;
  scoreById: ReadonlyMap<string, ItemScore>;
  /** Areas in the assessment's scope, questionnaire order. */
  scopeAreas: readonly string[];
  areaName(id: string): string;
  /** The step's title in the current language (own steps: as typed). */
  titleOf(stepId: string): string;
  /** "Seuraavaksi (6–18 kk)"; the backlog and dropped steps by name. */
  columnLabel(column: Column): string;
  /** Id of the datalist of people to suggest as a step's owner; undefined when there is nobody. */
  ownerList: string | undefined;
}

export const RoadmapViewContext = createContext<RoadmapView | null>(null);

export const RoadmapActionsContext = createContext<RoadmapActions | null>(null);

export function useRoadmapActions(): RoadmapActions {
  const actions = useContext(RoadmapActionsContext);
  if (!actions) throw new Error('useRoadmapActions outside the roadmap page');
  return actions;
}

export function useRoadmapView(): RoadmapView {
  const view = useContext(RoadmapViewContext);
  if (!view) throw new Error('useRoadmapView outside the roadmap page');
  return view;
}
