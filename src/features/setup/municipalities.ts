import { municipalities as officialList } from 'virtual:municipalities';
import type { ComboboxOption } from '../../components/form/combobox-filter';
import type { Municipality } from '../../domain/assessment/schema';
import type { Language } from '../../domain/language';

/** A municipality as the list gives it: code, Finnish and Swedish names, and its region. */
export interface MunicipalityEntry {
  code: string;
  fi: string;
  sv: string;
  region: { fi: string; sv: string };
}

/** Finland's 309 municipalities, derived at build time from the postal code data set. */
export const officialMunicipalities: readonly MunicipalityEntry[] = officialList;

/**
 * The list the form offers: the official one, plus the assessment's own municipality when it is
 * not on it (the demo's fictional "Esimerkkilä", or a municipality merged away since).
 */
export function municipalityChoices(own?: Municipality): readonly MunicipalityEntry[] {
  if (!own || officialMunicipalities.some((m) => m.code === own.code)) return officialMunicipalities;
  return [
    { code: own.code, fi: own.name.fi, sv: own.name.sv, region: { fi: '', sv: '' } },
    ...officialMunicipalities,
  ];
}

/** The name in the user's language first (Swedish for sv, otherwise Finnish), the other in brackets when it differs. */
export function municipalityLabel(entry: Pick<MunicipalityEntry, 'fi' | 'sv'>, language: Language): string {
  const [first, second] = language === 'sv' ? [entry.sv, entry.fi] : [entry.fi, entry.sv];
  if (first === second) return first;
  // a name that has brackets of its own (the demo's "Esimerkkilä (esimerkki)") gets a slash instead
  return first.includes('(') || second.includes('(') ? `${first} / ${second}` : `${first} (${second})`;
}

/** Combobox options in alphabetical order of the shown name; found by the Finnish name, the Swedish name and the code. */
export function municipalityOptions(
  entries: readonly MunicipalityEntry[],
  language: Language,
): ComboboxOption[] {
  const collator = new Intl.Collator(language === 'sv' ? 'sv' : 'fi');
  return entries
    .map((entry): ComboboxOption => {
      const region = language === 'sv' ? entry.region.sv : entry.region.fi;
      return {
        value: entry.code,
        label: municipalityLabel(entry, language),
        detail: region ? `${entry.code} · ${region}` : entry.code,
        keywords: [entry.fi, entry.sv, entry.code],
      };
    })
    .sort((a, b) => collator.compare(a.label, b.label));
}
