import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import questionnaireJson from '../../questionnaires/avoin-kunta.json';
import { createEmptyAssessment, emptyAnswer } from '../../src/domain/assessment/create';
import { buildAssessmentFile, serializeAssessmentFile } from '../../src/domain/files/format';
import type { AnswerValue, Assessment } from '../../src/domain/assessment/schema';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { workshopOrder, workshopPhases } from '../../src/domain/workshop/items';
import { WorkshopPage } from '../../src/features/workshop/WorkshopPage';
import { projectorCommandFor } from '../../src/features/workshop/projector-keys';
import { useLibrary } from '../../src/state/store';
import { renderWithApp } from './support/render';

const q = questionnaireJson as unknown as Questionnaire;
const id = 'workshop-test';
const scope = { areas: q.areas.map((a) => a.id), phases: q.phases.map((p) => p.id), profile: 'quick' };
const order = workshopOrder(workshopPhases(q, scope));
const first = order[0] as string;
const question = (itemId: string) => q.items.find((i) => i.id === itemId)?.question.fi ?? '';

function seed(votes: Record<string, AnswerValue> = {}, revealed = false): Assessment {
  const base = createEmptyAssessment({
    id,
    questionnaire: { id: q.id, version: q.version },
    municipality: { code: '109', name: { fi: 'Hämeenlinna', sv: 'Tavastehus' } },
    date: '2026-03-01',
    scope,
    now: '2026-03-01T09:00:00.000Z',
    facilitator: 'Fanni',
    participants: [
      { id: 'anna', name: 'Anna Aalto', role: '' },
      { id: 'ben', name: 'Ben Berg', role: '' },
      { id: 'cia', name: 'Cia Carlsson', role: '' },
    ],
  });
  const assessment: Assessment = {
    ...base,
    answers: { [first]: { ...emptyAnswer(), votes } },
    ...(revealed && {
      workshop: {
        agenda: [],
        currentItem: first,
        revealed: [first],
        showNames: false,
        collect: 'facilitator',
        dotsPerParticipant: 3,
        soundOn: false,
        decisions: [],
        openQuestions: [],
      },
    }),
  };
  useLibrary.setState({ assessments: { [id]: assessment }, history: {} });
  return assessment;
}

/** The markup with React's generated ids taken out, so two renders can be compared. */
function withoutIds(html: string): string {
  return html.replace(/_r_[0-9a-z]+_|«[^»]*»|:r[0-9a-z]+:/g, '#');
}

async function renderProjector(): Promise<HTMLElement> {
  const view = renderWithApp(<WorkshopPage assessmentId={id} section="projector" />);
  await screen.findByRole('heading', { level: 2, name: question(first) });
  const projector = view.container.querySelector<HTMLElement>('section.projector');
  if (!projector) throw new Error('no projector');
  return projector;
}

afterEach(() => {
  useLibrary.setState({ assessments: {}, history: {} });
});

describe('projector view before the reveal', () => {
  it('is the same page whatever the votes are: it holds who voted, never what', async () => {
    seed({ anna: 1, ben: 5 });
    const a = await renderProjector();
    const htmlA = withoutIds(a.outerHTML);
    expect(a.textContent).toContain('Äänestäneitä 2/3');
    expect(a.textContent).not.toContain('Äänten jakauma');

    document.body.innerHTML = '';
    seed({ anna: 4, ben: 0 });
    const b = await renderProjector();
    expect(withoutIds(b.outerHTML)).toBe(htmlA);
  });

  it('records a vote with a digit key and says whose, not which', async () => {
    seed();
    const projector = await renderProjector();
    const user = userEvent.setup();
    projector.focus();
    await user.keyboard('3');
    expect(useLibrary.getState().assessments[id]?.answers[first]?.votes).toEqual({ anna: 3 });
    // every live region: none of them says the value
    expect(screen.getAllByRole('status').every((s) => !/\b3\b/.test(s.textContent ?? ''))).toBe(true);
    expect(within(projector).getByText(/Äänestäneitä 1\/3/)).toBeInTheDocument();
    expect(
      screen.getAllByRole('status').some((s) => s.textContent === 'Henkilön Anna Aalto ääni on tallennettu.'),
    ).toBe(true);
  });

  it('shows the spread after R, and a digit then picks the agreed level', async () => {
    seed({ anna: 1, ben: 3, cia: 2 });
    const projector = await renderProjector();
    const user = userEvent.setup();
    projector.focus();
    await user.keyboard('r');
    const table = await within(projector).findByRole('table', { name: 'Äänten jakauma (3 ääntä)' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 6);
    expect(within(projector).getByText('Hajonta on suuri (2 tasoa).')).toBeInTheDocument();
    await user.keyboard('4');
    expect(within(projector).getByRole('radio', { name: /^4 Johdettu/ })).toBeChecked();
    // Enter without a reason: nothing is recorded, the reason field asks for it
    await user.keyboard('{Enter}');
    expect(useLibrary.getState().assessments[id]?.answers[first]?.current).toBeNull();
    await waitFor(() => expect(within(projector).getByRole('textbox', { name: /^Perustelu/ })).toHaveFocus());
    await user.keyboard('Linjaus on luonnos');
    await user.keyboard('{Escape}');
    await user.keyboard('a');
    expect(useLibrary.getState().assessments[id]?.answers[first]).toMatchObject({
      current: 4,
      rationale: 'Linjaus on luonnos',
    });
    expect(useLibrary.getState().assessments[id]?.workshop?.currentItem).toBe(order[1]);
  });
});

describe('projector view on its own', () => {
  it('has the window to itself while it is open, and Esc or its button leads back to the items', async () => {
    seed();
    const view = renderWithApp(<WorkshopPage assessmentId={id} section="projector" />);
    await screen.findByRole('heading', { level: 2, name: question(first) });
    expect(document.documentElement).toHaveClass('app-chrome-hidden');
    // the workshop's section links are not drawn; the way out is
    expect(screen.queryByRole('navigation', { name: 'Työpajan osiot' })).toBeNull();
    const exit = screen.getByRole('link', { name: 'Sulje projektorinäkymä' });
    expect(exit).toHaveAttribute('href', `#/a/${id}/workshop/items`);
    const user = userEvent.setup();
    await user.keyboard('{Escape}');
    expect(window.location.hash).toBe(`#/a/${id}/workshop/items`);
    view.unmount();
    expect(document.documentElement).not.toHaveClass('app-chrome-hidden');
    window.location.hash = '';
  });
});

describe('an item that had an answer before the workshop', () => {
  it('is not agreed by the reveal: the earlier answer is context, the median a true one', async () => {
    const a = seed({ anna: 1, ben: 4 });
    useLibrary.setState({
      assessments: {
        [id]: {
          ...a,
          answers: { [first]: { ...emptyAnswer(), current: 1, target: 2, votes: { anna: 1, ben: 4 } } },
        },
      },
    });
    renderWithApp(<WorkshopPage assessmentId={id} section="items" />);
    await screen.findByRole('heading', { level: 2, name: question(first) });
    expect(screen.getByText(`Kaikki kysymykset (0/${order.length} sovittu)`)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Näytä äänet' }));
    await screen.findByRole('table', { name: 'Äänten jakauma (2 ääntä)' });
    // not agreed: the stage, the counter and the button say so
    expect(screen.getAllByText('Äänet näytetty').length).toBeGreaterThan(0);
    expect(screen.queryByText(/^Sovittu taso: /)).toBeNull();
    expect(screen.getByText(`Kaikki kysymykset (0/${order.length} sovittu)`)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Kirjaa sovittu taso ja siirry seuraavaan' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Aiempi vastaus: 1 Satunnainen. Se ei ole ryhmän sopima taso, ennen kuin kirjaatte tason tässä.',
      ),
    ).toBeInTheDocument();
    // votes 1 and 4: the median is 2,5, the lower level 2 is suggested and said to be so
    expect(screen.getByText('2,5 (tasojen 2 ja 3 välissä)')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Äänten mediaani on 2,5 (tasojen 2 ja 3 välissä). Ehdotuksena on näistä kahdesta alempi taso: 2 Toistuva. Valitkaa ylempi, jos ryhmä niin sopii.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^2 Toistuva/ })).toBeChecked();
    // the wide spread still needs its reason; then the Agree action makes it agreed
    await user.click(screen.getByRole('button', { name: 'Kirjaa sovittu taso ja siirry seuraavaan' }));
    expect(useLibrary.getState().assessments[id]?.workshop?.agreed ?? []).toEqual([]);
    await user.type(screen.getByRole('textbox', { name: /^Perustelu/ }), 'Linjaus on luonnos');
    await user.click(screen.getByRole('button', { name: 'Kirjaa sovittu taso ja siirry seuraavaan' }));
    expect(useLibrary.getState().assessments[id]?.workshop?.agreed).toEqual([first]);
    expect(useLibrary.getState().assessments[id]?.answers[first]?.current).toBe(2);
    expect(await screen.findByText(`Kaikki kysymykset (1/${order.length} sovittu)`)).toBeInTheDocument();
  });
  it('does not let a rationale written before the workshop pass for the group’s reason', async () => {
    const a = seed({ anna: 1, ben: 4 });
    useLibrary.setState({
      assessments: {
        [id]: {
          ...a,
          answers: {
            [first]: {
              ...emptyAnswer(),
              current: 1,
              rationale: 'Arvioitu yksin',
              votes: { anna: 1, ben: 4 },
            },
          },
        },
      },
    });
    renderWithApp(<WorkshopPage assessmentId={id} section="items" />);
    await screen.findByRole('heading', { level: 2, name: question(first) });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Näytä äänet' }));
    await screen.findByRole('table', { name: 'Äänten jakauma (2 ääntä)' });
    const field = screen.getByRole('textbox', { name: /^Perustelu/ });
    expect(field).toHaveValue('');
    expect(screen.getByText('Arvioitu yksin')).toBeInTheDocument();
    // the wide spread asks for the group's reason: the earlier text alone does not give it
    await user.click(screen.getByRole('button', { name: 'Kirjaa sovittu taso ja siirry seuraavaan' }));
    expect(useLibrary.getState().assessments[id]?.workshop?.agreed ?? []).toEqual([]);
    await waitFor(() => expect(field).toHaveFocus());
    // taken as a base on purpose, it counts
    await user.click(screen.getByRole('button', { name: 'Käytä aiempaa perustelua pohjana' }));
    expect(field).toHaveValue('Arvioitu yksin');
    expect(field).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Käytä aiempaa perustelua pohjana' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Kirjaa sovittu taso ja siirry seuraavaan' }));
    expect(useLibrary.getState().assessments[id]?.workshop?.agreed).toEqual([first]);
    expect(useLibrary.getState().assessments[id]?.answers[first]?.rationale).toBe('Arvioitu yksin');
  });
});

describe('collecting votes on the facilitator screen', () => {
  it('hides each choice before the device goes to the next person', async () => {
    seed();
    act(() => {
      useLibrary.setState((state) => ({
        assessments: {
          [id]: {
            ...(state.assessments[id] as Assessment),
            workshop: {
              agenda: [],
              currentItem: first,
              revealed: [],
              showNames: false,
              collect: 'pass',
              dotsPerParticipant: 3,
              soundOn: false,
              decisions: [],
              openQuestions: [],
            },
          },
        },
      }));
    });
    renderWithApp(<WorkshopPage assessmentId={id} />);
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Vuorossa: Anna Aalto' });
    await user.click(screen.getByRole('radio', { name: /^2 Toistuva/ }));
    await user.click(screen.getByRole('button', { name: 'Tallenna ääni (Anna Aalto)' }));
    expect(
      await screen.findByRole('heading', { name: 'Ääni on tallennettu ja piilotettu' }),
    ).toBeInTheDocument();
    expect(screen.queryAllByRole('radio', { name: /^2 Toistuva/ })).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Olen Ben Berg, näytä vaihtoehdot' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Vuorossa: Ben Berg' });
    expect(screen.getByRole('radio', { name: /^2 Toistuva/ })).not.toBeChecked();
    expect(useLibrary.getState().assessments[id]?.answers[first]?.votes).toEqual({ anna: 2 });
  });

  it('refuses to save without a level, and lets a vote be taken back before the reveal', async () => {
    seed({ anna: 2 });
    renderWithApp(<WorkshopPage assessmentId={id} />);
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Vuorossa: Ben Berg' });
    await user.click(screen.getByRole('button', { name: 'Tallenna ääni (Ben Berg)' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Valitse taso ennen kuin tallennat.');
    await user.click(screen.getByRole('button', { name: 'Poista henkilön Anna Aalto ääni' }));
    expect(useLibrary.getState().assessments[id]?.answers[first]?.votes).toEqual({});
    expect(await screen.findByRole('heading', { name: 'Vuorossa: Anna Aalto' })).toBeInTheDocument();
  });
});

describe('pre-work opened after a reveal', () => {
  /** A participant's own assessment file: they answered the first two items alone. */
  function participantFile(person: { id: string; name: string }, levels: [number, number]): File {
    const own = createEmptyAssessment({
      id: `own-${person.id}`,
      questionnaire: { id: q.id, version: q.version },
      municipality: { code: '109', name: { fi: 'Hämeenlinna', sv: 'Tavastehus' } },
      date: '2026-03-01',
      scope,
      now: '2026-03-01T08:00:00.000Z',
      participants: [{ ...person, role: '' }],
    });
    own.answers = {
      [first]: { ...emptyAnswer(), current: levels[0] as 0 },
      [order[1] as string]: { ...emptyAnswer(), current: levels[1] as 0 },
    };
    const text = serializeAssessmentFile(
      buildAssessmentFile(own, { name: 'test', version: '0.0.0' }, '2026-03-01T08:00:00.000Z'),
    );
    return new File([text], `${person.id}.avoinkunta.json`, { type: 'application/json' });
  }

  it('adds no votes to the revealed item, gives the others theirs, and says how many were left out', async () => {
    // the group has seen the first item's votes: Anna 1, Ben 3
    seed({ anna: 1, ben: 3 }, true);
    const view = renderWithApp(<WorkshopPage assessmentId={id} section="prework" />);
    await screen.findByRole('heading', { level: 2, name: 'Ennakkovastaukset' }, { timeout: 10_000 });
    const input = view.container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    const user = userEvent.setup();
    await user.upload(input, [
      participantFile({ id: 'cia', name: 'Cia Carlsson' }, [2, 4]),
      participantFile({ id: 'dan', name: 'Dan Dahl' }, [5, 1]),
    ]);
    const result = await screen.findByRole('group', { name: 'Tuonnin tulos' }, { timeout: 5000 });
    expect(
      within(result).getByText(
        '2 ääntä jätettiin lisäämättä: ne koskivat yhtä kysymystä, jonka äänet ryhmä on jo nähnyt ja käsitellyt.',
      ),
    ).toBeInTheDocument();
    // each file says which question it was
    const rows = within(within(result).getByRole('table', { name: 'Tiedostot' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(
      'Kysymykset 1: äänet on jo näytetty, joten tiedoston ääntä ei lisätty.',
    );
    const answers = useLibrary.getState().assessments[id]?.answers;
    expect(answers?.[first]?.votes).toEqual({ anna: 1, ben: 3 });
    expect(answers?.[order[1] as string]?.votes).toEqual({ cia: 4, dan: 1 });
  });

  it('says it in Swedish and English too', async () => {
    seed({ anna: 1 }, true);
    for (const [language, text] of [
      [
        'sv',
        '1 röst lades inte till: den gällde en fråga vars röster gruppen redan har sett och diskuterat.',
      ],
      [
        'en',
        '1 vote was not added: it was for a question whose votes the group has already seen and discussed.',
      ],
    ] as const) {
      const view = renderWithApp(<WorkshopPage assessmentId={id} section="prework" />, { language });
      const input = await waitFor(
        () => {
          const found = view.container.querySelector<HTMLInputElement>('input[type="file"]');
          if (!found) throw new Error('no file input');
          return found;
        },
        { timeout: 10_000 },
      );
      await userEvent.setup().upload(input, [participantFile({ id: 'cia', name: 'Cia Carlsson' }, [2, 4])]);
      expect(await screen.findByText(text, {}, { timeout: 5000 })).toBeInTheDocument();
      view.unmount();
      seed({ anna: 1 }, true);
    }
  });
});

describe('projector keys', () => {
  const press = (key: string, target: 'page' | 'radio' | 'control' = 'page', mods = {}) =>
    projectorCommandFor({ key, altKey: false, ctrlKey: false, metaKey: false, target, ...mods });

  it('maps the clicker, arrows, digits and letters', () => {
    expect(press('PageDown')).toEqual({ kind: 'next' });
    expect(press('PageUp')).toEqual({ kind: 'previous' });
    expect(press('ArrowRight')).toEqual({ kind: 'next' });
    expect(press('k')).toEqual({ kind: 'previous' });
    expect(press('R')).toEqual({ kind: 'reveal' });
    expect(press('0')).toEqual({ kind: 'value', value: 0 });
    expect(press('5')).toEqual({ kind: 'value', value: 5 });
    expect(press('6')).toBeNull();
    expect(press('n')).toEqual({ kind: 'value', value: 'not-applicable' });
    expect(press('d')).toEqual({ kind: 'value', value: 'unknown' });
    expect(press('a')).toEqual({ kind: 'agree' });
    expect(press('t')).toEqual({ kind: 'timer' });
    expect(press('f')).toEqual({ kind: 'fullscreen' });
    expect(press('?')).toEqual({ kind: 'help' });
    expect(press('Escape')).toEqual({ kind: 'exit' });
    expect(press('Escape', 'control')).toEqual({ kind: 'exit' });
  });

  it('leaves the arrows to a radio group, Enter to a button, and every Ctrl, Alt or Meta combination alone', () => {
    expect(press('ArrowLeft', 'radio')).toBeNull();
    expect(press('PageDown', 'radio')).toEqual({ kind: 'next' });
    expect(press('Enter', 'control')).toBeNull();
    expect(press('Enter', 'page')).toEqual({ kind: 'agree' });
    expect(press('z', 'page', { ctrlKey: true })).toBeNull();
    expect(press('r', 'page', { metaKey: true })).toBeNull();
    expect(press('ArrowRight', 'page', { altKey: true })).toBeNull();
  });
});
