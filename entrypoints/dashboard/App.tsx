import { lazy, Suspense, useEffect, useState } from 'react';
import { ErrorBoundary } from '@/components/display/ErrorBoundary';
import { DbProvider } from '@/entrypoints/dashboard/components/db-context';
import { ProblemMessage } from '@/entrypoints/dashboard/components/ProblemMessage';
import { hrefFor, useHashRoute } from '@/entrypoints/dashboard/components/use-hash-route';
import { getDb, type ReplybookDB } from '@/lib/storage/db';
import { toStorageProblem, watchVersionChanges, type StorageProblem } from '@/lib/storage/problems';
import { DataPage } from './pages/DataPage';
import { FollowUpsPage } from './pages/FollowUpsPage';
import { InboxPage } from './pages/InboxPage';
import { LogPage } from './pages/LogPage';
import { PeoplePage } from './pages/PeoplePage';
import { PlaybooksPage } from './pages/PlaybooksPage';
import { SettingsPage } from './pages/SettingsPage';
import { WelcomePage } from './pages/WelcomePage';

// The charts library is most of the bundle: load it only when Numbers is opened.
const NumbersPage = lazy(() => import('./pages/NumbersPage').then((module) => ({ default: module.NumbersPage })));

const NAV = [
  ['inbox', 'Inbox'],
  ['log', 'Log'],
  ['people', 'People'],
  ['numbers', 'Numbers'],
  ['followups', 'Follow-ups'],
  ['playbooks', 'Playbooks'],
  ['settings', 'Settings'],
  ['data', 'Data'],
] as const;

function Page({ page, params }: { page: string; params: string[] }) {
  switch (page) {
    case 'inbox':
      return <InboxPage />;
    case 'log':
      return <LogPage selectedId={params[0]} />;
    case 'people':
      return <PeoplePage authorKey={params[0]} />;
    case 'numbers':
      return (
        <Suspense fallback={<p className="muted">Loading charts…</p>}>
          <NumbersPage />
        </Suspense>
      );
    case 'followups':
      return <FollowUpsPage />;
    case 'playbooks':
      return <PlaybooksPage />;
    case 'settings':
      return <SettingsPage />;
    case 'welcome':
      return <WelcomePage />;
    case 'data':
      return <DataPage />;
    default:
      return (
        <section>
          <h1>Not found</h1>
          <a href={hrefFor('log')}>Open the log</a>
        </section>
      );
  }
}

function pageLabel(page: string): string {
  return NAV.find(([id]) => id === page)?.[1] ?? page.slice(0, 40);
}

/** The dashboard (options page, opened in a tab): a hash-routed set of pages over the local log. */
export function App({ db = getDb() }: { db?: ReplybookDB }) {
  const route = useHashRoute();
  const [problem, setProblem] = useState<StorageProblem>();
  useEffect(() => {
    const stop = watchVersionChanges(db, setProblem);
    db.open().catch((error: unknown) => setProblem(toStorageProblem(error)));
    return stop;
  }, [db]);

  return (
    <DbProvider db={db}>
      <div className="app">
        <nav aria-label="Dashboard">
          <span className="brand">Replybook</span>
          <ul>
            {NAV.map(([page, label]) => (
              <li key={page}>
                <a href={hrefFor(page)} aria-current={route.page === page ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main>
          <ProblemMessage problem={problem} />
          {/* One page failing (a bad row, a broken chart) leaves the navigation and other pages working. */}
          <ErrorBoundary what={`the ${pageLabel(route.page)} page`} resetKey={`${route.page}/${route.params.join('/')}`}>
            <Page page={route.page} params={route.params} />
          </ErrorBoundary>
        </main>
      </div>
    </DbProvider>
  );
}
