import { normalizeEmail } from './email';
import { foldText } from './fold';
import type { LeadInput } from './lead';
import type { LeadDraft } from './leadDraft';
import { displayPhone, phoneKey } from './phone';

export type UpdatableField = 'fullName' | 'jobTitle' | 'company' | 'website' | 'region' | 'email' | 'phone' | 'address';

/** One difference between a stored lead and what a new email says; the user accepts or ignores it. */
export type ProposedChange = {
  /** Stable key for the UI: field plus value for the list fields. */
  key: string;
  field: UpdatableField;
  /** 'fill' an empty field, 'replace' a different value, 'add' to a list. */
  action: 'fill' | 'replace' | 'add';
  current: string;
  proposed: string;
  /** Extra data the apply step needs (the phone kind). */
  phoneKind?: LeadInput['phones'][number]['kind'];
};

type Comparable = Pick<LeadInput, 'fullName' | 'jobTitle' | 'company' | 'website' | 'region' | 'emails' | 'phones' | 'addresses'>;

const same = (a: string, b: string) => foldText(a.trim()).replace(/\s+/g, ' ') === foldText(b.trim()).replace(/\s+/g, ' ');

/**
 * What the email would change on a known lead: only fields that differ, never a silent
 * overwrite. Case, diacritics and spacing alone are not a difference.
 */
export function proposeLeadUpdates(lead: Comparable, draft: LeadDraft): ProposedChange[] {
  const changes: ProposedChange[] = [];
  const scalar = (field: 'fullName' | 'jobTitle' | 'company' | 'website' | 'region', proposed: string | undefined) => {
    if (!proposed?.trim()) return;
    const current = lead[field];
    if (current.trim() && same(current, proposed)) return;
    changes.push({ key: field, field, action: current.trim() ? 'replace' : 'fill', current, proposed: proposed.trim() });
  };
  scalar('fullName', draft.fullName?.value);
  scalar('jobTitle', draft.jobTitle?.value);
  scalar('company', draft.company?.value);
  scalar('website', draft.website?.value);
  scalar('region', draft.region?.value);

  const emails = new Set(lead.emails.map((e) => normalizeEmail(e.address)));
  for (const email of draft.emails) {
    if (emails.has(normalizeEmail(email.value))) continue;
    emails.add(normalizeEmail(email.value));
    changes.push({ key: `email:${normalizeEmail(email.value)}`, field: 'email', action: 'add', current: '', proposed: email.value });
  }
  const phones = new Set(lead.phones.map((p) => phoneKey(p.number)));
  for (const phone of draft.phones) {
    const key = phoneKey(phone.value.number);
    if (phones.has(key)) continue;
    phones.add(key);
    changes.push({ key: `phone:${key}`, field: 'phone', action: 'add', current: '', proposed: displayPhone(phone.value.number), phoneKind: phone.value.kind });
  }
  const address = draft.address?.value.trim();
  if (address && !lead.addresses.some((a) => same(a.text, address))) {
    changes.push({ key: 'address', field: 'address', action: 'add', current: '', proposed: address });
  }
  return changes;
}

/** Applies the accepted changes to a lead's editable fields; everything else stays as it was. */
export function applyLeadUpdates<T extends Comparable>(lead: T, accepted: readonly ProposedChange[]): T {
  const next: T = { ...lead, emails: [...lead.emails], phones: [...lead.phones], addresses: [...lead.addresses] };
  for (const change of accepted) {
    switch (change.field) {
      case 'fullName':
      case 'jobTitle':
      case 'company':
      case 'website':
      case 'region':
        next[change.field] = change.proposed;
        break;
      case 'email':
        next.emails.push({ address: change.proposed, label: 'work' });
        break;
      case 'phone':
        next.phones.push({ number: change.proposed, kind: change.phoneKind ?? 'work' });
        break;
      case 'address':
        next.addresses.push({ text: change.proposed, label: 'work', forMail: next.addresses.length === 0 });
        break;
    }
  }
  return next;
}
