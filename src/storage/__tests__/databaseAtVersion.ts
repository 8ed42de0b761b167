import Dexie from 'dexie';
import { STORES_BY_VERSION } from '../db';

/**
 * A plain Dexie that knows the schema only up to `version` (no upgrades, no middleware): what an
 * older LeadPane left on disk, for the upgrade tests to fill and then open with `LeadPaneDb`.
 */
export function databaseAtVersion(name: string, version: number): Dexie {
  if (version < 1 || version > STORES_BY_VERSION.length) throw new Error(`no schema version ${version}`);
  const old = new Dexie(name);
  STORES_BY_VERSION.slice(0, version).forEach((stores, index) => old.version(index + 1).stores(stores));
  return old;
}
