import { emptyActivityInput } from '../../domain/activity';
import { emptyLeadInput } from '../../domain/lead';
import { RestoreError, type BackupProblem } from '../backupRepository';
import { LeadPaneDb, SCHEMA_V1 } from '../db';
import { createRepositories } from '../repositories';

// dexie-export-import (used for the export) expects a browser: a global `self` and FileReader.
class NodeFileReader {
  result: ArrayBuffer | null = null;
  onload: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  readAsArrayBuffer(blob: Blob) {
    blob.arrayBuffer().then((buffer) => {
      this.result = buffer;
      this.onload?.({ target: this });
    });
  }
}
Object.assign(globalThis, { self: globalThis, FileReader: NodeFileReader });

type Row = Record<string, unknown>;
type ExportJson = { formatName: string; formatVersion: number; data: { databaseName: string; databaseVersion: number; tables: { name: string; schema: string; rowCount: number }[]; data: { tableName: string; inbound: boolean; rows: Row[] }[] } };

function setup() {
  return createRepositories(new LeadPaneDb(`restore-${Math.random()}`));
}

async function exported(repos: ReturnType<typeof setup>): Promise<ExportJson> {
  return JSON.parse(await (await repos.backup.exportAll()).text()) as ExportJson;
}

function rowsOf(json: ExportJson, table: string): Row[] {
  return json.data.data.find((t) => t.tableName === table)!.rows;
}

/** Adds a row to a table of the file and keeps its declared count true, so only the row is wrong. */
function addRow(json: ExportJson, table: string, row: Row): ExportJson {
  rowsOf(json, table).push(row);
  json.data.tables.find((t) => t.name === table)!.rowCount += 1;
  return json;
}

function file(json: unknown): Blob {
  return new Blob([JSON.stringify(json)], { type: 'application/json' });
}

async function refusal(repos: ReturnType<typeof setup>, json: unknown): Promise<BackupProblem> {
  const error = await repos.backup.restore(file(json)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RestoreError);
  return (error as RestoreError).problem;
}

async function filled() {
  const repos = setup();
  const lead = await repos.leads.create({ ...emptyLeadInput(), fullName: 'Nguyễn Văn An', company: 'Sen Vàng' });
  await repos.activities.add(lead.id, { ...emptyActivityInput('phone', 10), subject: 'Gọi' });
  return { repos, lead };
}

/** The pane whose data a bad file must leave alone. */
async function target() {
  const repos = setup();
  const kept = await repos.leads.create({ ...emptyLeadInput(), fullName: 'Kept' });
  return { repos, kept };
}

describe('restore narrows every row', () => {
  it('should refuse a settings row whose language has no catalogue, naming the row, and change nothing', async () => {
    const { repos: source } = await filled();
    const json = addRow(await exported(source), 'settings', { key: 'language', value: 'de' });
    const { repos, kept } = await target();
    const problem = await refusal(repos, json);
    expect(problem).toEqual({ code: 'badRow', table: 'settings', row: rowsOf(json, 'settings').length, id: 'language', field: 'value' });
    expect((await repos.leads.get(kept.id))?.fullName).toBe('Kept');
  });

  it('should refuse a history item whose subject is an object, naming it and the field', async () => {
    const { repos: source, lead } = await filled();
    const json = await exported(source);
    const activity = rowsOf(json, 'activities')[0]!;
    activity.subject = { text: 'not a string' };
    const { repos, kept } = await target();
    const history = await repos.activities.historyOf(kept.id);
    expect(await refusal(repos, json)).toEqual({ code: 'badRow', table: 'activities', row: 1, id: activity.id, field: 'subject' });
    expect(await repos.activities.historyOf(kept.id)).toEqual(history);
    expect(lead.id).toBeTruthy();
  });

  it('should refuse a typed value LeadPane never writes (an imagebitmap that would load a URL) before reviving anything', async () => {
    const { repos: source, lead } = await filled();
    const json = await exported(source);
    const row = rowsOf(json, 'leads')[0]!;
    row.notes = 'https://attacker.example/pixel.png';
    row.$types = { ...(row.$types as Row), notes: 'imagebitmap' };
    const { repos, kept } = await target();
    const fetchSpy = jest.fn();
    const realFetch = globalThis.fetch;
    globalThis.fetch = fetchSpy;
    try {
      expect(await refusal(repos, json)).toEqual({ code: 'typedValue', table: 'leads', row: 1, type: 'imagebitmap' });
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(fetchSpy).not.toHaveBeenCalled();
    expect((await repos.leads.get(kept.id))?.fullName).toBe('Kept');
    expect(lead.id).toBeTruthy();
  });

  it.each([
    ['a blob outside the photo table', 'leads', { notes: 'blob2' }],
    ['a date', 'leads', { createdAt: 'date' }],
    ['a chain of types', 'leads', { notes: ['arrayNonindexKeys', 'blob2'] }],
    ['a whole-row type', 'settings', { $: 'map' }],
  ])('should refuse %s', async (_name, table, types) => {
    const { repos: source } = await filled();
    const json = await exported(source);
    if (!rowsOf(json, table)[0]) addRow(json, table, { key: 'language', value: 'vi' });
    const row = rowsOf(json, table)[0]!;
    row.$types = types;
    const { repos } = await target();
    expect((await refusal(repos, json)).code).toBe('typedValue');
  });

  it('should refuse a row without a key, naming its place in the file', async () => {
    const { repos: source } = await filled();
    const json = addRow(await exported(source), 'people', { name: 'No id', email: '' });
    const { repos } = await target();
    expect(await refusal(repos, json)).toEqual({ code: 'badRow', table: 'people', row: 1, id: '', field: 'id' });
  });

  it('should leave out settings this build does not know instead of refusing the file', async () => {
    const { repos: source } = await filled();
    const json = addRow(await exported(source), 'settings', { key: 'someFuture.setting', value: { anything: 1 } });
    const { repos } = await target();
    const result = await repos.backup.restore(file(json));
    expect(result.counts.leads).toBe(1);
    expect(result.counts.settings).toBe(rowsOf(json, 'settings').length - 1);
  });

  it('should restore a lead photo as the image it was', async () => {
    const source = setup();
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const lead = await source.leads.create({ ...emptyLeadInput(), fullName: 'Photo' }, undefined, {
      kind: 'set', photo: { blob: new Blob([bytes], { type: 'image/jpeg' }), width: 2, height: 3 },
    });
    const json = await exported(source);
    const { repos } = await target();
    await repos.backup.restore(file(json));
    const photo = await repos.leads.photoOf(lead.id);
    expect(photo).toMatchObject({ width: 2, height: 3 });
    expect(photo?.blob.type).toBe('image/jpeg');
    expect(new Uint8Array(await photo!.blob.arrayBuffer())).toEqual(bytes);
  });

  it('should say what a restore would replace without changing anything', async () => {
    const { repos: source } = await filled();
    await source.leads.create({ ...emptyLeadInput(), fullName: 'Second' });
    const { repos } = await target();
    const { current, incoming } = await repos.backup.inspect(await source.backup.exportAll());
    expect(current.leads).toBe(1);
    expect(incoming.leads).toBe(2);
    expect(await repos.leads.count()).toBe(1);
  });

  it('should refuse a backup from a newer schema', async () => {
    const { repos: source } = await filled();
    const json = await exported(source);
    json.data.databaseVersion += 1;
    const { repos } = await target();
    expect((await refusal(repos, json)).code).toBe('newerVersion');
  });
});

describe('restore of an older backup runs every schema upgrade on it', () => {
  const meta = { createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, rev: 2, deletedAt: null };
  function version1Backup(): ExportJson {
    const tables = Object.entries(SCHEMA_V1).map(([name, schema]) => ({ name, schema, rowCount: 0 }));
    const json: ExportJson = {
      formatName: 'dexie', formatVersion: 1,
      data: { databaseName: 'leadpane', databaseVersion: 1, tables, data: tables.map((t) => ({ tableName: t.name, inbound: true, rows: [] })) },
    };
    addRow(json, 'leads', {
      id: 'lead-1', fullName: 'John Smith', jobTitle: '', company: 'Contoso', emails: [{ address: 'john@contoso.com', label: 'work' }], phones: [],
      addresses: [], website: '', source: '', notes: '', status: 'open', rating: null, ownerId: null,
      searchWords: ['john', 'smith', 'contoso'], emailKeys: ['john@contoso.com'], phoneKeys: [], ...meta,
    });
    // Written before scoring existed: no importance.
    addRow(json, 'criteria', { id: 'crit-1', description: 'Has a budget', order: 1, createdAt: meta.createdAt, updatedAt: meta.updatedAt });
    addRow(json, 'activities', {
      id: 'act-1', recordType: 'lead', recordId: 'lead-1', kind: 'note', occurredAt: meta.createdAt, subject: 'Met', body: '',
      internetMessageId: null, conversationId: null, itemId: null, fromAddress: null, ...meta,
    });
    addRow(json, 'settings', { key: 'language', value: 'vi' });
    return json;
  }

  it('should give version-1 criteria an importance, leads their v2 keys and history its v2 fields', async () => {
    const { repos, kept } = await target();
    await repos.backup.restore(file(version1Backup()));
    expect(await repos.leads.get(kept.id)).toBeUndefined();
    const criteria = await repos.scoring.listCriteria();
    expect(criteria).toEqual([expect.objectContaining({ id: 'crit-1', importance: 'normal', deletedAt: null, rev: 1 })]);
    const lead = await repos.leads.get('lead-1' as never);
    expect(lead).toMatchObject({ fileAs: 'Smith, John', customValues: {}, dupKey: expect.any(String), sortName: expect.any(String) });
    expect(await repos.leads.matchingIds({ text: 'smith', sort: 'fileAs', filters: {} })).toEqual(['lead-1']);
    const [activity] = await repos.activities.historyOf('lead-1' as never);
    expect(activity).toMatchObject({ outcome: '', location: '', done: false });
    expect(await repos.settings.get('language')).toBe('vi');
  });

  it('should refuse a version-1 row that the upgrades cannot make whole, naming it', async () => {
    const json = version1Backup();
    rowsOf(json, 'leads')[0]!.fullName = 42;
    const { repos } = await target();
    expect(await refusal(repos, json)).toEqual({ code: 'badRow', table: 'leads', row: 1, id: 'lead-1', field: 'fullName' });
  });
});
