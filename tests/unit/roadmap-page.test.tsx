import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import questionnaireFile from '../../questionnaires/avoin-kunta.json';
import { createEmptyAssessment, emptyAnswer } from '../../src/domain/assessment/create';
import type { Answer, Assessment } from '../../src/domain/assessment/schema';
import type { Language } from '../../src/domain/language';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { RoadmapPage } from '../../src/features/roadmap/RoadmapPage';
import { useLibrary } from '../../src/state/store';
import { renderWithApp } from './support/render';

// A catalog the test controls: one open-source API gateway and one closed integration service,
// both tagged "api-management"; nothing matches the open-source policy step.
const catalogState = vi.hoisted(() => {
  const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });
  const provider = (id: string, name: string) => ({
    id,
    name,
    kind: 'company' as const,
    member: true,
    url: `https://${id}.example.fi/`,
  });
  const offerings = [
    {
      id: 'api-gateway',
      name: 'Rajapintayhdyskäytävä',
      provider: provider('avoin-integraatio', 'Avoin Integraatio Oy'),
      type: 'product' as const,
      description: text('Rajapintojen hallinta.', 'Hantering av gränssnitt.', 'API management.'),
      phases: 'all' as const,
      areas: 'all' as const,
      dimensions: ['open-apis'],
      tags: ['api-management'],
      licence: {
        spdx: 'EUPL-1.2',
        open: text(
          'Lähdekoodi ja dokumentaatio.',
          'Källkod och dokumentation.',
          'Source code and documentation.',
        ),
        closed: text(
          'Ylläpitopalvelun valvontatyökalut.',
          'Övervakningsverktygen i driftstjänsten.',
          'The monitoring tools of the hosting service.',
        ),
      },
      pricing: {
        model: 'daily' as const,
        from: 900,
        to: 1200,
        unit: text('asiantuntijapäivä', 'expertdag', 'expert day'),
      },
    },
    {
      id: 'api-integration',
      name: 'Integraatiopalvelu',
      provider: provider('suljettu-palvelu', 'Palvelu Oy'),
      type: 'integration' as const,
      description: text('Integraatiot.', 'Integrationer.', 'Integrations.'),
      phases: 'all' as const,
      areas: 'all' as const,
      dimensions: ['open-apis'],
      tags: ['api-management'],
      licence: {
        spdx: null,
        open: text(
          'Rajapintakuvaukset ovat julkisia.',
          'Gränssnittsbeskrivningarna är offentliga.',
          'The API descriptions are public.',
        ),
        closed: text('Palvelun ohjelmisto.', 'Tjänstens programvara.', 'The software of the service.'),
      },
      pricing: {
        model: 'quote' as const,
        from: null,
        to: null,
        unit: text('käyttöönotto ja tuki', 'införande och support', 'implementation and support'),
      },
    },
  ];
  return { offerings: offerings as unknown[] };
});

vi.mock('../../src/state/catalog', () => ({
  loadActiveCatalog: async () => catalogState.offerings,
  useActiveCatalog: () => ({
    catalog: {
      catalog: {
        title: { fi: 'Testiluettelo', sv: 'Testkatalog', en: 'Test catalogue' },
        updated: '2026-11-01',
      },
      offerings: catalogState.offerings,
      source: 'starter',
      importedAt: null,
      problem: null,
    },
  }),
}));

const questionnaire = questionnaireFile as unknown as Questionnaire;
const id = 'roadmap-test';

/** The action text that lifts `itemId` from level `from`, as the step's title. */
function title(itemId: string, from: number, language: Language = 'fi'): string {
  const item = questionnaire.items.find((i) => i.id === itemId);
  const text = item?.actions[from]?.text[language];
  if (!text) throw new Error(`no action ${itemId}@${from}`);
  return text;
}

const principles1 = title('open-apis.general.api-principles', 1); // api-principles@1-2
const catalogue = title('open-apis.general.api-catalogue', 0); // needs api-principles at level 2
const policy = title('open-source.general.policy', 1);
const analytics = title('open-data.general.knowledge-based-management', 0);
const ryhti = title('open-apis.land-use.ryhti-interface', 1);

/**
 * An assessment of the real questionnaire for land use and IT: API principles 0 → 2 (the API
 * catalogue needs them at level 2), an open-source policy 1 → 2, knowledge-based management (an
 * ethics item) and the Ryhti interface, which has a legal deadline.
 */
function seed(overrides: Partial<Assessment> = {}): Assessment {
  const base = createEmptyAssessment({
    id,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    municipality: { code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors' } },
    date: '2026-03-01',
    scope: {
      areas: ['land-use', 'information-management'],
      phases: ['strategy', 'development', 'production'],
      profile: 'full',
    },
    now: '2026-03-01T09:00:00.000Z',
  });
  const answer = (current: number, target: number) => ({ ...emptyAnswer(), current, target });
  const assessment: Assessment = {
    ...base,
    answers: {
      'open-apis.general.api-principles': answer(0, 2),
      'open-apis.general.api-catalogue': answer(0, 1),
      'open-source.general.policy': answer(1, 2),
      'open-data.general.knowledge-based-management': answer(0, 1),
      'open-apis.land-use.ryhti-interface': answer(1, 3),
    },
    ...overrides,
  };
  useLibrary.setState({ assessments: { [id]: assessment } });
  return assessment;
}

const stored = (): Assessment => {
  const assessment = useLibrary.getState().assessments[id];
  if (!assessment) throw new Error('assessment gone');
  return assessment;
};

async function renderPage(language: Language = 'fi') {
  const user = userEvent.setup();
  renderWithApp(<RoadmapPage assessmentId={id} />, { language });
  await screen.findByRole('region', { name: /^Nyt|^Nu|^Now/ }, { timeout: 5000 });
  return user;
}

const column = (name: RegExp) => screen.getByRole('region', { name });
const card = (name: string) => screen.getByRole('article', { name });

const allOfferings = catalogState.offerings;

beforeEach(() => {
  useLibrary.setState({ assessments: {}, history: {} });
  catalogState.offerings = allOfferings;
});

// The page is large (every step with its details), and role queries over it take a while in jsdom.
describe('roadmap page', { timeout: 30_000 }, () => {
  it('shows Now, Next and Later with counts against capacity, and each step with what, why, cost and route', async () => {
    seed();
    const user = await renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Kehittämisohjelma' })).toBeInTheDocument();
    const now = column(/^Nyt 0–6 kk/);
    const next = column(/^Seuraavaksi 6–18 kk/);
    const later = column(/^Myöhemmin 18–36 kk/);
    expect(within(now).getByText('5 askelta, kapasiteetti 5')).toBeInTheDocument();
    expect(within(now).getByText('5 / 5')).toBeInTheDocument();
    expect(within(next).getByText('2 / 10')).toBeInTheDocument();
    expect(within(later).getByText('Tässä aikajänteessä ei ole askeleita.')).toBeInTheDocument();

    const step = within(now).getByRole('article', { name: principles1 });
    expect(within(step).getByRole('heading', { level: 3, name: principles1 })).toBeInTheDocument();
    // why: the item and its current and target levels
    expect(within(step).getByText(/nyt 0, tavoite 2/)).toBeInTheDocument();
    expect(within(step).getByText(/nostaa tason 1 .* tasolle 2/)).toBeInTheDocument();
    expect(within(step).getByText('Kaikki arvioinnin palvelualueet (2)')).toBeInTheDocument();
    expect(within(step).getByText(/^(Pieni|Keskisuuri|Suuri)$/)).toBeInTheDocument();
    // procurement: route, threshold in Finnish money format and its source
    expect(within(step).getByText('Suorahankinta mahdollinen')).toBeInTheDocument();
    expect(within(step).getByText(/alittaa kansallisen kynnysarvon 60\s000\s€/)).toBeInTheDocument();
    expect(within(step).getByRole('link', { name: /1397\/2016/ })).toHaveAttribute(
      'href',
      expect.stringContaining('finlex.fi'),
    );
    expect(within(step).getByText(/useaa palvelualuetta/)).toBeInTheDocument();
    // offerings: names at once, then provider, what is open (SPDX), what is not, and pricing
    const offerings = within(step).getByRole('region', { name: 'Verkoston tarjooma' });
    await user.click(
      within(offerings).getByText(
        '2 sopivaa tuotetta tai palvelua: Integraatiopalvelu ja Rajapintayhdyskäytävä',
      ),
    );
    const gateway = within(offerings).getByText('Rajapintayhdyskäytävä').closest('li') as HTMLElement;
    expect(within(gateway).getByRole('link', { name: 'Avoin Integraatio Oy' })).toBeInTheDocument();
    expect(within(gateway).getByText('EUPL-1.2')).toBeInTheDocument();
    expect(within(gateway).getByText(/Lähdekoodi ja dokumentaatio\./)).toBeInTheDocument();
    expect(within(gateway).getByText('Ylläpitopalvelun valvontatyökalut.')).toBeInTheDocument();
    expect(within(gateway).getByText(/Päivähinta: 900–1\s200\s€ \(asiantuntijapäivä\)/)).toBeInTheDocument();
    const service = within(offerings).getByText('Integraatiopalvelu').closest('li') as HTMLElement;
    expect(within(service).getByText('Ei avointa lisenssiä')).toBeInTheDocument();
    expect(
      within(service).getByText(/ei avointa lisenssiä\. Rajapintakuvaukset ovat julkisia\./),
    ).toBeInTheDocument();
    expect(within(service).getByText('Tarjouksen mukaan: käyttöönotto ja tuki')).toBeInTheDocument();
    // a step nothing matches says so, and the page says where offerings come from
    expect(
      within(card(policy)).getByText(
        'Käytössä olevassa luettelossa ei ole tähän askeleeseen sopivia tuotteita tai palveluita.',
      ),
    ).toBeInTheDocument();
    const source = screen.getByRole('complementary', { name: 'Mistä tarjooma tulee' });
    expect(source).toHaveTextContent(
      'ovat luettelosta ”Testiluettelo” (päivitetty 1.11.2026), joka tulee sovelluksen mukana.',
    );
    expect(within(source).getByRole('link', { name: 'Siirry verkoston tarjoomaan' })).toHaveAttribute(
      'href',
      '#/catalog',
    );
    expect(within(step).queryByRole('heading', { name: 'Eettiset kysymykset' })).not.toBeInTheDocument();

    // ethics questions on the analytics step
    const ethics = card(analytics);
    expect(within(ethics).getByRole('heading', { name: 'Eettiset kysymykset' })).toBeInTheDocument();
    expect(within(ethics).getByText(/Kuka omistaa opetusdatan/)).toBeInTheDocument();

    // the Ryhti step carries its legal deadline
    const deadline = within(next).getByRole('article', { name: ryhti });
    expect(within(deadline).getByText(/1\. tammikuuta 2028: taso 3\./)).toBeInTheDocument();
    expect(
      within(deadline).getByText(
        /Rakennustiedot on toimitettava Ryhti-järjestelmään .* \(laki 431\/2023\)\./,
      ),
    ).toBeInTheDocument();
    expect(
      within(deadline).getAllByText(/Askeleen on oltava viimeistään aikajänteessä Seuraavaksi \(6–18 kk\)\./),
    ).toHaveLength(2);
  });

  it('moves a step with buttons named after it, keeps focus on it and says where it went', async () => {
    seed();
    const user = await renderPage();
    await user.click(screen.getByRole('button', { name: `Siirrä kohtaan Seuraavaksi: ${policy}` }));

    expect(stored().roadmap.moves).toEqual({ 'open-source.general.policy@1-2': 'next' });
    const next = column(/^Seuraavaksi/);
    const moved = within(next).getByRole('article', { name: policy });
    expect(within(moved).getByText('Siirretty (suunniteltu: Nyt)')).toBeInTheDocument();
    expect(within(column(/^Nyt/)).queryByRole('article', { name: policy })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(moved).getByRole('button', { name: `Siirrä kohtaan Myöhemmin: ${policy}` }),
      ),
    );
    expect(
      screen
        .getAllByRole('status')
        .some((s) => s.textContent === `”${policy}” siirretty: Seuraavaksi (6–18 kk).`),
    ).toBe(true);
    expect(within(column(/^Nyt/)).getByText('4 / 5')).toBeInTheDocument();

    // and back: the move is removed, the step follows the plan again
    await user.click(within(moved).getByRole('button', { name: `Siirrä kohtaan Nyt: ${policy}` }));
    expect(stored().roadmap.moves).toEqual({});
    const back = within(column(/^Nyt/)).getByRole('article', { name: policy });
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(back).getByRole('button', { name: `Siirrä kohtaan Seuraavaksi: ${policy}` }),
      ),
    );
  });

  it('explains a move that breaks a prerequisite, naming the prerequisite, and keeps the move', async () => {
    seed();
    const user = await renderPage();
    await user.click(screen.getByRole('button', { name: `Siirrä kohtaan Seuraavaksi: ${principles1}` }));

    expect(stored().roadmap.moves).toEqual({ 'open-apis.general.api-principles@1-2': 'next' });
    // the dependant, still in Now, says which prerequisite now comes later
    const dependant = within(column(/^Nyt/)).getByRole('article', { name: catalogue });
    const explanation = within(dependant).getByRole('status');
    expect(explanation).toHaveTextContent('Järjestys ei toteudu');
    expect(explanation).toHaveTextContent(`edellyttää, että ”${principles1}” tehdään ensin`);
    expect(explanation).toHaveTextContent('myöhemmässä aikajänteessä: Seuraavaksi (6–18 kk)');
    // the moved step says which step it now holds up
    const moved = within(column(/^Seuraavaksi/)).getByRole('article', { name: principles1 });
    expect(within(moved).getByRole('status')).toHaveTextContent(`”${catalogue}” edellyttää tätä askelta`);
    // and the announcement says both
    const announced = screen.getAllByRole('status').find((s) => s.textContent?.includes('siirretty'));
    expect(announced).toHaveTextContent(`”${catalogue}” edellyttää tätä askelta`);
    expect(announced).toHaveTextContent('Siirto on tallennettu sellaisenaan');

    // moving it back clears the explanation
    await user.click(within(moved).getByRole('button', { name: `Siirrä kohtaan Nyt: ${principles1}` }));
    expect(within(card(catalogue)).queryByText('Järjestys ei toteudu')).not.toBeInTheDocument();
  });

  it('drops a step, moves focus to the next one, and restores it from the dropped steps', async () => {
    seed();
    const user = await renderPage();
    const now = column(/^Nyt/);
    const order = within(now)
      .getAllByRole('article')
      .map(
        (a) => a.getAttribute('aria-labelledby') && within(a).getByRole('heading', { level: 3 }).textContent,
      );
    const at = order.indexOf(principles1);
    const following = order[at + 1] as string;

    await user.click(screen.getByRole('button', { name: `Jätä pois: ${principles1}` }));
    expect(stored().roadmap.dropped).toEqual(['open-apis.general.api-principles@1-2']);
    expect(within(column(/^Nyt/)).queryByRole('article', { name: principles1 })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: following })),
    );
    expect(
      screen.getAllByRole('status').some((s) => s.textContent?.includes('jätetty pois. Sen voi palauttaa')),
    ).toBe(true);
    // the dependant now waits for a dropped prerequisite
    expect(within(card(catalogue)).getByRole('status')).toHaveTextContent(
      `”${principles1}” tehdään ensin, mutta se on jätetty pois`,
    );

    const dropped = screen.getByRole('region', { name: 'Pois jätetyt askeleet' });
    const droppedCard = within(dropped).getByRole('article', { name: principles1 });
    expect(within(droppedCard).getByText('Oli kohdassa Nyt (0–6 kk)')).toBeInTheDocument();
    await user.click(within(droppedCard).getByRole('button', { name: `Palauta: ${principles1}` }));
    expect(stored().roadmap.dropped).toEqual([]);
    const restored = within(column(/^Nyt/)).getByRole('article', { name: principles1 });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(restored).getByRole('heading', { level: 3 })),
    );
    expect(within(dropped).getByText('Ei pois jätettyjä askeleita.')).toBeInTheDocument();
  });

  it('adds an own step: an empty title is refused with an error next to the field, then the step is added', async () => {
    seed();
    const user = await renderPage();
    const form = screen.getByRole('region', { name: 'Lisää oma askel' });
    await user.click(within(form).getByRole('button', { name: 'Lisää askel' }));

    const titleField = within(form).getByRole('textbox', { name: 'Mitä tehdään' });
    expect(titleField).toHaveAttribute('aria-invalid', 'true');
    expect(titleField).toHaveAccessibleDescription(
      expect.stringContaining('Kirjoita, mitä askeleessa tehdään.'),
    );
    expect(document.activeElement).toBe(titleField);
    expect(stored().roadmap.ownSteps).toEqual([]);

    await user.click(titleField);
    await user.paste('Kilpailuta karttapalvelu naapurikuntien kanssa');
    expect(titleField).not.toHaveAttribute('aria-invalid');
    await user.click(within(form).getByRole('radio', { name: 'Myöhemmin (18–36 kk)' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Maankäyttö' }));
    await user.type(
      within(form).getByRole('textbox', { name: 'Vastuuhenkilö (valinnainen)' }),
      'Kaavoituspäällikkö',
    );
    await user.click(within(form).getByRole('button', { name: 'Lisää askel' }));

    const [own] = stored().roadmap.ownSteps;
    expect(own).toMatchObject({
      title: 'Kilpailuta karttapalvelu naapurikuntien kanssa',
      horizon: 'later',
      areas: ['land-use'],
      owner: 'Kaavoituspäällikkö',
      note: '',
    });
    expect(own?.id).toMatch(/^own-[A-Za-z0-9_-]+$/);
    const added = within(column(/^Myöhemmin/)).getByRole('article', {
      name: 'Kilpailuta karttapalvelu naapurikuntien kanssa',
    });
    expect(within(added).getByText('Oma askel')).toBeInTheDocument();
    // a name given once is suggested for other steps: the owner field becomes a combobox
    expect(within(added).getByRole('combobox', { name: 'Vastuuhenkilö' })).toHaveValue('Kaavoituspäällikkö');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(added).getByRole('heading', { level: 3 })),
    );
    expect(titleField).toHaveValue('');

    // an own step moves like any other and is removed rather than dropped
    await user.click(
      within(added).getByRole('button', {
        name: 'Siirrä kohtaan Seuraavaksi: Kilpailuta karttapalvelu naapurikuntien kanssa',
      }),
    );
    expect(stored().roadmap.ownSteps[0]?.horizon).toBe('next');
    await user.click(
      screen.getByRole('button', {
        name: 'Poista oma askel: Kilpailuta karttapalvelu naapurikuntien kanssa',
      }),
    );
    expect(stored().roadmap.ownSteps).toEqual([]);
  });

  it('saves the owner and the note of a step when the field is left', async () => {
    seed();
    const user = await renderPage();
    const step = card(policy);
    await user.type(within(step).getByRole('textbox', { name: 'Vastuuhenkilö' }), ' Tietohallintojohtaja ');
    await user.type(
      within(step).getByRole('textbox', { name: 'Muistiinpano' }),
      'Linjaus johtoryhmään syyskuussa',
    );
    await user.tab();
    expect(stored().roadmap.owners).toEqual({ 'open-source.general.policy@1-2': 'Tietohallintojohtaja' });
    expect(stored().roadmap.notes).toEqual({
      'open-source.general.policy@1-2': 'Linjaus johtoryhmään syyskuussa',
    });
    // once saved, the name is suggested for every step, so the field is a combobox
    expect(within(step).getByRole('combobox', { name: 'Vastuuhenkilö' })).toHaveValue('Tietohallintojohtaja');

    // the owner travels with the step when it moves
    await user.click(within(step).getByRole('button', { name: `Siirrä kohtaan Seuraavaksi: ${policy}` }));
    expect(within(card(policy)).getByRole('combobox', { name: 'Vastuuhenkilö' })).toHaveValue(
      'Tietohallintojohtaja',
    );
  });

  it('changes the capacity per horizon, with an error for what is not a whole number', async () => {
    seed();
    const user = await renderPage();
    const form = screen.getByRole('region', { name: 'Kapasiteetti' });
    const nowField = within(form).getByRole('textbox', { name: 'Nyt (0–6 kk), askelia' });
    await user.clear(nowField);
    await user.type(nowField, 'kaksi');
    await user.click(within(form).getByRole('button', { name: 'Tallenna kapasiteetti' }));
    expect(nowField).toHaveAttribute('aria-invalid', 'true');
    expect(nowField).toHaveAccessibleDescription('Anna kokonaisluku, esimerkiksi 5.');
    expect(document.activeElement).toBe(nowField);
    expect(stored().settings.capacity.now).toBe(5);

    await user.clear(nowField);
    await user.type(nowField, '2');
    await user.click(within(form).getByRole('button', { name: 'Tallenna kapasiteetti' }));
    expect(stored().settings.capacity).toEqual({ now: 2, next: 10, later: 15 });
    expect(within(column(/^Nyt/)).getByText('2 / 2')).toBeInTheDocument();
    expect(within(column(/^Seuraavaksi/)).getByText('5 / 10')).toBeInTheDocument();
    expect(nowField).not.toHaveAttribute('aria-invalid');
  });

  it('keeps what does not fit in a backlog, from where a step can move into Later and back', async () => {
    seed({ settings: { capacity: { now: 1, next: 1, later: 1 } } });
    const user = await renderPage();
    const later = column(/^Myöhemmin/);
    expect(within(later).getByText('1 / 1')).toBeInTheDocument();
    const backlog = screen.getByRole('region', { name: 'Odotuslista' });
    await user.click(within(backlog).getByText(/^Näytä odotuslista \(\d+ askel(ta)?\)$/));
    const first = within(backlog).getAllByRole('article')[0] as HTMLElement;
    const firstTitle = within(first).getByRole('heading', { level: 3 }).textContent ?? '';
    await user.click(within(first).getByRole('button', { name: `Siirrä kohtaan Myöhemmin: ${firstTitle}` }));

    const moved = within(column(/^Myöhemmin/)).getByRole('article', { name: firstTitle });
    expect(within(column(/^Myöhemmin/)).getByText('2 / 1')).toBeInTheDocument();
    expect(within(column(/^Myöhemmin/)).getByText(/^1 askel yli kapasiteetin/)).toBeInTheDocument();
    expect(within(moved).getByText('Siirretty (suunniteltu: Odotuslista)')).toBeInTheDocument();
    // focus stays on the button of the same direction, now one column further
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(moved).getByRole('button', { name: `Siirrä kohtaan Seuraavaksi: ${firstTitle}` }),
      ),
    );

    await user.click(within(moved).getByRole('button', { name: `Siirrä odotuslistalle: ${firstTitle}` }));
    expect(stored().roadmap.moves).toEqual({});
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Odotuslista' })).getByRole('article', {
          name: firstTitle,
        }),
      ).toBeInTheDocument(),
    );
  });

  it('moves focus to the column heading when its last step is dropped', async () => {
    seed({ settings: { capacity: { now: 1, next: 10, later: 15 } } });
    const user = await renderPage();
    const now = column(/^Nyt/);
    const only = within(now).getByRole('article');
    const onlyTitle = within(only).getByRole('heading', { level: 3 }).textContent ?? '';
    await user.click(within(only).getByRole('button', { name: `Jätä pois: ${onlyTitle}` }));
    await waitFor(() =>
      expect(document.activeElement).toBe(within(column(/^Nyt/)).getByRole('heading', { level: 2 })),
    );
  });

  it('lists what the engine could not plan: deadlines of unanswered items, grouped', async () => {
    seed();
    await renderPage();
    const notes = screen.getByRole('region', { name: 'Huomioita ohjelmasta' });
    expect(
      within(notes).getByText(/mutta niihin ei ole vielä vastattu, joten niille ei ole askeleita:/),
    ).toBeInTheDocument();
    const question = questionnaire.items.find((i) => i.id === 'open-data.land-use.ryhti-data')?.question.fi;
    expect(within(notes).getByText(`”${question}”: 1. tammikuuta 2028, taso 3`)).toBeInTheDocument();
    // a deadline beyond the target is named with both levels
    expect(
      within(notes).getByText(/edellyttää tasoa 4, mutta tavoitteeksi on asetettu 3\./),
    ).toBeInTheDocument();
  });

  it('flags an overdue deadline, and EU tendering with thresholds to check on a later date', async () => {
    // On 1 March 2028 the Ryhti building-data deadline (1 January 2028) has passed, and no EU
    // threshold set is known to be in force. Workplace tools 4 → 5 costs up to 400 000 €.
    const base = seed({ date: '2028-03-01' });
    useLibrary.setState({
      assessments: {
        [id]: {
          ...base,
          answers: {
            ...base.answers,
            'open-source.information-management.workplace-tools': { ...emptyAnswer(), current: 4, target: 5 },
          },
        },
      },
    });
    await renderPage();
    const deadline = card(ryhti);
    expect(within(deadline).getAllByText('Myöhässä').length).toBeGreaterThan(0);
    expect(within(deadline).getByText(/1\. tammikuuta 2028: taso 3\./)).toBeInTheDocument();

    const costly = card(title('open-source.information-management.workplace-tools', 4));
    expect(within(costly).getByText('EU-kilpailutus')).toBeInTheDocument();
    expect(
      within(costly).getByText(/yläraja 400\s000\s€ on vähintään EU-kynnysarvo 216\s000\s€/),
    ).toBeInTheDocument();
    expect(within(costly).getByText(/Tarkista luvut ennen hankintaa\./)).toBeInTheDocument();
    expect(within(costly).getByText(/Kynnysarvon lähde:/)).toHaveTextContent('(EU) 2025/2152');
    // a step below the national threshold names only the national source, which is always in force
    expect(within(card(policy)).queryByText(/Tarkista luvut/)).not.toBeInTheDocument();
  });

  it('explains an empty catalog instead of listing offerings', async () => {
    catalogState.offerings = [];
    seed();
    await renderPage();
    const source = screen.getByRole('complementary', { name: 'Mistä tarjooma tulee' });
    expect(source).toHaveTextContent(
      'Käytössä olevassa tarjoomaluettelossa ei ole tuotteita eikä palveluita',
    );
    expect(source).toHaveTextContent('mitkä osat on lisensoitu avoimesti, mitkä eivät, ja mitä ne maksavat');
    for (const article of within(column(/^Nyt/)).getAllByRole('article')) {
      expect(
        within(article).getByText(
          'Käytössä olevassa luettelossa ei ole tähän askeleeseen sopivia tuotteita tai palveluita.',
        ),
      ).toBeInTheDocument();
    }
  });

  it('says where steps come from when there are none yet', async () => {
    seed({ answers: {} });
    await renderPage();
    expect(screen.getByRole('heading', { name: 'Ohjelmassa ei ole vielä askeleita' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Siirry arviointiin' })).toHaveAttribute(
      'href',
      `#/a/${id}/answer`,
    );
    expect(within(column(/^Nyt/)).getByText('0 / 5')).toBeInTheDocument();
  });

  it('offers to raise the targets when no target is above the current level, as one undoable edit', async () => {
    // a complete assessment with the default targets ("same as current"): no gaps, no steps
    const same = (current: Answer['current']) => ({ ...emptyAnswer(), current });
    seed({
      answers: {
        'open-apis.general.api-principles': same(0),
        'open-apis.general.api-catalogue': same(0),
        'open-source.general.policy': same(1),
        'open-data.general.knowledge-based-management': same(4),
        'open-apis.land-use.ryhti-interface': same(5),
        'open-data.general.open-data-policy': same('not-applicable'),
      },
    });
    const user = await renderPage();
    const empty = screen.getByRole('region', { name: 'Ohjelmassa ei ole vielä askeleita' });
    expect(empty).toHaveTextContent(
      '5 kohdalle on merkitty nykytaso, mutta yhdenkään tavoitetasoa ei ole nostettu',
    );
    expect(within(empty).getByRole('link', { name: 'Aseta tavoitetasot arvioinnissa' })).toHaveAttribute(
      'href',
      `#/a/${id}/answer`,
    );
    // the panel beside the capacity is not shown twice
    expect(screen.queryByRole('region', { name: 'Tavoitetasot' })).not.toBeInTheDocument();

    // the count before applying: level 5 cannot rise, "not applicable" is skipped
    const rule = within(empty).getByRole('group', { name: 'Uusi tavoitetaso' });
    expect(within(rule).getByRole('radio', { name: 'Yksi taso nykytasoa korkeammalle' })).toBeChecked();
    expect(empty).toHaveTextContent('Tavoitetaso nousee 4 kohdassa.');
    await user.selectOptions(within(rule).getByRole('combobox', { name: 'Vähimmäistaso' }), '3');
    expect(within(rule).getByRole('radio', { name: 'Vähintään valittu taso' })).toBeChecked();
    expect(empty).toHaveTextContent('Tavoitetaso nousee 3 kohdassa.');
    await user.click(within(rule).getByRole('radio', { name: 'Yksi taso nykytasoa korkeammalle' }));
    expect(stored().answers['open-source.general.policy']?.target).toBeNull(); // nothing applied yet

    await user.click(within(empty).getByRole('button', { name: 'Nosta tavoitetasot' }));
    const targets = () => Object.values(stored().answers).map((a) => a.target);
    expect(targets()).toEqual([1, 1, 2, 5, null, null]);
    expect(useLibrary.getState().history[id]?.past).toHaveLength(1); // one undo step
    // the programme appears, focus goes to its first column, and the change is announced
    expect(
      screen.queryByRole('region', { name: 'Ohjelmassa ei ole vielä askeleita' }),
    ).not.toBeInTheDocument();
    expect(within(column(/^Nyt/)).getAllByRole('article').length).toBeGreaterThan(0);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: /^Nyt/ })),
    );
    const said = () => screen.getAllByRole('status').map((s) => s.textContent ?? '');
    expect(said()).toContainEqual(
      expect.stringMatching(/^4 kohdan tavoitetaso nostettu\. Ohjelmassa on nyt \d+ askelta\./),
    );
    expect(screen.getByRole('region', { name: 'Tavoitetasot' })).toBeInTheDocument();

    // one undo takes every target back, and the message about them is no longer repeated
    act(() => useLibrary.getState().undo(id));
    expect(targets()).toEqual([null, null, null, null, null, null]);
    expect(screen.getByRole('region', { name: 'Ohjelmassa ei ole vielä askeleita' })).toBeInTheDocument();
    expect(said().some((text) => text.includes('tavoitetaso nostettu'))).toBe(false);
  });

  it('keeps the bulk tool in a Tavoitetasot panel when there are steps, and never lowers a target', async () => {
    seed();
    const user = await renderPage();
    const panel = screen.getByRole('region', { name: 'Tavoitetasot' });
    await user.click(within(panel).getByText('Nosta tavoitetasoja kerralla'));
    await user.click(within(panel).getByRole('radio', { name: 'Kaksi tasoa nykytasoa korkeammalle' }));
    // API principles 0 → 2 and Ryhti 1 → 3 already reach current + 2: only the other three rise
    expect(panel).toHaveTextContent('Tavoitetaso nousee 3 kohdassa.');
    const button = within(panel).getByRole('button', { name: 'Nosta tavoitetasot' });
    await user.click(button);
    const target = (itemId: string) => stored().answers[itemId]?.target;
    expect(target('open-apis.general.api-principles')).toBe(2);
    expect(target('open-apis.general.api-catalogue')).toBe(2);
    expect(target('open-source.general.policy')).toBe(3);
    expect(target('open-data.general.knowledge-based-management')).toBe(2);
    expect(target('open-apis.land-use.ryhti-interface')).toBe(3);
    expect(document.activeElement).toBe(button);
    expect(
      screen.getAllByRole('status').some((s) => s.textContent?.startsWith('3 kohdan tavoitetaso nostettu.')),
    ).toBe(true);
    // the same again changes nothing, and says so
    expect(panel).toHaveTextContent('Valinta ei muuta yhtään tavoitetasoa');
    await user.click(button);
    expect(useLibrary.getState().history[id]?.past).toHaveLength(1);
    expect(
      screen.getAllByRole('status').some((s) => s.textContent === 'Yhtään tavoitetasoa ei muutettu.'),
    ).toBe(true);
  });

  it('stops repeating what an action did once it has been undone', async () => {
    seed();
    const user = await renderPage();
    await user.click(screen.getByRole('button', { name: `Jätä pois: ${policy}` }));
    const said = () => screen.getAllByRole('status').map((s) => s.textContent ?? '');
    expect(said()).toContainEqual(expect.stringContaining(`”${policy}” jätetty pois.`));
    act(() => useLibrary.getState().undo(id));
    expect(within(column(/^Nyt/)).getByRole('article', { name: policy })).toBeInTheDocument();
    expect(said().some((text) => text.includes('jätetty pois'))).toBe(false);
    // redo does not bring the old sentence back either
    act(() => useLibrary.getState().redo(id));
    expect(said().some((text) => text.includes('jätetty pois'))).toBe(false);
  });

  it('suggests the people named in setup as owners, and still takes any name', async () => {
    seed({
      facilitator: 'Fanni Fasilitaattori',
      participants: [
        { id: 'p1', name: 'Aino Aaltonen', role: 'tietohallintojohtaja' },
        { id: 'p2', name: 'Pekka Peltonen', role: '' },
      ],
    });
    const user = await renderPage();
    const field = within(card(policy)).getByRole('combobox', { name: 'Vastuuhenkilö' });
    const listId = field.getAttribute('list') ?? '';
    const options = () =>
      [...(document.getElementById(listId)?.querySelectorAll('option') ?? [])].map((o) => o.value);
    expect(options()).toEqual(['Aino Aaltonen', 'Pekka Peltonen', 'Fanni Fasilitaattori']);
    // the own-step form suggests the same people
    const form = screen.getByRole('region', { name: 'Lisää oma askel' });
    expect(within(form).getByRole('combobox', { name: 'Vastuuhenkilö (valinnainen)' })).toHaveAttribute(
      'list',
      listId,
    );
    await user.type(field, 'Ulkopuolinen konsultti');
    await user.tab();
    expect(stored().roadmap.owners).toEqual({ 'open-source.general.policy@1-2': 'Ulkopuolinen konsultti' });
    expect(options()).toEqual([
      'Aino Aaltonen',
      'Pekka Peltonen',
      'Fanni Fasilitaattori',
      'Ulkopuolinen konsultti',
    ]);
  });

  it('speaks Swedish: horizons, buttons and money', async () => {
    seed();
    const user = await renderPage('sv');
    expect(screen.getByRole('heading', { level: 1, name: 'Utvecklingsprogram' })).toBeInTheDocument();
    expect(column(/^Härnäst 6–18 mån\./)).toBeInTheDocument();
    const svPolicy = title('open-source.general.policy', 1, 'sv');
    const step = card(svPolicy);
    expect(within(step).getByText('Direktupphandling möjlig')).toBeInTheDocument();
    expect(within(step).getByText(/understiger det nationella tröskelvärdet 60\s000\s€/)).toBeInTheDocument();
    await user.click(within(step).getByRole('button', { name: `Flytta till Härnäst: ${svPolicy}` }));
    expect(within(column(/^Härnäst/)).getByRole('article', { name: svPolicy })).toBeInTheDocument();
  });
});
