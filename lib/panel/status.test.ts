// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { LabelledItem } from '@/lib/messaging/protocol';
import { latestActions } from '@/lib/storage/queries';
import { asLabelled, withStatus } from './status';

const item: LabelledItem = {
  id: 'a',
  site: 'demo',
  kind: 'review',
  text: 'Cold soup and nobody came.',
  isOwnerReply: false,
  labels: { tone: 'negative', scores: { positive: 0, neutral: 0, negative: 1 }, flags: ['complaint'], topics: [], reasons: ['cold'] },
};

describe('withStatus', () => {
  test('the correction is the tone, said in the reasons; undone again by asLabelled', () => {
    const shown = withStatus(item, { correction: 'neutral' });
    expect(shown).toMatchObject({
      classifierTone: 'negative',
      correction: 'neutral',
      labels: { tone: 'neutral', reasons: ['corrected by you to neutral', 'cold'] },
    });
    expect(asLabelled(shown)).toEqual(item);
    expect(withStatus(item, {})).toMatchObject({
      classifierTone: 'negative',
      labels: { tone: 'negative', reasons: ['cold'] },
      family: 'complaint',
    });
  });

  test('handled: the latest logged action, else the owner reply on the page; never for an owner reply', () => {
    const rows = [
      { itemId: 'a', repliedAt: 2, action: 'ignored' as const },
      { itemId: 'a', repliedAt: 1, action: 'copied' as const },
    ];
    expect(withStatus(item, { latestAction: latestActions(rows).get('a') }).handled).toBe('ignored');
    expect(withStatus({ ...item, hasOwnerReply: true }, {}).handled).toBe('repliedOnPage');
    expect(withStatus({ ...item, isOwnerReply: true }, { latestAction: 'copied' }).handled).toBeUndefined();
    expect(withStatus(item, {}).handled).toBeUndefined();
  });
});
