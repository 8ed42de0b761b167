/** `<input type="datetime-local">` speaks local wall-clock time without a zone. */
export function toDateTimeInput(epochMs: number | null): string {
  if (epochMs === null || !Number.isFinite(epochMs)) return '';
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** NaN when the text is not a complete date and time, so validation can say so. */
export function fromDateTimeInput(value: string): number {
  if (!value) return Number.NaN;
  return new Date(value).getTime();
}
