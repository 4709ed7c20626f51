import {
  answerFor,
  createEmptyAssessment,
  defaultSettings,
  emptyAnswer,
} from '../../src/domain/assessment/create';
import { assessmentSchema } from '../../src/domain/assessment/schema';
import { assessment, item, questionnaire } from '../support/fixtures';

const q = questionnaire([item({ id: 'open-source.general.policy' })]);

describe('createEmptyAssessment', () => {
  it('makes a valid assessment with no answers and default capacities', () => {
    const a = createEmptyAssessment({
      id: 'a1',
      questionnaire: { id: 'avoin-kunta', version: '1.0.0' },
      municipality: { code: '837', name: { fi: 'Tampere', sv: 'Tammerfors' } },
      date: '2026-03-01',
      scope: { areas: ['finance'], phases: ['strategy'], profile: 'quick' },
      now: '2026-03-01T08:00:00.000Z',
    });
    expect(assessmentSchema.parse(a)).toEqual(a);
    expect(a.settings).toEqual(defaultSettings);
    expect(a.settings.capacity).not.toBe(defaultSettings.capacity);
    expect(a.createdAt).toBe('2026-03-01T08:00:00.000Z');
  });
});

describe('answerFor', () => {
  it('gives an empty answer for an unanswered item and never an inherited property', () => {
    const a = assessment(q, { 'open-source.general.policy': 3 });
    expect(answerFor(a, 'open-source.general.policy').current).toBe(3);
    expect(answerFor(a, 'constructor')).toEqual(emptyAnswer());
  });
});

describe('assessmentSchema', () => {
  const valid = assessment(q, {
    'open-source.general.policy': { current: 2, evidence: ['https://example.fi/policy.pdf'] },
  });

  it('accepts a valid assessment', () => {
    expect(assessmentSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['an unknown key', { ...valid, extra: 1 }, ''], // zod reports unrecognized keys on the object itself
    [
      'a javascript: evidence link',
      withAnswer({ evidence: ['javascript:alert(1)'] }),
      'answers.open-source.general.policy.evidence.0',
    ],
    ['a level 6', withAnswer({ current: 6 }), 'answers.open-source.general.policy.current'],
    [
      'notes over 5000 characters',
      withAnswer({ notes: 'x'.repeat(5001) }),
      'answers.open-source.general.policy.notes',
    ],
    [
      'a participant name over 200 characters',
      { ...valid, participants: [{ id: 'p1', name: 'x'.repeat(201), role: '' }] },
      'participants.0.name',
    ],
    [
      'a municipality code of two digits',
      { ...valid, municipality: { ...valid.municipality, code: '91' } },
      'municipality.code',
    ],
    ['a date that does not exist', { ...valid, date: '2026-02-30' }, 'date'],
    [
      'a malformed step id in moves',
      { ...valid, roadmap: { ...valid.roadmap, moves: { 'not a step': 'now' } } },
      'roadmap.moves.not a step',
    ],
  ])('refuses %s', (_, value, path) => {
    const result = assessmentSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  function withAnswer(patch: Record<string, unknown>): unknown {
    return { ...valid, answers: { 'open-source.general.policy': { ...emptyAnswer(), ...patch } } };
  }
});
