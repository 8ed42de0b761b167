import { parseAmount } from '../amount';

describe('parseAmount', () => {
  it.each([
    ['120.000.000', 120_000_000],
    ['120,000,000', 120_000_000],
    ['1.500,5', 1500.5],
    ['1,500.5', 1500.5],
    ['1.5', 1.5],
    ['2,75', 2.75],
    [' 12 000 ', 12_000],
    ['', null],
  ])('reads %p as %p', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });

  it.each(['abc', '-5', '1.2.3.4x'])('gives NaN for %p so validation can explain it', (text) => {
    expect(parseAmount(text)).toBeNaN();
  });
});
