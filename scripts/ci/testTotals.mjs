// Sums the Vitest JSON reports in reports/ into one line: "N passed, N failed".
// A failing command that ran no test (typecheck, lint, build) counts as one failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
if (existsSync('reports')) {
  for (const name of readdirSync('reports').filter((file) => file.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(`reports/${name}`, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
