/**
 * The browser end-to-end run (`npm run test:e2e`, after `npm run build`): headless Debian Chromium against dist/.
 * Kept out of the unit run (jest.config.js ignores test/e2e).
 */
const path = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.join(__dirname, '..', '..'),
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
  globalSetup: '<rootDir>/test/e2e/global-setup.js',
  testTimeout: 180000,
  maxWorkers: 1,
};
