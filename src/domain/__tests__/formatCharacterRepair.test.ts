import { accountWithoutFormatCharacters, contactWithoutFormatCharacters, leadWithoutFormatCharacters } from '../formatCharacterRepair';
import { buildLead, emptyLeadInput } from '../lead';
import type { Lead } from '../types';
import { account, contact, lead } from './fixtures';

const RLO = '\u202E';
const ZWSP = '\u200B';

/** A lead as code before the cleaning stored it: the text as typed, the keys from that text. */
function storedBeforeCleaning(fields: Partial<Lead>): Lead {
  const clean = lead('L1', { company: 'Sao Mai', emails: [{ address: 'eve@x.vn', label: 'work' }], phones: [{ number: '+84903123456', kind: 'mobile' }] });
  return { ...clean, ...fields, rev: 7, updatedAt: 123 };
}

describe('repairing stored records that kept format characters', () => {
  it('cleans a lead\'s name, company and contact details and derives its keys again, keeping rev and dates', () => {
    const stored = storedBeforeCleaning({
      fullName: `Mallory, Evan ${RLO}fdp.exe`, company: `Sao${ZWSP} Mai`, fileAs: `Sao${ZWSP} Mai`, notes: `kept ${RLO}as written`,
      emails: [{ address: `eve${ZWSP}@x.vn`, label: 'work' }], searchWords: ['mallory', 'evan', `${RLO}fdp.exe`, `sao${ZWSP}`, 'mai'], emailKeys: [`eve${ZWSP}@x.vn`],
    });
    const repaired = leadWithoutFormatCharacters(stored);
    const expected = buildLead(stored.id, { ...emptyLeadInput(), fullName: 'Mallory, Evan fdp.exe', company: 'Sao Mai', notes: `kept ${RLO}as written`, emails: [{ address: 'eve@x.vn', label: 'work' }], phones: stored.phones, fileAsStyle: stored.fileAsStyle }, stored.createdAt);
    expect(repaired).toMatchObject({ fullName: 'Mallory, Evan fdp.exe', company: 'Sao Mai', emails: [{ address: 'eve@x.vn', label: 'work' }], notes: `kept ${RLO}as written`, rev: 7, updatedAt: 123 });
    for (const key of ['fileAs', 'searchWords', 'emailKeys', 'phoneKeys', 'findWords', 'dupKey', 'sortName', 'sortCompany'] as const) {
      expect([key, repaired?.[key]]).toEqual([key, expected[key]]);
    }
  });

  it('finds a format character left only in a key (a lead saved by older code with a clean name)', () => {
    expect(leadWithoutFormatCharacters(storedBeforeCleaning({ dupKey: `tran thi mai|sao${ZWSP} mai` }))?.dupKey).toBe(storedBeforeCleaning({}).dupKey);
  });

  it('leaves a clean lead alone (null: the upgrade does not rewrite it), and a lead whose only format characters are in its notes', () => {
    expect(leadWithoutFormatCharacters(storedBeforeCleaning({}))).toBeNull();
    expect(leadWithoutFormatCharacters(storedBeforeCleaning({ notes: `${RLO}note` }))).toBeNull();
  });

  it('repairs a lead written by other code without its lists', () => {
    const { emails: _e, phones: _p, addresses: _a, ...partial } = storedBeforeCleaning({ fullName: `${RLO}Evan Mallory` });
    expect(leadWithoutFormatCharacters(partial as Lead)).toMatchObject({ fullName: 'Evan Mallory', emails: [], phones: [], addresses: [] });
  });

  it('keeps a deleted lead deleted, with its name cleaned', () => {
    const repaired = leadWithoutFormatCharacters(storedBeforeCleaning({ fullName: `${RLO}Evan`, deletedAt: 99, searchWords: [], emailKeys: [], phoneKeys: [] }));
    expect(repaired).toMatchObject({ fullName: 'Evan', deletedAt: 99, searchWords: [] });
  });

  it('cleans contacts and accounts, and leaves clean ones alone', () => {
    const dirty = contact('C1', { fullName: `Evan ${RLO}fdp.exe`, emails: [{ address: `e${ZWSP}@x.vn`, label: 'work' }], searchWords: ['evan', `${RLO}fdp.exe`], emailKeys: [`e${ZWSP}@x.vn`] });
    expect(contactWithoutFormatCharacters(dirty)).toMatchObject({ fullName: 'Evan fdp.exe', emails: [{ address: 'e@x.vn' }], searchWords: ['evan', 'fdp.exe'], emailKeys: ['e@x.vn'], rev: dirty.rev });
    expect(contactWithoutFormatCharacters(contact('C2'))).toBeNull();
    expect(accountWithoutFormatCharacters(account('A1', { name: `Sao${ZWSP} Mai`, searchWords: [`sao${ZWSP}`, 'mai'] }))).toMatchObject({ name: 'Sao Mai', searchWords: ['sao', 'mai'] });
    expect(accountWithoutFormatCharacters(account('A2'))).toBeNull();
  });
});
