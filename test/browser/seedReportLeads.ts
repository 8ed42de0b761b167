import type { Page } from 'playwright-core';
import { buildLead, emptyLeadInput } from '../../src/domain/lead';
import type { Lead, LeadId, LeadStatus, Person, PersonId, Rating } from '../../src/domain/types';

/** Two sales people; their names sort differently in Vietnamese and byte order. */
export const REPORT_PEOPLE: Person[] = [
  { id: 'p-lan' as PersonId, name: 'Lan Phạm', email: 'lan@example.com', createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null },
  { id: 'p-minh' as PersonId, name: 'Đức Minh', email: 'minh@example.com', createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null },
];

type Row = [name: string, owner: PersonId | null, region: string, rating: Rating | null, source: string, status: LeadStatus, month: number];
const ROWS: Row[] = [
  ['Anh Nguyễn', 'p-lan' as PersonId, 'Hà Nội', 'hot', 'website', 'open', 9],
  ['Bảo Trần', 'p-lan' as PersonId, 'Hà Nội', 'warm', 'email', 'qualified', 9],
  ['Cường Lê', 'p-minh' as PersonId, 'Hà Nội', 'hot', 'website', 'open', 10],
  ['Dung Võ', 'p-minh' as PersonId, 'Đà Nẵng', 'cold', 'referral', 'disqualified', 10],
  ['Giang Hồ', null, 'Đà Nẵng', null, 'website', 'open', 10],
  ['Hải Đặng', null, 'Huế', 'hot', 'email', 'open', 11],
  ['Khoa Bùi', 'p-lan' as PersonId, '', 'warm', '', 'open', 11],
];

/** Leads with owners, regions, ratings, sources, statuses and months for the report tests. */
export function reportLeadRecords(): Lead[] {
  return ROWS.map(([fullName, ownerId, region, rating, source, status, month], i) =>
    buildLead(
      `report-lead-${i}` as LeadId,
      { ...emptyLeadInput(), fullName, company: `Company ${i}`, ...(region ? { region } : {}), rating, source, status, ownerId },
      Date.UTC(2026, month - 1, 3 + i),
    ),
  );
}

/** Writes the report leads and people into the pane's IndexedDB (the app must have created it); reload after. */
export async function seedReportLeads(page: Page): Promise<void> {
  await page.evaluate(async ({ leads, people }) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('leadpane');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    await new Promise<void>((done, fail) => {
      const tx = db.transaction(['leads', 'people'], 'readwrite');
      for (const lead of leads) tx.objectStore('leads').put(lead);
      for (const person of people) tx.objectStore('people').put(person);
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, { leads: reportLeadRecords(), people: REPORT_PEOPLE });
}
