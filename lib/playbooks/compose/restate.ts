import { fold, PRAISE, PROBLEM, SWEARING, TROUBLE } from '@/lib/reading/cues';

/**
 * What went wrong, said back as a clause in the second person (English): "The export to CSV
 * drops every invoice with an umlaut" → "the export to CSV drops every invoice with an umlaut",
 * "Got charged twice for March" → "you got charged twice for March", "My parcel never came" →
 * "your parcel never came". A community manager names what happened, not a noun for it ("sorry
 * about the export"). Conservative on purpose: a sentence is restated only when it is a short,
 * plain clause whose every word can be kept; anything else (a question, an address to the
 * business, a name, slang, shouting, swearing, a handle or a link) gives `undefined` and the
 * reply names the points instead.
 */
export function restatedComplaint(text: string, options: { withoutCue?: boolean } = {}): string | undefined {
  // A problem said without a word of trouble is read only after a "but", and only when the caller
  // has no better phrase for it (a situation such as the kitchen closing early has its own).
  const afterButSaid = options.withoutCue ?? true;
  const sentences = sentencesOf(text).slice(0, 3);
  for (const sentence of sentences) {
    // "Paid £4.20 for a flat white that was basically warm milk": the thing, and what was wrong with it.
    const thing = thingThatClause(sentence);
    if (thing) return thing;
    // The whole sentence, else its first part when the rest is a second thought ("…, and the waiter
    // argued"): up to the first comma, then up to the first joining word.
    const clause =
      clauseOf(sentence) ??
      headsOf(sentence)
        .map((head) => clauseOf(head))
        .find(Boolean);
    if (clause) return clause;
  }
  // "Food was good as always, but the happy hour prices weren't honoured": the problem comes after the "but".
  // (Every sentence: a long review praises first and turns at a later "But we got put by the kitchen door".)
  for (const sentence of sentencesOf(text)) {
    const afterBut = /(?:^|,\s*|\s)but\s+(.+)$/iu.exec(sentence)?.[1];
    if (!afterBut) continue;
    // After the "but" of a complaint comes its problem, in so many words or not ("but we got put by the kitchen door").
    const clause =
      clauseOf(afterBut, { problemSaid: afterButSaid }) ??
      headsOf(afterBut)
        .map((head) => clauseOf(head, { problemSaid: afterButSaid }))
        .find(Boolean);
    if (clause) return clause;
  }
  return undefined;
}

/**
 * A complaint told as a thing and a relative clause: "Paid £4.20 for a flat white that was basically
 * warm milk", "$34 for a brisket plate that was maybe five slices and half of it fat?", "Ordered a
 * burger which came out raw" → "your £4.20 flat white was basically warm milk", "your $34 brisket
 * plate was maybe five slices and half of it fat", "your burger came out raw". The price, when they
 * give one, goes with the thing it bought; the clause must still pass every check of clauseOf.
 */
const THING_THAT = new RegExp(
  `^(?:(?:but|and|so|then|honestly|sadly)\\s+)?(?:(?:love|loving|gotta love|nothing like)\\s+)?(?:(?:i\\s+|we\\s+)?(?:paid|paying|spent|spending|got|ordered|bought|received|had)\\s+)?(?:(${
    /(?:[£€$]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|eur|euros?|dollars?|pounds?|bucks))/u.source
  })\\s+)?(?:for\\s+)?(?:a|an|the|my|our)\\s+((?:[\\p{Ll}-]+\\s+){0,3}[\\p{Ll}-]+)\\s+(?:that|which)(['’]s)?\\s+(.+)$`,
  'iu',
);

function thingThatClause(sentence: string): string | undefined {
  // ("love paying £4.20 for a flat white that's basically warm milk 🙃": sarcasm around the same complaint.)
  // ("a 'large' cappuccino that's 40% foam": one word in scare quotes is said plainly.)
  const m = THING_THAT.exec(sentence.trim().replace(/(?<=^|\s)['‘](\p{L}+)['’](?=\s)/gu, '$1'));
  if (!m) return undefined;
  const [, price, thing, contracted, rest] = m;
  // What was wrong with it, up to the first comma, emoji or joining word ("…warm milk, and when I mentioned it…").
  const wrong = `${contracted ? 'is ' : ''}${rest!
    .split(SECOND_THOUGHT)[0]!
    // (A handle tagged on the end, "…40% foam @fernandfig", is no part of what was wrong.)
    .replace(/\s+@[\w.]+/gu, '')
    .replace(/[?.!…]+$/u, '')
    .trim()}`;
  // "a table that we had booked": the clause must say what the thing did or was, with its own verb first.
  if (
    !/^(?:was|were|is|are|came|arrived|tasted|looked|smelled|felt|had|has|never|didn'?t|did not|wasn'?t|weren'?t|broke|leaked|stopped|took|turned|cost|went)(?![\p{L}])/iu.test(
      wrong,
    )
  )
    return undefined;
  // "…that was basically warm milk", "…that was mostly ice": what they got, said as less than it should be, is the problem.
  // "…that was maybe six bones", "…that was only four slices": a count said as too few.
  const deflated =
    /^(?:was|were|is|are)\s+(?:basically|mostly|essentially|practically|barely|little more than|no more than|nothing but|(?:about |like |maybe )?\d+ ?% (?:foam|ice|fat|bun|bread|water|air|milk|filler|gristle)|(?:maybe|only|just)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|half))(?![\p{L}])/iu.test(
      wrong,
    );
  return clauseOf(`my ${price ? `${price} ` : ''}${thing} ${wrong}`, { priceIsTheThing: Boolean(price), problemSaid: deflated });
}

/** A sentence's first thought, cut at its first comma or emoji, then at its first joining word. */
function headsOf(sentence: string): string[] {
  const heads = [sentence.split(FIRST_BREAK)[0]!, sentence.split(SECOND_THOUGHT)[0]!];
  return (
    [...new Set(heads)]
      .filter((head) => head !== sentence)
      // "Charged €90 the day my trial ended, even though I cancelled two days before": what makes it
      // wrong comes after the comma, and the head alone would leave it out.
      .filter((head) => !/^[,\s]*(?:even though|even after|although|though|despite)(?![\p{L}])/iu.test(sentence.slice(head.length)))
  );
}
const FIRST_BREAK = /,\s+|\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\uFE0F\u200D]*\s*/u;

/** Where a sentence's first thought ends: a comma, an emoji, "and then", "because"… */
const SECOND_THOUGHT = new RegExp(
  `${FIRST_BREAK.source}|\\s+(?:and then|and when|and now|so|which|but|because|after which|and we|and i|and they|and nobody|and no one)\\s+`,
  'iu',
);

function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/gu, ' ')
    .split(/(?<=[.!?…])\s+|\s+[-–—]\s+|\n/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Openers that carry no content ("Honestly,", "Sadly", "So"). */
const OPENER =
  /^(?:honestly|sadly|unfortunately|so|well|ugh|um|and|but|also|then|just|again|once again|yet again|today|yesterday|tonight|last night|this morning|this week|(?:the |my |our )?only (?:thing|issue|problem|gripe|complaint|downside|niggle)(?: is| was|:)?(?: that)?|one thing though|(?:(?:it was |it's |it is )?(?:slightly |a bit |a little |rather |really |very |so |quite )?(?:disappointing|disappointed|annoying|annoyed|frustrating|frustrated|a shame|a pity|sad|gutted)(?: to (?:find|see|hear|discover))? that)|(?:i )?(?:do )?(?:feel i should|have to|must|should|just want to|wanted to|would like to|'d like to) (?:mention|say|point out|add|flag)(?: that)?)\b,?\s+/iu;

/** Informal spellings and chat words a reply should not copy. */
const SLANG =
  /(?<![\p{L}])(?:u|ur|pls|plz|tho|thru|cuz|coz|bc|b4|lol|lmao|omg|smh|wtf|tbh|idk|imo|ngl|fr|rn|gonna|wanna|gotta|ain'?t|y'?all|ya|yall|kinda|sorta|dunno|nah|yeah|yep|nope)(?![\p{L}])/iu;

/** The business addressed (you, your team) or the person's judgement of it ("this place", "worst"). */
const ADDRESS_OR_VERDICT =
  /(?<![\p{L}])(?:you|your|yours|you're|you've|you'll|you'd|this place|this company|this shop|this hotel|this app|this restaurant|worst|never again|never coming back|avoid|disgrace\w*|joke|ridiculous|unacceptable|pathetic|scam\w*|rip-?off|shame)(?![\p{L}])/iu;

/** A finite verb in the clause: it has to say what happened, not only name a thing. */
const FINITE =
  /(?<![\p{L}'])(?:was|were|is|are|has|have|had|did|does|do|didn'?t|doesn'?t|don'?t|wasn'?t|weren'?t|isn'?t|aren'?t|hasn'?t|haven'?t|hadn'?t|can'?t|couldn'?t|won'?t|wouldn'?t|never|keeps|kept|still|\p{L}{2,}ed|\p{L}{3,}s|got|came|took|went|left|sent|brought|gave|broke|lost|paid|spent|told|forgot|ran|fell|made|found|felt|got|stopped|crashes|freezes)(?![\p{L}'])/iu;

/** A fix told as what the staff did (folded). */
const PUT_RIGHT_CLAUSE =
  /(?<![\p{L}])(?:took (?:it|them|that|those|the \p{L}+) off|refunded|replaced|comped|sorted (?:it|us|this)|fixed (?:it|this)|apologi[sz]ed|made up for|knocked (?:it|them|\d+%?) off|waived|(?:didn'?t|did not) charge)(?![\p{L}])/u;

const MONEY = /[£€$]\s?\d|\d\s?(?:€|£|\$|p|eur|euros?|dollars?|pounds?|bucks)(?![\p{L}])/iu;

/** Days and months keep their capital and are no one's name. */
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?:'s)?$/u;

/** Units of time: a duration is the problem only next to a wait. */
const TIME_UNIT = /^(?:\d+\s*)?(?:min\w*|hours?|hrs?|days?|weeks?|months?|years?|seconds?|secs?)$/u;
const WAITED = /(?<![\p{L}])(?:wait\w*|took|late|delay\w*|queue\w*|still|sat there|on hold)(?![\p{L}])/u;

/** Everyday words in capitals are shouting ("€90 AND €9"), not an acronym like CSV. */
const SHOUTED_WORD =
  /^(?:AND|THE|NOT|BUT|ALL|NOW|YES|NO|WAS|ARE|FOR|YOU|OUT|TWO|ONE|BAD|ONLY|EVEN|EVER|TOLD|WHY|HOW|STILL|DID|HAD|GOT|NONE|ZERO|TWICE|NEVER)s?$/u;

/** What comes after "I"/"we" when it says what happened (past, perfect, a negation), not a habit. */
const HAPPENED =
  /^(?:\p{L}+ed|was|were|wasn'?t|weren'?t|had|hadn'?t|have|haven'?t|'ve|got|did|didn'?t|couldn'?t|could not|can'?t|cannot|never|still|came|went|took|left|sent|brought|gave|lost|paid|spent|told|forgot|ran|fell|made|found|felt|sat|bought|saw|heard|ate|drank|met|woke|slept|rang|stood|wrote)(?![\p{L}])/iu;

/** Past tenses a clause may start with when its "I" is left out ("Got charged twice", "Waited 40 min"). */
const DROPPED_I =
  /^(?:didn'?t|did not|couldn'?t|could not|can'?t|cannot|never got|never received|wasn'?t|haven'?t|have not|got|waited|ordered|booked|paid|called|emailed|rang|phoned|received|spent|had to|bought|asked|tried|sat|stayed|arrived|returned|sent|messaged|reported|requested|cancelled|canceled|signed up|subscribed|switched|upgraded|checked in|turned up|showed up|came|went|found|lost)(?![\p{L}])/iu;

/** What the staff did, told with "they" ("they gave us a smaller room", "they charged us"): said by us. */
const STAFF_DEEDS = 'gave|told|charged|put|moved|offered|refused|sent|forgot|lost|cancell?ed|canceled|kept|ignored|served|seated|made';

/** Pronouns and verb forms turned from their side to theirs said by us. */
const SWAPS: [RegExp, string][] = [
  [/(?<![\p{L}'])i'm(?![\p{L}])/giu, "you're"],
  [/(?<![\p{L}'])i've(?![\p{L}])/giu, "you've"],
  [/(?<![\p{L}'])i'd(?![\p{L}])/giu, "you'd"],
  [/(?<![\p{L}'])i'll(?![\p{L}])/giu, "you'll"],
  [/(?<![\p{L}'])we're(?![\p{L}])/giu, "you're"],
  [/(?<![\p{L}'])we've(?![\p{L}])/giu, "you've"],
  [/(?<![\p{L}'])we'd(?![\p{L}])/giu, "you'd"],
  [/(?<![\p{L}'])we'll(?![\p{L}])/giu, "you'll"],
  [/(?<![\p{L}'])(?:i|we) was(?![\p{L}'])/giu, 'you were'],
  [/(?<![\p{L}'])(?:i|we) wasn['’]t(?![\p{L}])/giu, "you weren't"],
  [/(?<![\p{L}'])(?:i|we) am(?![\p{L}])/giu, 'you are'],
  [/(?<![\p{L}'])(?:i|we)(?![\p{L}'])/giu, 'you'],
  [/(?<![\p{L}'])(?:me|us)(?![\p{L}'])/giu, 'you'],
  [/(?<![\p{L}'])(?:my|our)(?![\p{L}'])/giu, 'your'],
  [/(?<![\p{L}'])(?:mine|ours)(?![\p{L}'])/giu, 'yours'],
  [/(?<![\p{L}'])(?:myself|ourselves)(?![\p{L}'])/giu, 'yourself'],
  // "they gave us a smaller room": the staff's doing, said by us.
  [new RegExp(`(?<![\\p{L}'])they (${STAFF_DEEDS})(?![\\p{L}])`, 'giu'), 'we $1'],
];

/** The staff's doing, told with "they" ("they charged us", "they forgot the fries"). */
const THEY_DID = new RegExp(`^they\\s+(?:${STAFF_DEEDS})(?![\\p{L}])`, 'iu');

/** "Quiche was", "Room service took": one or two words, then the verb that says what they did. */
const BARE_SUBJECT =
  // (Not a pronoun: "These were dry", "They were cold" would become "the these", "the they".)
  /^(?!(?:These|Those|They|It|This|That|He|She|There|Here|Everything|Nothing|Everyone|Someone|Somebody|Nobody|Mine|Ours)(?![\p{L}]))\p{Lu}\p{Ll}+(?: \p{Ll}+)? (?:(?:never|still|just) )?(?:was|were|is|are|has been|have been|had|tasted|arrived|came|took|looked|looks|smelled|smells|felt|feels|seemed|went|broke|stopped|keeps|kept)(?![\p{L}])/u;

/** What went wrong said plainly, without a cue word: "never came", "didn't work", "wasn't ready". */
const NEGATIVE_FACT =
  /(?<![\p{L}])(?:never|barely|hardly|didn'?t|did not|wasn'?t|was not|weren'?t|were not|isn'?t|is not|doesn'?t|does not|don'?t|haven'?t|hasn'?t|no one|nobody|nothing|not)(?![\p{L}])/u;

const CONTRAST = /(?<![\p{L}])(?:but|(?<!even )though|although|however|except|apart from|other than|otherwise)(?![\p{L}])/iu;

/** Their verdict in their words, which reads as mockery in ours ("I'm sorry the pillows are awful"). */
const HARSH =
  /(?<![\p{L}])(?:awful|terrible|horrible|horrendous|disgusting|gross|inedible|rubbish|crap\w*|trash|garbage|appalling|dreadful|atrocious|useless|pathetic|a joke|abysmal|vile|nasty|shocking|insane|stupid|idiot\w*|incompetent|lazy|clueless|greedy|liars?|lying|stole|stolen|thie\w+)(?![\p{L}])/iu;

/** A problem word right after a negation: "wasn't rude", "not bad", "never dirty". */
function negatedProblem(sentence: string): boolean {
  const folded = fold(sentence);
  for (const m of folded.matchAll(/(?<![\p{L}])(?:not|never|n't|no)\s+((?:\p{L}+\s+)?\p{L}+)/gu)) {
    if (PROBLEM.test(m[1]!)) return true;
  }
  // "wasn't rude": the n't is glued to its verb.
  const glued = /n't\s+((?:\p{L}+\s+)?\p{L}+)/u.exec(folded);
  return glued !== null && PROBLEM.test(glued[1]!);
}

function clauseOf(raw: string, options: { priceIsTheThing?: boolean; problemSaid?: boolean } = {}): string | undefined {
  // An emoji between words ends one thought and starts another ("was 90% bun 😂 I counted 4 slices"): not one clause.
  if (/\p{Extended_Pictographic}[\p{Extended_Pictographic}\uFE0F\u200D\s]*\p{L}/u.test(raw)) return undefined;
  let s = raw.replace(/[\p{Extended_Pictographic}\uFE0F\u200D]+/gu, '').trim();
  for (let i = 0; i < 3 && OPENER.test(s); i++) s = s.replace(OPENER, '');
  s = s.replace(/[.!…]+$/u, '').trim();
  // (A colon inside a time, "8:50", is no list or quote.)
  if (!s || /[?？@#:;()"“”«»\[\]{}|/\\*_~<>=+]|https?|www\./iu.test(s.replace(/(?<=\d):(?=\d)/gu, ''))) return undefined;
  // One word in scare quotes ("closed for 'maintenance'") is said plainly; words in quotes after
  // said or told ("always get 'it's on the roadmap'") are someone's quote, not ours to repeat.
  s = s.replace(/(?<!(?:said|told|says|say|tells|called it|replied|answered)\s)(?<=^|\s)['‘](\p{L}+)['’](?=\s|$)/gu, '$1');
  if (/(?:^|\s)['‘]|['’](?:\s|$)/u.test(s)) return undefined;
  const f = fold(s);
  // Something went wrong in it: a time alone ("we drive 25 min", "booked weeks ahead") is the
  // story around the problem, unless they waited it.
  const trouble = TROUBLE.exec(f)?.[0];
  const waitedIt = trouble !== undefined && (!TIME_UNIT.test(trouble) || WAITED.test(f));
  if (!(options.problemSaid || PROBLEM.test(f) || waitedIt || NEGATIVE_FACT.test(f))) return undefined;
  // "But I booked online for 8pm, … and the host had no record of it": without a word of trouble, their
  // own booking, order or arrival is the story before the problem, not the problem.
  if (
    options.problemSaid &&
    !(PROBLEM.test(f) || NEGATIVE_FACT.test(f)) &&
    /^(?:i|we)\s+(?:(?:had|have|just|then|also)\s+)?(?:booked|ordered|reserved|arrived|came|went|paid|called|emailed|asked|tried|visited|stayed|brought|bought|checked in|turned up|showed up|drove|walked)(?![\p{L}])/iu.test(
      s,
    )
  )
    return undefined;
  if (SWEARING.test(f) || SLANG.test(s) || ADDRESS_OR_VERDICT.test(s) || HARSH.test(s) || s.includes('!')) return undefined;
  // Praise is no problem to be sorry for ("The food was worth waiting for").
  if (PRAISE.test(f)) return undefined;
  // Nor is what they did to put it right ("Waiter took them off when we asked", "they refunded the drinks").
  if (PUT_RIGHT_CLAUSE.test(f)) return undefined;
  // Praise and a "but" in one clause is two things; "wasn't rude" is no complaint at all.
  if (CONTRAST.test(s) || negatedProblem(s)) return undefined;
  const words = s.split(/\s+/u);
  // "Got charged twice", "Didn't get seated": the clause starts with its verb, its "I" left out.
  const droppedI = DROPPED_I.test(s.replace(/’/gu, "'"));
  if (words.length < 3 || words.length > 18) return undefined;
  // "my lunch break doesn't": a clause that ends on a negated helping verb leans on a sentence the reply does not repeat.
  if (
    /(?<![\p{L}'])(?:doesn'?t|don'?t|didn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|won'?t|can'?t|couldn'?t|hasn'?t|haven'?t)$/iu.test(
      s.replace(/’/gu, "'"),
    )
  )
    return undefined;
  // "It was not.", "They never did": a pronoun with a few words says back nothing a reader can follow.
  if (words.length <= 4 && /^(?:it|this|that|these|those|they|he|she|there)$/iu.test(words[0]!)) return undefined;
  // "nobody even mentioned it at check-in": an "it" or "them" with no thing named before it points back
  // at a sentence the reply does not repeat ("the shakshuka took 40 minutes and when it arrived" is fine).
  const backReference = words.findIndex((w, i) => i > 0 && /^(?:it|them)$/iu.test(w.replace(/[^\p{L}]/gu, '')));
  if (
    backReference > 0 &&
    (/^(?:nobody|no one|noone|someone|somebody|everyone|i|we|they|he|she|you)(?:['’](?:m|re|ve|d|ll|s))?$/iu.test(words[0]!) ||
      DROPPED_I.test(s)) &&
    !words.slice(0, backReference).some((w) => /^(?:the|a|an|my|our|your|this|that|these|those)$/iu.test(w))
  )
    return undefined;
  // Shouting, and names or brands inside the sentence: not ours to repeat (acronyms such as CSV or PDF are fine).
  if (words.some((w) => /\p{Lu}{2,}/u.test(w) && (!/^\p{Lu}{2,4}s?$/u.test(w) || SHOUTED_WORD.test(w)))) return undefined;
  if (words.some((w, i) => i > 0 && /^\p{Lu}\p{Ll}/u.test(w) && !/^I(?:'m|'ve|'d|'ll)?$/u.test(w) && !CALENDAR.test(w))) return undefined;
  // One clause only: a comma joins two things the reply would have to say apart.
  if (s.includes(',')) return undefined;
  // "Our 4th visit and the soup was cold": a noun joined on before any verb is two things.
  // (A verb for sure: a plural noun such as "weeks" is not one.)
  const firstVerb = words.findIndex(
    (w, i) =>
      i > 0 &&
      ((FINITE.test(w) && !/^\p{L}+s$/u.test(w.replace(/[^\p{L}']/gu, ''))) || /^(?:was|is|has|does|keeps|crashes|freezes)$/iu.test(w)),
  );
  if (!droppedI && !/^(?:i|we)\s/iu.test(s) && firstVerb > 0 && words.slice(0, firstVerb).some((w) => /^(?:and|or|plus|with)$/iu.test(w)))
    return undefined;
  // A price told as the setting ("Paid $14 for a plate and it was dry") is not what went wrong;
  // it is when they say the charge or the price is the problem.
  if (
    !options.priceIsTheThing &&
    MONEY.test(s) &&
    !/(?<![\p{L}])(?:charg\w*|overcharg\w*|bill\w*|refund\w*|price|prices|cost|fee|fees|twice|double)(?![\p{L}])/iu.test(s)
  )
    return undefined;
  // "My daughter is coeliac": a clause about one of theirs is their story, not what we got wrong.
  if (
    /^(?:my|our)\s+(?:\p{L}+\s+)?(?:husband|wife|partner|son|daughter|kids?|children|child|baby|boy|girl|mum|mom|dad|mother|father|parents|family|friends?|boyfriend|girlfriend|fiance|fiancee|sister|brother|grandma|grandpa|in-laws|guests?|dog|colleagues?|boss|team)(?![\p{L}])/iu.test(
      s,
    )
  )
    return undefined;
  // "20 minutes wasted", "3 days lost": a time and a participle, with no verb to make it a clause.
  if (/^(?:\d+|a|an|two|three|four|five|ten)\s+(?:min\w*|hours?|hrs?|days?|weeks?|months?|years?)\s+\p{L}+ed(?![\p{L}])/iu.test(s))
    return undefined;
  let clause: string;
  // "We drive 25 minutes to get here" is their habit, not what happened: the verb after I/we says it happened.
  if (/^(?:i|we)\s/iu.test(s) && !HAPPENED.test(s.replace(/^(?:i|we)\s+(?:(?:just|then|also|still|even|only|finally|actually)\s+)?/iu, '')))
    return undefined;
  if (/^(?:i|we)(?:'m|'ve|'d)?\s/iu.test(s) || /^(?:my|our)\s/iu.test(s))
    // "We also waited": the "also" points at a sentence the reply does not repeat.
    clause = s.replace(/^((?:i|we)\s+)(?:also|then|finally|eventually)\s+/iu, '$1');
  else if (/^(?:the|both|all|every|each|half|two|three|\d+)\s/iu.test(s)) clause = s;
  // "Nobody mentioned there'd be a live band that night"; a bare "nobody offered anything" says too little.
  else if (/^(?:nobody|no one)\s/iu.test(s) && words.length >= 5) clause = s;
  // "Quiche was cold in the middle", "Smashed avo was bland": a review's bare subject takes "the".
  // "Support took 6 days": a service's name takes no article.
  else if (BARE_SUBJECT.test(s) && /^(?:support|customer (?:service|support|care)|tech support|management)\s/iu.test(s))
    clause = `${s.charAt(0).toLowerCase()}${s.slice(1)}`;
  else if (BARE_SUBJECT.test(s)) clause = `the ${s.charAt(0).toLowerCase()}${s.slice(1)}`;
  // "Arrived in a damaged box": what arrived was the order, not them.
  else if (
    /^arrived\s+(?:in|with|without|damaged|broken|late|open|opened|wet|crushed|scratched|torn|dirty|used|missing)(?![\p{L}])/iu.test(s)
  )
    clause = `your order ${s.charAt(0).toLowerCase()}${s.slice(1)}`;
  else if (droppedI) clause = `I ${s.charAt(0).toLowerCase()}${s.slice(1)}`;
  // "They charged us €4.50 for tap water": the staff's doing, which SWAPS turns to ours ("we charged you").
  else if (THEY_DID.test(s)) clause = s;
  // "Charged twice for March", "Billed for a month I cancelled": it was done to them.
  else if (/^(?:charged|billed|overcharged|double[- ]charged)\s/iu.test(s)) clause = `you were ${s.charAt(0).toLowerCase()}${s.slice(1)}`;
  // "Still waiting for my refund": they still are.
  else if (/^still waiting\s/iu.test(s)) clause = `you're ${s.charAt(0).toLowerCase()}${s.slice(1)}`;
  // "Since the redesign I can't find the discount field": what changed, then what they cannot do.
  // ("sorry that since the redesign you can't…": the "that" keeps the clause from reading as "sorry since".)
  else if (/^since\s+(?:the|your|this|that|last|our|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:i|we)\s/iu.test(s))
    clause = `that ${s.charAt(0).toLowerCase()}${s.slice(1)}`;
  else return undefined;
  if (!FINITE.test(clause.replace(/’/gu, "'").split(/\s+/u).slice(1).join(' '))) return undefined;
  for (const [pattern, replacement] of SWAPS) clause = clause.replace(pattern, replacement);
  // "I turned up … and was told" → "you turned up … and were told"; "(I) wasn't told" → "you weren't told".
  if (/^you\s/iu.test(clause)) clause = clause.replace(/(?<=^you\s|\s(?:and|but|then|so)\s)was(n't)?(?![\p{L}])/gu, 'were$1');
  // "45 min", "2 hrs": written out, as a reply would.
  clause = clause.replace(/(?<=\d\s?)(?:mins?)(?![\p{L}])/gu, 'minutes').replace(/(?<=\d\s?)(?:hrs?)(?![\p{L}])/gu, 'hours');
  return clause.charAt(0).toLowerCase() + clause.slice(1);
}
