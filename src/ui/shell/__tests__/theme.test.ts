import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { luminance, pickTheme } from '../theme';

describe('pickTheme', () => {
  it.each([
    ['#1f1f1f', false, webDarkTheme],
    ['#262626', false, webDarkTheme],
    ['#ffffff', true, webLightTheme],
    ['#f3f2f1', true, webLightTheme],
  ])('should follow Office body background %s whatever the browser prefers', (background, prefersDark, theme) => {
    expect(pickTheme(background, prefersDark)).toBe(theme);
  });

  it('should follow the browser when Office gives no usable colour', () => {
    expect(pickTheme(null, true)).toBe(webDarkTheme);
    expect(pickTheme('not a colour', false)).toBe(webLightTheme);
  });

  it('should compute luminance from black to white', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('ffffff')).toBeCloseTo(1);
    expect(luminance('#12')).toBeNull();
  });
});
