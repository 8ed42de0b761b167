/** Strings of the lead's city / region field (issue: region). */
export const regionEn = {
  'region.field': 'City / region',
  'region.placeholder': 'Type or pick a province or city',
  'region.group.used': 'Other places in your leads',
  'region.group.current': 'Vietnam (since July 2025)',
  'region.group.before2025': 'Vietnam (before July 2025)',
  'region.suggested': 'Read from the mailing address',
  'region.suggestion.from': 'From the address: “{line}”',
  'region.shown': 'City / region: {region}',
} as const;
