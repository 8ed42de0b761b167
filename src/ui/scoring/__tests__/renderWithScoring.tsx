import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import Dexie from 'dexie';
import type { ReactNode } from 'react';
import { I18nProvider } from '../../../i18n/I18nContext';
import type { Locale } from '../../../i18n/translate';
import { LeadPaneDb } from '../../../storage/db';
import { createRepositories, type Repositories } from '../../../storage/repositories';
import { RepositoriesProvider } from '../../shell/RepositoriesContext';

let counter = 0;

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one for its reflow.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** A fresh database and the providers a scoring component needs. */
export async function openTestRepositories(): Promise<Repositories> {
  const db = new LeadPaneDb(`scoring-ui-${counter++}-${Date.now()}`);
  await db.open();
  return createRepositories(db);
}

export async function closeTestRepositories(repositories: Repositories): Promise<void> {
  await repositories.scoring.rescore.whenIdle();
  repositories.db.close();
  await Dexie.delete(repositories.db.name);
}

export function renderWithScoring(ui: ReactNode, repositories: Repositories, locale: Locale = 'en') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale={locale}>
        <RepositoriesProvider repositories={repositories}>{ui}</RepositoriesProvider>
      </I18nProvider>
    </FluentProvider>,
  );
}
