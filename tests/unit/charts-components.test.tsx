import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Heatmap } from '../../src/components/charts/Heatmap';
import { ImpactEffortMatrix, type MatrixPoint } from '../../src/components/charts/ImpactEffortMatrix';
import { RadarChart } from '../../src/components/charts/RadarChart';
import { contrastRatio, levelColors, unansweredStyle } from '../../src/domain/charts/colors';
import { renderWithApp } from './support/render';

const texts = { showTable: 'Show as a table', hideTable: 'Hide the table' };
const format = (value: number | null) => (value === null ? 'no data' : value.toFixed(1));
const axes = [
  { id: 'source', label: 'Open source' },
  { id: 'standards', label: 'Open standards' },
  { id: 'apis', label: 'Open APIs' },
];

describe('RadarChart', () => {
  it('is a named image with a description, a legend and an equivalent table', async () => {
    renderWithApp(
      <RadarChart
        caption="Current and target"
        description="One axis per dimension."
        axes={axes}
        series={[
          { id: 'current', style: 'current', label: 'Current', values: [1.5, null, 3] },
          { id: 'target', style: 'target', label: 'Target', values: [3, 4, 5] },
        ]}
        formatValue={format}
        axisHeader="Dimension"
        texts={texts}
      />,
    );
    const image = screen.getByRole('img', { name: 'Current and target' });
    expect(image).toHaveAccessibleDescription('One axis per dimension.');
    expect(screen.getByRole('figure', { name: 'Current and target' })).toBeInTheDocument();
    // a marker for every value, none for the missing one
    expect(image.querySelectorAll('.radar-series-current circle')).toHaveLength(2);
    expect(image.querySelectorAll('.radar-series-target rect')).toHaveLength(3);
    expect(image.querySelector('.radar-series-target polygon')).toHaveAttribute('stroke-dasharray', '6 4');

    const table = screen.getByRole('table', { name: 'Current and target' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => [th.textContent, th.getAttribute('scope')]),
    ).toEqual([
      ['Dimension', 'col'],
      ['Current', 'col'],
      ['Target', 'col'],
    ]);
    const row = within(table).getByRole('rowheader', { name: 'Open standards' }).closest('tr');
    expect(
      row &&
        within(row)
          .getAllByRole('cell')
          .map((td) => td.textContent),
    ).toEqual(['no data', '4.0']);
    expect(screen.getByRole('list')).toHaveTextContent('CurrentTarget');

    // the table is read by screen readers at once, and shown on request from the keyboard
    const toggle = screen.getByRole('button', { name: 'Show as a table' });
    expect(table.closest('.chart-table')).toHaveClass('visually-hidden');
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Hide the table' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('table', { name: 'Current and target' }).closest('.chart-table')).not.toHaveClass(
      'visually-hidden',
    );
  });
});

describe('Heatmap', () => {
  it('prints each value on a cell coloured by its level, with readable text and hatching where no question applies', () => {
    renderWithApp(
      <Heatmap
        caption="Level by area"
        rows={[
          { id: 'land-use', label: 'Land use' },
          { id: 'finance', label: 'Finance' },
        ]}
        columns={axes}
        cells={[
          [0.4, 2.5, 4.9],
          [5, null, 3],
        ]}
        applicable={[
          [1, 1, 1],
          [1, 0, 1],
        ]}
        formatValue={format}
        cornerHeader="Area"
        legend={{
          title: 'Levels',
          levels: ['0', '1', '2', '3', '4', '5'],
          unanswered: 'Not answered yet',
          noQuestions: 'No questions',
        }}
        texts={texts}
      />,
    );
    const image = screen.getByRole('img', { name: 'Level by area' });
    const cells = [...image.querySelectorAll('g')].map((g) => ({
      fill: g.querySelector('rect')?.getAttribute('fill'),
      text: g.querySelector('text')?.textContent ?? null,
      textFill: g.querySelector('text')?.getAttribute('fill') ?? null,
    }));
    expect(cells.map((c) => c.text?.replace('Noquestions', 'No questions'))).toEqual([
      '0.4',
      '2.5',
      '4.9',
      '5.0',
      'No questions',
      '3.0',
    ]);
    expect(cells.map((c) => c.fill)).toEqual([
      levelColors[0],
      levelColors[2],
      levelColors[4],
      levelColors[5],
      expect.stringMatching(/^url\(#no-data-/),
      levelColors[3],
    ]);
    for (const cell of cells) {
      // a hatched cell's words stand on a white halo
      const ground = cell.fill?.startsWith('url(') ? '#ffffff' : cell.fill;
      if (cell.textFill && ground) expect(contrastRatio(ground, cell.textFill)).toBeGreaterThanOrEqual(4.5);
    }
    const patternId = /url\(#(.+)\)/.exec(cells[4]?.fill ?? '')?.[1];
    expect(patternId && document.getElementById(patternId)?.tagName).toBe('pattern');

    const legend = screen.getByRole('list', { name: 'Levels' });
    expect(within(legend).getAllByRole('listitem')).toHaveLength(8);
    const table = screen.getByRole('table', { name: 'Level by area' });
    const finance = within(table).getByRole('rowheader', { name: 'Finance' }).closest('tr');
    expect(
      finance &&
        within(finance)
          .getAllByRole('cell')
          .map((td) => td.textContent),
    ).toEqual(['5.0', 'No questions', '3.0']);
  });

  it('tells "not answered yet" from "no questions" in the drawing, the tooltips, the legend and the table', () => {
    renderWithApp(
      <Heatmap
        caption="Level by area"
        rows={[{ id: 'finance', label: 'Finance' }]}
        columns={axes.slice(0, 3)}
        cells={[[2, null, null]]}
        applicable={[[3, 2, 0]]}
        formatValue={format}
        cornerHeader="Area"
        legend={{
          title: 'Levels',
          levels: ['0', '1', '2', '3', '4', '5'],
          unanswered: 'Not answered yet',
          noQuestions: 'No questions',
        }}
        texts={texts}
      />,
    );
    const image = screen.getByRole('img', { name: 'Level by area' });
    const [level, unanswered, none] = [...image.querySelectorAll('g')];
    // each cell is named in words: its row, its column and what it holds
    expect([level, unanswered, none].map((g) => g?.querySelector('title')?.textContent)).toEqual([
      'Finance, Open source: 2.0',
      'Finance, Open standards: Not answered yet',
      'Finance, Open APIs: No questions',
    ]);
    // not answered yet: white with a dashed outline; no questions: hatched; both say so in words
    const outline = unanswered?.querySelector('rect');
    expect(outline?.getAttribute('fill')).toBe(unansweredStyle.fill);
    expect(outline?.getAttribute('stroke-dasharray')).toBe(unansweredStyle.dash.join(' '));
    const words = (g: Element | undefined) =>
      [...(g?.querySelectorAll('text tspan') ?? [])].map((t) => t.textContent).join(' ');
    expect(words(unanswered)).toBe('Not answered yet');
    expect(none?.querySelector('rect')?.getAttribute('fill')).toMatch(/^url\(#no-data-/);
    expect(none?.querySelector('rect')?.getAttribute('stroke-dasharray')).toBeNull();
    expect(words(none)).toBe('No questions');
    expect(contrastRatio(unansweredStyle.stroke, '#ffffff')).toBeGreaterThanOrEqual(3);

    const legend = within(screen.getByRole('list', { name: 'Levels' })).getAllByRole('listitem');
    expect(legend.slice(-2).map((li) => li.textContent)).toEqual(['Not answered yet', 'No questions']);
    expect(legend.at(-2)?.querySelector('.heatmap-swatch-unanswered')).not.toBeNull();
    expect(legend.at(-1)?.querySelector('.heatmap-swatch-empty')).not.toBeNull();

    const table = screen.getByRole('table', { name: 'Level by area' });
    const row = within(table).getByRole('rowheader', { name: 'Finance' }).closest('tr');
    expect(
      row &&
        within(row)
          .getAllByRole('cell')
          .map((td) => td.textContent),
    ).toEqual(['2.0', 'Not answered yet', 'No questions']);
  });
});

describe('ImpactEffortMatrix', () => {
  const points: MatrixPoint[] = [
    { id: 'a', rank: 1, label: 'Publish an API catalogue', quadrant: 'quick-win', value: 6, effort: 'S' },
    { id: 'b', rank: 2, label: 'Replace the ERP', quadrant: 'major-project', value: 9, effort: 'L' },
    { id: 'c', rank: 3, label: 'Tidy the wiki', quadrant: 'fill-in', value: 2, effort: 'M' },
  ];
  it('numbers every item in its quadrant and lists them by rank in the table', () => {
    renderWithApp(
      <ImpactEffortMatrix
        caption="Impact and effort"
        points={points}
        quadrantNames={{
          'quick-win': 'Quick wins',
          'major-project': 'Major projects',
          'fill-in': 'Fill-ins',
          thankless: 'Thankless tasks',
        }}
        quadrantHints={{
          'quick-win': 'High impact, small effort.',
          'major-project': 'High impact, large effort.',
          'fill-in': 'Low impact, small effort.',
          thankless: 'Low impact, large effort.',
        }}
        axisLabels={{ impact: 'Impact', effort: 'Effort' }}
        effortNames={{ S: 'small', M: 'medium', L: 'large' }}
        columns={{ rank: 'Rank', item: 'Question', quadrant: 'Quadrant', impact: 'Impact', effort: 'Effort' }}
        formatNumber={(n) => String(n)}
        texts={texts}
      />,
    );
    const image = screen.getByRole('img', { name: 'Impact and effort' });
    expect(image.querySelectorAll('circle')).toHaveLength(3);
    for (const name of ['Quick wins (1)', 'Major projects (1)', 'Fill-ins (1)', 'Thankless tasks (0)'])
      expect(image).toHaveTextContent(name);
    // each marker tells its question on hover
    expect([...image.querySelectorAll('g > title')].map((t) => t.textContent)).toEqual([
      '1. Publish an API catalogue',
      '2. Replace the ERP',
      '3. Tidy the wiki',
    ]);
    const table = screen.getByRole('table', { name: 'Impact and effort' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '1Publish an API catalogueQuick wins6small',
      '2Replace the ERPMajor projects9large',
      '3Tidy the wikiFill-ins2medium',
    ]);
    expect(screen.getByText('High impact, large effort.')).toBeInTheDocument();
  });
});
