import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LevelPicker } from '../../components/LevelPicker';
import { answerFor } from '../../domain/assessment/create';
import type { AnswerValue } from '../../domain/assessment/schema';
import { getOwn } from '../../domain/collections';
import { recordVote, revealItem, setWorkshopOption } from '../../domain/workshop/edits';
import { nextVoter, votingProgress } from '../../domain/workshop/items';
import { useLevelOptions, type WorkshopContext } from './use-workshop';

type Handover = { next: string | null } | null;

/**
 * Collecting one item's votes blind. The facilitator types each person's level (from cards or a
 * show of fingers), or the device goes from hand to hand and each person chooses their own; then
 * a hand-over screen hides the choice before the next person sees the screen. A recorded vote is
 * shown as "voted" only: its value is in no part of the page until the reveal.
 */
export function CollectPanel({
  ctx,
  itemId,
  labelledBy,
  onRevealed,
}: {
  ctx: WorkshopContext;
  itemId: string;
  /** The question's id, read before the picker's legend. */
  labelledBy: string;
  onRevealed: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { participants } = ctx.assessment;
  const votes = answerFor(ctx.assessment, itemId).votes;
  const progress = votingProgress(participants, { votes });
  const [voter, setVoter] = useState<string | null>(() => nextVoter(participants, votes));
  const [choice, setChoice] = useState<AnswerValue | null>(null);
  const [handover, setHandover] = useState<Handover>(null);
  const [missingChoice, setMissingChoice] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const voterHeading = useRef<HTMLHeadingElement>(null);
  const handoverButton = useRef<HTMLButtonElement>(null);
  const revealButton = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<'voter' | 'handover' | 'reveal' | null>(null);
  const item = ctx.itemsById.get(itemId);
  const levels = useLevelOptions(item, ctx.questionnaire);
  const notApplicable = useMemo(
    () => ({ label: t('answer.notApplicable'), description: t('answer.notApplicableDescription') }),
    [t],
  );
  const unknown = useMemo(
    () => ({ label: t('answer.unknown'), description: t('answer.unknownDescription') }),
    [t],
  );
  const passMode = ctx.workshop.collect === 'pass';

  // a voter who has voted meanwhile (another tab, the projector) is not asked again
  const activeVoter =
    voter !== null && getOwn(votes, voter) === undefined ? voter : nextVoter(participants, votes, voter);
  const nameOf = (pid: string | null) => participants.find((p) => p.id === pid)?.name ?? '';

  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target === 'voter') voterHeading.current?.focus();
    else if (target === 'handover') handoverButton.current?.focus();
    else if (target === 'reveal') revealButton.current?.focus();
  });

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (activeVoter === null) return;
    if (choice === null) {
      setMissingChoice(true);
      return;
    }
    const who = activeVoter;
    ctx.act((q, a) => recordVote(q, a, itemId, who, choice));
    const following = nextVoter(
      participants,
      { ...votes, [who]: choice },
      participants[(participants.findIndex((p) => p.id === who) + 1) % participants.length]?.id,
    );
    setChoice(null);
    setMissingChoice(false);
    setVoter(following);
    // the announcement names the person, never the level
    setAnnouncement(t('workshop.collect.saved', { name: nameOf(who) }));
    if (passMode) {
      setHandover({ next: following });
      pendingFocus.current = 'handover';
    } else {
      pendingFocus.current = following === null ? 'reveal' : 'voter';
    }
  };

  const reveal = () => {
    ctx.act((q, a) => revealItem(q, a, itemId));
    onRevealed();
  };

  const picker =
    activeVoter === null ? (
      <p className="workshop-all-voted">{t('workshop.collect.allVoted')}</p>
    ) : (
      <form className="workshop-vote" onSubmit={save} noValidate aria-labelledby={`${id}-voter`}>
        <h3 className="workshop-panel-title" id={`${id}-voter`} ref={voterHeading} tabIndex={-1}>
          {t('workshop.collect.turn', { name: nameOf(activeVoter) })}
        </h3>
        <LevelPicker
          name={`vote-${itemId}`}
          legend={t('workshop.collect.legend', { name: nameOf(activeVoter) })}
          labelledBy={labelledBy}
          levels={levels}
          notApplicable={notApplicable}
          unknown={unknown}
          value={choice}
          onChange={(value) => {
            setChoice(value);
            setMissingChoice(false);
          }}
        />
        {missingChoice && (
          <p className="workshop-error" role="alert">
            {t('workshop.collect.chooseFirst')}
          </p>
        )}
        <button type="submit" className="workshop-button workshop-button-primary">
          {t('workshop.collect.save', { name: nameOf(activeVoter) })}
        </button>
      </form>
    );

  const handoverScreen = handover && (
    <div className="workshop-handover">
      <h3 className="workshop-panel-title">{t('workshop.collect.handoverTitle')}</h3>
      {handover.next === null ? (
        <p>{t('workshop.collect.handoverDone')}</p>
      ) : (
        <>
          <p>{t('workshop.collect.handoverNext', { name: nameOf(handover.next) })}</p>
          <button
            type="button"
            ref={handoverButton}
            className="workshop-button workshop-button-primary"
            onClick={() => {
              setHandover(null);
              pendingFocus.current = 'voter';
            }}
          >
            {t('workshop.collect.handoverContinue', { name: nameOf(handover.next) })}
          </button>
        </>
      )}
    </div>
  );

  return (
    <section className="workshop-panel workshop-collect" aria-labelledby={`${id}-title`}>
      <h3 className="workshop-panel-title" id={`${id}-title`}>
        {t('workshop.collect.title')}
      </h3>
      <fieldset className="workshop-mode">
        <legend>{t('workshop.collect.mode')}</legend>
        {(['facilitator', 'pass'] as const).map((mode) => (
          <label key={mode} className="workshop-choice">
            <input
              type="radio"
              name={`collect-mode-${id}`}
              checked={ctx.workshop.collect === mode}
              onChange={() => {
                setHandover(null);
                ctx.act((q, a) => setWorkshopOption(q, a, 'collect', mode));
              }}
            />
            <span>
              <span className="workshop-choice-label">{t(`workshop.collect.modes.${mode}`)}</span>
              <span className="workshop-choice-hint">{t(`workshop.collect.modeHints.${mode}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {participants.length === 0 ? (
        <p className="workshop-warning">{t('workshop.collect.noParticipants')}</p>
      ) : (
        <>
          <h4 className="workshop-subtitle">
            {t('workshop.collect.progress', { voted: progress.voted, total: progress.total })}
          </h4>
          <ul className="workshop-voters">
            {participants.map((p) => {
              const voted = getOwn(votes, p.id) !== undefined;
              return (
                <li key={p.id} className={voted ? 'workshop-voter-done' : undefined}>
                  <span className="workshop-voter-name">{p.name}</span>
                  <span className="workshop-voter-status">
                    <span aria-hidden="true">{voted ? '✓ ' : '○ '}</span>
                    {voted ? t('workshop.collect.voted') : t('workshop.collect.notVoted')}
                  </span>
                  {voted ? (
                    <button
                      type="button"
                      className="workshop-link-button"
                      onClick={() => {
                        ctx.act((q, a) => recordVote(q, a, itemId, p.id, null));
                        setVoter(p.id);
                        setHandover(null);
                        setAnnouncement(t('workshop.collect.cleared', { name: p.name }));
                      }}
                    >
                      {t('workshop.collect.clear', { name: p.name })}
                    </button>
                  ) : (
                    p.id !== activeVoter && (
                      <button
                        type="button"
                        className="workshop-link-button"
                        onClick={() => {
                          setVoter(p.id);
                          setChoice(null);
                          setHandover(null);
                          pendingFocus.current = 'voter';
                        }}
                      >
                        {t('workshop.collect.choose', { name: p.name })}
                      </button>
                    )
                  )}
                </li>
              );
            })}
          </ul>
          {handoverScreen ?? picker}
        </>
      )}

      <div className="workshop-reveal-row">
        <button
          type="button"
          ref={revealButton}
          className="workshop-button workshop-button-primary"
          onClick={reveal}
        >
          {t('workshop.collect.reveal')}
        </button>
        <span className="workshop-hint">
          {progress.voted < progress.total
            ? t('workshop.collect.revealEarly', { voted: progress.voted, total: progress.total })
            : t('workshop.collect.revealReady')}
        </span>
      </div>
      <p className="workshop-sr-only" role="status">
        {announcement}
      </p>
    </section>
  );
}
