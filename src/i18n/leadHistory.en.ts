/** How a lead came to be, as its first history item reads (the change path's `created` event). */
export const leadHistoryEn = {
  'leadHistory.created.form': 'Lead created',
  'leadHistory.created.email': 'Lead created from an email',
  'leadHistory.created.import': 'Imported from {from}',
  'leadHistory.created.sync': 'Received from {from} by team sync',
} as const;
