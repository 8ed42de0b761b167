import { dateInputValue, dayBound, numberBound, withBound } from '../filterInputs';

describe('filter inputs', () => {
  it.each([
    ['2026-03-31', false, new Date(2026, 2, 31).getTime()],
    ['2026-03-31', true, new Date(2026, 3, 1).getTime() - 1],
    ['', false, undefined],
    ['31/03/2026', false, undefined],
  ] as const)('should read the date %s (end of day: %s)', (value, end, expected) => {
    expect(dayBound(value, end)).toBe(expected);
  });

  it('should round-trip a date through the input', () => {
    expect(dateInputValue(dayBound('2026-12-02', true))).toBe('2026-12-02');
    expect(dateInputValue(undefined)).toBe('');
  });

  it.each([['', undefined], [' 40 ', 40], ['abc', undefined], ['0', 0]] as const)('should read the number %j', (value, expected) => {
    expect(numberBound(value)).toBe(expected);
  });

  it.each([
    [undefined, 'min', 10, { min: 10 }],
    [{ min: 10 }, 'max', 20, { min: 10, max: 20 }],
    [{ min: 10, max: 20 }, 'min', undefined, { max: 20 }],
    [{ min: 10 }, 'min', undefined, undefined],
  ] as const)('should change a bound of %j', (range, bound, value, expected) => {
    expect(withBound(range, bound, value)).toEqual(expected);
  });
});
