import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluatedStep } from '../../domain/evaluate';
import { noteMaxLength, ownerMaxLength } from '../../domain/roadmap/edit-actions';
import type { Placement } from '../../domain/roadmap/horizons';
import type { OwnRoadmapStep } from '../../domain/roadmap/types';
import { useRoadmapActions, useRoadmapView } from './context';
import { conflictSentences } from './messages';
import { moveTargets, type AnyStep, type Column } from './roadmap-view';
import { EthicsQuestions, OfferingList, ProcurementInfo } from './StepDetails';
import { StepTextField } from './StepTextField';

/** The value of `data-focus` the page looks for when it moves focus to a step's control. */
export function focusKey(stepId: string, target: 'heading' | 'back' | 'forward' | 'restore'): string {
  return `${stepId}|${target}`;
}

/**
 * The accessible name of a step's button: its visible words first (so a voice command matches),
 * then the step it acts on, since every card has the same buttons.
 */
function forStep(label: string, title: string): string {
  return `${label}: ${title}`;
}

function StepHeading({ step, title }: { step: AnyStep; title: string }) {
  return (
    <h3 id={headingIdOf(step.id)} tabIndex={-1} data-focus={focusKey(step.id, 'heading')}>
      {title}
    </h3>
  );
}

/** Ids come from data; the heading id only needs to be unique on the page. */
function headingIdOf(stepId: string): string {
  return `step-${stepId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Move buttons to the neighbouring columns and Drop (or Remove, for an own step). */
function StepActions({ step, column, title }: { step: AnyStep; column: Placement; title: string }) {
  const { t } = useTranslation();
  const actions = useRoadmapActions();
  const { back, forward } = moveTargets(step, column);
  const name = (target: Placement): string =>
    target === 'backlog'
      ? t('roadmap.step.moveToBacklog')
      : t('roadmap.step.moveTo', { horizon: t(`roadmap.horizons.${target}`) });
  return (
    <div className="step-actions">
      {back && (
        <button
          type="button"
          className="button-secondary"
          data-focus={focusKey(step.id, 'back')}
          aria-label={forStep(name(back), title)}
          onClick={() => actions.move(step, back, 'back')}
        >
          <span aria-hidden="true">← </span>
          {name(back)}
        </button>
      )}
      {forward && (
        <button
          type="button"
          className="button-secondary"
          data-focus={focusKey(step.id, 'forward')}
          aria-label={forStep(name(forward), title)}
          onClick={() => actions.move(step, forward, 'forward')}
        >
          {name(forward)}
          <span aria-hidden="true"> →</span>
        </button>
      )}
      {step.kind === 'own' ? (
        <button
          type="button"
          className="button-quiet"
          aria-label={forStep(t('roadmap.step.remove'), title)}
          onClick={() => actions.remove(step)}
        >
          {t('roadmap.step.remove')}
        </button>
      ) : (
        <button
          type="button"
          className="button-quiet"
          aria-label={forStep(t('roadmap.step.drop'), title)}
          onClick={() => actions.drop(step)}
        >
          {t('roadmap.step.drop')}
        </button>
      )}
    </div>
  );
}

/** Owner and note, saved as they are typed. */
function StepFields({ step }: { step: AnyStep }) {
  const { t } = useTranslation();
  const actions = useRoadmapActions();
  const { ownerList } = useRoadmapView();
  const hintId = useId();
  return (
    <div className="step-fields">
      <StepTextField
        label={t('roadmap.step.owner')}
        value={step.owner}
        maxLength={ownerMaxLength}
        hintId={hintId}
        list={ownerList}
        onSave={(owner) => actions.setOwner(step, owner)}
      />
      <StepTextField
        label={t('roadmap.step.note')}
        value={step.note}
        maxLength={noteMaxLength}
        multiline
        hintId={hintId}
        onSave={(note) => actions.setNote(step, note)}
      />
      <p id={hintId} className="field-hint">
        {t('roadmap.step.savedHint')}
      </p>
    </div>
  );
}

function ConflictNotes({ step }: { step: EvaluatedStep }) {
  const { t } = useTranslation();
  const view = useRoadmapView();
  const sentences = conflictSentences(step, view, t);
  if (sentences.length === 0) return null;
  return (
    <div className="step-conflicts" role="status">
      <p className="step-conflicts-title">
        <strong>{t('roadmap.conflict.title')}</strong>
      </p>
      <ul>
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </div>
  );
}

function UnmetNotes({ step }: { step: EvaluatedStep }) {
  const { t } = useTranslation();
  const { itemById, localize } = useRoadmapView();
  if (step.unmetPreconditions.length === 0) return null;
  return (
    <div className="step-unmet">
      <p>
        <strong>{t('roadmap.unmet.title')}</strong>
      </p>
      <ul>
        {step.unmetPreconditions.map((unmet) => {
          const item = itemById.get(unmet.prerequisiteItemId);
          return (
            <li key={`${unmet.itemId}>${unmet.prerequisiteItemId}`}>
              {t('roadmap.unmet.text', {
                item: item ? localize(item.question) : unmet.prerequisiteItemId,
                level: unmet.level,
                reason: t(`roadmap.unmet.${unmet.reason}`),
              })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function AreaList({ areas }: { areas: readonly string[] }) {
  const { t } = useTranslation();
  const { scopeAreas, areaName, format } = useRoadmapView();
  if (areas.length === 0) return <>{t('roadmap.step.noAreas')}</>;
  if (areas.length > 1 && areas.length === scopeAreas.length && scopeAreas.every((a) => areas.includes(a))) {
    return <>{t('roadmap.step.allAreas', { count: areas.length })}</>;
  }
  return <>{format.list(areas.map(areaName))}</>;
}

/** Which items the step lifts, with their current and target levels, and the transition it makes. */
function Why({ step, brief }: { step: EvaluatedStep; brief: boolean }) {
  const { t } = useTranslation();
  const { itemById, scoreById, localize, questionnaire } = useRoadmapView();
  const scaleLabel = (level: number): string => {
    const scale = questionnaire.scale.find((s) => s.level === level);
    return scale ? localize(scale.label) : String(level);
  };
  return (
    <>
      <ul className="step-items">
        {step.items.map((itemId) => {
          const item = itemById.get(itemId);
          const score = scoreById.get(itemId);
          return (
            <li key={itemId}>
              {item ? localize(item.question) : itemId}{' '}
              {score && typeof score.current === 'number' && score.target !== null && (
                <span className="step-levels">
                  ({t('roadmap.step.itemLevels', { current: score.current, target: score.target })})
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {!brief && (
        <p>
          {t('roadmap.step.transition', {
            from: step.from,
            to: step.to,
            fromLabel: scaleLabel(step.from),
            toLabel: scaleLabel(step.to),
          })}
        </p>
      )}
    </>
  );
}

function Deadlines({ step }: { step: EvaluatedStep }) {
  const { t } = useTranslation();
  const { format, localize, columnLabel } = useRoadmapView();
  return (
    <ul className="step-deadlines">
      {step.deadlines.map((deadline) => (
        <li key={`${deadline.itemId}|${deadline.date}|${deadline.level}`}>
          {deadline.overdue && <span className="badge badge-overdue">{t('roadmap.step.overdue')}</span>}{' '}
          <strong>
            {t('roadmap.step.deadlineText', { date: format.longDate(deadline.date), level: deadline.level })}
          </strong>{' '}
          {localize(deadline.reason)}{' '}
          {t('roadmap.step.deadlineLatest', { horizon: columnLabel(deadline.latestHorizon) })}
        </li>
      ))}
    </ul>
  );
}

/**
 * One computed step. "full" in the three horizons; "compact" in the backlog and among dropped
 * steps, where a person scans a long list and decides what to bring back.
 */
export function StepCard({ step, column }: { step: EvaluatedStep; column: Column }) {
  const { t } = useTranslation();
  const view = useRoadmapView();
  const actions = useRoadmapActions();
  const { localize, format, columnLabel } = view;
  const title = localize(step.title);
  const full = column === 'now' || column === 'next' || column === 'later';

  if (column === 'dropped') {
    return (
      <article
        className="step-card step-card-compact"
        aria-labelledby={headingIdOf(step.id)}
        data-step-id={step.id}
      >
        <StepHeading step={step} title={title} />
        <p className="step-badges">{t('roadmap.dropped.wasIn', { horizon: columnLabel(step.horizon) })}</p>
        <Why step={step} brief />
        <ConflictNotes step={step} />
        <div className="step-actions">
          <button
            type="button"
            className="button-secondary"
            data-focus={focusKey(step.id, 'restore')}
            aria-label={forStep(t('roadmap.step.restore'), title)}
            onClick={() => actions.restore(step)}
          >
            {t('roadmap.step.restore')}
          </button>
        </div>
      </article>
    );
  }

  return (
    <article
      className={full ? 'step-card' : 'step-card step-card-compact'}
      aria-labelledby={headingIdOf(step.id)}
      data-step-id={step.id}
    >
      <StepHeading step={step} title={title} />
      <p className="step-badges">
        <span className={`badge badge-${step.quadrant}`}>
          {t('roadmap.step.priorityLabel', { quadrant: t(`roadmap.step.quadrant.${step.quadrant}`) })}
        </span>
        {step.moved && (
          <span className="badge badge-moved">
            {t('roadmap.step.moved', { horizon: t(`roadmap.horizons.${step.plannedHorizon}`) })}
          </span>
        )}
        {step.deadlines.some((d) => d.overdue) && (
          <span className="badge badge-overdue">{t('roadmap.step.overdue')}</span>
        )}
      </p>
      <ConflictNotes step={step} />
      <dl className="step-facts">
        <Fact label={t('roadmap.step.why')}>
          <Why step={step} brief={!full} />
        </Fact>
        {full && (
          <Fact label={t('roadmap.step.areas')}>
            <AreaList areas={step.areas} />
          </Fact>
        )}
        <Fact label={t('roadmap.step.effort')}>{t(`roadmap.step.efforts.${step.effort}`)}</Fact>
        <Fact label={t('roadmap.step.cost')}>
          {format.euroRange(step.cost.min, step.cost.max)}{' '}
          <span className="muted">({t('roadmap.step.costNote')})</span>
        </Fact>
        {full && (
          <Fact label={t('roadmap.step.procurement')}>
            <ProcurementInfo step={step} />
          </Fact>
        )}
        {step.deadlines.length > 0 && (
          <Fact label={t('roadmap.step.deadline')}>
            <Deadlines step={step} />
          </Fact>
        )}
      </dl>
      {full && <UnmetNotes step={step} />}
      {full && <EthicsQuestions step={step} />}
      {full && <OfferingList step={step} />}
      {full && <StepFields step={step} />}
      <StepActions step={step} column={column as Placement} title={title} />
    </article>
  );
}

/** A step the user added: its title as typed, areas, owner and note. */
export function OwnStepCard({ step, column }: { step: OwnRoadmapStep; column: Placement }) {
  const { t } = useTranslation();
  return (
    <article
      className="step-card step-card-own"
      aria-labelledby={headingIdOf(step.id)}
      data-step-id={step.id}
    >
      <StepHeading step={step} title={step.title} />
      <p className="step-badges">
        <span className="badge badge-own">{t('roadmap.step.own')}</span>
      </p>
      <dl className="step-facts">
        <Fact label={t('roadmap.step.areas')}>
          <AreaList areas={step.areas} />
        </Fact>
      </dl>
      <StepFields step={step} />
      <StepActions step={step} column={column} title={step.title} />
    </article>
  );
}
