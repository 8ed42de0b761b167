import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../../test/setup/renderWithProviders';
import { emptyLeadInput, type LeadInput } from '../../../domain/lead';
import type { Lead } from '../../../domain/types';
import { LeadForm } from '../LeadForm';

// The full lead form is large; under jsdom on a shared two-core machine a typed interaction can exceed jest's 5 s default.
jest.setTimeout(60_000);

const prefilled: LeadInput = { ...emptyLeadInput(), fullName: 'Sarah Whitfield', company: 'Northwind', emails: [{ address: 'sarah@northwind.com', label: 'work' }] };

describe('LeadForm', () => {
  it('should show what is wrong next to each field and not save', async () => {
    const onSave = jest.fn<Promise<Lead>, [LeadInput]>();
    renderWithProviders(<LeadForm initial={prefilled} onSave={onSave} />);
    const user = userEvent.setup();
    await user.clear(screen.getByRole('textbox', { name: /Full name/ }));
    await user.clear(screen.getByRole('textbox', { name: 'Email' }));
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'sarah@northwind');
    await user.click(screen.getByRole('button', { name: 'Save lead' }));
    expect(await screen.findByText('Enter the full name: it is the one required field.')).toBeInTheDocument();
    expect(screen.getByText('“sarah@northwind” is not an email address. Use the form name@company.com.')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('should save with the keyboard: Enter in a field submits the form', async () => {
    const onSave = jest.fn(async (input: LeadInput) => ({ ...input }) as unknown as Lead);
    const onSaved = jest.fn();
    renderWithProviders(<LeadForm initial={prefilled} onSave={onSave} onSaved={onSaved} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Job title' }), 'Head of Operations{Enter}');
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({ fullName: 'Sarah Whitfield', jobTitle: 'Head of Operations' });
  });

  it('should mark suggested fields and let the user clear one', async () => {
    renderWithProviders(
      <LeadForm initial={prefilled} marks={{ company: { kind: 'guess', line: 'sarah@northwind.com' }, fullName: { kind: 'suggested', line: null } }} onSave={jest.fn()} />,
    );
    expect(screen.getByText('Guessed: please check')).toBeInTheDocument();
    expect(screen.getByText('Suggested from the email')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Clear Company' }));
    expect(screen.getByRole('textbox', { name: 'Company' })).toHaveValue('');
    expect(screen.queryByText('Guessed: please check')).not.toBeInTheDocument();
  });

  it('should speak Vietnamese', async () => {
    renderWithProviders(<LeadForm initial={{ ...prefilled, fullName: '' }} onSave={jest.fn()} />, { locale: 'vi' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Lưu khách hàng tiềm năng' }));
    expect(await screen.findByText('Hãy nhập họ và tên: đây là trường bắt buộc duy nhất.')).toBeInTheDocument();
  });
});
