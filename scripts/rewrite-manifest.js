#!/usr/bin/env node
/**
 * The manifest in the repository points at the development server (https://localhost:3000). For a deployment
 * every URL is rewritten to where dist/ is hosted, taken from the ADDIN_URL environment variable
 * (e.g. ADDIN_URL=https://addins.example.gov.vn/tro-ly-phu-luc npm run build). Without ADDIN_URL the
 * development URL is kept, so a plain `npm run build` gives a dist/ that can be served on localhost.
 *
 *   node scripts/rewrite-manifest.js [in.xml] [out.xml]   (defaults: manifest.xml → dist/manifest.xml)
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const DEV_URL = 'https://localhost:3000';

/** ADDIN_URL → a base URL without trailing slash; throws on anything but an absolute https URL. */
function resolveAddinUrl(env = process.env) {
  const raw = (env.ADDIN_URL || '').trim();
  if (!raw) return DEV_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must use https (Office loads add-ins over https only): ${raw}`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL must not carry a query or fragment: ${raw}`);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/** Replaces the development base URL everywhere in the manifest; drops the comments written for developers. */
function rewriteManifest(xml, baseUrl) {
  return xml.replace(/<!--[\s\S]*?-->\s*/g, '').split(DEV_URL).join(baseUrl);
}

module.exports = { DEV_URL, resolveAddinUrl, rewriteManifest };

if (require.main === module) {
  const root = path.join(__dirname, '..');
  const input = process.argv[2] || path.join(root, 'manifest.xml');
  const output = process.argv[3] || path.join(root, 'dist', 'manifest.xml');
  const base = resolveAddinUrl();
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, rewriteManifest(fs.readFileSync(input, 'utf8'), base));
  console.log(`${path.relative(process.cwd(), output)}: add-in URL ${base}`);
}
