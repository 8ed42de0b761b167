import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '../../src/i18n/I18nContext';
import type { Locale } from '../../src/i18n/translate';
import { LeadPaneDb } from '../../src/storage/db';
import { createRepositories, type Repositories } from '../../src/storage/repositories';
import { RepositoriesProvider } from '../../src/ui/shell/RepositoriesContext';

let counter = 0;

/** The app's repositories plus their database, which only tests reach (to delete it, or to build a repository by hand). */
export type TestRepositories = Repositories & { db: LeadPaneDb };

/** A fresh fake-indexeddb database with the app's repositories, for component tests. */
export function testRepositories(): TestRepositories {
  const db = new LeadPaneDb(`component-test-${Date.now()}-${counter++}`);
  return { ...createRepositories(db), db };
}

export function renderWithProviders(ui: ReactElement, { locale = 'en', repositories = testRepositories() }: { locale?: Locale; repositories?: Repositories } = {}) {
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale={locale}>
        <RepositoriesProvider repositories={repositories}>{ui}</RepositoriesProvider>
      </I18nProvider>
    </FluentProvider>,
  );
  return { ...result, repositories };
}
