import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Follows the Office theme when Office gives one, else the browser's colour scheme. */
export function pickTheme(officeBodyBackground: string | null | undefined, prefersDark: boolean): Theme {
  const lum = officeBodyBackground ? luminance(officeBodyBackground) : null;
  if (lum !== null) return lum < 0.4 ? webDarkTheme : webLightTheme;
  return prefersDark ? webDarkTheme : webLightTheme;
}
