// Small questionnaires, assessments and offerings for engine tests, built by helper functions so
// each test states only what it is about. Every text exists in fi, sv and en.
import type { Answer, AnswerValue, Assessment } from '../../src/domain/assessment/schema';
import { createEmptyAssessment, emptyAnswer } from '../../src/domain/assessment/create';
import type {
  Action,
  Deadline,
  Effort,
  Item,
  Prerequisite,
  Questionnaire,
} from '../../src/domain/questionnaire/schema';
import type { Offering, OfferingType } from '../../src/domain/offering/schema';
import type { LocalizedText } from '../../src/domain/text';

/** A text in all three languages, derived from an English phrase. */
export function text(en: string): LocalizedText {
  return { fi: `${en} (fi)`, sv: `${en} (sv)`, en };
}

export const phaseIds = ['strategy', 'development', 'production'] as const;
export const areaIds = ['land-use', 'education-culture', 'finance', 'information-management'] as const;
export const dimensionIds = ['open-source', 'open-apis', 'open-data'] as const;

export interface ItemSpec {
  id: string;
  dimension?: string;
  phases?: 'all' | string[];
  areas?: 'all' | string[];
  weight?: 1 | 2 | 3;
  tags?: string[];
  prerequisites?: Prerequisite[];
  ethics?: boolean;
  deadlines?: Deadline[];
  replaces?: string[];
  /** Effort of every action, unless `actions` says otherwise. */
  effort?: Effort;
  /** Cost band of every action, unless `actions` says otherwise. */
  cost?: { min: number; max: number };
  /** Overrides per action index (0 = 0→1 … 4 = 4→5); `text` as an English phrase. */
  actions?: Partial<
    Record<0 | 1 | 2 | 3 | 4, { text?: string; effort?: Effort; cost?: { min: number; max: number } }>
  >;
}

/** A valid item; action texts are unique to the item unless overridden. */
export function item(spec: ItemSpec): Item {
  const actions: Action[] = [0, 1, 2, 3, 4].map((n) => {
    const override = spec.actions?.[n as 0 | 1 | 2 | 3 | 4];
    return {
      text: text(override?.text ?? `${spec.id}: lift ${n} to ${n + 1}`),
      effort: override?.effort ?? spec.effort ?? 'S',
      cost: override?.cost ?? spec.cost ?? { min: 1_000, max: 10_000 },
    };
  });
  return {
    id: spec.id,
    ...(spec.replaces && { replaces: spec.replaces }),
    dimension: spec.dimension ?? spec.id.split('.')[0] ?? 'open-source',
    phases: spec.phases ?? 'all',
    areas: spec.areas ?? 'all',
    weight: spec.weight ?? 1,
    question: text(`question of ${spec.id}`),
    help: text(`help for ${spec.id}`),
    levels: [0, 1, 2, 3, 4, 5].map((n) => text(`${spec.id} at level ${n}`)),
    actions,
    tags: spec.tags ?? [],
    prerequisites: spec.prerequisites ?? [],
    ethics: spec.ethics ?? false,
    ...(spec.deadlines && { deadlines: spec.deadlines }),
    sources: [{ title: 'COSS Avoin kunta -esite' }],
  };
}

/** A valid questionnaire over the fixture phases, areas and dimensions, with profiles "full" and "quick". */
export function questionnaire(
  items: Item[],
  options: { version?: string; quick?: string[] } = {},
): Questionnaire {
  return {
    id: 'test-questionnaire',
    version: options.version ?? '1.0.0',
    title: text('Test questionnaire'),
    description: text('A questionnaire for tests'),
    scale: [0, 1, 2, 3, 4, 5].map((level) => ({
      level,
      label: text(`level ${level}`),
      meaning: text(`meaning ${level}`),
    })),
    phases: phaseIds.map((id) => ({ id, name: text(id), description: text(`${id} phase`) })),
    areas: areaIds.map((id, i) => ({
      id,
      kind: i < 2 ? 'core' : 'support',
      name: text(id),
      description: text(`${id} area`),
    })),
    dimensions: dimensionIds.map((id) => ({ id, name: text(id), description: text(`${id} dimension`) })),
    profiles: [
      { id: 'full', name: text('Full'), description: text('Every item'), items: 'all', minutesPerItem: 5 },
      {
        id: 'quick',
        name: text('Quick'),
        description: text('The essentials'),
        items: options.quick ?? [items[0]?.id ?? 'open-source.general.none'],
        minutesPerItem: 3,
      },
    ],
    items,
  };
}

/** Shorthand for an answer: a value alone, or fields of the answer. */
export type AnswerSpec = AnswerValue | null | Partial<Answer>;

export function answer(spec: AnswerSpec): Answer {
  if (spec === null || typeof spec !== 'object') return { ...emptyAnswer(), current: spec };
  return { ...emptyAnswer(), ...spec };
}

export interface AssessmentSpec {
  id?: string;
  date?: string;
  areas?: string[];
  phases?: string[];
  profile?: string;
  capacity?: { now: number; next: number; later: number };
  participants?: Array<{ id: string; name: string; role?: string }>;
  updatedAt?: string;
  questionnaireVersion?: string;
  roadmap?: Partial<Assessment['roadmap']>;
}

/** A valid assessment of the fixture municipality made with `q`, with the given answers. */
export function assessment(
  q: Questionnaire,
  answers: Record<string, AnswerSpec> = {},
  spec: AssessmentSpec = {},
): Assessment {
  const base = createEmptyAssessment({
    id: spec.id ?? 'assessment-1',
    questionnaire: { id: q.id, version: spec.questionnaireVersion ?? q.version },
    municipality: { code: '999', name: { fi: 'Testikunta', sv: 'Testkommun' }, population: 12_000 },
    date: spec.date ?? '2026-03-01',
    scope: {
      areas: spec.areas ?? [...areaIds],
      phases: spec.phases ?? [...phaseIds],
      profile: spec.profile ?? 'full',
    },
    now: '2026-03-01T09:00:00.000Z',
    facilitator: 'Fasilitaattori',
    participants: (spec.participants ?? []).map((p) => ({ id: p.id, name: p.name, role: p.role ?? '' })),
    ...(spec.capacity && { settings: { capacity: spec.capacity } }),
  });
  return {
    ...base,
    answers: Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, answer(a)])),
    roadmap: { ...base.roadmap, ...spec.roadmap },
    updatedAt: spec.updatedAt ?? base.updatedAt,
  };
}

export interface OfferingSpec {
  id: string;
  name?: string;
  type?: OfferingType;
  phases?: 'all' | string[];
  areas?: 'all' | string[];
  dimensions?: 'all' | string[];
  tags?: string[];
}

/** A valid offering. */
export function offering(spec: OfferingSpec): Offering {
  return {
    id: spec.id,
    name: spec.name ?? spec.id,
    provider: {
      id: `provider-of-${spec.id}`,
      name: `Provider of ${spec.id}`,
      kind: 'company',
      member: false,
    },
    type: spec.type ?? 'service',
    description: text(`description of ${spec.id}`),
    phases: spec.phases ?? 'all',
    areas: spec.areas ?? 'all',
    dimensions: spec.dimensions ?? 'all',
    tags: spec.tags ?? [],
    licence: { spdx: 'MIT', open: text('source code'), closed: text('hosting') },
    pricing: { model: 'daily', from: 900, to: 1_200, unit: text('per day') },
  };
}
