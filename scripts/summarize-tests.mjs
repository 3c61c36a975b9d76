// Prints the plain "N passed, N failed" line CI reads, from Vitest's JSON report.
// A failed type check or build counts as one failure each; no tests at all is a failure.
import { existsSync, readFileSync } from 'node:fs';

const [file, failedStepsArg = '0'] = process.argv.slice(2);
const failedSteps = Number(failedStepsArg) || 0;
if (!file || !existsSync(file)) {
  console.log(`0 passed, ${1 + failedSteps} failed`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = report.numPassedTests ?? 0;
// A file that fails outside its tests (it does not load, or a hook throws) counts as one
// failure. Vitest's numFailedTestSuites also counts each describe block around a failed
// test, which would count one failed test several times.
const brokenFiles = (report.testResults ?? []).filter(
  (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
).length;
const failed = (report.numFailedTests ?? 0) + brokenFiles + failedSteps;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
