/**
 * How long-running writes share the pane's one main thread with the user. A chunk's work (building
 * its leads, cloning them into IndexedDB) runs in one task, so a chunk is sized to stay well inside
 * the 200 ms a task may take on a slow machine (about 0.4 ms a lead there), and the loop gives the
 * event loop a turn between chunks so input and paint get in (`npm run bench -- hostile.`).
 */
export const PACED_CHUNK_SIZE = 250;

/** Gives the event loop a turn (a macrotask, so paint and input run) before the next chunk. */
export const breathe = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));
