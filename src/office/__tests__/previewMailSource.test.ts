import { createPreviewMailSource } from '../previewMailSource';
import { SAMPLE_EMAILS } from '../samples/sampleEmails';

describe('createPreviewMailSource', () => {
  it('should start empty, then give the opened sample and tell subscribers', async () => {
    const source = createPreviewMailSource();
    const listener = jest.fn();
    source.subscribe(listener);
    expect(await source.read()).toBeNull();
    await source.openRaw(SAMPLE_EMAILS[0]!.raw, 'sample');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(await source.read()).toMatchObject({ source: 'sample', from: { name: 'Sarah Whitfield' } });
  });

  it('should make an unreadable file the error that read() gives, and recover with the next file', async () => {
    const source = createPreviewMailSource();
    await source.openFile(new Blob([new Uint8Array(0)]));
    await expect(source.read()).rejects.toMatchObject({ code: 'emlUnreadable' });
    await source.openRaw(SAMPLE_EMAILS[1]!.raw, 'eml');
    expect(await source.read()).toMatchObject({ from: { name: 'Nguyễn Văn An' } });
  });
});
