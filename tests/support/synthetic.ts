// Deterministic synthetic data for the benchmark: a large questionnaire, an assessment with
// participants' votes, participants' own files to merge, and a catalog. Same seed, same data.
import type { Answer, AnswerValue, Assessment } from '../../src/domain/assessment/schema';
import { emptyAnswer } from '../../src/domain/assessment/create';
import type { Offering } from '../../src/domain/offering/schema';
import type { Effort, Item, Questionnaire } from '../../src/domain/questionnaire/schema';
import { assessment, text } from './fixtures';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const syntheticAreas = [
  'social-health',
  'education-culture',
  'vitality',
  'land-use',
  'finance',
  'information-management',
  'hr',
  'municipal-engineering',
];
const syntheticPhases = ['strategy', 'development', 'production'];
const syntheticDimensions = [
  'open-source',
  'open-standards',
  'open-apis',
  'open-architecture',
  'open-data',
  'open-innovation',
];
const tagVocabulary = Array.from({ length: 60 }, (_, i) => `tag-${i}`);

function pick<T>(rnd: () => number, values: readonly T[]): T {
  return values[Math.floor(rnd() * values.length)] as T;
}

function someOf<T>(rnd: () => number, values: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(rnd() * (max - min + 1));
  const pool = [...values];
  const result: T[] = [];
  while (result.length < count && pool.length > 0)
    result.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0] as T);
  return result;
}

/**
 * A questionnaire of `items` items over the real eight areas, three phases and six dimensions:
 * a third for all areas, 10 % with a prerequisite on an earlier item, 1 % with a deadline, 5 % of
 * actions shared with other items (so steps merge).
 */
export function syntheticQuestionnaire(items: number, seed = 1): Questionnaire {
  const rnd = random(seed);
  const built: Item[] = [];
  for (let i = 0; i < items; i++) {
    const dimension = pick(rnd, syntheticDimensions);
    const general = rnd() < 0.33;
    const areas = general ? ('all' as const) : someOf(rnd, syntheticAreas, 1, 2);
    const id = `${dimension}.${general ? 'general' : (areas as string[])[0]}.item-${i}`;
    const prerequisites =
      i > 0 && rnd() < 0.1
        ? [{ item: (built[Math.floor(rnd() * i)] as Item).id, level: 1 + Math.floor(rnd() * 4) }]
        : [];
    built.push({
      id,
      dimension,
      phases: rnd() < 0.3 ? 'all' : someOf(rnd, syntheticPhases, 1, 2),
      areas,
      weight: pick(rnd, [1, 2, 3] as const),
      question: text(`question ${i}`),
      help: text(`help ${i}`),
      levels: [0, 1, 2, 3, 4, 5].map((n) => text(`item ${i} level ${n}`)),
      actions: [0, 1, 2, 3, 4].map((n) => {
        const effort: Effort = pick(rnd, ['S', 'M', 'L'] as const);
        const max = effort === 'S' ? 20_000 : effort === 'M' ? 80_000 : 400_000;
        return {
          text:
            rnd() < 0.05
              ? text(`shared action ${n}-${Math.floor(rnd() * 20)}`)
              : text(`item ${i} action ${n}`),
          effort,
          cost: { min: Math.floor(max / 4), max },
        };
      }),
      tags: someOf(rnd, tagVocabulary, 2, 5),
      prerequisites,
      ethics: rnd() < 0.05,
      ...(rnd() < 0.01 && {
        deadlines: [{ date: pick(rnd, ['2028-01-01', '2029-01-01']), level: 3, reason: text('Ryhti') }],
      }),
      sources: [{ title: 'synthetic' }],
    });
  }
  return {
    id: 'synthetic',
    version: '1.0.0',
    title: text('Synthetic questionnaire'),
    description: text('For the benchmark'),
    scale: [0, 1, 2, 3, 4, 5].map((level) => ({
      level,
      label: text(`level ${level}`),
      meaning: text(`meaning ${level}`),
    })),
    phases: syntheticPhases.map((id) => ({ id, name: text(id), description: text(id) })),
    areas: syntheticAreas.map((id, i) => ({
      id,
      kind: i < 4 ? 'core' : 'support',
      name: text(id),
      description: text(id),
    })),
    dimensions: syntheticDimensions.map((id) => ({ id, name: text(id), description: text(id) })),
    profiles: [{ id: 'full', name: text('Full'), description: text('All'), items: 'all', minutesPerItem: 3 }],
    items: built,
  };
}

function randomValue(rnd: () => number): AnswerValue {
  const r = rnd();
  if (r < 0.05) return 'unknown';
  if (r < 0.08) return 'not-applicable';
  return Math.floor(rnd() * 4);
}

export const participantIds = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `p${i + 1}`);

/** The facilitator's assessment: consensus answers, targets, and every participant's vote and dots. */
export function syntheticAssessment(q: Questionnaire, participants: number, seed = 2): Assessment {
  const rnd = random(seed);
  const ids = participantIds(participants);
  const answers: Record<string, Answer> = {};
  for (const it of q.items) {
    const current = randomValue(rnd);
    const votes: Record<string, AnswerValue> = {};
    for (const id of ids) votes[id] = randomValue(rnd);
    const dots: Record<string, number> = {};
    if (rnd() < 0.1) dots[pick(rnd, ids)] = 1 + Math.floor(rnd() * 3);
    answers[it.id] = {
      ...emptyAnswer(),
      current,
      target: typeof current === 'number' ? Math.min(5, current + Math.floor(rnd() * 3)) : null,
      confidence: pick(rnd, ['low', 'medium', 'high'] as const),
      impact: pick(rnd, [1, 2, 3] as const),
      votes,
      dots,
    };
  }
  return {
    ...assessment(
      q,
      {},
      {
        areas: syntheticAreas,
        phases: syntheticPhases,
        capacity: { now: 20, next: 60, later: 120 },
        participants: ids.map((id) => ({ id, name: `Participant ${id}` })),
      },
    ),
    answers,
  };
}

/** Each participant's own file: one participant, their own current level for every item. */
export function syntheticParticipantFiles(q: Questionnaire, participants: number, seed = 3): Assessment[] {
  const rnd = random(seed);
  return participantIds(participants).map((id, n) => {
    const answers: Record<string, Answer> = {};
    for (const it of q.items) answers[it.id] = { ...emptyAnswer(), current: randomValue(rnd) };
    return {
      ...assessment(
        q,
        {},
        {
          id: `own-${id}`,
          areas: syntheticAreas,
          phases: syntheticPhases,
          participants: [{ id, name: `Participant ${id}` }],
          updatedAt: `2026-03-01T10:${String(n % 60).padStart(2, '0')}:00.000Z`,
        },
      ),
      answers,
    };
  });
}

/** A catalog of `count` offerings with 1–4 tags from the same vocabulary as the items. */
export function syntheticCatalog(count: number, seed = 4): Offering[] {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `offering-${i}`,
    name: `Offering ${i % 97}`,
    provider: {
      id: `provider-${i % 40}`,
      name: `Provider ${i % 40}`,
      kind: 'company',
      member: false,
    },
    type: pick(rnd, ['product', 'service', 'training', 'support', 'integration'] as const),
    description: text(`offering ${i}`),
    phases: rnd() < 0.5 ? 'all' : someOf(rnd, syntheticPhases, 1, 2),
    areas: rnd() < 0.4 ? 'all' : someOf(rnd, syntheticAreas, 1, 3),
    dimensions: rnd() < 0.2 ? 'all' : someOf(rnd, syntheticDimensions, 1, 2),
    tags: someOf(rnd, tagVocabulary, 1, 4),
    licence: { spdx: 'EUPL-1.2', open: text('source code'), closed: null },
    pricing: { model: 'daily', from: 800, to: 1_200, unit: text('per day') },
  }));
}
