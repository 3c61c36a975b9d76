// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { restatedComplaint } from './compose/restate';
import { replyTo } from './test-helpers';
import { ProfileSchema, type Profile } from '@/lib/settings/schema';

/** Written for these tests (not one of the shared evaluation profiles). */
const DINER: Profile = ProfileSchema.parse({
  brand: 'Birch Table',
  replierName: 'Owen Park',
  signature: 'Owen, Birch Table',
  email: 'owen@birchtable.example',
  business: { kind: 'restaurant', noun: 'meal' },
  languages: ['en'],
  facts: {},
});

describe('what went wrong, said back in our words', () => {
  it('turns their clause to the second person', () => {
    expect(restatedComplaint('Waited 50 min for two burgers on a quiet Monday.')).toBe(
      'you waited 50 minutes for two burgers on a quiet Monday',
    );
    expect(restatedComplaint('My parcel never arrived.')).toBe('your parcel never arrived');
    expect(restatedComplaint('Soup was stone cold when it got to the table.')).toBe('the soup was stone cold when it got to the table');
    expect(restatedComplaint('Got charged twice for the same booking.')).toBe('you got charged twice for the same booking');
  });

  it('keeps to the problem sentence, not the story around it', () => {
    expect(restatedComplaint('We drive 40 minutes to get here every Sunday. The pancakes were burnt.')).toBe('the pancakes were burnt');
    expect(restatedComplaint('We booked weeks ahead for my mum’s birthday.')).toBeUndefined();
  });

  it('after praise and a "but", the part after it; a polite preamble and scare quotes are left out', () => {
    expect(restatedComplaint('The room was clean but the shower was cold.')).toBe('the shower was cold');
    expect(restatedComplaint('Food was good as always, but the happy hour prices weren’t honored on Thursday.')).toBe(
      'the happy hour prices weren’t honored on Thursday',
    );
    expect(restatedComplaint('The only thing is we booked for 8pm and weren’t seated until 8:50.')).toBe(
      'you booked for 8pm and weren’t seated until 8:50',
    );
    expect(restatedComplaint("The spa was shut for 'maintenance' and nobody told us.")).toBe(
      'the spa was shut for maintenance and nobody told you',
    );
    // The "I" left out comes back as "you", and its verbs agree ("and were told", not "and was told").
    expect(restatedComplaint('Turned up at 2:40 wanting a late lunch and was told the kitchen had closed.')).toBe(
      'you turned up at 2:40 wanting a late lunch and were told the kitchen had closed',
    );
    // Cut at the first comma before the joining words: the whole first thought is kept.
    expect(restatedComplaint('Sat down at 10 and nobody came to take our order for 20 minutes, then gave up.')).toBe(
      'you sat down at 10 and nobody came to take your order for 20 minutes',
    );
    expect(restatedComplaint('Didn’t get seated until 7:50 and nobody said a word.')).toBe(
      'you didn’t get seated until 7:50 and nobody said a word',
    );
    expect(restatedComplaint('Nobody mentioned the pool would be closed all week.')).toBe(
      'nobody mentioned the pool would be closed all week',
    );
    expect(restatedComplaint('Nobody offered anything.')).toBeUndefined();
    // A plain clause anywhere comes before the part after a "but".
    expect(restatedComplaint('The soup was cold. Meat was good but the night felt long.')).toBe('the soup was cold');
  });

  it('says nothing it could not say plainly', () => {
    for (const text of [
      'Why did my order take 2 hours?',
      'Your staff were rude to my kids.',
      'The pizza was awful.',
      'Got charged €30 AND €3 on the same day.',
      '40 minutes wasted on hold, then cut off.',
      'My son is allergic to nuts and the dessert had no label.',
      'Three weeks of emails and I still have a kettle that leaks.',
      "I keep asking about it and always get 'we are looking into it'.",
      'Tom at the bar was rude.',
      'The burger was lit tho.',
      'The waiter wasn’t rude at all.',
      'Cold.',
      '@birchtable the soup was cold',
    ]) {
      expect(restatedComplaint(text), text).toBeUndefined();
    }
  });

  it('a reply says the clause and still names the points it leaves out', () => {
    const { first } = replyTo(
      'The lamb was tough and barely warm. We also waited 40 minutes between starter and main on a quiet night.',
      DINER,
      { rating: 2 },
    );
    expect(first).toMatch(/sorry the lamb was tough and barely warm, and about the 40-minute wait/u);
  });

  it('says a thing and what was wrong with it, with the price it cost ("a … that was …")', () => {
    expect(restatedComplaint('Paid £6.50 for a chai latte that was basically hot water, and the girl just shrugged.')).toBe(
      'your £6.50 chai latte was basically hot water',
    );
    expect(restatedComplaint('$22 for a rack of ribs that was maybe six bones and mostly gristle?')).toBe(
      'your $22 rack of ribs was maybe six bones and mostly gristle',
    );
    expect(restatedComplaint('Ordered a burger which came out raw in the middle.')).toBe('your burger came out raw in the middle');
    // The same complaint inside sarcasm, with "that's" and an emoji ending the thought.
    expect(restatedComplaint('love paying £5 for a smoothie that’s basically crushed ice 🙃 used to be my favourite')).toBe(
      'your £5 smoothie is basically crushed ice',
    );
    // A table they had booked is the story, not what went wrong.
    expect(restatedComplaint('We had a table that we booked weeks ago.')).toBeUndefined();
  });

  it('reads the problem after a later "But", unless it is their own booking or a thought cut by an emoji', () => {
    expect(
      restatedComplaint(
        'Took my sister for her 40th. The food was lovely. The staff were kind. But we got sat right by the toilets, so people squeezed past all night.',
      ),
    ).toBe('you got sat right by the toilets');
    expect(restatedComplaint('The pasta was great. But I booked online for 7pm, and the host had no record of it.') ?? '').not.toMatch(
      /booked/u,
    );
    expect(restatedComplaint('Love the place but the burrito last night was 80% rice 😂 I found two beans.')).toBe(
      'the burrito last night was 80% rice',
    );
    // "it" with nothing named before it points at a sentence the reply does not repeat.
    expect(restatedComplaint('Great stay. But nobody even mentioned it at check-in.')).toBeUndefined();
    // When the caller has a better phrase (a situation), a problem said without a word of trouble is left to it.
    expect(restatedComplaint('We came at 8 but the kitchen had stopped serving.')).toBe('the kitchen had stopped serving');
    expect(restatedComplaint('We came at 8 but the kitchen had stopped serving.', { withoutCue: false })).toBeUndefined();
  });

  it('says back what was done to them, what they still wait for, and what changed since an update', () => {
    expect(restatedComplaint('They charged us €3 for a jug of tap water.')).toBe('we charged you €3 for a jug of tap water');
    expect(restatedComplaint('Charged twice for April. Nobody answers the chat.')).toBe('you were charged twice for April');
    expect(restatedComplaint('Still waiting for my refund from the order I sent back on the 5th.')).toBe(
      "you're still waiting for your refund from the order you sent back on the 5th",
    );
    expect(restatedComplaint('Since the update I can’t find the export button.')).toBe(
      'that since the update you can’t find the export button',
    );
    expect(restatedComplaint('Delivery note never arrived by email.')).toBe('the delivery note never arrived by email');
    // What makes the charge wrong comes after the comma: the head alone is not said back.
    expect(restatedComplaint('Charged €50 the day my trial ended, even though I cancelled the week before.') ?? '').not.toMatch(
      /trial ended$/u,
    );
  });
});
