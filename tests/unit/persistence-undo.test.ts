// Undo and redo in the open assessment, and the library's own changes: rename, duplicate (a
// re-assessment from last year's answers), delete with undo, and imports that never overwrite.
import { emptyAnswer } from '../../src/domain/assessment/create';
import type { Assessment } from '../../src/domain/assessment/schema';
import { duplicateAssessment } from '../../src/domain/library/duplicate';
import { undoGroupMs, undoLimit, useLibrary } from '../../src/state/store';
import { savedAssessment } from './support/saved-assessment';

const assessment = (id: string, overrides: Partial<Assessment> = {}) =>
  savedAssessment(id, overrides, {
    date: '2025-03-14',
    now: '2025-03-14T10:00:00.000Z',
    participants: [{ id: 'p-1', name: 'Aino', role: 'CIO' }],
  });

const state = () => useLibrary.getState();
const current = (id: string, item = 'open-source.general.policy') =>
  state().assessments[id]?.answers[item]?.current;

beforeEach(() => {
  useLibrary.setState({
    assessments: { a: assessment('a'), b: assessment('b') },
    history: {},
    lastChange: null,
  });
});

describe('undo and redo', () => {
  it('undoes and redoes answer edits one step at a time, each level click its own step', () => {
    state().setAnswer('a', 'open-source.general.policy', { current: 1 });
    state().setAnswer('a', 'open-source.general.policy', { current: 2 });
    state().setAnswer('a', 'open-source.general.policy', { current: 3 });
    expect(current('a')).toBe(3);
    state().undo('a');
    expect(current('a')).toBe(2);
    state().undo('a');
    expect(current('a')).toBe(1);
    state().redo('a');
    expect(current('a')).toBe(2);
    state().redo('a');
    expect(current('a')).toBe(3);
    state().redo('a'); // nothing more to redo
    expect(current('a')).toBe(3);
  });

  it('undoes roadmap edits made through update', () => {
    state().update('a', (a) => ({
      ...a,
      roadmap: { ...a.roadmap, moves: { 'open-source.general.policy@2-3': 'later' } },
    }));
    expect(state().assessments.a?.roadmap.moves).toEqual({ 'open-source.general.policy@2-3': 'later' });
    state().undo('a');
    expect(state().assessments.a?.roadmap.moves).toEqual({});
  });

  it('joins typing in one field into one step, but not edits of different fields', () => {
    const now = 1_000_000;
    const clock = vi.spyOn(Date, 'now');
    clock.mockReturnValue(now);
    state().setAnswer('a', 'open-source.general.policy', { notes: 'E' });
    clock.mockReturnValue(now + 100);
    state().setAnswer('a', 'open-source.general.policy', { notes: 'Es' });
    clock.mockReturnValue(now + 200);
    state().setAnswer('a', 'open-source.general.policy', { notes: 'Esi' });
    clock.mockReturnValue(now + 300);
    state().setAnswer('a', 'open-source.general.policy', { current: 4 });
    expect(state().history.a?.past).toHaveLength(2);
    // a pause longer than the grouping window starts a new step even in the same field
    clock.mockReturnValue(now + 300 + undoGroupMs + 1);
    state().setAnswer('a', 'open-source.general.policy', { notes: 'Esimerkki' });
    clock.mockReturnValue(now + 400 + undoGroupMs + 1);
    state().setAnswer('a', 'open-source.general.policy', { notes: 'Esimerkkiä' });
    expect(state().history.a?.past).toHaveLength(3);
    state().undo('a');
    expect(state().assessments.a?.answers['open-source.general.policy']?.notes).toBe('Esi');
    state().undo('a');
    expect(current('a')).toBeNull();
    expect(state().assessments.a?.answers['open-source.general.policy']?.notes).toBe('Esi');
    state().undo('a');
    expect(state().assessments.a?.answers['open-source.general.policy']).toBeUndefined();
  });

  it('keeps each assessment’s history apart', () => {
    state().setAnswer('a', 'x', { current: 1 });
    state().setAnswer('b', 'x', { current: 5 });
    state().undo('a');
    expect(current('a', 'x')).toBeUndefined();
    expect(current('b', 'x')).toBe(5);
  });

  it('forgets the redo steps after a new edit, and keeps at most the limit', () => {
    state().setAnswer('a', 'x', { current: 1 });
    state().undo('a');
    state().setAnswer('a', 'x', { current: 2 });
    expect(state().history.a?.future).toEqual([]);
    for (let i = 0; i < undoLimit + 20; i++) state().update('a', (a) => ({ ...a, facilitator: `f${i}` }));
    expect(state().history.a?.past).toHaveLength(undoLimit);
  });

  it('stamps the time of an undo, so the library shows it as an edit', () => {
    const before = state().assessments.a!.updatedAt;
    state().setAnswer('a', 'x', { current: 1 });
    state().undo('a');
    expect(state().assessments.a!.updatedAt >= before).toBe(true);
    expect(state().assessments.a!.updatedAt).not.toBe('2025-03-14T10:00:00.000Z');
  });
});

describe('library changes', () => {
  it('renames, and an empty name falls back to municipality and date', () => {
    state().rename('a', '  Kevään työpaja  ');
    expect(state().assessments.a?.title).toBe('Kevään työpaja');
    state().rename('a', '   ');
    expect(state().assessments.a).not.toHaveProperty('title');
  });

  it('re-assesses next year from last year’s answers as the baseline, leaving the original alone', () => {
    useLibrary.setState({
      assessments: {
        a: assessment('a', {
          title: 'Arviointi 2025',
          answers: {
            x: {
              ...emptyAnswer(),
              current: 2,
              target: 4,
              notes: 'pohja',
              evidence: ['https://example.org/'],
              votes: { 'p-1': 2 },
              dots: { 'p-1': 3 },
            },
          },
        }),
      },
    });
    const original = structuredClone(state().assessments.a);
    const id = state().duplicate('a', { title: 'Arviointi 2026', date: '2026-03-14', keepAnswers: true })!;
    const copy = state().assessments[id]!;
    expect(id).not.toBe('a');
    expect(copy).toMatchObject({
      title: 'Arviointi 2026',
      date: '2026-03-14',
      municipality: original!.municipality,
    });
    expect(copy.answers.x).toEqual({ ...original!.answers.x, votes: {}, dots: {} });
    expect(copy.createdAt).toBe(copy.updatedAt);
    expect(state().assessments.a).toEqual(original);
    // a fresh copy without answers
    const empty = state().duplicate('a', { title: '', date: '2026-03-14', keepAnswers: false })!;
    expect(state().assessments[empty]?.answers).toEqual({});
    expect(state().assessments[empty]).not.toHaveProperty('title');
    expect(state().duplicate('missing', { title: '', date: '2026-03-14', keepAnswers: true })).toBeNull();
  });

  it('duplicates without sharing objects with the source', () => {
    const source = assessment('a', {
      answers: { x: { ...emptyAnswer(), evidence: ['https://example.org/'] } },
    });
    const copy = duplicateAssessment(source, {
      id: 'c',
      now: '2026-01-01T00:00:00.000Z',
      title: 'c',
      date: '2026-01-01',
      keepAnswers: true,
    });
    copy.answers.x!.evidence.push('https://example.org/2');
    copy.participants[0]!.name = 'muutettu';
    expect(source.answers.x!.evidence).toHaveLength(1);
    expect(source.participants[0]!.name).toBe('Aino');
  });

  it('starts a re-assessment without the earlier workshop, whether or not it keeps the answers', () => {
    const source = assessment('a', {
      answers: { x: { ...emptyAnswer(), current: 3, votes: { p1: 3 }, dots: { p1: 2 } } },
      workshop: {
        agenda: [
          {
            id: 'introduction',
            kind: 'introduction',
            minutes: 25,
            startedAt: '2025-03-14T09:00:00.000Z',
            endedAt: '2025-03-14T09:30:00.000Z',
            elapsedSeconds: 1800,
          },
        ],
        currentItem: 'x',
        revealed: ['x'],
        showNames: true,
        collect: 'pass',
        dotsPerParticipant: 5,
        soundOn: true,
        decisions: ['Rajapinnat ensin'],
        openQuestions: ['Kuka omistaa rajapintaluettelon?'],
      },
    });
    for (const keepAnswers of [true, false]) {
      const copy = duplicateAssessment(source, {
        id: 'c',
        now: '2026-03-14T08:00:00.000Z',
        title: '',
        date: '2026-03-14',
        keepAnswers,
      });
      expect(copy).not.toHaveProperty('workshop');
      if (keepAnswers) expect(copy.answers.x).toMatchObject({ current: 3, votes: {}, dots: {} });
    }
    // the earlier assessment keeps its workshop
    expect(source.workshop?.revealed).toEqual(['x']);
  });

  it('deletes with undo', () => {
    state().setAnswer('a', 'x', { current: 3 });
    state().deleteAssessment('a');
    expect(state().assessments.a).toBeUndefined();
    expect(state().lastChange?.kind).toBe('deleted');
    state().undoLibraryChange();
    expect(current('a', 'x')).toBe(3);
    expect(state().lastChange).toBeNull();
  });

  it('imports as new, as a copy beside, or in place (with undo); never overwrites unasked', () => {
    const incoming = assessment('a', { facilitator: 'Tiedostosta' });
    expect(() => state().importAssessment(incoming, { mode: 'new' })).toThrow(/exists/);
    expect(state().assessments.a?.facilitator).toBe('');
    const copyId = state().importAssessment(incoming, { mode: 'copy', title: 'Helsinki (tiedostosta)' });
    expect(copyId).not.toBe('a');
    expect(state().assessments[copyId]).toMatchObject({
      id: copyId,
      facilitator: 'Tiedostosta',
      title: 'Helsinki (tiedostosta)',
    });
    expect(state().assessments.a?.facilitator).toBe('');
    state().importAssessment(incoming, { mode: 'replace' });
    expect(state().assessments.a?.facilitator).toBe('Tiedostosta');
    state().undoLibraryChange();
    expect(state().assessments.a?.facilitator).toBe('');
    expect(state().importAssessment(assessment('fresh'), { mode: 'new' })).toBe('fresh');
  });

  it('undoing a replacement keeps edits made to the replacement since, as a copy', () => {
    state().importAssessment(assessment('a', { facilitator: 'Tiedostosta' }), { mode: 'replace' });
    state().update('a', (a) => ({ ...a, facilitator: 'Muokattu tuonnin jälkeen' }));
    state().undoLibraryChange();
    const all = Object.values(state().assessments);
    expect(state().assessments.a?.facilitator).toBe('');
    expect(
      all.some((candidate) => candidate.facilitator === 'Muokattu tuonnin jälkeen' && candidate.id !== 'a'),
    ).toBe(true);
  });
});
