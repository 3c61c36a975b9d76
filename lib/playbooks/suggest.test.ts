import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, SAMPLE_PROFILE } from '@/lib/settings/schema';
import { DEFAULT_PLAYBOOKS } from './defaults';
import { PlaybookSchema, type Playbook } from './schema';
import { siteLength } from './site-limits';
import { suggestReplies, type SuggestInput } from './suggest';
import { labelsWith } from './test-helpers';

const complaintOn = (site: string, id = 'item-1'): SuggestInput => ({
  item: { id, site, author: 'Jane Doe', text: 'My order arrived a week late and the bag was torn.' },
  labels: labelsWith({ tone: 'negative', flags: ['complaint'], topics: ['delivery'] }),
  profile: SAMPLE_PROFILE,
});

describe('suggestReplies', () => {
  it('returns three suggestions from the matching playbook, each with a reason', () => {
    const result = suggestReplies(complaintOn('yelp'));
    expect(result.playbook.kind).toBe('detractor');
    expect(result.suggestions).toHaveLength(3);
    const ids = result.playbook.templates.map((t) => t.id);
    for (const suggestion of result.suggestions) {
      expect(ids).toContain(suggestion.templateId);
      expect(suggestion.why.length).toBeGreaterThan(5);
      expect(suggestion.text).toContain('Jane');
      expect(suggestion.unfilled).toEqual([]);
    }
  });

  it('makes the three differ in intent', () => {
    for (const site of ['x', 'yelp', 'facebook', 'google-maps', 'linkedin']) {
      for (const kind of ['detractor', 'fan', 'indifferent', 'question', 'low-star', 'escalation', 'legal'] as const) {
        const labels =
          kind === 'fan'
            ? labelsWith({ tone: 'positive' })
            : kind === 'question'
              ? labelsWith({ flags: ['question'] })
              : kind === 'low-star' || kind === 'detractor'
                ? labelsWith({ tone: 'negative', flags: ['complaint'] })
                : kind === 'escalation' || kind === 'legal'
                  ? labelsWith({ tone: 'negative', flags: [kind] })
                  : labelsWith();
        const result = suggestReplies({
          item: { id: `${site}-${kind}`, site, text: 'text', author: 'Sam Lee', rating: kind === 'low-star' ? 1 : undefined },
          labels,
          profile: SAMPLE_PROFILE,
        });
        expect(result.playbook.kind).toBe(kind);
        const intents = result.suggestions.map((s) => s.intent);
        expect(new Set(intents).size, `${site}/${kind}: ${intents.join(', ')}`).toBe(3);
      }
    }
  });

  it('prefers templates about the flagged topic or request', () => {
    expect(suggestReplies(complaintOn('yelp')).suggestions.map((s) => s.templateId)).toContain('det-delivery');
    const refund = { ...complaintOn('yelp'), labels: labelsWith({ tone: 'negative', flags: ['complaint', 'refund'] }) };
    const top = suggestReplies(refund).suggestions[0]!;
    expect(top.templateId).toBe('det-refund');
    expect(top.why).toMatch(/refund/);
  });

  it('keeps every suggestion within X’s 280 characters and leads with a short one', () => {
    for (let n = 0; n < 20; n += 1) {
      const result = suggestReplies(complaintOn('x', `tweet-${n}`));
      for (const suggestion of result.suggestions) {
        expect(siteLength(suggestion.text, 'x')).toBeLessThanOrEqual(280);
        expect(suggestion.warnings.some((w) => w.severity === 'block')).toBe(false);
      }
      const first = result.playbook.templates.find((t) => t.id === result.suggestions[0]!.templateId)!;
      expect(first.length).toBe('short');
    }
  });

  it('drops templates that would not fit the site even when they would rank first', () => {
    const huge: Playbook = PlaybookSchema.parse({
      ...DEFAULT_PLAYBOOKS.find((p) => p.kind === 'detractor')!,
      templates: [
        { id: 'too-long', intent: 'apologise', length: 'short', sites: ['x'], flags: ['complaint'], body: `Hi {{firstName}}, sorry. ${'x'.repeat(300)}` },
        ...DEFAULT_PLAYBOOKS.find((p) => p.kind === 'detractor')!.templates,
      ],
    });
    const result = suggestReplies({ ...complaintOn('x'), playbooks: [huge] });
    expect(result.suggestions.map((s) => s.templateId)).not.toContain('too-long');
  });

  it('never offers a template already used on the page or with this author', () => {
    const first = suggestReplies(complaintOn('yelp')).suggestions.map((s) => s.templateId);
    const usedWithAuthor = ['det-refund', 'det-price'];
    const next = suggestReplies({ ...complaintOn('yelp'), history: { usedOnPage: first, usedWithAuthor } });
    expect(next.suggestions).toHaveLength(3);
    for (const suggestion of next.suggestions) {
      expect([...first, ...usedWithAuthor]).not.toContain(suggestion.templateId);
    }
    expect(next.suggestions[0]!.why).toMatch(/not used/);
  });

  it('offers fewer rather than repeat when the page has used nearly everything', () => {
    const all = DEFAULT_PLAYBOOKS.find((p) => p.kind === 'detractor')!.templates.map((t) => t.id);
    const result = suggestReplies({ ...complaintOn('yelp'), history: { usedOnPage: all.slice(1) } });
    expect(result.suggestions.map((s) => s.templateId)).toEqual([all[0]]);
  });

  it('passes page texts to the draft check so a near-copy is flagged', () => {
    const first = suggestReplies(complaintOn('yelp', 'a')).suggestions[0]!;
    const again = suggestReplies({ ...complaintOn('yelp', 'a'), history: { textsOnPage: [first.text] } });
    expect(again.suggestions[0]!.warnings.map((w) => w.rule)).toContain('duplicate');
  });

  it('is deterministic for the same input and varies the order across items', () => {
    const a = suggestReplies(complaintOn('yelp', 'same'));
    const b = suggestReplies(complaintOn('yelp', 'same'));
    expect(b).toEqual(a);
    const firstPicks = new Set<string>();
    for (let n = 0; n < 30; n += 1) {
      const result = suggestReplies({
        item: { id: `review-${n}`, site: 'yelp', author: 'Jo Park', text: 'Nice place.' },
        labels: labelsWith({ tone: 'positive' }),
        profile: SAMPLE_PROFILE,
      });
      firstPicks.add(result.suggestions.map((s) => s.templateId).join(','));
    }
    expect(firstPicks.size).toBeGreaterThan(1);
  });

  it('returns nothing to post for an abusive item, and the playbook says why', () => {
    const result = suggestReplies({
      ...complaintOn('facebook'),
      item: { id: 'item-9', site: 'facebook', author: 'Jane Doe', text: 'Shut up, you idiots. Your bag was torn, losers.' },
      labels: labelsWith({ tone: 'negative', flags: ['abusive', 'complaint'] }),
    });
    expect(result.suggestions).toEqual([]);
    expect(result.playbook.kind).toBe('troll');
    expect(result.notice).toMatch(/report/i);
    expect(result.canAnswerAbusive).toBeUndefined(); // insults: no offer to answer
    expect(suggestReplies({ ...complaintOn('facebook'), item: { id: 'item-9', site: 'facebook', text: 'Shut up, idiots.' }, labels: labelsWith({ tone: 'negative', flags: ['abusive', 'complaint'] }), answerAbusive: true }).suggestions).toEqual([]);
  });

  it('an angry customer (swearing about a real problem) gets nothing by default, and detractor replies when the user asks', () => {
    const angry = {
      ...complaintOn('facebook'),
      item: { id: 'item-8', site: 'facebook', author: 'Jane Doe', text: 'Your delivery is a damn joke, still waiting for my refund after 3 weeks' },
      labels: labelsWith({ tone: 'negative', flags: ['abusive', 'complaint', 'refund'], topics: ['delivery'] }),
    };
    const byDefault = suggestReplies(angry);
    expect(byDefault.playbook.kind).toBe('troll');
    expect(byDefault.suggestions).toEqual([]);
    expect(byDefault.canAnswerAbusive).toBe(true);
    const answered = suggestReplies({ ...angry, answerAbusive: true });
    expect(answered.playbook.kind).toBe('detractor');
    expect(answered.suggestions).toHaveLength(3);
    expect(answered.notice).toMatch(/do not mirror/);
  });

  it('ranks templates the profile can fill above ones it cannot, and lists what is missing', () => {
    const result = suggestReplies({ ...complaintOn('yelp'), profile: { ...EMPTY_PROFILE, brand: 'Bean Co', email: 'a@b.example' } });
    expect(result.suggestions).toHaveLength(3);
    for (const suggestion of result.suggestions) {
      for (const name of suggestion.unfilled) expect(suggestion.text).toContain('[');
      expect(suggestion.unfilled.every((name) => ['signature', 'replierName', 'dmHandle', 'phone', 'supportUrl'].includes(name))).toBe(true);
    }
  });

  it('uses the user’s own playbook of that kind before the shipped one', () => {
    const mine = PlaybookSchema.parse({
      id: 'my-detractor',
      kind: 'detractor',
      name: 'Mine',
      steps: ['Be kind'],
      engage: true,
      templates: [
        { id: 'mine-1', intent: 'apologise', length: 'short', body: 'Hi {{firstName}}, sorry! Email {{email}}.' },
        { id: 'mine-2', intent: 'ask-detail', length: 'short', body: 'Hey {{firstName}}, what happened? Email {{email}}.' },
      ],
    });
    const result = suggestReplies({ ...complaintOn('yelp'), playbooks: [mine, ...DEFAULT_PLAYBOOKS] });
    expect(result.playbook.id).toBe('my-detractor');
    expect(result.suggestions.map((s) => s.templateId).sort()).toEqual(['mine-1', 'mine-2']);
  });
});
