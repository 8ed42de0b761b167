import type { MetadataJson } from 'libphonenumber-js/core';
import metadata from './metadata.max.json';

/**
 * libphonenumber-js's full metadata cut to the countries LeadPane serves
 * (`scripts/phone-metadata.mjs`): it knows each number's type (mobile, fixed line, toll free),
 * which reading a signature needs for a phone's kind. Its own module, so the pane's main bundle,
 * which never reads a signature, leaves it out.
 */
export const MAX_PHONE_METADATA = metadata as unknown as MetadataJson;
