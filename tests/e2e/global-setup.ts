import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromiumPath: string;
  }
}

/** Chromium from CHROME_PATH or Debian's package; never a downloaded browser. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`vite preview did not answer at ${url} within 30 s`);
}

export default async function setup(project: TestProject): Promise<() => void> {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    throw new Error(
      'Chromium not found: install it with `apt-get install -y chromium` or set CHROME_PATH to a Chromium binary.',
    );
  }
  // E2E_DIST lets several people build and test side by side without sharing dist/
  const outDir = process.env.E2E_DIST ?? 'dist';
  if (process.env.E2E_SKIP_BUILD !== '1') {
    const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn', '--outDir', outDir], {
      stdio: 'inherit',
      // vitest sets NODE_ENV=test, which would build development React; test what users get
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  const port = await freePort();
  // detached: the server gets its own process group, which teardown ends as a whole
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { detached: true, stdio: 'ignore' },
  );
  const stop = () => {
    if (server.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  process.once('exit', stop);
  const baseURL = `http://127.0.0.1:${port}/`;
  await waitForServer(baseURL, server);
  project.provide('baseURL', baseURL);
  project.provide('chromiumPath', chromiumPath);
  return stop;
}
