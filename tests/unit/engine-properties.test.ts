// Property tests are CPU-bound: generous timeouts so a busy machine slows them down without failing them.
import fc from 'fast-check';
import type { Answer, AnswerValue, Assessment } from '../../src/domain/assessment/schema';
import { resolveScope } from '../../src/domain/assessment/scope';
import { evaluate } from '../../src/domain/evaluate';
import { mergeAssessments } from '../../src/domain/merge/merge';
import {
  compareMatches,
  indexCatalog,
  matchOfferings,
  scoreOffering,
  type MatchTarget,
  type OfferingMatch,
} from '../../src/domain/offering/match';
import type { Offering } from '../../src/domain/offering/schema';
import { prioritize } from '../../src/domain/priorities/priorities';
import { allSteps, isOwnStep } from '../../src/domain/roadmap/edits';
import { placementIndex } from '../../src/domain/roadmap/horizons';
import { buildRoadmap } from '../../src/domain/roadmap/roadmap';
import type { RoadmapStep } from '../../src/domain/roadmap/types';
import type { AggregateRow } from '../../src/domain/scoring/score';
import { allRows, scoreAssessment } from '../../src/domain/scoring/score';
import type { Effort, Item, Questionnaire } from '../../src/domain/questionnaire/schema';
import {
  answer,
  areaIds,
  assessment,
  dimensionIds,
  item,
  offering,
  phaseIds,
  questionnaire,
  text,
} from '../support/fixtures';

// ---- arbitraries -------------------------------------------------------------------------------

const subsetOrAll = <T extends string>(ids: readonly T[]) =>
  fc.oneof(fc.constant('all' as const), fc.subarray([...ids], { minLength: 1 }));

const effort = fc.constantFrom<Effort>('S', 'M', 'L');
const answerValue: fc.Arbitrary<AnswerValue | null> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.constant('unknown' as const), weight: 1 },
  { arbitrary: fc.constant('not-applicable' as const), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 3 }), weight: 6 },
  { arbitrary: fc.integer({ min: 4, max: 5 }), weight: 1 },
);

interface ItemShape {
  dimension: string;
  areas: 'all' | string[];
  phases: 'all' | string[];
  weight: 1 | 2 | 3;
  efforts: Effort[];
  /** Per action: null = own text, k = the shared text k (so steps merge). */
  sharedTexts: Array<number | null>;
  prerequisites: Array<{ target: number; level: number }>;
  deadline: { monthsAhead: number; level: number } | null;
}

const itemShape: fc.Arbitrary<ItemShape> = fc.record({
  dimension: fc.constantFrom(...dimensionIds),
  areas: subsetOrAll(areaIds),
  phases: subsetOrAll(phaseIds),
  weight: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
  efforts: fc.array(effort, { minLength: 5, maxLength: 5 }),
  sharedTexts: fc.array(fc.option(fc.integer({ min: 0, max: 2 }), { freq: 3 }), {
    minLength: 5,
    maxLength: 5,
  }),
  prerequisites: fc.array(fc.record({ target: fc.nat(20), level: fc.integer({ min: 1, max: 5 }) }), {
    maxLength: 2,
  }),
  deadline: fc.option(
    fc.record({ monthsAhead: fc.integer({ min: -6, max: 48 }), level: fc.integer({ min: 1, max: 5 }) }),
    { freq: 4 },
  ),
});

function addMonthsText(months: number): string {
  const base = 2026 * 12 + 2 + months; // 2026-03
  return `${Math.floor(base / 12)}-${String((base % 12) + 1).padStart(2, '0')}-01`;
}

function buildQuestionnaire(shapes: ItemShape[]): Questionnaire {
  const ids = shapes.map((s, i) => `${s.dimension}.general.item-${i}`);
  const items: Item[] = shapes.map((s, i) => {
    const built = item({
      id: ids[i] as string,
      dimension: s.dimension,
      areas: s.areas,
      phases: s.phases,
      weight: s.weight,
      tags: [`tag-${i % 4}`, `tag-${(i + 1) % 5}`],
      // Prerequisites may point anywhere, cycles included: the engine must cope.
      prerequisites: s.prerequisites.map((p) => ({
        item: ids[p.target % ids.length] as string,
        level: p.level,
      })),
      ...(s.deadline && {
        deadlines: [
          { date: addMonthsText(s.deadline.monthsAhead), level: s.deadline.level, reason: text('a law') },
        ],
      }),
    });
    built.actions = built.actions.map((action, n) => ({
      ...action,
      effort: s.efforts[n] ?? 'S',
      ...(s.sharedTexts[n] != null && { text: text(`shared action ${s.sharedTexts[n]}`) }),
    }));
    return built;
  });
  return questionnaire(items);
}

const answerArb: fc.Arbitrary<Answer> = fc
  .record({
    current: answerValue,
    target: fc.option(fc.integer({ min: 2, max: 5 }), { freq: 6 }),
    confidence: fc.option(fc.constantFrom('low' as const, 'medium' as const, 'high' as const)),
    impact: fc.option(fc.constantFrom<1 | 2 | 3>(1, 2, 3)),
    dots: fc.dictionary(fc.constantFrom('p1', 'p2', 'p3'), fc.integer({ min: 0, max: 5 })),
  })
  .map((spec) => answer(spec));

interface Case {
  q: Questionnaire;
  a: Assessment;
}

const caseArb: fc.Arbitrary<Case> = fc
  .array(itemShape, { minLength: 1, maxLength: 14 })
  .chain((shapes) =>
    fc.record({
      shapes: fc.constant(shapes),
      answers: fc.array(answerArb, { minLength: shapes.length, maxLength: shapes.length }),
      areas: fc.subarray([...areaIds], { minLength: 1 }),
      phases: fc.subarray([...phaseIds], { minLength: 1 }),
      capacity: fc.record({ now: fc.nat(4), next: fc.nat(4), later: fc.nat(6) }),
    }),
  )
  .map(({ shapes, answers, areas, phases, capacity }) => {
    const q = buildQuestionnaire(shapes);
    const a = assessment(q, Object.fromEntries(q.items.map((it, i) => [it.id, answers[i] as Answer])), {
      areas,
      phases,
      capacity,
    });
    return { q, a };
  });

const runs = { numRuns: 200 };

function rows({ q, a }: Case): AggregateRow[] {
  return allRows(scoreAssessment(q, a));
}

function views(row: AggregateRow) {
  return [row.current.average, row.current.weakest, row.target.average, row.target.weakest];
}

// ---- scoring -----------------------------------------------------------------------------------

describe('scoring properties', { timeout: 60_000 }, () => {
  it('keeps every score within [0, max] and its level consistent', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const row of rows(c)) {
          for (const view of views(row)) {
            if (view.score === null) {
              expect(view.level).toBeNull();
              expect(view.answered).toBe(0);
            } else {
              expect(view.score).toBeGreaterThanOrEqual(0);
              expect(view.score).toBeLessThanOrEqual(view.max);
              expect(view.level).toBe(Math.floor(view.score));
            }
            expect(view.answered + view.unknown + view.notApplicable + view.unanswered).toBe(view.total);
          }
        }
      }),
      runs,
    );
  });

  it('puts the weakest link at or below the average', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const row of rows(c)) {
          for (const [weakest, average] of [
            [row.current.weakest, row.current.average],
            [row.target.weakest, row.target.average],
          ] as const) {
            if (average.score !== null)
              expect(weakest.score as number).toBeLessThanOrEqual(average.score + 1e-12);
          }
        }
      }),
      runs,
    );
  });

  it('changes no average when a not-applicable answer is added', () => {
    fc.assert(
      fc.property(caseArb, itemShape, (c, shape) => {
        const added = item({
          id: 'open-data.general.added-na',
          areas: shape.areas,
          phases: shape.phases,
          weight: shape.weight,
        });
        const q = { ...c.q, items: [...c.q.items, added] };
        const a = { ...c.a, answers: { ...c.a.answers, [added.id]: answer('not-applicable') } };
        const before = new Map(rows(c).map((r) => [r.key, r]));
        for (const row of rows({ q, a })) {
          const old = before.get(row.key);
          if (!old) continue;
          expect(row.current.average.score).toBe(old.current.average.score);
          expect(row.current.weakest.score).toBe(old.current.weakest.score);
          expect(row.target.average.score).toBe(old.target.average.score);
        }
      }),
      runs,
    );
  });

  it('never lowers an aggregate when one answer is raised', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), (c, pick) => {
        const raisable = c.q.items.filter((it) => {
          const current = c.a.answers[it.id]?.current;
          return typeof current === 'number' && current < 5;
        });
        fc.pre(raisable.length > 0);
        const target = raisable[pick % raisable.length] as Item;
        const old = c.a.answers[target.id] as Answer;
        const raised = {
          ...c.a,
          answers: { ...c.a.answers, [target.id]: { ...old, current: (old.current as number) + 1 } },
        };
        const before = new Map(rows(c).map((r) => [r.key, r]));
        for (const row of rows({ q: c.q, a: raised })) {
          const previous = before.get(row.key) as AggregateRow;
          const pairs = views(row).map((view, i) => [view.score, views(previous)[i]?.score] as const);
          for (const [now, then] of pairs) {
            if (then !== null && then !== undefined)
              expect(now as number).toBeGreaterThanOrEqual(then - 1e-12);
          }
        }
      }),
      runs,
    );
  });
});

// ---- roadmap -----------------------------------------------------------------------------------

function plannedSteps({ q, a }: Case): RoadmapStep[] {
  const scope = resolveScope(q, a.scope);
  const scores = scoreAssessment(q, a, scope);
  const roadmap = buildRoadmap(q, a, scope, scores.items, prioritize(q, a, scores.items));
  return allSteps(roadmap).filter((s): s is RoadmapStep => !isOwnStep(s));
}

describe('roadmap properties', { timeout: 60_000 }, () => {
  it('never schedules a step before its prerequisite, and meets deadlines', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const steps = plannedSteps(c);
        const byId = new Map(steps.map((s) => [s.id, s]));
        for (const step of steps) {
          for (const id of step.prerequisites) {
            const prerequisite = byId.get(id) as RoadmapStep;
            expect(placementIndex(prerequisite.horizon)).toBeLessThanOrEqual(placementIndex(step.horizon));
            expect(prerequisite.rank).toBeLessThan(step.rank);
          }
          if (step.latestHorizon !== null) {
            expect(placementIndex(step.horizon)).toBeLessThanOrEqual(placementIndex(step.latestHorizon));
          }
          expect(step.conflicts).toEqual([]);
        }
      }),
      runs,
    );
  });

  it('respects each capacity, exceeding it only with deadline-bound steps', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const steps = plannedSteps(c);
        for (const horizon of ['now', 'next', 'later'] as const) {
          const here = steps.filter((s) => s.horizon === horizon);
          const due = here.filter(
            (s) => s.latestHorizon !== null && placementIndex(s.latestHorizon) <= placementIndex(horizon),
          );
          expect(here.length).toBeLessThanOrEqual(Math.max(c.a.settings.capacity[horizon], due.length));
        }
      }),
      runs,
    );
  });

  it('is deterministic, byte for byte, whatever the order of the answers', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const reversed = { ...c.a, answers: Object.fromEntries(Object.entries(c.a.answers).reverse()) };
        expect(JSON.stringify(evaluate(c.q, reversed, []))).toBe(JSON.stringify(evaluate(c.q, c.a, [])));
      }),
      { numRuns: 100 },
    );
  });
});

// ---- matching and merge ------------------------------------------------------------------------

const offeringArb = (index: number): fc.Arbitrary<Offering> =>
  fc
    .record({
      name: fc.constantFrom('Alfa', 'beta', 'Beta', 'Gamma', 'Ääni'),
      tags: fc.subarray(['tag-0', 'tag-1', 'tag-2', 'tag-3', 'tag-4']),
      dimensions: subsetOrAll(dimensionIds),
      areas: subsetOrAll(areaIds),
      phases: subsetOrAll(phaseIds),
    })
    .map((spec) => offering({ id: `offering-${index}`, ...spec }));

/** A catalog and the same catalog shuffled. */
const catalogPairArb = fc
  .integer({ min: 0, max: 25 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => offeringArb(i))))
  .chain((catalog) =>
    fc.tuple(
      fc.constant(catalog),
      fc.shuffledSubarray(catalog, { minLength: catalog.length, maxLength: catalog.length }),
    ),
  );

describe('matching properties', { timeout: 60_000 }, () => {
  it('gives the same matches whatever the order of the catalog', () => {
    fc.assert(
      fc.property(
        catalogPairArb,
        fc.record({
          tags: fc.subarray(['tag-0', 'tag-1', 'tag-2', 'tag-3', 'tag-4']),
          dimensions: fc.subarray([...dimensionIds], { minLength: 1 }),
          areas: fc.subarray([...areaIds], { minLength: 1 }),
          phases: fc.subarray([...phaseIds], { minLength: 1 }),
          general: fc.boolean(),
        }),
        fc.nat(6),
        ([catalog, shuffled], target, max) => {
          const pick = (offerings: Offering[]) =>
            matchOfferings(target, indexCatalog(offerings), max).map((m) => [m.offering.id, m.score]);
          expect(pick(shuffled)).toEqual(pick(catalog));
        },
      ),
      runs,
    );
  });
});

/** Reference: score every offering with `scoreOffering`, sort with `compareMatches`. */
function naiveMatches(target: MatchTarget, catalog: Offering[], max: number) {
  const index = indexCatalog(catalog);
  return index.offerings
    .map((entry) => scoreOffering(target, entry))
    .filter((m): m is OfferingMatch => m !== null)
    .sort(compareMatches)
    .slice(0, max);
}

const targetArb = (tags: string[], areas: readonly string[]) =>
  fc.record({
    tags: fc.subarray(tags),
    dimensions: fc.subarray([...dimensionIds]),
    areas: fc.subarray([...areas]),
    phases: fc.subarray([...phaseIds]),
    general: fc.boolean(),
  });

describe('indexed matching', { timeout: 60_000 }, () => {
  it('equals scoring every offering and sorting', () => {
    fc.assert(
      fc.property(
        catalogPairArb,
        targetArb(['tag-0', 'tag-1', 'tag-2', 'tag-3', 'tag-4', 'tag-9'], areaIds),
        fc.nat(6),
        ([catalog], target, max) => {
          expect(matchOfferings(target, indexCatalog(catalog), max)).toEqual(
            naiveMatches(target, catalog, max),
          );
        },
      ),
      runs,
    );
  });

  it('equals it with more ids than fit in one bit-set word', () => {
    const manyTags = Array.from({ length: 70 }, (_, i) => `t-${i}`);
    const manyAreas = Array.from({ length: 40 }, (_, i) => `area-${i}`);
    const offeringOf = (i: number) =>
      fc
        .record({
          name: fc.constantFrom('A', 'b', 'C'),
          tags: fc.subarray(manyTags, { maxLength: 8 }),
          areas: subsetOrAll(manyAreas),
          dimensions: subsetOrAll(dimensionIds),
          phases: subsetOrAll(phaseIds),
        })
        .map((spec) => offering({ id: `o-${i}`, ...spec }));
    const catalog = fc.tuple(...Array.from({ length: 30 }, (_, i) => offeringOf(i)));
    fc.assert(
      fc.property(catalog, targetArb(manyTags, manyAreas), (offerings, target) => {
        expect(matchOfferings(target, indexCatalog(offerings), 5)).toEqual(
          naiveMatches(target, offerings, 5),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('merge properties', { timeout: 60_000 }, () => {
  it('merging one file is the identity', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(
          fc.record({
            id: fc.constantFrom('p1', 'p2', 'p3'),
            name: fc.string({ minLength: 1, maxLength: 10 }),
          }),
          { maxLength: 3 },
        ),
        (c, participants) => {
          const file = { ...c.a, participants: participants.map((p) => ({ ...p, role: '' })) };
          expect(mergeAssessments([file])).toEqual({ ok: true, assessment: file, issues: [] });
        },
      ),
      runs,
    );
  });
});
