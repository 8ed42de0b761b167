import { emptyLeadInput } from '../../../domain/lead';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, testRepositories } from '../../../../test/setup/renderWithProviders';
import type { MailMessage } from '../../../domain/mailMessage';
import { MailReadError } from '../../../office/mailReadError';
import { EmailTab } from '../EmailTab';

// The full lead form is large; under jsdom on a shared two-core machine a typed interaction can exceed jest's 5 s default.
jest.setTimeout(60_000);

const message: MailMessage = {
  source: 'eml',
  subject: 'Quote request',
  from: { name: 'Sarah Whitfield', address: 'sarah.whitfield@northwindtraders.com' },
  to: [],
  cc: [],
  receivedAt: Date.parse('2026-11-17T02:12:44Z'),
  internetMessageId: '<q1@northwindtraders.com>',
  conversationId: null,
  itemId: null,
  bodyText: 'Could you send a quote?',
  bodyHtml: null,
};

describe('EmailTab', () => {
  it('should prefill a new lead for an unknown sender, save it, then show the known lead', async () => {
    const repositories = testRepositories();
    renderWithProviders(<EmailTab current={{ status: 'ready', message }} />, { repositories });
    const name = await screen.findByRole('textbox', { name: /Full name/ });
    expect(name).toHaveValue('Sarah Whitfield');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue('sarah.whitfield@northwindtraders.com');
    expect(screen.getByRole('textbox', { name: 'Company' })).toHaveValue('Northwindtraders');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save lead' }));
    expect(await screen.findByRole('heading', { name: 'Sarah Whitfield' })).toBeInTheDocument();
    expect(await screen.findByText('This email is in the lead’s history.')).toBeInTheDocument();
    const stored = await repositories.leads.findByEmail('sarah.whitfield@northwindtraders.com');
    expect((await repositories.activities.historyOf(stored!.id)).map((a) => a.event?.type ?? a.kind).sort()).toEqual(['created', 'email']);
  });

  it('should show "Reading the email…" first, then the prefilled form', async () => {
    renderWithProviders(<EmailTab current={{ status: 'ready', message }} />, { repositories: testRepositories() });
    expect(await screen.findByText('Reading the email…')).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: /Full name/ })).toHaveValue('Sarah Whitfield');
    expect(screen.queryByText('Reading the email…')).not.toBeInTheDocument();
  });

  it('should let Cancel stop the reading and keep only the sender', async () => {
    const signed = { ...message, bodyText: 'Could you send a quote?\n\nBest regards,\nSarah Whitfield\nHead of Purchasing\nMobile: +44 7911 123456' };
    renderWithProviders(<EmailTab current={{ status: 'ready', message: signed }} />, { repositories: testRepositories() });
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText(/Reading was cancelled/)).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: /Full name/ })).toHaveValue('Sarah Whitfield');
    expect(screen.getByRole('textbox', { name: /Job title/ })).toHaveValue('');
  });

  it('should offer "Log this email" for a known lead and log it once', async () => {
    const repositories = testRepositories();
    await repositories.leads.create({
      ...emptyLeadInput(),
      fullName: 'Sarah Whitfield', jobTitle: '', company: 'Northwind', website: '', source: '', notes: '', status: 'open', rating: null, ownerId: null,
      emails: [{ address: 'sarah.whitfield@northwindtraders.com', label: 'work' }], phones: [], addresses: [],
    });
    renderWithProviders(<EmailTab current={{ status: 'ready', message }} />, { repositories });
    const user = userEvent.setup();
    const logButton = await screen.findByRole('button', { name: 'Log this email' });
    // Enabled once the pane knows the email is not logged yet.
    await waitFor(() => expect(logButton).toBeEnabled());
    await user.click(logButton);
    expect(await screen.findByText('This email is in the lead’s history.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Log this email' })).not.toBeInTheDocument();
    const lead = await repositories.leads.findByEmail('sarah.whitfield@northwindtraders.com');
    await waitFor(async () => expect((await repositories.activities.historyOf(lead!.id)).filter((a) => a.kind === 'email')).toHaveLength(1));
  });

  it('should explain a failed read instead of showing a blank pane', () => {
    renderWithProviders(<EmailTab current={{ status: 'error', error: new MailReadError('bodyUnavailable', 'Internal error') }} />);
    expect(screen.getByText('Outlook could not give the email’s text (Internal error). Try again, or reopen the email.')).toBeInTheDocument();
  });
});
