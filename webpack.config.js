/**
 * The add-in's web files: dist/taskpane.html (+ taskpane.js), dist/commands.html (ribbon function file),
 * dist/about.html, dist/assets/*.png and dist/manifest.xml rewritten to ADDIN_URL (scripts/rewrite-manifest.js).
 *
 * Office.js is loaded from Microsoft's CDN (https://appsforoffice.microsoft.com/lib/1/hosted/office.js), as
 * Office requires of published add-ins: it fetches host-specific files next to itself, which a partial local copy
 * could not follow. The Content-Security-Policy of each page allows scripts from the pane's origin and that one
 * origin only. `npm run dev-server` serves the same pages on https://localhost:3000 with office-addin-dev-certs.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { resolveAddinUrl, rewriteManifest } = require('./scripts/rewrite-manifest');

const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS_URL = `${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js`;
const DEV_PORT = 3000;

/** One policy for every page. Fluent UI (Griffel) inserts its rules at run time, hence style-src 'unsafe-inline'. */
function contentSecurityPolicy(dev) {
  const connect = ["'self'", OFFICE_JS_ORIGIN].concat(dev ? [`wss://localhost:${DEV_PORT}`] : []);
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS_ORIGIN}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function page(name, chunks, dev) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: path.join(__dirname, 'src', name === 'commands' ? 'commands' : 'taskpane', `${name}.html`),
    chunks,
    scriptLoading: 'defer',
    templateParameters: { csp: contentSecurityPolicy(dev), officeJs: OFFICE_JS_URL },
    minify: dev ? false : { collapseWhitespace: true, removeComments: true },
  });
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const addinUrl = dev ? `https://localhost:${DEV_PORT}` : resolveAddinUrl(process.env);
  const config = {
    mode: dev ? 'development' : 'production',
    target: ['web', 'es2020'],
    // No eval-based source maps: the policy allows no 'unsafe-eval', in development either.
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.join(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Types are checked by `npm run typecheck`; the build only transpiles.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'es2020', sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      page('taskpane', ['taskpane'], dev),
      page('commands', ['commands'], dev),
      page('about', [], dev),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content.toString('utf8'), addinUrl) },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      host: 'localhost',
      hot: false,
      liveReload: true,
      client: { overlay: false },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
    },
  };
  if (dev && env.WEBPACK_SERVE) config.devServer.server = { type: 'https', options: await httpsOptions() };
  return config;
};

/**
 * office-addin-dev-certs creates a localhost certificate and trusts its CA (asking for administrator rights the
 * first time). Where trusting it is impossible (no sudo, e.g. a container), the certificate it generated is used
 * anyway and the browser has to be told to accept it.
 */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const read = (file) => fs.readFileSync(path.join(os.homedir(), '.office-addin-dev-certs', file));
    console.warn(`office-addin-dev-certs: ${String(e.message || e).split('\n')[0]}; serving the generated certificate untrusted.`);
    return { ca: read('ca.crt'), cert: read('localhost.crt'), key: read('localhost.key') };
  }
}
