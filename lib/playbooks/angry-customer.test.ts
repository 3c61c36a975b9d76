// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Flag } from '@/lib/classifier/labels';
import { isAngryCustomer, isPersonalAttack } from './angry-customer';

describe('an angry customer or a troll', () => {
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
});
