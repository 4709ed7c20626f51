import {
  contrastRatio,
  chartInk,
  levelColor,
  levelColors,
  markerStyle,
  noDataStyle,
  readableTextColor,
  relativeLuminance,
  seriesStyles,
  unansweredStyle,
} from '../../src/domain/charts/colors';
import { heatmapCellState, heatmapGeometry } from '../../src/domain/charts/heatmap';
import { quadrantGeometry, type QuadrantPointInput } from '../../src/domain/charts/quadrant';
import { radarGeometry } from '../../src/domain/charts/radar';
import { areaDimensionMatrix } from '../../src/domain/charts/series';
import { blockExtentX, blockExtentY, wrapText } from '../../src/domain/charts/text';
import { scoreAssessment } from '../../src/domain/scoring/score';
import { assessment, item, questionnaire } from '../support/fixtures';

const axes = [
  { id: 'north', label: 'North' },
  { id: 'east', label: 'East' },
  { id: 'south', label: 'South' },
  { id: 'west', label: 'West' },
];

describe('colours', () => {
  it('computes WCAG luminance and contrast', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#fff')).toBe(1);
    expect(contrastRatio('#000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // a known pair: #767676 on white is the classic 4.54:1
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(() => relativeLuminance('red')).toThrow(/not a hex colour/);
  });

  it('gives each level 0–5 its own colour, darker as the level rises', () => {
    expect(new Set(levelColors).size).toBe(6);
    expect([0, 1, 2, 3, 4, 5].map((level) => levelColor(level))).toEqual([...levelColors]);
    const luminances = levelColors.map(relativeLuminance);
    for (let i = 1; i < luminances.length; i++) expect(luminances[i]).toBeLessThan(luminances[i - 1] ?? 1);
    // rounds down and clamps, like the engine's level thresholds
    expect(levelColor(2.99)).toBe(levelColors[2]);
    expect(levelColor(-1)).toBe(levelColors[0]);
    expect(levelColor(7)).toBe(levelColors[5]);
    expect(levelColor(null)).toBe(noDataStyle.fill);
    expect(levelColors).not.toContain(noDataStyle.fill);
  });

  it('picks black or white text with a contrast of at least 4.5:1 on every level colour', () => {
    const picks = levelColors.map((fill) => readableTextColor(fill));
    expect(picks).toEqual(['#000000', '#000000', '#000000', '#ffffff', '#ffffff', '#ffffff']);
    levelColors.forEach((fill, i) => expect(contrastRatio(fill, picks[i] ?? '')).toBeGreaterThanOrEqual(4.5));
    expect(contrastRatio(noDataStyle.fill, noDataStyle.text)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(markerStyle.fill, markerStyle.text)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps lines at 3:1 and text at 4.5:1 on white', () => {
    for (const stroke of [
      seriesStyles.current.stroke,
      seriesStyles.target.stroke,
      chartInk.grid,
      chartInk.axis,
    ])
      expect(contrastRatio(stroke, '#ffffff')).toBeGreaterThanOrEqual(3);
    for (const text of [chartInk.text, chartInk.mutedText, seriesStyles.target.stroke])
      expect(contrastRatio(text, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(noDataStyle.hatch, noDataStyle.fill)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(unansweredStyle.stroke, unansweredStyle.fill)).toBeGreaterThanOrEqual(3);
  });
});

describe('wrapText', () => {
  it('wraps at spaces and keeps long words whole', () => {
    expect(wrapText('Avoimet innovaatio- ja kehitysmenetelmät', 18)).toEqual([
      'Avoimet',
      'innovaatio- ja',
      'kehitysmenetelmät',
    ]);
    expect(wrapText('Open source', 18)).toEqual(['Open source']);
    expect(wrapText('Supercalifragilistic', 5)).toEqual(['Supercalifragilistic']);
    expect(wrapText('  ', 5)).toEqual([]);
  });
});

describe('radarGeometry', () => {
  const geometry = radarGeometry({
    axes,
    series: [
      { id: 'current', values: [5, 2.5, 0, null] },
      { id: 'target', values: [5, 5, 5, 5] },
    ],
    max: 5,
    radius: 100,
  });
  const { center } = geometry;

  it('places values on their axes, clockwise from the top', () => {
    const [north, east, south, west] = geometry.series[0]?.points ?? [];
    expect(north).toMatchObject({
      axisId: 'north',
      value: 5,
      missing: false,
      x: center.x,
      y: center.y - 100,
    });
    expect(east).toMatchObject({ axisId: 'east', value: 2.5, x: center.x + 50 });
    expect(east?.y).toBeCloseTo(center.y);
    expect(south?.x).toBeCloseTo(center.x);
    expect(south?.y).toBeCloseTo(center.y);
    // no value: at the centre, marked missing so renderers do not draw a marker
    expect(west).toMatchObject({ value: null, missing: true });
    expect(west?.x).toBeCloseTo(center.x);
  });

  it('clamps values outside the scale for placement but keeps the value', () => {
    const g = radarGeometry({ axes, series: [{ id: 's', values: [7, -1, 5, 5] }], radius: 100 });
    expect(g.series[0]?.points[0]).toMatchObject({ value: 7, y: g.center.y - 100 });
    expect(g.series[0]?.points[1]?.x).toBeCloseTo(g.center.x);
  });

  it('draws one ring per whole value and one axis per dimension', () => {
    expect(geometry.rings.map((ring) => ring.value)).toEqual([1, 2, 3, 4, 5]);
    expect(geometry.rings.map((ring) => ring.radius)).toEqual([20, 40, 60, 80, 100]);
    expect(geometry.rings[4]?.points[1]).toEqual({ x: center.x + 100, y: center.y });
    expect(geometry.axes.map((axis) => axis.id)).toEqual(['north', 'east', 'south', 'west']);
    expect(geometry.axes[1]?.start).toEqual(center);
    expect(geometry.axes[1]?.end).toEqual({ x: center.x + 100, y: center.y });
  });

  it('anchors labels away from the chart and keeps everything inside the box', () => {
    expect(geometry.axes.map((axis) => axis.label.anchor)).toEqual(['middle', 'start', 'middle', 'end']);
    const north = geometry.axes[0]?.label;
    const south = geometry.axes[2]?.label;
    expect(north && blockExtentY(north)[1]).toBeLessThan(center.y - 100);
    expect(south && blockExtentY(south)[0]).toBeGreaterThan(center.y + 100);
    for (const axis of geometry.axes) {
      const [left, right] = blockExtentX(axis.label);
      const [top, bottom] = blockExtentY(axis.label);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(geometry.width);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(bottom).toBeLessThanOrEqual(geometry.height);
    }
  });

  it('wraps long dimension names onto several lines', () => {
    const g = radarGeometry({
      axes: [...axes.slice(0, 3), { id: 'innovation', label: 'Avoimet innovaatio- ja kehitysmenetelmät' }],
      series: [],
    });
    expect(g.axes[3]?.label.lines).toEqual(['Avoimet', 'innovaatio- ja', 'kehitysmenetelmät']);
  });
});

describe('heatmapGeometry', () => {
  const rows = [
    { id: 'land-use', label: 'Maankäyttö' },
    { id: 'social-health', label: 'Hyvinvoinnin ja terveyden edistäminen' },
  ];
  const columns = [
    { id: 'open-source', label: 'Avoin lähdekoodi' },
    { id: 'open-innovation', label: 'Avoimet innovaatio- ja kehitysmenetelmät' },
    { id: 'open-data', label: 'Avoin data' },
  ];
  const geometry = heatmapGeometry({
    rows,
    columns,
    cells: [
      [0, 2.99, 5],
      [3, null, 4.2],
    ],
    applicable: [
      [1, 2, 1],
      [3, 0, 1],
    ],
  });

  it('colours each cell by the level its score earns and prints readable text', () => {
    const levels = geometry.cells.map((cell) => cell.level);
    expect(levels).toEqual([0, 2, 5, 3, null, 4]);
    for (const cell of geometry.cells) {
      if (cell.level === null) continue;
      expect(cell.fill).toBe(levelColors[cell.level]);
      expect(contrastRatio(cell.fill, cell.textColor)).toBeGreaterThanOrEqual(4.5);
    }
    expect(geometry.cells[1]?.value).toBe(2.99);
  });

  it('marks cells without questions distinctly', () => {
    const empty = geometry.cells.filter((cell) => cell.state === 'no-questions');
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatchObject({ rowId: 'social-health', columnId: 'open-innovation', value: null });
    expect(empty[0]?.fill).toBe(noDataStyle.fill);
    // without labels nothing is printed on it
    expect(empty[0]?.label).toBeNull();
  });

  it('tells three states apart: a level, not answered yet, no questions', () => {
    // the engine's figures: a score; items that apply but none with a level; no item that applies
    expect(heatmapCellState(2.5, 3)).toBe('level');
    expect(heatmapCellState(null, 3)).toBe('unanswered');
    expect(heatmapCellState(null, 0)).toBe('no-questions');
    expect(heatmapCellState(Number.NaN, 0)).toBe('no-questions');

    const labelled = heatmapGeometry({
      rows: rows.slice(0, 1),
      columns,
      cells: [[2, null, null]],
      applicable: [[2, 4, 0]],
      stateLabels: { unanswered: 'Ei vielä vastattu', noQuestions: 'Ei kysymyksiä' },
    });
    const [level, unanswered, none] = labelled.cells;
    expect(labelled.cells.map((cell) => cell.state)).toEqual(['level', 'unanswered', 'no-questions']);
    expect(level?.label).toBeNull();
    expect(unanswered).toMatchObject({ value: null, level: null, fill: unansweredStyle.fill });
    expect(unanswered?.label?.lines.join(' ')).toBe('Ei vielä vastattu');
    expect(none?.label?.lines).toEqual(['Ei kysymyksiä']);
    // the words are readable on their fill and stay inside their cell
    for (const cell of [unanswered, none]) {
      if (!cell?.label) throw new Error('expected a label');
      expect(contrastRatio(cell.fill, cell.textColor)).toBeGreaterThanOrEqual(4.5);
      const [left, right] = blockExtentX(cell.label);
      const [top, bottom] = blockExtentY(cell.label);
      expect(left).toBeGreaterThanOrEqual(cell.x);
      expect(right).toBeLessThanOrEqual(cell.x + cell.width);
      expect(top).toBeGreaterThanOrEqual(cell.y);
      expect(bottom).toBeLessThanOrEqual(cell.y + cell.height);
    }
  });

  it('lays cells out in a grid with labels left and above, inside the box', () => {
    const [a, b, c, d] = geometry.cells;
    expect(a && b && b.x - a.x).toBe((a?.width ?? 0) + 2);
    expect(a && d && d.y - a.y).toBe((a?.height ?? 0) + 2);
    expect(c?.row).toBe(0);
    expect(d?.column).toBe(0);
    for (const header of geometry.rowHeaders) {
      expect(header.anchor).toBe('end');
      expect(header.x).toBeLessThan(a?.x ?? 0);
      expect(blockExtentX(header)[0]).toBeGreaterThanOrEqual(0);
    }
    for (const header of geometry.columnHeaders) expect(blockExtentY(header)[1]).toBeLessThan(a?.y ?? 0);
    expect(geometry.columnHeaders[1]?.lines).toEqual(['Avoimet', 'innovaatio- ja', 'kehitysmenetelmät']);
    const last = geometry.cells.at(-1);
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThanOrEqual(geometry.width);
    expect((last?.y ?? 0) + (last?.height ?? 0)).toBeLessThanOrEqual(geometry.height);
    // the value sits in the middle of its cell
    expect(a?.text.x).toBe((a?.x ?? 0) + (a?.width ?? 0) / 2);
  });
});

describe('areaDimensionMatrix', () => {
  it('counts the items that apply per cell, so that "not answered yet" differs from "no questions"', () => {
    const q = questionnaire([
      item({ id: 'open-source.general.policy' }),
      item({ id: 'open-data.general.portal' }),
      item({ id: 'open-data.land-use.plans', areas: ['land-use'] }),
      item({ id: 'open-apis.land-use.register', areas: ['land-use'] }),
    ]);
    const a = assessment(
      q,
      { 'open-source.general.policy': 3, 'open-data.general.portal': 'not-applicable' },
      { areas: ['land-use', 'finance'] },
    );
    const matrix = areaDimensionMatrix(scoreAssessment(q, a), 'average');
    const at = (area: string, dimension: string) => {
      const r = matrix.areas.indexOf(area);
      const c = matrix.dimensions.indexOf(dimension);
      return { score: matrix.cells[r]?.[c], applicable: matrix.applicable[r]?.[c] };
    };
    expect(at('finance', 'open-source')).toEqual({ score: 3, applicable: 1 });
    // land use has its own open-data item, not answered yet; finance has only the one marked N/A
    expect(at('land-use', 'open-data')).toEqual({ score: null, applicable: 1 });
    expect(at('finance', 'open-data')).toEqual({ score: null, applicable: 0 });
    // an API item for land use only: finance has none at all
    expect(at('land-use', 'open-apis')).toEqual({ score: null, applicable: 1 });
    expect(at('finance', 'open-apis')).toEqual({ score: null, applicable: 0 });
    const states = heatmapGeometry({
      rows: matrix.areas.map((id) => ({ id, label: id })),
      columns: matrix.dimensions.map((id) => ({ id, label: id })),
      cells: matrix.cells,
      applicable: matrix.applicable,
    }).cells.map((cell) => `${cell.rowId}/${cell.columnId}: ${cell.state}`);
    expect(states).toEqual(
      expect.arrayContaining([
        'finance/open-source: level',
        'land-use/open-data: unanswered',
        'finance/open-data: no-questions',
        'finance/open-apis: no-questions',
      ]),
    );
  });
});

describe('quadrantGeometry', () => {
  const labels = {
    quadrants: {
      'quick-win': 'Quick wins',
      'major-project': 'Major projects',
      'fill-in': 'Fill-ins',
      thankless: 'Thankless tasks',
    },
    impact: 'Impact',
    effort: 'Effort',
  };
  const point = (
    rank: number,
    quadrant: QuadrantPointInput['quadrant'],
    value = 4,
    effort: 'S' | 'M' | 'L' = 'S',
  ) => ({
    id: `item-${rank}`,
    rank,
    quadrant,
    value,
    effort,
  });

  it('puts high impact on top and high effort on the right', () => {
    const g = quadrantGeometry({ points: [], labels });
    const at = (id: string) => g.quadrants.find((q) => q.id === id);
    expect(at('quick-win')?.x).toBeLessThan(at('major-project')?.x ?? 0);
    expect(at('quick-win')?.y).toBeLessThan(at('fill-in')?.y ?? 0);
    expect(at('thankless')).toMatchObject({ x: at('major-project')?.x, y: at('fill-in')?.y });
    expect(g.axes.impact.to.y).toBeLessThan(g.axes.impact.from.y);
    expect(g.axes.effort.to.x).toBeGreaterThan(g.axes.effort.from.x);
  });

  it('places each marker inside its own quadrant without overlaps', () => {
    const points = [
      point(1, 'quick-win', 9),
      point(2, 'major-project', 6, 'L'),
      point(3, 'fill-in', 2),
      point(4, 'thankless', 1, 'L'),
      ...Array.from({ length: 60 }, (_, i) => point(5 + i, 'quick-win', 4 + (i % 3), i % 2 ? 'M' : 'S')),
    ];
    const g = quadrantGeometry({ points, labels });
    expect(g.markers).toHaveLength(points.length);
    for (const marker of g.markers) {
      const area = g.quadrants.find((q) => q.id === marker.quadrant);
      if (!area) throw new Error('no quadrant');
      expect(marker.cx - marker.r).toBeGreaterThanOrEqual(area.x);
      expect(marker.cx + marker.r).toBeLessThanOrEqual(area.x + area.width);
      expect(marker.cy - marker.r).toBeGreaterThanOrEqual(area.y);
      expect(marker.cy + marker.r).toBeLessThanOrEqual(area.y + area.height);
    }
    for (let i = 0; i < g.markers.length; i++)
      for (let j = i + 1; j < g.markers.length; j++) {
        const a = g.markers[i];
        const b = g.markers[j];
        if (!a || !b) continue;
        expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(a.r + b.r);
      }
    // a crowded quadrant makes its row taller than the default
    expect(g.quadrants.find((q) => q.id === 'quick-win')?.height).toBeGreaterThan(150);
    expect(g.quadrants.find((q) => q.id === 'quick-win')?.count).toBe(61);
  });

  it('orders markers in a quadrant by impact, then effort, then rank', () => {
    const g = quadrantGeometry({
      points: [point(1, 'quick-win', 4, 'M'), point(2, 'quick-win', 9, 'S'), point(3, 'quick-win', 4, 'S')],
      labels,
    });
    const ranks = [...g.markers].sort((a, b) => a.cy - b.cy || a.cx - b.cx).map((m) => m.rank);
    expect(ranks).toEqual([2, 3, 1]);
  });
});
