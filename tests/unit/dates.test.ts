import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateText, readDateText } from '../../src/domain/dates';

describe('dates typed by a person', () => {
  it.each([
    ['26.11.2026', '2026-11-26'],
    ['3.2.2026', '2026-02-03'],
    ['03.02.2026.', '2026-02-03'],
    [' 3 / 2 / 2026 ', '2026-02-03'],
    ['2026-02-03', '2026-02-03'],
    ['2026-2-3', '2026-02-03'],
    ['29.2.2028', '2028-02-29'],
  ])('reads %j as %s', (text, iso) => {
    expect(readDateText(text)).toEqual({ iso });
  });

  it.each([['26.11.26'], ['26 November 2026'], [''], ['11/26/2026 10:00'], ['2026/11/26'], ['26-11-2026']])(
    'calls %j a format problem',
    (text) => {
      expect(readDateText(text)).toEqual({ problem: 'format' });
    },
  );

  it.each([['30.2.2026'], ['29.2.2027'], ['11/26/2026'], ['0.1.2026'], ['2026-13-01']])(
    'calls %j a day the calendar does not have',
    (text) => {
      expect(readDateText(text)).toEqual({ problem: 'calendar' });
    },
  );

  it('writes a date day first and reads it back', () => {
    expect(dateText('2026-02-03')).toBe('3.2.2026');
    expect(dateText('not a date')).toBe('not a date');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(readDateText(dateText(iso))).toEqual({ iso });
        },
      ),
    );
  });
});
