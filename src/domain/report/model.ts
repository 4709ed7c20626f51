import { answerFor } from '../assessment/create';
import { municipalityName } from '../assessment/municipality';
import type { AnswerValue, Assessment, Confidence, HorizonId } from '../assessment/schema';
import { areaSpecificItemCount } from '../charts/series';
import type { EvaluatedStep, Evaluation } from '../evaluate';
import type { Language } from '../language';
import { defaultMaxMatches, matchWeights } from '../offering/match';
import type { Offering, OfferingType, PricingModel, ProviderKind } from '../offering/schema';
import { effortPoints, highImpactValue, type Quadrant } from '../priorities/priorities';
import type { ProcurementRoute, JointReason } from '../procurement/route';
import { thresholdSetOn, type ThresholdSet } from '../procurement/thresholds';
import type { Effort, Item, Level, Questionnaire } from '../questionnaire/schema';
import { isOwnStep } from '../roadmap/edits';
import { ethicsQuestions } from '../roadmap/ethics';
import { horizonDefinitions, type Placement } from '../roadmap/horizons';
import type { Horizon, OwnRoadmapStep, StepConflict } from '../roadmap/types';
import { weakEvidenceLevel, weakEvidenceShare, type AggregateViews } from '../scoring/aggregate';
import { isLevel, levelThresholds } from '../scoring/levels';
import type { AggregateRow } from '../scoring/score';
import type { LocalizedText } from '../text';
import { workshopSummary, type WorkshopSummary } from '../workshop/summary';

/**
 * The report as plain data: every number comes from `evaluate()`, every data text is already in the
 * report's language. The PDF and the printable HTML view render this model and nothing else, so
 * they cannot disagree with each other or with the screens. UI wording (headings, labels) is not
 * here: the renderers take it from the report messages.
 */

/** The Avoin kunta network's contact points, as printed in the COSS brochure. */
export const networkContact = {
  email: 'avoinkunta@coss.fi',
  url: 'https://coss.fi/projektit/avoin-kunta/',
} as const;

/** How many steps the summary names. */
export const summaryStepCount = 5;

export interface NamedRef {
  id: string;
  name: string;
}

/** One aggregate (overall, a dimension, an area or a phase) flattened for tables. */
export interface ScoreSummary {
  key: string;
  id: string;
  name: string;
  /** Weighted average and weakest-link scores of the current state; null when nothing is answered. */
  current: {
    average: number | null;
    weakest: number | null;
    level: Level | null;
    weakestLevel: Level | null;
  };
  target: { average: number | null; weakest: number | null; level: Level | null };
  gap: { average: number | null; weakest: number | null };
  answered: number;
  total: number;
  unknown: number;
  notApplicable: number;
  unanswered: number;
  /** Share (0–1) of the answered weight that rests on low-confidence answers. */
  lowConfidenceShare: number;
  /** A high level that rests mostly on low-confidence answers. */
  weakEvidence: boolean;
}

export interface HeatmapCell {
  area: string;
  dimension: string;
  score: number | null;
  level: Level | null;
  answered: number;
  total: number;
  /** Items that apply: `total` less those answered "not applicable" (the heatmap's "no questions" when 0). */
  applicable: number;
  weakEvidence: boolean;
}

export interface ItemReport {
  id: string;
  /** 1-based position among the in-scope items, for cross-references. */
  number: number;
  question: string;
  dimension: NamedRef;
  /** Null when the item applies to every service area. */
  areas: NamedRef[] | null;
  phases: NamedRef[];
  weight: number;
  current: AnswerValue | null;
  /** The recorded target, or null ("keep the current level"). */
  targetSet: Level | null;
  /** The target that counts: the recorded one, else the current level. */
  target: Level | null;
  gap: number | null;
  confidence: Confidence | null;
  notes: string;
  rationale: string;
  evidence: string[];
  /** Priority score when the item has a gap, else null. */
  priority: number | null;
}

export interface OfferingReport {
  id: string;
  name: string;
  type: OfferingType;
  description: string;
  provider: ProviderReport;
  /** `unconfirmed`: open source, but the exact licence is not yet confirmed from its repository. */
  licence: { spdx: string | null; unconfirmed: boolean; open: string; closed: string | null };
  pricing: { model: PricingModel; from: number | null; to: number | null; unit: string; note: string | null };
  url: string | null;
  /** Match score and what overlapped (docs/scoring.md). */
  score: number;
  matchedTags: string[];
}

export interface StepDeadlineReport {
  date: string;
  level: Level;
  reason: string;
  overdue: boolean;
}

export interface StepReport {
  id: string;
  kind: 'action' | 'own';
  /** 1-based number in programme order (Now, Next, Later, then beyond 36 months). */
  number: number;
  title: string;
  placement: Placement;
  dropped: boolean;
  /** Levels the step lifts its items between; null for an own step. */
  from: Level | null;
  to: Level | null;
  /** What holds at the `to` level for the step's first item. */
  outcome: string | null;
  items: Array<{ id: string; question: string }>;
  dimensions: NamedRef[];
  areas: NamedRef[];
  phases: NamedRef[];
  effort: Effort | null;
  cost: { min: number; max: number } | null;
  priority: number;
  quadrant: Quadrant | null;
  deadlines: StepDeadlineReport[];
  procurement: {
    route: ProcurementRoute;
    estimatedValue: number;
    joint: boolean;
    jointReasons: JointReason[];
    municipalities: string[];
  } | null;
  owner: string;
  note: string;
  ethics: boolean;
  moved: boolean;
  conflicts: StepConflict['kind'][];
  matches: OfferingReport[];
}

export interface HorizonReport {
  id: HorizonId;
  fromMonth: number;
  toMonth: number;
  /** First and last day (inclusive). */
  start: string;
  last: string;
  capacity: number;
  overCapacity: number;
  steps: StepReport[];
}

export interface ThresholdReport {
  level: 'national' | 'eu';
  value: number;
  setId: string;
  validFrom: string;
  validTo: string | null;
  source: { title: string; url: string | null };
  /** False when no set was valid on the assessment date and the nearest one was used. */
  current: boolean;
}

export interface ProviderReport {
  id: string;
  name: string;
  kind: ProviderKind;
  /** A member of the COSS Avoin kunta network; false when membership is not known. */
  member: boolean;
  /** A sample profile (the brochure's example fill), not a confirmed supplier. */
  example: boolean;
  businessId: string | null;
  url: string | null;
  contact: { name: string | null; email: string | null; phone: string | null } | null;
}

/** A provider with the matched offerings it supplies (for the contact list). */
export interface ProviderListing extends ProviderReport {
  offerings: string[];
}

export type Decision =
  | { kind: 'approve-programme'; now: number; next: number; later: number }
  | { kind: 'assign-owners'; count: number }
  | { kind: 'prepare-tendering'; count: number; threshold: number | null }
  | { kind: 'joint-procurement'; count: number }
  | { kind: 'ethics'; count: number }
  | { kind: 'deadlines'; count: number }
  | { kind: 'backlog'; count: number }
  | { kind: 'resolve-unknowns'; count: number }
  | { kind: 'finish-answers'; count: number }
  | { kind: 'confirm-low-confidence'; count: number };

export interface AreaFindings {
  /** Null for the items that apply to every service area. */
  area: NamedRef | null;
  /** The area's aggregate (general items included, as the engine counts them); null for the general group. */
  score: ScoreSummary | null;
  /** Items of this group with a gap, highest priority first. */
  gaps: ItemReport[];
  /** Items of this group with notes, a rationale or evidence links. */
  notes: ItemReport[];
  /** Items answered "don't know". */
  unknown: ItemReport[];
  /** Answered items with low confidence. */
  lowConfidence: ItemReport[];
}

export interface ReportModel {
  language: Language;
  meta: {
    assessmentId: string;
    /** The municipality's name in the report language (Swedish name in Swedish, else Finnish). */
    municipality: string;
    /** The name in the other national language when it differs ("Borgå" beside "Porvoo"). */
    municipalityOtherName: string | null;
    municipalityCode: string;
    date: string;
    facilitator: string;
    participants: Array<{ name: string; role: string }>;
    questionnaire: { id: string; version: string; title: string; description: string };
    /** The questionnaire id and version the assessment was made with, when they differ from the one used. */
    assessedWith: { id: string; version: string } | null;
    profile: NamedRef | null;
    areas: NamedRef[];
    phases: NamedRef[];
    dimensions: NamedRef[];
    fileName: string;
  };
  method: {
    scale: Array<{ level: Level; label: string; meaning: string }>;
    levelThresholds: readonly number[];
    weakEvidenceLevel: number;
    /** Percent. */
    weakEvidenceShare: number;
    horizons: Array<{ id: HorizonId; fromMonth: number; toMonth: number }>;
    matchWeights: typeof matchWeights;
    maxMatches: number;
    effortPoints: Readonly<Record<Effort, number>>;
    highImpactValue: number;
  };
  progress: Evaluation['progress'];
  overall: ScoreSummary;
  dimensions: ScoreSummary[];
  areas: ScoreSummary[];
  phases: ScoreSummary[];
  heatmap: {
    rows: NamedRef[];
    columns: NamedRef[];
    cells: HeatmapCell[];
    /** Scored items that apply to some scope areas only, of `items`: few make the rows look alike. */
    areaSpecific: number;
    items: number;
  };
  summary: {
    /** Dimensions by current score, highest first; unscored last. */
    dimensionsRanked: ScoreSummary[];
    strongest: ScoreSummary | null;
    weakest: ScoreSummary | null;
    topSteps: StepReport[];
    decisions: Decision[];
  };
  findings: AreaFindings[];
  roadmap: {
    horizons: HorizonReport[];
    /** Steps that did not fit within 36 months. */
    backlog: StepReport[];
    dropped: StepReport[];
    /** Steps in programme order: the horizons' steps, then the backlog. */
    steps: StepReport[];
  };
  offerings: {
    /** Steps in programme order that have at least one matching offering. */
    steps: StepReport[];
    /** Every matched offering once, in order of first appearance, with the numbers of the steps it matches. */
    catalog: Array<OfferingReport & { steps: number[] }>;
    providers: ProviderListing[];
    /** Computed steps with no match. */
    unmatched: number;
  };
  procurement: {
    national: ThresholdReport | null;
    eu: ThresholdReport | null;
    routes: Record<ProcurementRoute, number>;
    /** Steps of the 36-month programme for which joint procurement is suggested. */
    joint: StepReport[];
    /** Steps on the backlog for which it would be suggested too. */
    jointBacklog: number;
  };
  /** Present when any planned step concerns analytics, machine learning or automated decisions. */
  ethics: { questions: Array<{ id: string; text: string }>; steps: StepReport[] } | null;
  appendix: ItemReport[];
  /** Present when the assessment was worked on in a facilitated workshop (src/domain/workshop/summary.ts). */
  workshop: WorkshopSummary | null;
  network: typeof networkContact;
}

/** "Porvoo" → "porvoo", "Mänttä-Vilppula" → "mantta-vilppula": a file-name-safe slug. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'kunta';
}

/** The day before an ISO date (horizon ends are exclusive; a report shows the last day). */
export function previousDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const time = Date.UTC(year, month - 1, day) - 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

function summarize(row: AggregateRow, id: string, name: string): ScoreSummary {
  const current: AggregateViews = row.current;
  return {
    key: row.key,
    id,
    name,
    current: {
      average: current.average.score,
      weakest: current.weakest.score,
      level: current.average.level,
      weakestLevel: current.weakest.level,
    },
    target: {
      average: row.target.average.score,
      weakest: row.target.weakest.score,
      level: row.target.average.level,
    },
    gap: { average: row.gap.average, weakest: row.gap.weakest },
    answered: current.average.answered,
    total: current.average.total,
    unknown: current.average.unknown,
    notApplicable: current.average.notApplicable,
    unanswered: current.average.unanswered,
    lowConfidenceShare: row.lowConfidenceShare,
    weakEvidence: row.weakEvidence,
  };
}

function threshold(set: ThresholdSet, current: boolean, language: Language): ThresholdReport | null {
  const value = set.values['goods-services'];
  if (value === undefined) return null;
  return {
    level: set.level,
    value,
    setId: set.id,
    validFrom: set.validFrom,
    validTo: set.validTo,
    source: { title: set.source.title[language], url: set.source.url ?? null },
    current,
  };
}

/**
 * Builds the report model of one assessment. `evaluation` must be `evaluate(questionnaire,
 * assessment, catalog)`: the model copies its numbers, it does not recompute them.
 */
export function buildReportModel(
  questionnaire: Questionnaire,
  assessment: Assessment,
  evaluation: Evaluation,
  language: Language,
): ReportModel {
  const pick = (text: LocalizedText): string => text[language];
  const index = <T extends { id: string; name: LocalizedText }>(list: readonly T[]) =>
    new Map(list.map((entry) => [entry.id, { id: entry.id, name: pick(entry.name) }]));
  const areaNames = index(questionnaire.areas);
  const phaseNames = index(questionnaire.phases);
  const dimensionNames = index(questionnaire.dimensions);
  const refs = (ids: readonly string[], names: Map<string, NamedRef>): NamedRef[] =>
    ids.map((id) => names.get(id) ?? { id, name: id });
  const nameOf = (id: string, names: Map<string, NamedRef>): string => names.get(id)?.name ?? id;
  const itemsById = new Map<string, Item>(questionnaire.items.map((item) => [item.id, item]));
  const scale = questionnaire.scale.map((s) => ({
    level: s.level,
    label: pick(s.label),
    meaning: pick(s.meaning),
  }));

  // Items
  const priorityById = new Map(evaluation.priorities.map((p) => [p.itemId, p]));
  const scoreById = new Map(evaluation.scores.items.map((s) => [s.itemId, s]));
  const items: ItemReport[] = evaluation.scope.items.flatMap((id, position) => {
    const item = itemsById.get(id);
    const score = scoreById.get(id);
    if (!item || !score) return [];
    const answer = answerFor(assessment, id);
    return [
      {
        id,
        number: position + 1,
        question: pick(item.question),
        dimension: dimensionNames.get(item.dimension) ?? { id: item.dimension, name: item.dimension },
        areas: item.areas === 'all' ? null : refs(score.areas, areaNames),
        phases: refs(score.phases, phaseNames),
        weight: item.weight,
        current: score.current,
        targetSet: score.targetSet,
        target: score.target,
        gap: score.gap,
        confidence: score.confidence,
        notes: answer.notes.trim(),
        rationale: answer.rationale.trim(),
        evidence: [...answer.evidence],
        priority: priorityById.get(id)?.score ?? null,
      },
    ];
  });
  const itemReportById = new Map(items.map((item) => [item.id, item]));

  // Steps
  let number = 0;
  const offering = (match: EvaluatedStep['matches'][number]): OfferingReport => {
    const o: Offering = match.offering;
    return {
      id: o.id,
      name: o.name,
      type: o.type,
      description: pick(o.description),
      provider: {
        id: o.provider.id,
        name: o.provider.name,
        kind: o.provider.kind,
        member: o.provider.member,
        example: o.provider.example ?? false,
        businessId: o.provider.businessId ?? null,
        url: o.provider.url ?? null,
        contact: o.provider.contact
          ? {
              name: o.provider.contact.name ?? null,
              email: o.provider.contact.email ?? null,
              phone: o.provider.contact.phone ?? null,
            }
          : null,
      },
      licence: {
        spdx: o.licence.spdx,
        unconfirmed: o.licence.unconfirmed ?? false,
        open: pick(o.licence.open),
        closed: o.licence.closed ? pick(o.licence.closed) : null,
      },
      pricing: {
        model: o.pricing.model,
        from: o.pricing.from,
        to: o.pricing.to,
        unit: pick(o.pricing.unit),
        note: o.pricing.note ? pick(o.pricing.note) : null,
      },
      url: o.url ?? null,
      score: match.score,
      matchedTags: [...match.matched.tags],
    };
  };
  const stepReport = (step: EvaluatedStep | OwnRoadmapStep, dropped: boolean): StepReport => {
    const numbered = dropped ? 0 : ++number;
    if (isOwnStep(step)) {
      return {
        id: step.id,
        kind: 'own',
        number: numbered,
        title: step.title,
        placement: step.horizon,
        dropped,
        from: null,
        to: null,
        outcome: null,
        items: [],
        dimensions: [],
        areas: refs(step.areas, areaNames),
        phases: [],
        effort: null,
        cost: null,
        priority: 0,
        quadrant: null,
        deadlines: [],
        procurement: null,
        owner: step.owner.trim(),
        note: step.note.trim(),
        ethics: false,
        moved: false,
        conflicts: [],
        matches: [],
      };
    }
    const first = itemsById.get(step.items[0] ?? '');
    const outcome = first?.levels[step.to];
    return {
      id: step.id,
      kind: 'action',
      number: numbered,
      title: pick(step.title),
      placement: step.horizon,
      dropped,
      from: step.from,
      to: step.to,
      outcome: outcome ? pick(outcome) : null,
      items: step.items.map((id) => ({ id, question: itemReportById.get(id)?.question ?? id })),
      dimensions: refs(step.dimensions, dimensionNames),
      areas: refs(step.areas, areaNames),
      phases: refs(step.phases, phaseNames),
      effort: step.effort,
      cost: { min: step.cost.min, max: step.cost.max },
      priority: step.priority,
      quadrant: step.quadrant,
      deadlines: step.deadlines.map((d) => ({
        date: d.date,
        level: d.level,
        reason: pick(d.reason),
        overdue: d.overdue,
      })),
      procurement: {
        route: step.procurement.route,
        estimatedValue: step.procurement.estimatedValue,
        joint: step.procurement.joint.suggested,
        jointReasons: [...step.procurement.joint.reasons],
        municipalities: [...step.procurement.joint.municipalities],
      },
      owner: step.owner.trim(),
      note: step.note.trim(),
      ethics: step.ethics,
      moved: step.moved,
      conflicts: step.conflicts.map((c) => c.kind),
      matches: step.matches.map(offering),
    };
  };

  const horizons: HorizonReport[] = evaluation.roadmap.horizons.map((h: Horizon<EvaluatedStep>) => ({
    id: h.id,
    fromMonth: h.fromMonth,
    toMonth: h.toMonth,
    start: h.start,
    last: previousDay(h.end),
    capacity: h.capacity,
    overCapacity: h.overCapacity,
    steps: h.steps.map((s) => stepReport(s, false)),
  }));
  const backlog = evaluation.roadmap.backlog.map((s) => stepReport(s, false));
  const dropped = evaluation.roadmap.dropped.map((s) => stepReport(s, true));
  const planned = [...horizons.flatMap((h) => h.steps), ...backlog];
  const computed = planned.filter((s) => s.kind === 'action');

  // Scores
  const overall = summarize(evaluation.scores.overall, 'overall', pick(questionnaire.title));
  const dimensions = evaluation.scores.dimensions.map((row) =>
    summarize(row, row.dimension ?? row.key, nameOf(row.dimension ?? '', dimensionNames)),
  );
  const areas = evaluation.scores.areas.map((row) =>
    summarize(row, row.area ?? row.key, nameOf(row.area ?? '', areaNames)),
  );
  const phases = evaluation.scores.phases.map((row) =>
    summarize(row, row.phase ?? row.key, nameOf(row.phase ?? '', phaseNames)),
  );
  const heatmap = {
    rows: refs(evaluation.scope.areas, areaNames),
    columns: questionnaire.dimensions.map((d) => ({ id: d.id, name: pick(d.name) })),
    cells: evaluation.scores.cells.map((row) => ({
      area: row.area ?? '',
      dimension: row.dimension ?? '',
      score: row.current.average.score,
      level: row.current.average.level,
      answered: row.current.average.answered,
      total: row.current.average.total,
      applicable: row.current.average.total - row.current.average.notApplicable,
      weakEvidence: row.weakEvidence,
    })),
    areaSpecific: areaSpecificItemCount(evaluation.scores),
    items: evaluation.scores.items.length,
  };

  // Summary
  const scored = dimensions.filter((d) => d.current.average !== null);
  const dimensionsRanked = [
    ...[...scored].sort((a, b) => (b.current.average ?? 0) - (a.current.average ?? 0)),
    ...dimensions.filter((d) => d.current.average === null),
  ];
  const topSteps = [...computed]
    .sort((a, b) => b.priority - a.priority || a.number - b.number)
    .slice(0, summaryStepCount);

  // Procurement
  const nationalChoice = thresholdSetOn(assessment.date, 'national');
  const euChoice = thresholdSetOn(assessment.date, 'eu');
  const national = nationalChoice ? threshold(nationalChoice.set, nationalChoice.current, language) : null;
  const eu = euChoice ? threshold(euChoice.set, euChoice.current, language) : null;
  const routes: Record<ProcurementRoute, number> = {
    'direct-award-possible': 0,
    'national-tendering': 0,
    'eu-tendering': 0,
  };
  for (const step of computed) if (step.procurement) routes[step.procurement.route]++;
  // joint procurement is planned for the 36-month programme; steps beyond it are only counted
  const joint = computed.filter((s) => s.procurement?.joint && s.placement !== 'backlog');
  const jointLater = computed.filter((s) => s.procurement?.joint && s.placement === 'backlog').length;

  // Decisions: only what the data calls for, most fundamental first.
  const decisions: Decision[] = [];
  const inHorizon = (id: HorizonId) => horizons.find((h) => h.id === id)?.steps.length ?? 0;
  if (planned.length > 0) {
    decisions.push({
      kind: 'approve-programme',
      now: inHorizon('now'),
      next: inHorizon('next'),
      later: inHorizon('later'),
    });
  }
  const nowSteps = horizons.find((h) => h.id === 'now')?.steps ?? [];
  const ownerless = nowSteps.filter((s) => s.owner === '').length;
  if (ownerless > 0) decisions.push({ kind: 'assign-owners', count: ownerless });
  const tendering = computed.filter(
    (s) =>
      s.placement !== 'backlog' &&
      s.placement !== 'later' &&
      s.procurement &&
      s.procurement.route !== 'direct-award-possible',
  ).length;
  if (tendering > 0)
    decisions.push({ kind: 'prepare-tendering', count: tendering, threshold: national?.value ?? null });
  if (joint.length > 0) decisions.push({ kind: 'joint-procurement', count: joint.length });
  const ethicsSteps = computed.filter((s) => s.ethics);
  if (ethicsSteps.length > 0) decisions.push({ kind: 'ethics', count: ethicsSteps.length });
  const atRisk = computed.filter(
    (s) => s.conflicts.includes('deadline-missed') || s.deadlines.some((d) => d.overdue),
  ).length;
  if (atRisk > 0) decisions.push({ kind: 'deadlines', count: atRisk });
  if (backlog.length > 0) decisions.push({ kind: 'backlog', count: backlog.length });
  if (evaluation.progress.unknown > 0)
    decisions.push({ kind: 'resolve-unknowns', count: evaluation.progress.unknown });
  if (evaluation.progress.unanswered > 0) {
    decisions.push({ kind: 'finish-answers', count: evaluation.progress.unanswered });
  }
  const lowConfidence = items.filter((i) => i.confidence === 'low' && isLevel(i.current));
  if (lowConfidence.length > 0)
    decisions.push({ kind: 'confirm-low-confidence', count: lowConfidence.length });

  // Findings: area-specific items under their areas, items for every area in a group of their own,
  // so that a general item is read once and not eight times.
  const byPriority = (a: ItemReport, b: ItemReport) =>
    (b.priority ?? 0) - (a.priority ?? 0) || a.number - b.number;
  const findingsOf = (
    group: ItemReport[],
    area: NamedRef | null,
    score: ScoreSummary | null,
  ): AreaFindings => ({
    area,
    score,
    gaps: group.filter((i) => (i.gap ?? 0) > 0).sort(byPriority),
    notes: group.filter((i) => i.notes !== '' || i.rationale !== '' || i.evidence.length > 0),
    unknown: group.filter((i) => i.current === 'unknown'),
    lowConfidence: group.filter((i) => i.confidence === 'low' && isLevel(i.current)),
  });
  const findings: AreaFindings[] = [
    findingsOf(
      items.filter((i) => i.areas === null),
      null,
      null,
    ),
    ...evaluation.scope.areas.map((areaId) =>
      findingsOf(
        items.filter((i) => i.areas?.some((a) => a.id === areaId)),
        areaNames.get(areaId) ?? { id: areaId, name: areaId },
        areas.find((a) => a.id === areaId) ?? null,
      ),
    ),
  ];

  // Offerings and their providers
  const withMatches = planned.filter((s) => s.matches.length > 0);
  const providers = new Map<string, ProviderListing>();
  const offeringCatalog = new Map<string, OfferingReport & { steps: number[] }>();
  for (const step of withMatches) {
    for (const match of step.matches) {
      const listed = offeringCatalog.get(match.id) ?? { ...match, steps: [] };
      listed.steps.push(step.number);
      offeringCatalog.set(match.id, listed);
      const provider = providers.get(match.provider.id) ?? { ...match.provider, offerings: [] };
      if (!provider.offerings.includes(match.name)) provider.offerings.push(match.name);
      providers.set(match.provider.id, provider);
    }
  }

  const municipality = municipalityName(assessment.municipality, language);
  const otherName = language === 'sv' ? assessment.municipality.name.fi : assessment.municipality.name.sv;
  const profile = questionnaire.profiles.find((p) => p.id === assessment.scope.profile);
  const matches = evaluation.questionnaire.matchesAssessment;

  return {
    language,
    meta: {
      assessmentId: assessment.id,
      municipality,
      municipalityOtherName: otherName !== municipality ? otherName : null,
      municipalityCode: assessment.municipality.code,
      date: assessment.date,
      facilitator: assessment.facilitator.trim(),
      participants: assessment.participants.map((p) => ({ name: p.name, role: p.role.trim() })),
      questionnaire: {
        id: questionnaire.id,
        version: questionnaire.version,
        title: pick(questionnaire.title),
        description: pick(questionnaire.description),
      },
      assessedWith: matches ? null : { ...assessment.questionnaire },
      profile: profile ? { id: profile.id, name: pick(profile.name) } : null,
      areas: refs(evaluation.scope.areas, areaNames),
      phases: refs(evaluation.scope.phases, phaseNames),
      dimensions: questionnaire.dimensions.map((d) => ({ id: d.id, name: pick(d.name) })),
      fileName: `avoin-kunta-${fileSlug(municipality)}-${assessment.date}.pdf`,
    },
    method: {
      scale,
      levelThresholds,
      weakEvidenceLevel,
      weakEvidenceShare: Math.round(weakEvidenceShare * 100),
      horizons: horizonDefinitions.map((h) => ({ id: h.id, fromMonth: h.fromMonth, toMonth: h.toMonth })),
      matchWeights,
      maxMatches: defaultMaxMatches,
      effortPoints,
      highImpactValue,
    },
    progress: { ...evaluation.progress },
    overall,
    dimensions,
    areas,
    phases,
    heatmap,
    summary: {
      dimensionsRanked,
      strongest: scored.length > 0 ? (dimensionsRanked[0] ?? null) : null,
      weakest: scored.length > 1 ? (dimensionsRanked[scored.length - 1] ?? null) : null,
      topSteps,
      decisions,
    },
    findings,
    roadmap: { horizons, backlog, dropped, steps: planned },
    offerings: {
      steps: withMatches,
      catalog: [...offeringCatalog.values()],
      providers: [...providers.values()].sort((a, b) =>
        a.name.localeCompare(b.name, language === 'en' ? 'en-GB' : language),
      ),
      unmatched: computed.filter((s) => s.matches.length === 0).length,
    },
    procurement: { national, eu, routes, joint, jointBacklog: jointLater },
    ethics:
      ethicsSteps.length > 0
        ? {
            questions: ethicsQuestions.map((q) => ({ id: q.id, text: pick(q.text) })),
            steps: ethicsSteps,
          }
        : null,
    appendix: items,
    workshop: workshopSummary(questionnaire, assessment, language),
    network: networkContact,
  };
}

/** Convenience for tests and renderers: the item answered for `id`, or undefined. */
export function findItem(model: ReportModel, id: string): ItemReport | undefined {
  return model.appendix.find((item) => item.id === id);
}
