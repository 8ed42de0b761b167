// jsdom lacks structuredClone, which fake-indexeddb needs; load it before the fake.
import 'core-js/stable/structured-clone';
import 'fake-indexeddb/auto';
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextDecoder, TextEncoder });
