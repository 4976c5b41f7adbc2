// A Jest reporter that writes this package's totals to .cache/test-results/<package name>.json,
// so ./test can print one closing line for the whole workspace. Nx caches the file as an output
// of the test target, so a cache hit still reports its counts.
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }
  onRunComplete(_contexts, results) {
    const manifest = JSON.parse(fs.readFileSync(path.join(this.rootDir, 'package.json'), 'utf8'));
    const out = path.join(__dirname, '..', '.cache', 'test-results', `${manifest.name}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify({
      package: manifest.name,
      passed: results.numPassedTests,
      failed: results.numFailedTests,
      skipped: results.numPendingTests + results.numTodoTests,
      suitesFailed: results.numFailedTestSuites + results.numRuntimeErrorTestSuites,
    }) + '\n');
  }
}
module.exports = SummaryReporter;
