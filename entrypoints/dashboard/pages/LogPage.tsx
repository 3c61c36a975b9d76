import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { ErrorBoundary } from '@/components/display/ErrorBoundary';
import { useDb } from '@/entrypoints/dashboard/components/db-context';
import { LogFilters } from '@/entrypoints/dashboard/components/LogFilters';
import { LogTable } from '@/entrypoints/dashboard/components/LogTable';
import { listSites, type ResponseFilters } from '@/lib/storage/queries';
import { ResponseDetail } from './ResponseDetail';

export function LogPage({ selectedId }: { selectedId?: string | undefined }) {
  const db = useDb();
  const sites = useLiveQuery(() => listSites(db), [db]) ?? [];
  const [filters, setFilters] = useState<ResponseFilters>({});
  const onFilters = useCallback((next: ResponseFilters) => setFilters(next), []);
  return (
    <div className={selectedId ? 'log-page with-detail' : 'log-page'}>
      <section aria-labelledby="log-title" className="log-main">
        <h1 id="log-title">Log</h1>
        <LogFilters sites={sites} onChange={onFilters} />
        <ErrorBoundary what="the log table">
          <LogTable filters={filters} selectedId={selectedId} />
        </ErrorBoundary>
      </section>
      {selectedId ? (
        <ErrorBoundary what="this response" resetKey={selectedId}>
          <ResponseDetail id={selectedId} />
        </ErrorBoundary>
      ) : null}
    </div>
  );
}
