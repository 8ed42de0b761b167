import { dayToNoonUtc, fromDateTimeInput, isIsoDate, noonUtcToDay, toDateTimeInput } from '../dates';

describe('dates', () => {
  it.each([
    ['2027-01-31', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-13-01', false],
    ['27-01-31', false],
    ['2027-01-31T00:00', false],
    ['', false],
  ])('should know whether %j is a calendar day', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('should keep a calendar day at UTC noon and read the same day back', () => {
    const ms = dayToNoonUtc('2027-01-31');
    expect(ms).toBe(Date.UTC(2027, 0, 31, 12));
    expect(noonUtcToDay(ms)).toBe('2027-01-31');
    // Noon UTC is the same calendar day from UTC-11 to UTC+11.
    expect(new Date(ms! - 11 * 3_600_000).getUTCDate()).toBe(31);
    expect(new Date(ms! + 11 * 3_600_000).getUTCDate()).toBe(31);
  });

  it('should read an empty day input as no date and a bad one as NaN, so validation can say so', () => {
    expect(dayToNoonUtc('')).toBeNull();
    expect(dayToNoonUtc('2027-02-30')).toBeNaN();
    expect(noonUtcToDay(null)).toBe('');
  });

  it('should round-trip a moment through the datetime-local text in local time', () => {
    const moment = new Date(2027, 4, 6, 9, 5).getTime();
    expect(toDateTimeInput(moment)).toBe('2027-05-06T09:05');
    expect(fromDateTimeInput('2027-05-06T09:05')).toBe(moment);
    expect(toDateTimeInput(null)).toBe('');
    expect(fromDateTimeInput('')).toBeNaN();
  });
});
