import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaEntry } from '../../domain/assessment/schema';
import {
  clock,
  finishSection,
  isOverTime,
  pauseSection,
  remainingSeconds,
  runningEntry,
  startSection,
  timerState,
} from '../../domain/workshop/agenda';
import { editAgenda } from '../../domain/workshop/edits';
import { clockText, useNow, useSectionName, type WorkshopContext } from './use-workshop';

/** A soft two-note chime through Web Audio: made on the device, nothing is fetched. */
function chime(): void {
  try {
    const audio = new AudioContext();
    const start = audio.currentTime;
    [523.25, 659.25].forEach((frequency, index) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      const at = start + index * 0.35;
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.12, at + 0.04);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.6);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.65);
    });
    window.setTimeout(() => void audio.close(), 1500);
  } catch {
    // no audio on this device: the visual signal is the signal
  }
}

/** The section to offer when no countdown runs: the current item's phase if it is still open, else the first open one. */
function nextSection(agenda: readonly AgendaEntry[], preferred: string | undefined): AgendaEntry | undefined {
  const open = (e: AgendaEntry) => timerState(e) !== 'finished';
  const wanted = agenda.find((e) => e.id === preferred);
  return wanted && open(wanted) ? wanted : agenda.find(open);
}

/**
 * The countdown of the running agenda section, on every workshop screen. When the time is up the
 * bar changes (colour, icon and words) and a screen reader hears it once; a sound plays only when
 * the facilitator has switched it on.
 */
export function TimerBar({
  ctx,
  preferredSection,
  compact = false,
}: {
  ctx: WorkshopContext;
  /** The section to offer starting when none runs (the current item's phase). */
  preferredSection?: string;
  /** The projector's version: the countdown only, large; the keyboard starts and pauses it. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const sectionName = useSectionName(ctx.questionnaire);
  const running = runningEntry(ctx.agenda);
  const now = useNow(running !== undefined);
  const [announcement, setAnnouncement] = useState('');
  const signalled = useRef<Set<string> | null>(null);

  const over = running ? isOverTime(running, now) : false;
  const key = running ? `${running.id}:${running.startedAt ?? ''}:${running.minutes}` : '';
  useEffect(() => {
    // a section already over when the screen opens (a reload) is not signalled again
    if (signalled.current === null) {
      signalled.current = new Set(over ? [key] : []);
      return;
    }
    if (!over || !running || signalled.current.has(key)) return;
    signalled.current.add(key);
    setAnnouncement(t('workshop.timer.timeUp', { section: sectionName(running) }));
    if (ctx.workshop.soundOn) chime();
  }, [over, key, running, sectionName, ctx.workshop.soundOn, t]);

  const stamp = () => new Date().toISOString();
  const start = (id: string) =>
    ctx.act((q, a) => editAgenda(q, a, (agenda) => startSection(agenda, id, stamp())));
  const pause = (id: string) =>
    ctx.act((q, a) => editAgenda(q, a, (agenda) => pauseSection(agenda, id, stamp())));
  const finish = (id: string) =>
    ctx.act((q, a) => editAgenda(q, a, (agenda) => finishSection(agenda, id, stamp())));

  const status = (
    <p className="workshop-sr-only" role="status">
      {announcement}
    </p>
  );

  if (!running) {
    const next = nextSection(ctx.agenda, preferredSection);
    if (compact) {
      return (
        <div
          className="workshop-timer workshop-timer-idle"
          aria-label={t('workshop.timer.label')}
          role="group"
        >
          <span className="workshop-timer-name">{t('workshop.timer.stopped')}</span>
          {status}
        </div>
      );
    }
    return (
      <div className="workshop-timer workshop-timer-idle" role="group" aria-label={t('workshop.timer.label')}>
        <span className="workshop-timer-name">{t('workshop.timer.stopped')}</span>
        {next && (
          <button type="button" className="workshop-button" onClick={() => start(next.id)}>
            {timerState(next) === 'paused'
              ? t('workshop.timer.resume', { section: sectionName(next) })
              : t('workshop.timer.start', { section: sectionName(next) })}
          </button>
        )}
        {status}
      </div>
    );
  }

  const left = clock(remainingSeconds(running, now));
  const time = clockText(left.minutes, left.seconds);
  return (
    <div
      className={`workshop-timer${over ? ' workshop-timer-over' : ''}${compact ? ' workshop-timer-compact' : ''}`}
      role="group"
      aria-label={t('workshop.timer.label')}
    >
      <span className="workshop-timer-name">{sectionName(running)}</span>
      <span className="workshop-timer-clock" role="timer" aria-live="off">
        {over && (
          <span className="workshop-timer-icon" aria-hidden="true">
            ⚠{' '}
          </span>
        )}
        {over ? t('workshop.timer.overtime', { time }) : t('workshop.timer.left', { time })}
      </span>
      {over && <span className="workshop-timer-up">{t('workshop.timer.up')}</span>}
      {!compact && (
        <span className="workshop-timer-actions">
          <button type="button" className="workshop-button" onClick={() => pause(running.id)}>
            {t('workshop.timer.pause')}
          </button>
          <button type="button" className="workshop-button" onClick={() => finish(running.id)}>
            {t('workshop.timer.finish')}
          </button>
        </span>
      )}
      {status}
    </div>
  );
}
