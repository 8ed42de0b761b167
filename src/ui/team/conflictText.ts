import type { MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/translate';

/** How a field conflict reads on the lead: the field's name and each value as words. Pure. */

const FIELD_LABELS: Record<string, MessageKey> = {
  fullName: 'lead.field.fullName',
  jobTitle: 'lead.field.jobTitle',
  company: 'lead.field.company',
  website: 'lead.field.website',
  notes: 'lead.field.notes',
  fileAs: 'record.field.fileAs',
  fileAsStyle: 'record.field.fileAs',
  initiatedBy: 'record.field.initiatedBy',
  source: 'team.field.source',
  region: 'team.field.region',
  rating: 'team.field.rating',
  status: 'team.field.status',
  ownerId: 'team.field.ownerId',
  teamId: 'team.field.teamId',
  emails: 'team.field.emails',
  phones: 'team.field.phones',
  addresses: 'team.field.addresses',
  deletedAt: 'team.field.deletedAt',
};

export type ConflictNames = { person(id: string): string | undefined; team(id: string): string | undefined; customField(id: string): string | undefined };

export function conflictFieldLabel(field: string, t: Translate, names: ConflictNames): string {
  const key = FIELD_LABELS[field];
  if (key) return t(key);
  const custom = field.startsWith('customValues.') ? field.slice('customValues.'.length) : null;
  return t('team.field.other', { name: (custom && names.customField(custom)) || custom || field });
}

const MAX_SHOWN = 160;

export function conflictValueText(field: string, value: unknown, t: Translate, names: ConflictNames): string {
  if (field === 'deletedAt') return t(value ? 'team.conflict.deleted' : 'team.conflict.notDeleted');
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('team.conflict.empty');
  if (field === 'ownerId' && typeof value === 'string') return names.person(value) ?? value;
  if (field === 'teamId' && typeof value === 'string') return names.team(value) ?? value;
  if (field === 'status' && (value === 'open' || value === 'qualified' || value === 'disqualified')) return t(`record.status.${value}`);
  let text: string;
  if (Array.isArray(value)) {
    text = value.map((item: unknown) => {
      if (item && typeof item === 'object') {
        const entry = item as { address?: unknown; number?: unknown; text?: unknown };
        return String(entry.address ?? entry.number ?? entry.text ?? JSON.stringify(item));
      }
      return String(item);
    }).join(', ');
  } else if (typeof value === 'object') {
    text = JSON.stringify(value);
  } else {
    text = String(value);
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
