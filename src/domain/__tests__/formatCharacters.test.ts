import { emptyLeadInput, cleanLeadInput, duplicateNameKey, leadSearchKeys } from '../lead';
import { foldedWords } from '../fold';
import { withoutFormatCharacters, withoutReorderingCharacters } from '../formatCharacters';

const RLO = '\u202E';
const ZWSP = '\u200B';
const SOFT_HYPHEN = '\u00AD';
const ZWJ = '\u200D';

describe('format characters', () => {
  it.each([
    [`Evan ${RLO}fdp.exe`, 'Evan fdp.exe'],
    [`Nguy${ZWSP}ễn`, 'Nguyễn'],
    [`Hoàng${SOFT_HYPHEN}Phát`, 'HoàngPhát'],
    ['\u2066Lê\u2069 \u200FAn\u200E', 'Lê An'],
    [`👩${ZWJ}💻`, '👩💻'],
    ['\uFEFFTrần', 'Trần'],
    ['Plain text', 'Plain text'],
  ])('removes them from names (case %#)', (raw, clean) => {
    expect(withoutFormatCharacters(raw)).toBe(clean);
  });

  it('keeps the joiners in running text but drops overrides', () => {
    expect(withoutReorderingCharacters(`a${RLO}b ${ZWSP}c 👩${ZWJ}💻`)).toBe(`ab c 👩${ZWJ}💻`);
  });

  it('stores names, companies and contact details without them, and keys them as if never there', () => {
    const input = cleanLeadInput({
      ...emptyLeadInput(), fullName: `Mallory, Evan ${RLO}fdp.exe`, company: `Sao${ZWSP} Mai`, jobTitle: `${RLO}CEO`,
      emails: [{ address: `eve${ZWSP}@x.vn`, label: 'work' }], phones: [{ number: `0903${SOFT_HYPHEN}123456`, kind: 'mobile' }],
      addresses: [{ text: `${RLO}12 Lê Lợi`, label: 'work', forMail: true }], notes: `note ${RLO}kept`,
    });
    expect(input).toMatchObject({
      fullName: 'Mallory, Evan fdp.exe', company: 'Sao Mai', jobTitle: 'CEO', emails: [{ address: 'eve@x.vn' }],
      phones: [{ number: '0903123456' }], addresses: [{ text: '12 Lê Lợi' }], notes: `note ${RLO}kept`,
    });
    expect(duplicateNameKey(`Trần${ZWSP} An`, `Sao ${RLO}Mai`)).toBe(duplicateNameKey('Trần An', 'Sao Mai'));
    expect(foldedWords(`Nguy${ZWSP}ễn`)).toEqual(['nguyen']);
    expect(leadSearchKeys({ fullName: `${RLO}An`, company: '', emails: [], phones: [] }).searchWords).toEqual(['an']);
  });
});
