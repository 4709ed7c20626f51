import type { Assessment } from './assessment/schema';
import { resolveScope } from './assessment/scope';
import { getOwn, idsOf } from './collections';
import {
  indexCatalog,
  matchOfferings,
  defaultMaxMatches,
  type CatalogIndex,
  type OfferingMatch,
} from './offering/match';
import type { Offering } from './offering/schema';
import { prioritize, type ItemPriority } from './priorities/priorities';
import { adviseProcurement, applicableThresholds, type ProcurementAdvice } from './procurement/route';
import { thresholdSets, type ThresholdSet } from './procurement/thresholds';
import type { Questionnaire } from './questionnaire/schema';
import { isOwnStep } from './roadmap/edits';
import { buildRoadmap } from './roadmap/roadmap';
import type { Roadmap, RoadmapStep } from './roadmap/types';
import { scoreAssessment, type ScoreReport } from './scoring/score';

export interface EvaluateOptions {
  /** Offerings listed per step (default 5). */
  maxMatches?: number;
  /** Other municipalities planning the same step, by step id (see `findSharedSteps`). */
  sharedWith?: Readonly<Record<string, readonly string[]>>;
  /** Procurement thresholds (default: the dated sets in procurement/thresholds.ts). */
  thresholds?: readonly ThresholdSet[];
  /** A prepared catalog index (by default one is built per catalog array and kept while the array lives). */
  catalogIndex?: CatalogIndex;
}

/** A roadmap step with what the report says about it: matching offerings and the procurement route. */
export interface EvaluatedStep extends RoadmapStep {
  matches: OfferingMatch[];
  procurement: ProcurementAdvice;
}

export interface Evaluation {
  questionnaire: {
    id: string;
    version: string;
    /** False when the assessment was made with another questionnaire id or version. */
    matchesAssessment: boolean;
  };
  scope: {
    areas: string[];
    phases: string[];
    /** In-scope item ids, questionnaire order. */
    items: string[];
    profileFound: boolean;
    unknownAreas: string[];
    unknownPhases: string[];
  };
  /** Answer counts over the in-scope items. */
  progress: { total: number; answered: number; unknown: number; notApplicable: number; unanswered: number };
  /** Answers recorded under ids this questionnaire does not have. */
  unknownAnswers: string[];
  scores: ScoreReport;
  /** Items with a gap, highest priority first. */
  priorities: ItemPriority[];
  roadmap: Roadmap<EvaluatedStep>;
}

/**
 * Catalog indexes by catalog array: the app passes the same (never mutated) array on every
 * evaluation, so the index is built once. A new array gets a new index.
 */
const catalogIndexes = new WeakMap<readonly Offering[], CatalogIndex>();

function catalogIndexFor(offerings: readonly Offering[]): CatalogIndex {
  let index = catalogIndexes.get(offerings);
  if (!index) {
    index = indexCatalog(offerings);
    catalogIndexes.set(offerings, index);
  }
  return index;
}

/**
 * Adds matches and procurement advice to a step of the roadmap `evaluate` just built: that object
 * is nobody else's, so it is extended in place (mutates `step`) rather than copied field by field.
 */
function withOffersAndRoute(
  step: RoadmapStep,
  matches: OfferingMatch[],
  procurement: ProcurementAdvice,
): EvaluatedStep {
  const evaluated = step as EvaluatedStep;
  evaluated.matches = matches;
  evaluated.procurement = procurement;
  return evaluated;
}

/**
 * Everything the results screen, the roadmap and the report show, computed from plain data:
 * scores in both views, gaps, priorities, and the roadmap with matched offerings and procurement
 * routes. Pure and deterministic: the same input gives the same output.
 */
export function evaluate(
  questionnaire: Questionnaire,
  assessment: Assessment,
  offerings: readonly Offering[],
  options: EvaluateOptions = {},
): Evaluation {
  const scope = resolveScope(questionnaire, assessment.scope);
  const scores = scoreAssessment(questionnaire, assessment, scope);
  const priorities = prioritize(questionnaire, assessment, scores.items);
  const roadmap = buildRoadmap(questionnaire, assessment, scope, scores.items, priorities);

  const index = options.catalogIndex ?? catalogIndexFor(offerings);
  const maxMatches = options.maxMatches ?? defaultMaxMatches;
  const thresholds = applicableThresholds(
    assessment.date,
    'goods-services',
    options.thresholds ?? thresholdSets,
  );
  // Steps of the same items (an item's chain n→n+1, n+1→n+2 …) have the same tags, dimensions,
  // areas and phases, so they match the same offerings: match once per item set, and let those
  // steps share the one list (nothing changes it afterwards).
  const matched = new Map<string, OfferingMatch[]>();
  const matchesOf = (step: RoadmapStep): OfferingMatch[] => {
    const key = step.items.length === 1 ? (step.items[0] as string) : step.items.join('\n');
    let matches = matched.get(key);
    if (matches === undefined) {
      matches = matchOfferings(step, index, maxMatches);
      matched.set(key, matches);
    }
    return matches;
  };
  const evaluateStep = (step: RoadmapStep): void => {
    withOffersAndRoute(
      step,
      matchesOf(step),
      adviseProcurement(
        {
          cost: step.cost,
          areas: step.areas,
          sharedWith: options.sharedWith ? getOwn(options.sharedWith, step.id) : undefined,
        },
        thresholds,
      ),
    );
  };
  // The roadmap's steps are this evaluation's own objects: each is extended in place, so the
  // roadmap itself becomes the evaluated one (no copy of its horizons and lists).
  for (const horizon of roadmap.horizons)
    for (const step of horizon.steps) if (!isOwnStep(step)) evaluateStep(step);
  roadmap.backlog.forEach(evaluateStep);
  roadmap.dropped.forEach(evaluateStep);
  const evaluated = roadmap as Roadmap<RoadmapStep> as Roadmap<EvaluatedStep>;

  const known = idsOf(questionnaire.items);
  const counts = scores.overall.current.average;
  return {
    questionnaire: {
      id: questionnaire.id,
      version: questionnaire.version,
      matchesAssessment:
        assessment.questionnaire.id === questionnaire.id &&
        assessment.questionnaire.version === questionnaire.version,
    },
    scope: {
      areas: scope.areas,
      phases: scope.phases,
      items: scope.items.map((s) => s.item.id),
      profileFound: scope.profileFound,
      unknownAreas: scope.unknownAreas,
      unknownPhases: scope.unknownPhases,
    },
    progress: {
      total: counts.total,
      answered: counts.answered,
      unknown: counts.unknown,
      notApplicable: counts.notApplicable,
      unanswered: counts.unanswered,
    },
    unknownAnswers: Object.keys(assessment.answers).filter((id) => !known.has(id)),
    scores,
    priorities,
    roadmap: evaluated,
  };
}
