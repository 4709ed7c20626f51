import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalog } from '../../src/domain/offering/catalog';
import { validateFiles } from '../../src/cli/validate';

/** Broken catalog files, each with the one problem it must be refused for (path and message). */
const dir = 'tests/fixtures/catalogs/broken';
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  { path: string; message: string }
>;
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.json') && name !== 'expected.json')
  .map((name) => name.replace(/\.json$/, ''));

describe('broken catalog files', () => {
  it('each have an expectation, and each expectation a file', () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(files)('%s is refused with a path-precise error', (name) => {
    const result = parseCatalog(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const want = expected[name]!;
    const hit = result.issues.find(
      (issue) => issue.path === want.path && issue.message.includes(want.message),
    );
    if (!hit)
      throw new Error(
        `expected ${want.path}: ${want.message}\ngot:\n${result.issues.map((i) => `${i.path}: ${i.message}`).join('\n')}`,
      );
  });

  it('covers the brochure rules: an invalid SPDX id, a closed product not typed integration, missing pricing', () => {
    expect(expected['spdx-unknown-id']?.path).toBe('offerings[0].licence.spdx');
    expect(expected['closed-product']?.path).toBe('offerings[1].type');
    expect(expected['pricing-missing']?.path).toBe('offerings[0].pricing');
  });

  it('makes npm run validate exit 1 and print the place of each problem', () => {
    const errors: string[] = [];
    const code = validateFiles(
      [join(dir, 'closed-product.json')],
      () => undefined,
      (line) => errors.push(line),
    );
    expect(code).toBe(1);
    expect(errors[0]).toBe(
      `${dir}/closed-product.json: offerings[1].type: a closed-source product can be offered only as an integration or interoperability solution: set "type" to "integration", or give the SPDX licence of its open parts`,
    );
  });

  it('refuses what is not a catalog at all', () => {
    for (const input of [null, [], 'catalog', { offerings: 'x' }]) expect(parseCatalog(input).ok).toBe(false);
  });
});
