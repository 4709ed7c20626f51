import { answerFor } from '../assessment/create';
import type { Assessment, Participant } from '../assessment/schema';
import { getOwn } from '../collections';
import { mergeAssessments, type MergeError, type MergeIssue } from '../merge/merge';

/**
 * Pre-work: participants fill the assessment alone on their own devices and send their files;
 * the facilitator opens them all at once and they become the participants' votes through the
 * engine's merge (src/domain/merge, docs/scoring.md "Merge"). A file that does not belong to this
 * assessment (another municipality or questionnaire version) is set aside with its reason and the
 * others are merged; nothing in the base is overwritten, merging only adds. Votes for items whose
 * votes the group has already been shown are not added (the merge's `vote-after-reveal`): the
 * distribution the group saw and discussed stays what it was, and the summary says how many were
 * left out.
 */

/** A participant's file, already read, validated and fitted to the questionnaire. */
export interface PreworkFile {
  fileName: string;
  assessment: Assessment;
}

export interface PreworkFileReport {
  fileName: string;
  /** `merged`, or `refused` because it does not belong to this assessment. */
  status: 'merged' | 'refused';
  errors: MergeError[];
  /** The people the file names, with the ids they have in the merged assessment. */
  participants: Array<{ id: string; name: string }>;
  /** Votes the file holds (its own answers of a one-person file count as that person's votes). */
  votes: number;
  /** Issues the merge reported for this file (conflicts, renamed participants, …). */
  issues: MergeIssue[];
}

export interface ParticipantCoverage {
  participant: Participant;
  /** In-scope items the participant has a vote on. */
  voted: number;
  /** In-scope items without their vote, in workshop order. */
  missing: string[];
  /** True when the participant came in with these files. */
  added: boolean;
}

export type PreworkResult =
  | {
      ok: true;
      /** The merged assessment (the base when no file could be merged). */
      assessment: Assessment;
      files: PreworkFileReport[];
      /** Who answered what, over the in-scope items. */
      coverage: ParticipantCoverage[];
      /** Conflicting votes and dot votes across all files. */
      conflicts: number;
      /** Votes not added because their items' votes were already revealed, and those items in workshop order. */
      afterReveal: { votes: number; itemIds: string[] };
    }
  | { ok: false; reason: 'no-files' };

function fileVotes(file: Assessment): number {
  const author = file.participants.length === 1 ? file.participants[0] : undefined;
  let votes = 0;
  for (const answer of Object.values(file.answers)) {
    const count = Object.keys(answer.votes).length;
    // a one-person file's own answers are that person's votes (the merge's rule)
    if (author && answer.current !== null && getOwn(answer.votes, author.id) === undefined)
      votes += count + 1;
    else votes += count;
  }
  return votes;
}

/**
 * Merges participants' files into `base` (the facilitator's assessment). `itemIds` are the items
 * in scope in workshop order, for the summary of who answered what.
 */
export function mergePrework(
  base: Assessment,
  files: readonly PreworkFile[],
  itemIds: readonly string[],
): PreworkResult {
  if (files.length === 0) return { ok: false, reason: 'no-files' };
  const reports: PreworkFileReport[] = [];
  const accepted: Array<{ report: PreworkFileReport; assessment: Assessment }> = [];
  for (const file of files) {
    const check = mergeAssessments([base, file.assessment]);
    const report: PreworkFileReport = {
      fileName: file.fileName,
      status: check.ok ? 'merged' : 'refused',
      errors: check.ok ? [] : check.errors.map((e) => ('file' in e ? { ...e, file: 0 } : e)),
      participants: file.assessment.participants.map((p) => ({ id: p.id, name: p.name })),
      votes: fileVotes(file.assessment),
      issues: [],
    };
    reports.push(report);
    if (check.ok) accepted.push({ report, assessment: file.assessment });
  }

  let merged = base;
  let conflicts = 0;
  let lateVotes = 0;
  const lateItems = new Set<string>();
  if (accepted.length > 0) {
    const result = mergeAssessments([base, ...accepted.map((a) => a.assessment)]);
    // every accepted file was checked against the base alone, so the merge of all cannot refuse
    if (result.ok) {
      merged = result.assessment;
      for (const issue of result.issues) {
        const target = accepted[issue.file - 1];
        if (!target) continue;
        // report the issue against the file alone (its index in the merge means nothing to a person)
        target.report.issues.push({ ...issue, file: 0 });
        if (issue.kind === 'vote-conflict' || issue.kind === 'dots-conflict') conflicts++;
        if (issue.kind === 'vote-after-reveal') {
          lateVotes++;
          lateItems.add(issue.itemId);
        }
      }
      for (const { report } of accepted) {
        report.participants = report.participants.map((p) => {
          const renamed = report.issues.find(
            (i) =>
              (i.kind === 'participant-matched-by-name' || i.kind === 'participant-id-collision') &&
              i.id === p.id,
          );
          return renamed && 'mergedId' in renamed ? { ...p, id: renamed.mergedId } : p;
        });
      }
    }
  }

  const before = new Set(base.participants.map((p) => p.id));
  const coverage = merged.participants.map((participant) => {
    const missing = itemIds.filter((id) => getOwn(answerFor(merged, id).votes, participant.id) === undefined);
    return {
      participant,
      voted: itemIds.length - missing.length,
      missing,
      added: !before.has(participant.id),
    };
  });
  const afterReveal = {
    votes: lateVotes,
    itemIds: [
      ...itemIds.filter((id) => lateItems.has(id)),
      ...[...lateItems].filter((id) => !itemIds.includes(id)),
    ],
  };
  return { ok: true, assessment: merged, files: reports, coverage, conflicts, afterReveal };
}
