import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import questionnaireJson from '../../questionnaires/avoin-kunta.json';
import { createEmptyAssessment, emptyAnswer } from '../../src/domain/assessment/create';
import type { Answer, Assessment } from '../../src/domain/assessment/schema';
import { largestGaps, rowFigures, type ScoreView } from '../../src/domain/charts/series';
import { evaluate, type Evaluation } from '../../src/domain/evaluate';
import type { Level, Questionnaire } from '../../src/domain/questionnaire/schema';
import type { AggregateRow } from '../../src/domain/scoring/score';
import { ResultsPage } from '../../src/features/results/ResultsPage';
import { useLibrary } from '../../src/state/store';
import { renderWithApp } from './support/render';

const q = questionnaireJson as Questionnaire;
const id = 'results-test';
const areas = ['social-health', 'land-use', 'finance', 'information-management'];

/**
 * A varied assessment: every kind of answer, targets above and at the current level, open-source
 * answered high with low confidence (weak evidence), open-innovation left unanswered (no data).
 */
function seededAssessment(): Assessment {
  const base = createEmptyAssessment({
    id,
    questionnaire: { id: q.id, version: q.version },
    municipality: { code: '837', name: { fi: 'Tampere', sv: 'Tammerfors' } },
    date: '2026-03-01',
    scope: { areas, phases: ['strategy', 'development', 'production'], profile: 'full' },
    now: '2026-03-01T09:00:00.000Z',
  });
  const answers: Record<string, Answer> = {};
  q.items.forEach((item, index) => {
    if (item.dimension === 'open-innovation') return;
    let current: Answer['current'];
    let target: Level | null = null;
    let confidence: Answer['confidence'] = index % 3 === 0 ? 'high' : 'medium';
    if (item.dimension === 'open-source') {
      current = 4;
      confidence = 'low';
      target = 5;
    } else if (index % 11 === 5) {
      current = 'unknown';
    } else if (index % 13 === 7) {
      current = 'not-applicable';
    } else {
      current = (index % 5) as Level;
      target = Math.min(5, current + (index % 4)) as Level;
    }
    answers[item.id] = {
      ...emptyAnswer(),
      current,
      target,
      confidence,
      impact: ((index % 3) + 1) as 1 | 2 | 3,
    };
  });
  return { ...base, answers };
}

function seed(assessment: Assessment) {
  useLibrary.setState({ assessments: { [assessment.id]: assessment } });
}

const oneDecimal = new Intl.NumberFormat('fi-FI', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
// scores are shown rounded down, so that 1.98 (level 1) does not read as 2,0
const score = { format: (value: number) => oneDecimal.format(Math.floor(value * 10 + 1e-9) / 10) };
const gap = new Intl.NumberFormat('fi-FI', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const percent = new Intl.NumberFormat('fi-FI', { style: 'percent', maximumFractionDigits: 0 });
const fmt = (value: number | null) => (value === null ? 'ei tietoa' : score.format(value));
const fi = (text: { fi: string }) => text.fi;

/** The cells of a table row found by its row header. */
function rowCells(table: HTMLElement, header: string): string[] {
  const row = within(table).getByRole('rowheader', { name: header }).closest('tr');
  if (!row) throw new Error(`no row ${header}`);
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

function expectTableMatches(
  table: HTMLElement,
  rows: AggregateRow[],
  nameOf: (row: AggregateRow) => string,
  view: ScoreView,
) {
  for (const row of rows) {
    const figures = rowFigures(row, view);
    const cells = rowCells(table, nameOf(row));
    const level =
      figures.level === null
        ? 'ei tietoa'
        : `${figures.level}${fi(q.scale[figures.level]?.label ?? { fi: '' })}`;
    expect({ name: nameOf(row), cells: cells.slice(0, 5) }).toEqual({
      name: nameOf(row),
      cells: [
        level,
        fmt(figures.score),
        fmt(figures.targetScore),
        figures.gap === null ? 'ei tietoa' : gap.format(figures.gap),
        `${figures.answered} / ${figures.total}`,
      ],
    });
    if (figures.weakEvidence)
      expect(cells[5]).toBe(
        `⚠ Heikko näyttö: ${percent.format(figures.lowConfidenceShare)} matalalla varmuudella`,
      );
  }
}

const dimensionName = (row: AggregateRow) =>
  fi(q.dimensions.find((d) => d.id === row.dimension)?.name ?? { fi: '' });
const areaName = (row: AggregateRow) => fi(q.areas.find((a) => a.id === row.area)?.name ?? { fi: '' });
const phaseName = (row: AggregateRow) => fi(q.phases.find((p) => p.id === row.phase)?.name ?? { fi: '' });

function expectPageMatches(result: Evaluation, view: ScoreView) {
  const { scores } = result;
  const overall = rowFigures(scores.overall, view);
  const summary = screen.getByRole('region', { name: 'Yhteenveto' });
  const term = (name: string) =>
    within(summary).getByText(name, { selector: 'dt' }).nextElementSibling?.textContent;
  expect(term('Kokonaistaso')).toBe(
    `${overall.level}${fi(q.scale[overall.level ?? 0]?.label ?? { fi: '' })}`,
  );
  expect(term('Pisteet')).toBe(`${fmt(overall.score)} / 5`);
  expect(term('Vastattu tasolla')).toBe(`${result.progress.answered} / ${result.progress.total}`);
  expect(term('En osaa sanoa')).toBe(String(result.progress.unknown));
  expect(term('Ei koske kuntaa')).toBe(String(result.progress.notApplicable));

  const viewName = view === 'average' ? 'Painotettu keskiarvo' : 'Heikoin lenkki';
  expectTableMatches(
    screen.getByRole('table', { name: `Tulokset ulottuvuuksittain – ${viewName}` }),
    scores.dimensions,
    dimensionName,
    view,
  );
  expectTableMatches(
    screen.getByRole('table', { name: `Tulokset palvelualueittain – ${viewName}` }),
    scores.areas,
    areaName,
    view,
  );
  expectTableMatches(
    screen.getByRole('table', { name: `Tulokset vaiheittain – ${viewName}` }),
    scores.phases,
    phaseName,
    view,
  );

  // the radar's table: current and target per dimension
  const radarTable = screen.getByRole('table', { name: `Ulottuvuuksien nykytaso ja tavoite – ${viewName}` });
  for (const row of scores.dimensions) {
    expect(rowCells(radarTable, dimensionName(row))).toEqual([
      fmt(row.current[view].score),
      fmt(row.target[view].score),
    ]);
  }

  // the heatmap's table and the numbers printed on its cells
  const heatmapTable = screen.getByRole('table', {
    name: `Nykytaso palvelualueittain ja ulottuvuuksittain – ${viewName}`,
  });
  const printed = [...document.querySelectorAll('.heatmap svg text')].map((node) => node.textContent);
  for (const area of scores.areas) {
    const cells = scores.cells.filter((cell) => cell.area === area.area);
    // a cell without a score says why: its questions are not answered yet, or none applies
    expect(rowCells(heatmapTable, areaName(area))).toEqual(
      cells.map(({ current: { [view]: c } }) =>
        c.score !== null ? fmt(c.score) : c.total > c.notApplicable ? 'Ei vielä vastattu' : 'Ei kysymyksiä',
      ),
    );
    for (const cell of cells) {
      const value = cell.current[view].score;
      if (value !== null) expect(printed).toContain(score.format(value));
    }
  }
}

describe('ResultsPage', () => {
  beforeEach(() => {
    useLibrary.setState({ assessments: {} });
    window.location.hash = `#/a/${id}/results`;
  });

  it('shows every number exactly as the engine computes it, in both views', async () => {
    const assessment = seededAssessment();
    seed(assessment);
    const result = evaluate(q, assessment, []);
    // the fixture exercises what the page must show
    expect(result.progress.unknown).toBeGreaterThan(0);
    expect(result.progress.notApplicable).toBeGreaterThan(0);
    expect(result.scores.dimensions.some((row) => row.weakEvidence)).toBe(true);
    expect(result.scores.dimensions.some((row) => row.current.average.score === null)).toBe(true);

    const user = userEvent.setup();
    renderWithApp(<ResultsPage assessmentId={id} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Yhteenveto' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Tulokset' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Painotettu keskiarvo' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Painotettu keskiarvo' })).toHaveAccessibleDescription(
      /painotettuna kysymysten painoilla/,
    );
    expectPageMatches(result, 'average');
    expect(screen.getAllByText(/^Heikko näyttö: taso on vähintään 3/).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('radio', { name: 'Heikoin lenkki' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Heikoin lenkki' })).toBeChecked());
    expect(window.location.hash).toBe(`#/a/${id}/results/weakest`);
    expect(screen.getByRole('radio', { name: 'Heikoin lenkki' })).toHaveAccessibleDescription(
      /heikoimmin arvioidun/i,
    );
    expectPageMatches(result, 'weakest');
    // the weakest link is at most the average everywhere it has a value
    expect(result.scores.overall.current.weakest.score).toBeLessThanOrEqual(
      result.scores.overall.current.average.score ?? 0,
    );
    // role queries over every table are slow in jsdom
  }, 30_000);

  it('lists the largest gaps and places every prioritised item in the impact/effort matrix', async () => {
    const assessment = seededAssessment();
    seed(assessment);
    const result = evaluate(q, assessment, []);
    renderWithApp(<ResultsPage assessmentId={id} />);
    const gapsList = await screen.findByRole('list', { name: 'Suurimmat erot tavoitteeseen' });
    const expected = largestGaps(result.scores.items, 10);
    expect(expected).toHaveLength(10);
    const cards = within(gapsList).getAllByRole('listitem');
    expect(cards).toHaveLength(10);
    expected.forEach((entry, index) => {
      const item = q.items.find((i) => i.id === entry.itemId);
      const card = cards[index];
      if (!item || !card) throw new Error('missing');
      expect(card.querySelector('.gap-question')).toHaveTextContent(item.question.fi);
      const facts = [...card.querySelectorAll('dt')].map((dt) => [
        dt.textContent,
        dt.nextElementSibling?.textContent,
      ]);
      expect(facts).toEqual([
        ['Nykytaso → tavoite', `${entry.current} → ${entry.target} (Ero +${entry.gap})`],
        ['Ulottuvuus', fi(q.dimensions.find((d) => d.id === entry.dimension)?.name ?? { fi: '' })],
        [
          'Palvelualue',
          item.areas === 'all'
            ? 'Kaikki palvelualueet'
            : entry.areas.map((a) => fi(q.areas.find((x) => x.id === a)?.name ?? { fi: '' })).join(', '),
        ],
      ]);
    });

    const matrix = screen.getByRole('img', { name: 'Vaikuttavuus–työmäärä-nelikenttä' });
    expect(matrix).toHaveAccessibleDescription(/ylhäällä suuri vaikuttavuus/);
    const matrixTable = screen.getByRole('table', { name: 'Vaikuttavuus–työmäärä-nelikenttä' });
    const matrixRows = within(matrixTable).getAllByRole('row').slice(1);
    expect(matrixRows).toHaveLength(result.priorities.length);
    const quadrantName = {
      'quick-win': 'Pikavoitot',
      'major-project': 'Isot hankkeet',
      'fill-in': 'Täydentävät',
      thankless: 'Työläät vähähyötyiset',
    };
    result.priorities.forEach((priority, index) => {
      const row = matrixRows[index];
      if (!row) throw new Error('missing row');
      const cells = within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
      expect(cells).toEqual([
        String(index + 1),
        quadrantName[priority.quadrant],
        String(priority.value),
        { S: 'pieni', M: 'keskisuuri', L: 'suuri' }[priority.effort],
      ]);
    });
    // one numbered marker per prioritised item, and each quadrant named with its count
    expect(matrix.querySelectorAll('circle')).toHaveLength(result.priorities.length);
    for (const [quadrant, name] of Object.entries(quadrantName)) {
      const count = result.priorities.filter((p) => p.quadrant === quadrant).length;
      expect(matrix.textContent).toContain(`${name} (${count})`);
    }
  }, 30_000);

  it('draws the charts as named images with their tables available, and shows a table on request', async () => {
    seed(seededAssessment());
    const user = userEvent.setup();
    renderWithApp(<ResultsPage assessmentId={id} />);
    const radar = await screen.findByRole('img', {
      name: 'Ulottuvuuksien nykytaso ja tavoite – Painotettu keskiarvo',
    });
    expect(radar).toHaveAccessibleDescription(/yksi akseli kullekin avoimuuden ulottuvuudelle/);
    // the radar has one polygon per series on top of the 5 rings
    expect(radar.querySelectorAll('.radar-series polygon')).toHaveLength(2);
    expect(
      screen.getByRole('img', { name: /^Nykytaso palvelualueittain ja ulottuvuuksittain/ }),
    ).toBeInTheDocument();
    // open innovation is unanswered: its cells are "not answered yet" (dashed, named), not hatched
    const unanswered = [...document.querySelectorAll('.heatmap .heatmap-cell-unanswered')];
    expect(unanswered).toHaveLength(areas.length);
    for (const cell of unanswered) {
      expect(cell.querySelector('rect')?.getAttribute('stroke-dasharray')).not.toBeNull();
      expect(cell.querySelector('title')?.textContent).toMatch(
        /, Avoimet innovaatio- ja kehitysmenetelmät: Ei vielä vastattu$/,
      );
    }
    expect(document.querySelectorAll('.heatmap rect[fill^="url(#"]')).toHaveLength(0);
    // the legend names the three states
    const legend = screen.getByRole('list', { name: 'Tasot' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .slice(-2)
        .map((li) => li.textContent),
    ).toEqual(['Ei vielä vastattu', 'Ei kysymyksiä']);

    const toggles = screen.getAllByRole('button', { name: 'Näytä taulukkona' });
    expect(toggles).toHaveLength(3);
    const first = toggles[0];
    if (!first) throw new Error('no toggle');
    expect(first).toHaveAttribute('aria-expanded', 'false');
    const tableBox = document.getElementById(first.getAttribute('aria-controls') ?? '');
    expect(tableBox).toHaveClass('visually-hidden');
    await user.click(first);
    expect(first).toHaveAttribute('aria-expanded', 'true');
    expect(first).toHaveAccessibleName('Piilota taulukko');
    expect(tableBox).not.toHaveClass('visually-hidden');
  });

  it('tells how to get results when nothing is answered yet', async () => {
    const empty = { ...seededAssessment(), answers: {} };
    seed(empty);
    renderWithApp(<ResultsPage assessmentId={id} />);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Tuloksia ei vielä ole' }),
    ).toBeInTheDocument();
    const total = evaluate(q, empty, []).progress.total;
    expect(
      screen.getByText(`Kysymyksiä arvioinnin rajauksessa: ${total}.`, { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Siirry arviointiin' })).toHaveAttribute(
      'href',
      `#/a/${id}/answer`,
    );
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('says when no target is above the current level', async () => {
    const assessment = seededAssessment();
    const answers = Object.fromEntries(
      Object.entries(assessment.answers).map(([itemId, answer]) => [itemId, { ...answer, target: null }]),
    );
    seed({ ...assessment, answers });
    renderWithApp(<ResultsPage assessmentId={id} />);
    expect(
      await screen.findByText(/Yhdessäkään vastatussa kysymyksessä tavoite ei ole nykytasoa korkeampi/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Nelikenttään ei ole vielä mitään sijoitettavaa/)).toBeInTheDocument();
  });

  it('says why the heatmap rows look alike when few questions concern some areas only', async () => {
    const full = seededAssessment();
    seed(full);
    const view = renderWithApp(<ResultsPage assessmentId={id} />);
    await screen.findByRole('heading', { level: 2, name: 'Palvelualueet' });
    expect(screen.queryByText(/koskee osaa palvelualueista/)).toBeNull();
    view.unmount();
    // the quick set: one of its 24 questions concerns information management only
    seed({ ...full, scope: { ...full.scope, profile: 'quick' } });
    renderWithApp(<ResultsPage assessmentId={id} />);
    expect(
      await screen.findByText(
        'Vain 1/24 tämän arvioinnin kysymyksestä koskee osaa palvelualueista; muut koskevat kaikkia alueita samalla tavalla. Siksi lämpökartan rivit ovat lähes samanlaiset. Laaja arviointi erottelee palvelualueet paremmin.',
      ),
    ).toBeInTheDocument();
  });

  it('opens the weakest-link view from the address and speaks Swedish', async () => {
    window.location.hash = `#/a/${id}/results/weakest`;
    seed(seededAssessment());
    renderWithApp(<ResultsPage assessmentId={id} />, { language: 'sv' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Resultat' })).toBeInTheDocument();
    await screen.findByRole('heading', { level: 2, name: 'Sammanfattning' });
    expect(screen.getByRole('radio', { name: 'Svagaste länken' })).toBeChecked();
    expect(
      screen.getByRole('table', { name: 'Resultat per dimension – Svagaste länken' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Fyrfältare för effekt och arbetsinsats' }).textContent).toContain(
      'Snabba vinster',
    );
    await waitFor(() => expect(document.title).toBe('Resultat – Avoin kunta-verkstaden'));
  });

  it('follows a change of the assessment at once', async () => {
    const assessment = seededAssessment();
    seed(assessment);
    renderWithApp(<ResultsPage assessmentId={id} />);
    await screen.findByRole('heading', { level: 2, name: 'Yhteenveto' });
    act(() => useLibrary.getState().update(id, (a) => ({ ...a, answers: {} })));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Tuloksia ei vielä ole' }),
    ).toBeInTheDocument();
  });
});
