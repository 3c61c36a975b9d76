// Bundled with the storage bench: mounts the dashboard's Log page on the bench
// database and reports the time until the first rows are on screen.
import { createRoot } from 'react-dom/client';
import { DbProvider } from '@/entrypoints/dashboard/components/db-context';
import { LogPage } from '@/entrypoints/dashboard/pages/LogPage';
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

(globalThis as unknown as { renderLogPage: typeof renderLogPage }).renderLogPage = renderLogPage;
