#!/usr/bin/env node
/** Part of `npm test`: runs the browser end-to-end test when Debian's Chromium is installed, else says it was skipped. */
'use strict';
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.log(`e2e: skipped (${chromium} not found; install it with: apt-get install -y chromium)`);
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['run', '--silent', 'test:e2e'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
