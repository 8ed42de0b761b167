import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CriteriaEditor } from '../CriteriaEditor';
import { renderWithProviders, testRepositories, type TestRepositories } from '../../../../test/setup/renderWithProviders';

let repositories: TestRepositories;

beforeEach(async () => {
  repositories = testRepositories();
});

afterEach(async () => {
  // A background rescore must not outlive its database.
  await repositories.scoring.rescore.whenIdle();
  await repositories.db.delete();
});

describe('CriteriaEditor', () => {
  test('refuses an empty criterion and says what to fix', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CriteriaEditor />, { repositories });
    await user.click(screen.getByRole('button', { name: 'Add criterion' }));
    expect(await screen.findByText('Enter a description: say what a lead must meet.')).toBeInTheDocument();
    expect(await repositories.scoring.listCriteria()).toEqual([]);
  });

  test('adds with Enter, edits, reorders, deletes and undoes', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CriteriaEditor />, { repositories });
    const input = screen.getByRole('textbox', { name: 'New criterion' });
    await user.type(input, 'Need identified{Enter}');
    const list = await screen.findByRole('list', { name: 'Criteria' });
    await within(list).findByText('Need identified');
    await waitFor(() => expect(input).toHaveValue(''));
    await user.type(input, 'Budget confirmed{Enter}');
    await within(list).findByText('Budget confirmed');

    await user.click(screen.getByRole('button', { name: 'Edit Budget confirmed' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Importance' }), 'high');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await repositories.scoring.listCriteria())[1]?.importance).toBe('high'));

    await user.click(await screen.findByRole('button', { name: 'Move Budget confirmed up' }));
    await waitFor(async () => expect((await repositories.scoring.listCriteria()).map((c) => c.description)).toEqual(['Budget confirmed', 'Need identified']));

    await user.click(screen.getByRole('button', { name: 'Delete Need identified' }));
    expect(await screen.findByText('“Need identified” was deleted and its ticks removed from leads.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await within(list).findByText('Need identified');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument());
    // Many steps with a real (fake) IndexedDB on a shared 2-core machine: allow time, assert no timing.
  }, 60_000);
});
