import type { LocalizedText } from '../text';

/**
 * Procurement thresholds as dated data (euros, excluding VAT). National thresholds change only by
 * an amendment of the Act; EU thresholds are revised every two years by a Commission delegated
 * regulation. Add a new set here when they change; `thresholdSetOn` picks the one valid on a date.
 */

/** Kinds of contract with a threshold of their own. */
export type ContractKind =
  'goods-services' | 'works' | 'social-health' | 'other-specific-services' | 'concessions';

export interface ThresholdSource {
  title: LocalizedText;
  url?: string;
}

export interface ThresholdSet {
  id: string;
  level: 'national' | 'eu';
  /** First and last day of validity (YYYY-MM-DD); null = open-ended. */
  validFrom: string;
  validTo: string | null;
  /** Thresholds by kind of contract; a missing kind has no threshold at this level. */
  values: Partial<Record<ContractKind, number>>;
  source: ThresholdSource;
}

const procurementAct: ThresholdSource = {
  title: {
    fi: 'Laki julkisista hankinnoista ja käyttöoikeussopimuksista (1397/2016), 25 §',
    sv: 'Lag om offentlig upphandling och koncession (1397/2016), 25 §',
    en: 'Act on Public Procurement and Concession Contracts (1397/2016), section 25',
  },
  url: 'https://www.finlex.fi/fi/laki/ajantasa/2016/20161397',
};

export const thresholdSets: readonly ThresholdSet[] = [
  {
    id: 'fi-national-2017',
    level: 'national',
    validFrom: '2017-01-01',
    validTo: null,
    values: {
      'goods-services': 60_000, // also design contests
      works: 150_000,
      'social-health': 400_000,
      'other-specific-services': 300_000,
      concessions: 500_000,
    },
    source: procurementAct,
  },
  {
    id: 'eu-2024-2025',
    level: 'eu',
    validFrom: '2024-01-01',
    validTo: '2025-12-31',
    values: {
      'goods-services': 221_000, // sub-central contracting authorities, incl. municipalities
      works: 5_538_000,
      'social-health': 750_000,
      'other-specific-services': 750_000,
    },
    source: {
      title: {
        fi: 'Komission delegoitu asetus (EU) 2023/2495 (direktiivin 2014/24/EU kynnysarvot)',
        sv: 'Kommissionens delegerade förordning (EU) 2023/2495 (tröskelvärden i direktiv 2014/24/EU)',
        en: 'Commission Delegated Regulation (EU) 2023/2495 (thresholds of Directive 2014/24/EU)',
      },
    },
  },
  {
    id: 'eu-2026-2027',
    level: 'eu',
    validFrom: '2026-01-01',
    validTo: '2027-12-31',
    values: {
      'goods-services': 216_000, // sub-central contracting authorities, incl. municipalities
      works: 5_404_000,
      'social-health': 750_000,
      'other-specific-services': 750_000,
    },
    source: {
      title: {
        fi: 'Komission delegoitu asetus (EU) 2025/2152 (direktiivin 2014/24/EU kynnysarvot)',
        sv: 'Kommissionens delegerade förordning (EU) 2025/2152 (tröskelvärden i direktiv 2014/24/EU)',
        en: 'Commission Delegated Regulation (EU) 2025/2152 (thresholds of Directive 2014/24/EU)',
      },
    },
  },
];

export interface ThresholdChoice {
  set: ThresholdSet;
  /** False when no set is valid on the date and the nearest one was used instead. */
  current: boolean;
}

/**
 * The set of `level` valid on `date`. When none is (a date after the newest set expired, or before
 * the oldest), the nearest set is used and `current` is false, so the report can say the figures
 * need checking. Returns null only when there is no set of that level at all.
 */
export function thresholdSetOn(
  date: string,
  level: ThresholdSet['level'],
  sets: readonly ThresholdSet[] = thresholdSets,
): ThresholdChoice | null {
  const candidates = sets.filter((s) => s.level === level);
  const valid = candidates.find((s) => s.validFrom <= date && (s.validTo === null || date <= s.validTo));
  if (valid) return { set: valid, current: true };
  const earlier = candidates
    .filter((s) => s.validFrom <= date)
    .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1));
  const later = candidates
    .filter((s) => s.validFrom > date)
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  const nearest = earlier[0] ?? later[0];
  return nearest ? { set: nearest, current: false } : null;
}
