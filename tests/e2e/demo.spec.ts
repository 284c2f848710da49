/** The README's first command: the demo builds, serves its page and shows a card, headless. */
import { execFile } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

test('npm run demo -- --screenshot saves a screenshot with a card showing', async () => {
  test.setTimeout(180_000);
  const file = test.info().outputPath('demo.png');
  rmSync(file, { force: true });
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/demo.ts', '--screenshot', file], {
    timeout: 170_000,
  });
  expect(stdout).toContain(`Saved ${file}`);
  expect(existsSync(file)).toBe(true);
  expect(statSync(file).size).toBeGreaterThan(10_000);
});
