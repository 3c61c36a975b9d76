import { createContext, useContext, type ReactNode } from 'react';
import { getDb, type ReplybookDB } from '@/lib/storage/db';

const DbContext = createContext<ReplybookDB | null>(null);

/** Lets tests hand the dashboard a fresh database; the extension uses getDb(). */
export function DbProvider({ db, children }: { db: ReplybookDB; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): ReplybookDB {
  return useContext(DbContext) ?? getDb();
}
