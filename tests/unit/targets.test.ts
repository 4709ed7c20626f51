// Target levels in bulk: the rules (pure) and the store action that applies them as one undo step.
import fc from 'fast-check';
import { createEmptyAssessment, emptyAnswer } from '../../src/domain/assessment/create';
import type { Answer, AnswerValue, Assessment } from '../../src/domain/assessment/schema';
import {
  applyTargets,
  planTargets,
  proposedTarget,
  type TargetRule,
} from '../../src/domain/assessment/targets';
import type { Level } from '../../src/domain/questionnaire/schema';
import { useLibrary } from '../../src/state/store';

const answer = (current: AnswerValue | null, target: Level | null = null): Answer => ({
  ...emptyAnswer(),
  current,
  target,
});

function assessment(answers: Record<string, Answer>): Assessment {
  return {
    ...createEmptyAssessment({
      id: 'a',
      questionnaire: { id: 'avoin-kunta', version: '1.0.0' },
      municipality: { code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors' } },
      date: '2026-03-01',
      scope: { areas: ['finance'], phases: ['strategy'], profile: 'full' },
      now: '2026-03-01T09:00:00.000Z',
    }),
    answers,
  };
}

const raise1: TargetRule = { kind: 'raise', by: 1 };
const raise2: TargetRule = { kind: 'raise', by: 2 };

/** Where the item is headed: the target set, or the current level when that is higher (or no target is set). */
const effectiveTarget = (a: Answer | undefined): number | null =>
  a && typeof a.current === 'number' ? Math.max(a.current, a.target ?? a.current) : (a?.target ?? null);

describe('planTargets', () => {
  const answers = {
    same: answer(2), // target "same as current"
    lower: answer(3, 1), // a target below the current level
    higher: answer(1, 4), // the user set a higher target: kept
    top: answer(5),
    four: answer(4),
    na: answer('not-applicable'),
    unknown: answer('unknown', 3),
    unanswered: answer(null),
  };
  const ids = [...Object.keys(answers), 'missing'];

  it('raises answered items to current + N, capped at 5, and never lowers a target set higher', () => {
    expect(planTargets(answers, raise1, ids)).toEqual([
      { itemId: 'same', current: 2, from: null, to: 3 },
      { itemId: 'lower', current: 3, from: 1, to: 4 },
      { itemId: 'four', current: 4, from: null, to: 5 },
    ]);
    expect(planTargets(answers, raise2, ids)).toEqual([
      { itemId: 'same', current: 2, from: null, to: 4 },
      { itemId: 'lower', current: 3, from: 1, to: 5 },
      { itemId: 'four', current: 4, from: null, to: 5 },
    ]);
  });

  it('sets every target to at least L where both the current level and the target are below L', () => {
    expect(planTargets(answers, { kind: 'at-least', level: 3 }, ids)).toEqual([
      { itemId: 'same', current: 2, from: null, to: 3 },
    ]);
    expect(planTargets(answers, { kind: 'at-least', level: 5 }, ids).map((c) => c.itemId)).toEqual([
      'same',
      'lower',
      'higher',
      'four',
    ]);
    // level 0 raises nothing
    expect(planTargets(answers, { kind: 'at-least', level: 0 }, ids)).toEqual([]);
  });

  it('only looks at the given items, once each, in their order', () => {
    expect(planTargets(answers, raise1, ['four', 'same', 'four']).map((c) => c.itemId)).toEqual([
      'four',
      'same',
    ]);
    expect(planTargets(answers, raise1, [])).toEqual([]);
    expect(planTargets({ ['__proto__']: answer(1) }, raise1, ['__proto__', 'constructor'])).toEqual([
      { itemId: '__proto__', current: 1, from: null, to: 2 },
    ]);
  });

  it('proposes current + N for raise and L for at least', () => {
    expect(proposedTarget(raise2, 4)).toBe(5);
    expect(proposedTarget(raise1, 0)).toBe(1);
    expect(proposedTarget({ kind: 'at-least', level: 2 }, 4)).toBe(2);
  });
});

describe('applyTargets', () => {
  it('sets the planned targets and leaves everything else as it was', () => {
    const before = assessment({
      x: { ...answer(1), notes: 'muistiinpano', impact: 3 },
      y: answer(5),
      z: answer('not-applicable'),
    });
    const after = applyTargets(before, raise1, ['x', 'y', 'z']);
    expect(after.answers.x).toEqual({ ...before.answers.x, target: 2 });
    expect(after.answers.y).toBe(before.answers.y);
    expect(after.answers.z).toBe(before.answers.z);
    expect(before.answers.x?.target).toBeNull(); // not mutated
  });

  it('returns the very same assessment when nothing changes', () => {
    const before = assessment({ y: answer(5), z: answer(2, 4) });
    expect(applyTargets(before, raise1, ['y', 'z'])).toBe(before);
  });
});

describe('target rule properties', () => {
  const answerArb: fc.Arbitrary<Answer> = fc
    .record({
      current: fc.oneof(
        fc.constant(null),
        fc.constant('not-applicable' as const),
        fc.constant('unknown' as const),
        fc.integer({ min: 0, max: 5 }),
      ),
      target: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5 })),
    })
    .map(({ current, target }) => answer(current, target));
  const answersArb = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), answerArb);
  const ruleArb: fc.Arbitrary<TargetRule> = fc.oneof(
    fc.constantFrom(1 as const, 2 as const).map((by): TargetRule => ({ kind: 'raise', by })),
    fc.integer({ min: 0, max: 5 }).map((level): TargetRule => ({ kind: 'at-least', level })),
  );
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'not-answered'];

  it('never lowers a target, never goes above 5, and touches only items with a level', () => {
    fc.assert(
      fc.property(answersArb, ruleArb, (answers, rule) => {
        const before = assessment(answers);
        const after = applyTargets(before, rule, ids);
        for (const id of ids) {
          const was = before.answers[id];
          const now = after.answers[id];
          if (typeof was?.current !== 'number') {
            expect(now).toBe(was);
            continue;
          }
          expect(now?.current).toBe(was.current);
          expect(effectiveTarget(now)).toBeGreaterThanOrEqual(effectiveTarget(was) ?? 0);
          expect(now?.target ?? 0).toBeLessThanOrEqual(5);
          if (now !== was) expect(now?.target).toBeGreaterThan(Math.max(was.current, was.target ?? 0));
        }
      }),
    );
  });

  it('reports exactly the items it changes', () => {
    fc.assert(
      fc.property(answersArb, ruleArb, (answers, rule) => {
        const before = assessment(answers);
        const after = applyTargets(before, rule, ids);
        const changed = ids.filter((id) => after.answers[id] !== before.answers[id]);
        expect(planTargets(answers, rule, ids).map((c) => c.itemId)).toEqual(changed);
      }),
    );
  });

  it('is idempotent: applying a rule twice changes nothing the second time', () => {
    fc.assert(
      fc.property(answersArb, ruleArb, (answers, rule) => {
        const once = applyTargets(assessment(answers), rule, ids);
        expect(applyTargets(once, rule, ids)).toBe(once);
      }),
    );
  });

  it('"at least L" leaves every answered item with a target of at least L', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: 5 }), (answers, level) => {
        const after = applyTargets(assessment(answers), { kind: 'at-least', level }, ids);
        for (const a of Object.values(after.answers)) {
          if (typeof a.current === 'number') expect(effectiveTarget(a)).toBeGreaterThanOrEqual(level);
        }
      }),
    );
  });
});

describe('raiseTargets in the store', () => {
  beforeEach(() => {
    useLibrary.setState({
      assessments: { a: assessment({ x: answer(1), y: answer(2), z: answer(4, 5) }) },
      history: {},
      lastChange: null,
    });
  });
  const state = () => useLibrary.getState();
  const targets = () =>
    Object.fromEntries(Object.entries(state().assessments.a?.answers ?? {}).map(([k, v]) => [k, v.target]));

  it('applies the rule as one edit that a single undo takes back, and redo brings back', () => {
    expect(state().raiseTargets('a', raise1, ['x', 'y', 'z'])).toBe(2);
    expect(targets()).toEqual({ x: 2, y: 3, z: 5 });
    expect(state().history.a?.past).toHaveLength(1);
    state().undo('a');
    expect(targets()).toEqual({ x: null, y: null, z: 5 });
    state().redo('a');
    expect(targets()).toEqual({ x: 2, y: 3, z: 5 });
  });

  it('records no undo step when nothing changes, and ignores an unknown assessment', () => {
    expect(state().raiseTargets('a', { kind: 'at-least', level: 1 }, ['x', 'y', 'z'])).toBe(0);
    expect(state().history.a).toBeUndefined();
    expect(state().raiseTargets('nope', raise1, ['x'])).toBe(0);
  });
});
