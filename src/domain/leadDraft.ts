import type { PhoneKind } from './types';

/** Where a suggested value came from, so the pane can show it as a guess and the user can judge it. */
export type FieldOrigin = 'sender' | 'signature' | 'domain' | 'body';

export type Suggestion<T> = {
  value: T;
  origin: FieldOrigin;
  /** The line of the email the value was read from, when there is one. */
  line: string | null;
  /** 0..1: how sure the extractor is. Below GUESS_CONFIDENCE the pane calls it a guess. */
  confidence: number;
};

export const GUESS_CONFIDENCE = 0.5;

/** `number` is E.164 when it parses; `extension` is kept apart (x123, ext. 12, máy lẻ 12). */
export type DraftPhone = { number: string; kind: PhoneKind; extension?: string };

/** What the email understanding makes of a message: suggestions for a lead, never a saved lead. */
export type LeadDraft = {
  fullName: Suggestion<string> | null;
  givenName: string | null;
  familyName: string | null;
  jobTitle: Suggestion<string> | null;
  company: Suggestion<string> | null;
  emails: Array<Suggestion<string>>;
  phones: Array<Suggestion<DraftPhone>>;
  website: Suggestion<string> | null;
  address: Suggestion<string> | null;
  /** The city / province the address names (`regionFromAddress`), read from the same line. */
  region: Suggestion<string> | null;
  /** The sender's new text, without quoted history and without the signature. */
  replyText: string;
  signatureText: string | null;
  /** Why parts of the draft are empty or guessed (no From header, unreadable body...). */
  notes: string[];
};

export function emptyDraft(): LeadDraft {
  return {
    fullName: null,
    givenName: null,
    familyName: null,
    jobTitle: null,
    company: null,
    emails: [],
    phones: [],
    website: null,
    address: null,
    region: null,
    replyText: '',
    signatureText: null,
    notes: [],
  };
}
