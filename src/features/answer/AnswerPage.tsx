import {
  startTransition,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { PageHeading } from '../../components/PageHeading';
import { Stepper, type StepperGroup, type StepperStep } from '../../components/Stepper';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLocalize } from '../../components/useLocalize';
import type { AnswerValue } from '../../domain/assessment/schema';
import { resolveScope } from '../../domain/assessment/scope';
import {
  answerSections,
  defaultSection,
  isAnswered,
  neighbourItem,
  nextUnanswered,
  sectionProgress,
  type AnswerSection,
  type ItemPosition,
} from '../../domain/assessment/sections';
import { getOwn } from '../../domain/collections';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { useQuestionnaire } from '../../state/use-evaluation';
import { hrefFor, navigate } from '../../state/router';
import { useLibrary } from '../../state/store';
import { AnswerItem } from './AnswerItem';
import { useCardTexts } from './cardTexts';
import { afterPaint, firstCards, nextCount, nextTask } from './reveal';
import { ShortcutHelp } from './ShortcutHelp';
import { isTextEntry, shortcutFor } from './shortcuts';
import './answer.css';

function DocumentTitle({ page }: { page: string }) {
  const { t } = useTranslation();
  useDocumentTitle(page, t('app.name'));
  return null;
}

/** The recorded answer of an item right now, read without subscribing (for key handlers). */
function answerNow(assessmentId: string) {
  const assessment = getOwn(useLibrary.getState().assessments, assessmentId);
  return (itemId: string) => (assessment ? getOwn(assessment.answers, itemId) : undefined);
}

/** The answer screen: `#/a/<id>/answer[/<section>]`. Loads the questionnaire, then shows the items. */
export function AnswerPage({ assessmentId, section }: { assessmentId: string; section?: string }) {
  const { t } = useTranslation();
  const questionnaireId = useLibrary((state) => getOwn(state.assessments, assessmentId)?.questionnaire.id);
  const { questionnaire, error } = useQuestionnaire(questionnaireId);
  let body;
  if (!questionnaireId) {
    body = (
      <>
        <DocumentTitle page={t('assessmentNav.missingTitle')} />
        <p>{t('assessmentNav.missing')}</p>
      </>
    );
  } else if (error) {
    body = (
      <>
        <DocumentTitle page={t('answer.title')} />
        <p className="answer-error" role="alert">
          {t('answer.loadFailed', { id: questionnaireId })}
        </p>
      </>
    );
  } else if (!questionnaire) {
    body = (
      <>
        <DocumentTitle page={t('answer.title')} />
        <p className="loading" role="status">
          {t('answer.loading')}
        </p>
      </>
    );
  } else {
    body = <AnswerView assessmentId={assessmentId} questionnaire={questionnaire} section={section} />;
  }
  return (
    <article className="page answer-page">
      <PageHeading>{t('answer.title')}</PageHeading>
      <p className="answer-lead">{t('answer.lead')}</p>
      {body}
    </article>
  );
}

export interface AnswerViewProps {
  assessmentId: string;
  questionnaire: Questionnaire;
  /** Section id from the route; when absent or unknown, the first section with open items is shown. */
  section?: string;
}

/**
 * The sections of an assessment with a stepper, the items of the chosen section, and the
 * keyboard shortcuts. This component subscribes only to the scope and to each section's count
 * of answered items; every item card subscribes to its own answer.
 */
export function AnswerView({ assessmentId, questionnaire, section: requested }: AnswerViewProps) {
  const { t } = useTranslation();
  const { localize } = useLocalize();
  const scope = useLibrary((state) => getOwn(state.assessments, assessmentId)?.scope);
  const resolved = useMemo(() => (scope ? resolveScope(questionnaire, scope) : null), [questionnaire, scope]);
  const sections = useMemo(
    () => (resolved ? answerSections(questionnaire, resolved) : []),
    [questionnaire, resolved],
  );
  const answered = useLibrary(
    useShallow((state) => {
      const assessment = getOwn(state.assessments, assessmentId);
      const answerOf = (itemId: string) => (assessment ? getOwn(assessment.answers, itemId) : undefined);
      return sections.map((s) => sectionProgress(s, answerOf).answered);
    }),
  );
  // The section opened without a name in the route is fixed once, so that answering its last item
  // does not move the page to another section under the user's hands.
  const [fallbackId] = useState(() => defaultSection(sections, answerNow(assessmentId))?.id);
  const requestedIndex = sections.findIndex((s) => s.id === requested);
  const index =
    requestedIndex >= 0
      ? requestedIndex
      : Math.max(
          0,
          sections.findIndex((s) => s.id === fallbackId),
        );
  const current: AnswerSection | undefined = sections[index];

  const cardTexts = useCardTexts(questionnaire.scale);
  const itemsById = useMemo(
    () => new Map(questionnaire.items.map((item) => [item.id, item])),
    [questionnaire],
  );
  const dimensionNames = useMemo(
    () => new Map(questionnaire.dimensions.map((d) => [d.id, localize(d.name)])),
    [questionnaire, localize],
  );
  // An item is asked once, in the first of its phases; the card names the others it counts in.
  const alsoPhases = useMemo(() => {
    const phaseNames = new Map(questionnaire.phases.map((p) => [p.id, localize(p.name)]));
    const byItem = new Map<string, string>();
    for (const scoped of resolved?.items ?? []) {
      const others = scoped.phases.slice(1);
      if (others.length === 0) continue;
      const names = others.map((id) => phaseNames.get(id) ?? id).join(', ');
      byItem.set(scoped.item.id, t('answer.alsoPhases', { phases: names }));
    }
    return byItem;
  }, [resolved, questionnaire, localize, t]);
  const sectionTitle = useCallback(
    (s: AnswerSection) => {
      const phase = questionnaire.phases.find((p) => p.id === s.phase);
      const area = s.area === null ? undefined : questionnaire.areas.find((a) => a.id === s.area);
      return t('answer.sectionTitle', {
        phase: phase ? localize(phase.name) : s.phase,
        area: s.area === null ? t('answer.wholeMunicipality') : area ? localize(area.name) : s.area,
      });
    },
    [questionnaire, localize, t],
  );
  const sectionHref = useCallback(
    (id: string) => hrefFor({ page: 'assessment', id: assessmentId, view: 'answer', section: id }),
    [assessmentId],
  );

  const groups = useMemo<StepperGroup[]>(
    () =>
      questionnaire.phases
        .map((phase) => ({
          id: phase.id,
          label: localize(phase.name),
          steps: sections.flatMap((s, i): StepperStep[] =>
            s.phase === phase.id
              ? [
                  {
                    id: s.id,
                    label:
                      s.area === null
                        ? t('answer.wholeMunicipality')
                        : localize(questionnaire.areas.find((a) => a.id === s.area)?.name ?? phase.name),
                    href: sectionHref(s.id),
                    done: answered[i] ?? 0,
                    total: s.itemIds.length,
                  },
                ]
              : [],
          ),
        }))
        .filter((group) => group.steps.length > 0),
    [questionnaire, sections, answered, localize, t, sectionHref],
  );
  const progressText = useCallback(
    (step: StepperStep) => t('answer.progress', { answered: step.done, total: step.total }),
    [t],
  );

  const title = current ? sectionTitle(current) : t('answer.title');
  useDocumentTitle(
    current ? t('answer.documentTitle', { section: title }) : t('answer.title'),
    t('app.name'),
  );

  // The route always names the section shown, so a reload or a shared link opens the same place.
  useEffect(() => {
    if (current && requested !== current.id) {
      navigate(
        { page: 'assessment', id: assessmentId, view: 'answer', section: current.id },
        { replace: true },
      );
    }
  }, [current, requested, assessmentId]);

  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const helpRef = useRef<HTMLDialogElement>(null);
  const helpOpener = useRef<HTMLElement | null>(null);
  const shownSection = useRef(current?.id);
  const pendingItem = useRef<string | null>(null);
  const lastItem = useRef<string | null>(null);
  const doneLinkRef = useRef<HTMLAnchorElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const [navOpen, setNavOpen] = useState(false);
  /** The section where U found nothing left to answer; its note stays until the section changes. */
  const [doneIn, setDoneIn] = useState<string | null>(null);
  const navId = useId();

  // How many cards of a section are rendered (reveal.ts): the first screenful at once, then the
  // rest in steps. A shortcut that goes to a later card raises its section's count first.
  const [revealed, setRevealed] = useState<ReadonlyMap<string, number>>(() => new Map());
  const sectionSize = current?.itemIds.length ?? 0;
  const shownCount = current ? Math.min(sectionSize, Math.max(firstCards, revealed.get(current.id) ?? 0)) : 0;
  const reveal = useCallback(
    (sectionId: string, count: number) =>
      setRevealed((counts) =>
        (counts.get(sectionId) ?? 0) >= count ? counts : new Map(counts).set(sectionId, count),
      ),
    [],
  );

  const steppedSection = useRef<string | null>(null);
  useEffect(() => {
    const sectionId = current?.id ?? null;
    const opened = steppedSection.current !== sectionId;
    steppedSection.current = sectionId;
    if (sectionId === null || shownCount >= sectionSize) return;
    const count = nextCount(shownCount, sectionSize);
    const step = () => startTransition(() => reveal(sectionId, count));
    // the first step waits until the section's first cards are painted, the next ones only for a
    // free moment of the main thread
    return opened ? afterPaint(step) : nextTask(step);
  }, [current, shownCount, sectionSize, reveal]);

  /** Moves focus to an item's chosen level (or its first option) and brings the item into view. */
  const focusItem = useCallback((itemId: string): boolean => {
    const cards = listRef.current?.querySelectorAll<HTMLElement>('[data-item-id]') ?? [];
    const card = [...cards].find((element) => element.dataset.itemId === itemId);
    if (!card) return false;
    const target =
      card.querySelector<HTMLInputElement>('input[data-level-option]:checked') ??
      card.querySelector<HTMLInputElement>('input[data-level-option]');
    card.scrollIntoView({ block: 'start' });
    (target ?? card).focus({ preventScroll: true });
    return true;
  }, []);

  // On a change of section, focus goes to its heading (or to the item a shortcut asked for), so
  // keyboard and screen-reader users continue from the new content.
  useEffect(() => {
    if (!current || shownSection.current === current.id) return;
    shownSection.current = current.id;
    // a section shown again later starts from its first screenful again
    const sectionId = current.id;
    setRevealed((counts) =>
      [...counts.keys()].some((id) => id !== sectionId)
        ? new Map([...counts].filter(([id]) => id === sectionId))
        : counts,
    );
    const pending = pendingItem.current;
    pendingItem.current = null;
    if (pending && focusItem(pending)) return;
    headingRef.current?.focus();
  }, [current, focusItem]);

  const goTo = useCallback(
    (target: ItemPosition) => {
      // the target card is rendered before focus moves to it, even if its turn has not come
      const position =
        (sections.find((s) => s.id === target.sectionId)?.itemIds.indexOf(target.itemId) ?? -1) + 1;
      if (current && target.sectionId === current.id) {
        if (position > shownCount) flushSync(() => reveal(current.id, position));
        focusItem(target.itemId);
        return;
      }
      pendingItem.current = target.itemId;
      reveal(target.sectionId, position);
      navigate({ page: 'assessment', id: assessmentId, view: 'answer', section: target.sectionId });
    },
    [current, sections, shownCount, reveal, focusItem, assessmentId],
  );

  const describeValue = useCallback(
    (value: AnswerValue) => {
      if (value === 'not-applicable') return t('answer.notApplicable');
      if (value === 'unknown') return t('answer.unknown');
      const label = questionnaire.scale.find((level) => level.level === value)?.label;
      return label ? `${value} ${localize(label)}` : String(value);
    },
    [questionnaire, localize, t],
  );

  const goToNextUnanswered = useCallback(
    (fromItem: string | undefined) => {
      if (!current) return;
      const answerOf = answerNow(assessmentId);
      const target = nextUnanswered(sections, { itemId: fromItem, sectionId: current.id }, answerOf);
      if (target) {
        goTo(target);
        return;
      }
      if (fromItem !== undefined && !isAnswered(answerOf(fromItem))) {
        // the item in focus is the only one left
        setAnnouncement(t('answer.onlyThisLeft'));
        return;
      }
      // nothing left: a note at the top of the section leads to the results, and takes the focus
      flushSync(() => setDoneIn(current.id));
      doneLinkRef.current?.focus();
      setAnnouncement(t('answer.allAnswered'));
    },
    [current, sections, assessmentId, goTo, t],
  );

  const openHelp = useCallback(() => {
    const dialog = helpRef.current;
    if (!dialog || dialog.open) return;
    helpOpener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
  }, []);

  const returnFromHelp = useCallback(() => {
    const opener = helpOpener.current;
    helpOpener.current = null;
    if (opener?.isConnected) opener.focus();
    else headingRef.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || !current || isTextEntry(event.target)) return;
    const command = shortcutFor(event);
    if (!command) return;
    const card = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-item-id]') : null;
    const itemId = card?.dataset.itemId;
    switch (command.kind) {
      case 'set': {
        if (!card || !itemId) return;
        event.preventDefault();
        const active = document.activeElement;
        const focusInPicker =
          active instanceof HTMLInputElement &&
          active.dataset.levelOption !== undefined &&
          card.contains(active);
        // applied at once, so the option that gets focus is already the checked one when read out
        flushSync(() => useLibrary.getState().setAnswer(assessmentId, itemId, { current: command.value }));
        if (focusInPicker) {
          card.querySelector<HTMLInputElement>(`input[data-level-option="${command.value}"]`)?.focus();
        } else {
          setAnnouncement(t('answer.chosen', { value: describeValue(command.value) }));
        }
        return;
      }
      case 'next':
      case 'previous': {
        event.preventDefault();
        const target = neighbourItem(
          sections,
          { itemId, sectionId: current.id },
          command.kind === 'next' ? 1 : -1,
        );
        if (target) goTo(target);
        return;
      }
      case 'nextUnanswered':
        event.preventDefault();
        goToNextUnanswered(itemId);
        return;
      case 'help':
        event.preventDefault();
        openHelp();
        return;
    }
  };

  const rememberItem = (event: FocusEvent<HTMLDivElement>) => {
    const card = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-item-id]') : null;
    if (card?.dataset.itemId) lastItem.current = card.dataset.itemId;
  };

  const closeNavOnLink = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target instanceof Element && event.target.closest('a')) setNavOpen(false);
  };

  if (!current) {
    return (
      <div className="answer-empty">
        <p>{t('answer.empty')}</p>
        <p>
          <a href={hrefFor({ page: 'assessment', id: assessmentId, view: 'setup' })}>
            {t('answer.emptyLink')}
          </a>
        </p>
      </div>
    );
  }

  const totalItems = sections.reduce((sum, s) => sum + s.itemIds.length, 0);
  const totalAnswered = answered.reduce((sum, n) => sum + n, 0);
  const currentAnswered = answered[index] ?? 0;
  const previous = sections[index - 1];
  const next = sections[index + 1];
  const resultsHref = hrefFor({ page: 'assessment', id: assessmentId, view: 'results' });
  const showDone = doneIn === current.id && totalAnswered === totalItems;

  return (
    <>
      <div className="answer-layout">
        <div className="answer-nav-column">
          <button
            type="button"
            className="answer-nav-toggle"
            aria-expanded={navOpen}
            aria-controls={navId}
            onClick={() => setNavOpen((open) => !open)}
          >
            {t('answer.sectionsSummary', { answered: totalAnswered, total: totalItems })}
            <span className="answer-nav-toggle-icon" aria-hidden="true">
              {navOpen ? '▴' : '▾'}
            </span>
          </button>
          <div
            id={navId}
            className="answer-nav"
            data-collapsed={navOpen ? undefined : ''}
            onClick={closeNavOnLink}
          >
            <Stepper
              label={t('answer.sections')}
              groups={groups}
              currentId={current.id}
              progressText={progressText}
              doneText={t('answer.done')}
              headingLevel={2}
            />
          </div>
        </div>

        <div className="answer-main" onKeyDown={onKeyDown} onFocus={rememberItem}>
          <div className="answer-section-head">
            <h2 className="answer-section-title" ref={headingRef} tabIndex={-1}>
              {title}
            </h2>
            <p className="answer-section-progress">
              {t('answer.progress', { answered: currentAnswered, total: current.itemIds.length })}
            </p>
            <div className="answer-progress-bar" aria-hidden="true">
              <span style={{ width: `${(100 * currentAnswered) / Math.max(1, current.itemIds.length)}%` }} />
            </div>
            <div className="answer-toolbar">
              <button
                type="button"
                className="answer-btn"
                aria-keyshortcuts="U"
                onClick={() =>
                  goToNextUnanswered(
                    lastItem.current && current.itemIds.includes(lastItem.current)
                      ? lastItem.current
                      : undefined,
                  )
                }
              >
                {t('answer.nextUnanswered')}
                <kbd aria-hidden="true">U</kbd>
              </button>
              <button type="button" className="answer-btn" aria-keyshortcuts="? H" onClick={openHelp}>
                {t('answer.shortcutsButton')}
                <kbd aria-hidden="true">?</kbd>
              </button>
            </div>
            {showDone && (
              <p className="answer-done-note">
                <span aria-hidden="true">✓ </span>
                {t('answer.allAnswered')}{' '}
                <a ref={doneLinkRef} href={resultsHref}>
                  {t('answer.toResults')}
                  <span aria-hidden="true"> →</span>
                </a>
              </p>
            )}
          </div>

          <ol className="answer-items" ref={listRef}>
            {current.itemIds.slice(0, shownCount).map((itemId, position) => {
              const item = itemsById.get(itemId);
              if (!item) return null;
              return (
                <li key={itemId}>
                  <AnswerItem
                    assessmentId={assessmentId}
                    item={item}
                    number={position + 1}
                    total={current.itemIds.length}
                    dimensionName={dimensionNames.get(item.dimension) ?? item.dimension}
                    alsoPhases={alsoPhases.get(itemId)}
                    texts={cardTexts}
                  />
                </li>
              );
            })}
          </ol>

          {/* after the last card only, so that it does not move down while the cards come in */}
          {shownCount >= sectionSize && (
            <div className="answer-pager">
              {previous && (
                <a className="answer-btn answer-pager-previous" href={sectionHref(previous.id)}>
                  <span className="answer-pager-direction">
                    <span aria-hidden="true">← </span>
                    {t('answer.previous')}
                  </span>
                  <span className="answer-pager-title">{sectionTitle(previous)}</span>
                </a>
              )}
              {next ? (
                <a className="answer-btn answer-btn-primary answer-pager-next" href={sectionHref(next.id)}>
                  <span className="answer-pager-direction">
                    {t('answer.next')}
                    <span aria-hidden="true"> →</span>
                  </span>
                  <span className="answer-pager-title">{sectionTitle(next)}</span>
                </a>
              ) : (
                <a className="answer-btn answer-btn-primary answer-pager-next" href={resultsHref}>
                  <span className="answer-pager-direction">
                    {t('answer.toResults')}
                    <span aria-hidden="true"> →</span>
                  </span>
                </a>
              )}
            </div>
          )}
        </div>
      </div>
      <p className="answer-sr-only" role="status">
        {announcement}
      </p>
      <ShortcutHelp ref={helpRef} onClose={returnFromHelp} />
    </>
  );
}
