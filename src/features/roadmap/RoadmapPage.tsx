import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/schema';
import { planTargets, type TargetRule } from '../../domain/assessment/targets';
import { compareNames, getOwn } from '../../domain/collections';
import type { Evaluation, EvaluatedStep } from '../../domain/evaluate';
import {
  addOwnStep,
  dropStep,
  forgetEdits,
  moveStep,
  ownStepId,
  removeOwnStep,
  restoreStep,
  setCapacity,
  setNote,
  setOwner,
  type Capacity,
  type OwnStepInput,
  type Recipe,
} from '../../domain/roadmap/edit-actions';
import { isOwnStep } from '../../domain/roadmap/edits';
import { horizonDefinitions } from '../../domain/roadmap/horizons';
import type { Horizon, RoadmapIssue } from '../../domain/roadmap/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { isLevel } from '../../domain/scoring/levels';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLocalize } from '../../components/useLocalize';
import { hrefFor } from '../../state/router';
import { newId, useLibrary, type EditOptions } from '../../state/store';
import { useActiveCatalog } from '../../state/catalog';
import { useAssessmentContext } from '../../state/use-evaluation';
import { CapacityForm } from './CapacityForm';
import {
  RoadmapActionsContext,
  RoadmapViewContext,
  useRoadmapView,
  type RoadmapActions,
  type RoadmapView,
} from './context';
import { formattersFor } from './format';
import { announcement, type Notice } from './messages';
import { OwnStepForm } from './OwnStepForm';
import { indexRoadmap, neighbourAfterRemoval, type AnyStep, type Column } from './roadmap-view';
import { focusKey, OwnStepCard, StepCard } from './StepCard';
import { TargetTool } from './TargetTool';
import './roadmap.css';

/** Where focus goes after the next render: a control of a step, or a column's heading. */
type FocusRequest = {
  keys: string[];
  /** Renders left to find a target; a request never lingers to steal focus later. */
  tries?: number;
};

const columnFocusKey = (column: Column): string => `column|${column}`;

/** A section with an h2 that can take focus (after the last step of a column is dropped). */
function Section({
  column,
  title,
  className,
  children,
}: {
  column?: Column;
  title: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} data-focus={column ? columnFocusKey(column) : undefined}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function HorizonColumn({ horizon }: { horizon: Horizon<EvaluatedStep> }) {
  const { t } = useTranslation();
  const { format } = useRoadmapView();
  const count = horizon.steps.length;
  return (
    <Section
      column={horizon.id}
      className={`roadmap-column roadmap-column-${horizon.id}`}
      title={
        <>
          {t(`roadmap.horizons.${horizon.id}`)}{' '}
          <span className="column-months">
            {t('roadmap.months', { from: horizon.fromMonth, to: horizon.toMonth })}
          </span>
        </>
      }
    >
      <p className="column-meta">
        <span>
          {t('roadmap.dates', { start: format.shortDate(horizon.start), end: format.shortDate(horizon.end) })}
        </span>
        <span className={horizon.overCapacity > 0 ? 'column-count column-count-over' : 'column-count'}>
          <span aria-hidden="true">{t('roadmap.countVisible', { count, capacity: horizon.capacity })}</span>
          <span className="visually-hidden">
            {t('roadmap.countLabel', { count, capacity: horizon.capacity })}
          </span>
        </span>
      </p>
      {horizon.overCapacity > 0 && (
        <p className="column-over">{t('roadmap.overCapacity', { count: horizon.overCapacity })}</p>
      )}
      {count === 0 ? (
        <p className="muted">{t('roadmap.emptyColumn')}</p>
      ) : (
        <ol className="step-list">
          {horizon.steps.map((step) => (
            <li key={step.id}>
              {isOwnStep(step) ? (
                <OwnStepCard step={step} column={horizon.id} />
              ) : (
                <StepCard step={step} column={horizon.id} />
              )}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

/** Notes from the engine that no card shows: items it cannot plan for, stale edits, cycles, duplicates. */
function IssueList({
  issues,
  onForget,
}: {
  issues: readonly RoadmapIssue[];
  onForget: (stepIds: string[]) => void;
}) {
  const { t } = useTranslation();
  const { itemById, localize, titleOf, format } = useRoadmapView();
  const itemName = (id: string): string => {
    const item = itemById.get(id);
    return item ? localize(item.question) : id;
  };
  const lines: string[] = [];
  const unknown = new Set(issues.flatMap((i) => (i.kind === 'unknown-current' ? [i.itemId] : [])));
  if (unknown.size > 0) lines.push(t('roadmap.issues.unknownCurrent', { count: unknown.size }));
  // Deadlines the engine cannot plan for, one entry per item (its earliest deadline), grouped by why.
  const unplannable = new Map<string, Extract<RoadmapIssue, { kind: 'deadline-unknown-current' }>>();
  for (const issue of issues) {
    if (issue.kind === 'deadline-beyond-target') {
      lines.push(
        t('roadmap.issues.deadlineBeyondTarget', {
          item: itemName(issue.itemId),
          date: format.longDate(issue.date),
          level: issue.level,
          target: issue.target,
        }),
      );
    } else if (issue.kind === 'deadline-unknown-current') {
      const seen = unplannable.get(issue.itemId);
      if (!seen || issue.date < seen.date) unplannable.set(issue.itemId, issue);
    } else if (issue.kind === 'deadline-dropped') {
      lines.push(t('roadmap.issues.deadlineDropped', { step: titleOf(issue.stepId) }));
    }
  }
  const deadlineGroups = [
    { key: 'unanswered', intro: t('roadmap.issues.deadlineUnansweredIntro'), unanswered: true },
    { key: 'unknown', intro: t('roadmap.issues.deadlineUnknownIntro'), unanswered: false },
  ]
    .map((group) => ({
      ...group,
      entries: [...unplannable.values()]
        .filter((issue) => (issue.current === null) === group.unanswered)
        .map((issue) =>
          t('roadmap.issues.deadlineItem', {
            item: itemName(issue.itemId),
            date: format.longDate(issue.date),
            level: issue.level,
          }),
        ),
    }))
    .filter((group) => group.entries.length > 0);
  if (issues.some((i) => i.kind === 'cycle')) lines.push(t('roadmap.issues.cycle'));
  const duplicates = new Set(issues.flatMap((i) => (i.kind === 'duplicate-own-step' ? [i.stepId] : [])));
  if (duplicates.size > 0) lines.push(t('roadmap.issues.duplicateOwnStep', { count: duplicates.size }));
  const stale = [...new Set(issues.flatMap((i) => (i.kind === 'stale-edit' ? [i.stepId] : [])))];
  if (lines.length === 0 && deadlineGroups.length === 0 && stale.length === 0) return null;
  return (
    <Section title={t('roadmap.issues.title')} className="roadmap-issues">
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
        {deadlineGroups.map((group) => (
          <li key={group.key}>
            {group.intro}
            <ul>
              {group.entries.map((entry) => (
                <li key={entry}>{entry}</li>
              ))}
            </ul>
          </li>
        ))}
        {stale.length > 0 && (
          <li>
            {t('roadmap.issues.staleEdits', { count: stale.length })}{' '}
            <button type="button" className="button-quiet" onClick={() => onForget(stale)}>
              {t('roadmap.issues.forgetStale')}
            </button>
          </li>
        )}
      </ul>
    </Section>
  );
}

/** Where the offerings on the cards come from: the active catalog, or why there are none. */
function CatalogNote() {
  const { t } = useTranslation();
  const { localize, format } = useRoadmapView();
  const { catalog: active } = useActiveCatalog();
  if (!active) return null;
  const empty = active.offerings.length === 0;
  const title = localize(active.catalog.title);
  const date = format.shortDate(active.catalog.updated);
  return (
    <aside className="roadmap-catalog-note" aria-labelledby="roadmap-catalog-title">
      <h2 id="roadmap-catalog-title">{t('roadmap.catalog.title')}</h2>
      {empty ? (
        <p>{t('roadmap.catalog.empty')}</p>
      ) : (
        <p>
          {active.source === 'starter'
            ? t('roadmap.catalog.fromStarter', { title, date })
            : active.importedAt
              ? t('roadmap.catalog.fromImported', {
                  title,
                  date,
                  imported: format.shortDate(active.importedAt.slice(0, 10)),
                })
              : t('roadmap.catalog.from', { title, date })}{' '}
          {t('roadmap.catalog.how')}
          {active.source === 'starter' && <> {t('roadmap.catalog.importHint')}</>}
        </p>
      )}
      <p>
        <a href={hrefFor({ page: 'catalog' })}>{t('roadmap.catalog.link')}</a>
      </p>
    </aside>
  );
}

function Roadmap({
  assessment,
  questionnaire,
  evaluation,
}: {
  assessment: Assessment;
  questionnaire: Questionnaire;
  evaluation: Evaluation;
}) {
  const { t } = useTranslation();
  const { language, localize } = useLocalize();
  const roadmap = evaluation.roadmap;
  // The last action and the assessment it left behind: once the assessment is something else (an
  // undo or redo, another tab), what the message says may no longer hold, so it is not repeated.
  const [said, setSaid] = useState<{ notice: Notice; after: Assessment | undefined } | null>(null);
  const tell = useCallback(
    (notice: Notice) => setSaid({ notice, after: getOwn(useLibrary.getState().assessments, assessment.id) }),
    [assessment.id],
  );
  const ownerListId = useId();
  const [backlogOpen, setBacklogOpen] = useState(false);
  const focusRequest = useRef<FocusRequest | null>(null);
  const root = useRef<HTMLDivElement>(null);

  const index = useMemo(() => indexRoadmap(roadmap), [roadmap]);
  const lookups = useMemo(
    () => ({
      itemById: new Map(questionnaire.items.map((item) => [item.id, item])),
      areaById: new Map(questionnaire.areas.map((area) => [area.id, area])),
      scoreById: new Map(evaluation.scores.items.map((score) => [score.itemId, score])),
    }),
    [questionnaire, evaluation.scores.items],
  );

  // Who can own a step: the people named in setup, then names already given on the roadmap.
  const { facilitator, participants, roadmap: edits } = assessment;
  const ownerSuggestions = useMemo(() => {
    const named = [...participants.map((p) => p.name), facilitator];
    const given = [...Object.values(edits.owners), ...edits.ownSteps.map((s) => s.owner)];
    given.sort(compareNames);
    return [...new Set([...named, ...given].map((name) => name.trim()).filter((name) => name !== ''))];
  }, [facilitator, participants, edits]);

  // Items with a current level, and how many of them a "one level up" target would raise.
  const scopeItems = evaluation.scope.items;
  const targetState = useMemo(
    () => ({
      levelled: scopeItems.filter((itemId) => isLevel(getOwn(assessment.answers, itemId)?.current)).length,
      raisable: planTargets(assessment.answers, { kind: 'raise', by: 1 }, scopeItems).length,
    }),
    [assessment.answers, scopeItems],
  );

  const update = useCallback(
    (recipe: Recipe, options?: EditOptions) => useLibrary.getState().update(assessment.id, recipe, options),
    [assessment.id],
  );

  const view = useMemo((): RoadmapView => {
    const titleOf = (stepId: string): string => {
      const step = index.steps.get(stepId);
      if (!step) return stepId;
      return isOwnStep(step) ? step.title : localize(step.title);
    };
    const columnLabel = (column: Column): string => {
      if (column === 'backlog') return t('roadmap.horizons.backlog');
      if (column === 'dropped') return t('roadmap.dropped.title');
      const definition = horizonDefinitions.find((h) => h.id === column);
      return t('roadmap.horizonWithMonths', {
        name: t(`roadmap.horizons.${column}`),
        from: definition?.fromMonth ?? 0,
        to: definition?.toMonth ?? 0,
      });
    };
    return {
      language,
      localize,
      format: formattersFor(language),
      questionnaire,
      index,
      itemById: lookups.itemById,
      scoreById: lookups.scoreById,
      scopeAreas: evaluation.scope.areas,
      areaName: (id) => {
        const area = lookups.areaById.get(id);
        return area ? localize(area.name) : id;
      },
      titleOf,
      columnLabel,
      ownerList: ownerSuggestions.length > 0 ? ownerListId : undefined,
    };
  }, [
    index,
    language,
    localize,
    lookups,
    questionnaire,
    evaluation.scope.areas,
    t,
    ownerSuggestions.length,
    ownerListId,
  ]);

  const actions = useMemo((): RoadmapActions => {
    const focusAfterRemoval = (step: AnyStep): void => {
      const neighbour = neighbourAfterRemoval(index, step.id);
      const column = index.columnOf.get(step.id);
      focusRequest.current = {
        keys: [
          ...(neighbour ? [focusKey(neighbour, 'heading')] : []),
          ...(column ? [columnFocusKey(column)] : []),
        ],
      };
    };
    return {
      move(step, to, direction) {
        const planned = isOwnStep(step) ? step.horizon : step.plannedHorizon;
        const other = direction === 'back' ? 'forward' : 'back';
        // Focus stays with the step: the same button in its new column, else the other one.
        focusRequest.current = {
          keys: [focusKey(step.id, direction), focusKey(step.id, other), focusKey(step.id, 'heading')],
        };
        if (to === 'backlog') setBacklogOpen(true);
        update(moveStep(step.id, to, planned));
        tell({ kind: 'moved', stepId: step.id, title: view.titleOf(step.id) });
      },
      drop(step) {
        focusAfterRemoval(step);
        update(dropStep(step.id));
        tell({ kind: 'dropped', stepId: step.id, title: view.titleOf(step.id) });
      },
      restore(step) {
        focusRequest.current = { keys: [focusKey(step.id, 'heading'), columnFocusKey('dropped')] };
        if (!isOwnStep(step) && step.horizon === 'backlog') setBacklogOpen(true);
        update(restoreStep(step.id));
        tell({ kind: 'restored', stepId: step.id, title: view.titleOf(step.id) });
      },
      remove(step) {
        focusAfterRemoval(step);
        update(removeOwnStep(step.id));
        tell({ kind: 'removed', title: view.titleOf(step.id) });
      },
      setOwner(step, owner) {
        // Typing a name is one undo step, not one per pause.
        update(setOwner(step.id, owner), { group: `owner:${step.id}` });
      },
      setNote(step, note) {
        update(setNote(step.id, note), { group: `note:${step.id}` });
      },
    };
  }, [index, update, view, tell]);

  // Runs after every render: a focus request is served as soon as its target exists (the step has
  // moved), which is the render right after the edit; it is dropped if that does not happen soon.
  useEffect(() => {
    const request = focusRequest.current;
    const container = root.current;
    if (!request || !container) return;
    const candidates = [...container.querySelectorAll<HTMLElement>('[data-focus]')];
    for (const key of request.keys) {
      const target = candidates.find((element) => element.dataset.focus === key);
      if (target) {
        focusRequest.current = null;
        target.focus();
        return;
      }
    }
    const tries = request.tries ?? 3;
    focusRequest.current = tries > 1 ? { ...request, tries: tries - 1 } : null;
  });

  const addOwn = (input: OwnStepInput) => {
    const id = ownStepId(newId());
    focusRequest.current = { keys: [focusKey(id, 'heading')] };
    update(addOwnStep(id, input));
    tell({ kind: 'added', stepId: id, title: input.title.trim() });
  };
  const saveCapacity = (capacity: Capacity) => {
    update(setCapacity(capacity));
    tell({ kind: 'capacity' });
  };
  const raiseTargets = (rule: TargetRule, from: 'empty' | 'panel') => {
    const count = useLibrary.getState().raiseTargets(assessment.id, rule, scopeItems);
    // From the empty programme the tool goes away with the emptiness: focus goes to the first column.
    if (count > 0 && from === 'empty') focusRequest.current = { keys: [columnFocusKey('now')] };
    tell({ kind: 'targets', count });
  };
  const forget = (stepIds: string[]) => {
    update(forgetEdits(stepIds));
    tell({ kind: 'forgotten' });
  };

  const total =
    roadmap.horizons.reduce((sum, h) => sum + h.steps.length, 0) +
    roadmap.backlog.length +
    roadmap.dropped.length;
  const message = said && said.after === assessment ? announcement(said.notice, view, t) : '';
  // The programme is empty because no target is above its current level: offer to raise them.
  const offerTargets = total === 0 && targetState.raisable > 0;
  const answerHref = hrefFor({ page: 'assessment', id: assessment.id, view: 'answer' });

  return (
    <RoadmapViewContext.Provider value={view}>
      <RoadmapActionsContext.Provider value={actions}>
        <div ref={root}>
          <div role="status" className="visually-hidden">
            {message}
          </div>
          {ownerSuggestions.length > 0 && (
            <datalist id={ownerListId}>
              {ownerSuggestions.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          )}
          <IssueList issues={roadmap.issues} onForget={forget} />
          {total === 0 && !offerTargets && (
            <div className="roadmap-empty">
              <h2>{t('roadmap.empty.title')}</h2>
              <p>{t('roadmap.empty.body')}</p>
              <p>
                <a href={answerHref}>{t('roadmap.empty.link')}</a>
              </p>
            </div>
          )}
          {offerTargets && (
            <Section title={t('roadmap.empty.title')} className="roadmap-empty roadmap-empty-targets">
              <p>{t('roadmap.empty.noTargets', { count: targetState.levelled })}</p>
              <p>{t('roadmap.empty.noTargetsHow')}</p>
              <h3>{t('roadmap.targets.formTitle')}</h3>
              <TargetTool
                answers={assessment.answers}
                itemIds={scopeItems}
                onApply={(rule) => raiseTargets(rule, 'empty')}
              />
              <p>
                <a href={answerHref}>{t('roadmap.empty.targetsLink')}</a>
              </p>
            </Section>
          )}
          <div className="roadmap-columns">
            {roadmap.horizons.map((horizon) => (
              <HorizonColumn key={horizon.id} horizon={horizon} />
            ))}
          </div>
          <CatalogNote />
          {roadmap.backlog.length > 0 && (
            <Section column="backlog" title={t('roadmap.backlog.title')} className="roadmap-backlog">
              <p>{t('roadmap.backlog.intro')}</p>
              <details open={backlogOpen} onToggle={(event) => setBacklogOpen(event.currentTarget.open)}>
                <summary>{t('roadmap.backlog.summary', { count: roadmap.backlog.length })}</summary>
                {backlogOpen && (
                  <ol className="step-list step-list-compact">
                    {roadmap.backlog.map((step) => (
                      <li key={step.id}>
                        <StepCard step={step} column="backlog" />
                      </li>
                    ))}
                  </ol>
                )}
              </details>
            </Section>
          )}
          <Section column="dropped" title={t('roadmap.dropped.title')} className="roadmap-dropped">
            <p>{t('roadmap.dropped.intro')}</p>
            {roadmap.dropped.length === 0 ? (
              <p className="muted">{t('roadmap.dropped.empty')}</p>
            ) : (
              <ol className="step-list step-list-compact">
                {roadmap.dropped.map((step) => (
                  <li key={step.id}>
                    <StepCard step={step} column="dropped" />
                  </li>
                ))}
              </ol>
            )}
          </Section>
          <div className="roadmap-forms">
            <Section title={t('roadmap.own.title')} className="roadmap-own">
              <p>{t('roadmap.own.intro')}</p>
              <OwnStepForm onAdd={addOwn} />
            </Section>
            <div className="roadmap-side">
              <Section title={t('roadmap.capacity.title')} className="roadmap-capacity">
                <p>{t('roadmap.capacity.intro')}</p>
                <CapacityForm capacity={assessment.settings.capacity} onSave={saveCapacity} />
              </Section>
              {!offerTargets && (
                <Section title={t('roadmap.targets.title')} className="roadmap-targets">
                  <p>{t('roadmap.targets.intro')}</p>
                  <details>
                    <summary>{t('roadmap.targets.summary')}</summary>
                    <TargetTool
                      answers={assessment.answers}
                      itemIds={scopeItems}
                      onApply={(rule) => raiseTargets(rule, 'panel')}
                    />
                  </details>
                </Section>
              )}
            </div>
          </div>
        </div>
      </RoadmapActionsContext.Provider>
    </RoadmapViewContext.Provider>
  );
}

/**
 * The roadmap (the brochure's kehittämisohjelma): the engine's steps in Now / Next / Later with
 * what each is, why, what it costs, how it is procured and who can help; moves, drops, own steps,
 * owners and notes are saved to the assessment at once.
 */
export function RoadmapPage({ assessmentId }: { assessmentId: string; section?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('roadmap.title'), t('app.name'));
  const context = useAssessmentContext(assessmentId);
  let body: ReactNode;
  if (context.status === 'missing') {
    body = <p>{t('assessmentNav.missing')}</p>;
  } else if (context.status === 'loading') {
    body = <p className="loading">{t('roadmap.loading')}</p>;
  } else if (context.status === 'error') {
    body = <p className="field-error">{t('roadmap.loadError')}</p>;
  } else {
    body = (
      <Roadmap
        assessment={context.assessment}
        questionnaire={context.questionnaire}
        evaluation={context.evaluation}
      />
    );
  }
  return (
    <div className="page roadmap-page">
      <PageHeading>{t('roadmap.title')}</PageHeading>
      <p className="lead">{t('roadmap.lead')}</p>
      {body}
    </div>
  );
}
