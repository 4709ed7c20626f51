// Bundle budget: everything index.html makes the browser load at start (entry scripts,
// modulepreloads, stylesheets) must stay within 110 KiB gzip. Lazy chunks do not count.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgetKiB = 110;
const dist = process.env.E2E_DIST ?? 'dist';
const indexPath = join(dist, 'index.html');
if (!existsSync(indexPath)) {
  console.error('bundle budget: dist/index.html is missing; run `npm run build` first.');
  process.exit(1);
}
const html = readFileSync(indexPath, 'utf8');
const assets = new Set();
for (const match of html.matchAll(/<(script|link)\b[^>]*>/g)) {
  const tag = match[0];
  const isScript = match[1] === 'script';
  const rel = /rel="([^"]+)"/.exec(tag)?.[1] ?? '';
  const url = (isScript ? /src="([^"]+)"/ : /href="([^"]+)"/).exec(tag)?.[1];
  if (!url || /^https?:/.test(url)) continue;
  if (isScript || rel === 'modulepreload' || rel === 'stylesheet') assets.add(url.replace(/^\.?\//, ''));
}
let total = 0;
for (const asset of [...assets].sort()) {
  const size = gzipSync(readFileSync(join(dist, asset)), { level: 9 }).length;
  total += size;
  console.log(`  ${asset.padEnd(48)} ${(size / 1024).toFixed(1).padStart(7)} KiB gzip`);
}
const kib = total / 1024;
console.log(`bundle budget: first load ${kib.toFixed(1)} KiB gzip of ${budgetKiB} KiB allowed`);
if (kib > budgetKiB) {
  console.error(`bundle budget exceeded by ${(kib - budgetKiB).toFixed(1)} KiB`);
  process.exit(1);
}
