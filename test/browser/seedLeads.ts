import type { Page } from 'playwright-core';
import { buildLead, emptyLeadInput } from '../../src/domain/lead';
import type { Lead, LeadId } from '../../src/domain/types';

/** People for browser tests; the last has a company name long enough to test narrow panes. */
export const SEED_PEOPLE = [
  { name: 'An Nguyễn', company: 'Contoso', email: 'an@contoso.com', address: '45 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh' },
  { name: 'Bình Trần', company: 'Fabrikam', email: 'binh@fabrikam.vn', address: '12 Trần Phú, Hải Châu, Da Nang' },
  {
    name: 'Chi Lê', company: 'Công ty Trách nhiệm Hữu hạn Thương mại Dịch vụ Xuất Nhập Khẩu Hoàng Phát Sài Gòn', email: 'chi@hoangphat-saigon-export.com.vn',
    address: 'Tầng 3, toà nhà Sông Đà',
  },
] as const;

/** The seed people as stored leads, created oldest first (the list shows newest first). */
export function seedLeadRecords(): Lead[] {
  return SEED_PEOPLE.map((p, i) =>
    buildLead(
      `seed-lead-${i}` as LeadId,
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
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('leadpane');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    await new Promise<void>((done, fail) => {
      const tx = db.transaction('leads', 'readwrite');
      for (const lead of rows) tx.objectStore('leads').put(lead);
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, leads as Lead[]);
}
