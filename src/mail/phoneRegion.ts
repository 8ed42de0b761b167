import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/core';
import { MAX_PHONE_METADATA } from '../domain/phone-metadata/maxMetadata';
import { foldText } from '../domain/fold';

/**
 * The country a signature's phone numbers are read in, most telling first: the signature's own
 * address or country name, then the sender's domain (`.vn`, `.co.uk`), then the message's
 * language, and only then the user's setting. (A number written with `+` or `00` names its own
 * country and ignores all of this.) `weak` says the region is only a language or the setting's
 * guess, so a North American shape (`(202) 457-6545`) is read in the US rather than there.
 */
export type PhoneRegion = { region: CountryCode; source: 'signature' | 'domain' | 'language' | 'setting'; weak: boolean };

/** Country names and address words (folded) to the country they place a signature in. */
const COUNTRY_WORDS: ReadonlyArray<readonly [RegExp, CountryCode]> = [
  [/\b(?:viet ?nam|ha noi|hanoi|ho chi minh|tp\.? ?hcm|da nang|quan \d|phuong|thanh pho)\b/, 'VN'],
  [/\b(?:usa|u\.s\.a\.?|united states)\b/, 'US'],
  [/\b(?:canada)\b/, 'CA'],
  [/\b(?:united kingdom|england|scotland|wales|great britain)\b/, 'GB'],
  [/\b(?:deutschland|germany)\b/, 'DE'],
  [/\b(?:france)\b/, 'FR'],
  [/\b(?:italia|italy)\b/, 'IT'],
  [/\b(?:espana|spain)\b/, 'ES'],
  [/\b(?:nederland|netherlands|the netherlands)\b/, 'NL'],
  [/\b(?:belgique|belgie|belgium)\b/, 'BE'],
  [/\b(?:schweiz|suisse|svizzera|switzerland)\b/, 'CH'],
  [/\b(?:osterreich|austria)\b/, 'AT'],
  [/\b(?:sverige|sweden)\b/, 'SE'],
  [/\b(?:norge|norway)\b/, 'NO'],
  [/\b(?:danmark|denmark)\b/, 'DK'],
  [/\b(?:suomi|finland)\b/, 'FI'],
  [/\b(?:polska|poland)\b/, 'PL'],
  [/\b(?:portugal)\b/, 'PT'],
  [/\b(?:brasil|brazil)\b/, 'BR'],
  [/\b(?:mexico)\b/, 'MX'],
  [/\b(?:singapore)\b/, 'SG'],
  [/\b(?:japan|nihon)\b/, 'JP'],
  [/\b(?:australia)\b/, 'AU'],
  [/\b(?:india)\b/, 'IN'],
  [/\b(?:china)\b/, 'CN'],
  [/\b(?:hong kong)\b/, 'HK'],
  [/\b(?:taiwan)\b/, 'TW'],
  [/\b(?:korea)\b/, 'KR'],
  [/\b(?:thailand)\b/, 'TH'],
  [/\b(?:malaysia)\b/, 'MY'],
  [/\b(?:indonesia)\b/, 'ID'],
  [/\b(?:philippines)\b/, 'PH'],
];

const US_STATES = new Set('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR'.split(' '));
const STATE_ZIP = /\b([A-Z]{2})\.?\s{1,3}\d{5}(?:-\d{4})?\b/g;
const US_STATE_NAMES = /\b(?:texas|california|new york|washington,? d\.?c\.?|florida|illinois|massachusetts|virginia|georgia|ohio|pennsylvania|new jersey|oregon|colorado)\b/;
const CANADA_POSTCODE = /\b(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE)\.?\s{1,3}[A-Z]\d[A-Z] ?\d[A-Z]\d\b/;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/;

/** Country-code top-level domains that are used as generic ones, so they say nothing of a country. */
const GENERIC_TLDS = new Set(['co', 'io', 'ai', 'me', 'tv', 'cc', 'ws', 'fm', 'am', 'gg', 'to', 'ly', 'so', 'sh', 'ac', 'la', 'nu', 'is', 'it']);

/** The country the signature's address or country name says, or null. */
export function countryFromSignature(lines: readonly string[]): CountryCode | null {
  const text = lines.join('\n').slice(0, 4_000);
  for (const match of text.matchAll(STATE_ZIP)) if (US_STATES.has(match[1] ?? '')) return 'US';
  if (CANADA_POSTCODE.test(text)) return 'CA';
  const folded = foldText(text);
  for (const [pattern, country] of COUNTRY_WORDS) if (pattern.test(folded)) return country;
  if (US_STATE_NAMES.test(folded)) return 'US';
  if (UK_POSTCODE.test(text)) return 'GB';
  return null;
}

/** The country of the sender's domain (`saomai.com.vn` -> VN, `blakes.co.uk` -> GB), or null for .com and the like. */
export function countryFromDomain(domain: string | null): CountryCode | null {
  const tld = (domain ?? '').toLowerCase().split('.').pop() ?? '';
  if (tld === 'uk') return 'GB';
  if (tld.length !== 2 || GENERIC_TLDS.has(tld)) return null;
  const code = tld.toUpperCase();
  return isSupportedCountry(code as CountryCode, MAX_PHONE_METADATA) ? (code as CountryCode) : null;
}

const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const LANGUAGE_WORDS: ReadonlyArray<readonly [RegExp, CountryCode]> = [
  [/\b(?:und|nicht|bitte|danke|grüße|grüßen|freundlichen|ich|sehr geehrte)\b/iu, 'DE'],
  [/\b(?:bonjour|merci|cordialement|vous|nous|salutations)\b/iu, 'FR'],
  [/\b(?:hola|gracias|saludos|atentamente|usted)\b/iu, 'ES'],
  [/\b(?:ciao|grazie|saluti|cordiali)\b/iu, 'IT'],
  [/\b(?:bedankt|groeten|vriendelijke|graag)\b/iu, 'NL'],
];

/** The country the message's language points to (Vietnamese, German, French...), or null. */
export function countryFromLanguage(text: string): CountryCode | null {
  const sample = text.slice(0, 4_000);
  if (VIETNAMESE_LETTERS.test(sample)) return 'VN';
  for (const [pattern, country] of LANGUAGE_WORDS) if (pattern.test(sample)) return country;
  return null;
}

export function phoneRegionFor(signatureLines: readonly string[], domain: string | null, text: string, setting: CountryCode): PhoneRegion {
  const fromSignature = countryFromSignature(signatureLines);
  if (fromSignature) return { region: fromSignature, source: 'signature', weak: false };
  const fromDomain = countryFromDomain(domain);
  if (fromDomain) return { region: fromDomain, source: 'domain', weak: false };
  const fromLanguage = countryFromLanguage(text);
  if (fromLanguage) return { region: fromLanguage, source: 'language', weak: true };
  return { region: setting, source: 'setting', weak: true };
}
