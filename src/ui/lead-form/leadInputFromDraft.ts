import { GUESS_CONFIDENCE, type LeadDraft, type Suggestion } from '../../domain/leadDraft';
import { emptyLeadInput, type LeadInput } from '../../domain/lead';
import { displayPhone } from '../../domain/phone';

export type SuggestedField = 'fullName' | 'jobTitle' | 'company' | 'website' | 'emails' | 'phones' | 'region';
/** `from`: where the value was read; 'address' is the form's own suggestion from the mailing address (default 'email'). */
export type SuggestionMark = { kind: 'suggested' | 'guess'; line: string | null; from?: 'email' | 'address' };

/** Only what the sender's own signature or header says is "suggested"; a domain guess or a weak reading is a guess. */
function mark(suggestion: Suggestion<unknown> | null | undefined): SuggestionMark | undefined {
  if (!suggestion) return undefined;
  const own = suggestion.origin === 'signature' || suggestion.origin === 'sender';
  return { kind: own && suggestion.confidence >= GUESS_CONFIDENCE ? 'suggested' : 'guess', line: suggestion.line };
}

/** Prefills a lead form from a draft and records which fields came from the email. */
export function leadInputFromDraft(draft: LeadDraft): { input: LeadInput; marks: Partial<Record<SuggestedField, SuggestionMark>> } {
  const input = emptyLeadInput();
  input.fullName = draft.fullName?.value ?? '';
  input.jobTitle = draft.jobTitle?.value ?? '';
  input.company = draft.company?.value ?? '';
  input.website = draft.website?.value ?? '';
  input.emails = draft.emails.map((e) => ({ address: e.value, label: 'work' }));
  // The extractor gives E.164; the form shows what the user would type (it is keyed as E.164 again on save).
  input.phones = draft.phones.map((p) => ({ number: `${displayPhone(p.value.number)}${p.value.extension ? ` ext. ${p.value.extension}` : ''}`, kind: p.value.kind }));
  if (draft.address) input.addresses = [{ text: draft.address.value, label: 'work', forMail: true }];
  input.region = draft.region?.value ?? '';
  input.source = 'email';
  const marks: Partial<Record<SuggestedField, SuggestionMark>> = {};
  const fields: Array<[SuggestedField, Suggestion<unknown> | null | undefined]> = [
    ['fullName', draft.fullName],
    ['jobTitle', draft.jobTitle],
    ['company', draft.company],
    ['website', draft.website],
    ['emails', draft.emails[0]],
    ['phones', draft.phones[0]],
    ['region', draft.region],
  ];
  for (const [field, suggestion] of fields) {
    const m = mark(suggestion);
    if (m) marks[field] = m;
  }
  return { input, marks };
}
