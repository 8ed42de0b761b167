/**
 * The pane's Content-Security-Policy, written into taskpane.html and commands.html as a <meta>
 * (the add-in is static files; hosts that can send headers add frame-ancestors, see README).
 *
 * - script-src: the bundle and office.js from Microsoft's CDN (office.js may pull MicrosoftAjax
 *   from ajax.aspnetcdn.com); no inline script: the office.js load watch is a file of its own.
 * - style-src 'unsafe-inline': Fluent UI's Griffel inserts <style> rules at run time, and a nonce
 *   needs a server that writes a new one per response, which a static add-in does not have.
 * - img-src: the bundle's own images, photos as blob: URLs, data: icons; nothing from outside, so
 *   no stored value can make the pane request an address.
 * - connect-src: the team server is typed in by the user at run time (and a <meta> policy cannot
 *   be widened later), so HTTPS servers are allowed, plus loopback for `npm run sync:dev`; a host
 *   that knows its team's server sends a header policy naming it (README).
 * - frame-src: office.js's telemetry frame and Office hosts only; no object, no <base>, no form posts.
 */
function contentSecurityPolicy(mode) {
  const development = mode !== 'production';
  const directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", 'https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com'],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'blob:', 'data:'],
    'font-src': ["'self'", 'data:'],
    // Development adds the dev server's live-reload socket.
    'connect-src': ["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*', ...(development ? ['ws://localhost:*', 'wss://localhost:*'] : [])],
    'worker-src': ["'self'"],
    // office.js opens its telemetry frame on oaspapps.com, also outside Outlook (seen in the browser test).
    'frame-src': ["'self'", 'https://telemetryservice.firstpartyapps.oaspapps.com', 'https://*.office.com', 'https://*.office365.com', 'https://*.officeapps.live.com'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

module.exports = { contentSecurityPolicy };
