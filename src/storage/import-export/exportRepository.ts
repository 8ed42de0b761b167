import type { CustomFieldDef, Lead, LeadId } from '../../domain/types';
import { CsvBuilder } from '../../import-export/csvWriter';
import { exportHeader, exportLayout, exportRow, vcardContactOf, type ExportLayout } from '../../import-export/leadExport';
import { VCARD_MEDIA_TYPE, vcardOf } from '../../import-export/vcardWriter';
import type { XlsxCell } from '../../import-export/xlsxWriter';
import type { LeadPaneDb } from '../db';
import { BULK_CHUNK_SIZE, chunks } from '../leadRepository';
import { breathe } from '../pacing';

export type ExportFormat = 'csv' | 'xlsx' | 'vcard';
export type ExportOptions = { onProgress?: (done: number, total: number) => void; signal?: AbortSignal };


async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export class ExportCancelledError extends Error {
  constructor() {
    super('The export was cancelled');
    this.name = 'ExportCancelledError';
  }
}

/**
 * Writes leads out as CSV, XLSX or vCard, reading them by id in pages of 2,000 (the list view's
 * ids, a selection, or a marketing list's members), in the order given.
 */
export class ExportRepository {
  constructor(private readonly db: LeadPaneDb) {}

  /** The ids of a marketing list's lead members, for "export this list". */
  async listLeadIds(listId: string): Promise<LeadId[]> {
    const members = await this.db.listMembers.where('[listId+memberId]').between([listId, ''], [listId, '\uffff']).toArray();
    return members.filter((m) => m.memberType === 'lead').map((m) => m.memberId as LeadId);
  }

  private async *pages(ids: readonly LeadId[], options: ExportOptions): AsyncGenerator<Lead[]> {
    let done = 0;
    for (const page of chunks(ids, BULK_CHUNK_SIZE)) {
      if (options.signal?.aborted) throw new ExportCancelledError();
      const leads = (await this.db.leads.bulkGet(page)).filter((l): l is Lead => Boolean(l && !l.deletedAt));
      yield leads;
      done += page.length;
      options.onProgress?.(done, ids.length);
      await breathe();
    }
  }

  /** The numbered columns every lead fits in: a first pass that reads only counts. */
  private async layout(ids: readonly LeadId[], customFields: readonly CustomFieldDef[], options: ExportOptions): Promise<ExportLayout> {
    let layout = exportLayout([], customFields);
    for await (const leads of this.pages(ids, { signal: options.signal })) {
      const page = exportLayout(leads, customFields);
      layout = { ...layout, emails: Math.max(layout.emails, page.emails), phones: Math.max(layout.phones, page.phones), addresses: Math.max(layout.addresses, page.addresses) };
    }
    return layout;
  }

  async export(ids: readonly LeadId[], format: ExportFormat, options: ExportOptions = {}): Promise<Blob> {
    if (format === 'vcard') return this.vcards(ids, options);
    const customFields = (await this.db.customFields.orderBy('order').toArray()).filter((f) => !f.deletedAt);
    const layout = await this.layout(ids, customFields, options);
    const header = exportHeader(layout);
    if (format === 'csv') {
      const builder = new CsvBuilder();
      builder.add(header);
      for await (const leads of this.pages(ids, options)) for (const lead of leads) builder.add(exportRow(lead, layout));
      return builder.toBlob();
    }
    const rows: XlsxCell[][] = [];
    for await (const leads of this.pages(ids, options)) for (const lead of leads) rows.push(exportRow(lead, layout));
    // The Excel writer (write-excel-file, fflate) loads on the first Excel export, not with the pane.
    const { toXlsx } = await import(/* webpackChunkName: "xlsx-writer" */ '../../import-export/xlsxWriter');
    return toXlsx([{ name: 'Leads', header, rows }]);
  }

  private async vcards(ids: readonly LeadId[], options: ExportOptions): Promise<Blob> {
    const parts: string[] = [];
    for await (const leads of this.pages(ids, options)) {
      const photos = await this.db.leadPhotos.bulkGet(leads.map((l) => l.id));
      for (const [i, lead] of leads.entries()) {
        const photo = photos[i];
        parts.push(vcardOf(vcardContactOf(lead, photo ? { mediaType: photo.blob.type || 'image/jpeg', base64: await base64Of(photo.blob) } : null)));
      }
    }
    return new Blob(parts, { type: VCARD_MEDIA_TYPE });
  }
}
