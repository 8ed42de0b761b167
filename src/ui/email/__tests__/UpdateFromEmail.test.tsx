import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, testRepositories } from '../../../../test/setup/renderWithProviders';
import { emptyLeadInput } from '../../../domain/lead';
import { emptyDraft, type LeadDraft } from '../../../domain/leadDraft';
import { UpdateFromEmail } from '../UpdateFromEmail';

const suggestion = <T,>(value: T) => ({ value, origin: 'signature' as const, line: null, confidence: 0.9 });

describe('UpdateFromEmail', () => {
  it('should list only the differences and write only what the user ticks', async () => {
    const repositories = testRepositories();
    const lead = await repositories.leads.create({
      ...emptyLeadInput(),
      fullName: 'Nguyễn Văn An',
      company: 'Hoàng Phát',
      emails: [{ address: 'an@hoangphat.vn', label: 'work' }],
    });
    const draft: LeadDraft = {
      ...emptyDraft(),
      fullName: suggestion('Nguyễn Văn An'),
      jobTitle: suggestion('Giám đốc Kinh doanh'),
      emails: [suggestion('an@hoangphat.vn')],
      phones: [suggestion({ number: '0903 123 456', kind: 'mobile' as const })],
    };
    renderWithProviders(<UpdateFromEmail lead={lead} draft={draft} />, { repositories });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Update from this email (2)' }));
    const apply = screen.getByRole('button', { name: 'Update lead' });
    expect(apply).toBeDisabled();
    expect(screen.getAllByRole('checkbox')).toHaveLength(2);
    await user.click(screen.getByRole('checkbox', { name: 'Job title: Giám đốc Kinh doanh (add)' }));
    await user.click(apply);
    expect(await screen.findByText('Lead updated from this email.')).toBeInTheDocument();
    const stored = await repositories.leads.get(lead.id);
    expect(stored).toMatchObject({ jobTitle: 'Giám đốc Kinh doanh', phones: [], rev: lead.rev + 1 });
  });

  it('should say when the email holds nothing new', () => {
    const lead = { ...emptyLeadInput(), fullName: 'An', id: 'x', rev: 1 } as never;
    renderWithProviders(<UpdateFromEmail lead={lead} draft={{ ...emptyDraft(), fullName: suggestion('AN') }} />);
    expect(screen.getByText('The lead already holds everything this email says.')).toBeInTheDocument();
  });

  it('should refuse to overwrite a newer version silently', async () => {
    const repositories = testRepositories();
    const lead = await repositories.leads.create({ ...emptyLeadInput(), fullName: 'Trần Bình' });
    // Another pane saves first.
    await repositories.leads.update(lead.id, { ...emptyLeadInput(), fullName: 'Trần Bình', company: 'Sao Mai' }, lead.rev);
    renderWithProviders(<UpdateFromEmail lead={lead} draft={{ ...emptyDraft(), jobTitle: suggestion('CEO') }} />, { repositories });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Update from this email/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Job title: CEO (add)' }));
    await user.click(screen.getByRole('button', { name: 'Update lead' }));
    expect(await screen.findByText(/changed in another window/)).toBeInTheDocument();
    await waitFor(async () => expect(await repositories.leads.get(lead.id)).toMatchObject({ company: 'Sao Mai', jobTitle: '' }));
  });
});
