import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFileProblem } from '../../components/fileProblemText';
import { useLocalize } from '../../components/useLocalize';
import type { FileProblem } from '../../domain/files/problems';
import type { MergeError, MergeIssue } from '../../domain/merge/merge';
import { editWorkshop } from '../../domain/workshop/edits';
import {
  mergePrework,
  type ParticipantCoverage,
  type PreworkFileReport,
} from '../../domain/workshop/prework';
import { useLibrary } from '../../state/store';
import { readPreworkFiles } from './prework-files';
import { useValueText, type WorkshopContext } from './use-workshop';

type FileRow =
  | { kind: 'refused-file'; fileName: string; problem: FileProblem }
  | { kind: 'report'; report: PreworkFileReport };

type Outcome =
  | { step: 'idle' }
  | { step: 'reading'; count: number }
  | {
      step: 'done';
      rows: FileRow[];
      coverage: ParticipantCoverage[];
      merged: number;
      added: number;
      conflicts: number;
      /** Votes not added because their items' votes had already been shown. */
      afterReveal: { votes: number; items: number };
      changed: boolean;
    }
  | { step: 'failed' }
  | { step: 'undone' };

/**
 * Pre-work: participants answered alone on their own devices and sent their files; the
 * facilitator opens them all at once, and they become the participants' votes through the
 * engine's merge. What came in, from whom, what is still missing and every conflict is listed;
 * a file that does not belong here is set aside with its reason. One undo takes it all back.
 */
export function PreworkView({ ctx }: { ctx: WorkshopContext }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const [outcome, setOutcome] = useState<Outcome>({ step: 'idle' });
  const moveFocus = useRef(false);

  useEffect(() => {
    if (moveFocus.current && outcome.step !== 'reading' && outcome.step !== 'idle') {
      moveFocus.current = false;
      result.current?.focus();
    }
  }, [outcome]);

  async function open(files: File[]): Promise<void> {
    if (files.length === 0) return;
    moveFocus.current = true;
    setOutcome({ step: 'reading', count: files.length });
    try {
      const read = await readPreworkFiles(files, ctx.questionnaire);
      const readable = read.flatMap((r) =>
        r.kind === 'read' ? [{ fileName: r.fileName, assessment: r.assessment }] : [],
      );
      const base = useLibrary.getState().assessments[ctx.assessmentId];
      if (!base) throw new Error('assessment missing');
      const merge = readable.length > 0 ? mergePrework(base, readable, ctx.order) : null;
      const reports = merge?.ok ? merge.files : [];
      let next = 0;
      const rows: FileRow[] = read.map((r) =>
        r.kind === 'refused'
          ? { kind: 'refused-file', fileName: r.fileName, problem: r.problem }
          : { kind: 'report', report: reports[next++] as PreworkFileReport },
      );
      const merged = reports.filter((r) => r.status === 'merged').length;
      let changed = false;
      if (merge?.ok && merged > 0) {
        const assessment = merge.assessment;
        // one undo step; the workshop is created so the report knows the day had pre-work
        ctx.act((q) => editWorkshop(q, assessment, (w) => w));
        changed = true;
      }
      const coverage = merge?.ok ? merge.coverage : [];
      setOutcome({
        step: 'done',
        rows,
        coverage,
        merged,
        added: coverage.filter((c) => c.added).length,
        conflicts: merge?.ok ? merge.conflicts : 0,
        afterReveal: merge?.ok
          ? { votes: merge.afterReveal.votes, items: merge.afterReveal.itemIds.length }
          : { votes: 0, items: 0 },
        changed,
      });
    } catch {
      setOutcome({ step: 'failed' });
    }
  }

  return (
    <section className="workshop-prework" aria-labelledby="workshop-prework-title">
      <h2 id="workshop-prework-title">{t('workshop.prework.title')}</h2>
      <p className="workshop-lead">{t('workshop.prework.lead')}</p>
      <h3>{t('workshop.prework.howTitle')}</h3>
      <ol className="workshop-steps">
        <li>{t('workshop.prework.how1')}</li>
        <li>{t('workshop.prework.how2')}</li>
        <li>{t('workshop.prework.how3')}</li>
      </ol>
      <div className="workshop-reveal-row">
        <button
          type="button"
          className="workshop-button workshop-button-primary"
          onClick={() => input.current?.click()}
        >
          {t('workshop.prework.choose')}
        </button>
        <span className="workshop-hint">{t('workshop.prework.chooseHint')}</span>
      </div>
      <input
        ref={input}
        type="file"
        multiple
        accept=".json,application/json"
        className="workshop-file-input"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = ''; // the same files can be chosen again
          void open(files);
        }}
      />
      {outcome.step === 'reading' && (
        <p className="workshop-hint" role="status">
          {t('workshop.prework.reading', { count: outcome.count })}
        </p>
      )}
      <div
        ref={result}
        tabIndex={-1}
        className={outcome.step === 'idle' || outcome.step === 'reading' ? undefined : 'workshop-result'}
        role={outcome.step === 'idle' || outcome.step === 'reading' ? undefined : 'group'}
        aria-labelledby={
          outcome.step === 'idle' || outcome.step === 'reading' ? undefined : 'workshop-prework-result'
        }
      >
        {outcome.step === 'failed' && (
          <p id="workshop-prework-result" className="workshop-error">
            {t('workshop.prework.failed')}
          </p>
        )}
        {outcome.step === 'undone' && <p id="workshop-prework-result">{t('workshop.prework.undone')}</p>}
        {outcome.step === 'done' && (
          <PreworkResult
            ctx={ctx}
            outcome={outcome}
            onUndo={() => {
              useLibrary.getState().undo(ctx.assessmentId);
              moveFocus.current = true;
              setOutcome({ step: 'undone' });
            }}
          />
        )}
      </div>
    </section>
  );
}

function PreworkResult({
  ctx,
  outcome,
  onUndo,
}: {
  ctx: WorkshopContext;
  outcome: Extract<Outcome, { step: 'done' }>;
  onUndo: () => void;
}) {
  const { t } = useTranslation();
  const { language, localize } = useLocalize();
  const { value: valueText } = useValueText(ctx.questionnaire);
  const refused = outcome.rows.length - outcome.merged;
  const number = (itemId: string) => ctx.order.indexOf(itemId) + 1;
  const nameOf = (id: string) => ctx.assessment.participants.find((p) => p.id === id)?.name ?? id;
  const question = (itemId: string) => {
    const item = ctx.itemsById.get(itemId);
    return item ? localize(item.question) : itemId;
  };
  const list = new Intl.ListFormat(language === 'en' ? 'en-GB' : language, { type: 'conjunction' });

  const errorText = (error: MergeError): string => {
    switch (error.kind) {
      case 'municipality-mismatch':
        return t('workshop.prework.errors.municipality', { found: error.found, expected: error.expected });
      case 'questionnaire-mismatch':
        return t('workshop.prework.errors.questionnaire', { found: error.found, expected: error.expected });
      case 'version-mismatch':
        return t('workshop.prework.errors.version', { found: error.found, expected: error.expected });
      case 'no-files':
        return t('workshop.prework.errors.noFiles');
    }
  };

  const issueText = (issue: Exclude<MergeIssue, { kind: 'vote-after-reveal' }>): string => {
    switch (issue.kind) {
      case 'participant-matched-by-name':
        return t('workshop.prework.issues.matchedByName', { name: issue.name });
      case 'participant-id-collision':
        return t('workshop.prework.issues.idCollision', { name: issue.name });
      case 'participant-role-differs':
        return t('workshop.prework.issues.roleDiffers', {
          name: nameOf(issue.id),
          role: issue.role,
          kept: issue.kept,
        });
      case 'participant-limit':
        return t('workshop.prework.issues.participantLimit');
      case 'vote-conflict':
        return t('workshop.prework.issues.voteConflict', {
          name: nameOf(issue.participantId),
          number: number(issue.itemId),
          question: question(issue.itemId),
          kept: valueText(issue.kept),
          discarded: valueText(issue.discarded),
        });
      case 'dots-conflict':
        return t('workshop.prework.issues.dotsConflict', {
          name: nameOf(issue.participantId),
          number: number(issue.itemId),
          question: question(issue.itemId),
          kept: issue.kept,
          discarded: issue.discarded,
        });
      case 'unattributed-answers':
        return t('workshop.prework.issues.unattributed', { count: issue.items });
      case 'target-differs':
        return t('workshop.prework.issues.targetDiffers', {
          number: number(issue.itemId),
          other: issue.other,
        });
      case 'scope-differs':
        return t('workshop.prework.issues.scopeDiffers');
      case 'evidence-limit':
        return t('workshop.prework.issues.evidenceLimit', { number: number(issue.itemId) });
      case 'notes-too-long':
        return t('workshop.prework.issues.notesTooLong', { number: number(issue.itemId) });
    }
  };

  /** A file's issues as lines; its votes left out after a reveal make one line, not one per vote. */
  const issueLines = (issues: readonly MergeIssue[]): string[] => {
    const late = issues.flatMap((i) => (i.kind === 'vote-after-reveal' ? [i] : []));
    const lines = issues.flatMap((i) => (i.kind === 'vote-after-reveal' ? [] : [issueText(i)]));
    if (late.length > 0) {
      const numbers = [...new Set(late.map((i) => number(i.itemId)))].sort((a, b) => a - b);
      lines.push(t('workshop.prework.issues.afterReveal', { count: late.length, items: numbers.join(', ') }));
    }
    return lines;
  };

  return (
    <>
      <h3 id="workshop-prework-result">{t('workshop.prework.resultTitle')}</h3>
      <p>
        {t('workshop.prework.summary', { count: outcome.rows.length })}{' '}
        {t('workshop.prework.summaryMerged', { count: outcome.merged })}{' '}
        {refused > 0 && `${t('workshop.prework.summaryRefused', { count: refused })} `}
        {t('workshop.prework.summaryAdded', { count: outcome.added })}{' '}
        {t('workshop.prework.summaryConflicts', { count: outcome.conflicts })}
      </p>
      {outcome.afterReveal.votes > 0 && (
        <p className="workshop-warning">
          {t('workshop.prework.afterReveal', {
            count: outcome.afterReveal.votes,
            items: t('workshop.prework.afterRevealItems', { count: outcome.afterReveal.items }),
          })}
        </p>
      )}
      {!outcome.changed && <p>{t('workshop.prework.nothingChanged')}</p>}
      <div className="workshop-table-wrap">
        <table className="workshop-table">
          <caption>{t('workshop.prework.filesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshop.prework.file')}</th>
              <th scope="col">{t('workshop.prework.participant')}</th>
              <th scope="col">{t('workshop.prework.votes')}</th>
              <th scope="col">{t('workshop.prework.status')}</th>
            </tr>
          </thead>
          <tbody>
            {outcome.rows.map((row, index) => {
              if (row.kind === 'refused-file') {
                const text = describeFileProblem(row.problem, t, language);
                return (
                  <tr key={index}>
                    <th scope="row">{row.fileName}</th>
                    <td>–</td>
                    <td>–</td>
                    <td>
                      <strong className="workshop-status-refused">{t('workshop.prework.refused')}</strong>{' '}
                      {text.summary}
                      {text.details.length > 0 && (
                        <ul className="workshop-issues">
                          {text.details.map((detail, i) => (
                            <li key={i}>
                              <code>{detail}</code>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              }
              const { report } = row;
              return (
                <tr key={index}>
                  <th scope="row">{report.fileName}</th>
                  <td>
                    {report.participants.length > 0
                      ? list.format(report.participants.map((p) => p.name))
                      : t('workshop.prework.noParticipant')}
                  </td>
                  <td>{report.votes}</td>
                  <td>
                    {report.status === 'merged' ? (
                      <strong className="workshop-status-merged">{t('workshop.prework.merged')}</strong>
                    ) : (
                      <>
                        <strong className="workshop-status-refused">{t('workshop.prework.refused')}</strong>{' '}
                        {report.errors.map(errorText).join(' ')}
                      </>
                    )}
                    {report.issues.length > 0 && (
                      <ul className="workshop-issues">
                        {issueLines(report.issues).map((line, i) => (
                          <li key={i}>{line}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {outcome.coverage.length > 0 && (
        <div className="workshop-table-wrap">
          <table className="workshop-table">
            <caption>{t('workshop.prework.coverageCaption', { total: ctx.order.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workshop.prework.participant')}</th>
                <th scope="col">{t('workshop.prework.answered')}</th>
                <th scope="col">{t('workshop.prework.missing')}</th>
              </tr>
            </thead>
            <tbody>
              {outcome.coverage.map((c) => (
                <tr key={c.participant.id}>
                  <th scope="row">
                    {c.participant.name}
                    {c.added && <span className="workshop-new"> {t('workshop.prework.new')}</span>}
                  </th>
                  <td>{t('workshop.prework.answeredValue', { voted: c.voted, total: ctx.order.length })}</td>
                  <td>
                    {c.missing.length === 0
                      ? t('workshop.prework.missingNone')
                      : c.missing.length === ctx.order.length
                        ? t('workshop.prework.missingAll')
                        : t('workshop.prework.missingItems', { items: c.missing.map(number).join(', ') })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {outcome.changed && (
        <p>
          <button type="button" className="workshop-button" onClick={onUndo}>
            {t('workshop.prework.undo')}
          </button>
        </p>
      )}
    </>
  );
}
