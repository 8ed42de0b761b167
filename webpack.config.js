const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { cacheControlFor } = require('./scripts/cacheControl.cjs');
const { contentSecurityPolicy } = require('./scripts/contentSecurityPolicy.cjs');

/** The URL the manifest points at during development; a production build swaps in ADDIN_BASE_URL. */
const DEV_BASE_URL = 'https://localhost:3000/';

function manifestBaseUrl(mode) {
  const url = process.env.ADDIN_BASE_URL;
  if (mode !== 'production' || !url) return DEV_BASE_URL;
  if (!/^https:\/\/[^\s]+\/$/.test(url)) {
    throw new Error(`ADDIN_BASE_URL must be an https URL ending with "/", got "${url}"`);
  }
  return url;
}

/** Points every URL at the base URL, and the AppDomain (an origin, no path) at its origin. */
function rewriteManifest(xml, baseUrl) {
  const devOrigin = new URL(DEV_BASE_URL).origin;
  return xml.replaceAll(DEV_BASE_URL, baseUrl).replaceAll(devOrigin, new URL(baseUrl).origin);
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode ?? 'production';
  const baseUrl = manifestBaseUrl(mode);
  const bench = Boolean(env.bench);
  return {
    mode,
    // No source maps ship with the pane (they were 8.9 MB beside it); development maps are not
    // eval-based, so the dev server runs under the same Content-Security-Policy (no 'unsafe-eval').
    devtool: mode === 'production' ? false : 'cheap-module-source-map',
    entry: bench
      ? { bench: './bench/benchPage.ts', template: './bench/template/templatePage.tsx' }
      : { taskpane: './src/taskpane/index.tsx', commands: './src/commands/commands.ts' },
    output: {
      path: path.resolve(__dirname, bench ? 'dist-bench' : 'dist'),
      filename: mode === 'production' ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    // Evergreen WebView2/Edge/Chrome/Safari only: native Promise (a polyfill breaks Dexie transactions).
    target: ['web', 'es2022'],
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; the bundle only needs the JavaScript.
          use: { loader: 'ts-loader', options: { transpileOnly: true } },
        },
      ],
    },
    plugins: bench
      ? [
          new HtmlWebpackPlugin({ filename: 'bench.html', templateContent: '<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body></body></html>', chunks: ['bench'] }),
          // The anchor page for pane.open_vs_template_ratio (bench/template/templatePage.tsx).
          new HtmlWebpackPlugin({ filename: 'template.html', templateContent: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>template</title></head><body><div id="container"></div></body></html>', chunks: ['template'] }),
        ]
      : [
          new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], csp: contentSecurityPolicy(mode) }),
          new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], csp: contentSecurityPolicy(mode) }),
          new CopyWebpackPlugin({
            patterns: [
              { from: 'assets/*.png', to: 'assets/[name][ext]' },
              { from: 'src/taskpane/officeScriptWatch.js', to: 'officeScriptWatch.js' },
              {
                from: 'manifest.xml',
                to: 'manifest.xml',
                transform: (content) => rewriteManifest(content.toString(), baseUrl),
              },
            ],
          }),
        ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: (req) => ({ 'Access-Control-Allow-Origin': '*', 'Cache-Control': cacheControlFor(req.path ?? '') }),
      port: 3000,
      historyApiFallback: false,
      client: { overlay: { warnings: false } },
    },
  };
};
