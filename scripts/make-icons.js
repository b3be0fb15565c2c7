#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16|32|64|80.png): an annex sheet (a table on a page with a folded
 * corner, in government blue) with a red seal carrying a white check mark. Each size has its own SVG so that
 * the small ones stay crisp; Debian's Chromium renders them through playwright-core with a transparent
 * background. Run once after changing the drawing: `node scripts/make-icons.js`; the PNGs are committed.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const BLUE = '#1b4f9c';
const BLUE_LIGHT = '#dbe7f7';
const RED = '#c8102e';

/** The drawing on a 64-unit canvas; `detail` drops the finer table lines for the small sizes. */
function svg(size, detail) {
  const stroke = size <= 16 ? 5 : size <= 32 ? 4 : 3;
  const rows = detail >= 2 ? [22, 30, 38, 46] : detail === 1 ? [24, 34, 44] : [26, 38];
  const tableLines = rows
    .map((y) => `<line x1="12" y1="${y}" x2="${detail >= 1 ? 42 : 38}" y2="${y}" stroke="${BLUE}" stroke-width="${stroke - 1}" stroke-linecap="round"/>`)
    .join('');
  const column = detail >= 1 ? `<line x1="21" y1="17" x2="21" y2="50" stroke="${BLUE}" stroke-width="${Math.max(2, stroke - 2)}"/>` : '';
  const header = detail >= 1 ? `<rect x="10" y="12" width="34" height="6" rx="1.5" fill="${BLUE}"/>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">
  <path d="M6 4 H38 L50 16 V60 H6 Z" fill="#ffffff" stroke="${BLUE}" stroke-width="${stroke}" stroke-linejoin="round"/>
  <path d="M38 4 V16 H50" fill="${BLUE_LIGHT}" stroke="${BLUE}" stroke-width="${stroke}" stroke-linejoin="round"/>
  ${header}${column}${tableLines}
  <circle cx="46" cy="46" r="${detail >= 1 ? 15 : 17}" fill="${RED}" stroke="#ffffff" stroke-width="${detail >= 1 ? 3 : 2}"/>
  <path d="${detail >= 1 ? 'M38.5 46.5 L44 52 L54 40.5' : 'M37 46.5 L43.5 53 L55 39.5'}" fill="none" stroke="#ffffff"
        stroke-width="${detail >= 1 ? 4.5 : 6}" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
}

const SIZES = [
  { size: 16, detail: 0 },
  { size: 32, detail: 1 },
  { size: 64, detail: 2 },
  { size: 80, detail: 2 },
];

async function main() {
  const outDir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(outDir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'icons-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    env: { ...process.env, XDG_CONFIG_HOME: tmp, XDG_CACHE_HOME: tmp },
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const { size, detail } of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size, detail)}</body></html>`);
      const file = path.join(outDir, `icon-${size}.png`);
      await page.locator('svg').screenshot({ path: file, omitBackground: true });
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await browser.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
