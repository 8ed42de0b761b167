import { workflowEn } from './workflow.en';
import { recordEn } from './record.en';
import { mailUpdateEn } from './mailUpdate.en';
import { mailReadEn } from './mailRead.en';
import { scoringEn } from './scoring.en';
import { regionEn } from './region.en';
import { restoreEn } from './restore.en';
import { importExportEn } from './importExport.en';
import { safeModeEn } from './safeMode.en';
import { leadHistoryEn } from './leadHistory.en';
import { reportsEn } from './reports.en';
import { teamEn } from './team.en';
import { formDraftEn } from './formDraft.en';

/**
 * English catalogue: the core strings plus one file per feature (`<feature>.en.ts`), so features
 * add strings without touching each other's. Keys are the source of truth for `Messages`.
 */
const core = {
  'app.title': 'LeadPane',
  'app.loading': 'Loading…',
  'tabs.email': 'This email',
  'tabs.leads': 'Leads',
  'tabs.settings': 'Settings',
  'tabs.navigation': 'Pane sections',
  // Under each tab's icon, where six tabs share 320 px; each is part of the tab's full name.
  'tabs.short.email': 'Email',
  'tabs.short.leads': 'Leads',
  'tabs.short.customers': 'Customers',
  'tabs.short.scores': 'Scores',
  'tabs.short.reports': 'Reports',
  'tabs.short.settings': 'Settings',
  'office.unavailable.title': 'Office could not be loaded',
  'office.unavailable.loadFailed':
    'office.js did not load from Microsoft’s servers (blocked network or CDN). Outlook features are off; you can still open .eml files below.',
  'office.unavailable.timeout':
    'office.js did not answer within {seconds} seconds. Check the network or proxy, then reopen the pane. You can still open .eml files below.',
  'preview.banner': 'Preview mode: not running inside Outlook. Open an .eml file or pick a sample email.',
  'preview.openEml': 'Open .eml file…',
  'preview.sampleLabel': 'Sample email',
  'preview.samplePlaceholder': 'Choose a sample',
  'mail.error.noItem': 'Open an email in Outlook to create a lead from it.',
  'mail.error.bodyUnavailable': 'Outlook could not give the email’s text ({detail}). Try again, or reopen the email.',
  'mail.error.emlUnreadable': 'This file is not an email LeadPane can read ({detail}). Choose an .eml file saved from a mail program.',
  'mail.error.emlTooLarge': 'This file is too large ({detail}). LeadPane opens emails up to 25 MB.',
  'mail.error.emlNotEmail': 'This file is not an email: it does not start with mail headers (it may be a picture, a document or a renamed file). Choose an .eml file saved from a mail program.',
  'mail.error.unknown': 'Something went wrong while reading the email: {detail}',
  'mail.noMessage': 'No email open yet.',
  'mail.from': 'From',
  'mail.subject': 'Subject',
  'mail.received': 'Received',
  'mail.noSender': 'This email has no sender address; fill in the lead by hand.',
  'lead.new.title': 'New lead',
  'lead.field.fullName': 'Full name',
  'lead.field.jobTitle': 'Job title',
  'lead.field.company': 'Company',
  'lead.field.email': 'Email',
  'lead.field.phone': 'Phone',
  'lead.field.website': 'Website',
  'lead.field.notes': 'Notes',
  'lead.suggested': 'Suggested from the email',
  'lead.guess': 'Guessed: please check',
  'lead.suggestion.accept': 'Keep',
  'lead.suggestion.clear': 'Clear',
  'lead.suggestion.acceptField': 'Keep {field}',
  'lead.suggestion.clearField': 'Clear {field}',
  'lead.suggestion.from': 'From the email: “{line}”',
  'lead.save': 'Save lead',
  'lead.saving': 'Saving…',
  'lead.saveAndNew': 'Save & New',
  'lead.cancel': 'Cancel',
  'lead.savedNext': 'Saved {name}. Fill in the next lead.',
  'lead.saved': 'Lead saved with this email in its history.',
  'lead.error.required': 'Enter the full name: it is the one required field.',
  'lead.error.tooLong': 'Shorten this to at most {max} characters.',
  'lead.error.invalidEmail': '“{value}” is not an email address. Use the form name@company.com.',
  'lead.error.duplicateEmail': '“{value}” is already listed above. Remove one of them.',
  'lead.error.saveFailed': 'The lead was not saved: {detail}. Nothing was changed; try again.',
  'lead.known': 'Known lead',
  'lead.logEmail': 'Log this email',
  'lead.logged': 'This email is in the lead’s history.',
  'lead.alreadyLogged': 'This email was already logged.',
  'lead.history': 'History',
  'lead.history.empty': 'No history yet.',
  'lead.back': 'Back to list',
  'lead.openRecord': 'Open the full record',
  'lead.created': 'Created {date}',
  'leads.title': 'Leads',
  'leads.empty': 'No leads yet. Open an email and save its sender as a lead.',
  'leads.count': '{count} leads',
  'leads.open': 'Open {name}',
  'leads.select': 'Select {name}',
  'leads.assignedTo': 'Assigned to {name}',
  'settings.language': 'Language',
  'settings.language.auto': 'Same as Office ({language})',
  'settings.language.en': 'English',
  'settings.language.vi': 'Tiếng Việt',
  'settings.saved': 'Settings saved.',
  'error.boundary': 'This part of LeadPane failed to show: {detail}. Your data is safe; reopen the pane.',
  'activity.email': 'Email',
} as const;

export const en = {
  ...core,
  ...workflowEn,
  ...recordEn,
  ...mailUpdateEn,
  ...mailReadEn,
  ...scoringEn,
  ...regionEn,
  ...restoreEn,
  ...importExportEn,
  ...safeModeEn,
  ...leadHistoryEn,
  ...reportsEn,
  ...teamEn,
  ...formDraftEn,
  // Feature catalogues: one spread per feature file.
};

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
