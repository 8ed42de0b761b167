import type { AddressLabel, EmailLabel, PhoneKind } from '../domain/types';

/**
 * Where one column of an imported file goes. Kept as a small string so a mapping can be saved,
 * compared and shown in a drop-down: `fullName`, `email:home`, `phone:mobile`,
 * `address.city:work`, `phone#2` with `phoneType#2` (Google's numbered value/label pairs),
 * `custom:<field id>`, `notes`, `ignore`.
 */
export type FieldKey = string;

export const NAME_FIELDS = ['fullName', 'givenName', 'middleName', 'familyName', 'prefix', 'suffix', 'nickname'] as const;
export const TEXT_FIELDS = ['company', 'department', 'jobTitle', 'website', 'source', 'region', 'rating', 'notes'] as const;
export const ADDRESS_PARTS = ['street', 'street2', 'street3', 'poBox', 'district', 'city', 'state', 'postalCode', 'country', 'full'] as const;

export type NameField = (typeof NAME_FIELDS)[number];
export type TextField = (typeof TEXT_FIELDS)[number];
export type AddressPart = (typeof ADDRESS_PARTS)[number];

export type ParsedKey =
  | { kind: 'ignore' }
  | { kind: 'name'; field: NameField }
  | { kind: 'text'; field: TextField }
  | { kind: 'email'; label: EmailLabel; group: string | null }
  | { kind: 'emailType'; group: string }
  | { kind: 'phone'; phoneKind: PhoneKind; group: string | null }
  | { kind: 'phoneType'; group: string }
  | { kind: 'address'; part: AddressPart; group: string }
  | { kind: 'addressType'; group: string }
  | { kind: 'custom'; fieldId: string };

const EMAIL_LABELS: readonly EmailLabel[] = ['work', 'home', 'other'];
const PHONE_KINDS: readonly PhoneKind[] = ['work', 'mobile', 'fax', 'home', 'other'];
const ADDRESS_LABELS: readonly AddressLabel[] = ['work', 'home', 'other'];

/**
 * Parsed keys by key: an import reads every column's key on every row, and a file has a few
 * dozen distinct keys, so each is parsed once (the results are never mutated).
 */
const parsedKeys = new Map<FieldKey, ParsedKey>();
const PARSED_KEYS_KEPT = 1_000;

/** Reads a key; anything it does not know is `ignore`, so a stale saved mapping cannot break an import. */
export function parseFieldKey(key: FieldKey): ParsedKey {
  let parsed = parsedKeys.get(key);
  if (!parsed) {
    parsed = readFieldKey(key);
    if (parsedKeys.size < PARSED_KEYS_KEPT) parsedKeys.set(key, parsed);
  }
  return parsed;
}

function readFieldKey(key: FieldKey): ParsedKey {
  const [head = '', group = null] = key.split('#', 2) as [string, string?];
  const [base = '', qualifier = ''] = head.split(':', 2);
  if ((NAME_FIELDS as readonly string[]).includes(base)) return { kind: 'name', field: base as NameField };
  if ((TEXT_FIELDS as readonly string[]).includes(base)) return { kind: 'text', field: base as TextField };
  if (base === 'custom' && qualifier) return { kind: 'custom', fieldId: key.slice('custom:'.length) };
  if (base === 'email') return { kind: 'email', label: (EMAIL_LABELS as readonly string[]).includes(qualifier) ? (qualifier as EmailLabel) : 'work', group };
  if (base === 'emailType' && group) return { kind: 'emailType', group };
  if (base === 'phone') return { kind: 'phone', phoneKind: (PHONE_KINDS as readonly string[]).includes(qualifier) ? (qualifier as PhoneKind) : 'work', group };
  if (base === 'phoneType' && group) return { kind: 'phoneType', group };
  if (base === 'addressType' && group) return { kind: 'addressType', group };
  if (base.startsWith('address.')) {
    const part = base.slice('address.'.length);
    if ((ADDRESS_PARTS as readonly string[]).includes(part)) {
      return { kind: 'address', part: part as AddressPart, group: group ?? ((ADDRESS_LABELS as readonly string[]).includes(qualifier) ? qualifier : 'work') };
    }
  }
  return { kind: 'ignore' };
}

/** The keys a user can pick for a column (custom fields are added by the caller). */
export function pickableFieldKeys(): FieldKey[] {
  return [
    ...NAME_FIELDS,
    'company', 'department', 'jobTitle',
    ...EMAIL_LABELS.map((label) => `email:${label}`),
    ...PHONE_KINDS.map((kind) => `phone:${kind}`),
    ...ADDRESS_LABELS.flatMap((label) => ADDRESS_PARTS.map((part) => `address.${part}:${label}`)),
    'website', 'source', 'region', 'rating', 'notes', 'ignore',
  ];
}
