import type { MessageKey } from './en';

/**
 * English messages for a `{count}` of one, picked by `Intl.PluralRules` ("1 lead", not
 * "1 leads"). Vietnamese nouns do not change with number, so it has no such list.
 */
export const singularEn: Partial<Record<MessageKey, string>> = {
  'leads.matching': '1 lead',
  'leads.matchingAbout': 'About 1 lead',
  'leads.count': '1 lead',
  'reports.group.stars': '1 star',
  'reports.showLeads': 'Show the 1 lead of {group}',
  'reports.leadCount': '1 lead',
  'workflow.undone': 'Undone: 1 lead restored.',
  'workflow.undoneWithConflicts': 'Undone: 1 lead restored; {conflicts} were edited since and were left as they are.',
  'workflow.massEdit.title': 'Edit 1 lead',
  'workflow.massEdit.confirm': 'Change {field} on 1 lead?',
  'workflow.massEdit.apply': 'Apply to 1 lead',
  'workflow.massEdit.done': '1 lead changed ({unchanged} already had this value, {skipped} skipped).',
  'workflow.disqualify.title': 'Disqualify 1 lead',
  'backup.exported': 'Backup saved: 1 record.',
  'backup.restored': 'Restored 1 record; every table’s count matches the backup.',
  'importExport.import.start': 'Import 1 row',
  'importExport.import.downloadRejected': 'Download the row not imported (CSV)',
  'importExport.export.done': 'Exported 1 lead to {file}.',
  'restore.confirm': 'Replace 1 lead with the {incoming} in this file? Everything else (history, customers, lists, settings) is replaced by the file’s too.',
};
