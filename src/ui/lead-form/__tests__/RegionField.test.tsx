import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, testRepositories } from '../../../../test/setup/renderWithProviders';
import { emptyDraft } from '../../../domain/leadDraft';
import { emptyLeadInput, type LeadInput } from '../../../domain/lead';
import type { Lead } from '../../../domain/types';
import { LeadForm } from '../LeadForm';
import { leadInputFromDraft } from '../leadInputFromDraft';

// The full lead form is large; under jsdom on a shared two-core machine a typed interaction can exceed jest's 5 s default.
jest.setTimeout(60_000);

const named: LeadInput = { ...emptyLeadInput(), fullName: 'Trần Thị Mai' };
const regionBox = () => screen.getByRole('combobox', { name: 'City / region' });

describe('the City / region field', () => {
  it('should suggest the region from the mailing address typed, and save what is shown', async () => {
    const repositories = testRepositories();
    const onSave = jest.fn((input: LeadInput) => repositories.leads.create(input));
    renderWithProviders(<LeadForm initial={named} onSave={onSave} />, { repositories });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add address' }));
    await user.type(screen.getByRole('textbox', { name: 'Address' }), '12 Lê Lợi, Quận 1, TP.HCM');
    expect(regionBox()).toHaveValue('Hồ Chí Minh');
    expect(screen.getByText('Read from the mailing address')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save lead' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    const saved = (await onSave.mock.results[0]!.value) as Lead;
    expect(saved.region).toBe('Hồ Chí Minh');
    expect(await repositories.lookups.usedRegions()).toEqual(['Hồ Chí Minh']);
  });

  it('should follow the address while only suggested, and never overwrite a region the user typed', async () => {
    renderWithProviders(<LeadForm initial={named} onSave={jest.fn()} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add address' }));
    const address = screen.getByRole('textbox', { name: 'Address' });
    await user.click(address);
    await user.paste('45 Hà Nội');
    expect(regionBox()).toHaveValue('Hà Nội');
    // Typing on shows it was a street name: the suggestion goes.
    await user.type(address, ' St');
    expect(regionBox()).toHaveValue('');
    await user.clear(address);
    await user.paste('255 Hùng Vương, Đà Nẵng');
    expect(regionBox()).toHaveValue('Đà Nẵng');

    await user.clear(regionBox());
    await user.paste('Houston');
    expect(screen.queryByText('Read from the mailing address')).not.toBeInTheDocument();
    await user.click(address);
    await user.paste(', Huế');
    expect(regionBox()).toHaveValue('Houston');
  });

  // Picking with the arrow keys is covered in Chromium (test/e2e/record.test.ts): jsdom has no layout for Fluent's active option.
  it('should be picked from a list that ignores diacritics', async () => {
    const onSave = jest.fn(async (input: LeadInput) => ({ ...input }) as unknown as Lead);
    renderWithProviders(<LeadForm initial={named} onSave={onSave} />);
    const user = userEvent.setup();
    await user.click(regionBox());
    await user.paste('da nan');
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual(['Đà Nẵng']);
    await user.click(within(listbox).getByRole('option', { name: 'Đà Nẵng' }));
    expect(regionBox()).toHaveValue('Đà Nẵng');
    await user.click(screen.getByRole('button', { name: 'Save lead' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({ region: 'Đà Nẵng' });
  });

  it('should mark a region read from an email signature like the other prefilled fields', () => {
    const line = 'Địa chỉ: 89 Trần Hưng Đạo, Bà Rịa - Vũng Tàu';
    const { input, marks } = leadInputFromDraft({
      ...emptyDraft(),
      fullName: { value: 'Lê Văn Nam', origin: 'sender', line: null, confidence: 0.9 },
      address: { value: '89 Trần Hưng Đạo, Bà Rịa - Vũng Tàu', origin: 'signature', line, confidence: 0.8 },
      region: { value: 'Bà Rịa - Vũng Tàu', origin: 'signature', line, confidence: 0.8 },
    });
    expect(input.region).toBe('Bà Rịa - Vũng Tàu');
    renderWithProviders(<LeadForm initial={input} marks={marks} onSave={jest.fn()} />, { locale: 'vi' });
    expect(screen.getByRole('combobox', { name: 'Tỉnh / thành phố' })).toHaveValue('Bà Rịa - Vũng Tàu');
    expect(screen.getAllByText('Gợi ý từ email')).toHaveLength(2);
  });
});
