import { isIsoDate } from './dates';
import type { CustomFieldDef, CustomFieldKind, CustomValue } from './types';

export const CUSTOM_FIELD_KINDS: readonly CustomFieldKind[] = ['text', 'number', 'date', 'yesNo', 'choice'];
export const MAX_CUSTOM_FIELD_NAME = 64;
export const MAX_CUSTOM_TEXT = 2000;

export type CustomFieldError =
  | { field: `custom.${string}`; code: 'notANumber'; value: string }
  | { field: `custom.${string}`; code: 'notADate'; value: string }
  | { field: `custom.${string}`; code: 'notAChoice'; value: string }
  | { field: `custom.${string}`; code: 'tooLong'; max?: number };

export type CustomFieldDefError = { field: 'name'; code: 'required' | 'taken' | 'tooLong' } | { field: 'choices'; code: 'required' };


/** Values keyed by field id; unknown ids (a field deleted since) are kept but not checked. */
export function validateCustomValues(values: Record<string, CustomValue>, fields: readonly CustomFieldDef[]): CustomFieldError[] {
  const errors: CustomFieldError[] = [];
  for (const def of fields) {
    const value = values[def.id];
    if (value === undefined || value === '') continue;
    const field = `custom.${def.id}` as const;
    switch (def.kind) {
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) errors.push({ field, code: 'notANumber', value: String(value) });
        break;
      case 'date':
        if (typeof value !== 'string' || !isIsoDate(value)) errors.push({ field, code: 'notADate', value: String(value) });
        break;
      case 'choice':
        if (typeof value !== 'string' || !def.choices.includes(value)) errors.push({ field, code: 'notAChoice', value: String(value) });
        break;
      case 'text':
        if (String(value).length > MAX_CUSTOM_TEXT) errors.push({ field, code: 'tooLong', max: MAX_CUSTOM_TEXT });
        break;
      case 'yesNo':
        break;
    }
  }
  return errors;
}

export function validateCustomFieldDef(
  draft: { name: string; kind: CustomFieldKind; choices: readonly string[] },
  existing: readonly CustomFieldDef[],
): CustomFieldDefError[] {
  const errors: CustomFieldDefError[] = [];
  const name = draft.name.trim();
  if (!name) errors.push({ field: 'name', code: 'required' });
  else if (name.length > MAX_CUSTOM_FIELD_NAME) errors.push({ field: 'name', code: 'tooLong' });
  else if (existing.some((f) => f.name.trim().toLowerCase() === name.toLowerCase())) errors.push({ field: 'name', code: 'taken' });
  if (draft.kind === 'choice' && !draft.choices.some((c) => c.trim())) errors.push({ field: 'choices', code: 'required' });
  return errors;
}
