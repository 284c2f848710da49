// Prints one closing line for the whole test run, from the unit, Chromium and Firefox JSON reports.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
let passed = 0;
let failed = 0;
let skipped = 0;

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
}
const e2e = read('reports/e2e.json');
if (e2e) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped: e2eSkipped = 0 } = e2e.stats;
  passed += expected;
  failed += unexpected + flaky;
  skipped += e2eSkipped;
  console.log(`end-to-end in Chromium: ${expected} passed, ${unexpected + flaky} failed`);
}
const firefox = read('reports/firefox.json');
if (firefox) {
  passed += firefox.passed;
  failed += firefox.failed;
  console.log(`end-to-end in Firefox: ${firefox.passed} passed, ${firefox.failed} failed`);
}
if (!unit || !e2e || !firefox) {
  console.log('A report is missing: did every step run?');
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
