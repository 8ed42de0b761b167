import { applyActivityEdit, buildActivity, countActivities, emptyActivityInput, validateActivity } from '../activity';
import { validateCustomFieldDef, validateCustomValues } from '../customFields';
import { duplicateProbe, duplicateReasons } from '../duplicates';
import { applyLeadEdit, buildLead, cleanLeadInput, emptyLeadInput, MAX_NAME_LENGTH, MAX_NOTES_LENGTH, softDeleted, restored, validateLead } from '../lead';
import { matchesTerms, searchTerms } from '../leadQuery';
import { scaledPhotoSize } from '../photo';
import type { ActivityId, CustomFieldDef, CustomFieldId, LeadId } from '../types';

const field = (kind: CustomFieldDef['kind'], choices: string[] = []): CustomFieldDef => ({
  id: `f-${kind}` as CustomFieldId, name: kind, kind, choices, order: 1, createdAt: 0, updatedAt: 0, rev: 1, deletedAt: null,
});

describe('validateLead', () => {
  it('should name each problem and its field', () => {
    const errors = validateLead({
      ...emptyLeadInput(),
      fullName: 'x'.repeat(MAX_NAME_LENGTH + 1),
      website: 'not a website',
      notes: 'n'.repeat(MAX_NOTES_LENGTH + 1),
      emails: [{ address: 'a@b.vn', label: 'work' }, { address: 'A@b.vn', label: 'home' }, { address: 'bad@', label: 'other' }],
      phones: [{ number: 'call me', kind: 'work' }],
      addresses: [{ text: 'A', label: 'work', forMail: true }, { text: 'B', label: 'home', forMail: true }],
      customValues: { 'f-number': Number.NaN, 'f-date': '2026-02-30', 'f-choice': 'Z' },
    }, [field('number'), field('date'), field('choice', ['A'])]);
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'fullName:tooLong', 'website:invalidWebsite', 'notes:tooLong', 'emails.1:duplicateEmail', 'emails.2:invalidEmail', 'phones.0:invalidPhone',
      'addresses:severalForMail', 'custom.f-number:notANumber', 'custom.f-date:notADate', 'custom.f-choice:notAChoice',
    ]);
  });

  it('should accept a full valid lead and keep one mailing address', () => {
    const input = { ...emptyLeadInput(), fullName: 'An', website: 'https://an.vn/x', phones: [{ number: '+84 (28) 3822-0000 ext 12', kind: 'work' as const }],
      addresses: [{ text: ' A ', label: 'work' as const, forMail: false }, { text: '', label: 'home' as const, forMail: true }] };
    expect(validateLead(input)).toEqual([]);
    expect(cleanLeadInput(input).addresses).toEqual([{ text: 'A', label: 'work', forMail: true }]);
  });
});

describe('lead lifecycle', () => {
  it('should bump rev on edit, drop keys when deleted and restore them', () => {
    const lead = buildLead('l1' as LeadId, { ...emptyLeadInput(), fullName: 'Đặng Thu', emails: [{ address: 'T@x.vn', label: 'work' }] }, 1);
    expect(lead).toMatchObject({ rev: 1, searchWords: ['dang', 'thu'], emailKeys: ['t@x.vn'], dupKey: 'dang thu|' });
    const edited = applyLeadEdit(lead, { ...emptyLeadInput(), fullName: 'Đặng Thu Hà' }, 2);
    expect(edited).toMatchObject({ rev: 2, createdAt: 1, updatedAt: 2, fileAs: 'Đặng Thu Hà' });
    const gone = softDeleted(edited, 3);
    expect(gone).toMatchObject({ deletedAt: 3, searchWords: [], emailKeys: [], rev: 3 });
    expect(gone.sortName).toBeUndefined();
    expect(restored(gone, 4)).toMatchObject({ deletedAt: null, searchWords: ['dang', 'thu', 'ha'], sortCreated: 1, rev: 4 });
  });
});

describe('search terms', () => {
  it('should fold the box and require every term', () => {
    expect(searchTerms('  Nguyễn  V ')).toEqual(['nguyen', 'v']);
    expect(searchTerms('Mai@SG')).toEqual(['mai@sg']);
    const lead = { searchWords: ['nguyen', 'van', 'an'], emailKeys: ['an@x.vn'] };
    expect(matchesTerms(['nguy', 'va'], lead)).toBe(true);
    expect(matchesTerms(['an@x'], lead)).toBe(true);
    expect(matchesTerms(['nguy', 'tr'], lead)).toBe(false);
  });
});

describe('duplicates', () => {
  it('should match on email, phone, and name with company only together', () => {
    const probe = duplicateProbe({ fullName: 'Nguyễn An', company: 'Sen', emails: [{ address: 'A@x.vn', label: 'work' }], phones: [{ number: '0903 123 456', kind: 'work' }] });
    expect(duplicateReasons(probe, { emailKeys: ['a@x.vn'], phoneKeys: ['+84903123456'], nameKey: 'nguyen an|sen' })).toEqual(['email', 'phone', 'nameCompany']);
    const noCompany = duplicateProbe({ fullName: 'Nguyễn An', company: '', emails: [], phones: [] });
    expect(duplicateReasons(noCompany, { emailKeys: [], phoneKeys: [], nameKey: 'nguyen an|' })).toEqual([]);
  });
});

describe('history items', () => {
  it('should validate by kind and keep only the fields of the kind', () => {
    const appointment = { ...emptyActivityInput('appointment', 1000), subject: 'Gặp', endAt: 500 };
    expect(validateActivity(appointment)).toEqual([{ field: 'endAt', code: 'beforeStart' }]);
    expect(validateActivity({ ...emptyActivityInput('phone', 0), subject: '' , durationMinutes: -1 }).map((e) => e.field)).toEqual(['subject', 'durationMinutes']);
    const task = buildActivity('a1' as ActivityId, 'lead', 'l1', { ...emptyActivityInput('task', 0), subject: 'Gửi báo giá', dueAt: 99, location: 'stray' }, 5);
    expect(task).toMatchObject({ kind: 'task', dueAt: 99, location: '', done: false, rev: 1 });
    const done = applyActivityEdit(task, { ...emptyActivityInput('task', 0), subject: 'Gửi báo giá', dueAt: 99, done: true }, 6);
    expect(done).toMatchObject({ done: true, rev: 2, updatedAt: 6 });
    expect(countActivities([task, done, { kind: 'email' }])).toEqual({ email: 1, note: 0, phone: 0, appointment: 0, task: 2, total: 3 });
  });
});

describe('custom fields and photos', () => {
  it('should check definitions and values', () => {
    expect(validateCustomFieldDef({ name: 'Choice', kind: 'choice', choices: [' '] }, [field('choice')]).map((e) => e.code)).toEqual(['taken', 'required']);
    expect(validateCustomValues({ 'f-date': '2026-02-28', 'f-yesNo': true, 'f-number': 3.5 }, [field('date'), field('yesNo'), field('number')])).toEqual([]);
  });

  it('should scale the longer side to 256 px and never enlarge', () => {
    expect(scaledPhotoSize(1024, 512)).toEqual({ width: 256, height: 128 });
    expect(scaledPhotoSize(300, 1200)).toEqual({ width: 64, height: 256 });
    expect(scaledPhotoSize(100, 80)).toEqual({ width: 100, height: 80 });
  });
});
