/**
 * A pragmatic address check: one @, a non-empty local part without spaces, and a domain with
 * a dot and a 2+ letter top-level label. RFC 5322 allows more, but those forms are typos in a CRM.
 */
const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

export function isValidEmail(address: string): boolean {
  return EMAIL_PATTERN.test(address.trim());
}

export function normalizeEmail(address: string): string {
  return address.trim().toLowerCase();
}

export function emailDomain(address: string): string | null {
  const at = address.lastIndexOf('@');
  return at >= 0 ? normalizeEmail(address.slice(at + 1)) : null;
}

/** The host of a website without `www.`: `https://www.Contoso.com/about` -> `contoso.com`. */
export function websiteDomain(website: string): string | null {
  const trimmed = website.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    return host.includes('.') ? host : null;
  } catch {
    return null;
  }
}
