import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { inject } from 'vitest';

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

/** A browser with a fresh profile, and a guard that records every request leaving the app's origin. */
export interface TestBrowser {
  context: BrowserContext;
  baseURL: string;
  profileDir: string;
  /** Requests to any other origin; a test ends by asserting this is empty. */
  foreignRequests: string[];
  /** Uncaught errors in any page; a test ends by asserting this is empty. */
  pageErrors: string[];
  newPage(path?: string): Promise<Page>;
  /** Closes the browser; `keepProfile` lets a test reopen the same profile. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

const tmpRoot = resolve('.tmp/e2e-profiles');

export async function launch(
  options: { profileDir?: string; viewport?: { width: number; height: number } } = {},
): Promise<TestBrowser> {
  const baseURL = inject('baseURL');
  const origin = new URL(baseURL).origin;
  mkdirSync(tmpRoot, { recursive: true });
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpRoot, 'profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: inject('chromiumPath'),
    args: flags,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  return {
    context,
    baseURL,
    profileDir,
    foreignRequests,
    pageErrors,
    async newPage(path = '') {
      const blank = context.pages().find((candidate) => candidate.url() === 'about:blank');
      const page = blank ?? (await context.newPage());
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(new URL(path, baseURL).toString());
      // React renders after the load event: wait for the page's heading before the test acts
      await page.locator('main h1').first().waitFor();
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Runs axe with the WCAG 2.1 A and AA rules and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, label = ''): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  if (summary.length > 0) throw new Error(`axe violations ${label}:\n${summary.join('\n')}`);
}
