import { emptyActivityInput } from '../../domain/activity';
import { emptyLeadInput } from '../../domain/lead';
import { LeadPaneDb } from '../db';
import { RestoreError } from '../backupRepository';
import { createRepositories } from '../repositories';

// dexie-export-import expects a browser: a global `self` and FileReader.readAsArrayBuffer.
class NodeFileReader {
  result: ArrayBuffer | null = null;
  error: unknown = null;
  onload: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  readAsArrayBuffer(blob: Blob) {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => {
        this.error = error;
        this.onerror?.({ target: this });
      },
    );
  }
}
Object.assign(globalThis, { self: globalThis, FileReader: NodeFileReader });

function setup() {
  return createRepositories(new LeadPaneDb(`backup-${Math.random()}`));
}

async function fill(repos: ReturnType<typeof setup>) {
  const note = `${'Dài '.repeat(2500)}👩‍👩‍👧 e\u0301 مرحبا`;
  const lead = await repos.leads.create({ ...emptyLeadInput(), fullName: 'Nguyễn Văn An', region: 'Hồ Chí Minh', notes: note, emails: [{ address: 'an@x.vn', label: 'work' }] });
  await repos.activities.add(lead.id, { ...emptyActivityInput('phone', 10), subject: 'Gọi', durationMinutes: 5 });
  await repos.lookups.addCustomField({ name: 'Ngành', kind: 'choice', choices: ['Thép', 'Gỗ'] });
  await repos.settings.set('language', 'vi');
  return { lead, note };
}

describe('BackupRepository', () => {
  it('should restore a backup into another database with matching counts and intact text', async () => {
    const source = setup();
    const { lead, note } = await fill(source);
    const file = await source.backup.exportAll();

    const target = setup();
    await target.leads.create({ ...emptyLeadInput(), fullName: 'Will be replaced' });
    const result = await target.backup.restore(file);
    expect(result.counts).toEqual(await source.backup.counts());
    expect((await target.leads.get(lead.id))?.notes).toBe(note);
    expect((await target.leads.get(lead.id))?.region).toBe('Hồ Chí Minh');
    expect(await target.lookups.usedRegions()).toEqual(['Hồ Chí Minh']);
    expect(await target.leads.matchingIds({ text: 'nguyen', sort: 'fileAs', filters: {} })).toEqual([lead.id]);
    expect(await target.leads.count()).toBe(1);
    expect((await target.activities.historyOf(lead.id)).map((a) => a.event?.type ?? a.kind)).toEqual(['created', 'phone']);
    expect(await target.lookups.customFields()).toHaveLength(1);
  });

  it('should refuse a file that is not a backup and leave the data as it was', async () => {
    const repos = setup();
    await fill(repos);
    const before = await repos.backup.counts();
    const error = await repos.backup.restore(new Blob(['{"hello": 1}'], { type: 'application/json' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreError);
    expect((error as RestoreError).problem.code).toBe('notABackup');
    expect(await repos.backup.counts()).toEqual(before);
  });

  it('should refuse a backup whose rows do not match its declared counts', async () => {
    const source = setup();
    await fill(source);
    const text = await (await source.backup.exportAll()).text();
    const tampered = text.replace(/"name":"leads","schema":"([^"]*)","rowCount":1/, '"name":"leads","schema":"$1","rowCount":2');
    expect(tampered).not.toBe(text);
    const target = setup();
    const kept = await target.leads.create({ ...emptyLeadInput(), fullName: 'Kept' });
    const error = await target.backup.restore(new Blob([tampered])).catch((e: unknown) => e);
    expect((error as RestoreError).problem.code).toBe('countMismatch');
    expect((await target.leads.get(kept.id))?.fullName).toBe('Kept');
    expect(await target.leads.count()).toBe(1);
  });
});
