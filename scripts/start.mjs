// `npm start`: opens Chromium with the freshly built extension loaded on the demo page.
// With a display, the window stays open until you close it. Without one (a server,
// CI), it runs headless, saves a screenshot and says where.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const extensionDir = join(root, '.output/chrome-mv3');
execFileSync('bash', [join(root, 'scripts/ensure-chromium.sh')], { stdio: 'inherit' });
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
const profile = process.env.REPLYBOOK_PROFILE ?? mkdtempSync(join(tmpdir(), 'replybook-profile-'));

const args = [
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
if (process.getuid?.() === 0) args.push('--no-sandbox');

const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: !hasDisplay,
  ignoreDefaultArgs: ['--disable-extensions', '--enable-automation'],
  viewport: hasDisplay ? null : { width: 1280, height: 900 },
  args,
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
const extensionId = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
const demoUrl = `chrome-extension://${extensionId}/demo.html`;
await page.goto(demoUrl);
console.log(`Replybook is loaded (extension id ${extensionId}) on the demo page: ${demoUrl}`);

if (hasDisplay) {
  console.log('Click a tone badge (or the Replybook toolbar button) to open the side panel. Close the window to stop.');
  await new Promise((done) => context.on('close', done));
} else {
  await page.locator('replybook-badge').first().waitFor({ timeout: 15_000 });
  const out = join(root, '.output');
  mkdirSync(out, { recursive: true });
  const shot = join(out, 'demo.png');
  await page.screenshot({ path: shot });
  const badges = await page.locator('replybook-badge').count();
  console.log(`No display found, so Chromium ran headless: ${badges} badges drawn; screenshot at ${shot}.`);
  console.log('On a desktop, run `npm start` again to get a window.');
  await context.close();
}
