import { adviseProcurement, procurementRoute } from '../../src/domain/procurement/route';
import { thresholdSetOn, thresholdSets } from '../../src/domain/procurement/thresholds';

describe('thresholds as dated data', () => {
  it('hold the national thresholds of Act 1397/2016 §25', () => {
    expect(thresholdSets.find((s) => s.id === 'fi-national-2017')?.values).toEqual({
      'goods-services': 60_000,
      works: 150_000,
      'social-health': 400_000,
      'other-specific-services': 300_000,
      concessions: 500_000,
    });
  });

  it('pick the EU set valid on the date', () => {
    expect(thresholdSetOn('2025-12-31', 'eu')?.set.values['goods-services']).toBe(221_000);
    expect(thresholdSetOn('2026-01-01', 'eu')?.set.values['goods-services']).toBe(216_000);
    expect(thresholdSetOn('2027-12-31', 'eu')).toMatchObject({ current: true, set: { id: 'eu-2026-2027' } });
    expect(thresholdSetOn('2026-06-01', 'eu')?.set.values.works).toBe(5_404_000);
  });

  it('fall back to the nearest set, marked not current, outside every validity', () => {
    expect(thresholdSetOn('2028-01-01', 'eu')).toMatchObject({ current: false, set: { id: 'eu-2026-2027' } });
    expect(thresholdSetOn('2020-01-01', 'eu')).toMatchObject({ current: false, set: { id: 'eu-2024-2025' } });
    expect(thresholdSetOn('2026-01-01', 'eu', [])).toBeNull();
  });
});

describe('procurementRoute', () => {
  it.each([
    [0, 'direct-award-possible'],
    [59_999, 'direct-award-possible'],
    [60_000, 'national-tendering'],
    [215_999, 'national-tendering'],
    [216_000, 'eu-tendering'],
    [1_000_000, 'eu-tendering'],
  ] as const)('%s € in 2026 → %s', (value, route) => {
    expect(procurementRoute(value, '2026-03-01').route).toBe(route);
  });

  it('uses the 2024–25 EU threshold for an assessment in 2025', () => {
    expect(procurementRoute(218_000, '2025-06-01').route).toBe('national-tendering');
    expect(procurementRoute(221_000, '2025-06-01').route).toBe('eu-tendering');
  });

  it('names the thresholds and their sources', () => {
    const decision = procurementRoute(100_000, '2026-03-01');
    expect(decision.national).toMatchObject({ value: 60_000, setId: 'fi-national-2017', current: true });
    expect(decision.national?.source.title.fi).toContain('1397/2016');
    expect(decision.eu?.source.title.en).toContain('2025/2152');
  });
});

describe('adviseProcurement', () => {
  it('routes by the upper end of the cost band', () => {
    expect(
      adviseProcurement({ cost: { min: 40_000, max: 60_000 }, areas: ['finance'] }, '2026-03-01').route,
    ).toBe('national-tendering');
  });

  it('suggests joint procurement when several areas or municipalities share the step', () => {
    const one = adviseProcurement({ cost: { min: 0, max: 10_000 }, areas: ['finance'] }, '2026-03-01');
    expect(one.joint).toEqual({ suggested: false, reasons: [], areas: ['finance'], municipalities: [] });
    const many = adviseProcurement(
      { cost: { min: 0, max: 10_000 }, areas: ['finance', 'hr'], sharedWith: ['Tampere'] },
      '2026-03-01',
    );
    expect(many.joint).toEqual({
      suggested: true,
      reasons: ['several-areas', 'several-municipalities'],
      areas: ['finance', 'hr'],
      municipalities: ['Tampere'],
    });
  });
});
