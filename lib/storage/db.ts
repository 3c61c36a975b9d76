import Dexie, { type EntityTable } from 'dexie';
import type { Labels, Tone } from '@/lib/classifier/labels';

export type ResponseAction = 'inserted' | 'copied' | 'answered' | 'ignored';
export type FollowUpState = 'none' | 'due' | 'done' | 'snoozed';

/** One thing the user did about one item: the core row of the personal log. */
export interface ResponseRow {
  id: string;
  itemId: string;
  site: string;
  pageUrl: string;
  permalink?: string;
  /** Key into `authors` ("<site>:<profile URL or name>"), when the item had an author. */
  authorKey?: string;
  authorName?: string;
  itemText: string;
  rating?: number;
  labels?: Labels;
  /** The user's correction of the tone, which takes precedence over labels.tone. */
  toneCorrection?: Tone;
  /** Effective tone (correction, else label), indexed for filters. */
  tone?: Tone;
  playbookId?: string;
  templateId?: string;
  replyText: string;
  action: ResponseAction;
  /** Epoch ms. */
  firstSeenAt: number;
  repliedAt: number;
  followUpAt?: number;
  followUpState: FollowUpState;
  notes?: string;
}

/** One person across visits on one site. */
export interface AuthorRow {
  key: string;
  site: string;
  name?: string;
  profileUrl?: string;
  firstSeenAt: number;
  lastSeenAt: number;
}

/** A correction of an item's tone, kept per item so it shows wherever the item appears. */
export interface CorrectionRow {
  itemId: string;
  tone: Tone;
  correctedAt: number;
}

/** Stored playbooks and templates are validated with the Zod schemas in lib/playbooks on read. */
export interface PlaybookRow {
  id: string;
  order: number;
  data: unknown;
  updatedAt: number;
}

export interface TemplateRow {
  id: string;
  playbookId: string;
  order: number;
  data: unknown;
  updatedAt: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'replybook';

export class ReplybookDB extends Dexie {
  responses!: EntityTable<ResponseRow, 'id'>;
  authors!: EntityTable<AuthorRow, 'key'>;
  corrections!: EntityTable<CorrectionRow, 'itemId'>;
  playbooks!: EntityTable<PlaybookRow, 'id'>;
  templates!: EntityTable<TemplateRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    // Version 1. Every later version gets an upgrade() and a test that seeds this shape.
    this.version(1).stores({
      responses:
        'id, itemId, site, authorKey, tone, action, repliedAt, firstSeenAt, followUpAt, followUpState, [site+repliedAt]',
      authors: 'key, site, lastSeenAt',
      corrections: 'itemId',
      playbooks: 'id, order',
      templates: 'id, playbookId, order',
      settings: 'key',
    });
  }
}

let shared: ReplybookDB | undefined;

/** The extension's database (one instance per context). Never opened from a content script. */
export function getDb(): ReplybookDB {
  shared ??= new ReplybookDB();
  return shared;
}
