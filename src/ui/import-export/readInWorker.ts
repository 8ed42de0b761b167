import { readImportFile, type ReadFileResult, type ReadOptions } from '../../import-export/readFile';

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve(result: ReadFileResult): void; reject(error: Error): void }>();

function importWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker = new Worker(new URL('../../import-export/importWorker.ts', import.meta.url));
    worker.onmessage = (event: MessageEvent<{ id: number; result?: ReadFileResult; error?: string }>) => {
      const waiting = pending.get(event.data.id);
      pending.delete(event.data.id);
      if (!waiting) return;
      if (event.data.result) waiting.resolve(event.data.result);
      else waiting.reject(new Error(event.data.error ?? 'unknown error'));
    };
  }
  return worker;
}

/** Reads an import file in the Web Worker (the same `readImportFile` as `npm run import-file`). */
export function readInWorker(name: string, bytes: Uint8Array, options: ReadOptions): Promise<ReadFileResult> {
  const target = importWorker();
  if (!target) return readImportFile(name, bytes, options);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // The bytes are copied, not transferred: a later re-read (another encoding or sheet) needs them.
    target.postMessage({ id, name, bytes, options });
  });
}
