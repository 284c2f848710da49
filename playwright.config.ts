import { defineConfig } from '@playwright/test';
import type { WorkerFixtures } from './tests/e2e/harness';

export default defineConfig<object, Pick<WorkerFixtures, 'profile'>>({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Two cores: one worker keeps the typing-to-card timings honest.
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }], ['./tests/e2e/latency-reporter.ts']],
  outputDir: 'test-results',
  projects: [
    // Every spec, each test in a new browser profile.
    { name: 'fresh-profile' },
    // The shared editor suite again in one profile that is never cleared, as a person's browser is:
    // every accepted invite stays in the log and every setting stays, from one test to the next.
    { name: 'one-profile', testMatch: 'editors.spec.ts', use: { profile: 'shared' } },
  ],
});
