import type { Table } from 'dexie';
import { newId } from '../src/domain/ids';
import { buildLead, emptyLeadInput, type LeadInput } from '../src/domain/lead';
import type { Lead, LeadId } from '../src/domain/types';
import { STORES_BY_VERSION } from '../src/storage/db';
import { chunks } from '../src/storage/leadRepository';

const FAMILY_VI = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE_VI = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc'];
const GIVEN_VI = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hương', 'Khoa', 'Linh', 'Mai', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Thảo', 'Trang', 'Tuấn', 'Việt', 'Yến'];
const GIVEN_EN = ['James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'David', 'Susan', 'Daniel', 'Sarah'];
const FAMILY_EN = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Clark', 'Lewis'];
const COMPANIES = ['Hoàng Phát', 'Thép Sài Gòn', 'Đông Á', 'Việt Tiến', 'Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Phú Mỹ', 'Bình Minh', 'Adventure Works', 'Litware'];

/** Deterministic pseudo-random leads, half Vietnamese and half English, for benchmarks. */
export function generateLeadInputs(count: number, seed = 1): LeadInput[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state;
  };
  const pick = <T>(list: readonly T[]): T => list[next() % list.length] as T;
  const inputs: LeadInput[] = [];
  for (let i = 0; i < count; i++) {
    const vietnamese = i % 2 === 0;
    const fullName = vietnamese ? `${pick(FAMILY_VI)} ${pick(MIDDLE_VI)} ${pick(GIVEN_VI)}` : `${pick(GIVEN_EN)} ${pick(FAMILY_EN)}`;
    const company = `${pick(COMPANIES)} ${next() % 500}`;
    inputs.push({
      ...emptyLeadInput(),
      fullName,
      company,
      jobTitle: vietnamese ? 'Giám đốc kinh doanh' : 'Sales Director',
      emails: [{ address: `lead${i}.${seed}@example${next() % 1000}.com`, label: 'work' }],
      phones: [{ number: `+8490${String(1000000 + (next() % 8999999)).padStart(7, '0')}`, kind: 'mobile' }],
      source: pick(['email', 'website', 'referral', 'trade show']),
    });
  }
  return inputs;
}

/** Stored leads built from `generateLeadInputs`, created at `createdAt(i)` (all now by default). */
export function generateLeads(count: number, seed: number, createdAt: (index: number) => number = () => Date.now()): Lead[] {
  return generateLeadInputs(count, seed).map((input, i) => buildLead(newId<LeadId>(), input, createdAt(i)));
}

/** Writes records the way the app's bulk paths do: `BULK_CHUNK_SIZE` per bulkPut (one transaction each). */
export async function putInChunks<T>(table: Table<T>, records: readonly T[]): Promise<void> {
  for (const chunk of chunks(records)) await table.bulkPut(chunk);
}

/** The leads table's keys and indexes in the newest schema version that declares them, for raw floors. */
export function currentLeadsSchema(): string {
  const spec = [...STORES_BY_VERSION].reverse().find((stores) => stores.leads)?.leads;
  if (!spec) throw new Error('no leads table in the schema');
  return spec;
}
