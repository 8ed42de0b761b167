import type { ReactNode } from 'react';
import type { Theme } from '@fluentui/react-components';
import { pickTheme } from './theme';
import { usePrefersDark } from './usePrefersDark';

/** Hands the pane the theme of the moment: Office's when it gives one, else the browser's, live. */
export function ThemedApp({ officeBackground, children }: { officeBackground: string | null | undefined; children: (theme: Theme) => ReactNode }) {
  const prefersDark = usePrefersDark();
  return <>{children(pickTheme(officeBackground, prefersDark))}</>;
}
