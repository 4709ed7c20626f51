import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalize } from '../../components/useLocalize';
import { answerFor } from '../../domain/assessment/create';
import { getOwn } from '../../domain/collections';
import type { Evaluation } from '../../domain/evaluate';
import { dotBudgets, dotCandidates, dotResults, maxDotsPerParticipant } from '../../domain/workshop/dots';
import { changeDots, setWorkshopOption } from '../../domain/workshop/edits';
import { hrefFor } from '../../state/router';
import { useValueText, type WorkshopContext } from './use-workshop';

/**
 * Dot voting on the roadmap candidates (the items whose target is above their agreed level):
 * each participant has the same number of dots and may stack them. The dots count in the engine's
 * priorities at once, and the ranking below shows what they did.
 */
export function DotsView({ ctx, evaluation }: { ctx: WorkshopContext; evaluation: Evaluation | null }) {
  const { t } = useTranslation();
  const { language, localize } = useLocalize();
  const { value: valueText } = useValueText(ctx.questionnaire);
  const id = useId();
  const { participants } = ctx.assessment;
  const [who, setWho] = useState<string | null>(participants[0]?.id ?? null);
  const [announcement, setAnnouncement] = useState('');
  const [budgetText, setBudgetText] = useState<string | null>(null);
  const candidates = dotCandidates(ctx.order, ctx.assessment);
  const perParticipant = ctx.workshop.dotsPerParticipant;
  const budgets = dotBudgets(ctx.assessment, participants, candidates, perParticipant);
  const results = dotResults(ctx.assessment, candidates);
  const voter = participants.find((p) => p.id === who) ?? participants[0];
  const budget = budgets.find((b) => b.participantId === voter?.id);
  const question = (itemId: string) => {
    const item = ctx.itemsById.get(itemId);
    return item ? localize(item.question) : itemId;
  };
  const number = (itemId: string) => ctx.order.indexOf(itemId) + 1;
  const budgetField = budgetText ?? String(perParticipant);
  const budgetValid =
    /^\d+$/.test(budgetField.trim()) &&
    Number(budgetField) >= 1 &&
    Number(budgetField) <= maxDotsPerParticipant;

  const change = (itemId: string, delta: 1 | -1) => {
    if (!voter) return;
    ctx.act((q, a) => changeDots(q, a, itemId, voter.id, delta));
    const after = dotsAfter(ctx, itemId, voter.id, delta);
    setAnnouncement(
      t(delta === 1 ? 'workshop.dots.added' : 'workshop.dots.removed', {
        name: voter.name,
        number: number(itemId),
        count: after,
      }),
    );
  };

  return (
    <section className="workshop-dots" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('workshop.dots.title')}</h2>
      <p className="workshop-lead">{t('workshop.dots.lead')}</p>

      <div className="workshop-field workshop-budget">
        <label htmlFor={`${id}-budget`}>{t('workshop.dots.perParticipant')}</label>
        <input
          id={`${id}-budget`}
          type="number"
          inputMode="numeric"
          min={1}
          max={maxDotsPerParticipant}
          value={budgetField}
          aria-invalid={!budgetValid || undefined}
          aria-describedby={budgetValid ? undefined : `${id}-budget-error`}
          onChange={(event) => {
            const raw = event.currentTarget.value;
            setBudgetText(raw);
            const n = Number(raw);
            if (/^\d+$/.test(raw.trim()) && n >= 1 && n <= maxDotsPerParticipant) {
              ctx.act((q, a) => setWorkshopOption(q, a, 'dotsPerParticipant', n), { group: 'dots-budget' });
            }
          }}
          onBlur={() => setBudgetText(null)}
        />
        {!budgetValid && (
          <p className="workshop-error" id={`${id}-budget-error`}>
            {t('workshop.dots.budgetInvalid', { max: maxDotsPerParticipant })}
          </p>
        )}
      </div>

      {participants.length === 0 ? (
        <p className="workshop-warning">{t('workshop.dots.noParticipants')}</p>
      ) : candidates.length === 0 ? (
        <p className="workshop-warning">{t('workshop.dots.noCandidates')}</p>
      ) : (
        <>
          <fieldset className="workshop-who">
            <legend>{t('workshop.dots.who')}</legend>
            {participants.map((p) => {
              const b = budgets.find((x) => x.participantId === p.id);
              return (
                <label key={p.id} className="workshop-choice workshop-who-option">
                  <input
                    type="radio"
                    name={`${id}-who`}
                    checked={voter?.id === p.id}
                    onChange={() => setWho(p.id)}
                  />
                  <span>
                    <span className="workshop-choice-label">{p.name}</span>
                    <span className="workshop-choice-hint">
                      {t('workshop.dots.used', { used: b?.used ?? 0, total: perParticipant })}
                      {b?.over && ` ${t('workshop.dots.over')}`}
                    </span>
                  </span>
                </label>
              );
            })}
          </fieldset>
          {voter && budget && (
            <p
              className={`workshop-budget-left${budget.left === 0 ? ' workshop-budget-spent' : ''}`}
              role="status"
            >
              {budget.over
                ? t('workshop.dots.overBudget', {
                    name: voter.name,
                    used: budget.used,
                    total: perParticipant,
                  })
                : t('workshop.dots.left', { name: voter.name, count: budget.left })}
            </p>
          )}
          <h3 className="workshop-subtitle" id={`${id}-candidates`}>
            {t('workshop.dots.candidatesCaption', { count: candidates.length })}
          </h3>
          <ol className="workshop-candidates" aria-labelledby={`${id}-candidates`}>
            {candidates.map((itemId) => {
              const answer = answerFor(ctx.assessment, itemId);
              const mine = voter ? (getOwn(answer.dots, voter.id) ?? 0) : 0;
              const total = results.find((r) => r.itemId === itemId)?.total ?? 0;
              const canAdd = budget !== undefined && budget.left > 0;
              return (
                <li key={itemId} className="workshop-candidate">
                  <p className="workshop-candidate-question">
                    <span className="workshop-list-number">{number(itemId)}.</span> {question(itemId)}
                  </p>
                  <p className="workshop-candidate-meta">
                    <span>
                      {t('workshop.dots.gap')}:{' '}
                      {typeof answer.current === 'number' && answer.target !== null
                        ? t('workshop.dots.gapValue', {
                            from: valueText(answer.current),
                            to: valueText(answer.target),
                          })
                        : '–'}
                    </span>
                    <span>
                      {t('workshop.dots.total')}: <strong>{total}</strong>{' '}
                      <span className="workshop-dots-visual" aria-hidden="true">
                        {'●'.repeat(Math.min(total, 30))}
                      </span>
                    </span>
                  </p>
                  {voter && (
                    <div
                      className="workshop-stepper"
                      role="group"
                      aria-label={t('workshop.dots.mine', { name: voter.name })}
                    >
                      <button
                        type="button"
                        className="workshop-button workshop-step-button"
                        aria-disabled={mine === 0 || undefined}
                        aria-label={t('workshop.dots.remove', { name: voter.name, number: number(itemId) })}
                        onClick={() => mine > 0 && change(itemId, -1)}
                      >
                        −
                      </button>
                      <span className="workshop-step-value">
                        {t('workshop.dots.mineValue', { count: mine })}
                      </span>
                      <button
                        type="button"
                        className="workshop-button workshop-step-button"
                        aria-disabled={!canAdd || undefined}
                        aria-label={t('workshop.dots.add', { name: voter.name, number: number(itemId) })}
                        onClick={() => {
                          if (canAdd) change(itemId, 1);
                          else setAnnouncement(t('workshop.dots.spent', { name: voter.name }));
                        }}
                      >
                        +
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}

      {evaluation && evaluation.priorities.length > 0 && (
        <section className="workshop-panel" aria-labelledby={`${id}-ranking`}>
          <h3 className="workshop-panel-title" id={`${id}-ranking`}>
            {t('workshop.dots.rankingTitle')}
          </h3>
          <p className="workshop-hint">{t('workshop.dots.rankingLead')}</p>
          <ol className="workshop-ranking">
            {evaluation.priorities.slice(0, 10).map((p) => (
              <li key={p.itemId}>
                <span className="workshop-ranking-question">{question(p.itemId)}</span>{' '}
                <span className="workshop-ranking-meta">
                  {t('workshop.dots.rankingMeta', {
                    dots: p.dots,
                    score: new Intl.NumberFormat(language === 'en' ? 'en-GB' : language, {
                      maximumFractionDigits: 1,
                    }).format(p.score),
                    quadrant: t(`workshop.quadrants.${p.quadrant}`),
                  })}
                </span>
              </li>
            ))}
          </ol>
          <p>
            <a href={hrefFor({ page: 'assessment', id: ctx.assessmentId, view: 'roadmap' })}>
              {t('workshop.dots.toRoadmap')}
            </a>
          </p>
        </section>
      )}
      <p className="workshop-sr-only" role="status">
        {announcement}
      </p>
    </section>
  );
}

/** The participant's dots on an item after a change of `delta` (for the announcement). */
function dotsAfter(ctx: WorkshopContext, itemId: string, participantId: string, delta: 1 | -1): number {
  const before = getOwn(answerFor(ctx.assessment, itemId).dots, participantId) ?? 0;
  return Math.max(0, before + delta);
}
