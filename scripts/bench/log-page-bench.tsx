// Bundled with the storage bench: mounts the dashboard's Log page on the bench
// database and reports the time until the first rows are on screen.
import { createRoot } from 'react-dom/client';
import { DbProvider } from '@/entrypoints/dashboard/components/db-context';
import { LogPage } from '@/entrypoints/dashboard/pages/LogPage';
import { NumbersPage } from '@/entrypoints/dashboard/pages/NumbersPage';
import type { ReplybookDB } from '@/lib/storage/db';

async function renderLogPage(db: ReplybookDB): Promise<number> {
  const style = document.createElement('style');
  style.textContent = '.log-scroll { height: 600px; overflow: auto; } .log-row { height: 52px; }';
  document.head.append(style);
  const host = document.createElement('div');
  document.body.append(host);
  const start = performance.now();
  const root = createRoot(host);
  root.render(
    <DbProvider db={db}>
      <LogPage />
    </DbProvider>,
  );
  await new Promise<void>((resolve) => {
    const check = () => {
      if (host.querySelector('.log-texts a')) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
  const elapsed = performance.now() - start;
  root.unmount();
  host.remove();
  return elapsed;
}

/**
 * Mounts the Numbers page and reports the time until its summary (responses, median time to
 * reply, follow-ups) and charts are on screen, then until the item figures (negatives within
 * 24 h, turnarounds) are counted too.
 */
async function renderNumbersPage(db: ReplybookDB): Promise<{ firstMs: number; completeMs: number; median: string }> {
  const host = document.createElement('div');
  host.style.width = '900px';
  document.body.append(host);
  const start = performance.now();
  const root = createRoot(host);
  root.render(
    <DbProvider db={db}>
      <NumbersPage />
    </DbProvider>,
  );
  const until = (ready: () => boolean) =>
    new Promise<number>((resolve) => {
      const check = () => (ready() ? resolve(performance.now() - start) : requestAnimationFrame(check));
      check();
    });
  const firstMs = await until(() => host.querySelector('dl.summary') !== null && host.querySelector('.charts') !== null);
  const median = host.querySelectorAll('dl.summary dd')[1]?.textContent ?? '';
  const completeMs = await until(() => !/Counting/.test(host.textContent ?? ''));
  root.unmount();
  host.remove();
  return { firstMs, completeMs, median };
}

Object.assign(globalThis, { renderLogPage, renderNumbersPage });
