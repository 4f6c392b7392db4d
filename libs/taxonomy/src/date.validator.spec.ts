import * as fc from 'fast-check';
import { isCalendarDate, validateDate } from './date.validator';

describe('validateDate', () => {
  it.each(['2026-01-01', '2026-12-31', '2028-02-29', '2000-02-29', '2026-04-30', '1999-09-09'])(
    'accepts %s',
    (value) => {
      expect(validateDate(value)).toEqual([]);
    },
  );

  it.each([
    ['2026-02-30', 'not a real calendar date'],
    ['2026-02-29', 'not a real calendar date'],
    ['1900-02-29', 'not a real calendar date'],
    ['2026-13-01', 'not a real calendar date'],
    ['2026-00-10', 'not a real calendar date'],
    ['2026-04-31', 'not a real calendar date'],
    ['2026-01-00', 'not a real calendar date'],
    ['2026-1-05', 'YYYY-MM-DD'],
    ['26-01-05', 'YYYY-MM-DD'],
    ['2026/01/05', 'YYYY-MM-DD'],
    ['2026-01-05T00:00:00Z', 'YYYY-MM-DD'],
    [' 2026-01-05', 'YYYY-MM-DD'],
    ['2026-01-05\n', 'YYYY-MM-DD'],
    ['', 'YYYY-MM-DD'],
    ['２０２６-01-05', 'YYYY-MM-DD'],
  ])('refuses %j', (value, message) => {
    expect(validateDate(value, 'neededBy')).toEqual([
      { field: 'neededBy', value, message: expect.stringContaining(message) },
    ]);
  });

  it.each([undefined, null, 20260105, new Date('2026-01-05')])('refuses the non-string %p', (value) => {
    expect(validateDate(value)).toEqual([{ field: 'date', value, message: expect.any(String) }]);
  });

  it('agrees with the JavaScript Date calendar for every day in 1900..2199', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const date = new Date(Date.UTC(year, month - 1, day));
          const real = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          expect(isCalendarDate(text)).toBe(real);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
