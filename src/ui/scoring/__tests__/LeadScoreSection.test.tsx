import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyLeadInput } from '../../../domain/lead';
import { scoreLead } from '../../../domain/scoring';
import type { Criterion, Lead } from '../../../domain/types';
import { LeadScoreSection } from '../LeadScoreSection';
import { renderWithProviders, testRepositories, type TestRepositories } from '../../../../test/setup/renderWithProviders';

let repositories: TestRepositories;
let lead: Lead;
let criteria: Criterion[];

beforeEach(async () => {
  repositories = testRepositories();
  lead = await repositories.leads.create({ ...emptyLeadInput(), fullName: 'Trần Thị Mai' });
  await repositories.scoring.addCriterion({ description: 'Need identified', importance: 'high' });
  await repositories.scoring.addCriterion({ description: 'Referred by a customer', importance: 'low' });
  criteria = await repositories.scoring.listCriteria();
});

afterEach(async () => {
  // A background rescore must not outlive its database.
  await repositories.scoring.rescore.whenIdle();
  await repositories.db.delete();
});

const label = (ticks: Criterion[]) => {
  const { effective } = scoreLead({ criteria, ticks: ticks.map((c) => c.id), mode: 'automatic', manualStars: null });
  return `${effective?.stars} of 5 stars, score ${effective?.score}`;
};

describe('LeadScoreSection', () => {
  test('ticking a criterion, by keyboard, changes the stars', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LeadScoreSection lead={lead} />, { repositories });
    const section = await screen.findByRole('region', { name: 'Score' });
    expect(await within(section).findByRole('img', { name: label([]) })).toBeInTheDocument();
    const need = within(section).getByRole('checkbox', { name: 'Need identified' });
    need.focus();
    await user.keyboard(' ');
    expect(await within(section).findByRole('img', { name: label([criteria[0]!]) })).toBeInTheDocument();
    await waitFor(() => expect(need).toBeChecked());
  });

  test('manual stars override the score and the rating suggestion can be accepted', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LeadScoreSection lead={lead} />, { repositories });
    const section = await screen.findByRole('region', { name: 'Score' });
    await user.click(await within(section).findByRole('radio', { name: 'Manual stars' }));
    await user.selectOptions(await within(section).findByLabelText('Your stars'), '4');
    expect(await within(section).findByRole('img', { name: '4 of 5 stars, score 80' })).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Use Hot' }));
    await waitFor(async () => expect((await repositories.leads.get(lead.id))?.rating).toBe('hot'));
  });

  test('without criteria it says why there is no score', async () => {
    for (const c of criteria) await repositories.scoring.deleteCriterion(c.id);
    renderWithProviders(<LeadScoreSection lead={lead} />, { repositories });
    expect(await screen.findByText(/No score yet: there are no scoring criteria/)).toBeInTheDocument();
    expect(screen.getByText('Not scored')).toBeInTheDocument();
  });

  test('shows in Vietnamese', async () => {
    renderWithProviders(<LeadScoreSection lead={lead} />, { repositories, locale: 'vi' });
    expect(await screen.findByRole('region', { name: 'Điểm' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Tự chọn số sao' })).toBeInTheDocument();
  });
});
