import type { AgendaEntry } from '../../src/domain/assessment/schema';
import {
  actualMinutes,
  clock,
  defaultAgenda,
  elapsedSeconds,
  finishSection,
  isOverTime,
  maxElapsedSeconds,
  pauseSection,
  phaseMinutes,
  plannedMinutes,
  reconcileAgenda,
  remainingSeconds,
  runningEntry,
  setSectionMinutes,
  startSection,
  timerState,
} from '../../src/domain/workshop/agenda';
import { workshopPhases } from '../../src/domain/workshop/items';
import { assessment, item, questionnaire } from '../support/fixtures';

const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 2, 1, 9, minute, second)).toISOString();
const ms = (minute: number, second = 0) => Date.parse(at(minute, second));

const q = questionnaire(
  [
    item({ id: 'open-source.general.policy', phases: ['strategy'] }),
    item({ id: 'open-apis.general.principles', phases: ['strategy', 'development'] }),
    item({ id: 'open-data.general.portal', phases: ['production'] }),
    item({ id: 'open-data.land-use.plans', phases: ['development'], areas: ['land-use'] }),
  ],
  { quick: ['open-source.general.policy', 'open-data.general.portal'] },
);

describe('default agenda', () => {
  it("follows the brochure: introduction, the scope's phases, priorities, roadmap", () => {
    const a = assessment(q);
    const agenda = defaultAgenda(q, a.scope, workshopPhases(q, a.scope));
    expect(agenda.map((e) => [e.id, e.kind])).toEqual([
      ['introduction', 'introduction'],
      ['strategy', 'phase'],
      ['development', 'phase'],
      ['production', 'phase'],
      ['priorities', 'priorities'],
      ['roadmap', 'roadmap'],
    ]);
    expect(agenda.every((e) => e.elapsedSeconds === 0 && e.startedAt === undefined)).toBe(true);
    expect(agenda.map((e) => e.minutes)).toEqual([20, 10, 10, 10, 30, 45]);
  });

  it('leaves out phases without items in scope', () => {
    const a = assessment(q, {}, { profile: 'quick' });
    expect(defaultAgenda(q, a.scope, workshopPhases(q, a.scope)).map((e) => e.id)).toEqual([
      'introduction',
      'strategy',
      'production',
      'priorities',
      'roadmap',
    ]);
  });

  it('gives a phase its items × minutes per item, rounded up to 5 minutes, at least 10', () => {
    expect(phaseMinutes(0, 3)).toBe(10);
    expect(phaseMinutes(3, 3)).toBe(10);
    expect(phaseMinutes(4, 3)).toBe(15);
    expect(phaseMinutes(5, 3)).toBe(15);
    expect(phaseMinutes(14, 1.25)).toBe(20);
    expect(phaseMinutes(16, 1.25)).toBe(20);
    expect(phaseMinutes(17, 1.25)).toBe(25);
  });
});

describe('reconcileAgenda', () => {
  const defaults: AgendaEntry[] = [
    { id: 'introduction', kind: 'introduction', minutes: 20, elapsedSeconds: 0 },
    { id: 'strategy', kind: 'phase', minutes: 10, elapsedSeconds: 0 },
    { id: 'priorities', kind: 'priorities', minutes: 30, elapsedSeconds: 0 },
  ];

  it('keeps stored time boxes and times, and adds sections the scope gained', () => {
    const stored: AgendaEntry[] = [
      { id: 'introduction', kind: 'introduction', minutes: 35, elapsedSeconds: 600, startedAt: at(0) },
    ];
    expect(reconcileAgenda(stored, defaults)).toEqual([stored[0], defaults[1], defaults[2]]);
  });

  it('keeps a phase the scope lost only when it ran, before priorities', () => {
    const stored: AgendaEntry[] = [
      { id: 'production', kind: 'phase', minutes: 15, elapsedSeconds: 120, startedAt: at(10) },
      { id: 'development', kind: 'phase', minutes: 15, elapsedSeconds: 0 },
    ];
    expect(reconcileAgenda(stored, defaults).map((e) => e.id)).toEqual([
      'introduction',
      'strategy',
      'production',
      'priorities',
    ]);
  });

  it('is the defaults when nothing is stored', () => {
    expect(reconcileAgenda(undefined, defaults)).toEqual(defaults);
    expect(reconcileAgenda([], defaults)).toEqual(defaults);
  });
});

describe('countdown', () => {
  const fresh: AgendaEntry[] = [
    { id: 'introduction', kind: 'introduction', minutes: 20, elapsedSeconds: 0 },
    { id: 'strategy', kind: 'phase', minutes: 10, elapsedSeconds: 0 },
  ];

  it('runs from the start, pauses keeping its time, and resumes', () => {
    let agenda = startSection(fresh, 'introduction', at(0));
    const intro = () => agenda[0] as AgendaEntry;
    expect(timerState(intro())).toBe('running');
    expect(intro().startedAt).toBe(at(0));
    expect(elapsedSeconds(intro(), ms(5, 30))).toBe(330);
    expect(remainingSeconds(intro(), ms(5, 30))).toBe(20 * 60 - 330);

    agenda = pauseSection(agenda, 'introduction', at(6));
    expect(timerState(intro())).toBe('paused');
    expect(intro().elapsedSeconds).toBe(360);
    // time stands still while paused
    expect(elapsedSeconds(intro(), ms(50))).toBe(360);

    agenda = startSection(agenda, 'introduction', at(10));
    expect(intro().startedAt).toBe(at(0));
    expect(elapsedSeconds(intro(), ms(11))).toBe(420);
  });

  it('runs one section at a time: starting another pauses the first', () => {
    let agenda = startSection(fresh, 'introduction', at(0));
    agenda = startSection(agenda, 'strategy', at(20));
    expect(agenda.map(timerState)).toEqual(['paused', 'running']);
    expect(agenda[0]?.elapsedSeconds).toBe(1200);
    expect(runningEntry(agenda)?.id).toBe('strategy');
  });

  it('is over time at zero and after, and counts the overtime', () => {
    const agenda = startSection(fresh, 'strategy', at(0));
    const strategy = agenda[1] as AgendaEntry;
    expect(isOverTime(strategy, ms(9, 59))).toBe(false);
    expect(isOverTime(strategy, ms(10))).toBe(true);
    expect(remainingSeconds(strategy, ms(12, 5))).toBe(-125);
    expect(clock(remainingSeconds(strategy, ms(12, 5)))).toEqual({ minutes: 2, seconds: 5, over: true });
    expect(clock(599)).toEqual({ minutes: 9, seconds: 59, over: false });
    expect(clock(0)).toEqual({ minutes: 0, seconds: 0, over: false });
  });

  it('finishes a section with its end time, and reopens it when started again', () => {
    let agenda = startSection(fresh, 'strategy', at(0));
    agenda = finishSection(agenda, 'strategy', at(8));
    expect(agenda[1]).toEqual({
      id: 'strategy',
      kind: 'phase',
      minutes: 10,
      elapsedSeconds: 480,
      startedAt: at(0),
      endedAt: at(8),
    });
    expect(timerState(agenda[1] as AgendaEntry)).toBe('finished');
    agenda = startSection(agenda, 'strategy', at(30));
    expect(agenda[1]?.endedAt).toBeUndefined();
    expect(timerState(agenda[1] as AgendaEntry)).toBe('running');
  });

  it('finishing a section never started records it as started and ended then', () => {
    const agenda = finishSection(fresh, 'introduction', at(3));
    expect(agenda[0]).toMatchObject({ startedAt: at(3), endedAt: at(3), elapsedSeconds: 0 });
  });

  it('never counts backwards when the clock is set back, and caps a forgotten countdown', () => {
    const agenda = startSection(fresh, 'strategy', at(10));
    expect(elapsedSeconds(agenda[1] as AgendaEntry, ms(5))).toBe(0);
    expect(elapsedSeconds(agenda[1] as AgendaEntry, ms(10) + 30 * 86_400_000)).toBe(maxElapsedSeconds);
  });

  it('ignores a section id it does not have', () => {
    expect(startSection(fresh, 'lunch', at(0))).toEqual(fresh);
  });
});

describe('time boxes', () => {
  const agenda: AgendaEntry[] = [
    { id: 'introduction', kind: 'introduction', minutes: 20, elapsedSeconds: 90 },
    { id: 'strategy', kind: 'phase', minutes: 10, elapsedSeconds: 0, runningSince: at(0) },
  ];

  it('are whole minutes from 1 to 480', () => {
    expect(setSectionMinutes(agenda, 'strategy', 25)[1]?.minutes).toBe(25);
    expect(setSectionMinutes(agenda, 'strategy', 0)[1]?.minutes).toBe(1);
    expect(setSectionMinutes(agenda, 'strategy', 1000)[1]?.minutes).toBe(480);
    expect(setSectionMinutes(agenda, 'strategy', 12.6)[1]?.minutes).toBe(13);
    expect(setSectionMinutes(agenda, 'strategy', Number.NaN)).toEqual(agenda);
  });

  it('add up to the planned day; actual minutes count what ran', () => {
    expect(plannedMinutes(agenda)).toBe(30);
    expect(actualMinutes(agenda, ms(4, 30))).toBe(6);
  });
});
