/// <reference lib="webworker" />
/**
 * The pane's import reads files here, off the main thread: decoding, CSV/XLSX/vCard parsing and
 * mapping 100,000 rows take seconds, and the pane must answer clicks meanwhile.
 */
import { readImportFile, type ReadOptions } from './readFile';

export type WorkerRequest = { id: number; name: string; bytes: Uint8Array; options: ReadOptions };

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, name, bytes, options } = event.data;
  try {
    const result = await readImportFile(name, bytes, options);
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
