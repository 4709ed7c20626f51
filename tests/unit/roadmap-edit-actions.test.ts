import type { Assessment } from '../../src/domain/assessment/schema';
import { assessmentSchema } from '../../src/domain/assessment/schema';
import { evaluate } from '../../src/domain/evaluate';
import {
  addOwnStep,
  dropStep,
  forgetEdits,
  moveStep,
  ownStepId,
  parseCapacity,
  removeOwnStep,
  restoreStep,
  setCapacity,
  setNote,
  setOwner,
  validateOwnStep,
  type OwnStepInput,
} from '../../src/domain/roadmap/edit-actions';
import { allSteps, isOwnStep } from '../../src/domain/roadmap/edits';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { assessment, item, questionnaire } from '../support/fixtures';

// "catalogue" needs "principles" at level 1 first: its step depends on the principles step.
const q: Questionnaire = questionnaire([
  item({ id: 'open-apis.general.principles', weight: 3 }),
  item({
    id: 'open-apis.general.catalogue',
    prerequisites: [{ item: 'open-apis.general.principles', level: 1 }],
  }),
  item({ id: 'open-source.general.policy' }),
]);
const principles = 'open-apis.general.principles@0-1';
const catalogue = 'open-apis.general.catalogue@0-1';
const policy = 'open-source.general.policy@0-1';

function base(): Assessment {
  return assessment(q, {
    'open-apis.general.principles': { current: 0, target: 1 },
    'open-apis.general.catalogue': { current: 0, target: 1 },
    'open-source.general.policy': { current: 0, target: 1 },
  });
}

function roadmap(a: Assessment) {
  return evaluate(q, a, []).roadmap;
}

function horizonOf(a: Assessment, stepId: string): string {
  const r = roadmap(a);
  if (r.dropped.some((s) => s.id === stepId)) return 'dropped';
  if (r.backlog.some((s) => s.id === stepId)) return 'backlog';
  return r.horizons.find((h) => h.steps.some((s) => s.id === stepId))?.id ?? 'missing';
}

const ownInput: OwnStepInput = {
  title: '  Kilpailuta karttapalvelu  ',
  horizon: 'next',
  areas: ['land-use', 'land-use', 'finance'],
  owner: ' Maankäyttöjohtaja ',
  note: ' Budjetti 2027 ',
};

describe('moveStep', () => {
  it('moves a computed step and keeps the move where the engine reports the broken prerequisite', () => {
    const a = base();
    expect(horizonOf(a, principles)).toBe('now');
    const moved = moveStep(principles, 'later', 'now')(a);
    expect(moved.roadmap.moves).toEqual({ [principles]: 'later' });
    expect(horizonOf(moved, principles)).toBe('later');
    const dependant = allSteps(roadmap(moved)).find((s) => s.id === catalogue);
    expect(dependant && !isOwnStep(dependant) && dependant.conflicts).toEqual([
      { kind: 'prerequisite-later', prerequisiteId: principles, prerequisiteHorizon: 'later' },
    ]);
    expect(assessmentSchema.safeParse(moved).success).toBe(true);
  });

  it('removes the move when the step goes back to its planned horizon', () => {
    const moved = moveStep(principles, 'next', 'now')(base());
    const back = moveStep(principles, 'now', 'now')(moved);
    expect(back.roadmap.moves).toEqual({});
    expect(horizonOf(back, principles)).toBe('now');
  });

  it('returns the same assessment when nothing changes', () => {
    const a = base();
    expect(moveStep(principles, 'now', 'now')(a)).toBe(a);
    const moved = moveStep(principles, 'next', 'now')(a);
    expect(moveStep(principles, 'next', 'now')(moved)).toBe(moved);
    // a step cannot be pushed to the backlog by hand
    expect(moveStep(principles, 'backlog', 'now')(a)).toBe(a);
  });

  it('lets a backlog step return to the backlog by undoing its move', () => {
    const tight = { ...base(), settings: { capacity: { now: 1, next: 0, later: 0 } } };
    const inBacklog = roadmap(tight).backlog.map((s) => s.id);
    expect(inBacklog.length).toBeGreaterThan(0);
    const id = inBacklog[0] as string;
    const moved = moveStep(id, 'later', 'backlog')(tight);
    expect(horizonOf(moved, id)).toBe('later');
    expect(horizonOf(moveStep(id, 'backlog', 'backlog')(moved), id)).toBe('backlog');
  });

  it('moves an own step by changing its horizon', () => {
    const withOwn = addOwnStep('own-1', ownInput)(base());
    const moved = moveStep('own-1', 'now', 'next')(withOwn);
    expect(moved.roadmap.ownSteps[0]?.horizon).toBe('now');
    expect(moved.roadmap.moves).toEqual({});
    expect(horizonOf(moved, 'own-1')).toBe('now');
  });

  it('never writes to Object.prototype, whatever the id', () => {
    const moved = moveStep('__proto__', 'later', 'now')(base());
    expect(Object.hasOwn(moved.roadmap.moves, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).later).toBeUndefined();
  });
});

describe('dropStep and restoreStep', () => {
  it('drop a step, report its dependant, and restore it to where it stood', () => {
    const moved = moveStep(principles, 'next', 'now')(base());
    const dropped = dropStep(principles)(moved);
    expect(dropped.roadmap.dropped).toEqual([principles]);
    expect(horizonOf(dropped, principles)).toBe('dropped');
    const dependant = allSteps(roadmap(dropped)).find((s) => s.id === catalogue);
    expect(dependant && !isOwnStep(dependant) && dependant.conflicts).toEqual([
      { kind: 'prerequisite-dropped', prerequisiteId: principles },
    ]);
    expect(dropStep(principles)(dropped)).toBe(dropped);

    const restored = restoreStep(principles)(dropped);
    expect(restored.roadmap.dropped).toEqual([]);
    expect(horizonOf(restored, principles)).toBe('next');
    expect(restoreStep(principles)(restored)).toBe(restored);
  });

  it('does not drop an own step (it is removed instead)', () => {
    const withOwn = addOwnStep('own-1', ownInput)(base());
    expect(dropStep('own-1')(withOwn)).toBe(withOwn);
  });
});

describe('setOwner and setNote', () => {
  it('record owner and note of a computed step, and remove them when blank', () => {
    const a = setNote(policy, 'Aloitetaan syksyllä')(setOwner(policy, 'Tietohallintojohtaja')(base()));
    expect(a.roadmap.owners).toEqual({ [policy]: 'Tietohallintojohtaja' });
    expect(a.roadmap.notes).toEqual({ [policy]: 'Aloitetaan syksyllä' });
    const step = allSteps(roadmap(a)).find((s) => s.id === policy);
    expect(step).toMatchObject({ owner: 'Tietohallintojohtaja', note: 'Aloitetaan syksyllä' });
    expect(setOwner(policy, 'Tietohallintojohtaja')(a)).toBe(a);

    const cleared = setNote(policy, '   ')(setOwner(policy, '')(a));
    expect(cleared.roadmap.owners).toEqual({});
    expect(cleared.roadmap.notes).toEqual({});
  });

  it('store the owner and note of an own step on the step itself', () => {
    const withOwn = addOwnStep('own-1', ownInput)(base());
    const a = setOwner('own-1', 'Hankinta-asiantuntija')(withOwn);
    expect(a.roadmap.ownSteps[0]?.owner).toBe('Hankinta-asiantuntija');
    expect(a.roadmap.owners).toEqual({});
    expect(allSteps(roadmap(a)).find((s) => s.id === 'own-1')).toMatchObject({
      owner: 'Hankinta-asiantuntija',
    });
  });

  it('replace an override of an own step, so that what is shown is what was typed last', () => {
    const withOwn = addOwnStep('own-1', ownInput)(base());
    const overridden = { ...withOwn, roadmap: { ...withOwn.roadmap, notes: { 'own-1': 'vanha' } } };
    const a = setNote('own-1', 'uusi')(overridden);
    expect(a.roadmap.notes).toEqual({});
    expect(allSteps(roadmap(a)).find((s) => s.id === 'own-1')).toMatchObject({ note: 'uusi' });
  });

  it('cut texts to the lengths the file format allows', () => {
    const a = setOwner(policy, 'x'.repeat(250))(setNote(policy, 'y'.repeat(6000))(base()));
    expect(a.roadmap.owners[policy]).toHaveLength(200);
    expect(a.roadmap.notes[policy]).toHaveLength(5000);
    expect(assessmentSchema.safeParse(a).success).toBe(true);
  });
});

describe('own steps', () => {
  it('validate the title and the lengths of the texts', () => {
    expect(validateOwnStep({ ...ownInput, title: '   ' })).toEqual({ title: 'required' });
    expect(validateOwnStep({ ...ownInput, title: 'x'.repeat(501) })).toEqual({ title: 'too-long' });
    expect(validateOwnStep({ ...ownInput, owner: 'x'.repeat(201), note: 'y'.repeat(5001) })).toEqual({
      owner: 'too-long',
      note: 'too-long',
    });
    expect(validateOwnStep(ownInput)).toEqual({});
  });

  it('add a trimmed own step to its horizon, and refuse an invalid one or a taken id', () => {
    const a = addOwnStep('own-1', ownInput)(base());
    expect(a.roadmap.ownSteps).toEqual([
      {
        id: 'own-1',
        title: 'Kilpailuta karttapalvelu',
        horizon: 'next',
        areas: ['land-use', 'finance'],
        owner: 'Maankäyttöjohtaja',
        note: 'Budjetti 2027',
      },
    ]);
    expect(horizonOf(a, 'own-1')).toBe('next');
    expect(assessmentSchema.safeParse(a).success).toBe(true);
    expect(addOwnStep('own-1', ownInput)(a)).toBe(a);
    expect(addOwnStep('own-2', { ...ownInput, title: '' })(a)).toBe(a);
  });

  it('make ids the file format accepts from any token', () => {
    expect(ownStepId('3f2a-9c1b_x')).toBe('own-3f2a-9c1b_x');
    expect(ownStepId('ä ö/å')).toBe('own-1');
    expect(ownStepId('a'.repeat(100))).toHaveLength(68);
  });

  it('remove an own step with its owner and note overrides', () => {
    const a = addOwnStep('own-1', ownInput)(base());
    const withOverride = { ...a, roadmap: { ...a.roadmap, owners: { 'own-1': 'x', [policy]: 'y' } } };
    const removed = removeOwnStep('own-1')(withOverride);
    expect(removed.roadmap.ownSteps).toEqual([]);
    expect(removed.roadmap.owners).toEqual({ [policy]: 'y' });
    expect(removeOwnStep('own-1')(removed)).toBe(removed);
  });
});

describe('forgetEdits', () => {
  it('forgets moves, drops, owners and notes of the given steps only', () => {
    let a = base();
    a = moveStep('open-apis.general.gone@1-2', 'next', 'now')(a);
    a = dropStep('open-apis.general.gone@2-3')(a);
    a = setOwner('open-apis.general.gone@1-2', 'x')(a);
    a = setNote(policy, 'keep')(a);
    const stale = evaluate(q, a, []).roadmap.issues.flatMap((i) =>
      i.kind === 'stale-edit' ? [i.stepId] : [],
    );
    expect(new Set(stale)).toEqual(new Set(['open-apis.general.gone@1-2', 'open-apis.general.gone@2-3']));
    const cleaned = forgetEdits(stale)(a);
    expect(cleaned.roadmap).toMatchObject({
      moves: {},
      dropped: [],
      owners: {},
      notes: { [policy]: 'keep' },
    });
    expect(forgetEdits(stale)(cleaned)).toBe(cleaned);
  });
});

describe('capacity', () => {
  it('parses whole numbers 0–1000 and names what is wrong per horizon', () => {
    expect(parseCapacity({ now: '3', next: ' 8 ', later: '0' })).toEqual({
      capacity: { now: 3, next: 8, later: 0 },
      errors: {},
    });
    expect(parseCapacity({ now: '', next: '2.5', later: '1001' })).toEqual({
      capacity: null,
      errors: { now: 'required', next: 'not-whole', later: 'out-of-range' },
    });
    expect(parseCapacity({ now: '-1', next: 'kaksi', later: '1000' }).errors).toEqual({
      now: 'out-of-range',
      next: 'not-whole',
    });
  });

  it('sets the capacity, which the engine schedules by', () => {
    const a = setCapacity({ now: 1, next: 1, later: 1 })(base());
    expect(a.settings.capacity).toEqual({ now: 1, next: 1, later: 1 });
    const counts = roadmap(a).horizons.map((h) => h.steps.length);
    expect(counts).toEqual([1, 1, 1]);
    expect(setCapacity({ now: 1, next: 1, later: 1 })(a)).toBe(a);
    expect(setCapacity({ now: -1, next: 1, later: 1 })(a)).toBe(a);
  });
});
