// The hostile corpus: every file in tests/fixtures/invalid/ (plus a 6 MB file made here) is opened
// on the start page the way a person does, and each is refused with its message in the user's
// language, naming what and where, while the library in memory and in storage stays exactly as
// it was. Markup in free-text fields is accepted as text and never becomes markup.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createEmptyAssessment } from '../../src/domain/assessment/create';
import type { Assessment } from '../../src/domain/assessment/schema';
import { StartPage } from '../../src/features/start/StartPage';
import { LibraryPanel } from '../../src/features/library/LibraryPanel';
import { createLibraryDb } from '../../src/persistence/library-db';
import { flushLibrary, startPersistence, stopPersistence } from '../../src/state/persist';
import { useLibrary } from '../../src/state/store';
import { memoryStorage, type MemoryStorage } from './support/memory-storage';
import { renderWithApp } from './support/render';

const invalidDir = resolve(__dirname, '../fixtures/invalid');
const filesDir = resolve(__dirname, '../fixtures/files');

/** What each file is refused with (English), naming the place where there is one. */
const expected: Record<string, string> = {
  'bad-export-time.avoinkunta.json': 'exportedAt: "eilen" is not a timestamp (ISO 8601)',
  'constructor-prototype.avoinkunta.json':
    'assessment.settings: the field name “constructor” is not allowed.',
  'deep-nesting-10000.avoinkunta.json': 'The file is nested deeper than the file format allows (8 levels).',
  'deep-nesting-9.avoinkunta.json': 'The file is nested deeper than the file format allows (8 levels).',
  'duplicate-participant.avoinkunta.json':
    'assessment.participants[2].id: the participant id "p-aino" is already in use',
  'empty.avoinkunta.json': 'The file is empty.',
  'format-version-as-text.avoinkunta.json': 'The file format version is missing or invalid.',
  'format-version-zero.avoinkunta.json': 'The file format version is missing or invalid.',
  'fractional-vote.avoinkunta.json':
    "assessment.answers['open-source.general.policy'].votes['p-sami']: 2.5 is neither a level 0–5 nor “not-applicable” or “unknown”",
  'future-format-version.avoinkunta.json': 'The file was made with a newer version of the app',
  'html-as-item-id.avoinkunta.json':
    'assessment.answers[\'<img src=x onerror=alert(1)>\']: "<img src=x onerror=alert(1)>" is not a valid id',
  'html-as-participant-id.avoinkunta.json':
    'assessment.participants[0].id: "<b onmouseover=alert(1)>aino</b>" is not a valid id',
  'impossible-date.avoinkunta.json': 'assessment.date: "2026-02-30" is not a date in the form YYYY-MM-DD',
  'javascript-url-in-evidence.avoinkunta.json':
    'assessment.answers[\'open-source.general.policy\'].evidence[0]: "javascript:alert(document.cookie)" is not an http or https address',
  'json-array.avoinkunta.json': 'The file is not an Avoin kunta assessment file: it has no type tag.',
  'json-null.avoinkunta.json': 'The file is not an Avoin kunta assessment file: it has no type tag.',
  'json-string.avoinkunta.json': 'The file is not an Avoin kunta assessment file: it has no type tag.',
  'level-out-of-range.avoinkunta.json':
    "assessment.answers['open-source.general.policy'].current: 7 is neither a level 0–5 nor “not-applicable” or “unknown”",
  'mismatched-questionnaire.avoinkunta.json':
    'questionnaire.version: "0.9.0" does not match the assessment\'s questionnaire ("1.0.0")',
  'missing-answers.avoinkunta.json': 'assessment.answers: missing',
  'missing-type-tag.avoinkunta.json': 'The file is not an Avoin kunta assessment file: it has no type tag.',
  'negative-target.avoinkunta.json':
    "assessment.answers['open-source.general.policy'].target: -1 is not a level 0–5",
  'newer-questionnaire.avoinkunta.json': 'made with a newer version of the questionnaire (2.0.0',
  'not-json.avoinkunta.json': 'The file is not valid JSON.',
  'number-as-notes.avoinkunta.json':
    "assessment.answers['open-source.general.policy'].notes: expected text, but the value is 5",
  'overlong-html-in-title.avoinkunta.json':
    'assessment.title: the text is too long (329 characters, at most 200)',
  'overlong-iframe-in-own-step.avoinkunta.json':
    'assessment.roadmap.ownSteps[0].title: the text is too long (645 characters, at most 500)',
  'overlong-script-in-notes.avoinkunta.json':
    "assessment.answers['open-source.general.policy'].notes: the text is too long (5017 characters, at most 5000)",
  'png-image.avoinkunta.json': 'The file is not text.',
  'proto-pollution-answers.avoinkunta.json': 'assessment.answers: the field name “__proto__” is not allowed.',
  'proto-pollution-root.avoinkunta.json': '(the whole file): the field name “__proto__” is not allowed.',
  'script-as-assessment-id.avoinkunta.json': 'assessment.id: "javascript:alert(1)" is not a valid id',
  'script-as-date.avoinkunta.json':
    'assessment.date: "<script>alert(1)</script>" is not a date in the form YYYY-MM-DD',
  'script-in-municipality-code.avoinkunta.json':
    'assessment.municipality.code: "<script>alert(1)</script>" is not a three-digit municipality code',
  'text-as-participants.avoinkunta.json':
    'assessment.participants: expected a list, but the value is "Aino ja Sami"',
  'too-many-evidence-links.avoinkunta.json':
    "assessment.answers['open-source.general.policy'].evidence: too many (51, at most 50)",
  'trailing-comma.avoinkunta.json': 'The file is not valid JSON (line 4, column 1).',
  'truncated-one-brace.avoinkunta.json': 'The file ends too soon: its JSON is cut off.',
  'truncated.avoinkunta.json': 'The file ends too soon: its JSON is cut off.',
  'unknown-confidence.avoinkunta.json':
    'assessment.answers[\'open-source.general.policy\'].confidence: "very" is not an allowed value',
  'unknown-field.avoinkunta.json': 'assessment: unknown field "isAdmin"',
  'unknown-horizon.avoinkunta.json':
    'assessment.roadmap.ownSteps[0].horizon: "someday" is not an allowed value (allowed: "now", "next", "later")',
  'unknown-questionnaire.avoinkunta.json':
    'made with the questionnaire “other-survey”, which this app does not have',
  'utf16-encoded.avoinkunta.json': 'The file is not text.',
  'vote-by-unknown-participant.avoinkunta.json':
    "assessment.answers['open-source.general.policy'].votes['p-unknown']: participant \"p-unknown\" is not on the list of participants",
  'whitespace-only.avoinkunta.json': 'The file is empty.',
  'wrong-type-tag.avoinkunta.json': 'its type is “excalidraw”',
};

const stored: Assessment = {
  ...createEmptyAssessment({
    id: '3f6c2a9e-8b1d-4c55-9a7e-2d4b6f8e1c03', // the same id as the corpus files: a replace would show
    questionnaire: { id: 'avoin-kunta', version: '1.0.0' },
    municipality: { code: '109', name: { fi: 'Hämeenlinna', sv: 'Tavastehus' } },
    date: '2026-01-10',
    scope: { areas: ['finance'], phases: ['strategy'], profile: 'full' },
    now: '2026-01-10T09:00:00.000Z',
  }),
  title: 'Tallessa oleva arviointi',
};

let storage: MemoryStorage;

async function startWithLibrary(): Promise<void> {
  storage = memoryStorage();
  const db = createLibraryDb(storage, {
    tab: 'other',
    app: { name: 'test', version: '0.0.0' },
    now: () => '2026-01-10T09:00:00.000Z',
  });
  await db.save(stored, null);
  useLibrary.setState({ assessments: {}, history: {}, lastChange: null });
  await startPersistence({
    openDb: async () =>
      createLibraryDb(storage, {
        tab: 'test',
        app: { name: 'test', version: '0.0.0' },
        now: () => new Date().toISOString(),
      }),
    openChannel: async () => ({ post: () => undefined, close: () => undefined }),
    listenToPage: false,
    debounceMs: 5,
  });
}

beforeEach(startWithLibrary);
afterEach(() => {
  cleanup(); // unmount before the status resets, so no update lands outside act()
  stopPersistence();
  useLibrary.setState({ assessments: {}, history: {}, lastChange: null });
});

function fileInput(container: HTMLElement): HTMLInputElement {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  return input;
}

async function open(container: HTMLElement, file: File): Promise<HTMLElement> {
  const user = userEvent.setup();
  await user.upload(fileInput(container), file);
  return screen.findByRole(
    'group',
    { name: new RegExp(`could not be opened|ei voitu avata|kunde inte öppnas|opened|avattu`) },
    { timeout: 5000 },
  );
}

const corpus = readdirSync(invalidDir).sort();

describe('the hostile corpus', () => {
  it('has at least 30 files, each with an expected message', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    expect(corpus.filter((name) => !(name in expected))).toEqual([]);
  });

  it.each(corpus)('refuses %s with its message, and changes nothing', async (name) => {
    const { container } = renderWithApp(<StartPage />, { language: 'en' });
    const before = structuredClone(useLibrary.getState().assessments);
    const storedBefore = structuredClone([...storage.data]);
    const bytes = readFileSync(join(invalidDir, name));
    const panel = await open(container, new File([bytes], name, { type: 'application/json' }));
    expect(panel).toHaveAccessibleName(`The file “${name}” could not be opened`);
    expect(panel).toHaveTextContent(expected[name]!);
    expect(panel).toHaveTextContent('Nothing was changed');
    // markup in the file is shown as text: no element from the file reaches the page
    expect(container.querySelector('script, img, iframe, b[onmouseover], h1 h1')).toBeNull();
    await flushLibrary();
    expect(useLibrary.getState().assessments).toEqual(before);
    expect([...storage.data]).toEqual(storedBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a 6 MB file unread, with its size and the limit', async () => {
    const { container } = renderWithApp(<StartPage />, { language: 'en' });
    const before = structuredClone(useLibrary.getState().assessments);
    const big = new File([new Uint8Array(6 * 1024 * 1024).fill(0x20)], 'huge.avoinkunta.json');
    const panel = await open(container, big);
    expect(panel).toHaveTextContent('The file is too large (6 MB). The largest allowed size is 5 MB.');
    expect(useLibrary.getState().assessments).toEqual(before);
  });

  it('words the problem in the user’s language and keeps the path verbatim', async () => {
    const name = 'level-out-of-range.avoinkunta.json';
    const bytes = readFileSync(join(invalidDir, name));
    const fi = renderWithApp(<StartPage />, { language: 'fi' });
    let panel = await open(fi.container, new File([bytes], name));
    expect(panel).toHaveAccessibleName(`Tiedostoa ”${name}” ei voitu avata`);
    expect(panel).toHaveTextContent(
      "assessment.answers['open-source.general.policy'].current: 7 ei ole taso 0–5",
    );
    expect(panel).toHaveTextContent('Mitään ei muutettu');
    fi.unmount();
    const sv = renderWithApp(<StartPage />, { language: 'sv' });
    panel = await open(sv.container, new File([bytes], name));
    expect(panel).toHaveTextContent(
      "assessment.answers['open-source.general.policy'].current: 7 är varken en nivå 0–5",
    );
  });
});

describe('markup in free-text fields', () => {
  it('is kept verbatim as text and never rendered as markup', async () => {
    const name = 'v1-markup-in-every-text-field.avoinkunta.json';
    const { container } = renderWithApp(
      <>
        <StartPage />
        <LibraryPanel />
      </>,
      { language: 'en' },
    );
    const panel = await open(container, new File([readFileSync(join(filesDir, name))], name));
    expect(panel).toHaveAccessibleName('Assessment opened');
    const imported = useLibrary.getState().assessments['markup-in-every-text-field'];
    expect(imported?.title).toBe(
      `<script>alert('title')</script><img src=x onerror="alert('title')"><b>title</b>`,
    );
    expect(imported?.answers['open-source.general.policy']?.notes).toContain(
      "<script>alert('notes')</script>",
    );
    const library = screen.getByRole('region', { name: 'Saved assessments' });
    const heading = await within(library).findByRole('heading', {
      name: /<script>alert\('title'\)<\/script>/,
    });
    expect(heading.textContent).toContain('<img src=x onerror=');
    expect(container.querySelector('script, img, b')).toBeNull();
    await waitFor(() => expect(storage.data.has('assessment:markup-in-every-text-field')).toBe(true));
  });
});
