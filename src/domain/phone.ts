import { isSupportedCountry, parsePhoneNumberFromString as parseWith, type CountryCode } from 'libphonenumber-js/core';
import { MIN_PHONE_METADATA } from './phone-metadata/minMetadata';

export const DEFAULT_PHONE_REGION: CountryCode = 'VN';

function parsePhoneNumberFromString(raw: string, region: CountryCode) {
  return parseWith(raw, region, MIN_PHONE_METADATA);
}

/** Whether phones can be read in this country (the served countries of `scripts/phone-metadata.mjs`). */
export function isPhoneCountry(code: string): code is CountryCode {
  return isSupportedCountry(code as CountryCode, MIN_PHONE_METADATA);
}

/** E.164 form of a phone number, or null when it is not a valid number for the region. */
export function toE164(raw: string, region: CountryCode = DEFAULT_PHONE_REGION): string | null {
  const parsed = parsePhoneNumberFromString(raw, region);
  return parsed && parsed.isValid() ? parsed.number : null;
}

/** The key a phone is indexed and matched by: E.164 when it parses, else its digits. */
export function phoneKey(raw: string, region: CountryCode = DEFAULT_PHONE_REGION): string {
  return toE164(raw, region) ?? raw.replace(/\D+/g, '');
}

/**
 * How a phone is shown: a home-region number the way people there write it (`0912 345 678`),
 * any other one internationally (`+1 713 853 1411`); what does not parse is shown as typed.
 */
export function displayPhone(raw: string, region: CountryCode = DEFAULT_PHONE_REGION): string {
  const parsed = parsePhoneNumberFromString(raw, region);
  if (!parsed || !parsed.isValid()) return raw;
  return parsed.country === region ? parsed.formatNational() : parsed.formatInternational();
}

/**
 * A phone parsed once for everything the lead keeps of it: the matching key, and the digit
 * strings a caller ID may show it as (international without `+`, national with its trunk
 * prefix, as typed), which the "find by any run of digits" search indexes.
 */
export function phoneForms(raw: string, region: CountryCode = DEFAULT_PHONE_REGION): { key: string; digits: string[] } {
  const typed = raw.replace(/\D+/g, '');
  const parsed = parsePhoneNumberFromString(raw, region);
  if (!parsed || !parsed.isValid()) return { key: typed, digits: typed ? [typed] : [] };
  const international = parsed.number.slice(1);
  const national = parsed.formatNational().replace(/\D+/g, '');
  return { key: parsed.number, digits: [...new Set([international, national, typed])] };
}
