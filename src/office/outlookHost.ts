import type { OfficeHostInfo } from './officeLoader';

/** What the pane reads from Outlook once office.js is ready; null parts mean "not given". */
export type OutlookHost = {
  mailbox: Office.Mailbox;
  /** Outlook on the web partitions storage per add-in instance; the database name carries it. */
  partitionKey: string | null;
  displayLanguage: string | null;
  bodyBackgroundColor: string | null;
  currentUser: { name: string; email: string } | null;
};

/** The Outlook host with a mailbox, or null in preview (no office.js, or office.js without Outlook). */
export function readOutlookHost(host: OfficeHostInfo): OutlookHost | null {
  if (host.kind !== 'outlook' || !Office.context.mailbox) return null;
  const context = Office.context;
  const profile = context.mailbox.userProfile;
  return {
    mailbox: context.mailbox,
    partitionKey: context.partitionKey ?? null,
    displayLanguage: context.displayLanguage || null,
    bodyBackgroundColor: context.officeTheme?.bodyBackgroundColor ?? null,
    currentUser: profile ? { name: profile.displayName ?? '', email: profile.emailAddress ?? '' } : null,
  };
}

/** Whether this host can open a stored message in Outlook's own reading window (not in preview). */
export function canOpenMessageInOutlook(): boolean {
  return typeof Office !== 'undefined' && Boolean(Office.context?.mailbox?.displayMessageForm);
}

/** Opens the message with this EWS/REST item id in Outlook. */
export function openMessageInOutlook(itemId: string): void {
  Office.context.mailbox.displayMessageForm(itemId);
}

/** The commands page only has to tell Office it is ready (the manifest's FunctionFile points at it). */
export function signalCommandsPageReady(): void {
  Office.onReady(() => undefined);
}
