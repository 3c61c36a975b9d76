import { describe, expect, it } from 'vitest';
import type { Flag, Tone } from '@/lib/classifier/labels';
import { choosePlaybook, isAngryCustomer, isPersonalAttack } from './choose';

const pick = (tone: Tone, flags: Flag[], rating?: number, ratingMax?: number) =>
  choosePlaybook({ tone, flags }, { rating, ratingMax });

describe('choosePlaybook precedence', () => {
  it('abusive beats everything, even legal, escalation and a five-star rating', () => {
    expect(pick('positive', ['abusive', 'legal', 'escalation', 'complaint', 'question'], 5)).toBe('troll');
  });
  it('an abusive item is answered only when the user chooses to, and then by the rest of the chain', () => {
    const labels = { tone: 'negative' as const, flags: ['abusive', 'complaint'] as Flag[] };
    expect(choosePlaybook(labels, { text: 'Worst shit coffee ever, cold and overpriced' })).toBe('troll');
    expect(choosePlaybook(labels, { text: 'Worst shit coffee ever' }, { answerAbusive: true })).toBe('detractor');
    expect(choosePlaybook({ ...labels, flags: ['abusive', 'complaint', 'legal'] }, {}, { answerAbusive: true })).toBe('legal');
    expect(choosePlaybook(labels, { rating: 1 }, { answerAbusive: true })).toBe('low-star');
  });
  it('an angry customer swears about a real problem; a troll insults people or has no grievance', () => {
    const angry = (text: string | undefined, flags: Flag[] = ['abusive', 'complaint']) => isAngryCustomer({ flags }, text);
    expect(angry('Worst shit coffee ever, cold and overpriced')).toBe(true);
    expect(angry('Where is my damn money, I want a refund', ['abusive', 'refund'])).toBe(true);
    expect(angry('shut up idiot nobody cares about your stupid coffee')).toBe(false);
    expect(angry('F*** you and your cold coffee')).toBe(false);
    expect(angry('You are a bunch of clowns', ['abusive'])).toBe(false);
    expect(angry('This place is shit', ['abusive'])).toBe(false); // no complaint or refund: nothing to answer
    expect(angry('Cold coffee', ['complaint'])).toBe(false); // not abusive at all
    expect(angry(undefined)).toBe(false);
    expect(isPersonalAttack('the sushi was stupid expensive')).toBe(false);
    expect(isPersonalAttack('STFU')).toBe(true);
  });
  it('legal beats escalation, low rating and complaint', () => {
    expect(pick('negative', ['legal', 'escalation', 'complaint'], 1)).toBe('legal');
  });
  it('escalation beats a low rating and a complaint', () => {
    expect(pick('negative', ['escalation', 'complaint', 'refund'], 1)).toBe('escalation');
  });
  it('a rating of 2 or less beats complaint, question and positive tone', () => {
    expect(pick('positive', ['complaint', 'question'], 2)).toBe('low-star');
    expect(pick('neutral', [], 1)).toBe('low-star');
    expect(pick('neutral', [], 0)).toBe('low-star');
  });
  it('scales ratings on other scales (4 of 10 is two stars, 3 of 5 is not low)', () => {
    expect(pick('neutral', [], 4, 10)).toBe('low-star');
    expect(pick('neutral', [], 3)).toBe('indifferent');
  });
  it('complaint or negative tone → detractor, ahead of a question', () => {
    expect(pick('neutral', ['complaint', 'question'])).toBe('detractor');
    expect(pick('negative', ['question'], 4)).toBe('detractor');
  });
  it('question → question, ahead of positive tone', () => {
    expect(pick('positive', ['question'])).toBe('question');
  });
  it('positive → fan; anything else → indifferent', () => {
    expect(pick('positive', [], 5)).toBe('fan');
    expect(pick('neutral', ['refund'])).toBe('indifferent');
    expect(choosePlaybook({ tone: 'neutral', flags: [] })).toBe('indifferent');
  });
});
