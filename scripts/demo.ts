/**
 * `npm run demo`: builds Someday's demo build, serves the demo page on this machine and opens
 * Chromium or Chrome with Someday loaded, so anyone can try it without an account anywhere.
 *
 * `npm run demo -- --screenshot FILE` does the same headless and saves a screenshot with a card showing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { fixturePages } from '../tests/fixtures/pages';
import { chromiumArgs, findChromium } from './chromium';

const DEMO_EXTENSION = resolve('.output-demo/chrome-mv3');
const FIXTURE_DIST = resolve('tests/fixtures/dist');
const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

function serveDemo(): Promise<number> {
  const demo = fixturePages.find((page) => page.kind === 'demo');
  if (!demo) throw new Error('The fixture manifest has no demo page.');
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://demo.someday.localhost').pathname;
    const file = path === '/' ? join(FIXTURE_DIST, demo.file) : join(FIXTURE_DIST, path);
    if (!file.startsWith(FIXTURE_DIST) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolvePort) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolvePort(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

async function screenshot(url: string, file: string) {
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs(DEMO_EXTENSION),
    viewport: { width: 1100, height: 760 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  const box = page.locator('[data-kind="lexical"] [contenteditable="true"]').first();
  await box.click();
  await page.keyboard.type('hey! we should hang out sometime', { delay: 20 });
  await page.locator('[data-someday="preview"]').waitFor({ timeout: 10_000 });
  await page.screenshot({ path: file });
  await context.close();
  console.log(`Saved ${file}`);
}

async function main() {
  const args = process.argv.slice(2);
  const screenshotAt = args.indexOf('--screenshot');
  const screenshotFile = screenshotAt === -1 ? null : args[screenshotAt + 1];
  if (screenshotAt !== -1 && !screenshotFile) throw new Error('--screenshot needs a file name, e.g. --screenshot card.png');

  console.log('Building Someday (demo build)…');
  run('npx', ['wxt', 'build'], { SOMEDAY_DEMO: '1' });
  run('node', ['scripts/build-fixtures.mjs']);
  const port = await serveDemo();
  const url = `http://demo.someday.localhost:${port}/`;

  if (screenshotFile) {
    await screenshot(url, resolve(screenshotFile));
    process.exit(0);
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log(`No display here. The demo page is at ${url}; try \`npm run demo -- --screenshot demo.png\`.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'someday-demo-'));
  const browser = spawn(findChromium(), [...chromiumArgs(DEMO_EXTENSION), `--user-data-dir=${profile}`, url], {
    stdio: 'ignore',
  });
  console.log(`Someday's demo is open at ${url}. Type "hey! we should hang out sometime" in any box. Close the browser to stop.`);
  browser.on('exit', () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
