// `npm start`: builds the pane in development mode and serves it on port 3000.
// HTTPS with office-addin-dev-certs (what Outlook needs to sideload), falling back to plain
// HTTP preview when the certificates cannot be installed (no admin rights, a container...).
// Force plain HTTP with `npm start -- --http`; choose the port with PORT=3001.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const makeConfig = require('../webpack.config.js');

const port = Number(process.env.PORT ?? 3000);
const forceHttp = process.argv.includes('--http') || process.env.LEADPANE_HTTP === '1';

async function httpsOptions() {
  if (forceHttp) return null;
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await Promise.race([
      devCerts.getHttpsServerOptions(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timed out installing certificates')), 60_000)),
    ]);
    return options;
  } catch (error) {
    console.warn(`\nCould not set up HTTPS certificates (${error instanceof Error ? error.message.split('\n')[0] : error}).`);
    console.warn('Serving plain HTTP: fine for preview mode in a browser; Outlook sideloading needs HTTPS (see README).\n');
    return null;
  }
}

const https = await httpsOptions();
const config = makeConfig({}, { mode: 'development' });
const server = new WebpackDevServer(
  {
    ...config.devServer,
    port,
    host: 'localhost',
    server: https ? { type: 'https', options: https } : { type: 'http' },
    open: false,
  },
  webpack(config),
);
await server.start();
const url = `${https ? 'https' : 'http'}://localhost:${port}/taskpane.html`;
console.log(`\nLeadPane is running.\n  Open the pane in a browser (preview mode): ${url}\n  Manifest for Outlook sideloading:          manifest.xml (points at https://localhost:${port}/)\n  Stop with Ctrl+C.\n`);
