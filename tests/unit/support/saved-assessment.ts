// The small assessment the persistence tests save, load and delete: one area, one phase, no answers.
import { createEmptyAssessment, type NewAssessmentInput } from '../../../src/domain/assessment/create';
import type { Assessment } from '../../../src/domain/assessment/schema';

/** Helsinki, finance, strategy, the full set; `setup` changes what it is created with, `overrides` the result. */
export function savedAssessment(
  id: string,
  overrides: Partial<Assessment> = {},
  setup: Partial<Omit<NewAssessmentInput, 'id'>> = {},
): Assessment {
  return {
    ...createEmptyAssessment({
      id,
      questionnaire: { id: 'avoin-kunta', version: '1.0.0' },
      municipality: { code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors' } },
      date: '2026-03-14',
      scope: { areas: ['finance'], phases: ['strategy'], profile: 'full' },
      now: '2026-03-14T10:00:00.000Z',
      ...setup,
    }),
    ...overrides,
  };
}

/** The same in Hämeenlinna with the quick set, as the library screens' tests use it. */
export const hameenlinna: Partial<Omit<NewAssessmentInput, 'id'>> = {
  municipality: { code: '109', name: { fi: 'Hämeenlinna', sv: 'Tavastehus' } },
  scope: { areas: ['finance'], phases: ['strategy'], profile: 'quick' },
};
