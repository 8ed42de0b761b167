/**
 * Writes the phone metadata LeadPane ships: libphonenumber-js's own `metadata.min.json` and
 * `metadata.max.json` cut to the countries the product serves (about 25 kB gzip for both
 * instead of 58 kB). Run after upgrading libphonenumber-js: `npm run phone-metadata`;
 * `src/domain/__tests__/phoneMetadata.test.ts` fails until the files match the installed package.
 *
 * Kept: Vietnam and the countries whose names, addresses and languages `mail/phoneRegion.ts` reads
 * in a signature, the ones the tests and sample emails use (Guernsey, Czechia), Vietnam's
 * neighbours and a few trading partners; and with each of them every country sharing its calling
 * code (all of +1, all of +44), so a number is never read as the wrong country of its code. A
 * number of any other country is kept as typed (its digits are its key), as it was when invalid.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SERVED_COUNTRIES = [
  'VN', 'US', 'CA', 'GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'BE', 'CH', 'AT', 'SE', 'NO', 'DK', 'FI', 'PL', 'PT', 'BR', 'MX',
  'SG', 'JP', 'AU', 'IN', 'CN', 'HK', 'TW', 'KR', 'TH', 'MY', 'ID', 'PH',
  'GG', 'CZ',
  'KH', 'LA', 'MM', 'MO', 'NZ', 'IE', 'AE', 'RU', 'ZA',
];

/** The metadata with only the calling codes of `countries` and every country of those codes. */
export function sliceMetadata(metadata, countries) {
  const codes = Object.entries(metadata.country_calling_codes).filter(([, list]) => list.some((c) => countries.includes(c)));
  const kept = codes.flatMap(([, list]) => list);
  return {
    version: metadata.version,
    country_calling_codes: Object.fromEntries(codes),
    countries: Object.fromEntries(kept.map((c) => [c, metadata.countries[c]])),
    // International toll-free and shared-cost numbers (+800, +808...): small, and valid anywhere.
    nonGeographic: metadata.nonGeographic,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const require = createRequire(import.meta.url);
  const out = resolve(dirname(fileURLToPath(import.meta.url)), '../src/domain/phone-metadata');
  for (const kind of ['min', 'max']) {
    const metadata = JSON.parse(readFileSync(require.resolve(`libphonenumber-js/metadata.${kind}.json`), 'utf8'));
    const slice = sliceMetadata(metadata, SERVED_COUNTRIES);
    writeFileSync(resolve(out, `metadata.${kind}.json`), `${JSON.stringify(slice)}\n`);
    console.log(`metadata.${kind}.json: ${Object.keys(slice.countries).length} countries`);
  }
}
