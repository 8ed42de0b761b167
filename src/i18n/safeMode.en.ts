/** Strings of safe mode (`taskpane.html?safe`) and of the boundaries that lead to it. */
export const safeModeEn = {
  'safeMode.title': 'Safe mode',
  'safeMode.intro': 'LeadPane opened without reading your leads, so a damaged record cannot stop it. Back up what can be read, or restore a good backup.',
  'safeMode.leave': 'Leave safe mode',
  'safeMode.open': 'Open in safe mode',
  'safeMode.crashed': 'LeadPane could not start: {detail}. Your data has not been changed. Safe mode opens only Settings and backup.',
  'error.section': 'This section failed to show: {detail}. The rest of Settings still works.',
} as const;
