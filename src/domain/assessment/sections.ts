import type { Questionnaire } from '../questionnaire/schema';
import type { Answer } from './schema';
import type { ResolvedScope } from './scope';

/**
 * The answer screen walks an assessment phase by phase, and within a phase first the items that
 * concern the whole municipality ("general") and then each service area in scope. Each item is
 * asked once, so a group never answers the same question twice.
 */
export interface AnswerSection {
  /** `<phase>.<area>` or `<phase>.general`; stable, so it can live in the URL. */
  id: string;
  phase: string;
  /** The service area, or null for the items that concern every area in scope. */
  area: string | null;
  /** Item ids in the order they are asked: by dimension (questionnaire order), then by position. */
  itemIds: string[];
}

/** Id part of the section that holds the general items of a phase. */
export const generalSectionKey = 'general';

export function sectionId(phase: string, area: string | null): string {
  return `${phase}.${area ?? generalSectionKey}`;
}

/**
 * Groups the in-scope items into answer sections: phase × (general + each area in scope), in the
 * questionnaire's phase and area order. An item goes to the first of its in-scope phases; to
 * `general` when its areas are "all" or it applies to more than one in-scope area, else to its
 * single area. Sections without items are left out.
 */
export function answerSections(questionnaire: Questionnaire, scope: ResolvedScope): AnswerSection[] {
  const dimensionOrder = new Map(questionnaire.dimensions.map((d, i) => [d.id, i]));
  const buckets = new Map<string, Array<{ id: string; dimension: number; index: number }>>();
  for (const scoped of scope.items) {
    const phase = scoped.phases[0];
    if (phase === undefined) continue; // resolveScope never yields this; kept for the type
    const area = scoped.item.areas === 'all' || scoped.areas.length !== 1 ? null : (scoped.areas[0] ?? null);
    const key = sectionId(phase, area);
    const bucket = buckets.get(key) ?? [];
    bucket.push({
      id: scoped.item.id,
      // unknown dimensions (an older file) go last rather than disappear
      dimension: dimensionOrder.get(scoped.item.dimension) ?? Number.MAX_SAFE_INTEGER,
      index: scoped.index,
    });
    buckets.set(key, bucket);
  }

  const sections: AnswerSection[] = [];
  for (const phase of scope.phases) {
    for (const area of [null, ...scope.areas]) {
      const id = sectionId(phase, area);
      const bucket = buckets.get(id);
      if (!bucket || bucket.length === 0) continue;
      bucket.sort((a, b) => a.dimension - b.dimension || a.index - b.index);
      sections.push({ id, phase, area, itemIds: bucket.map((entry) => entry.id) });
    }
  }
  return sections;
}

/** True when the item has a recorded current level, "not applicable" or "don't know". */
export function isAnswered(answer: Pick<Answer, 'current'> | undefined): boolean {
  return answer !== undefined && answer.current !== null;
}

type AnswerLookup = (itemId: string) => Pick<Answer, 'current'> | undefined;

/** How many of a section's items are answered. */
export function sectionProgress(
  section: Pick<AnswerSection, 'itemIds'>,
  answerOf: AnswerLookup,
): { answered: number; total: number } {
  let answered = 0;
  for (const id of section.itemIds) if (isAnswered(answerOf(id))) answered++;
  return { answered, total: section.itemIds.length };
}

/** The section to open when none is named: the first with unanswered items, else the first. */
export function defaultSection(
  sections: readonly AnswerSection[],
  answerOf: AnswerLookup,
): AnswerSection | undefined {
  return sections.find((s) => s.itemIds.some((id) => !isAnswered(answerOf(id)))) ?? sections[0];
}

/** Where an item sits: its section and its position within it. */
export interface ItemPosition {
  sectionId: string;
  itemId: string;
}

function flatten(sections: readonly AnswerSection[]): ItemPosition[] {
  return sections.flatMap((s) => s.itemIds.map((itemId) => ({ sectionId: s.id, itemId })));
}

/**
 * The item `step` places after (1) or before (-1) `fromItemId` across all sections, or undefined
 * at either end. Without a starting item, the first (or last) item of `fromSectionId` is returned.
 */
export function neighbourItem(
  sections: readonly AnswerSection[],
  from: { itemId?: string; sectionId: string },
  step: 1 | -1,
): ItemPosition | undefined {
  const all = flatten(sections);
  if (from.itemId === undefined) {
    const inSection = all.filter((p) => p.sectionId === from.sectionId);
    return step === 1 ? inSection[0] : inSection[inSection.length - 1];
  }
  const at = all.findIndex((p) => p.itemId === from.itemId);
  if (at < 0) return undefined;
  return all[at + step];
}

/**
 * The next unanswered item after `from` (the item itself excluded), searching to the end and then
 * from the beginning, so the last gaps are found wherever the user stands. Undefined when every
 * item is answered. Without a starting item, the search starts at the top of `from.sectionId`.
 */
export function nextUnanswered(
  sections: readonly AnswerSection[],
  from: { itemId?: string; sectionId: string },
  answerOf: AnswerLookup,
): ItemPosition | undefined {
  const all = flatten(sections);
  if (all.length === 0) return undefined;
  let start: number;
  if (from.itemId !== undefined) {
    const at = all.findIndex((p) => p.itemId === from.itemId);
    start = at < 0 ? 0 : at + 1;
  } else {
    const first = all.findIndex((p) => p.sectionId === from.sectionId);
    start = first < 0 ? 0 : first;
  }
  for (let offset = 0; offset < all.length; offset++) {
    const candidate = all[(start + offset) % all.length];
    if (candidate && candidate.itemId !== from.itemId && !isAnswered(answerOf(candidate.itemId))) {
      return candidate;
    }
  }
  return undefined;
}
