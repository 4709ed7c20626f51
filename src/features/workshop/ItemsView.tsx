import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalize } from '../../components/useLocalize';
import { answerFor } from '../../domain/assessment/create';
import type { AnswerValue } from '../../domain/assessment/schema';
import {
  currentItemOf,
  itemStage,
  neighbour,
  phaseOfItem,
  votingProgress,
  type ItemStage,
} from '../../domain/workshop/items';
import { goToItem, setWorkshopOption } from '../../domain/workshop/edits';
import { voteStats, votesByParticipant } from '../../domain/workshop/votes';
import { hrefFor } from '../../state/router';
import { AgreeForm, useAgreeState } from './agree';
import { CollectPanel } from './CollectPanel';
import { Distribution } from './Distribution';
import { useMedianText, useValueText, type WorkshopContext } from './use-workshop';

/** The words for an item's stage, shown beside it in the list and above it on its screen. */
function useStageText() {
  const { t } = useTranslation();
  return (stage: ItemStage, voted: number, total: number) =>
    stage === 'agreed'
      ? t('workshop.stage.agreed')
      : stage === 'revealed'
        ? t('workshop.stage.revealed')
        : t('workshop.stage.collect', { voted, total });
}

/**
 * The facilitator's screen for the items: one item at a time through collect → reveal → agree,
 * the way to the previous and next item, and the list of all items with where each stands.
 */
export function ItemsView({ ctx }: { ctx: WorkshopContext }) {
  const { t } = useTranslation();
  const { localize } = useLocalize();
  const stageText = useStageText();
  const current = currentItemOf(ctx.workshop, ctx.order);
  const [announcement, setAnnouncement] = useState('');
  // focus follows the item once the facilitator moves on; on arrival the page heading has it
  const [navigated, setNavigated] = useState(false);
  const listId = useId();

  if (!current) {
    return (
      <p className="workshop-warning">
        {t('workshop.items.empty')}{' '}
        <a href={hrefFor({ page: 'assessment', id: ctx.assessmentId, view: 'setup' })}>
          {t('workshop.items.emptyLink')}
        </a>
      </p>
    );
  }

  const index = ctx.order.indexOf(current);
  const previous = neighbour(ctx.order, current, -1);
  const next = neighbour(ctx.order, current, 1);
  const go = (itemId: string) => {
    setNavigated(true);
    ctx.act((q, a) => goToItem(q, a, itemId), { undoable: false });
  };
  const agreedCount = ctx.order.filter(
    (id) => itemStage(ctx.workshop, id, answerFor(ctx.assessment, id)) === 'agreed',
  ).length;

  return (
    <div className="workshop-items">
      <nav className="workshop-item-nav" aria-label={t('workshop.items.navLabel')}>
        <button
          type="button"
          className="workshop-button"
          disabled={!previous}
          onClick={() => previous && go(previous)}
        >
          <span aria-hidden="true">← </span>
          {t('workshop.items.previous')}
        </button>
        <span className="workshop-item-count">
          {t('workshop.items.position', { number: index + 1, total: ctx.order.length })}
        </span>
        <button type="button" className="workshop-button" disabled={!next} onClick={() => next && go(next)}>
          {t('workshop.items.next')}
          <span aria-hidden="true"> →</span>
        </button>
      </nav>

      <ItemStageView
        key={current}
        ctx={ctx}
        itemId={current}
        focusOnMount={navigated}
        onAgreed={(value, following) => {
          setNavigated(true);
          setAnnouncement(
            following ? t('workshop.agree.done', { value }) : t('workshop.agree.doneLast', { value }),
          );
        }}
      />

      <details className="workshop-all-items">
        <summary>{t('workshop.items.all', { agreed: agreedCount, total: ctx.order.length })}</summary>
        {ctx.phases.map((phase) => {
          const name = ctx.questionnaire.phases.find((p) => p.id === phase.phase);
          return (
            <div key={phase.phase} className="workshop-phase-list">
              <h3 id={`${listId}-${phase.phase}`}>{name ? localize(name.name) : phase.phase}</h3>
              <ol aria-labelledby={`${listId}-${phase.phase}`}>
                {phase.itemIds.map((itemId) => {
                  const item = ctx.itemsById.get(itemId);
                  const answer = answerFor(ctx.assessment, itemId);
                  const stage = itemStage(ctx.workshop, itemId, answer);
                  const progress = votingProgress(ctx.assessment.participants, answer);
                  return (
                    <li key={itemId} className={`workshop-list-item workshop-list-${stage}`}>
                      <button
                        type="button"
                        className="workshop-list-button"
                        aria-current={itemId === current ? 'step' : undefined}
                        onClick={() => go(itemId)}
                      >
                        <span className="workshop-list-number">{ctx.order.indexOf(itemId) + 1}.</span>{' '}
                        <span className="workshop-list-question">
                          {item ? localize(item.question) : itemId}
                        </span>
                      </button>
                      <span className="workshop-list-stage">
                        <span aria-hidden="true">
                          {stage === 'agreed' ? '✓ ' : stage === 'revealed' ? '◐ ' : ''}
                        </span>
                        {stageText(stage, progress.voted, progress.total)}
                      </span>
                    </li>
                  );
                })}
              </ol>
            </div>
          );
        })}
      </details>
      <p className="workshop-sr-only" role="status">
        {announcement}
      </p>
    </div>
  );
}

/** One item: question, where it stands, and the panel of its stage. */
function ItemStageView({
  ctx,
  itemId,
  focusOnMount,
  onAgreed,
}: {
  ctx: WorkshopContext;
  itemId: string;
  focusOnMount: boolean;
  onAgreed: (valueText: string, following: boolean) => void;
}) {
  const { t } = useTranslation();
  const { localize } = useLocalize();
  const id = useId();
  const stageText = useStageText();
  const { value: valueText } = useValueText(ctx.questionnaire);
  const medianText = useMedianText(ctx.questionnaire);
  const heading = useRef<HTMLHeadingElement>(null);
  const item = ctx.itemsById.get(itemId);
  const answer = answerFor(ctx.assessment, itemId);
  const stage = itemStage(ctx.workshop, itemId, answer);
  const progress = votingProgress(ctx.assessment.participants, answer);
  const agree = useAgreeState(ctx, itemId, (value: AnswerValue) =>
    onAgreed(valueText(value), neighbour(ctx.order, itemId, 1) !== undefined),
  );
  const questionId = `${id}-question`;

  useEffect(() => {
    // a new item takes focus at its question, so keyboard and screen-reader users start there
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);

  if (!item) return null;
  const phase = phaseOfItem(ctx.phases, itemId);
  const phaseName = ctx.questionnaire.phases.find((p) => p.id === phase);
  const dimension = ctx.questionnaire.dimensions.find((d) => d.id === item.dimension);
  const stats = voteStats(answer.votes);
  const named = ctx.workshop.showNames
    ? votesByParticipant(ctx.assessment.participants, answer.votes).map((v) => ({
        name: v.participant.name,
        value: v.value,
      }))
    : null;

  return (
    <article className="workshop-stage" aria-labelledby={questionId}>
      <p className="workshop-item-meta">
        {phaseName && <span>{localize(phaseName.name)}</span>}
        {dimension && <span>{localize(dimension.name)}</span>}
        <span className={`workshop-stage-badge workshop-stage-${stage}`}>
          {stageText(stage, progress.voted, progress.total)}
        </span>
      </p>
      <h2 className="workshop-question" id={questionId} ref={heading} tabIndex={-1}>
        {localize(item.question)}
      </h2>
      <details className="workshop-help">
        <summary>{t('workshop.items.help')}</summary>
        <p>{localize(item.help)}</p>
      </details>

      {stage === 'collect' ? (
        <CollectPanel
          ctx={ctx}
          itemId={itemId}
          labelledBy={questionId}
          onRevealed={() => heading.current?.focus()}
        />
      ) : (
        <>
          <section className="workshop-panel" aria-labelledby={`${id}-reveal`}>
            <h3 className="workshop-panel-title" id={`${id}-reveal`}>
              {t('workshop.reveal.title')}
            </h3>
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
            <Distribution stats={stats} named={named} valueText={valueText} medianText={medianText} />
          </section>
          {stage === 'agreed' && (
            <p className="workshop-agreed-note">
              <span aria-hidden="true">✓ </span>
              {t('workshop.agree.recorded', {
                value: answer.current === null ? '–' : valueText(answer.current),
              })}
            </p>
          )}
          <section className="workshop-panel">
            <AgreeForm
              ctx={ctx}
              itemId={itemId}
              state={agree}
              labelledBy={questionId}
              agreed={stage === 'agreed'}
            />
          </section>
        </>
      )}
    </article>
  );
}
