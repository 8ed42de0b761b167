import { foldText } from './fold';

/**
 * The 34 provincial units in force since 1 July 2025 (Resolution 202/2025/QH15): six centrally
 * run cities, then the provinces.
 */
export const VIETNAM_PROVINCES_2025: readonly string[] = [
  'Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế',
  'An Giang', 'Bắc Ninh', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Tĩnh',
  'Hưng Yên', 'Khánh Hòa', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Nghệ An', 'Ninh Bình', 'Phú Thọ', 'Quảng Ngãi',
  'Quảng Ninh', 'Quảng Trị', 'Sơn La', 'Tây Ninh', 'Thái Nguyên', 'Thanh Hóa', 'Tuyên Quang', 'Vĩnh Long',
];

/** The 63 provinces and cities before the 2025 merger: addresses in older emails still name them. */
export const VIETNAM_PROVINCES_BEFORE_2025: readonly string[] = [
  'Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ',
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương',
  'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai',
  'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum',
  'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
  'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
  'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long',
  'Vĩnh Phúc', 'Yên Bái',
];

/**
 * Every name `regionFromAddress` can return: the current units and the older ones, which are
 * kept as written (an old province is never mapped to the unit it merged into).
 */
export const VIETNAM_REGIONS: readonly string[] = [...new Set([...VIETNAM_PROVINCES_2025, ...VIETNAM_PROVINCES_BEFORE_2025])];

/**
 * Other ways addresses write a name. Forms with diacritics must match them exactly (so the
 * street "Nguyễn Huệ" is not the city "Huế"); forms without any are matched on letters alone.
 */
export const REGION_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'Hồ Chí Minh': ['HCM', 'TPHCM', 'HCMC', 'Sài Gòn', 'Saigon'],
  'Hà Nội': ['Hanoi'],
  'Đà Nẵng': ['Danang'],
  'Hải Phòng': ['Haiphong'],
  'Cần Thơ': ['Cantho'],
  'Bà Rịa - Vũng Tàu': ['BR-VT', 'BRVT'],
  'Thừa Thiên Huế': ['TT-Huế', 'TT Huế'],
  'Đắk Lắk': ['Daklak', 'Đắc Lắc'],
  'Đắk Nông': ['Daknong'],
  'Bắc Kạn': ['Bắc Cạn'],
  'Kon Tum': ['Kontum'],
};

/** Short forms accepted only as the whole last part of an address ("…, Cầu Giấy, HN"). */
const WHOLE_PART_ALIASES: Readonly<Record<string, string>> = { hn: 'Hà Nội' };

/** Folded words before a name that make it a street or a smaller place ("đường Hà Nội", "thị xã Quảng Trị"). */
const NOT_A_PROVINCE_BEFORE = new Set(['duong', 'd', 'pho', 'ngo', 'hem', 'kiet', 'phuong', 'p', 'xa', 'quan', 'q', 'huyen', 'tran']);
/** …unless the two words before say city: "thành phố", "T.P". */
const CITY_BEFORE = new Set(['thanh pho', 't p']);
/** Folded words after a name that make it a street ("Hà Nội Street"). */
const STREET_AFTER = new Set(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'blvd', 'boulevard', 'lane', 'ln', 'highway', 'hwy']);
/** A trailing country or postal code says nothing about the region. */
const COUNTRY_WORDS = new Set([
  'viet nam', 'vietnam', 'vn', 'usa', 'us', 'u s a', 'united states', 'united states of america', 'uk', 'u k', 'united kingdom',
  'great britain', 'england', 'scotland', 'wales', 'canada', 'australia', 'germany', 'deutschland', 'france', 'netherlands',
  'the netherlands', 'belgium', 'switzerland', 'austria', 'italy', 'spain', 'japan', 'korea', 'south korea', 'china', 'thailand',
]);
const POSTCODE = /^\d{4,6}$/;

type Token = { text: string; folded: string };
type Form = { region: string; words: string[]; marks: Array<string | null> };

/** Tone and vowel marks of a word, order-free, so "Hoá" and "Hóa" agree but "Huệ" and "Huế" do not. */
function markSignature(word: string): string {
  const nfd = word.normalize('NFD').toLowerCase();
  const marks = [...nfd.matchAll(/\p{M}/gu)].map((m) => m[0]).sort();
  return `${marks.join('')}${/[đð]/.test(nfd) ? 'đ' : ''}`;
}

function tokens(text: string): Token[] {
  return [...text.normalize('NFC').matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ text: m[0], folded: foldText(m[0]) }));
}

function formOf(region: string, written: string): Form {
  const words = tokens(written);
  // A form written without diacritics matches any; one with them must be matched as written.
  return { region, words: words.map((w) => w.folded), marks: words.map((w) => (w.folded === w.text.toLowerCase() ? null : markSignature(w.text))) };
}

const FORMS: readonly Form[] = VIETNAM_REGIONS.flatMap((region) => [region, ...(REGION_ALIASES[region] ?? [])].map((written) => formOf(region, written)));

function sameWord(token: Token, word: string, mark: string | null): boolean {
  if (token.folded !== word) return false;
  // Text typed without diacritics ("Ha Noi") matches; text with them must carry the name's own.
  return token.folded === token.text.toLowerCase() || mark === null || markSignature(token.text) === mark;
}

type Match = { region: string; start: number; end: number };

function matchesIn(part: Token[]): Match[] {
  const found: Match[] = [];
  for (let at = 0; at < part.length; at += 1) {
    for (const form of FORMS) {
      const end = at + form.words.length;
      if (end > part.length || !form.words.every((word, i) => sameWord(part[at + i]!, word, form.marks[i] ?? null))) continue;
      const before = part[at - 1]?.folded;
      const twoBefore = `${part[at - 2]?.folded} ${before}`;
      const after = part[end]?.folded;
      if (before && NOT_A_PROVINCE_BEFORE.has(before) && !CITY_BEFORE.has(twoBefore)) continue;
      if ((after && STREET_AFTER.has(after)) || twoBefore === 'dai lo') continue;
      found.push({ region: form.region, start: at, end });
    }
  }
  return found;
}

/** The address split into its comma-separated parts, with trailing country names and postal codes dropped. */
function meaningfulParts(text: string): Token[][] {
  const parts = text
    .split(/[,;\n\r|]+/)
    .map(tokens)
    .filter((part) => part.length > 0);
  while (parts.length) {
    const last = parts[parts.length - 1]!;
    for (let n = trailingCountryLength(last); n > 0; n = trailingCountryLength(last)) last.splice(last.length - n, n);
    if (last.length) break;
    parts.pop();
  }
  return parts;
}

/** How many words at the end of the part are a postal code or a country name. */
function trailingCountryLength(part: Token[]): number {
  const last = part[part.length - 1];
  if (!last) return 0;
  if (POSTCODE.test(last.folded)) return 1;
  for (let n = Math.min(4, part.length); n >= 1; n -= 1) {
    if (COUNTRY_WORDS.has(part.slice(-n).map((t) => t.folded).join(' '))) return n;
  }
  return 0;
}

function vietnameseRegion(parts: Token[][]): string | null {
  const last = parts[parts.length - 1];
  if (!last) return null;
  const withoutPrefix = last.map((t) => t.folded).join(' ').replace(/^(?:tp|thanh pho|t p)\s+/, '');
  const whole = WHOLE_PART_ALIASES[withoutPrefix];
  if (whole) return whole;
  // The province ends a Vietnamese address; earlier parts hold streets and wards named after provinces.
  const matches = matchesIn(last);
  if (!matches.length) return null;
  matches.sort((a, b) => b.end - a.end || b.end - b.start - (a.end - a.start));
  return matches[0]!.region;
}

/** US states and territories, Canadian provinces: "Houston, TX 77002", "Ottawa, ON K1A 0B1". */
const STATE_CODES = new Set(
  ('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT ' +
    'VT VA WA WV WI WY DC PR GU VI AB BC MB NB NL NS NT NU ON PE QC SK YT').split(' '),
);
const US_STATE_ZIP = /^([A-Z]{2})(?:\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d))?$/;
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;
const STREET_WORDS = /\b(?:st|street|rd|road|ave|avenue|blvd|boulevard|lane|ln|dr|drive|way|court|ct|place|pl|square|sq|suite|floor|fl|building|unit|po|box|straße|strasse|str|rue|via|calle|weg|gasse|platz)\b\.?/i;
/** Letters only Vietnamese uses: a part with them is not a Western city. */
const VIETNAMESE_LETTERS = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/;

function cityName(text: string): string | null {
  const city = text.trim().replace(/\s+/g, ' ');
  if (!city || /\d/.test(city) || VIETNAMESE_LETTERS.test(city) || STREET_WORDS.test(city)) return null;
  // A city name starts with a capital and is a few words long; two capitals alone are a state code.
  if (city.split(' ').length > 4 || !/^\p{Lu}/u.test(city) || city.length < 3) return null;
  return city;
}

/** Western addresses: the city when the shape makes it clear (city before state+ZIP, before or with a postcode). */
function westernCity(text: string): string | null {
  const parts = text
    .split(/[,;\n\r]+/)
    .map((p) => p.trim().replace(/\.$/, ''))
    .filter(Boolean);
  while (parts.length && COUNTRY_WORDS.has(foldText(parts[parts.length - 1]!).replace(/[^\p{L}\s]/gu, ' ').replace(/\s+/g, ' ').trim())) parts.pop();
  const last = parts[parts.length - 1];
  if (!last || parts.length < 2 || VIETNAMESE_LETTERS.test(last)) return null;
  const previous = parts[parts.length - 2]!;
  const state = US_STATE_ZIP.exec(last);
  if (state && STATE_CODES.has(state[1]!)) return cityName(previous);
  const cityStateZip = /^(.*\S)\s+([A-Z]{2})\s+\d{5}(?:-\d{4})?$/.exec(last);
  if (cityStateZip && STATE_CODES.has(cityStateZip[2]!)) return cityName(cityStateZip[1]!);
  if (UK_POSTCODE.test(last)) return cityName(previous);
  const ukCity = /^(.*\S)\s+([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$/i.exec(last);
  if (ukCity) return cityName(ukCity[1]!);
  // "10115 Berlin", "75008 Paris"; "Singapore 048616".
  const postcodeFirst = /^(?:[A-Z]{1,2}-)?\d{4,5}\s+(\S.*)$/.exec(last);
  if (postcodeFirst) return cityName(postcodeFirst[1]!);
  const postcodeLast = /^(.*\S)\s+\d{4,6}$/.exec(last);
  if (postcodeLast) return cityName(postcodeLast[1]!);
  return null;
}

/** Only this much of an address is read for its region. */
export const MAX_ADDRESS_CHARS = 1_000;

/**
 * The province or city an address line names, or null when it names none clearly. Vietnamese
 * addresses end with the province ("12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh"), so
 * only the last part is read and the last name in it wins; the result is the canonical name with
 * diacritics. For a Western address, the city when the shape is clear ("Houston", "London").
 */
export function regionFromAddress(raw: string): string | null {
  // No postal address is longer; the cap keeps a pasted wall of text from costing seconds.
  const text = raw.slice(0, MAX_ADDRESS_CHARS);
  if (!text.trim()) return null;
  return vietnameseRegion(meaningfulParts(text)) ?? westernCity(text);
}
