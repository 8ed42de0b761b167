import { mailingAddressText, type LeadFieldError, type LeadInput } from '../../domain/lead';
import { regionFromAddress } from '../../domain/region';
import type { AddressEntry } from '../../domain/types';
import type { SuggestedField, SuggestionMark } from './leadInputFromDraft';

export type Marks = Partial<Record<SuggestedField, SuggestionMark>>;

/**
 * What the lead form holds between saves: the input, the suggestion marks still open, the errors
 * shown, and whether the last save is still what is on screen. Changed only through
 * `leadFormReducer`, so every rule of the form (marks, the region following the address) is a pure
 * function tested without a DOM.
 */
export type LeadFormState = {
  input: LeadInput;
  marks: Marks;
  errors: LeadFieldError[];
  /** The shown values were saved (an edit shows "Saved" until the next change). */
  saved: boolean;
};

export type LeadFormAction =
  /** A value set by the user; `accept` also takes the field's suggestion mark away (typing is accepting). */
  | { type: 'set'; field: keyof LeadInput; value: LeadInput[keyof LeadInput]; accept?: SuggestedField }
  /** Every address change goes through here, for the region rule. */
  | { type: 'setAddresses'; addresses: AddressEntry[] }
  /** "Keep" on a suggestion mark. */
  | { type: 'accept'; field: SuggestedField }
  /** "Clear" on a suggestion mark: the value goes, and the mark with it. */
  | { type: 'clearSuggestion'; field: SuggestedField }
  | { type: 'invalid'; errors: LeadFieldError[] }
  | { type: 'saved'; keepSaved: boolean };

export function initialLeadFormState(input: LeadInput, marks: Marks = {}): LeadFormState {
  return { input, marks, errors: [], saved: false };
}

function withoutMark(marks: Marks, field: SuggestedField): Marks {
  const { [field]: _removed, ...rest } = marks;
  return rest;
}

/** The empty value a suggestion's "Clear" leaves: the first email or phone row goes, text empties. */
function clearedValue(input: LeadInput, field: SuggestedField): Partial<LeadInput> {
  if (field === 'emails') return { emails: input.emails.slice(1) };
  if (field === 'phones') return { phones: input.phones.slice(1) };
  return { [field]: '' };
}

/**
 * A region that is empty, or still only a suggestion, follows the mailing address; one the user
 * typed, picked or kept is never overwritten.
 */
function withAddresses(state: LeadFormState, addresses: AddressEntry[]): LeadFormState {
  const before = mailingAddressText(state.input.addresses);
  const after = mailingAddressText(addresses);
  const next = { ...state, input: { ...state.input, addresses } };
  const suggested = Boolean(state.marks.region);
  if (after === before || (state.input.region.trim() && !suggested)) return next;
  const found = after ? regionFromAddress(after) : null;
  if (found) {
    return { ...next, input: { ...next.input, region: found }, marks: { ...state.marks, region: { kind: 'suggested', line: after, from: 'address' } } };
  }
  return suggested ? { ...next, input: { ...next.input, region: '' }, marks: withoutMark(state.marks, 'region') } : next;
}

export function leadFormReducer(state: LeadFormState, action: LeadFormAction): LeadFormState {
  // Any edit ends "Saved" and the errors of the last attempt (they are checked again on save).
  const edited = { ...state, saved: false, errors: state.errors.length ? [] : state.errors };
  switch (action.type) {
    case 'set':
      return {
        ...edited,
        input: { ...state.input, [action.field]: action.value },
        marks: action.accept ? withoutMark(state.marks, action.accept) : state.marks,
      };
    case 'setAddresses':
      return withAddresses(edited, action.addresses);
    case 'accept':
      return { ...state, marks: withoutMark(state.marks, action.field) };
    case 'clearSuggestion':
      return { ...edited, input: { ...state.input, ...clearedValue(state.input, action.field) }, marks: withoutMark(state.marks, action.field) };
    case 'invalid':
      return { ...state, errors: action.errors };
    case 'saved':
      return { ...state, errors: [], saved: action.keepSaved };
  }
}
