import { cacheControlFor } from '../cacheControl.cjs';

describe('cacheControlFor', () => {
  it.each([
    ['/taskpane.3f9a0c1d.js', 'public, max-age=31536000, immutable'],
    ['/614.0a1b2c3d.js', 'public, max-age=31536000, immutable'],
    ['/taskpane.html', 'no-cache'],
    ['/manifest.xml', 'no-cache'],
    // Development bundles carry no content hash: a rebuild changes them under the same name.
    ['/taskpane.js', 'no-cache'],
    ['/assets/icon-32.png', 'no-cache'],
    ['/taskpane.3f9a0c1d.js.map', 'no-cache'],
  ])('serves %s with %s', (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
  });
});
