import { displayPhone, phoneKey, toE164 } from '../phone';

describe('phones', () => {
  it.each([
    ['+84912345678', '0912 345 678'],
    ['0283 822 1234', '028 3822 1234'],
    ['+84 28 3822 1234', '028 3822 1234'],
    ['+17138531411', '+1 713 853 1411'],
    ['+44 20 7946 0958', '+44 20 7946 0958'],
    ['ext. 12', 'ext. 12'],
    ['12345', '12345'],
  ])('shows %p as %p', (raw, shown) => {
    expect(displayPhone(raw)).toBe(shown);
  });

  it('keys a number by E.164 however it is written, and by its digits when it does not parse', () => {
    expect(phoneKey('0912 345 678')).toBe('+84912345678');
    expect(phoneKey('+84 912-345-678')).toBe('+84912345678');
    expect(toE164('12345')).toBeNull();
    expect(phoneKey('12-345')).toBe('12345');
  });
});
