import { compareNames, compareStrings } from '../collections';
import type { Offering } from './schema';

/** What an offering is matched against: a roadmap step's tags, dimensions, areas and phases. */
export interface MatchTarget {
  tags: readonly string[];
  dimensions: readonly string[];
  areas: readonly string[];
  phases: readonly string[];
  /**
   * A general step (one applying to every service area): only a shared tag qualifies an offering,
   * since a shared dimension and one named area say nothing about a step for the whole municipality.
   */
  general: boolean;
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

  /** Sets the bit of `id` in `into` starting at word `offset`. Mutates `into`. */
  set(id: string, into: Int32Array, offset: number): void {
    const bit = this.ids.get(id);
    if (bit === undefined) return;
    const word = offset + Math.floor(bit / wordBits);
    into[word] = (into[word] as number) | (1 << (bit % wordBits));
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
    /** The state of the current search, made on the first. */
    search: Search | null;
  };
  /** The four kinds of list, each with its bits, its lists and the current target's. */
  kinds: { tags: KindIndex; dimensions: KindIndex; areas: KindIndex; phases: KindIndex };
  bits: { tags: Bits; dimensions: Bits; areas: Bits; phases: Bits };
  /** Per offering, `words` words per kind; an "all" offering has its `all` flag set instead. */
  tags: Int32Array;
  dimensions: Int32Array;
  areas: Int32Array;
  phases: Int32Array;
  allDimensions: Uint8Array;
  allAreas: Uint8Array;
  allPhases: Uint8Array;
  /** Each offering's place in the neutral tie order (name case-insensitively, name, id): ties are broken by comparing numbers, not strings. */
  rank: Int32Array;
}

/**
 * One kind of list (tags, dimensions, areas or phases) as the index holds it, with the current
 * target's. The same shape for the four kinds, so code reading them stays monomorphic.
 */
export interface KindIndex {
  bits: Bits;
  /** Words per offering (`bits.words`, which is computed). */
  words: number;
  /** Per offering, `bits.words` words: the offering's ids (none for "all"). */
  lists: Int32Array;
  /** The current target's ids as a bit set. */
  target: Int32Array;
  /** The bit of each id of the current target's list, in order (-1: no offering has it); grown as needed. */
  wanted: Int32Array;
  /** The current target's list copied, once a match overlaps it wholly. */
  whole: string[] | null;
}

function kindIndex(bits: Bits, lists: Int32Array): KindIndex {
  const words = bits.words;
  return { bits, words, lists, target: new Int32Array(words), wanted: new Int32Array(16), whole: null };
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
      search: null,
    },
    // Filled in below, once the lists exist.
    kinds: null as unknown as CatalogIndex['kinds'],
    bits,
    tags: new Int32Array(n * bits.tags.words),
    dimensions: new Int32Array(n * bits.dimensions.words),
    areas: new Int32Array(n * bits.areas.words),
    phases: new Int32Array(n * bits.phases.words),
    allDimensions: new Uint8Array(n),
    allAreas: new Uint8Array(n),
    allPhases: new Uint8Array(n),
    rank: new Int32Array(n),
  };
  index.kinds = {
    tags: kindIndex(bits.tags, index.tags),
    dimensions: kindIndex(bits.dimensions, index.dimensions),
    areas: kindIndex(bits.areas, index.areas),
    phases: kindIndex(bits.phases, index.phases),
  };
  indexed
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => compareCandidates(a.entry, 0, b.entry, 0))
    .forEach(({ i }, place) => (index.rank[i] = place));
  indexed.forEach((entry, i) => {
    entry.tags.forEach((id) => bits.tags.set(id, index.tags, i * bits.tags.words));
    if (entry.dimensions === null) index.allDimensions[i] = 1;
    else
      entry.dimensions.forEach((id) => bits.dimensions.set(id, index.dimensions, i * bits.dimensions.words));
    if (entry.areas === null) index.allAreas[i] = 1;
    else entry.areas.forEach((id) => bits.areas.set(id, index.areas, i * bits.areas.words));
    if (entry.phases === null) index.allPhases[i] = 1;
    else entry.phases.forEach((id) => bits.phases.set(id, index.phases, i * bits.phases.words));
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

/**
 * The ids of `wanted` that `have` holds, in `wanted`'s order; all of `wanted` when `have` is null
 * ("all"). Counted first so the array is made at its final size (growing an empty array by `push`
 * reserves room for 17 ids).
 */
function overlap(wanted: readonly string[], have: ReadonlySet<string> | null): string[] {
  let count = wanted.length;
  if (have !== null) {
    count = 0;
    for (let i = 0; i < wanted.length; i++) if (have.has(wanted[i] as string)) count++;
  }
  if (count === wanted.length) return wanted.slice();
  if (count === 0) return [];
  const result = new Array<string>(count);
  for (let i = 0, j = 0; j < count; i++)
    if (have?.has(wanted[i] as string)) result[j++] = wanted[i] as string;
  return result;
}

function areaPoints(specific: boolean, all: boolean, target: MatchTarget): number {
  if (specific) return matchWeights.specificArea;
  return all && target.areas.length > 0 ? matchWeights.allAreas : 0;
}

/**
 * How well one offering fits a target, or null when it does not qualify. An offering qualifies
 * when it shares a tag; or, for a target that is not general, when it shares a dimension and
 * names one of the target's areas specifically (docs/scoring.md, "Offerings for a step").
 * The plain definition, from sets of strings; `matchOfferings` computes the same from bit sets.
 */
export function scoreOffering(target: MatchTarget, indexed: IndexedOffering): OfferingMatch | null {
  const tags = overlap(target.tags, indexed.tags);
  const dimensions = overlap(target.dimensions, indexed.dimensions);
  const areas = indexed.areas === null ? 'all' : overlap(target.areas, indexed.areas);
  const phases = indexed.phases === null ? 'all' : overlap(target.phases, indexed.phases);
  const specificArea = areas !== 'all' && areas.length > 0;
  if (tags.length === 0 && (target.general || !(dimensions.length > 0 && specificArea))) return null;
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

/**
 * Writes the bit set of the target's list `ids` into `kind.target` (cleared first), each id's bit,
 * in order, into `kind.wanted`, and forgets the previous target's whole list. Mutates `kind`.
 */
function targetBits(kind: KindIndex, ids: readonly string[]): void {
  const into = kind.target;
  into.fill(0);
  if (kind.wanted.length < ids.length) kind.wanted = new Int32Array(ids.length * 2);
  const wanted = kind.wanted;
  for (let i = 0; i < ids.length; i++) {
    const bit = kind.bits.ids.get(ids[i] as string);
    if (bit === undefined) wanted[i] = -1;
    else {
      wanted[i] = bit;
      const word = Math.floor(bit / wordBits);
      into[word] = (into[word] as number) | (1 << (bit % wordBits));
    }
  }
  kind.whole = null;
}

/** True when offering `n` has, among its ids of `kind`, the one whose bit is `bit` (-1: an id no offering has). */
function hasBit(kind: KindIndex, n: number, bit: number): boolean {
  if (bit < 0) return false;
  const word = kind.lists[n * kind.words + Math.floor(bit / wordBits)] as number;
  return ((word >>> (bit % wordBits)) & 1) === 1;
}

/**
 * What `overlap` gives for kept offering `n`, read from the index's bit sets and the target's bits
 * in `kind.wanted` instead of sets of strings (a property test compares the two). `all`: the
 * offering is for every id of the kind. A list that overlaps wholly is the one copy in
 * `kind.whole`, shared by the target's matches. Mutates `kind.whole`.
 */
function overlapBits(kind: KindIndex, wanted: readonly string[], n: number, all: boolean): string[] {
  const bits = kind.wanted;
  let count = wanted.length;
  if (!all) {
    count = 0;
    for (let i = 0; i < wanted.length; i++) if (hasBit(kind, n, bits[i] as number)) count++;
  }
  if (count === wanted.length) return (kind.whole ??= wanted.slice());
  if (count === 0) return [];
  const result = new Array<string>(count);
  for (let i = 0, j = 0; j < count; i++) {
    if (hasBit(kind, n, bits[i] as number)) result[j++] = wanted[i] as string;
  }
  return result;
}

/** The match of kept offering `n` with its `score`: what `scoreOffering` gives for it, from bit sets. */
function matchOf(index: CatalogIndex, target: MatchTarget, n: number, score: number): OfferingMatch {
  const { kinds } = index;
  const tags = overlapBits(kinds.tags, target.tags, n, false);
  const dimensions = overlapBits(kinds.dimensions, target.dimensions, n, index.allDimensions[n] === 1);
  const areas = index.allAreas[n] === 1 ? 'all' : overlapBits(kinds.areas, target.areas, n, false);
  const phases = index.allPhases[n] === 1 ? 'all' : overlapBits(kinds.phases, target.phases, n, false);
  const offering = (index.offerings[n] as IndexedOffering).offering;
  return { offering, score, matched: { tags, dimensions, areas, phases } };
}

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

/**
 * The offerings that qualify for `target` can be found through the index: those sharing a tag
 * (here), and those naming one of its areas for one of its dimensions (`gatherByDimensionArea`).
 * Each returns how many candidates `scratch.candidates` now holds. Mutates the scratch space.
 */
function gatherTagged(target: MatchTarget, index: CatalogIndex, round: number): number {
  let count = 0;
  const tags = target.tags;
  for (let i = 0; i < tags.length; i++)
    count = addCandidates(index, index.byTag.get(tags[i] as string), round, count);
  return count;
}

/** Candidates naming one of the target's areas for one of its dimensions, appended after `count`. */
function gatherByDimensionArea(
  target: MatchTarget,
  index: CatalogIndex,
  round: number,
  count: number,
): number {
  if (target.general || target.dimensions.length === 0) return count;
  // Nested maps, not "dimension/area" string keys: building a key string per look-up costs more than the rest.
  const anyDimension = index.byDimensionArea.get('*');
  const dimensions = target.dimensions.map((d) => index.byDimensionArea.get(d));
  for (const area of target.areas) {
    count = addCandidates(index, anyDimension?.get(area), round, count);
    for (const byArea of dimensions) count = addCandidates(index, byArea?.get(area), round, count);
  }
  return count;
}

/** One search of `matchOfferings`: the target and the best candidates so far. Lives in the index's scratch space. */
interface Search {
  target: MatchTarget;
  max: number;
  /** A target naming the same tag twice counts it twice, as `scoreOffering` does. */
  repeatedTags: boolean;
  hasDimensions: boolean;
  hasAreas: boolean;
  hasPhases: boolean;
  /** How many of `best` are filled. */
  kept: number;
  /** The best `kept` so far, best first: offering indexes and their scores. */
  best: Int32Array;
  bestScore: Int32Array;
}

/** Points an offering sharing no tag can reach at most. */
const maxOtherPoints = matchWeights.dimension + matchWeights.specificArea + matchWeights.phase;

/** True when offering `n` with `score` goes before the kept candidate at position `at` (the order of `compareCandidates`). */
function beats(index: CatalogIndex, search: Search, n: number, score: number, at: number): boolean {
  const other = search.best[at] as number;
  const otherScore = search.bestScore[at] as number;
  return (
    score > otherScore || (score === otherScore && (index.rank[n] as number) < (index.rank[other] as number))
  );
}

/**
 * Scores the candidates from position `from` to `to` and keeps the best `search.max`. A function
 * of its own rather than a closure per call: `matchOfferings` runs for every step. Mutates `search`.
 */
function consider(index: CatalogIndex, search: Search, from: number, to: number): void {
  const { bits, scratch } = index;
  const { candidates } = scratch;
  const { kinds } = index;
  const targetTags = kinds.tags.target;
  const targetDimensions = kinds.dimensions.target;
  const targetAreas = kinds.areas.target;
  const targetPhases = kinds.phases.target;
  const { target, max } = search;
  const tagWords = bits.tags.words;
  const dimensionWords = bits.dimensions.words;
  const areaWords = bits.areas.words;
  const phaseWords = bits.phases.words;
  for (let c = from; c < to; c++) {
    const n = candidates[c] as number;
    const tagCount = search.repeatedTags
      ? (scoreOffering(target, index.offerings[n] as IndexedOffering)?.matched.tags.length ?? 0)
      : shared(index.tags, n * tagWords, targetTags, tagWords);
    // Once the list is full, skip what cannot reach its last score even with every other point.
    const full = search.kept === max;
    if (full && tagCount * matchWeights.tag + maxOtherPoints < (search.bestScore[max - 1] as number))
      continue;
    const dimensionHit =
      index.allDimensions[n] === 1
        ? search.hasDimensions
        : anyShared(index.dimensions, n * dimensionWords, targetDimensions, dimensionWords);
    const specificArea =
      index.allAreas[n] === 0 && anyShared(index.areas, n * areaWords, targetAreas, areaWords);
    if (tagCount === 0 && (target.general || !(dimensionHit && specificArea))) continue;
    const phaseHit =
      index.allPhases[n] === 1
        ? search.hasPhases
        : anyShared(index.phases, n * phaseWords, targetPhases, phaseWords);
    const score =
      tagCount * matchWeights.tag +
      (dimensionHit ? matchWeights.dimension : 0) +
      (specificArea
        ? matchWeights.specificArea
        : index.allAreas[n] === 1 && search.hasAreas
          ? matchWeights.allAreas
          : 0) +
      (phaseHit ? matchWeights.phase : 0);

    if (full && !beats(index, search, n, score, max - 1)) continue;
    let at = full ? max - 1 : search.kept;
    while (at > 0 && beats(index, search, n, score, at - 1)) at--;
    // Insert at `at`, shifting the rest down; the last falls off when the list is full.
    const { best, bestScore } = search;
    let last = full ? max - 1 : search.kept++;
    for (; last > at; last--) {
      best[last] = best[last - 1] as number;
      bestScore[last] = bestScore[last - 1] as number;
    }
    best[at] = n;
    bestScore[at] = score;
  }
}

/** The index's search state, set up for `target` (its bit sets written to the scratch space). Mutates the scratch space. */
function startSearch(index: CatalogIndex, target: MatchTarget, max: number): Search {
  const { scratch, kinds } = index;
  targetBits(kinds.tags, target.tags);
  targetBits(kinds.dimensions, target.dimensions);
  targetBits(kinds.areas, target.areas);
  targetBits(kinds.phases, target.phases);
  let search = scratch.search;
  if (search === null || search.best.length < max) {
    search = {
      target,
      max,
      repeatedTags: false,
      hasDimensions: false,
      hasAreas: false,
      hasPhases: false,
      kept: 0,
      best: new Int32Array(Math.max(max, defaultMaxMatches)),
      bestScore: new Int32Array(Math.max(max, defaultMaxMatches)),
    };
    scratch.search = search;
  }
  search.target = target;
  search.max = max;
  search.repeatedTags = hasRepeats(target.tags);
  search.hasDimensions = target.dimensions.length > 0;
  search.hasAreas = target.areas.length > 0;
  search.hasPhases = target.phases.length > 0;
  search.kept = 0;
  return search;
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
  const search = startSearch(index, target, max);
  // Offerings sharing a tag first. Those without one score at most `maxOtherPoints`: look them up
  // only when they could still make the list.
  const round = nextRound(index);
  const tagged = gatherTagged(target, index, round);
  consider(index, search, 0, tagged);
  if (search.kept < max || (search.bestScore[max - 1] as number) <= maxOtherPoints) {
    consider(index, search, tagged, gatherByDimensionArea(target, index, round, tagged));
  }
  const result = new Array<OfferingMatch>(search.kept);
  for (let i = 0; i < search.kept; i++) {
    result[i] = matchOf(index, target, search.best[i] as number, search.bestScore[i] as number);
  }
  return result;
}
