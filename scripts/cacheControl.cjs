// One rule for how long a browser may keep a file the pane is served from: webpack names
// production bundles `[name].[contenthash:8].js`, so such a file never changes under its name and
// is cached for a year without revalidation (warm opens then load no JavaScript from the network);
// everything else (taskpane.html, the manifest, unhashed development bundles) is revalidated.
const HASHED_ASSET = /\.[0-9a-f]{8}\.(?:js|css)$/;

/** The Cache-Control header for a served path (URL path or file name). */
function cacheControlFor(path) {
  return HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

module.exports = { cacheControlFor };
