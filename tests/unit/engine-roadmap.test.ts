import type { Assessment } from '../../src/domain/assessment/schema';
import { resolveScope } from '../../src/domain/assessment/scope';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { prioritize } from '../../src/domain/priorities/priorities';
import { allSteps, isOwnStep } from '../../src/domain/roadmap/edits';
import { ethicsQuestions } from '../../src/domain/roadmap/ethics';
import { deadlinePlacement } from '../../src/domain/roadmap/horizons';
import { buildRoadmap } from '../../src/domain/roadmap/roadmap';
import type { Roadmap, RoadmapStep } from '../../src/domain/roadmap/types';
import { scoreAssessment } from '../../src/domain/scoring/score';
import { assessment, item, questionnaire, text } from '../support/fixtures';

function roadmapOf(q: Questionnaire, a: Assessment): Roadmap {
  const scope = resolveScope(q, a.scope);
  const scores = scoreAssessment(q, a, scope);
  return buildRoadmap(q, a, scope, scores.items, prioritize(q, a, scores.items));
}

function steps(roadmap: Roadmap): RoadmapStep[] {
  return allSteps(roadmap).filter((s): s is RoadmapStep => !isOwnStep(s));
}

function byId(roadmap: Roadmap, id: string): RoadmapStep {
  const step = steps(roadmap).find((s) => s.id === id);
  if (!step)
    throw new Error(
      `no step ${id}; have ${steps(roadmap)
        .map((s) => s.id)
        .join(', ')}`,
    );
  return step;
}

const horizonIds = (roadmap: Roadmap): string[][] => roadmap.horizons.map((h) => h.steps.map((s) => s.id));

describe('steps', () => {
  it('lift each item from its current to its target level, one transition each, chained', () => {
    const q = questionnaire([item({ id: 'open-apis.general.principles' })]);
    const roadmap = roadmapOf(
      q,
      assessment(q, { 'open-apis.general.principles': { current: 1, target: 4 } }),
    );
    expect(steps(roadmap).map((s) => [s.id, s.from, s.to])).toEqual([
      ['open-apis.general.principles@1-2', 1, 2],
      ['open-apis.general.principles@2-3', 2, 3],
      ['open-apis.general.principles@3-4', 3, 4],
    ]);
    expect(byId(roadmap, 'open-apis.general.principles@3-4').prerequisites).toEqual([
      'open-apis.general.principles@2-3',
    ]);
    expect(byId(roadmap, 'open-apis.general.principles@1-2').title).toEqual(
      text('open-apis.general.principles: lift 1 to 2'),
    );
  });

  it('merge identical actions of different items into one step listing items and areas', () => {
    const shared = {
      1: { text: 'Publish an API catalogue', effort: 'M' as const, cost: { min: 5_000, max: 40_000 } },
    };
    const q = questionnaire([
      item({
        id: 'open-apis.land-use.catalogue',
        areas: ['land-use'],
        actions: shared,
        tags: ['api-catalogue'],
      }),
      item({
        id: 'open-apis.finance.catalogue',
        areas: ['finance'],
        actions: { 1: { text: 'Publish an API catalogue', effort: 'L' } },
        tags: ['xbrl'],
      }),
    ]);
    const roadmap = roadmapOf(
      q,
      assessment(q, {
        'open-apis.land-use.catalogue': { current: 1, target: 2 },
        'open-apis.finance.catalogue': { current: 0, target: 2 },
      }),
    );
    const merged = byId(roadmap, 'open-apis.finance.catalogue@1-2');
    expect(merged.items).toEqual(['open-apis.finance.catalogue', 'open-apis.land-use.catalogue']);
    expect(merged.areas).toEqual(['land-use', 'finance']);
    expect(merged.effort).toBe('L');
    expect(merged.cost).toEqual({ min: 5_000, max: 40_000 });
    expect(merged.tags).toEqual(['api-catalogue', 'xbrl']);
    expect(merged.prerequisites).toEqual(['open-apis.finance.catalogue@0-1']);
    expect(merged.general).toBe(false);
    expect(steps(roadmap)).toHaveLength(2);
  });

  it('mark a step general when one of its items applies to every service area, whatever the scope', () => {
    const shared = { 0: { text: 'Adopt an open-source policy' } };
    const q = questionnaire([
      item({ id: 'open-source.general.policy', actions: shared }),
      item({ id: 'open-source.finance.policy', areas: ['finance'], actions: shared }),
      item({ id: 'open-source.land-use.maps', areas: ['land-use'] }),
    ]);
    const a = assessment(q, {
      'open-source.general.policy': { current: 0, target: 1 },
      'open-source.finance.policy': { current: 0, target: 1 },
      'open-source.land-use.maps': { current: 0, target: 1 },
    });
    const roadmap = roadmapOf(q, a);
    expect(byId(roadmap, 'open-source.finance.policy@0-1').general).toBe(true);
    expect(byId(roadmap, 'open-source.land-use.maps@0-1').general).toBe(false);
    // a scope of one area leaves the general step general
    const narrow = roadmapOf(q, { ...a, scope: { ...a.scope, areas: ['finance'] } });
    expect(byId(narrow, 'open-source.finance.policy@0-1')).toMatchObject({
      areas: ['finance'],
      general: true,
    });
  });

  it('carry the ethics questions when an item is flagged ethics', () => {
    const q = questionnaire([
      item({ id: 'open-data.general.analytics', ethics: true }),
      item({ id: 'open-data.general.plain' }),
    ]);
    const roadmap = roadmapOf(
      q,
      assessment(q, {
        'open-data.general.analytics': { current: 0, target: 1 },
        'open-data.general.plain': { current: 0, target: 1 },
      }),
    );
    expect(byId(roadmap, 'open-data.general.analytics@0-1').ethicsQuestions).toBe(ethicsQuestions);
    expect(ethicsQuestions.map((e) => e.id)).toEqual(['training-data', 'automated-decisions', 'bias']);
    expect(byId(roadmap, 'open-data.general.plain@0-1').ethicsQuestions).toEqual([]);
  });

  it('report items whose target is set but whose current level is unknown', () => {
    const q = questionnaire([item({ id: 'open-data.general.a' })]);
    const roadmap = roadmapOf(q, assessment(q, { 'open-data.general.a': { current: 'unknown', target: 3 } }));
    expect(steps(roadmap)).toEqual([]);
    expect(roadmap.issues).toContainEqual({
      kind: 'unknown-current',
      itemId: 'open-data.general.a',
      current: 'unknown',
    });
  });
});

describe('scheduling', () => {
  it('fills Now, Next and Later by priority within capacity and puts the rest in the backlog', () => {
    const q = questionnaire(
      ['a', 'b', 'c', 'd'].map((id, i) =>
        item({ id: `open-source.general.${id}`, weight: (3 - Math.min(i, 2)) as 1 | 2 | 3 }),
      ),
    );
    const a = assessment(
      q,
      {
        'open-source.general.a': { current: 0, target: 1 },
        'open-source.general.b': { current: 0, target: 1 },
        'open-source.general.c': { current: 0, target: 1 },
        'open-source.general.d': { current: 0, target: 1 },
      },
      { capacity: { now: 1, next: 1, later: 1 } },
    );
    const roadmap = roadmapOf(q, a);
    expect(horizonIds(roadmap)).toEqual([
      ['open-source.general.a@0-1'],
      ['open-source.general.b@0-1'],
      ['open-source.general.c@0-1'],
    ]);
    expect(roadmap.backlog.map((s) => s.id)).toEqual(['open-source.general.d@0-1']);
    expect(roadmap.horizons.map((h) => [h.id, h.start, h.end])).toEqual([
      ['now', '2026-03-01', '2026-09-01'],
      ['next', '2026-09-01', '2027-09-01'],
      ['later', '2027-09-01', '2029-03-01'],
    ]);
  });

  it('never places a step before the step that brings its prerequisite to the required level', () => {
    const q = questionnaire([
      item({ id: 'open-apis.general.principles', weight: 1, phases: ['strategy'] }),
      item({
        id: 'open-apis.land-use.catalogue',
        weight: 3,
        areas: ['land-use'],
        phases: ['development'],
        prerequisites: [{ item: 'open-apis.general.principles', level: 2 }],
      }),
    ]);
    const a = assessment(
      q,
      {
        'open-apis.general.principles': { current: 0, target: 3 },
        'open-apis.land-use.catalogue': { current: 0, target: 1 },
      },
      { capacity: { now: 1, next: 1, later: 5 } },
    );
    const roadmap = roadmapOf(q, a);
    const catalogue = byId(roadmap, 'open-apis.land-use.catalogue@0-1');
    expect(catalogue.prerequisites).toEqual(['open-apis.general.principles@1-2']);
    expect(horizonIds(roadmap)).toEqual([
      ['open-apis.general.principles@0-1'],
      ['open-apis.general.principles@1-2'],
      // equal priority (6): the strategy step first
      ['open-apis.general.principles@2-3', 'open-apis.land-use.catalogue@0-1'],
    ]);
  });

  it('skips a prerequisite already met and reports one that cannot be planned', () => {
    const q = questionnaire([
      item({ id: 'open-apis.general.met' }),
      item({ id: 'open-apis.general.low-target' }),
      item({ id: 'open-apis.general.unknown' }),
      item({ id: 'open-apis.finance.elsewhere', areas: ['finance'] }),
      item({
        id: 'open-apis.general.dependent',
        prerequisites: [
          { item: 'open-apis.general.met', level: 2 },
          { item: 'open-apis.general.low-target', level: 3 },
          { item: 'open-apis.general.unknown', level: 1 },
          { item: 'open-apis.finance.elsewhere', level: 1 },
          { item: 'open-apis.general.missing', level: 1 },
        ],
      }),
    ]);
    const a = assessment(
      q,
      {
        'open-apis.general.met': 2,
        'open-apis.general.low-target': { current: 1, target: 2 },
        'open-apis.general.unknown': 'unknown',
        'open-apis.general.dependent': { current: 0, target: 1 },
      },
      { areas: ['land-use'] },
    );
    const step = byId(roadmapOf(q, a), 'open-apis.general.dependent@0-1');
    expect(step.prerequisites).toEqual([]);
    expect(step.unmetPreconditions.map((u) => [u.prerequisiteItemId, u.reason])).toEqual([
      ['open-apis.general.low-target', 'not-targeted'],
      ['open-apis.general.unknown', 'unknown-level'],
      ['open-apis.finance.elsewhere', 'out-of-scope'],
      ['open-apis.general.missing', 'missing-item'],
    ]);
  });

  it('puts strategy steps before project and production steps of equal priority', () => {
    const q = questionnaire([
      item({ id: 'open-source.general.a-production', phases: ['production'] }),
      item({ id: 'open-source.general.b-development', phases: ['development'] }),
      item({ id: 'open-source.general.c-strategy', phases: ['strategy'] }),
    ]);
    const roadmap = roadmapOf(
      q,
      assessment(q, {
        'open-source.general.a-production': { current: 0, target: 1 },
        'open-source.general.b-development': { current: 0, target: 1 },
        'open-source.general.c-strategy': { current: 0, target: 1 },
      }),
    );
    expect(roadmap.horizons[0]?.steps.map((s) => s.id)).toEqual([
      'open-source.general.c-strategy@0-1',
      'open-source.general.b-development@0-1',
      'open-source.general.a-production@0-1',
    ]);
  });

  it('breaks a dependency cycle deterministically and reports it', () => {
    // a and b share the 0→1 action; a needs c at 2; c needs b at 1: merged step → c → merged step.
    const q = questionnaire([
      item({
        id: 'open-data.general.a',
        actions: { 0: { text: 'shared' } },
        prerequisites: [{ item: 'open-data.general.c', level: 2 }],
      }),
      item({ id: 'open-data.general.b', actions: { 0: { text: 'shared' } } }),
      item({ id: 'open-data.general.c', prerequisites: [{ item: 'open-data.general.b', level: 1 }] }),
    ]);
    const a = assessment(q, {
      'open-data.general.a': { current: 0, target: 1 },
      'open-data.general.b': { current: 0, target: 1 },
      'open-data.general.c': { current: 1, target: 2 },
    });
    const first = roadmapOf(q, a);
    const cycle = first.issues.find((i) => i.kind === 'cycle');
    expect(cycle).toBeDefined();
    expect(steps(first)).toHaveLength(2);
    expect(JSON.stringify(roadmapOf(q, a))).toBe(JSON.stringify(first));
  });
});

describe('deadlines', () => {
  it.each([
    ['2026-03-01', 'now', true],
    ['2026-01-01', 'now', true],
    ['2026-08-31', 'now', false],
    ['2026-09-01', 'now', false],
    ['2027-08-31', 'now', false],
    ['2027-09-01', 'next', false],
    ['2028-01-01', 'next', false],
    ['2029-01-01', 'next', false],
    ['2029-02-28', 'next', false],
    ['2029-03-01', 'later', false],
    ['2035-01-01', 'later', false],
  ] as const)(
    'a deadline on %s, assessed 2026-03-01, is met in %s (overdue %s)',
    (date, horizon, overdue) => {
      expect(deadlinePlacement(date, '2026-03-01')).toEqual({ latestHorizon: horizon, overdue });
    },
  );

  const ryhti = questionnaire([
    item({ id: 'open-apis.general.principles', phases: ['strategy'] }),
    item({
      id: 'open-apis.land-use.ryhti',
      areas: ['land-use'],
      weight: 1,
      prerequisites: [{ item: 'open-apis.general.principles', level: 1 }],
      deadlines: [
        { date: '2028-01-01', level: 2, reason: text('Ryhti building data') },
        { date: '2029-01-01', level: 3, reason: text('Ryhti land-use plan data') },
      ],
    }),
    item({ id: 'open-source.general.popular', weight: 3 }),
  ]);

  it('pull the steps needed (and their prerequisites) forward, even past capacity, and show the deadline', () => {
    const a = assessment(
      ryhti,
      {
        'open-apis.general.principles': { current: 0, target: 1 },
        'open-apis.land-use.ryhti': { current: 0, target: 4 },
        'open-source.general.popular': { current: 0, target: 3, impact: 3 },
      },
      { capacity: { now: 1, next: 1, later: 10 } },
    );
    const roadmap = roadmapOf(ryhti, a);
    const step = byId(roadmap, 'open-apis.land-use.ryhti@1-2');
    expect(step.deadlines.map((d) => [d.date, d.level, d.latestHorizon])).toEqual([
      ['2028-01-01', 2, 'next'],
      ['2029-01-01', 3, 'next'],
    ]);
    expect(byId(roadmap, 'open-apis.land-use.ryhti@2-3').deadlines.map((d) => d.date)).toEqual([
      '2029-01-01',
    ]);
    expect(byId(roadmap, 'open-apis.land-use.ryhti@3-4').deadlines).toEqual([]);
    expect(byId(roadmap, 'open-apis.general.principles@0-1').latestHorizon).toBe('next');
    for (const id of [
      'open-apis.general.principles@0-1',
      'open-apis.land-use.ryhti@0-1',
      'open-apis.land-use.ryhti@1-2',
      'open-apis.land-use.ryhti@2-3',
    ]) {
      expect(['now', 'next']).toContain(byId(roadmap, id).horizon);
    }
    expect(roadmap.issues.some((i) => i.kind === 'over-capacity')).toBe(true);
  });

  it('report a deadline beyond the target and one on an item of unknown level', () => {
    const low = roadmapOf(
      ryhti,
      assessment(ryhti, { 'open-apis.land-use.ryhti': { current: 1, target: 2 } }),
    );
    expect(low.issues).toContainEqual(
      expect.objectContaining({
        kind: 'deadline-beyond-target',
        itemId: 'open-apis.land-use.ryhti',
        date: '2029-01-01',
        target: 2,
      }),
    );
    const unknown = roadmapOf(ryhti, assessment(ryhti, { 'open-apis.land-use.ryhti': 'unknown' }));
    expect(unknown.issues.filter((i) => i.kind === 'deadline-unknown-current')).toHaveLength(2);
  });

  it('put an overdue deadline in Now and flag it', () => {
    const late = assessment(
      ryhti,
      { 'open-apis.land-use.ryhti': { current: 0, target: 2 } },
      { date: '2028-06-01' },
    );
    const step = byId(roadmapOf(ryhti, late), 'open-apis.land-use.ryhti@1-2');
    expect(step.horizon).toBe('now');
    expect(step.deadlines[0]).toMatchObject({ date: '2028-01-01', overdue: true, latestHorizon: 'now' });
  });
});

describe('edits', () => {
  const q = questionnaire([
    item({ id: 'open-apis.general.principles', weight: 3 }),
    item({
      id: 'open-apis.general.catalogue',
      prerequisites: [{ item: 'open-apis.general.principles', level: 1 }],
    }),
  ]);
  const answers = {
    'open-apis.general.principles': { current: 0, target: 1 },
    'open-apis.general.catalogue': { current: 0, target: 1 },
  };

  it('apply moves, owners and notes, and report a move that breaks a prerequisite', () => {
    const a = assessment(q, answers, {
      roadmap: {
        moves: { 'open-apis.general.principles@0-1': 'later' },
        owners: { 'open-apis.general.catalogue@0-1': 'Tietohallintojohtaja' },
        notes: { 'open-apis.general.catalogue@0-1': 'Budjetti 2027' },
      },
    });
    const roadmap = roadmapOf(q, a);
    const principles = byId(roadmap, 'open-apis.general.principles@0-1');
    expect(principles).toMatchObject({ horizon: 'later', plannedHorizon: 'now', moved: true });
    const catalogue = byId(roadmap, 'open-apis.general.catalogue@0-1');
    expect(catalogue).toMatchObject({ horizon: 'now', owner: 'Tietohallintojohtaja', note: 'Budjetti 2027' });
    expect(catalogue.conflicts).toEqual([
      {
        kind: 'prerequisite-later',
        prerequisiteId: 'open-apis.general.principles@0-1',
        prerequisiteHorizon: 'later',
      },
    ]);
    expect(roadmap.issues).toContainEqual({
      kind: 'prerequisite-later',
      stepId: 'open-apis.general.catalogue@0-1',
      prerequisiteId: 'open-apis.general.principles@0-1',
    });
  });

  it('drop steps, add own steps and report edits of steps that no longer exist', () => {
    const a = assessment(q, answers, {
      roadmap: {
        dropped: ['open-apis.general.principles@0-1', 'open-apis.general.gone@1-2'],
        ownSteps: [
          {
            id: 'own-1',
            title: 'Kilpailuta kartta-alusta',
            horizon: 'next',
            areas: ['land-use'],
            owner: 'Maankäyttö',
            note: '',
          },
          { id: 'own-1', title: 'Kaksoiskappale', horizon: 'now', areas: [], owner: '', note: '' },
        ],
      },
    });
    const roadmap = roadmapOf(q, a);
    expect(roadmap.dropped.map((s) => s.id)).toEqual(['open-apis.general.principles@0-1']);
    expect(byId(roadmap, 'open-apis.general.catalogue@0-1').conflicts).toEqual([
      { kind: 'prerequisite-dropped', prerequisiteId: 'open-apis.general.principles@0-1' },
    ]);
    expect(roadmap.horizons[1]?.steps).toEqual([
      {
        kind: 'own',
        id: 'own-1',
        title: 'Kilpailuta kartta-alusta',
        horizon: 'next',
        areas: ['land-use'],
        owner: 'Maankäyttö',
        note: '',
      },
    ]);
    expect(roadmap.issues).toContainEqual({
      kind: 'stale-edit',
      stepId: 'open-apis.general.gone@1-2',
      edit: 'drop',
    });
    expect(roadmap.issues).toContainEqual({ kind: 'duplicate-own-step', stepId: 'own-1' });
  });

  it('report a move past a deadline', () => {
    const dq = questionnaire([
      item({
        id: 'open-apis.land-use.ryhti',
        deadlines: [{ date: '2026-06-01', level: 1, reason: text('law') }],
      }),
    ]);
    const a = assessment(
      dq,
      { 'open-apis.land-use.ryhti': { current: 0, target: 1 } },
      {
        roadmap: { moves: { 'open-apis.land-use.ryhti@0-1': 'next' } },
      },
    );
    const step = byId(roadmapOf(dq, a), 'open-apis.land-use.ryhti@0-1');
    expect(step.horizon).toBe('next');
    expect(step.conflicts).toEqual([{ kind: 'deadline-missed', latestHorizon: 'now' }]);
  });
});

describe('determinism', () => {
  it('gives the same roadmap, byte for byte, whatever the order of the answers', () => {
    const q = questionnaire(
      Array.from({ length: 12 }, (_, i) =>
        item({
          id: `open-source.general.item-${String(i).padStart(2, '0')}`,
          weight: ((i % 3) + 1) as 1 | 2 | 3,
        }),
      ),
    );
    const entries = q.items.map((it, i) => [it.id, { current: i % 3, target: 3 + (i % 3) }] as const);
    const forward = assessment(q, Object.fromEntries(entries), { capacity: { now: 3, next: 5, later: 7 } });
    const backward = { ...forward, answers: Object.fromEntries(Object.entries(forward.answers).reverse()) };
    expect(JSON.stringify(roadmapOf(q, backward))).toBe(JSON.stringify(roadmapOf(q, forward)));
  });
});
