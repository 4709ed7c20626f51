import { compareNames, compareStrings } from '../collections';
import type { Offering } from './schema';

/** What an offering is matched against: a roadmap step's tags, dimensions, areas and phases. */
export interface MatchTarget {
  tags: readonly string[];
  dimensions: readonly string[];
  areas: readonly string[];
  phases: readonly string[];
}

export interface OfferingMatch {
  offering: Offering;
  score: number;
  /** What overlapped: shown so a reader sees why the offering is suggested. */
  matched: {
    tags: string[];
    dimensions: string[];
    areas: string[] | 'all';
    phases: string[] | 'all';
  };
}

/** Points per overlap (docs/scoring.md): tags count most; an offering for "all" areas counts less than a specific one. */
export const matchWeights = { tag: 3, dimension: 2, specificArea: 2, allAreas: 1, phase: 1 } as const;

/** Offerings listed per step unless the caller asks otherwise. */
export const defaultMaxMatches = 5;

/** An offering prepared for matching: its lists as sets ("all" as null). */
export interface IndexedOffering {
  offering: Offering;
  /** Lower-cased name, for the neutral tie order. */
  sortName: string;
  tags: ReadonlySet<string>;
  /** null = "all". */
  dimensions: ReadonlySet<string> | null;
  areas: ReadonlySet<string> | null;
  phases: ReadonlySet<string> | null;
}

/** Bits used per word: 30 keeps every word a small integer, which V8 handles fastest. */
const wordBits = 30;

/**
 * Ids of one kind (tags, dimensions, areas or phases) numbered for bit sets. Ids a target names
 * that no offering uses get no bit: they cannot overlap anything.
 */
class Bits {
  readonly ids = new Map<string, number>();

  add(id: string): void {
    if (!this.ids.has(id)) this.ids.set(id, this.ids.size);
  }

  get words(): number {
    return Math.max(1, Math.ceil(this.ids.size / wordBits));
  }

  /** Sets the bits of `ids` in `into` starting at word `offset`. Mutates `into`. */
  fill(ids: Iterable<string>, into: Int32Array, offset: number): void {
    for (const id of ids) {
      const bit = this.ids.get(id);
      if (bit === undefined) continue;
      const word = offset + Math.floor(bit / wordBits);
      into[word] = (into[word] as number) | (1 << (bit % wordBits));
    }
  }
}

/**
 * A catalog prepared for matching many steps: each offering's tags, dimensions, areas and phases as
 * bit sets, and posting lists that find the offerings that can qualify for a target.
 */
export interface CatalogIndex {
  offerings: IndexedOffering[];
  /** Offerings by tag. */
  byTag: ReadonlyMap<string, number[]>;
  /** Offerings naming an area specifically, by dimension ("*" for offerings of every dimension), then area. */
  byDimensionArea: ReadonlyMap<string, ReadonlyMap<string, number[]>>;
  /** Scratch space of `matchOfferings`, one slot per offering; reused between calls, never part of a result. */
  scratch: {
    stamp: Int32Array;
    round: number;
    candidates: Int32Array;
    /** The target's bit sets, one per kind. */
    target: { tags: Int32Array; dimensions: Int32Array; areas: Int32Array; phases: Int32Array };
  };
  bits: { tags: Bits; dimensions: Bits; areas: Bits; phases: Bits };
  /** Per offering, `words` words per kind; an "all" offering has its `all` flag set instead. */
  tags: Int32Array;
  dimensions: Int32Array;
  areas: Int32Array;
  phases: Int32Array;
  allDimensions: Uint8Array;
  allAreas: Uint8Array;
  allPhases: Uint8Array;
}

const setOrAll = (ids: 'all' | readonly string[]): ReadonlySet<string> | null =>
  ids === 'all' ? null : new Set(ids);

function addTo(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

/** Indexes a catalog for `matchOfferings`. */
export function indexCatalog(offerings: readonly Offering[]): CatalogIndex {
  const bits = { tags: new Bits(), dimensions: new Bits(), areas: new Bits(), phases: new Bits() };
  const indexed = offerings.map((offering): IndexedOffering => {
    const entry: IndexedOffering = {
      offering,
      sortName: offering.name.toLowerCase(),
      tags: new Set(offering.tags),
      dimensions: setOrAll(offering.dimensions),
      areas: setOrAll(offering.areas),
      phases: setOrAll(offering.phases),
    };
    entry.tags.forEach((id) => bits.tags.add(id));
    entry.dimensions?.forEach((id) => bits.dimensions.add(id));
    entry.areas?.forEach((id) => bits.areas.add(id));
    entry.phases?.forEach((id) => bits.phases.add(id));
    return entry;
  });
  const byTag = new Map<string, number[]>();
  const byDimensionArea = new Map<string, Map<string, number[]>>();
  indexed.forEach((entry, i) => {
    for (const tag of entry.tags) addTo(byTag, tag, i);
    if (entry.areas === null) return;
    for (const dimension of entry.dimensions ?? ['*']) {
      const byArea = byDimensionArea.get(dimension) ?? new Map<string, number[]>();
      byDimensionArea.set(dimension, byArea);
      for (const area of entry.areas) addTo(byArea, area, i);
    }
  });
  const n = offerings.length;
  const index: CatalogIndex = {
    offerings: indexed,
    byTag,
    byDimensionArea,
    scratch: {
      stamp: new Int32Array(n),
      round: 0,
      candidates: new Int32Array(n),
      target: {
        tags: new Int32Array(bits.tags.words),
        dimensions: new Int32Array(bits.dimensions.words),
        areas: new Int32Array(bits.areas.words),
        phases: new Int32Array(bits.phases.words),
      },
    },
    bits,
    tags: new Int32Array(n * bits.tags.words),
    dimensions: new Int32Array(n * bits.dimensions.words),
    areas: new Int32Array(n * bits.areas.words),
    phases: new Int32Array(n * bits.phases.words),
    allDimensions: new Uint8Array(n),
    allAreas: new Uint8Array(n),
    allPhases: new Uint8Array(n),
  };
  indexed.forEach((entry, i) => {
    bits.tags.fill(entry.tags, index.tags, i * bits.tags.words);
    if (entry.dimensions === null) index.allDimensions[i] = 1;
    else bits.dimensions.fill(entry.dimensions, index.dimensions, i * bits.dimensions.words);
    if (entry.areas === null) index.allAreas[i] = 1;
    else bits.areas.fill(entry.areas, index.areas, i * bits.areas.words);
    if (entry.phases === null) index.allPhases[i] = 1;
    else bits.phases.fill(entry.phases, index.phases, i * bits.phases.words);
  });
  return index;
}

/** Number of set bits in a word (below 2^30). */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Number of bits `a` (from word `offset`) and `b` share over `words` words. */
function shared(a: Int32Array, offset: number, b: Int32Array, words: number): number {
  if (words === 1) return popcount((a[offset] as number) & (b[0] as number));
  let count = 0;
  for (let w = 0; w < words; w++) count += popcount((a[offset + w] as number) & (b[w] as number));
  return count;
}

function anyShared(a: Int32Array, offset: number, b: Int32Array, words: number): boolean {
  if (words === 1) return ((a[offset] as number) & (b[0] as number)) !== 0; // the usual case: ≤ 30 ids
  for (let w = 0; w < words; w++) if (((a[offset + w] as number) & (b[w] as number)) !== 0) return true;
  return false;
}

/** The ids of `wanted` that `have` holds, in `wanted`'s order. */
function overlap(wanted: readonly string[], have: ReadonlySet<string>): string[] {
  const result: string[] = [];
  for (let i = 0; i < wanted.length; i++) if (have.has(wanted[i] as string)) result.push(wanted[i] as string);
  return result;
}

function areaPoints(specific: boolean, all: boolean, target: MatchTarget): number {
  if (specific) return matchWeights.specificArea;
  return all && target.areas.length > 0 ? matchWeights.allAreas : 0;
}

/**
 * How well one offering fits a target, or null when it does not qualify. An offering qualifies
 * when it shares a tag, or shares a dimension and names one of the target's areas specifically.
 */
export function scoreOffering(target: MatchTarget, indexed: IndexedOffering): OfferingMatch | null {
  const tags = overlap(target.tags, indexed.tags);
  const dimensions =
    indexed.dimensions === null ? [...target.dimensions] : overlap(target.dimensions, indexed.dimensions);
  const areas = indexed.areas === null ? 'all' : overlap(target.areas, indexed.areas);
  const phases = indexed.phases === null ? 'all' : overlap(target.phases, indexed.phases);
  const specificArea = areas !== 'all' && areas.length > 0;
  if (tags.length === 0 && !(dimensions.length > 0 && specificArea)) return null;
  const phaseHit = phases === 'all' ? target.phases.length > 0 : phases.length > 0;
  const score =
    tags.length * matchWeights.tag +
    (dimensions.length > 0 ? matchWeights.dimension : 0) +
    areaPoints(specificArea, areas === 'all', target) +
    (phaseHit ? matchWeights.phase : 0);
  return { offering: indexed.offering, score, matched: { tags, dimensions, areas, phases } };
}

/** Best first; equal scores by name, then id, so the order never depends on the catalog's order. */
export function compareMatches(a: OfferingMatch, b: OfferingMatch): number {
  return (
    b.score - a.score ||
    compareNames(a.offering.name, b.offering.name) ||
    compareStrings(a.offering.id, b.offering.id)
  );
}

/** The same order as `compareMatches`, on indexed offerings and precomputed scores. */
function compareCandidates(a: IndexedOffering, scoreA: number, b: IndexedOffering, scoreB: number): number {
  return (
    scoreB - scoreA ||
    compareStrings(a.sortName, b.sortName) ||
    compareStrings(a.offering.name, b.offering.name) ||
    compareStrings(a.offering.id, b.offering.id)
  );
}

/** Writes the bit set of `ids` into `into` (cleared first). Mutates `into`. */
function targetBits(bits: Bits, ids: readonly string[], into: Int32Array): Int32Array {
  into.fill(0);
  bits.fill(ids, into, 0);
  return into;
}

/**
 * The offerings that qualify for `target` can be found through the index: those sharing a tag, and
 * those naming one of its areas for one of its dimensions. Returns how many were written to
 * `scratch.candidates`. Mutates the scratch space.
 */
/** True when a list names some id twice (lists here are short: no Set needed). */
function hasRepeats(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++) for (let j = 0; j < i; j++) if (ids[i] === ids[j]) return true;
  return false;
}

/** Starts a new round of the scratch stamps (so nothing needs clearing) and returns its number. */
function nextRound(index: CatalogIndex): number {
  const scratch = index.scratch;
  if (scratch.round >= 0x3fffffff) {
    scratch.stamp.fill(0);
    scratch.round = 0;
  }
  return ++scratch.round;
}

/** Appends the offerings of `list` not yet seen this round to the candidates; returns the new count. Mutates the scratch space. */
function addCandidates(
  index: CatalogIndex,
  list: readonly number[] | undefined,
  round: number,
  count: number,
): number {
  if (!list) return count;
  const { stamp, candidates } = index.scratch;
  for (let i = 0; i < list.length; i++) {
    const n = list[i] as number;
    if (stamp[n] !== round) {
      stamp[n] = round;
      candidates[count++] = n;
    }
  }
  return count;
}

/** Candidates sharing a tag with the target. */
function gatherTagged(target: MatchTarget, index: CatalogIndex, round: number): number {
  let count = 0;
  for (const tag of target.tags) count = addCandidates(index, index.byTag.get(tag), round, count);
  return count;
}

/** Candidates naming one of the target's areas for one of its dimensions, appended after `count`. */
function gatherByDimensionArea(
  target: MatchTarget,
  index: CatalogIndex,
  round: number,
  count: number,
): number {
  if (target.dimensions.length === 0) return count;
  // Nested maps, not "dimension/area" string keys: building a key string per look-up costs more than the rest.
  const anyDimension = index.byDimensionArea.get('*');
  const dimensions = target.dimensions.map((d) => index.byDimensionArea.get(d));
  for (const area of target.areas) {
    count = addCandidates(index, anyDimension?.get(area), round, count);
    for (const byArea of dimensions) count = addCandidates(index, byArea?.get(area), round, count);
  }
  return count;
}

/** True when (indexed, score) goes before the kept candidate at position `at`. */
function beats(
  index: CatalogIndex,
  indexed: IndexedOffering,
  score: number,
  bestN: readonly number[],
  bestScore: readonly number[],
  at: number,
): boolean {
  const other = index.offerings[bestN[at] as number] as IndexedOffering;
  return compareCandidates(indexed, score, other, bestScore[at] as number) < 0;
}

/**
 * The offerings that fit `target`, best first, at most `max`. Same result as scoring every
 * offering with `scoreOffering` and sorting with `compareMatches` (a property test checks this),
 * but only offerings reached through the index are scored, from bit-set overlaps, and only the
 * best `max` get their details built. Uses the index's scratch space (not re-entrant).
 */
export function matchOfferings(
  target: MatchTarget,
  index: CatalogIndex,
  max: number = defaultMaxMatches,
): OfferingMatch[] {
  if (max <= 0) return [];
  const { bits } = index;
  const tagWords = bits.tags.words;
  const dimensionWords = bits.dimensions.words;
  const areaWords = bits.areas.words;
  const phaseWords = bits.phases.words;
  const into = index.scratch.target;
  const tags = targetBits(bits.tags, target.tags, into.tags);
  const dimensions = targetBits(bits.dimensions, target.dimensions, into.dimensions);
  const areas = targetBits(bits.areas, target.areas, into.areas);
  const phases = targetBits(bits.phases, target.phases, into.phases);
  // A target naming the same tag twice counts it twice, as `scoreOffering` does.
  const repeatedTags = hasRepeats(target.tags);
  const hasDimensions = target.dimensions.length > 0;
  const hasAreas = target.areas.length > 0;
  const hasPhases = target.phases.length > 0;

  const candidates = index.scratch.candidates;
  // The best `max` so far, best first: offering indexes and their scores.
  const bestN: number[] = [];
  const bestScore: number[] = [];
  const maxOtherPoints = matchWeights.dimension + matchWeights.specificArea + matchWeights.phase;
  const consider = (from: number, to: number): void => {
    for (let c = from; c < to; c++) {
      const n = candidates[c] as number;
      const tagCount = repeatedTags
        ? (scoreOffering(target, index.offerings[n] as IndexedOffering)?.matched.tags.length ?? 0)
        : shared(index.tags, n * tagWords, tags, tagWords);
      // Once the list is full, skip what cannot reach its last score even with every other point.
      const full = bestN.length === max;
      if (full && tagCount * matchWeights.tag + maxOtherPoints < (bestScore[max - 1] as number)) continue;
      const dimensionHit =
        index.allDimensions[n] === 1
          ? hasDimensions
          : anyShared(index.dimensions, n * dimensionWords, dimensions, dimensionWords);
      const specificArea = index.allAreas[n] === 0 && anyShared(index.areas, n * areaWords, areas, areaWords);
      if (tagCount === 0 && !(dimensionHit && specificArea)) continue;
      const phaseHit =
        index.allPhases[n] === 1 ? hasPhases : anyShared(index.phases, n * phaseWords, phases, phaseWords);
      const score =
        tagCount * matchWeights.tag +
        (dimensionHit ? matchWeights.dimension : 0) +
        (specificArea
          ? matchWeights.specificArea
          : index.allAreas[n] === 1 && hasAreas
            ? matchWeights.allAreas
            : 0) +
        (phaseHit ? matchWeights.phase : 0);

      const indexed = index.offerings[n] as IndexedOffering;
      if (full && !beats(index, indexed, score, bestN, bestScore, max - 1)) continue;
      let at = full ? max - 1 : bestN.length;
      while (at > 0 && beats(index, indexed, score, bestN, bestScore, at - 1)) at--;
      // Insert at `at`, shifting the rest down; the last falls off when the list is full.
      let last = full ? max - 1 : bestN.length;
      for (; last > at; last--) {
        bestN[last] = bestN[last - 1] as number;
        bestScore[last] = bestScore[last - 1] as number;
      }
      bestN[at] = n;
      bestScore[at] = score;
    }
  };

  // Offerings sharing a tag first. Those without one score at most `maxOtherPoints`: look them up
  // only when they could still make the list.
  const round = nextRound(index);
  const tagged = gatherTagged(target, index, round);
  consider(0, tagged);
  if (bestN.length < max || (bestScore[max - 1] as number) <= maxOtherPoints) {
    consider(tagged, gatherByDimensionArea(target, index, round, tagged));
  }
  return bestN.map((n) => scoreOffering(target, index.offerings[n] as IndexedOffering) as OfferingMatch);
}
