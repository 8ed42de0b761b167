import { foldedWords } from '../fold';
import { MAX_REPORT_NAME_LENGTH } from './reportDefinition';

export type ReportNameError = 'required' | 'tooLong' | 'taken';

/** Two names are the same report name when they fold to the same words ("Khách Hà Nội" = "khach ha noi"). */
function nameKey(name: string): string {
  return foldedWords(name).join(' ');
}

/** Why a saved report cannot take this name, or null. `others`: the names of the other saved reports. */
export function reportNameError(name: string, others: readonly string[]): ReportNameError | null {
  const trimmed = name.trim();
  if (!trimmed) return 'required';
  if (trimmed.length > MAX_REPORT_NAME_LENGTH) return 'tooLong';
  const key = nameKey(trimmed);
  return others.some((other) => nameKey(other) === key) ? 'taken' : null;
}

/** A free name for a copy: "Name (2)", "Name (3)"... (the suffix is not translated: it is a number). */
export function copyName(name: string, others: readonly string[]): string {
  const base = name.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`.slice(-MAX_REPORT_NAME_LENGTH);
    if (!reportNameError(candidate, others)) return candidate;
  }
}
