// jsdom lacks structuredClone, which fake-indexeddb needs; load it before the fake.
import 'core-js/stable/structured-clone';
import 'fake-indexeddb/auto';
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextDecoder, TextEncoder });

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar and overflow utilities
// only need it to exist. Nothing here measures sizes.
class ResizeObserverShim {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(globalThis, { ResizeObserver: globalThis.ResizeObserver ?? ResizeObserverShim });
