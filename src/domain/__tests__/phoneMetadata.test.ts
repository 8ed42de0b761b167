import { readFileSync } from 'node:fs';
import { isPhoneCountry, phoneKey } from '../phone';
import maxSlice from '../phone-metadata/metadata.max.json';
import minSlice from '../phone-metadata/metadata.min.json';

type Metadata = { version: number; country_calling_codes: Record<string, string[]>; countries: Record<string, unknown>; nonGeographic?: unknown };

const installed = (kind: 'min' | 'max'): Metadata => JSON.parse(readFileSync(require.resolve(`libphonenumber-js/metadata.${kind}.json`), 'utf8')) as Metadata;

describe.each([
  ['min', minSlice as Metadata],
  ['max', maxSlice as Metadata],
] as const)('the %s phone metadata slice', (kind, slice) => {
  const full = installed(kind);

  it('is the installed libphonenumber-js metadata, cut (run `npm run phone-metadata` after an upgrade)', () => {
    expect(slice.version).toBe(full.version);
    expect(slice.nonGeographic).toEqual(full.nonGeographic);
    for (const [code, countries] of Object.entries(slice.country_calling_codes)) {
      // Every country of a kept calling code is kept, so no number is read as the wrong one of them.
      expect(countries).toEqual(full.country_calling_codes[code]);
      for (const country of countries) expect([country, slice.countries[country]]).toEqual([country, full.countries[country]]);
    }
    expect(Object.keys(slice.countries).sort()).toEqual(Object.values(slice.country_calling_codes).flat().sort());
  });
});

describe('served phone countries', () => {
  it.each(['VN', 'US', 'CA', 'GB', 'GG', 'AU', 'SG', 'DE', 'FR', 'CZ', 'PL', 'SE', 'MX', 'IN', 'JP', 'KR', 'BR', 'ES', 'KH', 'LA', 'TH'])('reads %s', (country) => {
    expect(isPhoneCountry(country)).toBe(true);
  });

  it('keeps a number of a country it does not serve as typed', () => {
    expect(isPhoneCountry('NG')).toBe(false);
    expect(phoneKey('+234 802 123 4567')).toBe('2348021234567');
  });
});
