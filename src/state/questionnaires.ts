import type { Questionnaire } from '../domain/questionnaire/schema';

/**
 * Questionnaires the app ships, loaded on demand so their texts never weigh on the first load.
 * The files are validated by the test suite (tests/unit/questionnaire-files.test.ts), so the app
 * takes them as they are.
 */
const loaders: Record<string, () => Promise<Questionnaire>> = {
  'avoin-kunta': async () => (await import('../../questionnaires/avoin-kunta.json')).default as Questionnaire,
};

/** The questionnaire new assessments are made with. */
export const defaultQuestionnaireId = 'avoin-kunta';

const cache = new Map<string, Promise<Questionnaire>>();

/** Loads a shipped questionnaire by id (cached); rejects for an unknown id. */
export function loadQuestionnaire(id: string): Promise<Questionnaire> {
  const loader = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
  if (!loader) return Promise.reject(new Error(`unknown questionnaire "${id}"`));
  let pending = cache.get(id);
  if (!pending) {
    pending = loader();
    cache.set(id, pending);
  }
  return pending;
}
