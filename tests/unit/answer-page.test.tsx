import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AnswerPage, AnswerView } from '../../src/features/answer/AnswerPage';
import type { Language } from '../../src/domain/language';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { useRoute } from '../../src/state/router';
import { useLibrary } from '../../src/state/store';
import { assessment, item, questionnaire, type AnswerSpec } from '../support/fixtures';
import { renderWithApp } from './support/render';

// user-event drives whole cards (typing URLs, notes): on a busy machine that outlasts the 5 s default
vi.setConfig({ testTimeout: 20_000 });

// jsdom has no modal dialogs and no scrolling; stand-ins with the same observable effect
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
});

const q: Questionnaire = questionnaire([
  item({ id: 'open-source.general.policy', phases: ['strategy'] }),
  item({ id: 'open-apis.general.catalogue', phases: ['strategy'] }),
  item({ id: 'open-data.land-use.maps', phases: ['strategy'], areas: ['land-use'] }),
  item({ id: 'open-source.general.code', phases: ['development'] }),
]);

const id = 'assessment-1';

function seed(answers: Record<string, AnswerSpec> = {}, areas = ['land-use', 'finance']) {
  const a = assessment(q, answers, { id, areas, phases: ['strategy', 'development'] });
  useLibrary.setState({ assessments: { [id]: a } });
}

function answerOf(itemId: string) {
  return useLibrary.getState().assessments[id]?.answers[itemId];
}

/** The view as the app routes it: the section comes from the hash. */
function Routed() {
  const route = useRoute();
  return (
    <AnswerView
      assessmentId={id}
      questionnaire={q}
      section={route.page === 'assessment' ? route.section : undefined}
    />
  );
}

function open(hash = `#/a/${id}/answer`, language: Language = 'fi') {
  window.location.hash = hash;
  return renderWithApp(<Routed />, { language });
}

function card(question: string): HTMLElement {
  const heading = screen.getByRole('heading', { name: question });
  const article = heading.closest('article');
  if (!article) throw new Error(`no card for ${question}`);
  return article;
}

beforeEach(() => {
  useLibrary.setState({ assessments: {} });
  window.location.hash = '';
});

describe('answer screen: sections and stepper', () => {
  it('opens the first section with unanswered items and names it in the address', async () => {
    seed({ 'open-source.general.policy': 3, 'open-apis.general.catalogue': 'unknown' });
    open();
    expect(
      screen.getByRole('heading', { level: 2, name: 'strategy (fi): land-use (fi)' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toBe(`#/a/${id}/answer/strategy.land-use`));
    expect(screen.getByRole('link', { current: 'step' })).toHaveAccessibleName('land-use (fi) 0/1 vastattu');
  });

  it('shows every section under its phase with progress and a done mark', () => {
    seed({ 'open-source.general.policy': 3, 'open-apis.general.catalogue': 'not-applicable' });
    open(`#/a/${id}/answer/strategy.general`);
    const nav = screen.getByRole('navigation', { name: 'Arvioinnin osiot' });
    expect(
      within(nav)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['strategy (fi)', 'development (fi)']);
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.getAttribute('aria-label') ?? link.textContent),
    ).toHaveLength(3);
    expect(within(nav).getByRole('link', { name: 'Koko kunta 2/2 vastattu, valmis' })).toHaveAttribute(
      'aria-current',
      'step',
    );
    expect(within(nav).getByRole('link', { name: 'land-use (fi) 0/1 vastattu' })).toBeInTheDocument();
    expect(screen.getByText('2/2 vastattu', { selector: '.answer-section-progress' })).toBeInTheDocument();
  });

  it('moves focus to the section heading when the section changes', async () => {
    const user = userEvent.setup();
    seed();
    open(`#/a/${id}/answer/strategy.general`);
    await user.click(screen.getByRole('link', { name: /Seuraava osio/ }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'strategy (fi): land-use (fi)' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('link', { current: 'step' })).toHaveAccessibleName('land-use (fi) 0/1 vastattu');
    // stepper links lead the same way
    await user.click(screen.getByRole('link', { name: 'Koko kunta 0/1 vastattu' }));
    const development = await screen.findByRole('heading', {
      level: 2,
      name: 'development (fi): Koko kunta',
    });
    await waitFor(() => expect(development).toHaveFocus());
    // the last section leads to the results
    expect(screen.getByRole('link', { name: /Siirry tuloksiin/ })).toHaveAttribute(
      'href',
      `#/a/${id}/results`,
    );
    await user.click(screen.getByRole('link', { name: /Edellinen osio/ }));
    await waitFor(() => expect(window.location.hash).toBe(`#/a/${id}/answer/strategy.land-use`));
  });

  it('falls back to the default section for an unknown section id', async () => {
    seed();
    open(`#/a/${id}/answer/no-such.section`);
    expect(screen.getByRole('heading', { level: 2, name: 'strategy (fi): Koko kunta' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toBe(`#/a/${id}/answer/strategy.general`));
  });

  it('says so, with a way to the setup, when the scope holds no items', () => {
    useLibrary.setState({
      assessments: { [id]: assessment(q, {}, { id, areas: ['finance'], phases: ['production'] }) },
    });
    open();
    expect(screen.getByText(/Arvioinnin rajaukseen ei kuulu yhtään kysymystä/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Muokkaa perustietoja' })).toHaveAttribute(
      'href',
      `#/a/${id}/setup`,
    );
  });
});

describe('answer screen: an item', () => {
  it('shows the question, the help text and the six descriptors, and saves the chosen level at once', async () => {
    const user = userEvent.setup();
    seed();
    open(`#/a/${id}/answer/strategy.general`);
    const policy = card('question of open-source.general.policy (fi)');
    expect(within(policy).getByText('help for open-source.general.policy (fi)')).toBeVisible();
    expect(within(policy).getByText('Kysymys 1/2')).toBeInTheDocument();
    expect(within(policy).getByText('open-source (fi)')).toBeInTheDocument();
    const group = within(policy).getByRole('radiogroup', {
      name: 'question of open-source.general.policy (fi) Nykyinen taso',
    });
    for (let level = 0; level <= 5; level++) {
      expect(
        within(group).getByRole('radio', { name: `${level} level ${level} (fi)` }),
      ).toHaveAccessibleDescription(`open-source.general.policy at level ${level} (fi)`);
    }
    expect(within(group).getByRole('radio', { name: 'Ei koske kuntaa' })).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: 'En osaa sanoa' })).toBeInTheDocument();

    await user.click(within(group).getByRole('radio', { name: '2 level 2 (fi)' }));
    expect(answerOf('open-source.general.policy')?.current).toBe(2);
    // progress follows
    expect(screen.getByText('1/2 vastattu', { selector: '.answer-section-progress' })).toBeInTheDocument();
    expect(screen.getByRole('link', { current: 'step' })).toHaveAccessibleName('Koko kunta 1/2 vastattu');
  });

  it('records the target, flags a target below the current level, and records confidence and notes', async () => {
    const user = userEvent.setup();
    seed({ 'open-source.general.policy': 3 });
    open(`#/a/${id}/answer/strategy.general`);
    const policy = card('question of open-source.general.policy (fi)');
    const target = within(policy).getByRole('combobox', { name: 'Tavoitetaso' });
    // levels at or above the current one come first, as the suggestion
    const groups = within(target).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('label'))).toEqual([
      'Nykyinen taso tai ylempi',
      'Alempi kuin nykyinen taso',
    ]);
    expect(
      within(groups[0]!)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['3 – level 3 (fi)', '4 – level 4 (fi)', '5 – level 5 (fi)']);
    await user.selectOptions(target, '5');
    expect(answerOf('open-source.general.policy')?.target).toBe(5);
    expect(within(policy).queryByText(/on alempi kuin nykyinen taso/)).not.toBeInTheDocument();
    await user.selectOptions(target, '1');
    expect(answerOf('open-source.general.policy')?.target).toBe(1);
    expect(target).toHaveAccessibleDescription('Huomaa: tavoitetaso 1 on alempi kuin nykyinen taso 3.');
    await user.selectOptions(target, '');
    expect(answerOf('open-source.general.policy')?.target).toBeNull();

    await user.click(within(policy).getByRole('radio', { name: 'Kohtalainen' }));
    expect(answerOf('open-source.general.policy')?.confidence).toBe('medium');

    const notes = within(policy).getByRole('textbox', { name: 'Muistiinpanot' });
    await user.type(notes, 'Linjaus 2025');
    expect(answerOf('open-source.general.policy')?.notes).toBe('Linjaus 2025');
    expect(notes).toHaveAccessibleDescription(/^12\/5\s000 merkkiä$/);
    expect(notes).toHaveAttribute('maxlength', '5000');
  });

  it("adds evidence links, refuses anything but http(s) with an error in the user's language, and removes links", async () => {
    const user = userEvent.setup();
    seed();
    open(`#/a/${id}/answer/strategy.general`);
    const policy = card('question of open-source.general.policy (fi)');
    const input = within(policy).getByRole('textbox', { name: 'Uuden linkin osoite' });
    const add = within(policy).getByRole('button', { name: 'Lisää linkki' });

    await user.type(input, 'javascript:alert(1)');
    await user.click(add);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      expect.stringContaining('Vain http- ja https-alkuiset osoitteet käyvät.'),
    );
    expect(answerOf('open-source.general.policy')).toBeUndefined();

    await user.clear(input);
    await user.type(input, 'www.kunta.fi/linjaus');
    await user.click(add);
    expect(within(policy).getByText(/Osoite ei kelpaa/)).toBeInTheDocument();

    await user.clear(input);
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.type(input, 'https://www.kunta.fi/linjaus.pdf{Enter}');
    expect(answerOf('open-source.general.policy')?.evidence).toEqual(['https://www.kunta.fi/linjaus.pdf']);
    const link = within(policy).getByRole('link', { name: 'https://www.kunta.fi/linjaus.pdf' });
    expect(link).toHaveAttribute('href', 'https://www.kunta.fi/linjaus.pdf');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(input).toHaveValue('');

    await user.type(input, 'https://www.kunta.fi/linjaus.pdf{Enter}');
    expect(within(policy).getByText('Tämä linkki on jo lisätty.')).toBeInTheDocument();

    await user.click(
      within(policy).getByRole('button', { name: 'Poista linkki https://www.kunta.fi/linjaus.pdf' }),
    );
    expect(answerOf('open-source.general.policy')?.evidence).toEqual([]);
    expect(within(policy).getByText('Ei linkkejä.')).toBeInTheDocument();
    expect(input).toHaveFocus();
  });

  it('speaks Swedish: labels, descriptors and errors', async () => {
    const user = userEvent.setup();
    seed();
    open(`#/a/${id}/answer/strategy.general`, 'sv');
    const policy = card('question of open-source.general.policy (sv)');
    expect(within(policy).getByRole('radio', { name: '3 level 3 (sv)' })).toHaveAccessibleDescription(
      'open-source.general.policy at level 3 (sv)',
    );
    expect(within(policy).getByRole('radio', { name: 'Gäller inte kommunen' })).toBeInTheDocument();
    expect(within(policy).getByRole('radio', { name: 'Vet inte' })).toBeInTheDocument();
    await user.type(
      within(policy).getByRole('textbox', { name: 'Adress till ny länk' }),
      'ftp://x.fi{Enter}',
    );
    expect(
      within(policy).getByText('Endast adresser som börjar med http eller https kan användas.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Bedömningens avsnitt' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'strategy (sv): Hela kommunen' }),
    ).toBeInTheDocument();
  });
});

describe('answer screen: keyboard', () => {
  it('sets the level of the focused item with 0–5, N and D, and keeps focus on the chosen option', async () => {
    const user = userEvent.setup();
    seed();
    open(`#/a/${id}/answer/strategy.general`);
    const policy = card('question of open-source.general.policy (fi)');
    within(policy).getByRole('radio', { name: '0 level 0 (fi)' }).focus();
    await user.keyboard('4');
    expect(answerOf('open-source.general.policy')?.current).toBe(4);
    const four = within(policy).getByRole('radio', { name: '4 level 4 (fi)' });
    expect(four).toBeChecked();
    expect(four).toHaveFocus();
    await user.keyboard('n');
    expect(answerOf('open-source.general.policy')?.current).toBe('not-applicable');
    expect(within(policy).getByRole('radio', { name: 'Ei koske kuntaa' })).toHaveFocus();
    await user.keyboard('D');
    expect(answerOf('open-source.general.policy')?.current).toBe('unknown');
    await user.keyboard('0');
    expect(answerOf('open-source.general.policy')?.current).toBe(0);

    // from another control of the card the level is set too, and announced
    within(policy).getByRole('radio', { name: 'Korkea' }).focus();
    await user.keyboard('5');
    expect(answerOf('open-source.general.policy')?.current).toBe(5);
    expect(within(policy).getByRole('radio', { name: 'Korkea' })).toHaveFocus();
    expect(screen.getByText('Valittu: 5 level 5 (fi)')).toBeInTheDocument();
  });

  it('leaves keys alone in text fields and outside the list of questions', async () => {
    const user = userEvent.setup();
    seed();
    open(`#/a/${id}/answer/strategy.general`);
    const policy = card('question of open-source.general.policy (fi)');
    await user.type(within(policy).getByRole('textbox', { name: 'Muistiinpanot' }), '3 n j u ?');
    expect(answerOf('open-source.general.policy')?.current).toBeNull();
    expect(answerOf('open-source.general.policy')?.notes).toBe('3 n j u ?');
    expect(document.querySelector('dialog[open]')).toBeNull();
    // the stepper is outside the list: digits there do nothing
    screen.getByRole('link', { name: /^land-use \(fi\)/ }).focus();
    await user.keyboard('3');
    expect(answerOf('open-data.land-use.maps')).toBeUndefined();
    // nor do Ctrl combinations inside it
    within(policy).getByRole('radio', { name: '1 level 1 (fi)' }).focus();
    await user.keyboard('{Control>}2{/Control}');
    expect(answerOf('open-source.general.policy')?.current).toBeNull();
  });

  it('moves to the next and previous item with J/K and Alt+arrows, across sections', async () => {
    const user = userEvent.setup();
    seed();
    open(`#/a/${id}/answer/strategy.general`);
    const policy = card('question of open-source.general.policy (fi)');
    within(policy).getByRole('radio', { name: '0 level 0 (fi)' }).focus();
    await user.keyboard('j');
    const catalogue = card('question of open-apis.general.catalogue (fi)');
    expect(within(catalogue).getByRole('radio', { name: '0 level 0 (fi)' })).toHaveFocus();
    await user.keyboard('k');
    expect(within(policy).getByRole('radio', { name: '0 level 0 (fi)' })).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(within(catalogue).getByRole('radio', { name: '0 level 0 (fi)' })).toHaveFocus();
    // past the last item of the section: the next section opens with its first item focused
    await user.keyboard('j');
    await waitFor(() => expect(window.location.hash).toBe(`#/a/${id}/answer/strategy.land-use`));
    await waitFor(() =>
      expect(
        within(card('question of open-data.land-use.maps (fi)')).getByRole('radio', {
          name: '0 level 0 (fi)',
        }),
      ).toHaveFocus(),
    );
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(window.location.hash).toBe(`#/a/${id}/answer/strategy.general`));
  });

  it('jumps to the next unanswered item with U, in another section if need be', async () => {
    const user = userEvent.setup();
    seed({ 'open-apis.general.catalogue': 2, 'open-data.land-use.maps': 1 });
    open(`#/a/${id}/answer/strategy.general`);
    const policy = card('question of open-source.general.policy (fi)');
    within(policy).getByRole('radio', { name: '3 level 3 (fi)' }).focus();
    await user.keyboard('3');
    await user.keyboard('u');
    await waitFor(() => expect(window.location.hash).toBe(`#/a/${id}/answer/development.general`));
    await waitFor(() =>
      expect(
        within(card('question of open-source.general.code (fi)')).getByRole('radio', {
          name: '0 level 0 (fi)',
        }),
      ).toHaveFocus(),
    );
    await user.keyboard('2');
    await user.keyboard('u');
    // nothing left: a note at the top of the section says so, and its link to the results has focus
    const toResults = document.activeElement;
    expect(toResults).toHaveAccessibleName('Siirry tuloksiin');
    expect(toResults).toHaveAttribute('href', `#/a/${id}/results`);
    expect(toResults?.closest('p')).toHaveTextContent('Kaikkiin kysymyksiin on vastattu. Siirry tuloksiin');
    expect(
      screen.getByText('Kaikkiin kysymyksiin on vastattu.', { selector: '.answer-sr-only' }),
    ).toBeInTheDocument();
    // the note stays with the section it was asked in
    await user.click(screen.getByRole('link', { name: /Edellinen osio/ }));
    await screen.findByRole('heading', { level: 2, name: 'strategy (fi): land-use (fi)' });
    expect(screen.queryByText(/Kaikkiin kysymyksiin on vastattu\. Siirry/)).toBeNull();
  });

  it('says so when the item in focus is the only one left, and shows no note', async () => {
    const user = userEvent.setup();
    seed({ 'open-apis.general.catalogue': 2, 'open-data.land-use.maps': 1, 'open-source.general.code': 0 });
    open(`#/a/${id}/answer/strategy.general`);
    const radio = within(card('question of open-source.general.policy (fi)')).getByRole('radio', {
      name: '1 level 1 (fi)',
    });
    radio.focus();
    await user.keyboard('u');
    expect(radio).toHaveFocus();
    expect(screen.getByText('Tämä on ainoa vastaamaton kysymys.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Siirry tuloksiin' })).toBeNull();
  });

  it('shows the note in Swedish', async () => {
    const user = userEvent.setup();
    seed({
      'open-source.general.policy': 1,
      'open-apis.general.catalogue': 2,
      'open-data.land-use.maps': 1,
      'open-source.general.code': 0,
    });
    open(`#/a/${id}/answer/strategy.general`, 'sv');
    await user.click(screen.getByRole('button', { name: /Nästa obesvarade/ }));
    expect(document.activeElement).toHaveAccessibleName('Gå till resultaten');
    expect(document.activeElement?.closest('p')).toHaveTextContent('Alla frågor är besvarade.');
  });

  it('has a button for the next unanswered item', async () => {
    const user = userEvent.setup();
    seed({ 'open-source.general.policy': 1 });
    open(`#/a/${id}/answer/strategy.general`);
    await user.click(screen.getByRole('button', { name: /Seuraava vastaamaton/ }));
    expect(
      within(card('question of open-apis.general.catalogue (fi)')).getByRole('radio', {
        name: '0 level 0 (fi)',
      }),
    ).toHaveFocus();
  });

  it('lists the shortcuts in a dialog opened with ? or H, and returns focus when it closes', async () => {
    const user = userEvent.setup();
    seed();
    open(`#/a/${id}/answer/strategy.general`);
    const radio = within(card('question of open-source.general.policy (fi)')).getByRole('radio', {
      name: '2 level 2 (fi)',
    });
    radio.focus();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Pikanäppäimet' });
    expect(dialog).toHaveAttribute('open');
    const rows = within(dialog).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '0 1 2 3 4 5Valitse taso 0–5',
      'NEi koske kuntaa',
      'DEn osaa sanoa',
      'J tai Alt + ↓Seuraava kysymys',
      'K tai Alt + ↑Edellinen kysymys',
      'USeuraava vastaamaton kysymys, tarvittaessa toisesta osiosta',
      '? tai HAvaa tämä ohje',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Sulje' }));
    expect(dialog).not.toHaveAttribute('open');
    expect(radio).toHaveFocus();
    // the level did not change on the way
    expect(answerOf('open-source.general.policy')).toBeUndefined();

    await user.keyboard('h');
    expect(dialog).toHaveAttribute('open');
    // Escape closes a modal dialog in a browser; jsdom has no such behaviour, so close it as Escape would
    act(() => (dialog as HTMLDialogElement).close());
    expect(radio).toHaveFocus();

    await user.click(screen.getByRole('button', { name: /Pikanäppäimet/ }));
    expect(dialog).toHaveAttribute('open');
  });
});

// the real questionnaire is large: loading and rendering it takes a few seconds in jsdom
describe('AnswerPage', () => {
  it('loads the real questionnaire and opens its first section', async () => {
    useLibrary.setState({
      assessments: {
        [id]: {
          ...assessment(q, {}, { id }),
          questionnaire: { id: 'avoin-kunta', version: '1.0.0' },
          scope: { areas: ['land-use'], phases: ['strategy', 'production'], profile: 'full' },
        },
      },
    });
    window.location.hash = `#/a/${id}/answer`;
    renderWithApp(<AnswerPage assessmentId={id} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Arviointi' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Kysymyksiä ladataan…');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Strategia: Koko kunta' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Arvioinnin osiot' });
    expect(
      within(nav)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['Strategia', 'Tuotanto ja tuki']);
    // the title is set in an effect, which React may run a little after the paint
    await waitFor(() =>
      expect(document.title).toBe('Strategia: Koko kunta – Arviointi – Avoin kunta -työpaja'),
    );
    // the first cards at once, the rest of the section right after
    expect(screen.getAllByRole('radiogroup', { name: /Nykyinen taso$/ }).length).toBeGreaterThan(3);
    await waitFor(() =>
      expect(screen.getAllByRole('radiogroup', { name: /Nykyinen taso$/ }).length).toBeGreaterThan(5),
    );
    // an item of both phases in scope is asked under strategy and says it counts in production
    // too; development is not in scope, so no card names it
    await waitFor(() =>
      expect(screen.getAllByText('Koskee myös: Tuotanto ja tuki').length).toBeGreaterThan(0),
    );
    expect(screen.queryByText(/Koskee myös: .*Kehitysprojektit/)).toBeNull();
  });

  it('says so when the assessment is not on this device', () => {
    renderWithApp(<AnswerPage assessmentId="missing" />);
    expect(screen.getByText(/Tällä laitteella ei ole arviointia/)).toBeInTheDocument();
  });
});

describe('answer screen: evidence from a file', () => {
  it('shows an address that is not http(s) as plain text, never as a link', () => {
    seed({ 'open-source.general.policy': { evidence: ['https://kunta.fi/a', 'javascript:alert(1)'] } });
    open(`#/a/${id}/answer/strategy.general`);
    const policy = card('question of open-source.general.policy (fi)');
    expect(within(policy).getByRole('link', { name: 'https://kunta.fi/a' })).toBeInTheDocument();
    expect(within(policy).getByText('javascript:alert(1)').closest('a')).toBeNull();
  });
});
