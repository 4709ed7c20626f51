// Shared by the browser benchmarks: builds the app into its own folder, serves it with vite
// preview, opens headless Chromium with a fresh profile, and always ends the server's process group.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Builds (unless BENCH_SKIP_BUILD=1 and a build exists) into `.tmp/<name>` and returns its path. */
export function buildApp(name) {
  const outDir = resolve('.tmp', name);
  if (process.env.BENCH_SKIP_BUILD !== '1' || !existsSync(join(outDir, 'index.html'))) {
    const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'error', '--outDir', outDir], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (build.status !== 0) process.exit(1);
  }
  return outDir;
}

/** Serves `outDir` and runs `work({ base, context })` in a fresh Chromium profile. */
export async function withServedApp(outDir, work) {
  const chromiumPath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path) => path && existsSync(path),
  );
  if (!chromiumPath) {
    console.error('Chromium not found: apt-get install -y chromium, or set CHROME_PATH.');
    process.exit(1);
  }
  const port = await freePort();
  const preview = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { detached: true, stdio: 'ignore' },
  );
  const stop = () => {
    try {
      process.kill(-preview.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  const tmp = resolve('.tmp/bench-profiles');
  mkdirSync(tmp, { recursive: true });
  const profile = mkdtempSync(join(tmp, 'profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: flags,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  try {
    return await work({ base, context });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    stop();
  }
}

/** Median, 90th percentile and minimum of a list of milliseconds. */
export function summarise(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: Math.round(at(0.5)), p90: Math.round(at(0.9)), min: Math.round(sorted[0]) };
}
