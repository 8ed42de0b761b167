import type { AccountId, ActivityId, ContactId, OpportunityId } from '../../types';
import { fillEmptyFields, planConversion, validateQualify, type ConversionIds, type QualifyInput } from '../conversion';
import { account, contact, emailItem, lead, NOW } from '../../__tests__/fixtures';

function ids(): ConversionIds {
  let n = 0;
  return {
    contactId: 'c-new' as ContactId,
    accountId: 'a-new' as AccountId,
    opportunityId: 'o-new' as OpportunityId,
    newActivityId: () => `act-${++n}` as ActivityId,
  };
}

const input: QualifyInput = {
  createOpportunity: true, topic: ' Thép cuộn cán nóng ', productsOfInterest: 'HRC 2mm', estimatedValue: 120_000_000,
  closeDate: Date.UTC(2027, 0, 31), linkContact: null, linkAccount: null,
};

const mai = lead('l1', {
  fullName: 'Trần Thị Mai', jobTitle: 'Trưởng phòng mua hàng', company: 'Thép Sài Gòn', website: 'saigonsteel.com.vn',
  emails: [{ address: 'mai@saigonsteel.com.vn', label: 'work' }], phones: [{ number: '028 3823 4567', kind: 'work' }],
  notes: 'Cần báo giá trước 15/12', addresses: [{ text: '12 Lê Lợi, Quận 1, TP.HCM', label: 'work', forMail: true }], region: 'Hồ Chí Minh',
});
const history = [emailItem('e1', 'l1'), emailItem('e2', 'l1'), emailItem('gone', 'l1', { deletedAt: 5 })];

describe('qualify/convert plan', () => {
  it('turns the person into a contact, the company into an account and the topic into an opportunity', () => {
    const plan = planConversion(mai, history, input, ids(), NOW);
    expect(plan.contact.op).toBe('create');
    expect(plan.contact.record).toMatchObject({
      id: 'c-new', fullName: 'Trần Thị Mai', jobTitle: 'Trưởng phòng mua hàng', accountId: 'a-new', fromLeadId: 'l1',
      notes: 'Cần báo giá trước 15/12', emailKeys: ['mai@saigonsteel.com.vn'], rev: 1, addresses: mai.addresses, region: 'Hồ Chí Minh',
    });
    expect(plan.account).toEqual({ op: 'create', record: expect.objectContaining({ id: 'a-new', name: 'Thép Sài Gòn', domain: 'saigonsteel.com.vn', searchWords: ['thep', 'sai', 'gon'] }) });
    expect(plan.opportunity).toMatchObject({
      id: 'o-new', topic: 'Thép cuộn cán nóng', productsOfInterest: 'HRC 2mm', estimatedValue: 120_000_000, accountId: 'a-new', contactId: 'c-new', fromLeadId: 'l1',
    });
  });

  it('keeps the lead, marks it qualified and points it at what it became', () => {
    const plan = planConversion(mai, history, input, ids(), NOW);
    expect(plan.lead).toMatchObject({
      id: 'l1', status: 'qualified', qualifiedAt: NOW, convertedContactId: 'c-new', convertedAccountId: 'a-new',
      convertedOpportunityId: 'o-new', rev: mai.rev + 1, deletedAt: null, fullName: mai.fullName,
    });
  });

  it('copies the live history onto the contact, linked to the originals, and records the qualification on each record', () => {
    const plan = planConversion(mai, history, input, ids(), NOW);
    const copies = plan.activities.filter((a) => a.copiedFromId);
    expect(copies.map((a) => [a.recordType, a.recordId, a.copiedFromId, a.subject])).toEqual([
      ['contact', 'c-new', 'e1', 'Hỏi giá'],
      ['contact', 'c-new', 'e2', 'Hỏi giá'],
    ]);
    const events = plan.activities.filter((a) => a.kind === 'system');
    expect(events.map((a) => [a.recordType, a.recordId])).toEqual([['lead', 'l1'], ['contact', 'c-new'], ['opportunity', 'o-new']]);
    expect(events[0]?.event).toEqual({ type: 'qualified', leadId: 'l1', contactId: 'c-new', accountId: 'a-new', opportunityId: 'o-new' });
    expect(new Set(plan.activities.map((a) => a.id)).size).toBe(plan.activities.length);
  });

  it('links to an existing account and contact, filling only their empty fields', () => {
    const existingAccount = account('a-old', { name: 'SGS Steel', website: '' });
    const existingContact = contact('c-old', { fullName: 'Mai Trần', jobTitle: 'Giám đốc', emails: [{ address: 'mai.old@sgs.vn', label: 'work' }] });
    const plan = planConversion(mai, history, { ...input, linkAccount: existingAccount, linkContact: existingContact }, ids(), NOW);
    expect(plan.account).toEqual({ op: 'update', record: expect.objectContaining({ id: 'a-old', name: 'SGS Steel', website: 'saigonsteel.com.vn', rev: 4 }) });
    expect(plan.contact.op).toBe('update');
    expect(plan.contact.record).toMatchObject({
      id: 'c-old', fullName: 'Mai Trần', jobTitle: 'Giám đốc', emails: [{ address: 'mai.old@sgs.vn', label: 'work' }],
      phones: mai.phones, notes: mai.notes, accountId: 'a-old', rev: 4, region: 'Hồ Chí Minh',
    });
    // A contact's own region is kept.
    const placed = planConversion(mai, [], { ...input, linkContact: { ...existingContact, region: 'Hà Nội' } }, ids(), NOW);
    expect(placed.contact.record.region).toBe('Hà Nội');
    expect(plan.lead.convertedContactId).toBe('c-old');
    expect(plan.opportunity?.accountId).toBe('a-old');
  });

  it('makes no account for a lead without a company and no opportunity when not asked', () => {
    const solo = lead('l2', { fullName: 'Lan', company: '' });
    const plan = planConversion(solo, [], { ...input, createOpportunity: false }, ids(), NOW);
    expect(plan.account).toBeNull();
    expect(plan.opportunity).toBeNull();
    expect(plan.contact.record.accountId).toBeNull();
    expect(plan.contact.record).not.toHaveProperty('region');
    expect(plan.lead.convertedOpportunityId).toBeNull();
  });

  it.each([
    [{ topic: '  ' }, 'topicRequired'],
    [{ topic: 'x'.repeat(257) }, 'topicTooLong'],
    [{ estimatedValue: -1 }, 'invalidValue'],
    [{ estimatedValue: Number.NaN }, 'invalidValue'],
    [{ closeDate: Number.NaN }, 'invalidCloseDate'],
  ])('refuses %p with %s', (patch, code) => {
    expect(validateQualify(mai, { ...input, ...patch }).map((e) => e.code)).toEqual([code]);
  });

  it('refuses to qualify a lead twice or a disqualified lead', () => {
    expect(validateQualify({ ...mai, status: 'qualified' }, input)).toEqual([{ code: 'alreadyQualified' }]);
    expect(validateQualify({ ...mai, status: 'disqualified' }, input)).toEqual([{ code: 'disqualified' }]);
    expect(validateQualify(mai, input)).toEqual([]);
  });

  it('fills empty strings and arrays only', () => {
    expect(fillEmptyFields({ a: '', b: 'kept', c: [] as string[], d: null as string | null }, { a: 'new', b: 'lost', c: ['x'], d: 'y' })).toEqual({ a: 'new', b: 'kept', c: ['x'], d: 'y' });
  });
});
