import { emptyAnswer } from '../assessment/create';
import type { Answer, AnswerValue, Assessment, Participant } from '../assessment/schema';
import { getOwn, setOwn } from '../collections';

/**
 * Merging participants' own assessment files into the facilitator's (docs/scoring.md, "Merge"):
 * the first file is the base and keeps its metadata, consensus answers, scope and roadmap edits;
 * the other files add participants, their votes and dot votes, evidence links and notes.
 */

export type MergeError =
  | { kind: 'no-files' }
  | { kind: 'questionnaire-mismatch'; file: number; expected: string; found: string }
  | { kind: 'version-mismatch'; file: number; expected: string; found: string }
  | { kind: 'municipality-mismatch'; file: number; expected: string; found: string };

export type MergeIssue =
  | { kind: 'participant-matched-by-name'; file: number; id: string; mergedId: string; name: string }
  | { kind: 'participant-id-collision'; file: number; id: string; mergedId: string; name: string }
  | { kind: 'participant-role-differs'; file: number; id: string; role: string; kept: string }
  | { kind: 'participant-limit'; file: number; id: string }
  | {
      kind: 'vote-conflict';
      file: number;
      itemId: string;
      participantId: string;
      kept: AnswerValue;
      discarded: AnswerValue;
    }
  | {
      kind: 'dots-conflict';
      file: number;
      itemId: string;
      participantId: string;
      kept: number;
      discarded: number;
    }
  /**
   * A vote for an item whose votes the base's workshop has already revealed: not added, so that
   * the distribution the group saw and discussed stays what it was (as `recordVote` refuses).
   */
  | { kind: 'vote-after-reveal'; file: number; itemId: string; participantId: string; value: AnswerValue }
  | { kind: 'unattributed-answers'; file: number; items: number }
  | { kind: 'target-differs'; file: number; itemId: string; kept: number | null; other: number }
  | { kind: 'scope-differs'; file: number }
  | { kind: 'evidence-limit'; file: number; itemId: string }
  | { kind: 'notes-too-long'; file: number; itemId: string };

export type MergeResult =
  { ok: true; assessment: Assessment; issues: MergeIssue[] } | { ok: false; errors: MergeError[] };

const maxParticipants = 200;
const maxEvidence = 50;
const maxNotes = 5000;

const normalizeName = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

function sameScope(a: Assessment['scope'], b: Assessment['scope']): boolean {
  const same = (x: readonly string[], y: readonly string[]): boolean =>
    x.length === y.length && [...x].sort().join('\u0000') === [...y].sort().join('\u0000');
  return a.profile === b.profile && same(a.areas, b.areas) && same(a.phases, b.phases);
}

function checkCompatible(files: readonly Assessment[]): MergeError[] {
  const base = files[0];
  if (!base) return [{ kind: 'no-files' }];
  const errors: MergeError[] = [];
  files.forEach((file, index) => {
    if (file.questionnaire.id !== base.questionnaire.id) {
      errors.push({
        kind: 'questionnaire-mismatch',
        file: index,
        expected: base.questionnaire.id,
        found: file.questionnaire.id,
      });
    } else if (file.questionnaire.version !== base.questionnaire.version) {
      errors.push({
        kind: 'version-mismatch',
        file: index,
        expected: base.questionnaire.version,
        found: file.questionnaire.version,
      });
    }
    if (file.municipality.code !== base.municipality.code) {
      errors.push({
        kind: 'municipality-mismatch',
        file: index,
        expected: base.municipality.code,
        found: file.municipality.code,
      });
    }
  });
  return errors;
}

/** Mutable state of one merge. */
class Merger {
  readonly issues: MergeIssue[] = [];
  private readonly byId = new Map<string, Participant>();
  private readonly byName = new Map<string, string>();
  /** Which file set each vote / dot count, by item then participant (absent = the base). */
  private readonly voteSource = new Map<string, Map<string, number>>();
  private readonly dotSource = new Map<string, Map<string, number>>();
  /** Items whose votes the base's workshop has revealed: closed to votes from the other files. */
  private readonly revealed: ReadonlySet<string>;

  constructor(
    readonly result: Assessment,
    private readonly times: readonly number[],
  ) {
    for (const p of result.participants) this.remember(p);
    this.revealed = new Set(result.workshop?.revealed);
  }

  private remember(p: Participant): void {
    this.byId.set(p.id, p);
    if (!this.byName.has(normalizeName(p.name))) this.byName.set(normalizeName(p.name), p.id);
  }

  /** Maps a file's participant to a merged id; null when the participant limit is reached. */
  participant(file: number, p: Participant): string | null {
    const known = this.byId.get(p.id);
    if (known && normalizeName(known.name) === normalizeName(p.name)) {
      // A blank role is filled in; two different roles keep the base's and are reported.
      if (known.role.trim() === '' && p.role.trim() !== '') known.role = p.role;
      else if (p.role.trim() !== '' && known.role !== p.role) {
        this.issues.push({
          kind: 'participant-role-differs',
          file,
          id: p.id,
          role: p.role,
          kept: known.role,
        });
      }
      return known.id;
    }
    const sameName = this.byName.get(normalizeName(p.name));
    if (sameName !== undefined) {
      this.issues.push({
        kind: 'participant-matched-by-name',
        file,
        id: p.id,
        mergedId: sameName,
        name: p.name,
      });
      return sameName;
    }
    if (this.result.participants.length >= maxParticipants) {
      this.issues.push({ kind: 'participant-limit', file, id: p.id });
      return null;
    }
    let id = p.id;
    if (known) {
      for (let k = 2; this.byId.has(id); k++) id = `${p.id.slice(0, 60)}-${k}`;
      this.issues.push({ kind: 'participant-id-collision', file, id: p.id, mergedId: id, name: p.name });
    }
    const added = { ...p, id };
    this.result.participants.push(added);
    this.remember(added);
    return id;
  }

  private static source(map: Map<string, Map<string, number>>, itemId: string): Map<string, number> {
    let byParticipant = map.get(itemId);
    if (!byParticipant) {
      byParticipant = new Map();
      map.set(itemId, byParticipant);
    }
    return byParticipant;
  }

  private answer(itemId: string): Answer {
    const existing = getOwn(this.result.answers, itemId);
    if (existing) return existing;
    const created = emptyAnswer();
    setOwn(this.result.answers, itemId, created);
    return created;
  }

  /** The later file wins a conflict; on equal times the earlier file (the base first) keeps its value. */
  private wins(file: number, holder: number): boolean {
    return (this.times[file] ?? 0) > (this.times[holder] ?? 0);
  }

  vote(file: number, itemId: string, participantId: string, value: AnswerValue): void {
    if (this.revealed.has(itemId)) {
      // the same vote as the base's changes nothing; any other would change what the group saw
      const existing = getOwn(getOwn(this.result.answers, itemId)?.votes ?? {}, participantId);
      if (existing !== value)
        this.issues.push({ kind: 'vote-after-reveal', file, itemId, participantId, value });
      return;
    }
    this.participantValue(
      file,
      participantId,
      value,
      this.answer(itemId).votes,
      Merger.source(this.voteSource, itemId),
      (kept, discarded) => ({
        kind: 'vote-conflict',
        file,
        itemId,
        participantId,
        kept,
        discarded,
      }),
    );
  }

  dots(file: number, itemId: string, participantId: string, value: number): void {
    this.participantValue(
      file,
      participantId,
      value,
      this.answer(itemId).dots,
      Merger.source(this.dotSource, itemId),
      (kept, discarded) => ({
        kind: 'dots-conflict',
        file,
        itemId,
        participantId,
        kept,
        discarded,
      }),
    );
  }

  /**
   * One participant's value (a vote or dots) from `file`: taken when new; on a different value the
   * later file wins and the conflict is reported. Mutates `values` and `sources`.
   */
  private participantValue<V>(
    file: number,
    participantId: string,
    value: V,
    values: Record<string, V>,
    sources: Map<string, number>,
    conflict: (kept: V, discarded: V) => MergeIssue,
  ): void {
    const existing = getOwn(values, participantId);
    if (existing === undefined) {
      setOwn(values, participantId, value);
      sources.set(participantId, file);
      return;
    }
    if (existing === value) return;
    const replace = this.wins(file, sources.get(participantId) ?? 0);
    this.issues.push(replace ? conflict(value, existing) : conflict(existing, value));
    if (replace) {
      setOwn(values, participantId, value);
      sources.set(participantId, file);
    }
  }

  evidence(file: number, itemId: string, links: readonly string[]): void {
    const answer = this.answer(itemId);
    for (const link of links) {
      if (answer.evidence.includes(link)) continue;
      if (answer.evidence.length >= maxEvidence) {
        this.issues.push({ kind: 'evidence-limit', file, itemId });
        return;
      }
      answer.evidence.push(link);
    }
  }

  notes(file: number, itemId: string, note: string, label: string): void {
    const text = note.trim();
    if (text === '') return;
    const answer = this.answer(itemId);
    if (answer.notes.includes(text)) return;
    const joined = answer.notes.trim() === '' ? `${label}: ${text}` : `${answer.notes}\n\n${label}: ${text}`;
    if (joined.length > maxNotes) this.issues.push({ kind: 'notes-too-long', file, itemId });
    else answer.notes = joined;
  }
}

function mergeFile(merger: Merger, file: Assessment, index: number, base: Assessment): void {
  if (!sameScope(file.scope, base.scope)) merger.issues.push({ kind: 'scope-differs', file: index });
  const idMap = new Map<string, string | null>();
  for (const p of file.participants) idMap.set(p.id, merger.participant(index, p));
  const mapId = (id: string): string | null => (idMap.has(id) ? (idMap.get(id) ?? null) : id);
  // A file with exactly one participant is that participant's own assessment: its answers are their votes.
  const author = file.participants.length === 1 ? (file.participants[0] as Participant) : null;
  const authorId = author ? mapId(author.id) : null;
  const label = author?.name ?? (file.facilitator.trim() || `#${index + 1}`);
  let unattributed = 0;

  for (const [itemId, answer] of Object.entries(file.answers)) {
    for (const [participantId, value] of Object.entries(answer.votes)) {
      const id = mapId(participantId);
      if (id !== null) merger.vote(index, itemId, id, value);
    }
    if (answer.current !== null) {
      if (author && authorId !== null && getOwn(answer.votes, author.id) === undefined) {
        merger.vote(index, itemId, authorId, answer.current);
      } else if (!author && Object.keys(answer.votes).length === 0) {
        unattributed++;
      }
    }
    for (const [participantId, value] of Object.entries(answer.dots)) {
      const id = mapId(participantId);
      if (id !== null) merger.dots(index, itemId, id, value);
    }
    if (answer.target !== null) {
      const kept = getOwn(merger.result.answers, itemId)?.target ?? null;
      if (kept !== answer.target)
        merger.issues.push({ kind: 'target-differs', file: index, itemId, kept, other: answer.target });
    }
    if (answer.evidence.length > 0) merger.evidence(index, itemId, answer.evidence);
    merger.notes(index, itemId, answer.notes, label);
  }
  if (unattributed > 0)
    merger.issues.push({ kind: 'unattributed-answers', file: index, items: unattributed });
}

/**
 * Merges assessment files of the same municipality and questionnaire version into the first one.
 * Merging a single file returns an equal copy of it. Files that do not belong together are refused.
 * Items whose votes the first file's workshop has revealed get no votes from the others
 * (`vote-after-reveal`); everything else about them (evidence, notes, dots) still merges.
 */
export function mergeAssessments(files: readonly Assessment[]): MergeResult {
  const errors = checkCompatible(files);
  if (errors.length > 0) return { ok: false, errors };
  const base = files[0] as Assessment;
  const times = files.map((f) => {
    const t = Date.parse(f.updatedAt);
    return Number.isNaN(t) ? 0 : t;
  });
  const merger = new Merger(structuredClone(base), times);
  files.forEach((file, index) => {
    if (index > 0) mergeFile(merger, file, index, base);
  });
  return { ok: true, assessment: merger.result, issues: merger.issues };
}
