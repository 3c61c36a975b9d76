import type { Reading } from '@/lib/reading';
import {
  DENIED_PROBLEM,
  CHARGED_TWICE,
  DECLARED_CHATTER,
  fold,
  GRIEVANCE_QUESTION,
  MILD_CRITICISM,
  namesBusiness,
  PLANS_A_VISIT,
  PRAISE,
  PROBLEM,
  TROUBLE,
} from '@/lib/reading/cues';
import { LIST_LANGUAGES } from '@/lib/reading/points';
import { grievanceElsewhere } from './compose/concepts';
import { LUKEWARM_WORDS as LUKEWARM } from '@/lib/reading/read';

/**
 * The playbook families (the seeds' kinds of feedback), each with what a good first reply does.
 * `ignore` and `light` may offer nothing to post.
 */
export const FAMILIES = ['ignore', 'legal', 'escalation', 'complaint', 'question', 'fan', 'lukewarm', 'light'] as const;
export type Family = (typeof FAMILIES)[number];

/**
 * Which family answers an item, from its reading. Precedence: spam and attacks on people
 * are ignored; legal beats escalation beats complaint; a question inside a complaint is
 * answered inside the complaint reply; three stars or "it was ok" is lukewarm.
 */
export function familyOf(
  reading: Pick<Reading, 'flags' | 'tone' | 'stars' | 'points' | 'questions'> & { language?: string },
  text: string,
  ownNames: readonly string[] = [],
): Family {
  // The text folded once, and whether it tells of something that went wrong: several rules below read both.
  // (A fault said not to have happened, "didn't come out like shoe leather", is no grievance.)
  const folded = fold(text).replace(DENIED_PROBLEM, ' ');
  const wentWrong = GRIEVANCE_EVENT.test(folded);
  const dockedProblem = dockedForAProblem(folded);
  const flags = new Set(reading.flags);
  // "Anyone know if <brand> takes bookings?": a question that names the business is asked of it, not of someone else.
  if (flags.has('offTopic') && flags.has('question') && namesBusiness(text, ownNames)) flags.delete('offTopic');
  // "Will you bring out a lined version? She loves hers but it's freezing here": a wish with praise, no grievance.
  if (
    flags.has('complaint') &&
    flags.has('question') &&
    !flags.has('sarcasm') &&
    !flags.has('refund') &&
    (reading.stars === undefined || reading.stars >= 4) &&
    text.length < 220 &&
    reading.questions.some((q) => WISH.test(fold(q))) &&
    PRAISE.test(folded) &&
    !reading.points.some((p) => p.polarity === 'negative' && reading.questions.some((q) => q.includes(p.text)))
  )
    flags.delete('complaint');
  const letters = /\p{L}/u.test(text);
  if (flags.has('spam')) return 'ignore';
  if (flags.has('abusive')) return 'ignore';
  if (flags.has('legal')) return 'legal';
  if (flags.has('escalation')) return 'escalation';
  if (!letters) return reading.tone === 'negative' ? 'complaint' : 'light';
  const stars = reading.stars;
  const lukewarmWords = LUKEWARM.test(folded);
  // Trouble told in a language the word lists do not read (asked only where a rule needs it).
  const unreadGrievance = () => reading.language !== undefined && !LIST_LANGUAGES.has(reading.language) && grievanceElsewhere(text);
  // Three or four stars and something that went wrong, not a shrug ("charged for 4 teas when we
  // had 2", "the shuttle we booked never came", "no record of our booking"): a grievance to answer.
  const wronged = stars !== undefined && stars >= 3 && stars < 5 && (wentWrong || dockedProblem);
  if (wronged) return 'complaint';
  if (stars !== undefined && stars > 2 && stars < 4 && !flags.has('sarcasm')) return 'lukewarm';
  // "Four stars only because delivery took 4 days, but honestly they're a marvel", "honestly a 5, but I'm
  // docking one because I can't stop thinking about the turkey": the star taken off is the only quibble of a fan.
  if (
    stars !== undefined &&
    stars >= 4 &&
    STAR_DOCKED.test(folded) &&
    !dockedProblem &&
    PRAISE.test(folded) &&
    !flags.has('sarcasm') &&
    !flags.has('refund') &&
    !wentWrong
  )
    return 'fan';
  if (flags.has('complaint') || flags.has('sarcasm') || flags.has('refund')) {
    // Four stars, words that read positive and a problem beside the praise ("comfy and cute, but
    // they run a bit big"): the stars say the person is mostly pleased; a lukewarm reply asks what
    // would make it great. Five stars with a problem stays a complaint (the problem is the news).
    // One or two problems, not a list of them ("a mess… waited 20 min… cow's milk though I asked for oat").
    const quibbles = reading.points.filter((p) => p.polarity === 'negative' && !MILD_CRITICISM.test(fold(p.text)));
    const pleasedWithAProblem =
      flags.has('mixed') &&
      stars === 4 &&
      reading.tone === 'positive' &&
      // (A fit note, "they run a bit big", is not counted as a problem of its own.)
      // (Two quibbles about the place, "so loud … tables crammed in", beside the praise still leave them pleased;
      // a 45-minute wait does not.)
      (quibbles.length <= 1 || (quibbles.length === 2 && quibbles.every((p) => PLACE_QUIBBLE.has(p.aspect))));
    const mild =
      (lukewarmWords || onlyMildCriticism(folded) || pleasedWithAProblem) &&
      // "Off day or is this the new normal?": a grievance asked outright is no shrug.
      !GRIEVANCE_QUESTION.test(folded) &&
      // Money taken twice is no shrug, however calmly told ("not cross, just want to know who to speak to").
      !reading.points.some((p) => p.aspect === 'billing' && p.polarity === 'negative' && CHARGED_TWICE.test(fold(p.text))) &&
      (stars === undefined || stars >= 3) &&
      !flags.has('sarcasm') &&
      !flags.has('refund');
    // Four or five stars, praise, and the problem put right ("never arrived, but Tom sorted it in ten
    // minutes. Amazing team!"): the news is how it was handled, which a fan's thanks answers.
    if (
      !mild &&
      stars !== undefined &&
      stars >= 4 &&
      PUT_RIGHT.test(folded) &&
      PRAISE.test(folded) &&
      !flags.has('sarcasm') &&
      !flags.has('refund')
    )
      return 'fan';
    return mild ? 'lukewarm' : 'complaint';
  }
  if (stars !== undefined && stars <= 2 && !flags.has('ratingMismatch')) return 'complaint';
  // Praise and criticism side by side with a shrug ("Fine for invoices, but… Not bad, not amazing") is lukewarm even when the praise reads louder.
  if (flags.has('mixed') && lukewarmWords && (stars === undefined || (stars >= 3 && stars < 4)) && !flags.has('question'))
    return 'lukewarm';
  // A friend tagged with praise of a dish ("@jess this is the place with the jalapeño sausage 🔥",
  // "the three meat plate is NO joke 🔥"): the praise is about us, so a fan's thanks fits.
  if (
    flags.has('offTopic') &&
    // (Not chatter said to be such: "bit off-topic, but I passed my exam", "congrats on the new job", "FIRST 🔥".)
    !DECLARED_CHATTER.test(folded) &&
    reading.tone === 'positive' &&
    (PRAISE.test(folded) || /[🔥😍🤤😋🙌💯]/u.test(text)) &&
    reading.points.some((p) => p.aspect === 'product' && p.polarity !== 'negative' && !p.person && /\p{L}{3,}\s+\p{L}{3,}/u.test(p.text))
  )
    return 'fan';
  if (flags.has('offTopic')) return 'light';
  // A happy customer's lead or wish told after their praise ("…the whole counter sang for mum's 80th.
  // We'll be back with 9 of us, who do I email to book?"): thanks first, the answer inside it.
  if (flags.has('question') && happyCustomersLead(reading, text)) return 'fan';
  // In a language the word lists do not read, a question beside clear trouble ("pobrał mi pieniądze
  // dwa razy… Kto mi to zwróci?", "na 5 werkdagen nog steeds geen antwoord") asks for a remedy: a complaint.
  if (flags.has('question') && unreadGrievance()) return 'complaint';
  if (flags.has('question')) return 'question';
  if (lukewarmWords && reading.tone !== 'positive') return 'lukewarm';
  // Praise and a wish ("solid product… would love a dark mode"): an idea from a pleased customer, not a criticism.
  if (
    flags.has('mixed') &&
    reading.tone === 'positive' &&
    (stars === undefined || stars >= 4) &&
    reading.points.some((p) => p.detail === 'wish') &&
    !reading.points.some((p) => p.polarity === 'negative') &&
    !PROBLEM.test(folded) &&
    !MILD_CRITICISM.test(folded)
  )
    return 'fan';
  // Praise with only a shortfall beside it, no stars ("it's nice! lake is gorgeous. but the rooms are smaller
  // than they look here"): pleased with a reservation, which a lukewarm reply answers.
  if (
    flags.has('mixed') &&
    stars === undefined &&
    !flags.has('question') &&
    onlyMildCriticism(folded) &&
    !wentWrong &&
    !malfunction(reading, folded)
  )
    return 'lukewarm';
  // Four stars with a real criticism beside the praise is lukewarm too ("lovely staff, the room is tired").
  if (flags.has('mixed') && (reading.tone !== 'positive' || (stars !== undefined && stars < 5))) return 'lukewarm';
  // Praise first and then what went wrong ("the room was lovely… the cake we had booked never came,
  // and nobody could tell us why"): the thing that went wrong is what needs the answer, unless
  // they say it was put right.
  if ((wentWrong || malfunction(reading, folded)) && !PUT_RIGHT.test(folded)) return 'complaint';
  if (stars !== undefined && stars >= 4) return 'fan';
  // In a language the word lists do not read, clear trouble with no praise beside it ("Kaffet var kallt och
  // personalen otrevlig") is a complaint, whatever tone the emoji (or their absence) gave.
  if (stars === undefined && unreadGrievance()) return 'complaint';
  // Negative words with nothing that went wrong ("testing if my comments work now, sorry everyone!"): their own apology, not a grievance.
  const grievance =
    stars !== undefined ||
    text.length > 140 ||
    // In a language the word lists cannot read, a negative tone (from upset emoji) is all there is to go on.
    (reading.language !== undefined && !LIST_LANGUAGES.has(reading.language)) ||
    PROBLEM.test(folded) ||
    TROUBLE.test(folded) ||
    reading.points.some((p) => p.polarity === 'negative') ||
    // Negative words about a thing of ours ("payment reminders for invoices they already paid"): about us, not their own slip.
    // (Unless the apology is theirs: "testing if my comments work now, sorry everyone!")
    (reading.points.some((p) => p.aspect !== 'staff' && !p.person) && !/(?<![\p{L}])(?:sorry|my bad|oops|apologi[sz]e)/u.test(folded));
  if (reading.tone === 'negative') return grievance ? 'complaint' : 'light';
  if (reading.tone === 'positive') return 'fan';
  // Friends told "we're going here next Friday": interest in us, which a fan's thanks answers.
  if (PLANS_A_VISIT.test(folded)) return 'fan';
  // Neutral words about nothing of ours and no stars ("Lugano under snow is magical"): a light touch, not "what would have made it great?".
  if (reading.points.length === 0 && stars === undefined) return 'light';
  // Words about a thing with no praise and no stars ("just checking whether my replies show up"): nothing to thank them for.
  // (A dish with delight after it, "La tarte tatin de Lille 😭😭😭", is praise without words.)
  if (
    stars === undefined &&
    !PRAISE.test(folded) &&
    !/[😍🤤🔥😭🥹🙌💯❤🥰😋]/u.test(text) &&
    reading.points.every((p) => p.aspect === 'product' && !p.detail && !p.amount && !p.person)
  )
    return 'light';
  // A short line about a thing of ours ("That view from room 12 ❄️") is a fan's. A longer account with
  // no praise in it is not: a misread story of harm ("die Glaswand der Dusche hat sich gelöst…") must
  // not be thanked for, and asking what would have made it great is safe either way.
  // (Not when the short line tells of a wait or trouble and praises nothing: "Check-in took ages, room at 6pm".)
  const troubleWithoutPraise = !PRAISE.test(folded) && !/[😍🤤🔥🙌💯❤🥰😋]/u.test(text) && TROUBLE.test(folded);
  return reading.points.length > 0 && (PRAISE.test(folded) || (text.length <= 100 && !troubleWithoutPraise)) ? 'fan' : 'lukewarm';
}

/**
 * Things that went wrong, not opinions of how good something was (folded, six languages): a
 * charge for what they did not have or twice, a booking lost, the wrong thing sent or served,
 * what was booked or promised never coming, no answer or apology after it, dye that ran (a dye
 * that fades "un poco" is a shrug), a coeliac's food on a shared board, a server arguing. Three
 * stars with one of these is a complaint, not "what would have made it great?".
 */
/**
 * Something of ours that does not work, told by a fan ("Love you guys. But the new online ordering
 * page keeps kicking me back to the start", "seit dem Update stürzt die App aber jedes Mal ab"): a
 * fault to fix, however warm the rest, unlike a shortfall in quality ("the rooms are smaller than
 * they look"), which a lukewarm reply answers.
 */
const MALFUNCTION =
  /(?<![\p{L}])(?:keeps? (?:kicking|throwing|booting|bouncing|sending|logging) (?:me|us) (?:back|out)|(?:doesn'?t|does not|won'?t|will not|didn'?t|did not|never) (?:work|load|let me (?:log|sign|pay|check|order|book))|(?:not|stopped) working|funktioniert (?:\p{L}+ )?nicht(?: mehr)?|ne (?:marche|fonctionne) (?:pas|plus)|no funciona|non funziona|nao funciona|(?:fell|came|falling|coming) apart (?:after|within|in) (?:\d+|an?|one|two|three|four|five|six|a few|just) (?:days?|weeks?|months?|wears?|uses?|washes)|(?:wiped|deleted|erased|lost) (?:out )?(?:all )?(?:of )?(?:my|our) (?:saved |old )?(?:data|templates?|invoices?|files?|settings|photos?|clients?|history|entries|work))(?![\p{L}])/u;

function malfunction(reading: Pick<Reading, 'points'>, folded: string): boolean {
  return (
    reading.points.some((p) => p.polarity === 'negative' && (p.detail === 'crash' || p.detail === 'outage')) || MALFUNCTION.test(folded)
  );
}

const GRIEVANCE_EVENT = new RegExp(
  `(?<![\\p{L}])(?:${[
    // English
    'charged (?:me |us )?(?:for (?:\\d+|two|three|four|an? extra|the wrong)|twice|double|full price|again)',
    'overcharg\\w*',
    // Not what was shown or sold: "nothing like the photos", "not as described", "the colour listed as 'terracotta' is actually orange".
    'nothing like (?:the |in the )?(?:photos?|pictures?|listing|description|website)',
    '(?:not|nothing) as (?:described|pictured|shown|advertised)',
    'listed as [\'"‘“][^\'"’”]{1,24}[\'"’”] (?:is|was|are|were) (?:actually|really|in fact)',
    // Charged for what was said to be free: "CHF 30 turned up on our final bill".
    '(?:turned up|appeared|showed up|was added|were added) (?:on|to) (?:our|my|the) (?:final )?(?:bill|invoice|receipt|statement)',
    '(?:billed|paid|sent|went out|charged) twice',
    'double[- ]charg\\w*',
    'no record of',
    '(?:lost|cancell?ed|gave away) (?:my|our) (?:booking|reservation|table)',
    "(?:never|didn'?t|did not) (?:came|come|arrive|arrived|show up|showed up|turn up|turned up)",
    '(?:no|not a single|not one) (?:reply|response|apology|answer)(?: yet)?(?! needed)',
    'without (?:any |a )?(?:warning|notice|explanation|telling (?:us|me))',
    // French, Spanish, German, Italian, Portuguese: without warning or explanation, a gesture asked for.
    'sans (?:aucune |la moindre )?(?:information|explication|prevenir|avertissement|excuse)s?',
    'geste commercial',
    'sin (?:previo )?aviso|sin (?:ninguna )?explicacion',
    'ohne (?:jede |vorherige |eine )?(?:vorwarnung|ankundigung|information|erklarung|info|entschuldigung)',
    'senza (?:alcun |nessun )?(?:preavviso|avviso|spiegazione)',
    'sem (?:qualquer |nenhum |nenhuma )?(?:aviso|explicacao)',
    '(?:nobody|no one|no-one) (?:has )?(?:apologi[sz]ed|explained|replied|answered|responded|called (?:us |me )?back|got back)',
    "still (?:no|haven'?t had an?|not had an?) (?:reply|response|answer|refund)",
    'swapped (?:for|with)',
    '(?:sent|gave|served|brought) (?:me |us )?the wrong',
    'wrong (?:order|size|item|pair|dish|room|colou?r)',
    "(?:weren'?t|wasn'?t|not|never) honou?red",
    'cross[- ]contaminat\\w*',
    // A car or a thing of theirs damaged: "den Außenspiegel angeschrammt", "rayé la portière".
    'angeschrammt|zerkratzt|verkratzt|(?:a|ont) raye|rayee?s? (?:la|ma|notre)|rayad[oa]|graffiat[oa]|riscad[oa]',
    'same (?:\\p{L}+ )?(?:board|knife|toaster|fryer|surface|tongs|chopping board|plate|tray)',
    '(?:the )?dye (?:ran|bled)(?! a (?:bit|little))|stained (?:my|our)',
    'argued with (?:us|me)',
    // French
    '(?:facture|debite|preleve)e?s? (?:deux fois|en double)',
    'aucune (?:reponse|trace de (?:notre|ma) reservation|excuse)',
    '(?:sans|pas de) reponse',
    "personne ne (?:m'?a|nous a|s'est) (?:repondu|rappele|explique|excuse)",
    "(?:n'?est|ne sont) jamais (?:arrive|venu)e?s?",
    'mauvaise (?:taille|commande|pointure)',
    // Spanish
    'cobrad[oa]s? (?:dos veces|de mas)',
    '(?:se )?enviaron dos veces',
    'nadie (?:me |nos )?(?:ha |han )?(?:respondido|contestado|explicado|llamado|disculpado)',
    'sin respuesta',
    'nunca (?:llego|llegaron|aparecio|vino)',
    '(?:talla|pedido) equivocad[oa]',
    // German
    '(?:doppelt|zweimal) (?:abgebucht|berechnet|verschickt|belastet)',
    'keine (?:antwort|ruckmeldung|entschuldigung)',
    '(?:niemand hat sich (?:entschuldigt|gemeldet)|entschuldigt hat sich niemand|gemeldet hat sich niemand)',
    'kam (?:nicht|nie)',
    'nie angekommen',
    'falsche (?:grosse|bestellung|lieferung)',
    'falsch zu(?:geordnet)?',
    // Italian
    'addebitat[oi] due volte',
    'nessuna risposta',
    'nessuno (?:ci |mi )?(?:ha |hanno )?(?:risposto|contattato|spiegato|saputo spiegar\\w*)',
    '(?:non e )?mai arrivat[oa]',
    '(?:taglia|ordine) sbagliat[oa]',
    // Portuguese
    'cobrad[oa]s? (?:duas vezes|a mais)',
    '(?:sem|nao tive|ainda nao tive) resposta',
    'ninguem (?:me |nos )?(?:respondeu|explicou|ligou)',
    'par trocado',
    '(?:nunca|nao) chegou',
    'tamanho errado',
    // Something missing from the order, nobody answering or coming, a quoted time blown ("quoted at 20 minutes, we waited 50").
    "(?:wasn'?t|weren'?t|was not|were not|never made it) in (?:the|our|my) (?:bag|box|order|parcel)|(?:nobody|no one|no-one) (?:ever )?(?:picked up|answered|came|showed up|turned up|called back)|quoted (?:us )?(?:at |for )?\\d+ (?:minutes|mins)|(?:said|says|told us|told me) (?:it'?d be |it would be |it was )?(?:ready|done) in \\d+|(?:stood|waited|sat) (?:\\p{L}+ ){0,5}for (?:another )?\\d+(?: more)?(?: minutes| mins)?(?![\\p{L}\\d])|(?:minutes?|hours?|days?) and counting|personne n'est (?:venu|passe)|nadie (?:vino|contesto)|niemand (?:kam|hat abgenommen)|nessuno (?:e venuto|ha risposto)|ninguem (?:veio|atendeu)",
    // Held to their own word: "your own page says 3-6!!", "google says open", "votre site indique…" (a promise not kept).
    'your (?:own )?(?:website|site|web ?page|page|menu(?: board)?|board|sign|listing|ad|advert|app|instagram|facebook|profile|faq)(?: \\p{L}+)? (?:literally |clearly |still )?(?:says|said|states|stated|claims|claimed|shows|showed|promises|promised)',
    "google (?:says|said|shows|showed|listing says) (?:(?:you(?:'re| are| were)|it(?:'s| is| was)) )?open",
    '(?:votre|ton) (?:propre )?(?:site|page|carte|menu|affiche|annonce) (?:dit|disait|indique|indiquait|affiche|annonce|promet|parle d)|(?:ce que|comme) (?:dit|disait|indique|affiche|annonce|promet) (?:votre|ton) (?:propre )?(?:site|page|carte|menu)',
    "(?:that'?s|that is|is) what your (?:own )?(?:website|site|page|menu|listing|ad) (?:says|said|claims|promises)|(?:es lo que|como) (?:dice|pone) (?:vuestra|su|tu) (?:web|pagina|carta)|(?:wie|was) (?:auf )?(?:eurer|ihrer) (?:website|webseite|seite) steht|(?:e quello che|come) dice il vostro (?:sito|menu)|(?:e o que|como) diz o (?:vosso|seu) (?:site|menu)",
    '(?:vuestra|su|tu) (?:propia )?(?:web|pagina|carta|anuncio) (?:dice|decia|pone|ponia|indica|promete)|en (?:vuestra|su|tu) (?:web|pagina) (?:pone|dice)',
    '(?:auf|in) (?:eurer|ihrer|deiner) (?:eigenen )?(?:website|webseite|seite|karte|speisekarte|anzeige) (?:steht|stand|heisst es)',
    '(?:il )?vostro (?:sito|menu|annuncio) (?:dice|diceva|indica|promette)|sul vostro (?:sito|menu) (?:c.e scritto|e scritto)',
    '(?:o )?(?:vosso|seu) (?:site|menu|anuncio) (?:diz|dizia|indica|promete)|no (?:vosso|seu) site (?:diz|esta escrito)',
    // Charged for what they never ordered, or a charge that was not on the menu.
    "(?:we|i) never (?:even )?ordered|(?:we|i) (?:didn'?t|did not) (?:even )?order(?= ?[.,!;)]| ?$| (?:and|but|yet|plus|on|at|for)(?!\\p{L}))",
    "(?:wasn'?t|was not|weren'?t|were not|isn'?t|not) (?:listed |mentioned |written )?(?:on|in) the (?:menu|price list|booking|website)",
    '(?:jamais|pas) commande|(?:no|nunca) (?:lo |la |los |las )?(?:pedimos|pedi|habiamos pedido)|nicht bestellt|(?:mai|non) (?:l.)?(?:abbiamo |ho )?ordinat[oaie]|(?:nao|nunca) (?:o |a |os |as )?(?:pedimos|pedi|encomendamos|encomendei)',
    // Hurried or moved on by the staff.
    '(?:felt|were|was|got) (?:really |so |very |a bit |quite |totally )?rushed',
    '(?:asked|told) (?:us|me) to (?:move|leave|get out|go outside)',
    // Refused by the staff (the English "refused to" is in PROBLEM).
    '(?:refuse|refusent|a refuse|ont refuse) de|se (?:nego|negaron|niega|niegan) a|(?:weigert|weigerte|weigerten) sich|si (?:e |sono )?rifiutat[oaie] di|si rifiuta(?:no)? di|(?:recusou|recusaram)(?:-se)? a|se recus(?:ou|aram) a',
    // Charged anyway: "trotzdem alle Nächte Garage berechnet", "still got charged", "cobrado igualmente".
    'still (?:got |been )?charged|charged (?:us|me) (?:for (?:it|them|that) )?(?:anyway|regardless)|trotzdem (?:\\p{L}+ ){0,4}(?:berechnet|abgebucht|verlangt)|(?:quand meme|malgre tout|malgre cela) (?:\\p{L}+ ){0,4}factur\\p{L}*|(?:aun asi|igualmente|de todas formas) (?:\\p{L}+ ){0,4}cobr\\p{L}*|(?:comunque|lo stesso) (?:\\p{L}+ ){0,4}(?:addebitat\\p{L}*|fatturat\\p{L}*|fatto pagare)|(?:mesmo assim|na mesma) (?:\\p{L}+ ){0,4}cobr\\p{L}*',
    // Dye that ran onto them ("acabé con los pies azules"); a colour that only fades "un poco" is a shrug.
    '(?:me |les |nos )?tin(?:o|eron) (?:los|mis|las) |a deteint sur|ont deteint sur|(?:auf|an) (?:\\p{L}+ ){0,2}abgefarbt|ha stinto (?:su|sui|sulle)|manchou (?:os|as|meus|minhas)|(?:feet|socks|hands|toes) (?:were |turned |went )?(?:blue|green|black|red)|pies azules|pieds bleus|blaue fusse|piedi blu|pes azuis',
    // Staff who snapped at them: "m'a répondu sèchement", "contestó de malas maneras".
    "snapped at (?:us|me)|(?:was|were) (?:really |so |very )?(?:rude|short|curt|dismissive) (?:to|with) (?:us|me)|(?:m'a|nous a|a) repondu (?:tres )?(?:sechement|froidement|mal)|sur un ton (?:sec|desagreable|agressif)|(?:me|nos) (?:contesto|respondio) (?:de malas maneras|de malas formas|mal|con mala cara)|(?:pampig|patzig|schnippisch|unfreundlich) (?:geantwortet|reagiert)|(?:mi|ci) ha risposto (?:male|in malo modo|seccamente)|(?:me|nos) respondeu (?:mal|de forma seca|com maus modos)",
    // Something they cannot use: "so kann ich sie nicht tragen", "can't even wear them".
    "(?:so |damit )?kann ich (?:sie|ihn|es|die \\p{L}+) (?:so )?nicht (?:tragen|benutzen|nutzen|anziehen)|can'?t (?:even )?(?:wear|use) (?:them|it)|(?:no )?(?:me )?(?:las|los|lo|la) puedo (?:poner|usar)|je ne peux pas (?:les|le|la) (?:porter|utiliser)|non (?:le|li|la|lo) posso (?:mettere|indossare|usare)|nao (?:as|os|a|o) (?:posso|consigo) (?:usar|calcar)",
    // Never there at all: "den Shuttle … gab es nie", "das darf nicht passieren".
    'gab es (?:nie|nicht)|darf (?:einfach )?nicht passieren',
  ].join('|')})`,
  'u',
);

/** Something that went wrong was put right, which a fan praises (folded, six languages). */
const PUT_RIGHT =
  /(?<![\p{L}])(?:sorted (?:it|us|this|everything)|fixed (?:it|this)|resolved|put (?:it )?right|made up for|replaced|refunded (?:me|us|straight)|went above|above and beyond|apologi[sz]ed|resolu|rembourse|resuelto|solucionad[oa]|reembolsad[oa]|gelost|erstattet|risolt[oa]|rimborsat[oa]|resolvid[oa])(?![\p{L}])/u;

/** Whether the text tells of something that went wrong (`GRIEVANCE_EVENT`). */
export function grievanceEvent(text: string): boolean {
  return GRIEVANCE_EVENT.test(fold(text));
}

/** A star taken off for one small thing, said as such (folded, six languages). */
/** What a pleased guest may grumble about twice and stay pleased: the noise, the space, the room. */
const PLACE_QUIBBLE: ReadonlySet<string> = new Set(['noise', 'access', 'room']);

const STAR_DOCKED =
  /(?<![\p{L}])(?:(?:seul|petit|unique) bemol|(?:unica|unico) (?:pega|pero|pego)|einzige[rns]? (?:kritikpunkt|wermutstropfen|minuspunkt|manko)|unico (?:appunto|neo|difetto)|unica nota (?:negativa|stonata)|(?:unico|unica) (?:senao|ponto negativo)|only (?:niggle|quibble|minus)|(?:four|4) stars? (?:only|just) (?:because|cos|cause|since)|(?:docking|knocking|taking) (?:off )?(?:one|a star|1)(?: star)?(?: off)? (?:only )?(?:because|for)|quatre etoiles (?:seulement|juste|uniquement) (?:parce qu|car)|cuatro estrellas (?:solo|solamente) (?:porque|por)|vier sterne(?:,)? (?:nur|bloss) (?:weil|wegen)|quattro stelle (?:solo|soltanto) (?:perche|per)|quatro estrelas (?:so|apenas) (?:porque|por))/u;

/**
 * The star taken off for something that went wrong ("knocking one star because the restrooms were
 * gross, no soap", "because a staff member asked us to move out"), not for a joke or a principle
 * ("because I never give five"): the reason, read up to the end of its sentence (folded).
 */
function dockedForAProblem(folded: string): boolean {
  const docked = STAR_DOCKED.exec(folded);
  if (!docked) return false;
  const reason = folded.slice(docked.index + docked[0].length).split(/[.!?\n]/u)[0] ?? '';
  // A delivery that took longer than said is the small thing a fan docks a star for.
  const slowOnly =
    /(?<![\p{L}])(?:took|demorou|tardo|tardaron|a mis|a pris|dauerte|hat \S+ gedauert|ci ha messo|ci hanno messo)(?![\p{L}])/u.test(reason);
  return GRIEVANCE_EVENT.test(reason) || (PROBLEM.test(reason) && !slowOnly);
}

/** A question that is a lead (booking, a group, an event, catering) or a wish, not a need to know (folded). */
export const LEAD_OR_WISH =
  /(?<![\p{L}])(?:who (?:do|should|can) (?:i|we) (?:email|e-mail|contact|talk to|speak to|call|message|ask)|a qui (?:dois-je|je dois|puis-je|on doit|faut-il) (?:m'adresser|ecrire|parler|envoyer)|qui (?:dois-je|je dois|faut-il) contacter|con quien (?:tengo que|debo|puedo) hablar|a quien (?:me dirijo|escribo|tengo que escribir)|an wen (?:kann|muss|soll) ich mich wenden|a chi (?:devo|posso) (?:rivolgermi|scrivere)|a quem (?:me devo dirigir|devo contactar|devo escrever)|how (?:do|can) (?:i|we) (?:book|reserve)|can (?:i|we) (?:book|reserve)|do you (?:take|do|accept) (?:reservations|bookings|large groups|groups|parties|events)|do (?:you|y'?all) (?:cater|do catering|do events)|cater\w*|wedding|rehearsal dinner|birthday party|private (?:party|event|hire)|a qui (?:ecrire|m'adresser|ecrit-on)|comment reserver|peut-on reserver|(?:des |une )?tables? pour (?:une )?(?:\d+|dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine)|pot de depart|privatiser|mesas? para (?:unas |unos )?\d+|tisch(?:e)? fur \d+|tavol[oi] per \d+|mesas? para \d+|(?:a quien|con quien) (?:escribo|hablo|contacto)|como reservo|se puede reservar|wie kann (?:ich|man) (?:buchen|reservieren)|kann man (?:reservieren|buchen)|an wen (?:schreibe|wende)|a chi (?:scrivo|mi rivolgo)|come prenoto|si puo prenotare|a quem (?:escrevo|falo)|como reservo|posso reservar)(?![\p{L}])/u;

/**
 * Praise of a visit or a product told first, then only a lead or a wish asked (README: "a happy
 * customer with a booking or catering lead" is a fan): the praise is most of what they wrote.
 */
function happyCustomersLead(reading: Pick<Reading, 'flags' | 'tone' | 'stars' | 'questions'>, text: string): boolean {
  if (reading.tone !== 'positive' || reading.questions.length === 0) return false;
  if (reading.stars !== undefined && reading.stars < 4) return false;
  if (reading.flags.some((flag) => flag === 'complaint' || flag === 'sarcasm' || flag === 'refund' || flag === 'mixed')) return false;
  if (!reading.questions.every((q) => LEAD_OR_WISH.test(fold(q)) || WISH.test(fold(q)))) return false;
  let rest = text;
  for (const question of reading.questions) rest = rest.replace(question, ' ');
  // ("…don't want to turn up and all be stood at the door 😅 thanks x": thanks signing off a request is no praise.)
  const praise = fold(rest).replace(SIGN_OFF_THANKS, ' ');
  return PRAISE.test(praise) && rest.replace(/\s+/gu, ' ').trim().length >= 60;
}

/** Thanks that sign off a message (folded, at its end): "thanks x", "thank you in advance!", "merci d'avance". */
const SIGN_OFF_THANKS =
  /(?<![\p{L}])(?:many thanks|thanks?(?: you)?(?: so much| very much| in advance| a lot| loads)?|ty|cheers|merci(?: d'avance| beaucoup| par avance)?|danke(?: im voraus| schon| vorab)?|vielen dank(?: im voraus)?|gracias(?: de antemano| por adelantado)?|grazie(?: mille| in anticipo)?|obrigad[oa](?: desde ja)?)(?![\p{L}])[^\p{L}]*(?:x+|xx+|xo)?[^\p{L}]*$/u;

/** Money back asked for, in six languages (folded): a cancellation alone is not a refund. */
export const MONEY_BACK =
  /(?<![\p{L}])(?:refund\w*|money back|difference back|reimburs\w*|charg\w*|rembours\w*|reembols\w*|devuelv\w*|erstatt\w*|ruckerstatt\w*|geld zuruck|rimbors\w*|dinheiro de volta|devolv\w*)/u;

const MILD_EVERYWHERE = new RegExp(MILD_CRITICISM.source, 'giu');

/** Praise beside criticism that is only mild ("lovely staff, the bathroom is a bit dated"): no real grievance. */
function onlyMildCriticism(folded: string): boolean {
  if (!MILD_CRITICISM.test(folded) || !PRAISE.test(folded)) return false;
  return !PROBLEM.test(folded.replace(MILD_EVERYWHERE, ' '));
}

/** A question asking whether the business will offer something ("will you", "any plans to", "allez-vous"), folded. */
const WISH =
  /^(?:\W*)(?:will you|are you (?:going|planning) to|do you (?:plan|intend) to|any (?:plans|chance)|would you (?:consider|ever)|could you (?:make|bring|add|do)|will there be|is there any chance|vous allez|allez-vous|avez-vous prevu|comptez-vous|y aura-t-il|vais a|vas a|vais a sacar|teneis pensado|habra|werdet ihr|werden sie|wird es|plant ihr|gibt es bald|avrete|farete|pensate di|ci sara|vao (?:lancar|fazer|ter)|vai haver|pensam em|tem planos)/u;
