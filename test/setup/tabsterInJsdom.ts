/**
 * Pass as `hidden` to role queries inside (and just after) a Fluent dialog in jsdom.
 *
 * Tabster hides every modalizer that is not the active one. In jsdom, React flushes the dialog's
 * focus effect inside `act`, before Tabster's MutationObserver has registered the surface as a
 * modalizer, so the focused dialog is never made active and stays aria-hidden (seen on a loaded
 * machine, about one run in two); after a dialog closes Tabster also leaves aria-hidden on the app.
 * Chromium does neither: test/e2e/focus.test.ts and the axe test open the same dialogs by role
 * without this.
 */
export const JSDOM_KEEPS_DIALOG_HIDING = true;
