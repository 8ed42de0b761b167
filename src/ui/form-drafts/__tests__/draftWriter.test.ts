import { emptyLeadInput } from '../../../domain/lead';
import { formDraftKey, type FormDraft } from '../../../domain/form-drafts/formDraft';
import { createDraftWriter, DRAFT_WRITE_DELAY_MS } from '../draftWriter';

const key = formDraftKey({ kind: 'newLead', messageId: null });
const draftOf = (fullName: string): FormDraft => ({ key, leadId: null, baseRev: null, base: emptyLeadInput(), input: { ...emptyLeadInput(), fullName }, updatedAt: 1 });

function recordingStore() {
  const calls: string[] = [];
  return {
    calls,
    store: {
      put: async (draft: FormDraft) => void calls.push(`put ${draft.input.fullName}`),
      remove: async (removed: string) => void calls.push(`remove ${removed}`),
    },
  };
}

describe('createDraftWriter', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('should write once, the last change, after typing pauses', () => {
    const { calls, store } = recordingStore();
    const writer = createDraftWriter(store);
    writer.change(key, draftOf('L'));
    jest.advanceTimersByTime(DRAFT_WRITE_DELAY_MS - 1);
    writer.change(key, draftOf('La'));
    writer.change(key, draftOf('Lan'));
    jest.advanceTimersByTime(DRAFT_WRITE_DELAY_MS - 1);
    expect(calls).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(calls).toEqual(['put Lan']);
  });

  it('should remove the row when the form is back to what it started from', () => {
    const { calls, store } = recordingStore();
    const writer = createDraftWriter(store);
    writer.change(key, draftOf('Lan'));
    writer.change(key, null);
    jest.runAllTimers();
    expect(calls).toEqual(['remove new']);
  });

  it('should write what is pending at once on flush, and nothing twice', () => {
    const { calls, store } = recordingStore();
    const writer = createDraftWriter(store);
    writer.change(key, draftOf('Lan'));
    writer.flush();
    jest.runAllTimers();
    writer.flush();
    expect(calls).toEqual(['put Lan']);
  });

  it('should drop what is pending on cancel (a save or discard removes the row itself)', () => {
    const { calls, store } = recordingStore();
    const writer = createDraftWriter(store);
    writer.change(key, draftOf('Lan'));
    writer.cancel();
    writer.flush();
    jest.runAllTimers();
    expect(calls).toEqual([]);
  });
});
