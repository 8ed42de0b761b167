/**
 * Mail providers whose domain says nothing about the sender's company. Global providers plus
 * the ones Vietnamese users use (vnn.vn, fpt.vn, viettel, vnpt, yahoo.com.vn...).
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'yahoo.co.jp',
  'yahoo.com.vn', 'ymail.com', 'rocketmail.com', 'hotmail.com', 'hotmail.co.uk', 'hotmail.fr',
  'outlook.com', 'outlook.com.vn', 'live.com', 'msn.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com',
  'protonmail.com', 'proton.me', 'pm.me', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.com',
  'mail.ru', 'yandex.ru', 'yandex.com', 'zoho.com', 'zohomail.com', 'fastmail.com', 'tutanota.com',
  'hey.com', 'qq.com', '163.com', '126.com', 'sina.com', 'naver.com', 'daum.net', 'orange.fr',
  'free.fr', 'laposte.net', 'libero.it', 'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net',
  'bigpond.com', 'rediffmail.com',
  // Vietnam
  'vnn.vn', 'hn.vnn.vn', 'hcm.vnn.vn', 'fpt.vn', 'viettel.vn', 'vnpt.vn', 'saigonnet.vn', 'netnam.vn',
  'hcm.fpt.vn', 'hn.fpt.vn', 'zing.vn', 'vnexpress.net',
]);

export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL_DOMAINS.has(domain.toLowerCase());
}

/** Second-level labels that sit under a country code (`com.vn`, `co.uk`): not the company. */
const GENERIC_SECOND_LEVEL = new Set(['com', 'co', 'net', 'org', 'gov', 'edu', 'ac', 'biz', 'info', 'name', 'int', 'ltd', 'plc']);

/** Guesses a company name from a business domain: `contoso.com` -> `Contoso`, `fpt.com.vn` -> `FPT`. */
export function companyFromDomain(domain: string): string | null {
  if (isFreeMailDomain(domain)) return null;
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  if (labels.length < 2) return null;
  labels.pop();
  if (labels.length >= 2 && GENERIC_SECOND_LEVEL.has(labels[labels.length - 1] ?? '')) labels.pop();
  const name = labels[labels.length - 1];
  if (!name || /^(mail|email|smtp|mx)$/.test(name)) return null;
  // Short names are usually acronyms (IBM, FPT, VNG).
  if (name.length <= 3) return name.toUpperCase();
  return name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}
