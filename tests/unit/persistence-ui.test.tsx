// What a person sees of saving: the save indicator, the storage notice (blocked storage urges
// export and export works; damaged entries set aside; another tab's change), the library list
// (continue, rename, duplicate, export, delete with undo) and undo/redo in an open assessment.
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyAnswer } from '../../src/domain/assessment/create';
import type { Assessment } from '../../src/domain/assessment/schema';
import { readAssessmentFileText } from '../../src/domain/files/parse';
import { SaveIndicator } from '../../src/components/SaveIndicator';
import { StorageNotice } from '../../src/components/StorageNotice';
import { AssessmentToolbar } from '../../src/features/library/AssessmentToolbar';
import { LibraryPanel } from '../../src/features/library/LibraryPanel';
import { createLibraryDb } from '../../src/persistence/library-db';
import { startPersistence, stopPersistence, usePersistence } from '../../src/state/persist';
import { useLibrary } from '../../src/state/store';
import { memoryStorage } from './support/memory-storage';
import { renderWithApp } from './support/render';
import { hameenlinna, savedAssessment } from './support/saved-assessment';

const assessment = (id: string, overrides: Partial<Assessment> = {}) =>
  savedAssessment(id, overrides, hameenlinna);

/** Captures what the app hands to the browser as a download. */
function captureDownloads() {
  const files: Array<{ name: string; blob: Blob }> = [];
  const urls = new Map<string, Blob>();
  let counter = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${counter++}`;
    urls.set(url, blob);
    return url;
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: urls.get(this.href)! });
  });
  return files;
}

async function blobText(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

beforeEach(() => useLibrary.setState({ assessments: {}, history: {}, lastChange: null }));
afterEach(() => {
  cleanup(); // unmount before the status resets, so no update lands outside act()
  stopPersistence();
  useLibrary.setState({ assessments: {}, history: {}, lastChange: null });
});

describe('the save indicator', () => {
  it('shows saved, saving and not saved; speaks the save time and "not saved", politely', () => {
    const { container } = renderWithApp(<SaveIndicator />, { language: 'fi' });
    const indicator = container.firstElementChild as HTMLElement;
    const spoken = screen.getByRole('status');
    expect(spoken).toHaveAttribute('aria-live', 'polite');
    act(() => usePersistence.setState({ mode: 'ready', saving: false }));
    expect(spoken).toHaveTextContent('Tallennettu tähän selaimeen');
    act(() => usePersistence.setState({ saving: true }));
    expect(indicator).toHaveTextContent('Tallennetaan…');
    // the passing "saving…" is not announced
    expect(spoken).toHaveTextContent('Tallennettu tähän selaimeen');
    act(() =>
      usePersistence.setState({ saving: false, savedAt: new Date(2026, 2, 14, 14, 32).toISOString() }),
    );
    expect(spoken).toHaveTextContent('Tallennettu klo 14.32');
    expect(indicator).not.toHaveTextContent('Tallennetaan');
    act(() => usePersistence.setState({ failure: 'quota' }));
    expect(spoken).toHaveTextContent('Ei tallennettu');
    act(() => usePersistence.setState({ failure: null, mode: 'memory' }));
    expect(spoken).toHaveTextContent('Ei tallennettu');
    act(() => usePersistence.setState({ mode: 'ready', conflicts: { a: { id: 'a', kind: 'changed' } } }));
    expect(indicator).toHaveTextContent('Ei tallennettu');
  });
});

describe('the storage notice', () => {
  it('urges export when storage is blocked, and the export works from memory', async () => {
    const files = captureDownloads();
    const a = assessment('a-1', {
      answers: { 'open-source.general.policy': { ...emptyAnswer(), current: 4, notes: 'åäö' } },
    });
    useLibrary.setState({ assessments: { 'a-1': a } });
    act(() => usePersistence.setState({ mode: 'memory', failure: 'unavailable' }));
    renderWithApp(<StorageNotice assessmentId="a-1" />, { language: 'fi' });
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('Muutoksia ei tallenneta');
    expect(notice).toHaveTextContent('yksityisessä ikkunassa');
    expect(notice).toHaveTextContent('Vie arviointi tiedostoon, jotta työsi ei katoa.');
    await userEvent.click(
      within(notice).getByRole('button', { name: /Vie ”Hämeenlinna 14\.3\.2026” tiedostoon/ }),
    );
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe('hameenlinna-2026-03-14.avoinkunta.json');
    const opened = readAssessmentFileText(await blobText(files[0]!.blob));
    expect(opened.ok && opened.file.assessment).toEqual(a);
  });

  it('points to the list when no assessment is open, and says when the disk is full', () => {
    act(() => usePersistence.setState({ mode: 'ready', failure: 'quota' }));
    renderWithApp(<StorageNotice />, { language: 'en' });
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent("The browser's storage is full");
    expect(notice).toHaveTextContent('You can export assessments to files from the list on the home page.');
  });

  it('lists damaged entries set aside, offers them as downloads, and removes one when asked', async () => {
    const files = captureDownloads();
    const kv = memoryStorage();
    const db = createLibraryDb(kv, {
      tab: 't',
      app: { name: 'x', version: '0.0.0' },
      now: () => '2026-03-14T12:00:00.000Z',
    });
    await db.save(assessment('good'), null);
    kv.data.set('assessment:broken', {
      rev: 1,
      tab: 't',
      file: { type: 'avoin-kunta-assessment', formatVersion: 1, hand: 'edited' },
    });
    await startPersistence({
      openDb: async () => db,
      openChannel: async () => ({ post() {}, close() {} }),
      listenToPage: false,
    });
    renderWithApp(<StorageNotice />, { language: 'en' });
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent(
      'One saved assessment was damaged and could not be opened. It has been set aside and kept',
    );
    expect(notice).toHaveTextContent('Saved entry broken');
    await userEvent.click(within(notice).getByRole('button', { name: 'Download as a file' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe('broken.set-aside.json');
    expect(JSON.parse(await blobText(files[0]!.blob))).toMatchObject({ rev: 1, file: { hand: 'edited' } });
    await userEvent.click(within(notice).getByRole('button', { name: 'Delete permanently' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect([...kv.data.keys()].filter((key) => key.startsWith('set-aside:'))).toEqual([]);
    expect(useLibrary.getState().assessments.good).toBeDefined();
  });

  it('asks what to do when another tab changed the same assessment', async () => {
    const kv = memoryStorage();
    const other = createLibraryDb(kv, {
      tab: 'other',
      app: { name: 'x', version: '0.0.0' },
      now: () => '2026-03-14T12:00:00.000Z',
    });
    await other.save(assessment('a-1'), null);
    await startPersistence({
      openDb: async () =>
        createLibraryDb(kv, {
          tab: 'me',
          app: { name: 'x', version: '0.0.0' },
          now: () => '2026-03-14T12:00:00.000Z',
        }),
      openChannel: async () => ({ post() {}, close() {} }),
      listenToPage: false,
      debounceMs: 60_000,
    });
    await other.save({ ...assessment('a-1'), facilitator: 'Toinen' }, 1);
    useLibrary.getState().update('a-1', (a) => ({ ...a, facilitator: 'Minä' }));
    const { flushLibrary } = await import('../../src/state/persist');
    await flushLibrary();
    renderWithApp(<StorageNotice />, { language: 'fi' });
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent(
      'Arviointia ”Hämeenlinna 14.3.2026” muutettiin toisessa välilehdessä tai ikkunassa',
    );
    expect(notice).toHaveTextContent('Mitään ei ole korvattu.');
    await userEvent.click(within(notice).getByRole('button', { name: 'Käytä toisen välilehden versiota' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(useLibrary.getState().assessments['a-1']?.facilitator).toBe('Toinen');
  });
});

describe('the library list', () => {
  it('lists saved assessments with name, municipality, date and progress, and continues one', async () => {
    useLibrary.setState({
      assessments: {
        old: assessment('old', { updatedAt: '2026-01-01T10:00:00.000Z', title: 'Vanha arviointi' }),
        recent: assessment('recent', {
          updatedAt: '2026-03-14T12:00:00.000Z',
          answers: { 'open-source.general.policy': { ...emptyAnswer(), current: 2 } },
        }),
      },
    });
    renderWithApp(<LibraryPanel />, { language: 'fi' });
    const library = screen.getByRole('region', { name: 'Tallennetut arvioinnit' });
    const items = within(library).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Hämeenlinna 14.3.2026',
      'Vanha arviointi',
    ]);
    const facts = () =>
      within(items[0]!)
        .getAllByRole('term')
        .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent?.trim()}`);
    expect(facts()).toEqual(['Kunta: Hämeenlinna', 'Arviointipäivä: 14.3.2026', 'Edistyminen: 1 vastattu']);
    // the total needs the questionnaire, loaded on demand (worded as on the answer screen)
    await waitFor(() => expect(facts()[2]).toMatch(/^Edistyminen: [01]\/\d+ vastattu$/), {
      timeout: 5000,
    });
    expect(within(items[0]!).getByRole('link', { name: 'Jatka: Hämeenlinna 14.3.2026' })).toHaveAttribute(
      'href',
      '#/a/recent/answer',
    );
    // every button of a card says which assessment it acts on
    for (const name of [
      'Nimeä uudelleen: Hämeenlinna 14.3.2026',
      'Kopioi: Hämeenlinna 14.3.2026',
      'Vie tiedostoon: Hämeenlinna 14.3.2026',
      'Poista: Hämeenlinna 14.3.2026',
    ]) {
      expect(within(items[0]!).getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it('shows dates and names in Swedish the Finland-Swedish way (26.11.2026), not Sweden’s', async () => {
    useLibrary.setState({ assessments: { a: assessment('a', { date: '2026-11-26' }) } });
    renderWithApp(<LibraryPanel />, { language: 'sv' });
    // progress is worded as on the answer screen, once the questionnaire has loaded
    expect(await screen.findByText(/^0\/\d+ besvarade$/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Tavastehus 26.11.2026' })).toBeInTheDocument();
    expect(screen.getByText('26.11.2026', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText(/^Ändrad 14\.3\.2026 /)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('says so when there is nothing saved', () => {
    renderWithApp(<LibraryPanel />, { language: 'sv' });
    expect(
      screen.getByText(/Det finns inga sparade bedömningar på den här enheten ännu/),
    ).toBeInTheDocument();
  });

  it('renames an assessment, starting from its current name, selected', async () => {
    const user = userEvent.setup();
    useLibrary.setState({ assessments: { a: assessment('a') } });
    renderWithApp(<LibraryPanel />, { language: 'en' });
    await user.click(screen.getByRole('button', { name: 'Rename: Hämeenlinna 14/03/2026' }));
    const field = screen.getByLabelText<HTMLInputElement>('Name');
    expect(field).toHaveFocus();
    expect(field).toHaveValue('Hämeenlinna 14/03/2026');
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    // keeping the name as shown leaves it untitled: the name still follows the language
    await user.click(screen.getByRole('button', { name: 'Save the name' }));
    expect(useLibrary.getState().assessments.a).not.toHaveProperty('title');
    await user.click(screen.getByRole('button', { name: 'Rename: Hämeenlinna 14/03/2026' }));
    // typing replaces the selected name
    await user.keyboard('Spring workshop');
    await user.click(screen.getByRole('button', { name: 'Save the name' }));
    expect(useLibrary.getState().assessments.a?.title).toBe('Spring workshop');
    expect(screen.getByRole('heading', { name: 'Spring workshop' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Rename: Spring workshop' })).toHaveFocus(),
    );
    await user.click(screen.getByRole('button', { name: 'Rename: Spring workshop' }));
    expect(screen.getByLabelText('Name')).toHaveValue('Spring workshop');
  });

  it('duplicates as a re-assessment with last year’s answers as the baseline', async () => {
    const user = userEvent.setup();
    useLibrary.setState({
      assessments: { a: assessment('a', { answers: { x: { ...emptyAnswer(), current: 3 } } }) },
    });
    renderWithApp(<LibraryPanel />, { language: 'fi' });
    await user.click(screen.getByRole('button', { name: 'Kopioi: Hämeenlinna 14.3.2026' }));
    expect(screen.getByLabelText('Ota vastaukset lähtötasoksi (uusinta-arviointi)')).toBeChecked();
    const date = screen.getByLabelText('Arviointipäivä');
    // the suggested name is the copy's own municipality and date, following the date typed; on the
    // source's own day that is the source's name too, and the hint says so
    await user.clear(date);
    await user.type(date, '14.3.2026');
    expect(screen.getByLabelText('Kopion nimi')).toHaveValue('Hämeenlinna 14.3.2026');
    expect(screen.getByLabelText('Kopion nimi')).toHaveAccessibleDescription(
      expect.stringContaining('Nimi on sama kuin alkuperäisellä'),
    );
    await user.clear(date);
    await user.type(date, '15.3.2027x');
    await user.click(screen.getByRole('button', { name: 'Luo kopio' }));
    expect(date).toHaveAccessibleDescription(expect.stringContaining('Anna päivä muodossa pp.kk.vvvv'));
    expect(Object.keys(useLibrary.getState().assessments)).toEqual(['a']);
    await user.type(date, '{Backspace}');
    await user.click(screen.getByRole('button', { name: 'Luo kopio' }));
    const copies = Object.values(useLibrary.getState().assessments).filter(
      (candidate) => candidate.id !== 'a',
    );
    expect(copies).toHaveLength(1);
    // the suggestion was kept: no title is stored, so the name is shown in each language
    expect(copies[0]).toMatchObject({ date: '2027-03-15' });
    expect(copies[0]).not.toHaveProperty('title');
    expect(copies[0]!.answers.x?.current).toBe(3);
    expect(await screen.findByText('Kopio ”Hämeenlinna 15.3.2027” luotiin.')).toHaveAttribute(
      'role',
      'status',
    );
    // focus goes to the new card's heading
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Hämeenlinna 15.3.2027' })).toHaveFocus());
  });

  it('names a copy in the display language unless the user typed a name', async () => {
    const user = userEvent.setup();
    useLibrary.setState({ assessments: { a: assessment('a') } });
    const { unmount } = renderWithApp(<LibraryPanel />, { language: 'fi' });
    await user.click(screen.getByRole('button', { name: 'Kopioi: Hämeenlinna 14.3.2026' }));
    const date = screen.getByLabelText('Arviointipäivä');
    await user.clear(date);
    await user.type(date, '2.4.2027');
    expect(screen.getByLabelText('Kopion nimi')).toHaveValue('Hämeenlinna 2.4.2027');
    expect(screen.getByLabelText('Kopion nimi')).toHaveAccessibleDescription(
      expect.stringContaining('näkyy aina valitulla kielellä'),
    );
    expect(screen.getByLabelText('Kopion nimi')).not.toHaveAccessibleDescription(
      expect.stringContaining('sama kuin alkuperäisellä'),
    );
    await user.click(screen.getByRole('button', { name: 'Luo kopio' }));
    unmount();
    renderWithApp(<LibraryPanel />, { language: 'sv' });
    expect(screen.getByRole('heading', { name: 'Tavastehus 2.4.2027' })).toBeInTheDocument();
    // a copy of a titled assessment is suggested a title of its own, kept as written
    act(() => useLibrary.getState().rename('a', 'Vårens verkstad'));
    await user.click(screen.getByRole('button', { name: 'Kopiera: Vårens verkstad' }));
    expect(screen.getByLabelText('Kopians namn')).toHaveValue('Vårens verkstad – förnyad bedömning');
    await user.clear(screen.getByLabelText('Kopians namn'));
    await user.type(screen.getByLabelText('Kopians namn'), 'Höstens verkstad');
    await user.click(screen.getByRole('button', { name: 'Skapa kopia' }));
    expect(
      Object.values(useLibrary.getState().assessments)
        .map((a) => a.title ?? null)
        .sort(),
    ).toEqual(['Höstens verkstad', 'Vårens verkstad', null]);
  });

  it('deletes with an undo that brings the assessment back', async () => {
    const user = userEvent.setup();
    useLibrary.setState({ assessments: { a: assessment('a') } });
    renderWithApp(<LibraryPanel />, { language: 'en' });
    await user.click(screen.getByRole('button', { name: 'Delete: Hämeenlinna 14/03/2026' }));
    expect(screen.queryByRole('heading', { name: 'Hämeenlinna 14/03/2026' })).toBeNull();
    expect(screen.getByText('“Hämeenlinna 14/03/2026” was deleted.')).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());
    await user.click(undo);
    expect(useLibrary.getState().assessments.a).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Hämeenlinna 14/03/2026' })).toBeInTheDocument();
    expect(screen.getByText('“Hämeenlinna 14/03/2026” was restored.')).toBeInTheDocument();
    // focus goes to the card that is back
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Hämeenlinna 14/03/2026' })).toHaveFocus(),
    );
  });

  it('exports the file and the answers as CSV with a byte-order mark and Finnish letters', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    useLibrary.setState({
      assessments: {
        a: assessment('a', {
          answers: {
            'open-source.general.policy': {
              ...emptyAnswer(),
              current: 2,
              notes: 'Päätös on yhä työn alla; äöå',
            },
          },
        }),
      },
    });
    renderWithApp(<LibraryPanel />, { language: 'fi' });
    const toggle = screen.getByRole('button', { name: 'Vie tiedostoon: Hämeenlinna 14.3.2026' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Vastaukset taulukkona (.csv)' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe('hameenlinna-2026-03-14.csv');
    const bytes = new Uint8Array(await files[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await blobText(files[0]!.blob);
    expect(text).toContain('Kohdan tunniste;Ulottuvuus;Vaiheet;Palvelualueet;Kysymys;Nykytaso');
    expect(text).toContain('"Päätös on yhä työn alla; äöå"');
    expect(screen.getByText('Tiedosto ”hameenlinna-2026-03-14.csv” luotiin.')).toBeInTheDocument();
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Arviointitiedosto (.json)' }));
    await waitFor(() => expect(files).toHaveLength(2));
    expect(files[1]!.name).toBe('hameenlinna-2026-03-14.avoinkunta.json');
  });
});

describe('undo and redo in an open assessment', () => {
  it('has buttons and Ctrl/Cmd+Z, Ctrl+Y, but leaves typing in a text field to the field', async () => {
    const user = userEvent.setup();
    useLibrary.setState({ assessments: { a: assessment('a') } });
    renderWithApp(
      <>
        <AssessmentToolbar assessmentId="a" />
        <textarea aria-label="Muistiinpanot" />
      </>,
      { language: 'fi' },
    );
    const undo = screen.getByRole('button', { name: 'Kumoa' });
    const redo = screen.getByRole('button', { name: 'Tee uudelleen' });
    expect(undo).toHaveAttribute('aria-disabled', 'true');
    act(() => useLibrary.getState().setAnswer('a', 'x', { current: 1 }));
    act(() => useLibrary.getState().setAnswer('a', 'x', { current: 2 }));
    expect(undo).toHaveAttribute('aria-disabled', 'false');
    await user.click(undo);
    expect(useLibrary.getState().assessments.a?.answers.x?.current).toBe(1);
    expect(screen.getByText('Viimeisin muutos kumottiin.')).toBeInTheDocument();
    await user.click(redo);
    expect(useLibrary.getState().assessments.a?.answers.x?.current).toBe(2);
    await user.keyboard('{Control>}z{/Control}');
    expect(useLibrary.getState().assessments.a?.answers.x?.current).toBe(1);
    await user.keyboard('{Meta>}z{/Meta}');
    expect(useLibrary.getState().assessments.a?.answers.x).toBeUndefined();
    await user.keyboard('{Control>}y{/Control}');
    expect(useLibrary.getState().assessments.a?.answers.x?.current).toBe(1);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(useLibrary.getState().assessments.a?.answers.x?.current).toBe(2);
    // in a text field Ctrl+Z belongs to the field
    await user.click(screen.getByLabelText('Muistiinpanot'));
    await user.keyboard('{Control>}z{/Control}');
    expect(useLibrary.getState().assessments.a?.answers.x?.current).toBe(2);
    // an exhausted history keeps focus on the button
    await user.click(redo);
    expect(redo).toHaveFocus();
  });
});
