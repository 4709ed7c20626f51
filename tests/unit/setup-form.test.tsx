import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createEmptyAssessment, emptyAnswer } from '../../src/domain/assessment/create';
import { SetupPage } from '../../src/features/setup/SetupPage';
import { loadDemoAssessment } from '../../src/state/demo';
import { useLibrary } from '../../src/state/store';
import { renderWithApp } from './support/render';

beforeEach(() => {
  useLibrary.setState({ assessments: {} });
  window.location.hash = '#/new';
});

async function renderNew(language: 'fi' | 'sv' | 'en' = 'fi') {
  const user = userEvent.setup();
  renderWithApp(<SetupPage />, { language });
  const submit = {
    fi: 'Luo arviointi ja aloita',
    sv: 'Skapa bedömningen och börja',
    en: 'Create the assessment and start',
  }[language];
  await screen.findByRole('button', { name: submit }, { timeout: 5000 });
  return { user, submit: () => user.click(screen.getByRole('button', { name: submit })) };
}

describe('setup form: validation and the error summary', { timeout: 20_000 }, () => {
  it('lists every error of an empty form in a summary that takes focus and links to the fields', async () => {
    const { user, submit } = await renderNew();
    await user.click(screen.getByRole('button', { name: /Lisää osallistuja/ }));
    await submit();

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Korjaa nämä kohdat' })).toBeInTheDocument();
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Valitse kunta listasta.',
      'Kirjoita fasilitaattorin nimi.',
      'Osallistuja 1: Kirjoita osallistujan nimi tai poista rivi.',
    ]);

    // each field shows its own error, wired to it
    const municipality = screen.getByRole('combobox', { name: 'Kunta' });
    expect(municipality).toHaveAttribute('aria-invalid', 'true');
    expect(municipality).toHaveAccessibleDescription(expect.stringContaining('Valitse kunta listasta.'));
    const facilitator = screen.getByRole('textbox', { name: 'Fasilitaattori' });
    expect(facilitator).toHaveAccessibleDescription(
      expect.stringContaining('Kirjoita fasilitaattorin nimi.'),
    );
    const name = screen.getByRole('textbox', { name: 'Nimi' });
    expect(name).toHaveAttribute('aria-invalid', 'true');

    // the links move focus to the fields without touching the route in the hash
    await user.click(links[0] as HTMLElement);
    expect(municipality).toHaveFocus();
    await user.click(links[1] as HTMLElement);
    expect(facilitator).toHaveFocus();
    await user.click(links[2] as HTMLElement);
    expect(name).toHaveFocus();
    expect(window.location.hash).toBe('#/new');
  });

  it('reports a missing date, service areas and phases, and links to the first checkbox', async () => {
    const { user, submit } = await renderNew();
    await user.clear(screen.getByLabelText('Arvioinnin päivä'));
    const areas = screen.getByRole('group', { name: 'Palvelualueet' });
    for (const box of within(areas).getAllByRole('checkbox')) await user.click(box);
    const phases = screen.getByRole('group', { name: 'Kehittämisen vaiheet' });
    for (const box of within(phases).getAllByRole('checkbox')) await user.click(box);
    await submit();

    const summary = await screen.findByRole('alert');
    const texts = within(summary)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Anna arvioinnin päivä.',
        'Valitse ainakin yksi palvelualue.',
        'Valitse ainakin yksi vaihe.',
      ]),
    );
    expect(areas).toHaveAccessibleDescription(expect.stringContaining('Valitse ainakin yksi palvelualue.'));
    await user.click(within(summary).getByRole('link', { name: 'Valitse ainakin yksi palvelualue.' }));
    expect(within(areas).getAllByRole('checkbox')[0]).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: 'Valitse ainakin yksi vaihe.' }));
    expect(within(phases).getAllByRole('checkbox')[0]).toHaveFocus();

    // fixing an error takes it off the list
    await user.click(within(phases).getAllByRole('checkbox')[0] as HTMLElement);
    await waitFor(() =>
      expect(within(screen.getByRole('alert')).queryByText('Valitse ainakin yksi vaihe.')).toBeNull(),
    );
  });

  it('refuses a date that is out of range', async () => {
    const { user, submit } = await renderNew('en');
    const date = screen.getByLabelText('Date of the assessment');
    await user.clear(date);
    await user.type(date, '1999-12-31');
    await submit();
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Enter a date between the years 2000 and 2099.' }),
    ).toBeVisible();
  });

  it('reads the date as it is written in Finland, whatever the browser, and explains a wrong one', async () => {
    const { user, submit } = await renderNew();
    const date = screen.getByLabelText('Arvioinnin päivä');
    expect(date).toHaveAttribute('type', 'text');
    await user.clear(date);
    await user.type(date, '26.11.26');
    await submit();
    const summary = await screen.findByRole('alert');
    const formatError = 'Kirjoita päivä muodossa pp.kk.vvvv, esimerkiksi 26.11.2026.';
    expect(within(summary).getByRole('link', { name: formatError })).toBeVisible();
    expect(date).toHaveAccessibleDescription(expect.stringContaining(formatError));

    await user.clear(date);
    await user.type(date, '30.2.2026');
    await submit();
    await waitFor(() =>
      expect(
        within(screen.getByRole('alert')).getByRole('link', {
          name: 'Tarkista päivä: sellaista päivää ei ole kalenterissa.',
        }),
      ).toBeVisible(),
    );

    // slashes and ISO dates are read too, and tidied when the field is left
    await user.clear(date);
    await user.type(date, '03/12/2026');
    await user.tab();
    expect(date).toHaveValue('3.12.2026');
    await user.clear(date);
    await user.type(date, '2026-12-04');
    await user.tab();
    expect(date).toHaveValue('4.12.2026');
  });

  it('speaks Swedish, validation messages included', async () => {
    const sv = await renderNew('sv');
    await sv.submit();
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Rätta till de här punkterna' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Välj en kommun i listan.' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Skriv facilitatorns namn.' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Ny bedömning' })).toBeInTheDocument();
  });

  it('creates the assessment with the chosen setup and opens answering', async () => {
    const { user, submit } = await renderNew();
    await user.type(screen.getByRole('combobox', { name: 'Kunta' }), 'helsingfors');
    await user.keyboard('{ArrowDown}{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Fasilitaattori' }), '  Fanni Fasilitaattori ');
    await user.clear(screen.getByLabelText('Arvioinnin päivä'));
    await user.type(screen.getByLabelText('Arvioinnin päivä'), '3.12.2026');
    await user.click(screen.getByRole('button', { name: /Lisää osallistuja/ }));
    await user.keyboard('Maija Meikäläinen');
    await user.type(screen.getByRole('combobox', { name: /Rooli/ }), 'Tietohallinto');
    await user.click(screen.getByRole('checkbox', { name: 'Henkilöstöhallinto' }));
    await user.click(screen.getByRole('radio', { name: 'Pikakartoitus' }));
    await submit();

    await waitFor(() => expect(Object.keys(useLibrary.getState().assessments)).toHaveLength(1));
    const [assessment] = Object.values(useLibrary.getState().assessments);
    expect(assessment?.municipality).toEqual({ code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors' } });
    expect(assessment?.facilitator).toBe('Fanni Fasilitaattori');
    expect(assessment?.date).toBe('2026-12-03');
    expect(assessment?.questionnaire.id).toBe('avoin-kunta');
    expect(assessment?.participants).toEqual([
      { id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'Maija Meikäläinen', role: 'Tietohallinto' },
    ]);
    expect(assessment?.scope.profile).toBe('quick');
    expect(assessment?.scope.areas).not.toContain('hr');
    expect(assessment?.scope.areas).toHaveLength(7);
    expect(assessment?.scope.phases).toEqual(['strategy', 'development', 'production']);
    expect(window.location.hash).toBe(`#/a/${assessment?.id}/answer`);
  });
});

describe('setup form: editing an existing assessment', { timeout: 20_000 }, () => {
  function seed() {
    const assessment = createEmptyAssessment({
      id: 'a1',
      questionnaire: { id: 'avoin-kunta', version: '1.0.0' },
      municipality: { code: '049', name: { fi: 'Espoo', sv: 'Esbo' }, population: 300_000 },
      date: '2026-11-26',
      facilitator: 'Fanni',
      participants: [
        { id: 'p1', name: 'Maija', role: 'Johto' },
        { id: 'p2', name: 'Matti', role: 'Hankinnat' },
      ],
      scope: { areas: ['land-use', 'finance'], phases: ['strategy'], profile: 'full' },
      now: '2026-11-26T08:00:00.000Z',
    });
    assessment.answers['x.general.y'] = {
      ...emptyAnswer(),
      current: 2,
      votes: { p1: 2, p2: 3 },
      dots: { p2: 1 },
    };
    useLibrary.setState({ assessments: { a1: assessment } });
  }

  it('shows the setup prefilled, saves changes and says so', async () => {
    seed();
    const user = userEvent.setup();
    renderWithApp(<SetupPage assessmentId="a1" />);
    const save = await screen.findByRole('button', { name: 'Tallenna muutokset' }, { timeout: 5000 });
    expect(screen.getByRole('heading', { level: 1, name: 'Perustiedot' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kunta' })).toHaveValue('Espoo (Esbo)');
    expect(screen.getByRole('textbox', { name: 'Fasilitaattori' })).toHaveValue('Fanni');
    expect(screen.getByRole('checkbox', { name: 'Maankäyttö' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Elinvoima' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Strategia' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Tuotanto ja tuki' })).not.toBeChecked();
    // Matti's workshop scores are at stake if he is removed
    expect(
      screen.getByText(/Osallistujalla on 2 työpajassa kirjattua arviota tai pisteääntä/),
    ).toBeInTheDocument();

    const facilitator = screen.getByRole('textbox', { name: 'Fasilitaattori' });
    await user.clear(facilitator);
    await user.type(facilitator, 'Fanni Fasilitaattori');
    await user.click(screen.getByRole('checkbox', { name: 'Elinvoima' }));
    await user.click(screen.getByRole('button', { name: /Poista: osallistuja 2, Matti/ }));
    await user.click(save);

    await waitFor(() => expect(screen.getByText('Muutokset tallennettu.')).toBeInTheDocument());
    const saved = useLibrary.getState().assessments.a1;
    expect(saved?.facilitator).toBe('Fanni Fasilitaattori');
    expect(saved?.municipality).toEqual({
      code: '049',
      name: { fi: 'Espoo', sv: 'Esbo' },
      population: 300_000,
    });
    expect(saved?.scope.areas).toEqual(['vitality', 'land-use', 'finance']);
    expect(saved?.participants.map((p) => p.name)).toEqual(['Maija']);
    // the removed participant's votes and dots went with him; the answer itself stays
    expect(saved?.answers['x.general.y']).toMatchObject({ current: 2, votes: { p1: 2 }, dots: {} });
    expect(window.location.hash).toBe('#/new');

    // a further change clears the "saved" message until the next save
    await user.type(facilitator, '!');
    await waitFor(() => expect(screen.queryByText('Muutokset tallennettu.')).toBeNull());
  });
  it('follows a change made elsewhere (an undo) until the user starts editing', async () => {
    seed();
    const user = userEvent.setup();
    renderWithApp(<SetupPage assessmentId="a1" />);
    const facilitator = await screen.findByRole('textbox', { name: 'Fasilitaattori' }, { timeout: 5000 });
    act(() => useLibrary.getState().update('a1', (a) => ({ ...a, facilitator: 'Olli Ohjaaja' })));
    await waitFor(() => expect(facilitator).toHaveValue('Olli Ohjaaja'));

    await user.type(facilitator, ' ja Fanni');
    act(() => useLibrary.getState().update('a1', (a) => ({ ...a, date: '2027-01-15' })));
    // the user's unsaved edit is not thrown away
    expect(facilitator).toHaveValue('Olli Ohjaaja ja Fanni');
    expect(screen.getByLabelText('Arvioinnin päivä')).toHaveValue('26.11.2026');
  });
});

describe('setup form: the demo assessment', { timeout: 20_000 }, () => {
  it('edits the fictional Esimerkkilä, which is not on the official list, and keeps it', async () => {
    const demo = await loadDemoAssessment('2026-11-26T09:00:00.000Z');
    useLibrary.setState({ assessments: { [demo.id]: demo } });
    const user = userEvent.setup();
    renderWithApp(<SetupPage assessmentId={demo.id} />);
    const save = await screen.findByRole('button', { name: 'Tallenna muutokset' }, { timeout: 5000 });
    expect(screen.getByRole('combobox', { name: 'Kunta' })).toHaveValue(
      'Esimerkkilä (esimerkki) / Exempelby (exempel)',
    );
    expect(screen.getAllByRole('textbox', { name: 'Nimi' })).toHaveLength(4);
    await user.click(save);
    await waitFor(() => expect(screen.getByText('Muutokset tallennettu.')).toBeInTheDocument());
    expect(screen.queryByRole('alert')).toBeNull();
    const saved = useLibrary.getState().assessments[demo.id];
    expect(saved?.municipality).toEqual(demo.municipality);
    expect(saved?.answers).toEqual(demo.answers);
  });
});
