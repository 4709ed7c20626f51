// The assessment file format: building and reading the envelope, the limits, migrations of older
// format versions (every fixture in tests/fixtures/files opens, forever), older questionnaires,
// and the CSV export.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Assessment } from '../../src/domain/assessment/schema';
import { createEmptyAssessment, emptyAnswer } from '../../src/domain/assessment/create';
import { answersToCsv, csvCell, defuseFormula, type CsvLabels } from '../../src/domain/files/csv';
import {
  assessmentFileType,
  buildAssessmentFile,
  currentFormatVersion,
  exportFileName,
  fileNameSlug,
  maxFileBytes,
  serializeAssessmentFile,
} from '../../src/domain/files/format';
import { findForbiddenKey, jsonDepthExceeds } from '../../src/domain/files/json-guard';
import { fileMigrations, migrateFile } from '../../src/domain/files/migrations';
import {
  readAssessmentFileBytes,
  readAssessmentFileText,
  readAssessmentFileValue,
} from '../../src/domain/files/parse';
import { compareVersions, fitToQuestionnaire } from '../../src/domain/files/questionnaire-fit';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { questionnaire as makeQuestionnaire, item } from '../support/fixtures';
import shipped from '../../questionnaires/avoin-kunta.json';

const fixturesDir = resolve(__dirname, '../fixtures/files');
const app = { name: 'avoin-kunta-workshop', version: '0.1.0' };
const avoinKunta = shipped as Questionnaire;

function sample(overrides: Partial<Assessment> = {}): Assessment {
  return {
    ...createEmptyAssessment({
      id: 'a-1',
      questionnaire: { id: 'avoin-kunta', version: avoinKunta.version },
      municipality: { code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors' } },
      date: '2026-03-14',
      scope: { areas: ['finance'], phases: ['strategy'], profile: 'full' },
      now: '2026-03-14T10:00:00.000Z',
    }),
    ...overrides,
  };
}

function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

describe('exporting an assessment file', () => {
  it('wraps the assessment in an envelope with type, format version, app, export time and questionnaire', () => {
    const assessment = sample();
    const file = buildAssessmentFile(assessment, app, '2026-03-14T12:00:00.000Z');
    expect(file).toEqual({
      type: 'avoin-kunta-assessment',
      formatVersion: currentFormatVersion,
      app: { name: 'avoin-kunta-workshop', version: '0.1.0' },
      exportedAt: '2026-03-14T12:00:00.000Z',
      questionnaire: { id: 'avoin-kunta', version: avoinKunta.version },
      assessment,
    });
  });

  it('names the file <municipality>-<date>.avoinkunta.json without accents or spaces', () => {
    const assessment = sample({
      municipality: { code: '109', name: { fi: 'Hämeenlinna', sv: 'Tavastehus' } },
    });
    expect(exportFileName(assessment)).toBe('hameenlinna-2026-03-14.avoinkunta.json');
    expect(fileNameSlug('Pedersöre')).toBe('pedersore');
    expect(fileNameSlug('Mänttä-Vilppula')).toBe('mantta-vilppula');
    expect(fileNameSlug('Koski Tl')).toBe('koski-tl');
    expect(fileNameSlug('<>/\\')).toBe('arviointi');
  });

  it('reads back what it writes, to an identical assessment', () => {
    const assessment = sample({
      title: 'Kevään työpaja',
      answers: { 'open-source.general.policy': { ...emptyAnswer(), current: 3, target: 5, notes: 'åäö' } },
    });
    const text = serializeAssessmentFile(buildAssessmentFile(assessment, app, '2026-03-14T12:00:00.000Z'));
    const result = readAssessmentFileBytes(bytesOf(text));
    expect(result.ok && result.file.assessment).toEqual(assessment);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const text = serializeAssessmentFile(buildAssessmentFile(sample(), app, '2026-03-14T12:00:00.000Z'));
    expect(readAssessmentFileText(`\ufeff${text}`).ok).toBe(true);
  });
});

describe('the limits of a file', () => {
  it('refuses a file over 5 MB before parsing it (the 6 MB file is made here, not committed)', () => {
    const big = new Uint8Array(6 * 1024 * 1024).fill(0x20);
    const result = readAssessmentFileBytes(big);
    expect(result).toEqual({
      ok: false,
      problem: { kind: 'tooLarge', bytes: big.byteLength, limit: maxFileBytes },
    });
    // and as text: one multi-byte character per unit still counts in bytes
    const text = readAssessmentFileText('ä'.repeat(3 * 1024 * 1024));
    expect(text.ok === false && text.problem.kind).toBe('tooLarge');
  });

  it('counts nesting outside strings only, and stops at the limit', () => {
    expect(jsonDepthExceeds('{"a":[[1]]}', 3)).toBe(false);
    expect(jsonDepthExceeds('{"a":[[[1]]]}', 3)).toBe(true);
    expect(jsonDepthExceeds('{"a":"[[[[[[[[[["}', 3)).toBe(false);
    expect(jsonDepthExceeds('{"a":"\\"[[[[[[["}', 3)).toBe(false);
    expect(jsonDepthExceeds(`${'['.repeat(1_000_000)}`, 8)).toBe(true);
  });

  it('finds __proto__, constructor and prototype keys anywhere, with their path', () => {
    expect(findForbiddenKey(JSON.parse('{"a":{"b":[{"__proto__":1}]}}'))).toEqual({
      path: 'a.b[0]',
      key: '__proto__',
    });
    expect(findForbiddenKey({ answers: { constructor: {} } })).toEqual({
      path: 'answers',
      key: 'constructor',
    });
    expect(findForbiddenKey({ a: [{ b: 'prototype' }] })).toBeNull();
  });

  it('never lets a file reach Object.prototype', () => {
    const text = serializeAssessmentFile(
      buildAssessmentFile(sample(), app, '2026-03-14T12:00:00.000Z'),
    ).replace('"answers": {}', '"answers": { "__proto__": { "polluted": true } }');
    const result = readAssessmentFileText(text);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('format versions', () => {
  const fixtures = readdirSync(fixturesDir).filter((name) => name.endsWith('.avoinkunta.json'));

  it('keeps at least one fixture of every format version the app has ever written', () => {
    const versions = new Set(fixtures.map((name) => Number(/^v(\d+)-/.exec(name)?.[1])));
    for (let version = 1; version <= currentFormatVersion; version++) expect(versions).toContain(version);
  });

  it.each(fixtures)('opens %s (migrating it to the current format if it is older)', (name) => {
    const text = readFileSync(join(fixturesDir, name), 'utf8');
    const raw = JSON.parse(text) as { formatVersion: number };
    const result = readAssessmentFileBytes(new Uint8Array(readFileSync(join(fixturesDir, name))));
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problem)}`);
    expect(result.file.formatVersion).toBe(currentFormatVersion);
    expect(result.migratedFrom).toBe(raw.formatVersion < currentFormatVersion ? raw.formatVersion : null);
    const fit = fitToQuestionnaire(result.file.assessment, avoinKunta);
    expect(fit.ok).toBe(true);
  });

  it('refuses a newer format version as made with a newer version of the app', () => {
    const file = {
      ...buildAssessmentFile(sample(), app, '2026-03-14T12:00:00.000Z'),
      formatVersion: currentFormatVersion + 1,
    };
    expect(readAssessmentFileValue(file)).toEqual({
      ok: false,
      problem: { kind: 'newerFormat', version: currentFormatVersion + 1, supported: currentFormatVersion },
    });
  });

  it('runs upgrades one version at a time and refuses a version with no upgrade', () => {
    // the chain machinery, with made-up upgrades (version 1 is the first real format)
    const steps = {
      1: (file: Record<string, unknown>) => ({ ...file, renamed: file.old, old: undefined }),
      2: (file: Record<string, unknown>) => ({ ...file, added: true }),
    };
    expect(migrateFile({ formatVersion: 1, old: 'x' }, 1, steps, 3)).toEqual({
      formatVersion: 3,
      renamed: 'x',
      old: undefined,
      added: true,
    });
    expect(migrateFile({ formatVersion: 1 }, 1, { 2: steps[2] }, 3)).toBeNull();
    // the real chain has an upgrade for every version below the current one
    for (let version = 1; version < currentFormatVersion; version++)
      expect(fileMigrations).toHaveProperty(String(version));
  });

  it('has a type tag that never changes', () => {
    expect(assessmentFileType).toBe('avoin-kunta-assessment');
  });
});

describe('an assessment made with another questionnaire version', () => {
  it('opens a file of an older questionnaire version and lists the answered items that no longer map', () => {
    const text = readFileSync(join(fixturesDir, 'v1-older-questionnaire.avoinkunta.json'), 'utf8');
    const result = readAssessmentFileText(text);
    if (!result.ok) throw new Error('fixture does not open');
    const fit = fitToQuestionnaire(result.file.assessment, avoinKunta);
    if (!fit.ok) throw new Error('older questionnaire refused');
    expect(fit.upgradedFrom).toBe('0.9.0');
    expect(fit.unmapped).toEqual(['open-data.general.legacy-portal-survey']);
    expect(fit.assessment.questionnaire.version).toBe(avoinKunta.version);
    // nothing is dropped: the unmapped answer stays in the assessment
    expect(Object.keys(fit.assessment.answers)).toContain('open-data.general.legacy-portal-survey');
  });

  it('carries answers and roadmap edits over to items that replace older ones', () => {
    const newer = makeQuestionnaire(
      [item({ id: 'open-apis.general.catalogue-v2', replaces: ['open-apis.general.catalogue'] })],
      { version: '2.0.0' },
    );
    const older = sample({
      questionnaire: { id: newer.id, version: '1.0.0' },
      answers: { 'open-apis.general.catalogue': { ...emptyAnswer(), current: 2 } },
      roadmap: {
        moves: { 'open-apis.general.catalogue@2-3': 'now' },
        dropped: ['open-apis.general.catalogue@3-4'],
        owners: {},
        notes: {},
        ownSteps: [],
      },
    });
    const fit = fitToQuestionnaire(older, newer);
    if (!fit.ok) throw new Error('refused');
    expect(fit.unmapped).toEqual([]);
    expect(fit.assessment.answers['open-apis.general.catalogue-v2']?.current).toBe(2);
    expect(fit.assessment.roadmap.moves).toEqual({ 'open-apis.general.catalogue-v2@2-3': 'now' });
    expect(fit.assessment.roadmap.dropped).toEqual(['open-apis.general.catalogue-v2@3-4']);
  });

  it('carries the workshop’s revealed items and current item over to the items that replace them', () => {
    const newer = makeQuestionnaire(
      [
        item({ id: 'open-apis.general.catalogue-v2', replaces: ['open-apis.general.catalogue'] }),
        item({ id: 'open-data.general.portal-v2', replaces: ['open-data.general.portal'] }),
        item({ id: 'open-source.general.policy' }),
        item({ id: 'open-data.general.new' }),
      ],
      { version: '2.0.0' },
    );
    const workshop = {
      agenda: [{ id: 'introduction', kind: 'introduction' as const, minutes: 20, elapsedSeconds: 0 }],
      currentItem: 'open-data.general.portal',
      revealed: [
        'open-apis.general.catalogue',
        'open-source.general.policy',
        // removed from the newer questionnaire: no item carries it on
        'open-data.general.legacy-survey',
      ],
      showNames: true,
      collect: 'pass' as const,
      dotsPerParticipant: 5,
      soundOn: false,
      decisions: ['Avoin lähdekoodi ensin'],
      openQuestions: [],
    };
    const older = sample({
      questionnaire: { id: newer.id, version: '1.0.0' },
      answers: {
        'open-apis.general.catalogue': { ...emptyAnswer(), current: 2, votes: { p1: 2 } },
        'open-source.general.policy': { ...emptyAnswer(), current: 1 },
      },
      workshop,
    });
    const fit = fitToQuestionnaire(older, newer);
    if (!fit.ok) throw new Error('refused');
    expect(fit.assessment.workshop).toEqual({
      ...workshop,
      currentItem: 'open-data.general.portal-v2',
      revealed: ['open-apis.general.catalogue-v2', 'open-source.general.policy'],
    });
    // a current item no item carries on is dropped; the workshop then starts at the first item
    const gone = fitToQuestionnaire(
      { ...older, workshop: { ...workshop, currentItem: 'open-data.general.legacy-survey' } },
      newer,
    );
    expect(gone.ok && gone.assessment.workshop?.currentItem).toBeNull();
    // an assessment without a workshop does not get one
    const plain = fitToQuestionnaire(sample({ questionnaire: { id: newer.id, version: '1.0.0' } }), newer);
    expect(plain.ok && plain.assessment).not.toHaveProperty('workshop');
  });

  it('refuses a newer questionnaire version and an unknown questionnaire', () => {
    expect(
      fitToQuestionnaire(sample({ questionnaire: { id: 'avoin-kunta', version: '9.0.0' } }), avoinKunta),
    ).toEqual({
      ok: false,
      problem: { kind: 'newerQuestionnaire', version: '9.0.0', supported: avoinKunta.version },
    });
    expect(
      fitToQuestionnaire(sample({ questionnaire: { id: 'other', version: '1.0.0' } }), undefined),
    ).toEqual({
      ok: false,
      problem: { kind: 'unknownQuestionnaire', id: 'other' },
    });
  });

  it('compares versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBe(1);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.9.9', '1.0.0')).toBe(-1);
  });
});

describe('answers as CSV', () => {
  const labels: CsvLabels = {
    headers: {
      itemId: 'Kohdan tunniste',
      dimension: 'Ulottuvuus',
      phases: 'Vaiheet',
      areas: 'Palvelualueet',
      question: 'Kysymys',
      current: 'Nykytaso',
      currentDescription: 'Nykytason kuvaus',
      target: 'Tavoitetaso',
      confidence: 'Varmuus',
      notes: 'Muistiinpanot',
      evidence: 'Näytöt',
      rationale: 'Perustelu',
    },
    notApplicable: 'Ei sovellu',
    unknown: 'Ei tiedossa',
    confidence: { low: 'Matala', medium: 'Kohtalainen', high: 'Korkea' },
  };

  function parseCsv(text: string, delimiter: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === delimiter) {
        row.push(cell);
        cell = '';
      } else if (ch === '\r' && text[i + 1] === '\n') {
        row.push(cell);
        rows.push(row);
        row = [];
        cell = '';
        i++;
      } else cell += ch;
    }
    return rows;
  }

  it('writes one row per in-scope item, with a byte-order mark, in the chosen language', () => {
    const scopeItems = avoinKunta.items.filter(
      (candidate) =>
        (candidate.areas === 'all' || candidate.areas.includes('finance')) &&
        (candidate.phases === 'all' || candidate.phases.includes('strategy')),
    );
    const first = scopeItems[0]!;
    const assessment = sample({
      answers: {
        [first.id]: {
          ...emptyAnswer(),
          current: 2,
          target: 4,
          confidence: 'high',
          notes: 'Ääkköset; "lainaus"\nja rivinvaihto',
          evidence: ['https://example.org/a', 'https://example.org/b'],
          rationale: '=1+1',
        },
      },
    });
    const csv = answersToCsv(avoinKunta, assessment, { language: 'fi', labels, delimiter: ';' });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1), ';');
    expect(rows[0]).toEqual(Object.values(labels.headers));
    expect(rows).toHaveLength(scopeItems.length + 1);
    const row = rows.find((candidate) => candidate[0] === first.id)!;
    expect(row[4]).toBe(first.question.fi);
    expect(row[5]).toBe('2');
    expect(row[6]).toBe(first.levels[2]!.fi);
    expect(row[7]).toBe('4');
    expect(row[8]).toBe('Korkea');
    expect(row[9]).toBe('Ääkköset; "lainaus"\nja rivinvaihto');
    expect(row[10]).toBe('https://example.org/a\nhttps://example.org/b');
    expect(row[11]).toBe("'=1+1");
  });

  it('keeps answers to items outside the scope or no longer in the questionnaire', () => {
    const assessment = sample({
      answers: { 'gone.general.item': { ...emptyAnswer(), current: 'not-applicable', notes: 'x' } },
    });
    const rows = parseCsv(
      answersToCsv(avoinKunta, assessment, { language: 'en', labels, delimiter: ',' }).slice(1),
      ',',
    );
    expect(rows.at(-1)?.slice(0, 6)).toEqual(['gone.general.item', '', '', '', '', 'Ei sovellu']);
  });

  it('defuses cells a spreadsheet would run as formulas, and quotes what needs quoting', () => {
    expect(defuseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(defuseFormula('+358')).toBe("'+358");
    expect(defuseFormula('@SUM')).toBe("'@SUM");
    expect(defuseFormula('Tavallinen')).toBe('Tavallinen');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(csvCell('say "hi"', ',')).toBe('"say ""hi"""');
    expect(csvCell(3, ',')).toBe('3');
    expect(csvCell(null, ',')).toBe('');
  });
});
