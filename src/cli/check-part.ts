// Temporary authoring aid: checks one questionnaire part file (items of one dimension).
import { readFileSync } from 'node:fs';
import { itemSchema } from '../domain/questionnaire/schema';

const file = process.argv[2];
if (!file) throw new Error('usage: tsx src/cli/check-part.ts questionnaires/parts/<dimension>.json');
const part = JSON.parse(readFileSync(file, 'utf8')) as { dimension: string; quick: string[]; items: unknown[] };
let errors = 0;
const ids = new Set<string>();
const phases = new Set(['strategy', 'development', 'production']);
const areas = new Set(['social-health', 'education-culture', 'vitality', 'land-use', 'finance', 'information-management', 'hr', 'municipal-engineering']);
part.items.forEach((raw, i) => {
  const r = itemSchema.safeParse(raw);
  if (!r.success) {
    for (const issue of r.error.issues) console.log(`items[${i}].${issue.path.join('.')}: ${issue.message}`);
    errors++;
    return;
  }
  const it = r.data;
  if (ids.has(it.id)) { console.log(`items[${i}].id: duplicate ${it.id}`); errors++; }
  ids.add(it.id);
  if (it.dimension !== part.dimension || !it.id.startsWith(part.dimension + '.')) { console.log(`items[${i}]: id/dimension must be ${part.dimension}`); errors++; }
  if (it.phases !== 'all') for (const p of it.phases) if (!phases.has(p)) { console.log(`items[${i}].phases: unknown ${p}`); errors++; }
  if (it.areas !== 'all') for (const a of it.areas) if (!areas.has(a)) { console.log(`items[${i}].areas: unknown ${a}`); errors++; }
  for (const [j, l] of it.levels.entries()) for (const lang of ['sv', 'en'] as const) if (l[lang] === l.fi) console.log(`warning items[${i}].levels[${j}].${lang} identical to Finnish`);
});
for (const q of part.quick) if (!ids.has(q)) { console.log(`quick: unknown item ${q}`); errors++; }
const byArea: Record<string, number> = {};
for (const raw of part.items) { const it = raw as { areas: string[] | 'all' }; for (const a of it.areas === 'all' ? ['all'] : it.areas) byArea[a] = (byArea[a] ?? 0) + 1; }
console.log(`${part.items.length} items, ${part.quick.length} quick, by area:`, byArea);
console.log(errors ? `${errors} errors` : 'OK');
process.exit(errors ? 1 : 0);
