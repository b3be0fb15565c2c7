#!/usr/bin/env node
/**
 * First-load size of the task pane: dist/taskpane.html plus every script and stylesheet of the pane's own origin
 * it references, each gzipped (level 9), summed. Office.js is Microsoft's (loaded from its CDN and cached across
 * add-ins) and is reported apart, not counted. Prints JSON; exits 1 above the budget (350 KB gzipped).
 *
 *   node scripts/bundle-size.js [dist]
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const BUDGET_BYTES = 350 * 1024;

function firstLoad(dist) {
  const htmlFile = path.join(dist, 'taskpane.html');
  const html = fs.readFileSync(htmlFile, 'utf8');
  // The minified page leaves attribute values unquoted: src=taskpane.js.
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] || m[2] || m[3]);
  const local = refs.filter((r) => !/^[a-z]+:\/\//i.test(r) && /\.(js|css)(\?|$)/.test(r));
  const external = refs.filter((r) => /^[a-z]+:\/\//i.test(r));
  const files = [{ file: 'taskpane.html', content: Buffer.from(html) }].concat(
    local.map((r) => ({ file: r.split('?')[0], content: fs.readFileSync(path.join(dist, r.split('?')[0])) })),
  );
  const measured = files.map(({ file, content }) => ({
    file,
    rawBytes: content.length,
    gzipBytes: zlib.gzipSync(content, { level: 9 }).length,
  }));
  const gzipBytes = measured.reduce((n, f) => n + f.gzipBytes, 0);
  const rawBytes = measured.reduce((n, f) => n + f.rawBytes, 0);
  return { gzipBytes, rawBytes, budgetBytes: BUDGET_BYTES, withinBudget: gzipBytes <= BUDGET_BYTES, files: measured, notCounted: external };
}

module.exports = { firstLoad, BUDGET_BYTES };

if (require.main === module) {
  const dist = path.resolve(process.argv[2] || path.join(__dirname, '..', 'dist'));
  const result = firstLoad(dist);
  console.log(JSON.stringify(result, null, 2));
  if (!result.withinBudget) process.exit(1);
}
