// Benchmark of the domain engine on synthetic data: 1,000 items, 50 participants' votes, 500
// offerings. Run: npx tsx tests/bench/domain.ts (or `npm run bench`, which writes the rows into
// docs/benchmarks.md). Prints one JSON line: medians in milliseconds, and `rows` for the table.
// Not a timed test: it only measures.
import { availableParallelism, loadavg } from 'node:os';
import { constants, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { resolveScope } from '../../src/domain/assessment/scope';
import { evaluate } from '../../src/domain/evaluate';
import { mergeAssessments } from '../../src/domain/merge/merge';
import { indexCatalog, matchOfferings } from '../../src/domain/offering/match';
import { prioritize } from '../../src/domain/priorities/priorities';
import { allSteps, isOwnStep } from '../../src/domain/roadmap/edits';
import { buildRoadmap } from '../../src/domain/roadmap/roadmap';
import { scoreAssessment } from '../../src/domain/scoring/score';
import {
  syntheticAssessment,
  syntheticCatalog,
  syntheticParticipantFiles,
  syntheticQuestionnaire,
} from '../support/synthetic';

const ITEMS = 1_000;
const PARTICIPANTS = 50;
const OFFERINGS = 500;
const WARMUP = 30;
const RUNS = Number(process.env.BENCH_RUNS ?? 50);

interface Timing {
  /** Wall-clock milliseconds (performance.now): median, 90th percentile, fastest. */
  median: number;
  p90: number;
  min: number;
  /** Median CPU milliseconds of the process (process.cpuUsage, user + system): less affected by other work on a shared machine. */
  cpu: number;
  /** When the timed runs (not the warm-up) began and ended, on performance.now()'s clock. */
  window: { start: number; end: number };
}

// Garbage collections, to count the young-generation ones (scavenges) during the timed runs of
// `evaluate()`: each costs milliseconds, so they make the gap between the fastest run and the median.
const gcEntries: PerformanceEntry[] = [];
const gcObserver = new PerformanceObserver((list) => gcEntries.push(...list.getEntries()));
gcObserver.observe({ entryTypes: ['gc'] });

/** Young-generation collections within `window`: how many, and their total milliseconds. */
function scavenges(window: Timing['window']): { count: number; ms: number } {
  const minor = gcEntries.filter(
    (e) =>
      (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ===
        constants.NODE_PERFORMANCE_GC_MINOR &&
      e.startTime >= window.start &&
      e.startTime < window.end,
  );
  return { count: minor.length, ms: Math.round(minor.reduce((sum, e) => sum + e.duration, 0) * 10) / 10 };
}

function measure(run: () => unknown, runs = RUNS): Timing {
  for (let i = 0; i < WARMUP; i++) run();
  const times: number[] = [];
  const cpu: number[] = [];
  const windowStart = performance.now();
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const window = { start: windowStart, end: performance.now() };
  const sorted = (values: number[]): number[] => [...values].sort((a, b) => a - b);
  const at = (values: number[], q: number): number =>
    values[Math.min(values.length - 1, Math.floor(q * values.length))] as number;
  const round = (ms: number): number => Math.round(ms * 100) / 100;
  const wall = sorted(times);
  return {
    median: round(at(wall, 0.5)),
    p90: round(at(wall, 0.9)),
    min: round(wall[0] as number),
    cpu: round(at(sorted(cpu), 0.5)),
    window,
  };
}

const questionnaire = syntheticQuestionnaire(ITEMS);
const assessment = syntheticAssessment(questionnaire, PARTICIPANTS);
const catalog = syntheticCatalog(OFFERINGS);

// Prepared inputs for the stage-by-stage figures.
const scope = resolveScope(questionnaire, assessment.scope);
const scores = scoreAssessment(questionnaire, assessment, scope);
const priorities = prioritize(questionnaire, assessment, scores.items);
const roadmap = buildRoadmap(questionnaire, assessment, scope, scores.items, priorities);
const steps = allSteps(roadmap).filter((s) => !isOwnStep(s));

// The engine first, as the app runs it: without the merge's 50 files in memory.
const engine = {
  score: measure(() => {
    const s = resolveScope(questionnaire, assessment.scope);
    const report = scoreAssessment(questionnaire, assessment, s);
    return prioritize(questionnaire, assessment, report.items);
  }),
  roadmap: measure(() => buildRoadmap(questionnaire, assessment, scope, scores.items, priorities)),
  match: measure(() => {
    const index = indexCatalog(catalog);
    return steps.map((step) => matchOfferings(step, index, 5));
  }),
  // The goal (≤ 20 ms median): score + roadmap + match, as the app runs them.
  evaluate: measure(() => evaluate(questionnaire, assessment, catalog)),
};

// Then the merge: the facilitator's file without votes, and each participant's own file.
const files = syntheticParticipantFiles(questionnaire, PARTICIPANTS);
const mergeBase = {
  ...assessment,
  answers: Object.fromEntries(Object.entries(assessment.answers).map(([id, a]) => [id, { ...a, votes: {} }])),
};
const merged = mergeAssessments([mergeBase, ...files]);

const figures = {
  bench: 'domain',
  items: ITEMS,
  participants: PARTICIPANTS,
  offerings: OFFERINGS,
  steps: steps.length,
  matchesPerStep: 5,
  mergedVotes: merged.ok
    ? Object.values(merged.assessment.answers).reduce((n, a) => n + Object.keys(a.votes).length, 0)
    : 0,
  runs: RUNS,
  warmup: WARMUP,
  node: process.version,
  cpus: availableParallelism(),
  ms: {
    ...engine,
    merge: measure(() => mergeAssessments([mergeBase, ...files]), Math.max(30, Math.floor(RUNS / 2))),
  },
};

// The observer's entries arrive asynchronously: let them in before counting.
await new Promise((resolve) => setTimeout(resolve, 0));
gcObserver.disconnect();
const evaluateScavenges = scavenges(engine.evaluate.window);

const { ms } = figures;
const cell = (m: Timing): string => `${m.median} ms (p90 ${m.p90}, fastest ${m.min}; CPU ${m.cpu})`;
const [load1] = loadavg();
console.log(
  JSON.stringify({
    ...figures,
    evaluateScavenges,
    title: 'Domain engine',
    method: `synthetic data (seeded): ${ITEMS} items, ${PARTICIPANTS} participants, ${OFFERINGS} offerings, ${figures.steps} roadmap steps; ${WARMUP} warm-up runs, then ${RUNS} runs timed with performance.now() (merge: ${Math.max(30, Math.floor(RUNS / 2))}), median wall-clock ms with p90 and fastest, and median CPU ms (process.cpuUsage); load average at the end ${load1?.toFixed(2) ?? '?'}; goal ≤ 20 ms median for evaluate`,
    rows: [
      ['evaluate(): score + priorities + roadmap + matching + procurement', cell(ms.evaluate)],
      [
        `evaluate(): young-generation collections during the ${RUNS} timed runs`,
        `${evaluateScavenges.count} (${evaluateScavenges.ms} ms in all)`,
      ],
      ['scoring and priorities', cell(ms.score)],
      ['roadmap (steps, schedule, edits)', cell(ms.roadmap)],
      [`matching (${OFFERINGS} offerings, 5 per step)`, cell(ms.match)],
      [`merge of ${PARTICIPANTS} participants' files (${figures.mergedVotes} votes)`, cell(ms.merge)],
    ],
  }),
);
