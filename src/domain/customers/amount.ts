/**
 * Reads an amount typed the Vietnamese way (`120.000.000`, `1.500,5`) or the English way
 * (`120,000,000`, `1,500.5`): a separator followed by exactly three digits groups thousands,
 * any other `.` or `,` is the decimal mark. Empty is null; anything else unreadable is NaN,
 * which validation turns into a message.
 */
export function parseAmount(text: string): number | null {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (!trimmed) return null;
  const clean = trimmed.replace(/[.,](?=\d{3}(?:[.,]|$))/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(clean) ? Number(clean) : Number.NaN;
}
