// Makes the PDF report's fonts: Inter Regular and Bold (SIL OFL 1.1, no reserved font name) cut
// down to the Latin scripts and the punctuation a report needs, without the layout tables jsPDF
// does not use (GPOS, GSUB, GDEF, STAT). The cut fonts are about 30 KB each instead of 340 KB, so
// both fit in the PDF chunk and every PDF stays small.
// Run after changing the character set or the Inter version:  npx tsx src/cli/subset-fonts.ts
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

/**
 * Unicode ranges kept. Latin-1 and Extended-A/B cover Finnish, Swedish, the Sámi languages and
 * every other Latin-script European language; the rest are typographic marks (en dash, quotes,
 * NBSP and narrow NBSP as Intl writes them, U+2212 minus as fi/sv Intl writes it, €, arrows).
 * Characters outside these fall back to their base letter or "?" in the PDF (src/report/pdf/text.ts);
 * the printable HTML report shows them as typed.
 */
export const keptRanges: ReadonlyArray<readonly [number, number]> = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x017f], // Latin-1 Supplement, Latin Extended-A (Finnish, Swedish, Northern and Inari Sámi …)
  [0x01b7, 0x01b7], // Skolt Sámi Ʒ ǥ ǧ ǩ ǯ ʒ
  [0x01e4, 0x01ef],
  [0x0292, 0x0292],
  [0x02bc, 0x02bc], // modifier letter apostrophe (Skolt Sámi)
  [0x2009, 0x200a], // thin and hair space
  [0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
  [0x202f, 0x202f], // narrow no-break space (Intl)
  [0x2030, 0x203a], // per mille, primes, angle quotes
  [0x20ac, 0x20ac], // euro
  [0x2116, 0x2116], // numero
  [0x2122, 0x2122], // trade mark
  [0x2190, 0x2193], // arrows
  [0x2212, 0x2212], // minus sign (Intl fi/sv)
  [0x2248, 0x2248],
  [0x2260, 0x2260],
  [0x2264, 0x2265],
  [0x25a0, 0x25a1], // squares and circles for markers
  [0x25cb, 0x25cb],
  [0x25cf, 0x25cf],
  [0x2713, 0x2713], // check mark
];

const require = createRequire(import.meta.url);
const interDir = dirname(require.resolve('@expo-google-fonts/inter/package.json'));
const outDir = join(import.meta.dirname, '../report/pdf/fonts');

let text = '';
for (const [first, last] of keptRanges) for (let c = first; c <= last; c++) text += String.fromCodePoint(c);

const weights = [
  { from: '400Regular/Inter_400Regular.ttf', to: 'Inter-Regular.ttf' },
  { from: '700Bold/Inter_700Bold.ttf', to: 'Inter-Bold.ttf' },
];
for (const { from, to } of weights) {
  const source = readFileSync(join(interDir, from));
  const subset = await subsetFont(source, text, {
    targetFormat: 'truetype',
    dropTables: ['GPOS', 'GSUB', 'GDEF', 'STAT'],
    noLayoutClosure: true,
  });
  writeFileSync(join(outDir, to), subset);
  console.log(`${to}: ${source.length} → ${subset.length} bytes`);
}
copyFileSync(join(interDir, 'LICENSE_FONT'), join(outDir, 'OFL.txt'));
