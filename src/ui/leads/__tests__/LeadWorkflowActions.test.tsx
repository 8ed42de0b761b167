import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLiveQuery } from 'dexie-react-hooks';
import { renderWithProviders, testRepositories } from '../../../../test/setup/renderWithProviders';
import { JSDOM_KEEPS_DIALOG_HIDING } from '../../../../test/setup/tabsterInJsdom';
import { emptyLeadInput } from '../../../domain/lead';
import type { LeadId } from '../../../domain/types';
import { useRepositories } from '../../shell/RepositoriesContext';
import { LeadWorkflowActions } from '../LeadWorkflowActions';

function LiveLead({ id }: { id: LeadId }) {
  const { leads } = useRepositories();
  const lead = useLiveQuery(() => leads.get(id), [leads, id]);
  return lead ? <LeadWorkflowActions lead={lead} /> : null;
}

describe('LeadWorkflowActions', () => {
  it('should disqualify with a reason (asking for details for "Other") and reactivate', async () => {
    const repositories = testRepositories();
    const lead = await repositories.leads.create({ ...emptyLeadInput(), fullName: 'Trần Thị Mai' });
    renderWithProviders(<LiveLead id={lead.id} />, { repositories, locale: 'en' });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Disqualify' }));
    const dialog = await screen.findByRole('dialog', { hidden: JSDOM_KEEPS_DIALOG_HIDING });
    await within(dialog).findByRole('option', { name: 'Other (describe)', hidden: JSDOM_KEEPS_DIALOG_HIDING });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Reason/, hidden: JSDOM_KEEPS_DIALOG_HIDING }), 'Other (describe)');
    await user.click(within(dialog).getByRole('button', { name: 'Disqualify', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    expect(await within(dialog).findByText('Describe the reason in a few words.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Details/, hidden: JSDOM_KEEPS_DIALOG_HIDING }), 'Chỉ hỏi giá');
    await user.click(within(dialog).getByRole('button', { name: 'Disqualify', hidden: JSDOM_KEEPS_DIALOG_HIDING }));

    expect(await screen.findByText('Disqualified: Other (describe) (Chỉ hỏi giá)')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Reactivate', hidden: JSDOM_KEEPS_DIALOG_HIDING }));
    await screen.findByRole('button', { name: 'Qualify (convert to business contact)', hidden: JSDOM_KEEPS_DIALOG_HIDING });
    const history = await repositories.activities.historyOf(lead.id);
    expect(history.map((h) => h.event?.type).sort()).toEqual(['created', 'disqualified', 'reactivated']);
  });

  it('should assign to a team from the record and record it in history', async () => {
    const repositories = testRepositories();
    const team = await repositories.workflow.people.addTeam('Miền Nam');
    const lead = await repositories.leads.create({ ...emptyLeadInput(), fullName: 'Lan' });
    renderWithProviders(<LiveLead id={lead.id} />, { repositories });
    const user = userEvent.setup();
    const select = await screen.findByRole('combobox', { name: 'Assign to' });
    await waitFor(() => expect(select).toBeEnabled());
    await user.selectOptions(select, 'Miền Nam');
    expect(await screen.findByText('Assigned.')).toBeInTheDocument();
    expect((await repositories.leads.get(lead.id))?.teamId).toBe(team.id);
  });
});
