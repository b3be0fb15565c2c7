/** Builds the office.js stand-in for the simulator run (test/e2e/harness) before the e2e tests. */
module.exports = async () => {
  if (process.env.E2E_SKIP_HARNESS) return;
  const { buildHarness } = require('./harness/build');
  await buildHarness();
};
