import type { Page } from 'playwright-core';
import { buildLead, emptyLeadInput } from '../../src/domain/lead';
import type { Lead, LeadId } from '../../src/domain/types';
import { putRows } from './paneDatabase';

/** People for browser tests; the last has a company name long enough to test narrow panes. */
export const SEED_PEOPLE = [
  { name: 'An Nguyễn', company: 'Contoso', email: 'an@contoso.com', address: '45 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh' },
  { name: 'Bình Trần', company: 'Fabrikam', email: 'binh@fabrikam.vn', address: '12 Trần Phú, Hải Châu, Da Nang' },
  {
    name: 'Chi Lê', company: 'Công ty Trách nhiệm Hữu hạn Thương mại Dịch vụ Xuất Nhập Khẩu Hoàng Phát Sài Gòn', email: 'chi@hoangphat-saigon-export.com.vn',
    address: 'Tầng 3, toà nhà Sông Đà',
  },
] as const;

export type SeedPerson = { name: string; company: string; email: string; address: string };

/** People as stored leads (`<idPrefix>-<n>`), created oldest first (the list shows newest first). */
export function seedLeadRecords(people: readonly SeedPerson[] = SEED_PEOPLE, idPrefix = 'seed-lead'): Lead[] {
  return people.map((p, i) =>
    buildLead(
      `${idPrefix}-${i}` as LeadId,
      {
        ...emptyLeadInput(), fullName: p.name, company: p.company, emails: [{ address: p.email, label: 'work' }], source: 'Web',
        addresses: p.address ? [{ text: p.address, label: 'work', forMail: true }] : [],
      },
      Date.UTC(2026, 10, 1 + i),
    ),
  );
}

/** Writes the seed leads straight into the pane's IndexedDB (the app must have created it); reload after. */
export async function seedLeads(page: Page, leads: readonly Lead[] = seedLeadRecords()): Promise<void> {
  await putRows(page, 'leads', leads);
}
