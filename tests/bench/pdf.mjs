// Benchmark of the PDF report in headless Chromium: the time from the click on "Lataa PDF" to the
// PDF blob (User Timing measure "report-pdf", set by src/features/report/ReportPage.tsx) for the
// demo municipality's full profile, and the size of the PDF chunk. Builds the app into its own
// folder, serves it with vite preview and ends the server's process group when done.
// Run: node tests/bench/pdf.mjs   (BENCH_RUNS=15 by default; BENCH_SKIP_BUILD=1 reuses the build;
// BENCH_DIST=<name> builds into .tmp/<name> instead of .tmp/dist-bench-pdf)
// Prints progress, then one JSON line of figures for tests/bench/run.mjs (docs/benchmarks.md).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp, withServedApp } from './browser.mjs';

const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 15));
const tmp = resolve('.tmp/bench-pdf');
const outDir = buildApp(process.env.BENCH_DIST ?? 'dist-bench-pdf');

// The PDF chunk: the one that carries jsPDF; it must not be among what index.html loads.
const assets = readdirSync(join(outDir, 'assets'));
const pdfChunk = assets.find(
  (name) => name.endsWith('.js') && readFileSync(join(outDir, 'assets', name), 'utf8').includes('jsPDF'),
);
const chunkBytes = pdfChunk ? readFileSync(join(outDir, 'assets', pdfChunk)) : Buffer.alloc(0);
const chunkGzip = gzipSync(chunkBytes, { level: 9 }).length;
const indexHtml = readFileSync(join(outDir, 'index.html'), 'utf8');
const inFirstLoad = pdfChunk ? indexHtml.includes(pdfChunk) : false;

const loadBefore = loadavg()[0];
const times = [];
let pages = 0;
let pdfBytes = 0;
mkdirSync(tmp, { recursive: true });
await withServedApp(outDir, async ({ base, context }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(base);
  await page.getByRole('button', { name: 'Avaa esimerkkikunta' }).click();
  await page.waitForURL(/#\/a\/demo-esimerkkila\/results/, { timeout: 30_000 });
  await page.goto(`${base}#/a/demo-esimerkkila/report`);
  const button = page.getByRole('button', { name: 'Lataa PDF' });
  await button.waitFor({ timeout: 30_000 });
  for (let run = 0; run <= RUNS; run++) {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      button.click(),
    ]);
    const ms = await page.evaluate(
      () => performance.getEntriesByName('report-pdf', 'measure').at(-1)?.duration ?? NaN,
    );
    if (run === RUNS) {
      const file = join(tmp, 'demo.pdf');
      await download.saveAs(file);
      pdfBytes = readFileSync(file).length;
      pages = Number(
        /Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout ?? '')?.[1] ?? 0,
      );
    }
    await download.delete();
    times.push(ms);
    process.stdout.write(`run ${run}: ${ms.toFixed(0)} ms\n`);
    await page.waitForTimeout(300);
  }
});

// run 0 is cold: it also loads the PDF chunk; the median is over the warm runs 1…RUNS
const cold = times[0];
const warm = times.slice(1).sort((a, b) => a - b);
const at = (q) => warm[Math.min(warm.length - 1, Math.floor(q * warm.length))];
const round = (ms) => Math.round(ms);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const figures = {
  title: 'PDF report',
  method: `headless Chromium, demo municipality (full profile, 103 questions) in Finnish, ${warm.length} warm runs after one cold run; time from the click on "Lataa PDF" to the PDF blob (User Timing "report-pdf"); load average ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after (2 cores; above 2 means other work competed for them)`,
  machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}`,
  rows: [
    ['click → PDF blob, median (goal ≤ 300 ms)', `${round(at(0.5))} ms`],
    ['click → PDF blob, 90th percentile', `${round(at(0.9))} ms`],
    ['click → PDF blob, fastest', `${round(warm[0])} ms`],
    ['first click (also loads the PDF chunk)', `${round(cold)} ms`],
    ['PDF pages / size', `${pages} pages / ${kib(pdfBytes)}`],
    [
      `PDF chunk ${pdfChunk ?? '(not found)'} (goal ≤ 200 KiB gzip)`,
      `${kib(chunkGzip)} gzip (${kib(chunkBytes.length)} raw)`,
    ],
    ['PDF chunk in the first load', inFirstLoad ? 'yes (wrong)' : 'no: loaded on demand'],
  ],
  ms: { median: round(at(0.5)), p90: round(at(0.9)), min: round(warm[0]), cold: round(cold) },
  chunkGzipBytes: chunkGzip,
};
console.log(JSON.stringify(figures));
process.exit(inFirstLoad || !pdfChunk ? 1 : 0);
