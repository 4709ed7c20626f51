// `npm run bench`: runs every benchmark, prints its figures and writes them into
// docs/benchmarks.md between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` markers, with the
// machine and the day they were taken. Benchmarks are never timed tests: they only measure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** Each benchmark prints one JSON object on its last line: { "title": …, "rows": [[label, value], …] }. */
const benches = [
  { name: 'domain', command: ['node_modules/.bin/tsx', 'tests/bench/domain.ts'] },
  { name: 'ui', command: ['node', 'tests/bench/ui.mjs'] },
  { name: 'pdf', command: ['node', 'tests/bench/pdf.mjs'] },
];

const docPath = 'docs/benchmarks.md';
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`;
const day = new Date().toISOString().slice(0, 10);
let failed = 0;

for (const bench of benches) {
  const script = bench.command[1];
  if (!existsSync(script)) continue;
  console.log(`\n▶ ${bench.name}: ${bench.command.join(' ')}`);
  const result = spawnSync(bench.command[0], bench.command.slice(1), {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(result.stdout);
  const last = result.stdout.trim().split('\n').pop() ?? '';
  let figures;
  try {
    figures = JSON.parse(last);
  } catch {
    console.error(`${bench.name}: the last line was not JSON figures`);
    failed += 1;
    continue;
  }
  if (result.status !== 0 || !Array.isArray(figures.rows)) {
    failed += 1;
    continue;
  }
  const table = [
    `Measured ${day} on ${machine}${figures.method ? `; ${figures.method}` : ''}.`,
    '',
    '| measure | result |',
    '| --- | --- |',
    ...figures.rows.map(([label, value]) => `| ${label} | ${value} |`),
  ].join('\n');
  const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Benchmarks\n';
  const start = `<!-- bench:${bench.name} -->`;
  const end = `<!-- /bench:${bench.name} -->`;
  const block = `${start}\n${table}\n${end}`;
  const next = doc.includes(start)
    ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block)
    : `${doc.trimEnd()}\n\n## ${figures.title ?? bench.name}\n\n${block}\n`;
  writeFileSync(docPath, next);
}
process.exit(failed > 0 ? 1 : 0);
