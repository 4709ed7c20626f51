// `npm test`: every check and every test suite, then one closing line "N passed, N failed".
// Checks (typecheck, lint, format, bundle budget) count as one test each; suites count their tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('.tmp', { recursive: true });
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

function suite(label, args, reportFile, env) {
  rmSync(reportFile, { force: true });
  const ok = run(
    label,
    'node_modules/.bin/vitest',
    [...args, '--reporter=default', '--reporter=json', `--outputFile=${reportFile}`],
    env,
  );
  if (!existsSync(reportFile)) {
    failed += 1;
    failures.push(`${label} (did not run)`);
    return;
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (!ok && report.numFailedTests === 0) {
    failed += 1; // a suite that errored outside any test (setup, import) still fails the run
    failures.push(`${label} (suite error)`);
  } else if (report.numFailedTests > 0) failures.push(label);
}

check('typecheck', 'node_modules/.bin/tsc', ['-p', 'tsconfig.json', '--noEmit']);
check('lint', 'node_modules/.bin/eslint', ['.', '--max-warnings=0']);
check('format', 'node_modules/.bin/prettier', ['--check', '.']);
suite('unit and component tests', ['run'], '.tmp/unit-report.json');
const built = run('build', 'node_modules/.bin/vite', ['build', '--logLevel', 'warn']);
if (built) {
  check('bundle budget', 'node', ['tests/budget.mjs']);
  suite('browser tests (Chromium)', ['run', '-c', 'vitest.e2e.config.ts'], '.tmp/e2e-report.json', {
    E2E_SKIP_BUILD: '1',
  });
} else {
  failed += 1;
  failures.push('build');
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
