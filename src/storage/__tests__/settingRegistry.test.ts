import { DEFAULT_LEAD_SOURCES } from '../../domain/leadSources';
import { DEFAULT_RATING_THRESHOLDS } from '../../domain/ratingSuggestion';
import { DEFAULT_DISQUALIFY_REASONS } from '../../domain/disqualify/disqualifyReasons';
import { LeadPaneDb } from '../db';
import { createRepositories } from '../repositories';
import { readSetting, SETTINGS, settingValue, type SettingKey } from '../settingRegistry';

function setup() {
  const db = new LeadPaneDb(`settings-${Math.random()}`);
  return { db, repos: createRepositories(db) };
}

/** Values of every kind a row could hold after an old build, another tool or a crafted backup wrote it. */
const OTHER_KINDS: unknown[] = ['de', 42, null, true, {}, [], [42], { $types: { value: 'imagebitmap' } }];

function kindOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

const VALID: { [K in SettingKey]: ReturnType<(typeof SETTINGS)[K]['fallback']> } = {
  language: 'vi',
  phoneRegion: 'CA',
  'record.leadSources': ['website', 'Hội chợ'],
  'scoring.criteriaVersion': 7,
  'scoring.rescoredVersion': 6,
  'scoring.defaultsSeeded': true,
  'scoring.defaultsMarked': true,
  'scoring.ratingThresholds': { hot: 80, warm: 30 },
  'workflow.me': 'person-1' as never,
  'workflow.disqualifyReasons': [{ id: 'other', label: '' }, { id: 'r1', label: 'Hết ngân sách' }],
  'workflow.massEditInProgress': { batchId: 'b', field: 'source', done: 2, total: 4, changed: 2, session: 's', at: 1 },
  'bulkJobs.markers': { j1: { id: 'j1', kind: 'addToList', done: 2, total: 4, changed: 1, session: 's', startedAt: 1, heartbeatAt: 2, detail: { listId: 'l' } } },
  'import.inProgress': { batchId: 'b', file: 'leads.csv', done: 2000, total: 5000, written: 1990, session: 's', at: 1 },
  'import.savedMappings': [{ name: 'Outlook', headers: 'firstname|lastname', keys: ['givenName', 'familyName'] }],
};

/** Values of the right kind that are still wrong for the key. */
const WRONG_OF_SAME_KIND: { [K in SettingKey]: unknown[] } = {
  language: ['de', 'EN', ''],
  phoneRegion: ['vn', 'VNM', ''],
  'record.leadSources': [[42], ['a', null]],
  'scoring.criteriaVersion': [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY],
  'scoring.rescoredVersion': [-1, 1.5, Number.NaN],
  'scoring.defaultsSeeded': [],
  'scoring.defaultsMarked': [],
  'scoring.ratingThresholds': [{ hot: 'x', warm: 1 }, { hot: 20, warm: 90 }, { hot: 200, warm: 10 }],
  'workflow.me': [''],
  'workflow.disqualifyReasons': [[], ['noBudget'], [{ id: 'noBudget' }], [{ id: 'noBudget', label: '' }]],
  'bulkJobs.markers': [{ j1: { id: 'other' } }, { j1: { ...VALID['bulkJobs.markers'].j1, id: 'j2' } }, { j1: { ...VALID['bulkJobs.markers'].j1, kind: 'delete' } }],
  'workflow.massEditInProgress': [{ batchId: 'b' }, { ...VALID['workflow.massEditInProgress'], done: '2' }],
  'import.inProgress': [{ batchId: 'b' }, { ...VALID['import.inProgress'], written: -1 }],
  'import.savedMappings': [[{ name: 'x' }], [{ name: 'x', headers: 'a', keys: [1] }]],
};

describe('settingRegistry', () => {
  const keys = Object.keys(SETTINGS) as SettingKey[];

  it.each(keys)('should read a stored %s back as it was written', async (key) => {
    const { db } = setup();
    await db.settings.put({ key, value: VALID[key] });
    expect(await readSetting(db.settings, key)).toEqual(VALID[key]);
  });

  it.each(keys)('should read %s as its default when the row is missing', async (key) => {
    const { db } = setup();
    expect(await readSetting(db.settings, key)).toEqual(SETTINGS[key].fallback());
  });

  it.each(keys)('should read %s as its default whatever else the row holds', async (key) => {
    const { db } = setup();
    const valid = VALID[key];
    const wrong = [...OTHER_KINDS.filter((v) => kindOf(v) !== kindOf(valid) && !(v === null && SETTINGS[key].fallback() === null)), ...WRONG_OF_SAME_KIND[key]];
    for (const value of wrong) {
      await db.settings.put({ key, value });
      expect(await readSetting(db.settings, key)).toEqual(SETTINGS[key].fallback());
    }
  });

  it('should hand out a fresh default each time, so a caller editing it cannot change the next read', () => {
    const first = settingValue('record.leadSources', undefined);
    first.push('mutated');
    expect(settingValue('record.leadSources', undefined)).toEqual([...DEFAULT_LEAD_SOURCES]);
  });

  it('should read a language the pane has no catalogue for ("de") as automatic', async () => {
    const { db, repos } = setup();
    await db.settings.put({ key: 'language', value: 'de' });
    expect(await repos.settings.get('language')).toBe('auto');
  });

  it('should read thresholds that break their own rule (warm above hot) as the defaults', async () => {
    const { db, repos } = setup();
    await db.settings.put({ key: 'scoring.ratingThresholds', value: { hot: 20, warm: 90 } });
    expect(await repos.scoring.ratingThresholds()).toEqual(DEFAULT_RATING_THRESHOLDS);
  });

  it('should read a reason list holding a non-reason as the built-in reasons', async () => {
    const { db, repos } = setup();
    await db.settings.put({ key: 'workflow.disqualifyReasons', value: [{ id: 'other', label: '' }, 'noBudget'] });
    expect(await repos.workflow.reasons.all()).toEqual(DEFAULT_DISQUALIFY_REASONS);
  });

  it('should treat a criteria version stored as text as 0, so rescoring still runs', async () => {
    const { db, repos } = setup();
    await db.settings.put({ key: 'scoring.criteriaVersion', value: '3' });
    expect(await repos.scoring.criteriaVersion()).toBe(0);
  });

  it('should read "me" stored as an object as nobody', async () => {
    const { db, repos } = setup();
    await db.settings.put({ key: 'workflow.me', value: { id: 'p' } });
    expect(await repos.workflow.people.me()).toBeNull();
  });
});
