import { emptyLeadInput, type LeadInput } from '../lead';
import { emptyDraft, type LeadDraft } from '../leadDraft';
import { applyLeadUpdates, proposeLeadUpdates } from '../leadUpdate';

const suggestion = <T>(value: T) => ({ value, origin: 'signature' as const, line: null, confidence: 0.9 });

const lead: LeadInput = {
  ...emptyLeadInput(),
  fullName: 'Nguyễn Văn An',
  company: 'Hoàng Phát',
  jobTitle: '',
  emails: [{ address: 'an@hoangphat.vn', label: 'work' }],
  phones: [{ number: '0903 123 456', kind: 'mobile' }],
};

function draft(overrides: Partial<LeadDraft>): LeadDraft {
  return { ...emptyDraft(), ...overrides };
}

describe('proposeLeadUpdates', () => {
  it('should propose nothing when the email says what the lead already holds', () => {
    const same = draft({
      fullName: suggestion('NGUYEN VAN AN'),
      company: suggestion('Hoàng  Phát'),
      emails: [suggestion('AN@hoangphat.vn')],
      phones: [suggestion({ number: '+84 903 123 456', kind: 'mobile' as const })],
    });
    expect(proposeLeadUpdates(lead, same)).toEqual([]);
  });

  it('should fill empty fields, replace different ones and add new emails and phones', () => {
    const changes = proposeLeadUpdates(
      lead,
      draft({
        jobTitle: suggestion('Giám đốc Kinh doanh'),
        company: suggestion('Công ty TNHH Hoàng Phát'),
        emails: [suggestion('an@hoangphat.vn'), suggestion('an.nguyen@gmail.com')],
        phones: [suggestion({ number: '+842838221234', kind: 'work' as const })],
        address: suggestion('12 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh'),
        region: suggestion('Hồ Chí Minh'),
      }),
    );
    expect(changes.map((c) => [c.field, c.action, c.proposed])).toEqual([
      ['jobTitle', 'fill', 'Giám đốc Kinh doanh'],
      ['company', 'replace', 'Công ty TNHH Hoàng Phát'],
      ['region', 'fill', 'Hồ Chí Minh'],
      ['email', 'add', 'an.nguyen@gmail.com'],
      ['phone', 'add', '028 3822 1234'],
      ['address', 'add', '12 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh'],
    ]);
  });
});

describe('applyLeadUpdates', () => {
  it('should apply only the accepted changes', () => {
    const changes = proposeLeadUpdates(lead, draft({ jobTitle: suggestion('CEO'), company: suggestion('Other Co'), phones: [suggestion({ number: '0912 345 678', kind: 'mobile' as const })] }));
    const accepted = changes.filter((c) => c.field !== 'company');
    const updated = applyLeadUpdates(lead, accepted);
    expect(updated).toMatchObject({ jobTitle: 'CEO', company: 'Hoàng Phát' });
    expect(updated.phones).toEqual([{ number: '0903 123 456', kind: 'mobile' }, { number: '0912 345 678', kind: 'mobile' }]);
    expect(lead.phones).toHaveLength(1);
  });

  it('should fill the region from the email, and leave one written the same way alone', () => {
    const [change] = proposeLeadUpdates(lead, draft({ region: suggestion('Đà Nẵng') }));
    expect(applyLeadUpdates(lead, [change!]).region).toBe('Đà Nẵng');
    expect(proposeLeadUpdates({ ...lead, region: 'Da Nang' }, draft({ region: suggestion('Đà Nẵng') }))).toEqual([]);
  });
});
