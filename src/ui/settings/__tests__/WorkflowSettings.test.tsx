import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, testRepositories } from '../../../../test/setup/renderWithProviders';
import { WorkflowSettings } from '../WorkflowSettings';

describe('WorkflowSettings', () => {
  it('should let a preview user name themselves, add people and teams, and explain a bad email', async () => {
    const repositories = testRepositories();
    renderWithProviders(<WorkflowSettings />, { repositories });
    const user = userEvent.setup();

    await user.type(await screen.findByRole('textbox', { name: /Your name/ }), 'Hoa Đặng');
    await user.click(screen.getByRole('button', { name: 'Set as me' }));
    expect(await screen.findByText('You: Hoa Đặng')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Bình');
    await user.type(screen.getByRole('textbox', { name: 'Email (optional)' }), 'binh@@x');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('“binh@@x” is not an email address. Use the form name@company.com, or leave it empty.');
    await user.clear(screen.getByRole('textbox', { name: 'Email (optional)' }));
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    const people = await screen.findByRole('list', { name: 'People' });
    await within(people).findByText('Bình');

    await user.type(screen.getByRole('textbox', { name: 'Team name' }), 'Miền Nam');
    await user.click(screen.getByRole('button', { name: 'Add team' }));
    const members = await screen.findByRole('group', { name: 'Members of Miền Nam' });
    await user.click(within(members).getByRole('checkbox', { name: 'Bình' }));
    await waitFor(async () => expect((await repositories.workflow.people.teams())[0]?.memberIds).toHaveLength(1));
  });

  it('should keep "Other" in the reason list and add a reason in Vietnamese', async () => {
    const repositories = testRepositories();
    renderWithProviders(<WorkflowSettings />, { repositories, locale: 'vi' });
    const user = userEvent.setup();
    const reasons = await screen.findByRole('list', { name: 'Lý do loại bỏ' });
    await within(reasons).findByDisplayValue('Khác (mô tả)');
    expect(within(reasons).queryByRole('button', { name: 'Xóa lý do Khác (mô tả)' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Lý do mới' }), 'Đã mua của đại lý');
    await user.click(screen.getByRole('button', { name: 'Thêm lý do' }));
    await within(reasons).findByDisplayValue('Đã mua của đại lý');
    await user.type(screen.getByRole('textbox', { name: 'Lý do mới' }), 'không có ngân sách');
    await user.click(screen.getByRole('button', { name: 'Thêm lý do' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Lý do này đã có trong danh sách.');
  });
});
