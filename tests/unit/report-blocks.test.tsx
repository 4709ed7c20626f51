import { screen, within } from '@testing-library/react';
import type { TableBlock } from '../../src/report/document';
import { ReportTable } from '../../src/features/report/ReportBlocks';
import { renderWithApp } from './support/render';

const table: TableBlock = {
  kind: 'table',
  caption: 'Muistiinpanot ja näyttö',
  columns: [
    { header: 'Nro', width: 0.6 },
    { header: 'Kysymys', width: 3.4 },
    { header: 'Näyttö', width: 2 },
  ],
  rows: [
    {
      cells: [
        { text: '1', bold: true },
        { text: 'Onko kunnalla avoimen lähdekoodin linjaus?' },
        {
          text: 'Valtuuston pöytäkirja 2025\nhttps://www.esimerkkila.example/linjaus\njavascript:alert(1)',
          links: ['https://www.esimerkkila.example/linjaus'],
        },
      ],
    },
    {
      cells: [
        { text: '2', bold: true },
        { text: 'Onko kunnalla rajapintaluettelo?', sub: 'Perustelu: katso\nhttp://esimerkkila.example/api' },
        { text: '–' },
      ],
    },
  ],
};

describe('ReportTable of the printable report', () => {
  it('makes the evidence addresses of a cell links, and nothing else', () => {
    const sub: TableBlock = {
      ...table,
      rows: [
        table.rows[0]!,
        {
          cells: [
            { text: '2', bold: true },
            {
              text: 'Onko kunnalla rajapintaluettelo?',
              sub: 'Perustelu: katso\nhttp://esimerkkila.example/api',
              links: ['http://esimerkkila.example/api'],
            },
            { text: '–' },
          ],
        },
      ],
    };
    renderWithApp(<ReportTable block={sub} />);
    const report = screen.getByRole('table', { name: 'Muistiinpanot ja näyttö' });
    const links = within(report).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://www.esimerkkila.example/linjaus',
      'http://esimerkkila.example/api',
    ]);
    expect(links[0]).toHaveTextContent('https://www.esimerkkila.example/linjaus');
    // the other lines stay text, on lines of their own
    const cell = links[0]!.closest('td');
    expect(cell?.textContent).toBe(
      'Valtuuston pöytäkirja 2025\nhttps://www.esimerkkila.example/linjaus\njavascript:alert(1)',
    );
  });

  it('shows no link where the cell names none, nor for an address that is not http(s)', () => {
    renderWithApp(
      <ReportTable
        block={{
          ...table,
          rows: [
            {
              cells: [
                { text: '1' },
                { text: 'Kysymys' },
                { text: 'javascript:alert(1)', links: ['javascript:alert(1)'] },
              ],
            },
            table.rows[1]!,
          ],
        }}
      />,
    );
    expect(screen.queryAllByRole('link')).toEqual([]);
  });

  it('gives the columns the widths of the PDF and scrolls rather than squeeze below them', () => {
    const { container } = renderWithApp(<ReportTable block={table} />);
    const widths = [...container.querySelectorAll('col')].map((col) => col.style.width);
    expect(widths).toEqual(['10%', '56.67%', '33.33%']);
    const element = screen.getByRole('table');
    expect(element.style.getPropertyValue('--table-min')).toBe('20.4rem');
    expect(element).not.toHaveClass('report-table-wide');
  });
});
