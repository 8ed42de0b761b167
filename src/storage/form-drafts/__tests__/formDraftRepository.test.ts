import { emptyLeadInput } from '../../../domain/lead';
import { formDraftKey, type FormDraft } from '../../../domain/form-drafts/formDraft';
import { LeadPaneDb } from '../../db';
import { createRepositories } from '../../repositories';

// dexie-export-import expects a browser: a global `self` and FileReader.readAsArrayBuffer.
class NodeFileReader {
  result: ArrayBuffer | null = null;
  onload: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  readAsArrayBuffer(blob: Blob) {
    blob.arrayBuffer().then((buffer) => {
      this.result = buffer;
      this.onload?.({ target: this });
    }, (error: unknown) => this.onerror?.({ target: this, error }));
  }
}
Object.assign(globalThis, { self: globalThis, FileReader: NodeFileReader });

function setup() {
  const db = new LeadPaneDb(`form-drafts-${Math.random()}`);
  return { db, ...createRepositories(db) };
}

function newLeadDraft(fullName: string): FormDraft {
  return { key: formDraftKey({ kind: 'newLead', messageId: null }), leadId: null, baseRev: null, base: emptyLeadInput(), input: { ...emptyLeadInput(), fullName }, updatedAt: 1 };
}

describe('FormDraftRepository', () => {
  it('should keep one draft per key and delete it', async () => {
    const { formDrafts } = setup();
    const draft = newLeadDraft('Lan');
    await formDrafts.put(draft);
    await formDrafts.put({ ...draft, input: { ...draft.input, fullName: 'Lan Anh' }, updatedAt: 2 });
    expect((await formDrafts.get(draft.key))?.input.fullName).toBe('Lan Anh');
    await formDrafts.remove(draft.key);
    expect(await formDrafts.get(draft.key)).toBeNull();
  });

  it('should write no team sync outbox row: drafts never leave the device', async () => {
    const { db, formDrafts } = setup();
    db.syncTracking.enabled = true;
    await formDrafts.put(newLeadDraft('Lan'));
    expect(await db.syncOutbox.count()).toBe(0);
  });

  it('should leave drafts out of a backup, and a restore should keep this device\'s drafts', async () => {
    const source = setup();
    await source.leads.create({ ...emptyLeadInput(), fullName: 'Nguyễn Văn An' });
    await source.formDrafts.put(newLeadDraft('Typed on the first machine'));
    const file = await source.backup.exportAll();
    const json = JSON.parse(await file.text()) as { data: { data: { tableName: string }[] } };
    expect(json.data.data.map((t) => t.tableName)).not.toContain('formDrafts');
    expect(await source.backup.counts()).not.toHaveProperty('formDrafts');

    const target = setup();
    const mine = newLeadDraft('Typed on this machine');
    await target.formDrafts.put(mine);
    await target.backup.restore(file);
    expect(await target.leads.count()).toBe(1);
    expect(await target.formDrafts.get(mine.key)).toEqual(mine);
  });
});
