import { foldText } from '../../domain/fold';
import { VIETNAM_PROVINCES_2025, VIETNAM_REGIONS } from '../../domain/region';

export type RegionGroup = { key: 'used' | 'current' | 'before2025'; regions: string[] };

const byVietnamese = (a: string, b: string) => a.localeCompare(b, 'vi');
const CURRENT = [...VIETNAM_PROVINCES_2025].sort(byVietnamese);
const BEFORE_2025_ONLY = VIETNAM_REGIONS.filter((r) => !VIETNAM_PROVINCES_2025.includes(r)).sort(byVietnamese);

/**
 * The picker's lists: regions the user's leads already use (the ones not in the Vietnamese list
 * first, as they are the user's own), the current provinces, then the names before July 2025.
 * A query narrows every list, ignoring case and diacritics ("da nang" finds "Đà Nẵng").
 */
export function regionOptions(used: readonly string[], query: string): RegionGroup[] {
  const wanted = foldText(query.trim());
  const keep = (region: string) => !wanted || foldText(region).includes(wanted);
  const own = used.filter((r) => r.trim() && !VIETNAM_REGIONS.includes(r)).sort(byVietnamese);
  const groups: RegionGroup[] = [
    { key: 'used', regions: own.filter(keep) },
    { key: 'current', regions: CURRENT.filter(keep) },
    { key: 'before2025', regions: BEFORE_2025_ONLY.filter(keep) },
  ];
  return groups.filter((g) => g.regions.length > 0);
}
