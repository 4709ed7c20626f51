// How well a questionnaire covers its model: which dimension × area cells, phases and profiles
// have items. Authors read it in the CLI; tests assert on it.
import type { Item, Questionnaire } from './schema';
import { itemsInProfile, resolveIds } from './validate';

/** Counts for one set of items. An item for "all" areas (or phases) counts in every one. */
export type ItemCounts = {
  total: number;
  byDimension: Record<string, number>;
  byPhase: Record<string, number>;
  byArea: Record<string, number>;
  /** byDimensionArea[dimensionId][areaId] */
  byDimensionArea: Record<string, Record<string, number>>;
};

export type ProfileCoverage = { id: string; counts: ItemCounts; estimatedMinutes: number };

export type CoverageSummary = {
  id: string;
  version: string;
  /** Ids in questionnaire order, for rows and columns. */
  dimensionIds: string[];
  areaIds: string[];
  phaseIds: string[];
  all: ItemCounts;
  profiles: ProfileCoverage[];
};

const zeros = (ids: readonly string[]): Record<string, number> =>
  Object.fromEntries(ids.map((id) => [id, 0]));

/** Counts items per dimension, phase, area and dimension × area. */
export function countItems(q: Questionnaire, items: readonly Item[]): ItemCounts {
  const dimensionIds = q.dimensions.map((d) => d.id);
  const areaIds = q.areas.map((a) => a.id);
  const counts: ItemCounts = {
    total: items.length,
    byDimension: zeros(dimensionIds),
    byPhase: zeros(q.phases.map((p) => p.id)),
    byArea: zeros(areaIds),
    byDimensionArea: Object.fromEntries(dimensionIds.map((id) => [id, zeros(areaIds)])),
  };
  const add = (record: Record<string, number> | undefined, key: string) => {
    if (record) record[key] = (record[key] ?? 0) + 1;
  };
  for (const item of items) {
    add(counts.byDimension, item.dimension);
    for (const phase of resolveIds(item.phases, q.phases)) add(counts.byPhase, phase);
    for (const area of resolveIds(item.areas, q.areas)) {
      add(counts.byArea, area);
      add(counts.byDimensionArea[item.dimension], area);
    }
  }
  return counts;
}

/** Coverage of the whole questionnaire and of each profile. */
export function coverageSummary(q: Questionnaire): CoverageSummary {
  return {
    id: q.id,
    version: q.version,
    dimensionIds: q.dimensions.map((d) => d.id),
    areaIds: q.areas.map((a) => a.id),
    phaseIds: q.phases.map((p) => p.id),
    all: countItems(q, q.items),
    profiles: q.profiles.map((profile) => {
      const items = itemsInProfile(q, profile.id);
      return {
        id: profile.id,
        counts: countItems(q, items),
        estimatedMinutes: Math.round(items.length * profile.minutesPerItem),
      };
    }),
  };
}

/** What a set of items leaves empty: whole dimensions, phases, and dimension × area cells. */
export type CoverageGaps = {
  dimensions: string[];
  phases: string[];
  cells: [dimension: string, area: string][];
};

export function coverageGaps(summary: CoverageSummary, counts: ItemCounts): CoverageGaps {
  const dimensions = summary.dimensionIds.filter((id) => !counts.byDimension[id]);
  return {
    dimensions,
    phases: summary.phaseIds.filter((id) => !counts.byPhase[id]),
    // A dimension without items is named as a whole, not as eight empty cells.
    cells: summary.dimensionIds
      .filter((dimension) => !dimensions.includes(dimension))
      .flatMap((dimension) =>
        summary.areaIds
          .filter((area) => !counts.byDimensionArea[dimension]?.[area])
          .map((area): [string, string] => [dimension, area]),
      ),
  };
}

function describeGaps(gaps: CoverageGaps): string | undefined {
  const parts = [
    ...gaps.dimensions.map((id) => `dimension ${id}`),
    ...gaps.phases.map((id) => `phase ${id}`),
  ];
  if (gaps.cells.length > 0 && gaps.cells.length <= 6)
    parts.push(...gaps.cells.map(([d, a]) => `${d} × ${a}`));
  else if (gaps.cells.length > 6) parts.push(`${gaps.cells.length} dimension × area cells`);
  return parts.length === 0 ? undefined : parts.join(', ');
}

/**
 * Plain-text table. Long column headings are broken at hyphens over several lines
 * ("information-" / "management") so eight areas fit a terminal. `rows` are [label, cells].
 */
export function renderTable(
  corner: string,
  columns: readonly string[],
  rows: readonly (readonly [string, readonly (number | string)[]])[],
): string {
  const headings = columns.map((column) => (column.length > 12 ? column.split(/(?<=-)/) : [column]));
  const widths = columns.map((_, c) =>
    Math.max(
      ...headings[c]!.map((line) => line.length),
      ...rows.map(([, cells]) => String(cells[c] ?? '').length),
    ),
  );
  const labelWidth = Math.max(corner.length, ...rows.map(([label]) => label.length));
  const headingLines = Math.max(...headings.map((lines) => lines.length));
  const lines: string[] = [];
  for (let line = 0; line < headingLines; line++) {
    // Bottom-align headings so every column's last heading line sits right above the numbers.
    const cells = headings.map((heading, c) =>
      (heading[line - (headingLines - heading.length)] ?? '').padEnd(widths[c]!),
    );
    lines.push([(line === headingLines - 1 ? corner : '').padEnd(labelWidth), ...cells].join('  ').trimEnd());
  }
  for (const [label, cells] of rows) {
    lines.push(
      [label.padEnd(labelWidth), ...cells.map((cell, c) => String(cell).padStart(widths[c]!))]
        .join('  ')
        .trimEnd(),
    );
  }
  return lines.join('\n');
}

/** The coverage summary as text for the command line. */
export function renderCoverage(summary: CoverageSummary): string {
  const { all } = summary;
  const out: string[] = [
    `${summary.id} ${summary.version}: ${all.total} items, ${summary.dimensionIds.length} dimensions, ` +
      `${summary.areaIds.length} areas, ${summary.phaseIds.length} phases`,
    '',
    'Items per dimension × area (an item for "all" areas counts in every area)',
    renderTable(
      'dimension',
      [...summary.areaIds, 'items'],
      summary.dimensionIds.map((dimension) => [
        dimension,
        [
          ...summary.areaIds.map((area) => all.byDimensionArea[dimension]?.[area] ?? 0),
          all.byDimension[dimension] ?? 0,
        ],
      ]),
    ),
    '',
    'Items per dimension and phase, by profile',
    renderTable(
      '',
      ['all', ...summary.profiles.map((p) => p.id)],
      [
        ...summary.dimensionIds.map(
          (id) =>
            [
              id,
              [all.byDimension[id] ?? 0, ...summary.profiles.map((p) => p.counts.byDimension[id] ?? 0)],
            ] as const,
        ),
        ...summary.phaseIds.map(
          (id) =>
            [
              `phase ${id}`,
              [all.byPhase[id] ?? 0, ...summary.profiles.map((p) => p.counts.byPhase[id] ?? 0)],
            ] as const,
        ),
        ['total', [all.total, ...summary.profiles.map((p) => p.counts.total)]] as const,
      ],
    ),
    '',
    'Profiles',
    ...summary.profiles.map((profile) => {
      const gaps = describeGaps(coverageGaps(summary, profile.counts));
      const head = `  ${profile.id}: ${profile.counts.total} items, about ${profile.estimatedMinutes} min`;
      return gaps ? `${head}; no items for ${gaps}` : `${head}; covers every dimension × area and phase`;
    }),
  ];
  return out.join('\n');
}
