import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createTranslate, localeFromLanguageTag } from '../../i18n/translate';
import { ErrorBoundary } from './ErrorBoundary';

/**
 * The last boundary, around the whole pane: what fails outside the tabs' own boundaries (the
 * language look-up, the shell) shows a sentence and the way to safe mode instead of a white pane.
 * It sits outside the app's providers, so it brings its own theme and the host's language.
 */
export function RootErrorBoundary({ hostLanguage, openSafeMode, children }: { hostLanguage: string; openSafeMode?: () => void; children: ReactNode }) {
  const t = createTranslate(localeFromLanguageTag(hostLanguage));
  return (
    <FluentProvider theme={webLightTheme}>
    <ErrorBoundary
      message={(detail) => t('safeMode.crashed', { detail })}
      action={openSafeMode && <Button onClick={openSafeMode}>{t('safeMode.open')}</Button>}
    >
      {children}
    </ErrorBoundary>
    </FluentProvider>
  );
}
