/**
 * Bundles test/e2e/harness/office-stand-in.ts (the workbook simulator posing as office.js) into
 * test-output/e2e/build/office-stand-in.js. Development mode without eval, so the pane's CSP holds.
 */
const path = require('node:path');
const webpack = require('webpack');

const ROOT = path.join(__dirname, '..', '..', '..');
const OUT = path.join(ROOT, 'test-output', 'e2e', 'build');

function buildHarness() {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    context: ROOT,
    target: ['web', 'es2020'],
    entry: { 'office-stand-in': './test/e2e/harness/office-stand-in.ts' },
    output: { path: OUT, filename: '[name].js' },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'es2020' } } },
        },
      ],
    },
    performance: { hints: false },
  });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(path.join(OUT, 'office-stand-in.js'));
    }),
  );
}

module.exports = { buildHarness, OUT };
