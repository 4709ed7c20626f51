// Benchmark of the answer screen in headless Chromium: the time from switching to the demo's
// largest answer section until every item card of it is in the DOM and painted (two animation
// frames), and the time for answering one item until its card shows the choice. The demo uses the
// full profile, so its largest section has about 30 items. Off-screen level pickers skip layout and
// paint (content-visibility, src/features/answer/answer.css) until they are scrolled to; that later,
// per-card cost is not part of the "open" figure.
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
  // the sections from the stepper's links, and the largest one by its progress count
  const sections = await page.evaluate(() =>
    [...document.querySelectorAll('a[href*="/answer/"]')].map((a) => a.getAttribute('href')),
  );
  const unique = [...new Set(sections)].filter(Boolean);
  let largest = { href: unique[0], count: 0 };
  for (const href of unique) {
    await page.goto(new URL(href, base).toString());
    await page.locator('.answer-item').first().waitFor();
    const count = await page.locator('.answer-item').count();
    if (count > largest.count) largest = { href, count };
  }
  const other = unique.find((href) => href !== largest.href);
  const open = [];
  const answer = [];
  for (let run = 0; run <= RUNS; run++) {
    await page.goto(new URL(other, base).toString());
    await page.locator('.answer-item').first().waitFor();
    const ms = await page.evaluate(
      ({ href, count }) =>
        new Promise((done) => {
          const start = performance.now();
          window.location.hash = href.slice(href.indexOf('#'));
          const check = () => {
            if (
              document.querySelectorAll('.answer-item').length === count &&
              window.location.hash.endsWith(href.split('#')[1])
            ) {
              requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
            } else requestAnimationFrame(check);
          };
          check();
        }),
      largest,
    );
    open.push(ms);
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
    process.stdout.write(`run ${run}: open ${ms.toFixed(0)} ms, answer ${answered.toFixed(0)} ms\n`);
  }
  return { open: summarise(open.slice(1)), answer: summarise(answer.slice(1)), count: largest.count };
});

console.log(
  JSON.stringify({
    title: 'Answer screen rendering',
    method: `headless Chromium, production build, demo municipality (full profile) in Finnish, ${RUNS} warm runs after one cold run; "open" = from the hash change to the section with the most items until all its cards are in the DOM and two animation frames have passed; "answer" = a click on a level until two frames later; load average ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after (2 cores)`,
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}`,
    rows: [
      [`open a section of ${result.count} items, median (goal < 50 ms)`, `${result.open.median} ms`],
      ['open a section, 90th percentile', `${result.open.p90} ms`],
      ['answer one item, median', `${result.answer.median} ms`],
      ['answer one item, 90th percentile', `${result.answer.p90} ms`],
    ],
  }),
);
