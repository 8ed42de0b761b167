/** Reading an email into a lead draft, off the pane's main thread. */
export const mailReadEn = {
  'mailRead.reading': 'Reading the email…',
  'mailRead.cancel': 'Cancel',
  'mailRead.cancelled': 'Reading was cancelled: only the sender’s name and address are filled in.',
};
