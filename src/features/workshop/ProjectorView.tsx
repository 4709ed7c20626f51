import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { municipalityName } from '../../domain/assessment/municipality';
import { useLocalize } from '../../components/useLocalize';
import { answerFor } from '../../domain/assessment/create';
import type { AnswerValue } from '../../domain/assessment/schema';
import { getOwn } from '../../domain/collections';
import { pauseSection, runningEntry, startSection, timerState } from '../../domain/workshop/agenda';
import { editAgenda, goToItem, recordVote, revealItem, setWorkshopOption } from '../../domain/workshop/edits';
import {
  currentItemOf,
  itemStage,
  neighbour,
  nextVoter,
  phaseOfItem,
  votingProgress,
} from '../../domain/workshop/items';
import { voteStats, votesByParticipant } from '../../domain/workshop/votes';
import { hrefFor, navigate, type Route } from '../../state/router';
import { AgreeForm, useAgreeState, type AgreeState } from './agree';
import { Distribution } from './Distribution';
import { projectorCommandFor, projectorKeyList, type ProjectorCommand } from './projector-keys';
import { TimerBar } from './TimerBar';
import { isTyping, useLevelOptions, useMedianText, useValueText, type WorkshopContext } from './use-workshop';

function focusKind(target: EventTarget | null): 'page' | 'radio' | 'control' {
  if (target instanceof HTMLInputElement && target.type === 'radio') return 'radio';
  if (
    target instanceof HTMLElement &&
    target.closest('button, a, input, select, textarea, summary, [role="button"]')
  ) {
    return 'control';
  }
  return 'page';
}

/**
 * The class on <html> that hides the site's header, footer and the assessment's bar
 * (src/app/styles.css), so that the projector view has the whole window to itself.
 */
const fullWindowClass = 'app-chrome-hidden';

/**
 * The screen for the wall: it takes the whole window (no site header, footer or assessment bar;
 * Esc or the visible button leads back to the workshop's items), one item in large type, the countdown, and — only after the reveal —
 * the spread of the votes. Before the reveal the page holds no vote at all, only who has voted,
 * so nothing the group should not see can reach the projected screen. Everything works from the
 * keyboard (or a presentation clicker); full screen on a button press or F.
 */
export function ProjectorView({ ctx }: { ctx: WorkshopContext }) {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const root = useRef<HTMLElement>(null);
  const help = useRef<HTMLDialogElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const current = currentItemOf(ctx.workshop, ctx.order);
  const agreeRef = useRef<AgreeState | null>(null);
  const titleId = useId();
  const back: Route = { page: 'assessment', id: ctx.assessmentId, view: 'workshop', section: 'items' };

  useEffect(() => {
    const html = document.documentElement;
    html.classList.add(fullWindowClass);
    return () => html.classList.remove(fullWindowClass);
  }, []);

  useEffect(() => {
    const onChange = () =>
      setFullscreen(document.fullscreenElement === root.current && root.current !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else
      void root.current
        ?.requestFullscreen?.()
        .catch(() => setAnnouncement(t('workshop.projector.fullscreenFailed')));
  };

  const go = (itemId: string | undefined) => {
    if (itemId) ctx.act((q, a) => goToItem(q, a, itemId), { undoable: false });
  };

  const run = (command: ProjectorCommand) => {
    if (!current) return;
    const answer = answerFor(ctx.assessment, current);
    const stage = itemStage(ctx.workshop, current, answer);
    switch (command.kind) {
      case 'next':
        go(neighbour(ctx.order, current, 1));
        return;
      case 'previous':
        go(neighbour(ctx.order, current, -1));
        return;
      case 'reveal':
        if (stage === 'collect') ctx.act((q, a) => revealItem(q, a, current));
        return;
      case 'value': {
        if (stage === 'collect') {
          const voter = nextVoter(ctx.assessment.participants, answer.votes);
          if (voter === null) return;
          const value = command.value;
          ctx.act((q, a) => recordVote(q, a, current, voter, value));
          const name = ctx.assessment.participants.find((p) => p.id === voter)?.name ?? '';
          // never the value: the room hears whose vote was recorded, not what it was
          setAnnouncement(t('workshop.collect.saved', { name }));
        } else if (stage === 'revealed') {
          agreeRef.current?.setLevel(command.value);
        }
        return;
      }
      case 'agree':
        if (stage === 'revealed') agreeRef.current?.submit();
        else if (stage === 'agreed') go(neighbour(ctx.order, current, 1));
        return;
      case 'timer': {
        const running = runningEntry(ctx.agenda);
        const stamp = new Date().toISOString();
        if (running) ctx.act((q, a) => editAgenda(q, a, (agenda) => pauseSection(agenda, running.id, stamp)));
        else {
          const phase = phaseOfItem(ctx.phases, current);
          const section =
            ctx.agenda.find((e) => e.id === phase && timerState(e) !== 'finished') ??
            ctx.agenda.find((e) => timerState(e) !== 'finished');
          if (section)
            ctx.act((q, a) => editAgenda(q, a, (agenda) => startSection(agenda, section.id, stamp)));
        }
        return;
      }
      case 'fullscreen':
        toggleFullscreen();
        return;
      case 'help':
        if (!help.current?.open) help.current?.showModal();
        return;
      case 'exit':
        // the first Escape leaves full screen, the next the projector view
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        else navigate(back);
        return;
    }
  };

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || help.current?.open) return;
    if (isTyping(event.target)) {
      // Escape leaves a text field, so the keys work again
      if (event.key === 'Escape' && event.target instanceof HTMLElement) {
        event.target.blur();
        root.current?.focus();
      }
      return;
    }
    const command = projectorCommandFor({
      key: event.key,
      altKey: event.altKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      target: focusKind(event.target),
    });
    if (!command) return;
    event.preventDefault();
    run(command);
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const index = current ? ctx.order.indexOf(current) : -1;

  return (
    <section
      className={`projector${fullscreen ? ' projector-fullscreen' : ''}`}
      ref={root}
      tabIndex={-1}
      aria-labelledby={titleId}
    >
      <header className="projector-top">
        <p className="projector-where" id={titleId}>
          {t('workshop.projector.where', {
            municipality: municipalityName(ctx.assessment.municipality, language),
            number: index + 1,
            total: ctx.order.length,
          })}
        </p>
        <TimerBar ctx={ctx} compact />
        <div className="projector-buttons">
          <button type="button" className="workshop-button" onClick={toggleFullscreen} aria-keyshortcuts="F">
            {fullscreen ? t('workshop.projector.exitFullscreen') : t('workshop.projector.fullscreen')}
          </button>
          <button
            type="button"
            className="workshop-button"
            onClick={() => help.current?.showModal()}
            aria-keyshortcuts="? H"
          >
            {t('workshop.projector.keysButton')}
          </button>
          <a className="workshop-button projector-exit" href={hrefFor(back)} aria-keyshortcuts="Escape">
            {t('workshop.projector.exit')}
          </a>
        </div>
      </header>

      {current ? (
        <ProjectorItem key={current} ctx={ctx} itemId={current} agreeRef={agreeRef} />
      ) : (
        <p className="projector-empty">{t('workshop.items.empty')}</p>
      )}

      <p className="projector-keys-line">{t('workshop.projector.keysLine')}</p>
      <p className="workshop-sr-only" role="status">
        {announcement}
      </p>
      <dialog
        ref={help}
        className="workshop-dialog"
        aria-labelledby={`${titleId}-help`}
        onClose={() => root.current?.focus()}
      >
        <h2 id={`${titleId}-help`}>{t('workshop.projector.keysTitle')}</h2>
        <table className="workshop-table">
          <thead>
            <tr>
              <th scope="col">{t('workshop.projector.key')}</th>
              <th scope="col">{t('workshop.projector.action')}</th>
            </tr>
          </thead>
          <tbody>
            {projectorKeyList.map((entry) => (
              <tr key={entry.id}>
                <td>
                  {entry.keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && ` ${t('workshop.projector.or')} `}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </td>
                <td>{t(`workshop.projector.keys.${entry.id}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog">
          <button type="submit" className="workshop-button workshop-button-primary">
            {t('workshop.projector.close')}
          </button>
        </form>
      </dialog>
    </section>
  );
}

function ProjectorItem({
  ctx,
  itemId,
  agreeRef,
}: {
  ctx: WorkshopContext;
  itemId: string;
  agreeRef: { current: AgreeState | null };
}) {
  const { t } = useTranslation();
  const { localize } = useLocalize();
  const id = useId();
  const item = ctx.itemsById.get(itemId);
  const levels = useLevelOptions(item, ctx.questionnaire);
  const { value: valueText } = useValueText(ctx.questionnaire);
  const medianText = useMedianText(ctx.questionnaire);
  const answer = answerFor(ctx.assessment, itemId);
  const stage = itemStage(ctx.workshop, itemId, answer);
  const agree = useAgreeState(ctx, itemId);
  useEffect(() => {
    agreeRef.current = agree;
  });
  if (!item) return null;
  const questionId = `${id}-question`;
  const progress = votingProgress(ctx.assessment.participants, answer);
  const voter = nextVoter(ctx.assessment.participants, answer.votes);
  const dimension = ctx.questionnaire.dimensions.find((d) => d.id === item.dimension);

  return (
    <article className={`projector-item projector-stage-${stage}`} aria-labelledby={questionId}>
      {dimension && <p className="projector-dimension">{localize(dimension.name)}</p>}
      <h2 className="projector-question" id={questionId}>
        {localize(item.question)}
      </h2>

      {stage === 'collect' && (
        <div className="projector-collect">
          <div className="projector-voting">
            <p className="projector-progress">
              {t('workshop.collect.progress', { voted: progress.voted, total: progress.total })}
            </p>
            <ul className="projector-voters">
              {ctx.assessment.participants.map((p) => {
                const voted = getOwn(answer.votes, p.id) !== undefined;
                return (
                  <li key={p.id} className={voted ? 'projector-voted' : undefined}>
                    <span aria-hidden="true">{voted ? '✓' : '○'}</span> {p.name}
                    <span className="workshop-sr-only">
                      : {voted ? t('workshop.collect.voted') : t('workshop.collect.notVoted')}
                    </span>
                  </li>
                );
              })}
            </ul>
            <p className="projector-next">
              {voter === null
                ? t('workshop.projector.allVoted')
                : t('workshop.projector.turn', {
                    name: ctx.assessment.participants.find((p) => p.id === voter)?.name ?? '',
                  })}
            </p>
          </div>
          <ol className="projector-levels" start={0}>
            {levels.map((level) => (
              <li key={level.level}>
                <span className="projector-level-number" aria-hidden="true">
                  {level.level}
                </span>
                <span>
                  <strong className="projector-level-label">
                    <span className="workshop-sr-only">{level.level} </span>
                    {level.label}
                  </strong>{' '}
                  <span className="projector-level-text">{level.descriptor}</span>
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}

      {stage !== 'collect' && (
        <div className="projector-revealed">
          <div className="projector-distribution">
            <label className="workshop-choice workshop-names-toggle">
              <input
                type="checkbox"
                checked={ctx.workshop.showNames}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  ctx.act((q, a) => setWorkshopOption(q, a, 'showNames', checked));
                }}
              />
              <span className="workshop-choice-label">{t('workshop.reveal.showNames')}</span>
            </label>
            <Distribution
              stats={voteStats(answer.votes)}
              named={
                ctx.workshop.showNames
                  ? votesByParticipant(ctx.assessment.participants, answer.votes).map((v) => ({
                      name: v.participant.name,
                      value: v.value,
                    }))
                  : null
              }
              valueText={(v: AnswerValue) => valueText(v)}
              medianText={medianText}
              compact
            />
          </div>
          {stage === 'revealed' ? (
            <AgreeForm ctx={ctx} itemId={itemId} state={agree} labelledBy={questionId} agreed={false} large />
          ) : (
            <div className="projector-agreed">
              <p className="projector-agreed-level">
                {t('workshop.projector.agreed', {
                  value: answer.current === null ? '–' : valueText(answer.current),
                })}
              </p>
              {answer.target !== null && (
                <p>{t('workshop.projector.target', { value: valueText(answer.target) })}</p>
              )}
              {answer.rationale.trim() !== '' && <p className="projector-rationale">{answer.rationale}</p>}
              <p className="workshop-hint">{t('workshop.projector.agreedHint')}</p>
            </div>
          )}
        </div>
      )}
    </article>
  );
}
