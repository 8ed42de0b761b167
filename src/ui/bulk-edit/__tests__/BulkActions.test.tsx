import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, testRepositories } from '../../../../test/setup/renderWithProviders';
import { JSDOM_KEEPS_DIALOG_HIDING } from '../../../../test/setup/tabsterInJsdom';
import { emptyLeadInput } from '../../../domain/lead';
import type { LeadId } from '../../../domain/types';
import type { LeadSelection } from '../../shared/LeadSelection';
import { createTranslate } from '../../../i18n/translate';
import { BulkActions } from '../BulkActions';
import { BulkJobStatus } from '../../shared/BulkJobStatus';
import { MassEditRepository } from '../../../storage/bulk-edit/massEditRepository';
import { BulkJobRepository } from '../../../storage/bulk-jobs/bulkJobRepository';
import { describeEvent } from '../../shared/workflowText';

/** A selection as the leads list would hand it over: here, "all matching" resolved on demand. */
function selectionOf(ids: LeadId[]): LeadSelection {
  return { count: ids.length, isSelected: (id) => ids.includes(id), resolveIds: async () => ids, clear: () => undefined };
}

describe('BulkActions', () => {
  it('should mass edit the selection after confirming the count, then undo the whole batch', async () => {
    const repositories = testRepositories();
    const created = await repositories.leads.bulkCreate(['An', 'Bình', 'Chi'].map((fullName) => ({ ...emptyLeadInput(), fullName, source: 'Web' })));
    const ids = created.map((l) => l.id);
    renderWithProviders(<BulkActions selection={selectionOf(ids)} />, { repositories });
    const user = userEvent.setup();

    expect(screen.getByText('3 selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mass edit' }));
    const dialog = await screen.findByRole('dialog', { hidden: JSDOM_KEEPS_DIALOG_HIDING });
    await user.click(within(dialog).getByRole('button', { name: 'Next', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    expect(await within(dialog).findByText('Type a value, or tick “Clear value” to empty the field.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'New value', hidden: JSDOM_KEEPS_DIALOG_HIDING }), 'Trade fair');
    await user.click(within(dialog).getByRole('button', { name: 'Next', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    expect(within(dialog).getByText('Change Source on 3 leads?')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Apply to 3 leads', hidden: JSDOM_KEEPS_DIALOG_HIDING }));

    expect(await screen.findByText('3 leads changed (0 already had this value, 0 skipped).')).toBeInTheDocument();
    expect((await repositories.leads.get(ids[0]!))?.source).toBe('Trade fair');
    await user.click(await screen.findByRole('button', { name: 'Undo', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    expect(await screen.findByText('Undone: 3 leads restored.')).toBeInTheDocument();
    await waitFor(async () => expect((await repositories.leads.get(ids[2]!))?.source).toBe('Web'));
  });

  it('should mass edit a custom number field and explain a value that is not a number', async () => {
    const repositories = testRepositories();
    const budget = await repositories.lookups.addCustomField({ name: 'Budget', kind: 'number', choices: [] });
    const created = await repositories.leads.bulkCreate(['An', 'Bình'].map((fullName) => ({ ...emptyLeadInput(), fullName })));
    renderWithProviders(<BulkActions selection={selectionOf(created.map((l) => l.id))} />, { repositories });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Mass edit' }));
    const dialog = await screen.findByRole('dialog', { hidden: JSDOM_KEEPS_DIALOG_HIDING });
    await within(dialog).findByRole('option', { name: 'Budget', hidden: JSDOM_KEEPS_DIALOG_HIDING });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Field', hidden: JSDOM_KEEPS_DIALOG_HIDING }), 'Budget');
    await user.type(within(dialog).getByRole('textbox', { name: 'New value', hidden: JSDOM_KEEPS_DIALOG_HIDING }), 'lots');
    await user.click(within(dialog).getByRole('button', { name: 'Next', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    expect(await within(dialog).findByText('“lots” is not a number. Type digits only, like 1500.')).toBeInTheDocument();
    await user.clear(within(dialog).getByRole('textbox', { name: 'New value', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    await user.type(within(dialog).getByRole('textbox', { name: 'New value', hidden: JSDOM_KEEPS_DIALOG_HIDING }), '1500,5');
    await user.click(within(dialog).getByRole('button', { name: 'Next', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    expect(within(dialog).getByText('Change Budget on 2 leads?')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Apply to 2 leads', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    expect(await screen.findByText('2 leads changed (0 already had this value, 0 skipped).')).toBeInTheDocument();
    expect((await repositories.leads.get(created[1]!.id))?.customValues).toEqual({ [budget.id]: 1500.5 });
  });

  it('should set manual stars on the selection, write it in each history, and hand them back to the criteria', async () => {
    const repositories = testRepositories();
    const created = await repositories.leads.bulkCreate(['An', 'Bình'].map((fullName) => ({ ...emptyLeadInput(), fullName })));
    await repositories.scoring.setManualStars(created[1]!.id, 2);
    renderWithProviders(<BulkActions selection={selectionOf(created.map((l) => l.id))} />, { repositories });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Mass edit' }));
    // On a busy machine tabster may still be hiding the first dialog too when it is queried.
    const dialog = await screen.findByRole('dialog', { hidden: JSDOM_KEEPS_DIALOG_HIDING });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Field', hidden: JSDOM_KEEPS_DIALOG_HIDING }), 'Score (stars)');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'New value', hidden: JSDOM_KEEPS_DIALOG_HIDING }), '4 of 5 stars (set by hand)');
    await user.click(within(dialog).getByRole('button', { name: 'Next', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    expect(within(dialog).getByText('Change Score (stars) on 2 leads?')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Apply to 2 leads', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    expect(await screen.findByText('2 leads changed (0 already had this value, 0 skipped).')).toBeInTheDocument();
    expect(await repositories.scoring.scoreOf(created[0]!.id)).toMatchObject({ mode: 'manual', stars: 4 });
    const [event] = (await repositories.activities.historyOf(created[1]!.id)).map((h) => h.event);
    expect(describeEvent(createTranslate('en'), event!)).toBe('Score (stars): 2 ★ (manual) → 4 ★ (manual)');
    expect(describeEvent(createTranslate('vi'), event!)).toBe('Điểm (số sao): 2 ★ (thủ công) → 4 ★ (thủ công)');

    await user.click(screen.getByRole('button', { name: 'Mass edit', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    const again = await screen.findByRole('dialog', { hidden: JSDOM_KEEPS_DIALOG_HIDING });
    await user.selectOptions(within(again).getByRole('combobox', { name: 'Field', hidden: JSDOM_KEEPS_DIALOG_HIDING }), 'Score (stars)');
    await user.click(within(again).getByRole('checkbox', { name: 'Clear the manual score (score from the criteria again)', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    await user.click(within(again).getByRole('button', { name: 'Next', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    await user.click(within(again).getByRole('button', { name: 'Apply to 2 leads', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    await waitFor(async () => expect(await repositories.scoring.scoreOf(created[0]!.id)).toMatchObject({ mode: 'automatic' }));
  });

  it('should fill the city / region from each lead\'s mailing address and count the leads it cannot read', async () => {
    const repositories = testRepositories();
    const addressed = (fullName: string, text: string) => ({ ...emptyLeadInput(), fullName, addresses: [{ text, label: 'work' as const, forMail: true }] });
    const created = await repositories.leads.bulkCreate([addressed('An', '12 Trần Phú, Hải Châu, Đà Nẵng'), addressed('Bình', 'Tầng 2, toà nhà A')]);
    renderWithProviders(<BulkActions selection={selectionOf(created.map((l) => l.id))} />, { repositories });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Mass edit' }));
    const dialog = await screen.findByRole('dialog', { hidden: JSDOM_KEEPS_DIALOG_HIDING });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Field', hidden: JSDOM_KEEPS_DIALOG_HIDING }), 'City / region');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Read from each lead’s mailing address', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    expect(within(dialog).getByRole('combobox', { name: 'New value', hidden: JSDOM_KEEPS_DIALOG_HIDING })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Next', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    await user.click(within(dialog).getByRole('button', { name: 'Apply to 2 leads', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    expect(await screen.findByText('1 lead changed (0 already had this value, 1 skipped).')).toBeInTheDocument();
    expect((await repositories.leads.get(created[0]!.id))?.region).toBe('Đà Nẵng');
  });

  it('should keep the result and its Undo when the toolbar is gone (selection cleared, lead opened)', async () => {
    const repositories = testRepositories();
    const created = await repositories.leads.bulkCreate(['An', 'Bình'].map((fullName) => ({ ...emptyLeadInput(), fullName, rating: 'cold' as const })));
    const view = renderWithProviders(<BulkActions selection={selectionOf(created.map((l) => l.id))} />, { repositories });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Mass edit' }));
    const dialog = await screen.findByRole('dialog', { hidden: JSDOM_KEEPS_DIALOG_HIDING });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Field', hidden: JSDOM_KEEPS_DIALOG_HIDING }), 'Rating');
    await user.click(within(dialog).getByRole('button', { name: 'Next', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    await user.click(within(dialog).getByRole('button', { name: 'Apply to 2 leads', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    await screen.findByText('2 leads changed (0 already had this value, 0 skipped).');
    view.unmount();

    renderWithProviders(<BulkJobStatus />, { repositories });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Undone: 2 leads restored.')).toBeInTheDocument();
    expect((await repositories.leads.get(created[0]!.id))?.rating).toBe('cold');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('should offer, when the list opens, to undo a mass edit that stopped part-way last time', async () => {
    const repositories = testRepositories();
    const created = await repositories.leads.bulkCreate(['An', 'Bình', 'Chi'].map((fullName) => ({ ...emptyLeadInput(), fullName, source: 'Web' })));
    let calls = 0;
    // The pane that ran it closed five minutes ago, after its first chunk.
    const dyingClock = () => {
      if (++calls === 2) throw new Error('the pane closed');
      return Date.now() - 5 * 60_000;
    };
    const itsJobs = new BulkJobRepository(repositories.db, () => Date.now() - 5 * 60_000, 0);
    const interrupted = new MassEditRepository(repositories.db, repositories.workflow.people, dyingClock, 2, itsJobs);
    await expect(interrupted.apply(created.map((l) => l.id), { field: 'source', value: 'Fair' })).rejects.toThrow();

    renderWithProviders(<BulkJobStatus />, { repositories, locale: 'vi' });
    expect(await screen.findByText('Một lần sửa hàng loạt đã dừng sau 2/3 khách hàng tiềm năng (2 đã thay đổi). Hãy hoàn tác, hoặc giữ những gì đã ghi.')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    expect(await screen.findByText('Đã hoàn tác: khôi phục 2 khách hàng tiềm năng.')).toBeInTheDocument();
    expect((await repositories.leads.getMany(created.map((l) => l.id))).map((l) => l?.source)).toEqual(['Web', 'Web', 'Web']);
  });

  it('should keep its buttons disabled with nothing selected', () => {
    renderWithProviders(<BulkActions selection={selectionOf([])} />);
    for (const name of ['Assign', 'Mass edit', 'Add to list', 'Disqualify']) expect(screen.getByRole('button', { name })).toBeDisabled();
  });
});
