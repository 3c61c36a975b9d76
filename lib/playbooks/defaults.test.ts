// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import { DEFAULT_PLAYBOOKS } from './defaults';
import { checkDraft, jaccard } from './draft-check';
import { buildContext, renderTemplate } from './render';
import { PLAYBOOK_KINDS, PlaybookSchema, templateVariablesOf } from './schema';
import { labelsWith } from './test-helpers';

describe('default playbooks', () => {
  it('cover every situation once and pass their own schema', () => {
    expect(DEFAULT_PLAYBOOKS.map((playbook) => playbook.kind).sort()).toEqual([...PLAYBOOK_KINDS].sort());
    for (const playbook of DEFAULT_PLAYBOOKS) expect(PlaybookSchema.safeParse(playbook).success).toBe(true);
  });

  it('give every replying playbook at least six templates in three or more intents and all three lengths', () => {
    // 'light' is composed only (a short friendly line); its templates are the user's own.
    for (const playbook of DEFAULT_PLAYBOOKS.filter((p) => p.engage && p.kind !== 'light')) {
      expect(playbook.templates.length, playbook.id).toBeGreaterThanOrEqual(6);
      expect(new Set(playbook.templates.map((t) => t.intent)).size, playbook.id).toBeGreaterThanOrEqual(3);
      expect(new Set(playbook.templates.map((t) => t.length)), playbook.id).toEqual(new Set(['short', 'medium', 'long']));
    }
  });

  it('offer nothing to post for trolls, and say why', () => {
    const troll = DEFAULT_PLAYBOOKS.find((p) => p.kind === 'troll')!;
    expect(troll.engage).toBe(false);
    expect(troll.templates).toEqual([]);
    expect(troll.noEngageReason).toMatch(/report/i);
  });

  it('use template ids unique across all playbooks', () => {
    const ids = DEFAULT_PLAYBOOKS.flatMap((p) => p.templates.map((t) => t.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('only greet by name after Hi/Hello/Hey, so the "there" fallback always reads well', () => {
    for (const template of DEFAULT_PLAYBOOKS.flatMap((p) => p.templates)) {
      for (const match of template.body.matchAll(/(\S+)\s+\{\{(firstName|author)\}\}/gu)) {
        expect(['Hi', 'Hello', 'Hey'], `${template.id}: "${match[0]}"`).toContain(match[1]);
      }
      expect(template.body, template.id).not.toMatch(/^\{\{(firstName|author)\}\}/u);
    }
  });

  it('do not read like copies of each other within a playbook', () => {
    for (const playbook of DEFAULT_PLAYBOOKS) {
      const bodies = playbook.templates.map((t) => t.body);
      for (let i = 0; i < bodies.length; i += 1) {
        for (let j = i + 1; j < bodies.length; j += 1) {
          expect(jaccard(bodies[i]!, bodies[j]!), `${playbook.templates[i]!.id} vs ${playbook.templates[j]!.id}`).toBeLessThan(0.6);
        }
      }
    }
  });

  it('render fully with the sample profile and pass the draft check on a complaint (except the answer slot)', () => {
    const item = { id: 'i1', site: 'yelp', author: 'Jane Doe', text: 'Cold coffee and a long wait.', rating: 2 };
    const complaint = labelsWith({ tone: 'negative', flags: ['complaint'] });
    for (const playbook of DEFAULT_PLAYBOOKS.filter((p) => ['detractor', 'low-star', 'escalation'].includes(p.kind))) {
      for (const template of playbook.templates) {
        const { text, unfilled } = renderTemplate(template.body, buildContext({ item, labels: complaint, profile: SAMPLE_PROFILE }));
        expect(unfilled, template.id).toEqual([]);
        const problems = checkDraft(text, { item, labels: complaint }).filter((w) => w.severity !== 'info');
        expect(problems, `${template.id}: ${text}`).toEqual([]);
      }
    }
    for (const template of DEFAULT_PLAYBOOKS.flatMap((p) => p.templates)) {
      const result = templateVariablesOf(template.body);
      expect('names' in result && result.names.filter((n) => n !== 'answer'), template.id).not.toBe(false);
      const { unfilled } = renderTemplate(template.body, buildContext({ item, labels: complaint, profile: SAMPLE_PROFILE }));
      expect(
        unfilled.filter((name) => name !== 'answer'),
        template.id,
      ).toEqual([]);
    }
  });

  it('make no public concessions or admissions on escalation and legal threats', () => {
    const item = { id: 'i2', site: 'facebook', author: 'Rob Stone', text: 'Fix this or I post it everywhere. My lawyer will hear of it.' };
    for (const kind of ['escalation', 'legal'] as const) {
      const labels = labelsWith({ tone: 'negative', flags: ['complaint', kind] });
      for (const template of DEFAULT_PLAYBOOKS.find((p) => p.kind === kind)!.templates) {
        const { text } = renderTemplate(template.body, buildContext({ item, labels, profile: SAMPLE_PROFILE }));
        expect(
          checkDraft(text, { item, labels }).filter((w) => w.severity !== 'info'),
          `${template.id}: ${text}`,
        ).toEqual([]);
      }
    }
  });

  it('keep templates meant for X within 280 characters once filled', () => {
    const item = { id: 'i1', site: 'x', author: 'Bartholomew Featherstonehaugh', text: 'x' };
    for (const template of DEFAULT_PLAYBOOKS.flatMap((p) => p.templates).filter((t) => t.sites?.includes('x'))) {
      const { text } = renderTemplate(template.body, buildContext({ item, profile: SAMPLE_PROFILE }));
      expect(
        checkDraft(text, { item }).filter((w) => w.rule === 'too-long'),
        template.id,
      ).toEqual([]);
    }
  });
});
