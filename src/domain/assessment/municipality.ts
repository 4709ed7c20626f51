import type { Language } from '../language';
import type { Municipality } from './schema';

/**
 * The code of the demo's fictional municipality "Esimerkkilä". No real municipality has it:
 * Statistics Finland's municipality codes start at 005.
 */
export const exampleMunicipalityCode = '000';

/** The Finnish label the example's name carries, and what English says instead. */
const exampleSuffix = / \(esimerkki\)$/;
const exampleSuffixEn = ' (example)';

/**
 * The municipality's name in a language: the Swedish name in Swedish, else the Finnish one (the
 * official name; English has none of its own). The fictional example keeps its Finnish name in
 * English, but is labelled an example in English.
 */
export function municipalityName(
  municipality: Pick<Municipality, 'code' | 'name'>,
  language: Language,
): string {
  if (language === 'sv') return municipality.name.sv;
  const name = municipality.name.fi;
  return language === 'en' && municipality.code === exampleMunicipalityCode
    ? name.replace(exampleSuffix, exampleSuffixEn)
    : name;
}
