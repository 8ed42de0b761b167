import type { MetadataJson } from 'libphonenumber-js/core';
import metadata from './metadata.min.json';

/**
 * libphonenumber-js's reduced metadata cut to the countries LeadPane serves
 * (`scripts/phone-metadata.mjs`): what phone keys, E.164 and display need.
 */
export const MIN_PHONE_METADATA = metadata as unknown as MetadataJson;
