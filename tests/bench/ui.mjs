// Benchmark of the answer screen in headless Chromium. A section is rendered in parts
// (src/features/answer/reveal.ts): the first cards with the heading and the stepper in one commit,
// the rest in steps after it. So switching to the demo's largest answer section (about 30 items,
// full profile) gives two figures, both reported: the time until the first cards are painted (what
// the user sees and can use) and the time until every card of the section is in the DOM and
// painted. "Painted" is measured as a zero timeout posted from the animation frame in which the
// cards are first seen, which runs after that frame's paint. It also reports the longest main-thread
// task after the first paint (long tasks are those over 50 ms; a key press waits for at most one),
// and the time for answering one item until its card shows the choice. Off-screen level pickers
// skip layout and paint (content-visibility, src/features/answer/answer.css) until they are
// scrolled to; that later, per-card cost is not part of these figures.
// Run: node tests/bench/ui.mjs  (BENCH_RUNS=15 by default; BENCH_SKIP_BUILD=1 reuses the build;
// BENCH_DIST=<name> builds into .tmp/<name> instead of .tmp/dist-bench)
// Prints progress, then one JSON line of figures for tests/bench/run.mjs (docs/benchmarks.md).
import { cpus, loadavg } from 'node:os';
import { buildApp, summarise, withServedApp } from './browser.mjs';

const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 15));
const outDir = buildApp(process.env.BENCH_DIST ?? 'dist-bench');
const loadBefore = loadavg()[0];

const result = await withServedApp(outDir, async ({ base, context }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(base);
  await page.getByRole('button', { name: 'Avaa esimerkkikunta' }).click();
  await page.waitForURL(/#\/a\/demo-esimerkkila\/results/, { timeout: 30_000 });
  await page.goto(`${base}#/a/demo-esimerkkila/answer`);
  await page.locator('.answer-item').first().waitFor({ timeout: 30_000 });
  // the sections from the stepper's links, and the largest one
  const sections = await page.evaluate(() =>
    [...document.querySelectorAll('a[href*="/answer/"]')].map((a) => a.getAttribute('href')),
  );
  const unique = [...new Set(sections)].filter(Boolean);
  let largest = { href: unique[0], count: 0 };
  for (const href of unique) {
    await page.goto(new URL(href, base).toString());
    await page.locator('.answer-item').first().waitFor();
    // the section's size from its progress ("0/29 vastattu"): its cards come in steps
    const progress = await page.locator('.answer-section-progress').textContent();
    const count = Number(/\/(\d+)/.exec(progress ?? '')?.[1] ?? 0);
    if (count > largest.count) largest = { href, count };
  }
  const other = unique.find((href) => href !== largest.href);
  // the largest section's first item, to tell its cards from those of the section left behind
  await page.goto(new URL(largest.href, base).toString());
  await page.locator('.answer-item').first().waitFor();
  const firstItem = await page.locator('.answer-item').first().getAttribute('data-item-id');
  const first = [];
  const all = [];
  const longest = [];
  const firstCount = [];
  const answer = [];
  for (let run = 0; run <= RUNS; run++) {
    await page.goto(new URL(other, base).toString());
    await page.locator('.answer-item').first().waitFor();
    const times = await page.evaluate(
      ({ href, count, firstItem }) =>
        new Promise((done) => {
          const longTasks = [];
          const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
          observer.observe({ type: 'longtask' });
          const start = performance.now();
          let firstPainted;
          let firstCards = 0;
          window.location.hash = href.slice(href.indexOf('#'));
          const cards = () => document.querySelectorAll('.answer-item');
          const check = () => {
            const shown = cards();
            if (!firstCards && shown[0]?.getAttribute('data-item-id') === firstItem) {
              firstCards = shown.length;
              // posted from this frame's callbacks, so it runs after this frame's paint
              setTimeout(() => (firstPainted = performance.now() - start), 0);
            }
            if (shown.length === count && shown[0]?.getAttribute('data-item-id') === firstItem) {
              setTimeout(() => {
                const allPainted = performance.now() - start;
                // let the observer deliver the tasks of the last frame
                setTimeout(() => {
                  observer.disconnect();
                  const after = longTasks.filter((task) => task.startTime >= start + (firstPainted ?? 0));
                  done({
                    first: firstPainted ?? allPainted,
                    all: allPainted,
                    firstCards,
                    longest: Math.max(0, ...after.map((task) => task.duration)),
                  });
                }, 50);
              }, 0);
            } else requestAnimationFrame(check);
          };
          check();
        }),
      { ...largest, firstItem },
    );
    first.push(times.first);
    all.push(times.all);
    longest.push(times.longest);
    firstCount.push(times.firstCards);
    // answer the first item: click a level it does not have, until the radio is checked
    const radios = page.locator('.answer-item').first().getByRole('radio');
    const pick = radios.nth(run % 2 === 0 ? 1 : 2);
    const answered = await pick.evaluate(
      (radio) =>
        new Promise((done) => {
          const start = performance.now();
          radio.click();
          requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
        }),
    );
    answer.push(answered);
    process.stdout.write(
      `run ${run}: first ${times.firstCards} cards ${times.first.toFixed(0)} ms, all ${largest.count} ` +
        `${times.all.toFixed(0)} ms, longest task after first paint ${times.longest.toFixed(0)} ms, ` +
        `answer ${answered.toFixed(0)} ms\n`,
    );
  }
  return {
    first: summarise(first.slice(1)),
    all: summarise(all.slice(1)),
    longest: summarise(longest.slice(1)),
    firstCards: Math.min(...firstCount.slice(1)),
    answer: summarise(answer.slice(1)),
    count: largest.count,
  };
});

console.log(
  JSON.stringify({
    title: 'Answer screen rendering',
    method: `headless Chromium, production build, demo municipality (full profile) in Finnish, ${RUNS} warm runs after one cold run; from the hash change to the section with the most items: "first cards" = until the heading, the stepper and the first cards are painted, "every card" = until all its cards are in the DOM and painted (a zero timeout posted from the animation frame in which they are first seen); "longest task" = the longest main-thread task over 50 ms after the first paint, 0 if none; "answer" = a click on a level until two frames later; load average ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after (2 cores)`,
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}`,
    rows: [
      [
        `open a section of ${result.count} items: first ${result.firstCards} cards painted, median (goal < 50 ms)`,
        `${result.first.median} ms`,
      ],
      ['first cards painted, 90th percentile', `${result.first.p90} ms`],
      [`every card of ${result.count} in the DOM and painted, median`, `${result.all.median} ms`],
      ['every card painted, 90th percentile', `${result.all.p90} ms`],
      ['longest task after the first paint, median (0 = none over 50 ms)', `${result.longest.median} ms`],
      ['answer one item, median', `${result.answer.median} ms`],
      ['answer one item, 90th percentile', `${result.answer.p90} ms`],
    ],
  }),
);
