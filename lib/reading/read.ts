import { primed, primePatterns } from '@/lib/classifier/pattern-priming';
import { ITEM_FLAGS, type ItemFlag, type Labels, type Tone } from '@/lib/classifier/labels';
import { type ModelFlag, modelFlags } from './flag-model';
import {
  ABUSE_AT_PERSON,
  ASK_PHRASE,
  COMMUNITY_QUESTION,
  ENJOYING_TROUBLE,
  IRONIC_APPLAUSE,
  DENIED_PROBLEM,
  NEGATED_PRAISE,
  PERSONAL_NEWS,
  PRAISED_SERVICE,
  RHETORICAL,
  GRIEVANCE_QUESTION,
  CONTRAST,
  AUDIENCE,
  ESCALATION,
  fold,
  HAZARD,
  NAMED_DANGER,
  LEGAL,
  OFF_TOPIC_CUE,
  LAUGHTER,
  PLANS_A_VISIT,
  PRAISE,
  PRAISE_SLANG_ALL,
  SUPPOSING,
  RETURN_INTENT,
  PROBLEM,
  QUESTION_CUE,
  REFUND,
  SARCASM_EMOJI,
  SARCASM_PRAISE,
  STANDALONE_IRONY,
  STARPROOF_IRONY,
  namesBusiness as namesOwnBusiness,
  SELLER_CONTACT,
  SERVICE_AD,
  SPAM,
  SPAM_WEAK,
  SWEARING,
  TARGETED_ABUSE,
  TIME_SAVING_VERB,
  TROUBLE,
} from './cues';
import { languageName } from '@/lib/display/language';
import { detectLanguage } from './language';

export { languageName };
import { extractPoints, FAST_DELIVERY, sentencesOf, type Point } from './points';
import { isSituation } from './situations';

/** Every flag a reading can carry. The first six are the classifier's own. */
export const READING_FLAGS = ITEM_FLAGS;
export type ReadingFlag = ItemFlag;

export interface Reading {
  /** ISO 639-1, or 'und' when the text has too few letters to tell. */
  language: string;
  languageConfidence: number;
  tone: Tone;
  scores: { positive: number; neutral: number; negative: number };
  flags: ReadingFlag[];
  /** The question sentences themselves, so a reply can answer them. */
  questions: string[];
  /** What exactly the person said. */
  points: Point[];
  topics: Labels['topics'];
  /** Plain sentences a marketer reads at a glance. */
  reasons: string[];
  /** The rating on a five-star scale, when the item has one. */
  stars?: number;
}

export interface ReadInput {
  text: string;
  title?: string;
  rating?: number;
  ratingMax?: number;
  author?: string;
}

export interface ReadOptions {
  /** The tone classifier (lib/classifier's classify); injected so the model loads where the caller wants. */
  classify: (text: string, options?: { language?: string }) => Labels;
  /** The business's own words (brand, replier), never read as a staff member's name. */
  ownWords?: string[];
  /** A language already known for this text (e.g. from the browser's detector). */
  language?: { language: string; confidence: number };
  /** Off only when training the learned flags (lib/reading/flag-model.ts), to see the rules alone. */
  learnedFlags?: boolean;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Five-star scale, or undefined. A rating of 0 means "no rating shown" on most sites. */
export function starsOf(rating: number | undefined, ratingMax: number | undefined): number | undefined {
  if (rating === undefined || !Number.isFinite(rating) || rating <= 0) return undefined;
  const max = ratingMax && ratingMax > 0 ? ratingMax : 5;
  const stars = Math.min(5, Math.max(0, (rating / max) * 5));
  return Math.round(stars * 10) / 10;
}

export const LUKEWARM_WORDS = primed(
  /(?<![\p{L}])(?:[4-7](?:[.,]5)?\s?\/\s?10s?(?![\p{N}])|(?:a notch|one notch|a step|a cut) above|overhyped|over-hyped|(?:was|were|is|are) mid(?![\p{L}])|not life[- ]changing|nothing to write home about|underwhelming|razoave\w*|(?<!(?:alla|la|in|a|sulla|fino alla|à la|a la) )fine(?! (?:dining|print|art|arts|wine|wines|grain|line|tuning))|(?:was|is|were|are|it's|its|just|only|pretty|fairly|kinda|quite|seems|seemed) (?:ok|okay)|ok-?ish|ok(?:ay)? at best|ok(?:ay)? but|decent|meh|alright|passt schon|(?:nur )?so ?la ?la|ganz (?:ok|okay|nett|in ordnung)|(?:ned|net|nicht) (?:so )?(?:uberragend|berauschend)|(?<!(?<![\p{L}\p{N}])(?:the|our|my|your|their|on|per|than|from|weighted|daily|weekly|monthly|yearly|annual|moving|running) )average(?! (?:of|across|per|over|\p{L}+ (?:time|days|rate))(?![\p{L}]))(?! (?:time|times|days?|payment|payments|number|rating|cost|price|wait|order|invoice|response|delivery|basket|spend|customer|user|week|month|year|score|ticket|turnaround|revenue|salary|income)s?(?![\p{L}]))|nothing special|nothing memorable|pleasant enough|not bad(?! at all)|so-so|it's fine|does the basics|forgettable|pas mal(?! du tout)|correct|sans plus|bof|(?<!(?:c'est|est-ce|es|e|ist (?:das|es)|is (?:it|this|that)) )normal(?!e? (?:que|che|dass|that)|\s+(?:milk|size|price|prices|coffee|tea|menu|hours|one|ones|service|room|rooms|lait|leche|milch|latte|leite))|regular|nada especial|esta bien|geht so|(?:ganz|schon|war|ist) (?:ok|okay)|nichts besonderes|nel complesso ok|niente di speciale|discreto|razoavel|nada de especial|does the job(?! (?:perfectly|brilliantly|beautifully|really well|so well))|gets the job done|nothing fancy|kinda basic|a bit basic|pretty basic|can't complain|cannot complain|not complaining|no complaints|serviceable|fair enough|it's ok|it's okay|(?:^|[.!?] )(?:nice|good) enough|(?:it'?s|it was|it is|overall|all in all,?|pretty|was) (?:nice|good) enough(?! (?:but|though))|(?:would|'d|might) (?:come back|return|go back|stop by again) if (?:i'?m |we'?re |i was |we were |you'?re )?(?:in the area|passing|nearby|in town)|not sure (?:it'?s|it was|if it'?s|if it was|it is) worth|(?:liked|like) it,? (?:but )?(?:didn'?t|did not|don'?t|do not) love it|for the basics|niente di che|nulla di che|rien de fou|nada del otro mundo|nichts weltbewegendes|nada de mais|nada demais|(?:really |so )?wanted to (?:like|love) (?:it|this|them|this place|the \p{L}+))(?![\p{L}])/u,
);

/** Letters other than those of links, handles and hashtags. */
function wordsOutsideLinks(text: string): number {
  return (
    text
      .replace(/(?:https?:\/\/|www\.)\S+|(?<!\S)\S+\.(?:com|example|org|net|io|ly)\S*|[@#][\p{L}\p{N}_.]+/giu, ' ')
      .match(/\p{L}{2,}/gu) ?? []
  ).length;
}

function hasLink(text: string): boolean {
  return /(?:https?:\/\/|www\.)\S+|(?<![\p{L}\p{N}-])[\p{L}\p{N}-]+\.(?:com|example|org|net|io|ly|co)(?:\/\S*)?/iu.test(text);
}

/** "you" and "your" in six languages (folded), as a question put to the business has them. */
const ASKS_YOU =
  /(?<![\p{L}])(?:you|your|y'all|yall|u|vous|votre|vos|usted|ustedes|vosotros|os|vuestr[oa]s?|teneis|haceis|ihr|euch|eure?|haben sie|voi|vostr[oaie]|avete|fate|voces|vosso|vossa|teem|tem)(?![\p{L}])/u;

/** Questions nobody asks the business (folded): the comment section's roll call, a joke at oneself. */
const CHATTER_QUESTION =
  /(?<![\p{L}])(?:(?:who(?:'s| is)|anyone|anybody) (?:else )?(?:still )?(?:watching|here|listening)(?: (?:to )?(?:this|it))?(?: (?:in|after|from))? (?:\d{4}|this year)|quem (?:(?:esta|ta|ainda esta) a ver|(?:ainda )?ve|(?:esta|ta) vendo) (?:isto|isso|este video)|quien (?:esta viendo|sigue viendo|ve|mira) (?:esto|este video)(?: en)?|qui (?:regarde|est la)(?: encore)?(?: en \d{4})?|wer (?:schaut|guckt|sieht) (?:sich )?(?:das|dieses video) (?:noch|auch|im jahr|\d{4})|chi (?:sta guardando|guarda|e qui)(?: ancora)?(?: questo video| nel \d{4})|(?:c'est|c est) grave,? (?:docteur|doc)|is (?:that|this|it) (?:bad|wrong|weird|normal),? doc(?:tor)?|am i (?:the only one )?(?:obsessed|addicted))(?![\p{L}])/u;

/** A question sentence: ends with "?" or opens like one. */
/**
 * Two words that ask when, where or how much, or whether open on a day (folded): "Quando chega?",
 * "Open Sunday?", "Ouvert dimanche ?" ("What happened?" and "Why not?" are more often said at us
 * than asked).
 */
const TWO_WORD_ASK =
  /^\s*(?:(?:open|opened|ouverts?|ouvertes?|abiertos?|abiertas?|geoffnet|offen|aperti?|aperte?|abertos?|abertas?)\s+(?:today|tomorrow|tonight|now|late|later|sunday|monday|tuesday|wednesday|thursday|friday|saturday|sundays|mondays|weekends?|aujourd'hui|demain|ce soir|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|hoy|manana|domingo|lunes|martes|miercoles|jueves|viernes|sabado|domingos|heute|morgen|sonntags?|montags?|samstags?|oggi|domani|domenica|lunedi|sabato|hoje|amanha|segunda)|(?:when|where|quand|ou|combien|cuando|donde|cuanto|wann|wo|wieviel|quando|dove|quanto|onde)\s+(?!(?:not|else|now|so|then|nicht|sonst|pas|non|nao|no|mais)(?![\p{L}]))\p{L}{2,})[\s?!.…]*$/u;

function isQuestionSentence(sentence: string): boolean {
  // "(Zoe?)" is an aside, not a question to the business.
  const bare = fold(sentence.replace(/^[@#][\w.]+\s*/u, '').replace(/\([^()]{0,40}\)/gu, ' '));
  if (!/[?？¿]/u.test(bare) && /[?？¿]/u.test(sentence) && !ASK_PHRASE.test(bare)) return false;
  // "Who's watching this in 2025?", "c'est grave docteur ?": chatter, not asked of the business.
  if (CHATTER_QUESTION.test(bare)) return false;
  // "?!" is indignation ("Sério que cobram portes?!"), and a rhetorical question is a complaint.
  if (RHETORICAL.test(bare) || /\?+\s*!/u.test(sentence)) return false;
  // "Does the job for basic invoicing." is a shrug, not a question without its mark.
  if (!/[?？¿]/u.test(sentence) && LUKEWARM_WORDS.test(bare)) return false;
  // "Does the job perfectly.", "Does exactly what it says.": a verdict, not a question without its mark.
  if (
    !/[?？¿]/u.test(sentence) &&
    /^\W*(?:does|did) (?:the (?:\p{L}+ )?job|exactly|what it says|its job|everything|it all)(?![\p{L}])/u.test(bare)
  )
    return false;
  // "Did the Fern & Fig vs Little Crumb thing this week.": what they did, told with the "I" left out.
  if (
    !/[?？¿]/u.test(sentence) &&
    /^\W*did (?:the|a|an|my|our|that|this) (?:[\p{L}\p{N}&'-]+ ){0,7}(?:thing|challenge|test|taste test|comparison|crawl|tour|run|trip|walk|hike|course|class|tasting)(?![\p{L}])/u.test(
      bare,
    )
  )
    return false;
  // "y'all do happy hour or nah 👀": a yes-or-no question without its mark.
  if (/(?<![\p{L}])or (?:nah|not|no|nope)\W*$/u.test(bare.replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, '').trim())) return true;
  if (ASK_PHRASE.test(bare) && !/!\s*$/u.test(sentence)) return true;
  // Without a question mark, "Will be back!" or "Can't wait" are not questions.
  if (!/[?？¿]/u.test(sentence)) return false;
  // "It's fine?" or "Honestly it was fine?" is a shrug, not a question.
  if (LUKEWARM_WORDS.test(bare) && !QUESTION_CUE.test(bare)) return false;
  // Two words are enough when the sentence is framed as a question ("¿aceptáis Bizum?", "Dogs allowed?" is not framed).
  const words = (bare.match(/\p{L}{2,}/gu) ?? []).length;
  // "Vestono grandi?", "Servem bem?", "Fazem entregas?": a plural verb first frames two words as a question too.
  // "Quando chega?", "Where now?": when or where first frames two words as well.
  return (
    words >= 3 ||
    (words === 2 &&
      (/^\s*¿/u.test(sentence) ||
        /^\s*\p{L}{3,}(?:ono|ano|ate|ete|ite|iamo|em|am|ais|eis|ez|ons)(?![\p{L}])/u.test(bare) ||
        TWO_WORD_ASK.test(bare)))
  );
}

/** "But" in each language: "mas" is Portuguese "but" and Spanish "more", so each language has its own list. */
const CONTRAST_WORDS: Record<string, string> = {
  en: 'but|however|though|although|except',
  fr: 'mais|par contre|cependant|pourtant',
  es: 'pero|sin embargo|aunque',
  de: 'aber|jedoch|allerdings|trotzdem',
  it: 'ma|pero|tuttavia',
  pt: 'mas|porem|no entanto|contudo',
};

/** Praise marked as meant: the reason for the stars given, in fairness, the saving grace (folded, six languages). */
const FAIR_PRAISE =
  /(?<![\p{L}])(?:genuinely|which is why|the only reason|only reason|saving grace|to be fair|in fairness|credit where|(?:\d|one|two|three|four) stars? (?:and not|instead of|rather than)|(?:is|are) why (?:this|it|i)|pour etre honnete|il faut reconnaitre|a decir verdad|hay que reconocer|fairerweise|zugegeben|bisogna dire|va detto|verdade seja dita|e por isso que|c'est pour ca que|por eso|deshalb|per questo)(?![\p{L}])/u;

/** Time a thing saves them, up to the duration ("saves me two hours", "spart mir jede Woche eine Stunde"), folded. */
const TIME_SAVED = new RegExp(`(?<![\\p{L}])${TIME_SAVING_VERB}(?:\\s+[\\p{L}'\\d]+){1,6}`, 'gu');
/**
 * Speed told as praise (folded): "got it in two minutes", "served within five minutes", "fixed in under an
 * hour", "en deux minutes", "en cinco minutos", "in zwei Minuten", "in due minuti", "em dois minutos". A
 * time it took that short is no wait for praise to be ironic about.
 */
const QUICK_SERVICE = new RegExp(
  (() => {
    const done =
      'got|served|ready|arrived|came|delivered|done|fixed|sorted|answered|replied|responded|resolved|refunded|servi|livre|repondu|regle|servido|entregado|listo|resuelto|respondido|geliefert|serviert|erledigt|beantwortet|da|fertig|servito|consegnato|pronto|risolto|entregue|resolvido';
    const within = '(?:in|within|under|en|dans|entro|em|dentro de|innerhalb von?)';
    const only =
      '(?:just |only |about |like |literally |under |less than |moins de |menos de |weniger als |meno di |seulement |solo |nur |apenas )?';
    // Minutes up to a quarter of an hour, seconds, or an hour or two.
    const short =
      "(?:(?:[1-9]|1[0-5]|one|two|three|four|five|ten|a few|a couple of|une?|deux|trois|cinq|dix|quelques|un[oa]?|dos|tres|cinco|diez|unos|ein(?:e|en)?|zwei|drei|funf|zehn|wenigen|due|cinque|dieci|pochi|um|uma|dois|duas|poucos) (?:min|mins|minutes?|minuten|minutos?|minuti)|(?:\\d+|a few|some|quelques|unos|wenigen|pochi|poucos) (?:seconds?|secs?|secondes?|segundos?|sekunden|secondi)|(?:an?|one|two|1|2|une|deux|una|dos|eine(?:r)?|zwei|un'|due|uma|duas) (?:hours?|heures?|horas?|stunden?|or[ae]))";
    return `(?<![\\p{L}])(?:(?:${done})(?: (?:it|them|us|me|our \\p{L}+|my \\p{L}+|the \\p{L}+))? ${within} ${only}${short}|${within} ${only}${short} (?:erledigt|geliefert|serviert|beantwortet|da|fertig|gelost))(?![\\p{L}])`;
  })(),
  'gu',
);

/** A past incident told (folded, six languages): "had a reaction", "found glass", "last time", "yesterday". */
const PAST_INCIDENT =
  /(?<![\p{L}])(?:had|got|was|were|found|saw|seen|noticed|spotted|ended up|went|became|turned|started|ate|eaten|drank|served|gave|bit|last (?:time|week|night|visit|month)|yesterday|this morning|after (?:eating|our|my|the|lunch|dinner|breakfast)|a eu|avons eu|a ete|ai eu|etait|trouve|hier|tuvo|tuve|fue|estuvo|encontre|ayer|hatte|hatten|war|waren|gefunden|gestern|ha avuto|ho avuto|era|stato|stata|trovato|ieri|teve|tive|foi|esteve|encontrei|ontem)(?![\p{L}])/u;
/** A standing condition or a what-if (folded): "has a nut allergy", "carries an EpiPen", "if he eats it". */
const RISK_HABIT =
  /(?<![\p{L}])(?:(?:has|have|with) (?:an? |a severe |severe |a bad |bad )?(?:\p{L}+ )?(?:allerg\p{L}*|intoleran\p{L}*)|(?:is|are|i'm|i am|she's|he's) (?:severely |very |really )?(?:allergic|coeliac|celiac|intolerant|diabetic)|carr(?:y|ies) an? (?:epipen|epi-pen|inhaler)|if (?:he|she|they|i|we|you|my|our|it) |in case|whenever|ends up|gets (?:sick|ill|car ?sick)|in the car|car ?sick|travel ?sick|allergic to|est (?:tres )?allergique|a une allergie|si (?:il|elle|on|je) |es (?:muy )?alergic[oa]|tiene (?:una )?alergia|si (?:come|toma) |ist (?:stark )?allergisch|hat eine \p{L}*allergie|wenn (?:er|sie|ich) |e (?:molto )?allergic[oa]|ha un'allergia|se (?:mangia|prende) |tem (?:uma )?alergia|e (?:muito )?alergic[oa]|se (?:comer|tomar) )/u;

/**
 * Time and repetition said fondly (folded): "still thinking about it", "would queue again 10/10",
 * "worth every minute of the wait", "never had a better one". A fan's words, not a bad situation
 * for praise to be ironic about.
 */
const FOND_TIME =
  /(?<![\p{L}])(?:still (?:thinking|dreaming|talking|raving|craving|obsessed|loving|love|in love|smiling|buzzing|full|the best|my favou?rite|going strong|hits|slaps|can'?t stop)|(?:would|will|'d|gonna|going to|can'?t wait to|definitely|def|100%|totally|happily|gladly) (?:[\p{L}\d]+ ){0,3}again|again and again|(?:\d+|eleven|ten)\/10(?: would)?(?: \p{L}+){0,3} again|worth (?:the|every|all the|each|it for the) (?:\p{L}+ ){0,3}(?:wait|queue|line|hour|hours|minute|minutes|drive|trip|penny|cent)|(?:hours?|minutes?) (?:well )?spent|(?:working|writing|studying|sitting|sat|back|brunching|here) (?:from|at|in|to) (?:@?[\p{L}\d_.&']+ ){1,3}again|camp(?:ing|ed)? out (?:for )?(?:\d+|an?|two|three|four|five|all) (?:\p{L}+ )?(?:hours?|day|afternoon|morning)|(?:could|would|'d) (?:happily )?(?:stay|sit|work) (?:there |here )?(?:for )?hours|never (?:had|tasted|seen|eaten|found) (?:a |an |anything |one )?(?:better|so good|this good|nicer|tastier)|another (?:great|amazing|perfect|lovely|fantastic|brilliant|banger|winner|hit|gem|delicious|incredible|wonderful)|sigo pensando|todavia (?:pienso|sueno)|denke? (?:immer )?noch (?:an|daran)|ci penso ancora|ancora ci penso|ainda (?:penso|sonho)|j'y pense encore|encore et encore|toujours aussi (?:bon|bonne|delicieux|delicieuse|parfait|parfaite))(?![\p{L}])/gu;

/**
 * Their own worry, their family's ways or the weather, told before a "but" that turns to us (folded):
 * "I was dreading the dentist as always, but Dr Patel was so gentle", "my kids are usually terrible in
 * restaurants but your staff kept them entertained", "the rain was awful all weekend but the cabin was
 * cosy", "j'avais un peu peur mais…", "tenía miedo pero…". Nothing of ours went wrong: the words are
 * left out where the reading looks for problems and tone, when what follows the "but" is praise.
 */
/**
 * Something they are afraid of doing, not something that happened (folded): "I'm scared of staining
 * them", "me da miedo mancharlas", "j'ai peur de les abîmer", "ich habe Angst, sie zu ruinieren".
 * A worry before buying or using, which a question about care answers; left out where the reading
 * looks for problems.
 */
const FEARED_ACT =
  /(?<![\p{L}])(?:(?:i'?m|i am|we'?re|we are|a bit|bit|so|always) (?:\p{L}+ )?(?:scared|afraid|worried|nervous|terrified|wary) (?:of|about) \p{L}+ing|(?:me da|me dan|tengo|me daba) (?:\p{L}+ )?miedo (?:de |a )?(?:que )?\p{L}+(?:ar|er|ir)(?:la|las|lo|los|le|les)?|me preocupa \p{L}+(?:ar|er|ir)(?:la|las|lo|los)?|j'ai (?:un peu |tres |trop )?peur de (?:les |la |le |l')?\p{L}+(?:er|ir|re)|(?:ich habe|hab|habe) (?:\p{L}+ )?angst,? (?:\p{L}+ ){0,3}zu \p{L}+|ho (?:un po' di |molta |tanta )?paura di \p{L}+(?:are|ere|ire)(?:l[aeio])?|tenho (?:um pouco de |muito )?medo de \p{L}+(?:ar|er|ir)(?:-las|-los|-la|-lo)?)(?![\p{L}])/gu;

const OWN_WORRY_BEFORE_BUT = new RegExp(
  `(?<![\\p{L}])(?:${[
    "(?:i|we)(?: was| were|'d been| had been| am|'m| have always been|'ve always been| always get| always feel| get| got| felt| had been so)? (?:\\p{L}+ ){0,2}(?:dreading|nervous|anxious|scared|worried|terrified|hesitant|skeptical|sceptical|apprehensive|reluctant|afraid|petrified|wary|doubtful|a nervous wreck|a wreck)",
    '(?:my|our) (?:\\p{L}+ )?(?:kids?|children|son|daughter|dog|toddler|baby|husband|wife|partner|mum|mom|dad|boy|girl|twins|teenagers?|teens?|puppy) (?:\\p{L}+ ){0,2}(?:is|are|was|were|can be|gets?|got) (?:\\p{L}+ ){0,2}(?:terrible|a nightmare|difficult|fussy|picky|anxious|nervous|scared|hard work|a handful|wild|impossible|grumpy|shy|terrified|afraid)',
    'the (?:weather|rain|wind|traffic|snow|storm|heat|flight|journey|drive|train|ferry|commute|forecast) (?:\\p{L}+ ){0,2}(?:was|were|is|had been) (?:\\p{L}+ ){0,2}(?:awful|terrible|horrible|dreadful|miserable|rubbish|bad|grim|delayed|late|long|a nightmare|atrocious)',
    "j'(?:avais|ai eu) (?:un peu |tres |super |vraiment )?(?:peur|le trac|des doutes)|(?:j'etais|nous etions) (?:\\p{L}+ )?(?:stresse|angoisse|inquiet|nerveu|sceptique)\\p{L}*",
    '(?:tenia|teniamos|me daba) (?:mucho |un poco de |algo de )?(?:miedo|panico|nervios|dudas)|(?:estaba|estabamos) (?:muy |un poco |algo )?(?:nervios|asustad|preocupad|esceptic)\\p{L}*',
    'ich hatte (?:\\p{L}+ ){0,2}(?:angst|bammel|panik|bedenken)|(?:ich war|wir waren) (?:\\p{L}+ ){0,2}(?:nervos|aufgeregt|skeptisch|angstlich)\\p{L}*',
    "avevo (?:un po' di |molta |tanta |un po' )?(?:paura|ansia|timore|dubbi)|(?:ero|eravamo) (?:\\p{L}+ )?(?:nervos|preoccupat|agitat|scettic|in ansia)\\p{L}*",
    '(?:tinha|tinhamos|estava com|estavamos com) (?:muito |um pouco de |algum )?(?:medo|receio|panico)|(?:estava|estavamos) (?:muito |um pouco )?(?:nervos|ansios|preocupad|apreensiv|receos)\\p{L}*',
  ].join('|')})[^.!?;]*?(?=[\\s,;—-]+(?:but|yet|however|mais|pero|aber|doch|ma|mas|porem)(?![\\p{L}]))`,
  'gu',
);

/**
 * Their own hard time before our part in it (folded): "after the worst week at work, your flat white saved my
 * Friday", "our flight was delayed 6 hours and we arrived exhausted, but the night porter…", "my son was sick all
 * week and the team let us move the booking", "was skeptical after all the hype". Never a problem of ours, nor a
 * point to thank or apologise for (a child sick *after* a meal is never theirs alone: not matched).
 */
const OWN_HARDSHIP = new RegExp(
  `(?<![\\p{L}])(?:${[
    // "my bank is starting to hate me", "my accountant will hate me": their own side's mock despair, no fault of ours.
    '(?:my|our) (?:bank|bank account|accountant|bookkeeper|wallet|card|credit card|partner|wife|husband|boss|tax advisor) (?:is (?:starting to |going to |gonna |beginning to )?|will |would |already |)(?:hate|hates|hating|cry|cries|crying|kill|murder) (?:me|us)',
    '(?:after|following) (?:the |a |my |our |such an? |one of the )?(?:worst|longest|long|rough|terrible|horrible|hard|awful|bad|stressful|crazy|hectic|exhausting|brutal|tough|miserable) (?:\\p{L}+ ){0,2}(?:weeks?|days?|shifts?|months?|years?|mornings?|nights?|flights?|journeys?|drives?|trips?)(?: (?:at|of|in) (?:work|my life|the year|the office|school|uni))?',
    '(?:our|my|the) (?:flight|train|plane|ferry|bus|connection|coach) (?:was |got |had been |has been )?(?:delayed|cancell?ed)(?: (?:by |for )?(?:\\d+|an?|one|two|three|four|five|six|several) (?:hours?|hrs?))?(?: and (?:we|i) (?:arrived|got in|got there|landed) (?:\\p{L}+ |\\d+ ){0,3}(?:exhausted|late|at midnight|after midnight|at \\d+(?: ?[ap]m)?))?',
    '(?:my|our) (?:\\p{L}+ )?(?:son|daughter|kids?|child|children|husband|wife|partner|mum|mom|dad|baby|little one|boy|girl) (?:was|were|got|fell|had been|has been) (?:\\p{L}+ )?(?:sick|ill|unwell|poorly|in hospital)(?: all (?:week|night|day|weekend))?(?!(?: [\\p{L}\\d]+){0,4} (?:after|from|because of|since) )',
    '^(?:was|were|been) (?:so |a bit |pretty |really |very )?(?:skeptical|sceptical|nervous|dreading it|worried|anxious|hesitant|wary|doubtful)(?: (?:after|about|of|because of) (?:all )?(?:the )?\\p{L}+)?',
    'apres une (?:semaine|journee) (?:horrible|difficile|epuisante|de fou|infernale|de dingue)',
    'despues de una (?:semana|jornada) (?:horrible|dura|agotadora|de locos|infernal)|despues de un dia (?:horrible|duro|agotador|de locos)',
    'nach einer (?:harten|langen|anstrengenden|stressigen|schrecklichen) (?:woche|schicht|reise)|nach einem (?:harten|langen|anstrengenden|stressigen|schrecklichen) tag',
    'dopo una (?:settimana|giornata) (?:pesante|terribile|difficile|stancante|infernale)',
    'depois de uma (?:semana|dia) (?:horrivel|dificil|cansativ[oa]|terrivel|infernal)|depois de um dia (?:horrivel|dificil|cansativo|terrivel)',
  ].join('|')})(?![\\p{L}])`,
  'gu',
);

/**
 * Their own child's or dog's ways, and the pain they left behind (folded): "our little one is 1 and a nightmare in
 * restaurants lol", "nach drei Jahren Excel-Chaos endlich umgestiegen", "after years of spreadsheet hell": no problem of ours.
 */
const OWN_WAYS = new RegExp(
  '(?<![\\p{L}])(?:after|nach|apres|despues de|dopo|depois de) (?:\\p{L}+ |\\d+ ){0,4}(?:of |de |di )?(?:\\p{L}+[- ])?(?:chaos|hell|nightmares?|headaches?|mess|pain|struggles?|frust\\p{L}*|gefrickel|zettelwirtschaft|enfer|galere|infierno|caos|inferno)(?![\\p{L}])|' +
    '(?<![\\p{L}])(?:my|our) (?:\\p{L}+ )?(?:kids?|children|son|daughter|little ones?|toddlers?|baby|dog|puppy|boy|girl|twins|teenagers?|teens?)(?: \\p{L}+| \\d+){0,4} (?:is|are|was|were|can be|gets?|got) (?:\\p{L}+ |\\d+ ){0,3}(?:terrible|a nightmare|a terror|a handful|a menace|difficult|fussy|picky|wild|hard work|impossible|grumpy)(?: (?:in|at|with|around) \\p{L}+)?|(?<![\\p{L}])(?:have|with|bringing|bring) (?:a|an|two|three|\\d) (?:\\p{L}+ )?(?:kids?|children|toddlers?|babies|baby|dogs?|puppy|boys?|girls?|twins|teenagers?) (?:who|that) (?:is|are|can be|gets?) (?:\\p{L}+ ){0,2}(?:terrible|a nightmare|a terror|a handful|a menace|difficult|fussy|picky|wild|hard work|impossible|grumpy)(?: (?:in|at|with|around) \\p{L}+)?',
  'gu',
);

/** Emoji that carry clear delight (a smile, hearts, fire, drooling), and clear upset. */
const DELIGHT_EMOJI = primed(/[😍🥰😋🤤🔥🙌❤💙💚💛💜🧡😊😄😁🥳👌🤩✨💯🫶🥹😻💕💖]/u);
/** Eye-roll, facepalm, unamused. */
const EYE_ROLL = primed(/[🙄🤦😒]/u);
const UPSET_EMOJI = primed(/[😡🤬😠👎💩🤮😒]/u);
/** Steam from the nose: anger, or in food talk the huff of something too good ("no way it's this good 😤🔥"). */
const HUFF_EMOJI = /😤/u;

const TONE_WORD: Record<Tone, string> = { positive: 'positive', neutral: 'neutral', negative: 'negative' };

function quoteWords(words: string): string {
  const short = words.length > 40 ? `${words.slice(0, 40)}…` : words;
  return `'${short}'`;
}

/** Evidence of a cue: the matched words, for reasons ("says 'lawyers'"). */
function evidence(pattern: RegExp, folded: string): string | undefined {
  const m = pattern.exec(folded);
  return m ? m[0].trim() : undefined;
}

/** Mockery of a place or its customers: the clown, "imagine paying for this", "like a normal person". */
const DERISION = primed(
  /🤡|(?<![\p{L}])(?:imagine (?:paying|spending|queu\p{L}*|wasting|lining up|standing in line)(?: \p{L}+){0,3} (?:for|on|at) (?:this|that|these|it)|like a normal (?:person|human)|touch grass)(?![\p{L}])/u,
);
/** A word that tells of the writer's own visit or order, in the six languages (folded). */
const FIRST_PERSON = primed(
  /(?<![\p{L}])(?:i|i'm|im|i've|ive|i'd|me|my|we|we're|we've|our|us|je|j'|moi|mon|ma|mes|nous|notre|yo|mi|mis|nosotros|nuestr[oa]s?|ich|mir|mich|mein\p{L}*|wir|uns|unser\p{L}*|io|noi|nostr[oaie]|eu|nos|noss[oa]s?|minh[oa]s?|meu)(?![\p{L}])/u,
);

/** Asking how returns work (folded). */
const HOW_RETURNS_WORK = primed(
  /(?<![\p{L}])(?:how (?:do|does) (?:the |your )?(?:returns?|exchanges?|refunds?)(?: \w+)? work|what(?:'s| is) (?:the|your) (?:returns?|exchange|refund) policy|comment (?:fonctionnent|marchent|se passent) (?:les )?(?:retours|echanges)|como funcionan (?:las |los )?(?:devoluciones|cambios)|wie funktionier(?:t|en) (?:die |der |das )?(?:ruckgabe|rucksendung|umtausch)|come funzionano (?:i |le )?(?:resi|cambi|restituzioni)|como funcionam (?:as )?(?:devolucoes|trocas))(?![\p{L}])/u,
);

/** Looking for something (folded): "can't find it anywhere", "couldn't find the export". */
const CANT_FIND =
  /(?<![\p{L}])(?:can'?t|cannot|could ?n'?t|could not|unable to|don'?t|do not) (?:seem to )?(?:find|see|locate)(?![\p{L}])/gu;

/** Words too common to count as the thing a short burst of praise echoes. */
const ECHO_FILLER = new Set([
  'the',
  'and',
  'was',
  'are',
  'for',
  'but',
  'you',
  'our',
  'its',
  'not',
  'too',
  'very',
  'this',
  'that',
  'here',
  'there',
  'really',
  'just',
  'one',
  'all',
]);

/** Praise said through a negation (folded), in six languages. */
const PRAISING_NEGATION = primed(
  /(?<![\p{L}])(?:never (?:once )?(?:disappoints?|disappointed|fails?|failed|let (?:me|us) down|lets (?:me|us) down|had a bad \w+)|(?:did not|didn'?t|does not|doesn'?t|won'?t) disappoint|(?:wasn'?t|was not|weren'?t|were not|not) disappointed|nothing (?:wrong|bad) (?:with|about|to say)|no complaints|can'?t fault|cannot fault|jamais (?:decu|decus|decue|decevant|decoit)|rien a redire|aucun (?:souci|reproche)|nunca (?:decepciona|falla|defrauda|me ha fallado)|nada que objetar|nie (?:enttauscht|enttauschend)|nichts zu (?:meckern|beanstanden)|mai (?:deluso|delusa|delude|sbagliato)|niente da dire|nunca (?:desilude|falha|dececiona)|nada a apontar)(?![\p{L}])/u,
);

/** Looked for a setting or a page and did not find it (folded, six languages): a how-to question's story. */
const SEARCHED_NOT_FOUND =
  /(?<![\p{L}])(?:(?:i'?ve |i have |i |we'?ve |we )?(?:looked|searched|checked|dug around|scrolled)(?: \p{L}+){0,6},? (?:and|but) (?:i )?(?:can'?t|couldn'?t|cannot|could not|didn'?t|did not) (?:find|see|spot|work out)(?: it| anything| where| how| that| the option)?|(?:habe|hab) (?:\p{L}+ ){0,6}gesucht (?:und|aber) (?:nichts|es nicht|das nicht|nix) gefunden|finde (?:es|das|die option|nichts) nicht|j'ai (?:cherche|regarde|fouille)(?: \p{L}+){0,6},? (?:et|mais) (?:je )?(?:n'ai rien trouve|ne (?:le |la |l')?trouve (?:pas|rien)|ne l'ai pas trouvee?)|(?:he|hemos) (?:buscado|mirado)(?: \p{L}+){0,6},? (?:y|pero) no (?:lo |la )?(?:encuentro|encontre|he encontrado|veo)|ho (?:cercato|guardato)(?: \p{L}+){0,6},? (?:e|ma) non (?:l[oa] |l')?(?:trovo|ho trovato|vedo)|(?:procurei|ja procurei)(?: \p{L}+){0,6},? (?:e|mas) nao (?:o |a )?(?:encontro|encontrei|vejo))(?![\p{L}])/gu;
/** A pattern that never matches: the stand-in when a step does not apply. */
const NOTHING = /(?!)/u;

/** Capitalised words that open a message and are no one's name: question words, greetings, thanks. */
const NOT_A_NAME = String.raw`(?!(?:Are|Did|Do|Does|Have|Has|Is|Was|Were|Can|Could|Would|Should|Will|Where|What|When|Why|How|Who|Which|Wo|Wie|Wann|Warum|Was|Wer|Dove|Come|Quando|Perché|Chi|Cosa|Onde|Como|Porque|Quem|Dónde|Donde|Cómo|Cuándo|Quién|Qué|Où|Ou|Comment|Quand|Pourquoi|Qui|Quel|Quelle|Hi|Hiya|Heya|Howdy|Hello|Hey|Dear|Greetings|Morning|Evening|Afternoon|Grüezi|Gruezi|Moin|Hej|Hoi|Yo|Guten|Buenos|Buenas|Bom|Boa|Buon|Buona|Bonne|Liebe|Lieber|Sehr|Chers|Chère|Querido|Querida|Estimado|Estimada|Gentile|Caro|Cara|Bonjour|Salut|Hola|Hallo|Servus|Ciao|Salve|Buongiorno|Olá|Ola|Oi|Thanks|Thank|Merci|Gracias|Danke|Grazie|Obrigad[oa])\b)`;
/** A message opened by someone's name ("Jess, did you see…", "Ray, is that your truck?"): said to them, not to us. */
const ADDRESSED_BY_NAME = new RegExp(
  String.raw`^\s*(?:(?:[Hh]a(?:ha)+|HA(?:HA)+|[Ll]ol|LOL|[Ll]mao|[Oo]mg|OMG|[Oo]h|[Aa]h|[Oo]i|[Jj]aja(?:ja)*|[Kk]kk+),?\s+)?${NOT_A_NAME}\p{Lu}\p{Ll}+(?:,| \p{Lu}\p{Ll}+,?|(?= (?:did|are|have) you\b)|(?= (?:is|was|isn't) that (?:your|you|his|her|their)\b))\s+(?:did|are|have|is|was|isn't|you|wir|hai|tu|t'es|esa|you're|schau|look|regarde|mira|guarda|olha|remember|weißt|hier|here|ici|aqui|qui|ist|bist|hast|kennst|erinnerst|warst|sei|hai|ti ricordi|c'est|t'as|te acuerdas|viste|lembras|tens)\b`,
  'u',
);
/** A name, then "you are" said to that person, not English ("Paolaaaa ma sei a Parigi??", "Lena, ist das nicht…"). */
const FRIEND_BY_NAME_THEN_YOU = new RegExp(
  String.raw`^\s*${NOT_A_NAME}\p{Lu}\p{Ll}+(?:[!,]*\s+(?:(?:ma|mais|pero|aber|but|e|et|y|und|mas)\s+)?(?:sei|hai|t'es|bist|hast|estas|estás|tás|tu es)|,\s+(?:ist das nicht|c'est pas))\b`,
  'u',
);

/**
 * Reads one comment or review the way a community manager does: its language, its tone
 * (text and stars together), precise flags, the questions asked and the points made.
 * Pure and deterministic; the tone model is passed in.
 */
export function readItem(input: ReadInput, options: ReadOptions): Reading {
  // The first reading in a process or worker compiles the common patterns straight to machine code (pattern-priming; a gain in Node, neutral in Chromium).
  primePatterns();
  const body = [input.title, input.text].filter((part) => part && part.trim()).join('\n');
  const whole = body.slice(0, 20_000);
  const detected = options.language ?? detectLanguage(whole);
  // "My dog got turned away from a café on Whiteladies Road. Can I bring him inside yours?": what
  // went wrong somewhere else is the story behind a question, not a complaint about us.
  const text = withoutElsewhere(whole, options.ownWords ?? []);
  // Praise in words that sound like trouble ("the brisket is criminal", "son un peligro") reads as praise.
  const plainFolded = fold(text);
  const slangFolded = plainFolded.replace(PRAISE_SLANG_ALL, ' great ');
  const slangPraise = slangFolded !== plainFolded;
  // "I was dreading it, but…": their own worry before praise is left out of the reading's problems.
  const withoutWorry = slangFolded.replace(OWN_WORRY_BEFORE_BUT, ' ').replace(OWN_HARDSHIP, ' ');
  const worryThenPraise = withoutWorry !== slangFolded && PRAISE.test(withoutWorry) && !PROBLEM.test(withoutWorry);
  const folded = (worryThenPraise ? withoutWorry : slangFolded)
    .replace(OWN_WAYS, ' ')
    .replace(OWN_HARDSHIP, ' ')
    .replace(FEARED_ACT, ' ')
    // "Without a single blister", "keines war eine Enttäuschung": a fault said not to have happened is praise.
    .replace(DENIED_PROBLEM, ' perfect ')
    // "Ich habe in der App gesucht und nichts gefunden. Wo finde ich das?": not finding it is why they ask, no fault.
    .replace(/[?？]/u.test(text) ? SEARCHED_NOT_FOUND : NOTHING, ' ');
  const language = detected.language;
  const labels = options.classify(text, { language: language === 'und' ? 'en' : language });
  const flags = new Set<ReadingFlag>();
  const reasons: string[] = [];
  let tone: Tone = labels.tone;
  let scores = { ...labels.scores };

  // "not good" is not praise (and would make a plain complaint look mixed).
  const praise = PRAISE.test(folded.replace(NEGATED_PRAISE, ' '));
  const problem = PROBLEM.test(folded);
  const stars = starsOf(input.rating, input.ratingMax);
  const letters = wordsOutsideLinks(text);

  if (language !== 'und' && language !== 'en') reasons.push(`Written in ${languageName(language)}`);

  // Words the tone model was not trained on: lean on clear praise or problem words.
  const knownLanguage = ['en', 'fr', 'es', 'de', 'it', 'pt', 'ar', 'hi', 'und'].includes(language);
  if (!knownLanguage) reasons.push('Tone read from emoji and rating only (language not known to the model)');
  // The tone model reads English tweets best: clear praise or problem words (and emoji) in any
  // of our languages outweigh a hesitant model, and outweigh it always in other languages.
  // A huff beside delight ("😤🔥") is the food-talk one, not anger.
  const upset = UPSET_EMOJI.test(text) || (HUFF_EMOJI.test(text) && !DELIGHT_EMOJI.test(text));
  const delight = DELIGHT_EMOJI.test(text) && !upset;
  const sure = language === 'en' ? 0.9 : 1.01;
  // The model cannot read these words: the stars say the tone, else the emoji; with neither, its
  // guess and the word lists stand, at low confidence.
  const unreadTone: Tone | undefined = knownLanguage
    ? undefined
    : stars !== undefined
      ? stars >= 4
        ? 'positive'
        : stars <= 2
          ? 'negative'
          : 'neutral'
      : delight
        ? 'positive'
        : // (An eye-roll is annoyance in any language: "Drie weken wachten op mijn bestelling 🙄".)
          upset || EYE_ROLL.test(text)
          ? 'negative'
          : undefined;
  if (unreadTone) {
    tone = unreadTone;
    scores = { positive: 0.25, neutral: 0.25, negative: 0.25 };
    scores[tone] = 0.5;
  } else if ((praise || delight) && !problem && !upset && tone !== 'positive' && (scores[tone] < sure || slangPraise || worryThenPraise)) {
    tone = 'positive';
  } else if ((problem || upset) && !praise && !delight && tone !== 'negative' && scores[tone] < sure) {
    tone = 'negative';
  }
  // "They never disappoint", "jamais déçu", "nothing wrong with it": praise the tone model reads by its negative words.
  const praisingNegation = tone === 'negative' && !problem && !upset ? PRAISING_NEGATION.exec(folded) : null;
  if (praisingNegation) {
    tone = 'positive';
    reasons.push(`Praise said with a negation: ${quoteWords(praisingNegation[0])}`);
  }

  // Flags the learned model raises where the word lists say nothing (new wording for spam,
  // chatter, mixed reviews, irony and insults); each keeps the words that weighed most.
  const learned = new Map(
    (options.learnedFlags === false ? [] : modelFlags(text, stars)).map((reading) => [reading.flag, reading.evidence] as const),
  );
  const learnedReason = (flag: ModelFlag, what: string) => {
    const words = learned.get(flag) ?? [];
    return words.length > 0
      ? `${what} (learned from examples): ${words.map((word) => quoteWords(word)).join(', ')}`
      : `${what} (learned from examples)`;
  };

  // Flags from rules, with evidence.
  const spamWords = evidence(SPAM, folded);
  const linkOnly = hasLink(text) && letters <= 2;
  // An offer with a link to somewhere else ("Try X, 3 months FREE at x.example/promo").
  const promoWords =
    (hasLink(text) ? evidence(PROMOTION, folded) : undefined) ??
    // An advert for some other service with a number to call or a "DM for prices".
    // A customer's problem that gives a number to call is not one.
    (SELLER_CONTACT.test(folded) && !problem ? evidence(SERVICE_AD, folded) : undefined);
  // Words that sell only in company (SPAM_WEAK): two of them, or one with a link or a number to call.
  const weakSpam = problem ? [] : (folded.match(SPAM_WEAK) ?? []);
  const weakSpamWords =
    weakSpam.length >= 2 || (weakSpam.length === 1 && (hasLink(text) || SELLER_CONTACT.test(folded)))
      ? weakSpam.map((words) => words.trim()).join(', ')
      : undefined;
  if (spamWords || linkOnly || promoWords || weakSpamWords) {
    flags.add('spam');
    const words = spamWords ?? promoWords ?? weakSpamWords;
    reasons.push(words ? `Looks like spam: ${quoteWords(words)}` : 'Only a link');
  } else if (learned.has('spam') && !ESCALATION.test(folded) && !AUDIENCE.test(folded)) {
    // Never on a threat to go public ("I'll share this with my 10,000 followers"): the model knows "followers" from sellers.
    flags.add('spam');
    reasons.push(learnedReason('spam', 'Looks like spam'));
  }
  const abuseWords =
    evidence(TARGETED_ABUSE, folded) ??
    evidence(ABUSE_AT_PERSON, folded) ??
    // "french food is just overpriced bread with attitude 🤡 imagine paying for this": mockery with no visit of their own.
    (stars === undefined && !FIRST_PERSON.test(folded) ? evidence(DERISION, text.toLowerCase()) : undefined);
  if (abuseWords) {
    flags.add('abusive');
    reasons.push(`Insult aimed at people: ${quoteWords(abuseWords)}`);
  } else if (learned.has('abusive') && tone !== 'positive' && !delight) {
    // Never on words that read as delight ("the croissant is unreal 😭"): a wrong "do not engage" silences a fan.
    flags.add('abusive');
    reasons.push(learnedReason('abusive', 'Insult aimed at people'));
  }
  const legalWords = evidence(LEGAL, folded);
  if (legalWords) {
    flags.add('legal');
    reasons.push(`Legal threat: ${quoteWords(legalWords)}`);
  }
  const escalationWords = evidence(ESCALATION, folded) ?? (problem || tone === 'negative' ? evidence(AUDIENCE, folded) : undefined);
  if (escalationWords) {
    flags.add('escalation');
    reasons.push(`Threatens to go public: ${quoteWords(escalationWords)}`);
  }
  // A scare the staff handled, told in a four- or five-star thank-you with a promise to come back
  // ("my husband was taken ill at night, Mr Rinaldi got a taxi to the hospital… we'll be back"): a fan's story, not a hazard.
  const handledScare = stars !== undefined && stars >= 4 && RETURN_INTENT.test(folded) && !problem;
  // A risk asked about before coming, nothing that happened here ("My daughter has a severe nut allergy
  // and carries an EpiPen. Are your brownies nut-free?", "Ours vomits in the car, are dogs allowed?").
  const riskAsked =
    /[?？]/u.test(text) &&
    !problem &&
    !PAST_INCIDENT.test(folded) &&
    !/[?？]\s*[!！]/u.test(text) &&
    sentencesOf(text)
      .map(fold)
      .filter((f) => HAZARD.test(f) || NAMED_DANGER.test(f))
      .every((f) => RISK_HABIT.test(f));
  const hazardWords = handledScare || riskAsked ? undefined : (evidence(HAZARD, folded) ?? evidence(NAMED_DANGER, folded));
  if (hazardWords) {
    flags.add('hazard');
    flags.add('escalation');
    reasons.push(`Health or safety issue: ${quoteWords(hazardWords)}`);
  }
  // "How long does a refund take?", "¿cuánto tarda el reembolso?": the policy asked before buying, no money owed.
  // "Tried three invoicing tools and cancelled them all; yours is the first I kept": the others were cancelled, nothing of ours.
  const refundAskedOnly =
    !problem &&
    sentencesOf(text)
      .map(fold)
      .filter((f) => REFUND.test(f))
      .every((f) => (/[?？]/u.test(f) && POLICY_ASK.test(f)) || OTHERS_CANCELLED.test(f));
  const refundWords = refundAskedOnly ? undefined : evidence(REFUND, folded);
  if (refundWords) {
    flags.add('refund');
    reasons.push(`Money back or cancellation: ${quoteWords(refundWords)}`);
  }

  const sentences = sentencesOf(text);
  // Each sentence folded once: the sarcasm, off-topic and irony checks below all read them.
  const foldedSentences = sentences.map(fold);
  // A question with an eye-roll or a facepalm on it (or right after it) expects no answer.
  const rolledEyes = (sentence: string) => {
    const at = text.indexOf(sentence);
    return EYE_ROLL.test(sentence) || (at >= 0 && EYE_ROLL.test(text.slice(at + sentence.length, at + sentence.length + 8)));
  };
  // "Back to spreadsheets? Never.": a question they answer themselves asks nothing of us.
  const answeredByThem = (sentence: string) => {
    const at = text.indexOf(sentence);
    return at >= 0 && SELF_ANSWER.test(fold(text.slice(at + sentence.length, at + sentence.length + 24)));
  };
  // "Léa Moreau Sarah Dupré on y retourne quand ??": friends tagged by name at the start; the first sentence's question is theirs.
  const taggedFriends = TAGGED_NAMES.exec(text)?.[0];
  // (Not in German, where every noun has a capital: "Pro Version testen?")
  const askedOfFriends = (sentence: string) =>
    taggedFriends !== undefined &&
    language !== 'de' &&
    text.indexOf(sentence) === 0 &&
    !TAG_NOT_A_NAME.test(taggedFriends.split(/\s+/u)[0]!) &&
    !(options.ownWords ?? []).some((own) => own.trim() && fold(taggedFriends).includes(fold(own).split(/\s+/u)[0]!));
  // "the spa pool at 7am all to myself?? heaven", "the burnt ends on friday?? no words": a "??" with no
  // question's opening, then delight, is an exclamation.
  const exclaimed = (sentence: string) => {
    const at = text.indexOf(sentence);
    const bare = fold(sentence);
    return (
      at >= 0 &&
      // (Doubled marks only, and never a Spanish "¿…?", which is always asked.)
      /\?\?\s*$/u.test(sentence) &&
      !/¿/u.test(sentence) &&
      !QUESTION_CUE.test(bare.trim()) &&
      !ASK_PHRASE.test(bare.trim()) &&
      (DELIGHT_AFTER.test(fold(exclaimedRunAfter(text.slice(at + sentence.length)).slice(0, 24))) ||
        // "the iced matcha is actually unreal??": the delight is the "??" itself.
        DELIGHT_BEFORE.test(bare.replace(/[?？\s]+$/u, '')))
    );
  };
  // The business's own names and handle, letters only: a handle that holds one ("@ledgerlyapp" for Ledgerly) is ours.
  const ownLetters = (options.ownWords ?? []).map((word) => fold(word).replace(/[^\p{L}\p{N}]/gu, '')).filter((word) => word.length >= 3);
  // Each word of four letters or more of our names ("dale" of "Dale Hutchins"), as a handle would open with it.
  const ownWordStarts = (options.ownWords ?? []).flatMap((name) => fold(name).split(/[^\p{L}\p{N}]+/u)).filter((word) => word.length >= 4);
  // A leading @handle is someone else unless it is the business's own ("@ledgerlyapp do you…").
  const leadingHandle = /^\s*@([\w.]+)/u.exec(text)?.[1]?.toLowerCase();
  // Own: the profile's handle, or a handle that holds the brand's name (`ownLetters`); "@jess @ledgerlyapp do
  // you…": the business's handle among the leading ones makes it addressed to the business.
  const leadingHandles = (/^\s*(?:@[\w.]+[\s,]*)+/u.exec(text)?.[0].match(/@[\w.]+/gu) ?? []).map((handle) =>
    handle.slice(1).toLowerCase(),
  );
  const ownHandle =
    leadingHandle !== undefined &&
    leadingHandles.some(
      (handle) =>
        ownLetters.some((name) => handle.replace(/[^\p{L}\p{N}]/gu, '').includes(name)) ||
        // "@dale_pitmaster" opens with the replier's first name: ours too.
        ownWordStarts.some((word) => handle.startsWith(word)),
    );
  // "…j'y pense encore. @manon.vl on y retourne samedi ??", "La tarte tatin 😭 @juju.lrs on y retourne samedi,
  // je réserve ?": a question put to someone else's handle, at the start or mid-sentence, is asked of them.
  const askedOfHandle = (sentence: string) => {
    const handles = [...sentence.matchAll(/(?<![\w.])@[\w.]+/gu)];
    if (handles.length === 0) return false;
    // "@jess @rustyspurbbq do you cater?": with the business's own handle among them, it is asked of the business too.
    if (
      handles.some(
        (m) =>
          ownLetters.some((own) =>
            fold(m[0])
              .replace(/[^\p{L}\p{N}]/gu, '')
              .includes(own),
          ) || ownWordStarts.some((word) => fold(m[0]).slice(1).startsWith(word)),
      )
    )
      return false;
    const first = handles[0]!;
    const after = sentence.slice(first.index! + first[0].length);
    // ("@jess saturday??": a day named for them is an invitation, however short.)
    return (
      /^\s*,?\s*\p{L}/u.test(after) &&
      /[?？]/u.test(after) &&
      ((after.match(/\p{L}+/gu) ?? []).length >= 2 || INVITATION_ASK.test(fold(after).trim()))
    );
  };
  // "@jess.mcc this is the place i told u about!!! … saturday before yoga??", "@dan.k_ @soph.walsh sunday??": with friends
  // tagged first (none of them ours), a day named or "wanna go" asks them along; the business has nothing to answer.
  const invitesFriends = (sentence: string) =>
    leadingHandle !== undefined && !ownHandle && INVITATION_ASK.test(fold(sentence.replace(/^(?:@[\w.]+[\s,]*)+/u, '')).trim());
  const askedSentences = sentences.filter(
    (s) => isQuestionSentence(s) && !rolledEyes(s) && !answeredByThem(s) && !askedOfFriends(s) && !exclaimed(s) && !invitesFriends(s),
  );
  const questions = askedSentences.map((s) => s.replace(/^[@#][\w.]+\s*/u, '').trim()).filter((s) => s.length > 1);
  // A spammer's "Want 10k followers?" asks nothing a business would answer; nor do questions all put to someone's handle.
  if (questions.length > 0 && !flags.has('spam') && !askedSentences.every(askedOfHandle)) flags.add('question');

  // Sarcasm: praise words around a bad situation, eye-roll emoji, or praise with one star.
  // Praise words and a bad situation in the same sentence, with no "but" between them.
  // "spart mir jede Woche locker eine Stunde": time saved is praise, not trouble beside it.
  const withoutTimeSaved = (f: string) =>
    f.replace(TIME_SAVED, ' ').replace(FOND_TIME, ' ').replace(QUICK_SERVICE, ' ').replace(FAST_DELIVERY, ' ');
  // "The food, when it came, was genuinely lovely, which is why this is 2 stars and not 1": praise
  // given as the reason for the stars, or in fairness, is meant.
  const meantPraise = foldedSentences.some((f) => SARCASM_PRAISE.test(f) && FAIR_PRAISE.test(f));
  const sarcasticPraise =
    foldedSentences.some((f) => {
      return SARCASM_PRAISE.test(f) && TROUBLE.test(withoutTimeSaved(f)) && !CONTRAST.test(f) && !FAIR_PRAISE.test(f);
    }) ||
    (SARCASM_PRAISE.test(folded) && (TROUBLE.test(withoutTimeSaved(folded)) || problem) && !CONTRAST.test(folded) && !meantPraise) ||
    // Praise trailing off into a bad situation: "Quel accueil chaleureux... la serveuse a levé les yeux au ciel".
    foldedSentences.some(
      (f, i) => /(?:\.\.\.|…)\s*$/u.test(f) && PRAISE.test(f) && !PROBLEM.test(f) && PROBLEM.test(foldedSentences.slice(i + 1).join(' ')),
    );
  // An eye-roll next to praise is irony even with nothing else said ("very welcoming 🙃").
  // Applause (one clap will do) right after a bad situation is irony too ("trois mails, zéro réponse 👏").
  // ("Hatte Freitag um 17:50 noch ein Problem … und das war vor Feierabend gelöst. 👏": applause for trouble put right.)
  const putRight = SOLVED_FOR_THEM.test(folded);
  const clapAfterTrouble =
    /👏/u.test(text) &&
    !putRight &&
    (TROUBLE.test(withoutTimeSaved(folded)) || problem) &&
    !SINCERE_THANKS.test(folded) &&
    !(stars !== undefined && stars >= 4);
  // "has officially ruined every other flat white for me. thanks a lot 🙄😍": the eye-roll is mock annoyance at praise.
  const mockAnnoyed = slangPraise && DELIGHT_EMOJI.test(text) && !problem;
  // "Danke, dass die Mahnungen seit dem Update auf Englisch rausgehen, obwohl alles auf Deutsch
  // eingestellt ist 🙃": thanks for something that goes against what they set, with an eye-roll.
  const thankedDespite = SARCASM_EMOJI.test(text) && SINCERE_THANKS.test(folded) && DESPITE.test(folded);
  // (Only in a language the cue lists read: "het regent al de hele week 🙄" is Dutch weather, not an English "week" of waiting.)
  const sarcasticEmoji =
    knownLanguage &&
    !mockAnnoyed &&
    (clapAfterTrouble ||
      thankedDespite ||
      (SARCASM_EMOJI.test(text) &&
        (TROUBLE.test(folded) || problem || (praise && !SINCERE_THANKS.test(folded) && !(stars !== undefined && stars >= 4)))));
  // Four or five stars, or sincere thanks, and the praise is meant (an eye-roll still is not,
  // nor "five stars for the free sauna! Oh wait…").
  const meant = ((stars !== undefined && stars >= 4) || SINCERE_THANKS.test(folded)) && !STARPROOF_IRONY.test(folded);
  // An eye-roll on a question that expects no answer ("Is 'medium rare' a foreign concept here? 🙄").
  const eyeRolledQuestion = /🙄/u.test(text) && /[?？]/u.test(text) && questions.length === 0;
  // A word in scare quotes echoed later ("the 'waterproof' jacket… Waterproof indeed"), or
  // scare-quoted with one or two stars ("'premium' espadrilles"), or a fixed ironic phrase.
  const quoted = [...folded.matchAll(/['"‘“]([\p{L}][\p{L} -]{2,20})['"’”]/gu)].map((m) => m[1]!.trim());
  const echoed = quoted.some((word) =>
    new RegExp(
      `(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},? (?:indeed|my foot|alright|right|en effet|vraiment|claro|ja klar|certo|pois)`,
      'u',
    ).test(folded),
  );
  // "…paying £4.20 for roughly 70% foam. Lovely foam.": a short burst of praise for the very thing
  // just complained about.
  const echoedPraise = foldedSentences.some((f, index) => {
    const words = f.match(/\p{L}+/gu) ?? [];
    if (
      index === 0 ||
      words.length > 4 ||
      !PRAISE.test(f) ||
      PROBLEM.test(f) ||
      CONTRAST.test(f) ||
      /\b(?:still|otherwise|though)\b/u.test(f)
    )
      return false;
    const complainedOf = new Set(
      foldedSentences
        .slice(0, index)
        .flatMap((earlier) => (PROBLEM.test(earlier) || TROUBLE.test(earlier) ? (earlier.match(/\p{L}+/gu) ?? []) : [])),
    );
    return words.some((word) => word.length >= 3 && !ECHO_FILLER.has(word) && !PRAISE.test(word) && complainedOf.has(word));
  });
  const scareQuotedLowStars = quoted.length > 0 && stars !== undefined && stars <= 2 && PRAISE.test(quoted.join(' '));
  const standaloneIrony =
    (STANDALONE_IRONY.test(folded) && !(stars !== undefined && stars >= 4 && !STARPROOF_IRONY.test(folded))) ||
    echoed ||
    echoedPraise ||
    scareQuotedLowStars;
  if (
    (sarcasticPraise && !meant && !mockAnnoyed) ||
    sarcasticEmoji ||
    eyeRolledQuestion ||
    standaloneIrony ||
    ironicAround(foldedSentences, folded, labels.scores.negative, stars)
  ) {
    flags.add('sarcasm');
    reasons.push('Sarcastic: praise words around a bad experience');
    tone = 'negative';
  } else if (learned.has('sarcasm') && !(folded.search(FOND_TIME) >= 0 && !problem) && !(putRight && praise && !problem)) {
    // (Not on a fan's fond time, "would queue 2 hours again 10/10": the model learned "hours" from waits.)
    flags.add('sarcasm');
    reasons.push(learnedReason('sarcasm', 'Sarcastic'));
    tone = 'negative';
  }
  const sarcastic = flags.has('sarcasm');

  // Stars and text together.
  if (stars !== undefined) {
    reasons.push(`${stars % 1 === 0 ? stars : stars.toFixed(1)} of 5 stars`);
    if (stars <= 2) {
      const clearlyPositive = tone === 'positive' && scores.positive >= 0.7 && !problem;
      if (clearlyPositive) {
        flags.add('ratingMismatch');
        reasons.push('The words are positive but the stars are low');
      } else if (tone !== 'negative') {
        tone = 'negative';
      }
    } else if (
      stars >= 4 &&
      tone === 'negative' &&
      !praise &&
      !problem &&
      !upset &&
      !sarcastic &&
      !SWEARING.test(folded) &&
      !TROUBLE.test(withoutTimeSaved(folded).replace(/(?<![\p{L}])happy hours?(?![\p{L}])/gu, ' '))
    ) {
      // Four or five stars and only the tone model against them ("the beans are smoky without being sweet…
      // $4 Modelos at happy hour don't hurt"): no word says what went wrong, so the stars are believed.
      tone = 'neutral';
      reasons.push('The tone model leans negative, but no words say what went wrong and the stars are high');
    } else if (stars >= 4 && tone === 'negative' && !praise) {
      flags.add('ratingMismatch');
      reasons.push('The words are negative but the stars are high');
    } else if (stars < 4 && tone === 'positive' && problem) {
      tone = 'neutral';
    }
  }

  // Mixed: praise and a problem side by side, or praise on one side of a "but" and not on the other.
  const contrastWords = [CONTRAST_WORDS.en, CONTRAST_WORDS[language] ?? ''].filter(Boolean).join('|');
  const contrastSplit = folded.split(new RegExp(`(?:,\\s*|\\s|^)(?:${contrastWords})(?![\\p{L}])`, 'u'));
  const praiseThenOther =
    contrastSplit.length > 1 &&
    contrastSplit.some((side) => PRAISE.test(side)) &&
    // Praise, then a "but" and something short of praise; or a problem on the other side. Praise
    // only after the "but" with nothing wrong before it is a pleasant surprise, not a mixed review.
    contrastSplit.some(
      (side, index) =>
        PROBLEM.test(side) ||
        TROUBLE.test(side) ||
        ASKS_FOR_CHANGE.test(side) ||
        (!PRAISE.test(side) && contrastSplit.slice(0, index).some((before) => PRAISE.test(before))),
    );
  // In a sarcastic item the praise is the complaint, so it is not mixed, unless a review with
  // three stars or more turns back to sincere praise ("the 'sea view' was the car park 🙃 Still, great staff").
  if (((praise && problem) || praiseThenOther) && (!sarcastic || (praiseThenOther && stars !== undefined && stars >= 3))) {
    flags.add('mixed');
    reasons.push(CONTRAST.test(folded) ? 'Mixed: praise and a problem' : 'Mixed: some praise, some criticism');
  } else if (learned.has('mixed') && !sarcastic) {
    flags.add('mixed');
    reasons.push(learnedReason('mixed', 'Mixed: praise and a problem'));
  }

  // Off topic: talking to someone else, personal news, "first!".
  const addressedToOther = (leadingHandle !== undefined && !ownHandle) || ADDRESSED_BY_NAME.test(text);
  // "Haha Timo, du und deine Excel-Tabellen", "Léa, toi et tes croissants": a friend named and then "you" said to them.
  const addressedToFriend =
    (/^\s*(?:(?:[Hh]a(?:ha)+|HA(?:HA)+|[Ll]ol|LOL|[Ll]mao|[Oo]mg|OMG|[Jj]aja(?:ja)*|[Kk]kk+),?\s+)?\p{Lu}\p{Ll}+,\s+(?:du|dein|deine|toi|t'es|tu|te|you and your|you and ur)\b/u.test(
      text,
    ) ||
      // "Paolaaaa ma sei a Parigi??", "Lena, ist das nicht das Café, von dem du erzählt hast?": a name, then "you are" to her
      // (not English: "Dale, are you open Sunday?" is asked of the owner).
      FRIEND_BY_NAME_THEN_YOU.test(text)) &&
    !namesOwnBusiness(text, options.ownWords ?? []);
  // (Also after an emoji run: "the drone shot at 2:14 😍😍 anyone know what drone that is?")
  const communityAsked = foldedSentences.flatMap((sentence) =>
    [sentence, ...sentence.split(/\p{Extended_Pictographic}[\p{Extended_Pictographic}\uFE0F\u200D\s]*/u).slice(1)]
      .map((part) => part.trim())
      .filter((part) => COMMUNITY_QUESTION.test(part)),
  );
  const communityQuestion = communityAsked.length > 0;
  // "Parabéns Rita!! Já viste as fotos de sábado?": congratulations to someone by name (not us) is talk between friends.
  const congratulatedWord = CONGRATULATES_SOMEONE.exec(text)?.[1];
  const congratulated = congratulatedWord && /^\p{Lu}\p{Ll}+$/u.test(congratulatedWord) ? congratulatedWord : undefined;
  const congratulatesFriend =
    congratulated !== undefined &&
    !ownLetters.some((own) =>
      fold(congratulated)
        .replace(/[^\p{L}\p{N}]/gu, '')
        .includes(own.slice(0, 5)),
    );
  const personalNews = evidence(PERSONAL_NEWS, folded);
  // "Does anyone know if Oak & Ember takes bookings?" asks the room about the business itself.
  const namesBusiness = namesOwnBusiness(text, options.ownWords ?? []);
  const plansVisit = PLANS_A_VISIT.test(folded);
  const offTopicWords =
    evidence(OFF_TOPIC_CUE, folded) ??
    // Laughter is chatter unless the business is praised or a visit planned.
    ((!praise || addressedToOther) && !plansVisit ? evidence(LAUGHTER, folded) : undefined) ??
    // Asking the room, or sharing one's own news, with nothing said about the business.
    ((communityQuestion || (personalNews && !praise)) &&
    !problem &&
    !namesBusiness &&
    // ("Wer von euch", "qui d'entre vous": the "you" of the room is the other readers, not us.)
    !BUSINESS_WORDS.test(folded.replace(OTHER_READERS, ' ')) &&
    extractPoints(text, { language, fallback: false }).filter(
      // (The thing asked of the other readers is theirs: "anyone know what camera that is?")
      (p) => !p.person && !(communityQuestion && communityAsked.some((asked) => asked.includes(fold(p.text)))),
    ).length === 0
      ? (personalNews ?? 'a question to other readers')
      : undefined);
  // In a sarcastic item the praise words are the complaint: its points are negative, except praise
  // conceded before a "but" ("breakfast was lovely but I want the difference back"), which is meant.
  const contrast = new RegExp(`(?<![\\p{L}])(?:${CONTRAST_WORDS[language] ?? CONTRAST_WORDS.en})(?![\\p{L}])`, 'u');
  // Praise given as the reason for the stars or in fairness is meant too ("the food was genuinely lovely, which is why…").
  const concededPraise = (point: { text: string }) =>
    sentences.some((sentence, index) => {
      const at = sentence.indexOf(point.text);
      const but = fold(sentence).search(contrast);
      // (The "but" may open the next sentence: "Food 10/10 as always. BUT the lot was chained off…")
      const butNext =
        index + 1 < sentences.length &&
        fold(sentences[index + 1]!)
          .trimStart()
          .search(contrast) === 0;
      return at >= 0 && (but > at || butNext || FAIR_PRAISE.test(fold(sentence)));
    });
  // Their own hard time leaves its things out of the points ("our flight was delayed… but the night porter…":
  // the flight is not a thing of ours to thank them for, nor to apologise for).
  // (Not a worry's things: "worried about the sizing… but they fit perfectly" is about the sizing.)
  const ownTrouble = [...slangFolded.matchAll(OWN_HARDSHIP)].map((m) => m[0]);
  const points = extractPoints(text, { exclude: [...(options.ownWords ?? []), ...(input.author ? [input.author] : [])], language })
    .filter((point) => point.person || !ownTrouble.some((said) => said.includes(fold(point.text))))
    .map((point) =>
      sarcastic && point.polarity === 'positive' && !point.person && !concededPraise(point)
        ? { ...point, polarity: 'negative' as const }
        : point,
    );
  // Talking to someone else: nothing the word lists know about the business (the fallback
  // noun phrases of chatter do not count).
  const listed = addressedToOther && !offTopicWords ? extractPoints(text, { language, fallback: false }).filter((p) => !p.person) : points;
  // An insult at another commenter ("@jonas halt die Klappe, du Lappen") is abuse and off topic.
  // "Ray, is that your cousin's truck in the pic??": a question put to one person about their own things.
  const askedOfThem =
    addressedToOther && /^\s*\p{Lu}\p{Ll}+,? (?:is|was|isn't) that (?:your|you|his|her|their)\b/u.test(text) && !problem && !praise;
  const ruledOffTopic =
    offTopicWords ||
    (congratulatesFriend && !problem) ||
    askedOfThem ||
    (addressedToOther && flags.has('abusive')) ||
    // ("Haha Timo, du und deine Excel-Tabellen 😄 Sehen wir uns am Mittwoch?": things named without a verdict, to a friend.)
    ((addressedToOther || addressedToFriend) &&
      (listed.length === 0 ||
        // ("wir vermissen dich! 😘" reads negative to the model: the tone is no grievance here.)
        (addressedToFriend && !flags.has('sarcasm') && listed.every((p) => p.polarity === 'neutral'))) &&
      !praise &&
      !problem &&
      !plansVisit &&
      !flags.has('complaint'));
  // The model alone does not take a grievance or a question naming the business off the table.
  // Nor a friend tagged with praise or a dish named ("@jess this is the place with the brisket 🔥"): that is a fan.
  const learnedOffTopic =
    !ruledOffTopic &&
    learned.has('offTopic') &&
    !problem &&
    !praise &&
    !delight &&
    !namesBusiness &&
    !plansVisit &&
    !flags.has('complaint') &&
    // "Where are you located?": a question put to "you" on the business's own page is put to the business.
    !(!addressedToOther && questions.length > 0 && ASKS_YOU.test(folded)) &&
    // A question put to our own handle ("@dale_pitmaster when's the next brisket class?") is put to us.
    !(ownHandle && questions.length > 0) &&
    // A thing named without a verdict ("is that your dog in the background?") does not make it ours.
    extractPoints(text, { language, fallback: false }).every((point) => point.person !== undefined || point.polarity === 'neutral');
  if (ruledOffTopic || learnedOffTopic) {
    flags.add('offTopic');
    reasons.push(
      learnedOffTopic
        ? learnedReason('offTopic', 'Not about the business')
        : offTopicWords
          ? `Not about the business: ${quoteWords(offTopicWords)}`
          : 'Talking to someone else',
    );
    // A question to a friend or to the other readers is not one for the business to answer: the
    // flag (which picks the question playbook) is dropped; the sentences stay in `questions`.
    flags.delete('question');
  }

  // The model's abusive flag is not trusted alone: swearing about an experience is an angry
  // complaint, and only words aimed at people or groups (TARGETED_ABUSE) make an item abusive.

  // "¿Cómo funcionan las devoluciones si no me quedan bien?": a problem only supposed is none yet.
  const outsideSupposing = folded.replace(SUPPOSING, ' ');
  const problemOutsideSupposing = PROBLEM.test(outsideSupposing);
  // "How do I cancel my reservation?": asking how to cancel, with no problem and no money asked back, is a question.
  const onlyAskingToCancel =
    flags.has('question') &&
    !problemOutsideSupposing &&
    !flags.has('sarcasm') &&
    (stars === undefined || stars >= 3) &&
    /(?:^|[^\p{L}])(?:how (?:do|can|could) (?:i|we)|can (?:i|we)|is it possible to|comment (?:puis-je|faire pour)|puis-je|peut-on|je peux|como (?:puedo|posso|hago|faco)|puedo|se puede|wie kann (?:ich|man)|kann (?:ich|man)|come (?:posso|si|faccio)|posso|si puo|pode-se) (?:\w+ ){0,2}(?:cancel|unsubscrib|annul|resili|kundig|disdir|cancela|storn|(?:una |la |o |a |un |den |die )?(?:devolucion|devolucao|return|retour|reso|rucksendung|umtausch|cambio|troca))/u.test(
      folded,
    ) &&
    !/(?<![\p{L}])(?:refund|money back|reimburs|charg|rembours|reembols|devolv|erstatt|rimbors|dinheiro)/u.test(folded);
  if (onlyAskingToCancel || (flags.has('question') && !problemOutsideSupposing && HOW_RETURNS_WORK.test(folded))) {
    flags.delete('refund');
    const refundReason = reasons.findIndex((reason) => reason.startsWith('Money back or cancellation'));
    if (refundReason >= 0) reasons.splice(refundReason, 1);
    if (tone === 'negative') tone = 'neutral';
  }
  // "great walkthrough 👍 where's the CSV export tho? can't find it anywhere": looking for
  // something, pleased otherwise, is a question, not a grievance.
  const onlySearching =
    flags.has('question') &&
    problem &&
    tone !== 'negative' &&
    !flags.has('sarcasm') &&
    !flags.has('refund') &&
    (stars === undefined || stars >= 3) &&
    !PROBLEM.test(outsideSupposing.replace(CANT_FIND, ' '));
  // "Do you have the navy ones in a 39? Website says sold out": why they ask, not a grievance.
  const askedBecauseSoldOut = (p: Point) => p.detail === 'sold-out' && flags.has('question') && !problem && !TROUBLE.test(folded);
  // "What happens if my order arrives damaged?": a problem only supposed inside a question happened to no one.
  const problemTold =
    problem &&
    PROBLEM.test(
      foldedSentences
        .map((sentence) => (/[?？]/u.test(sentence) ? sentence.replace(SUPPOSING, ' ') : sentence))
        .join(' ')
        .replace(OWN_WAYS, ' '),
    );
  SUPPOSING.lastIndex = 0;
  // …and a thing named only inside such a supposed case ("If the shoes arrive damaged, who pays?") is no fault found.
  const supposedInQuestions = foldedSentences
    .filter((sentence) => /[?？]/u.test(sentence))
    .flatMap((sentence) => sentence.match(SUPPOSING) ?? []);
  SUPPOSING.lastIndex = 0;
  const toldFault = (p: Point) => {
    const said = fold(p.text);
    if (!supposedInQuestions.some((clause) => clause.includes(said))) return true;
    return foldedSentences.some((sentence) => sentence.replace(SUPPOSING, ' ').includes(said));
  };
  // Complaint: the model's flag, plus what the rules and stars say.
  const grievance =
    !onlySearching &&
    // (At four or five stars the model's word needs a "but" or a trouble word beside it: "can't believe I waited so long" is praise.)
    (labels.flags.includes('complaint') &&
    tone === 'negative' &&
    (problemTold || (stars !== undefined && (stars <= 3 || flags.has('mixed') || CONTRAST.test(folded) || TROUBLE.test(folded))))
      ? true
      : (tone === 'negative' &&
          (problemTold ||
            // (In a question with no trouble word, a clause's "not" is a preference: "I'd rather not keep a tab open all day".)
            points.some(
              (p) =>
                p.polarity === 'negative' && !askedBecauseSoldOut(p) && toldFault(p) && (!flags.has('question') || TROUBLE.test(folded)),
            ))) ||
        // A question asked as a grievance, or a rhetorical one ("What happened to the brunch menu?").
        foldedSentences.some((s) => /[?？]/u.test(s) && (GRIEVANCE_QUESTION.test(s) || (RHETORICAL.test(s) && !praise))) ||
        // Something broke and they ask for a remedy ("mine came apart after 3 weeks 😢 … Can I exchange them?",
        // "a sola separou-se da lona. Dá para trocar?"): a grievance, however fond of the product they are.
        (problemOutsideSupposing && questions.some((q) => REMEDY_ASK.test(fold(q)))) ||
        flags.has('sarcasm') ||
        flags.has('refund') ||
        (stars !== undefined && stars <= 2 && !flags.has('ratingMismatch')) ||
        (problemTold && points.some((p) => p.polarity === 'negative') && !LUKEWARM_WORDS.test(folded)) ||
        // What happened is a problem in itself: the app crashes, the dish ran out, the booking was lost, a thing never came.
        // (Not at four or five stars or in glowing words: "the brisket was gone in 20 minutes flat" is praise.)
        ((stars === undefined || stars <= 3) &&
          tone !== 'positive' &&
          points.some((p) => p.polarity === 'negative' && (isSituation(p.detail) || p.detail === 'missing') && !askedBecauseSoldOut(p))));
  // In a language the model cannot read, good stars outweigh a word list's guess at a problem.
  const starsOutweighWords = !knownLanguage && stars !== undefined && stars >= 4;
  if (grievance && !flags.has('spam') && !flags.has('offTopic') && !starsOutweighWords) {
    flags.add('complaint');
    const bad = points.find((p) => p.polarity === 'negative');
    reasons.push(bad ? `Complains about ${quoteWords(bad.text)}` : 'A complaint');
  }
  if (
    tone === 'negative' &&
    !flags.has('complaint') &&
    !flags.has('abusive') &&
    !flags.has('offTopic') &&
    !flags.has('spam') &&
    problemTold
  )
    flags.add('complaint');
  // "If I cancel after a week, do I get my money back?": a case supposed inside a question about the
  // policy, nothing that happened to them.
  const onlyPolicyAsked =
    foldedSentences.length > 0 &&
    foldedSentences.every((f) => /[?？]/u.test(f) && POLICY_ASK.test(f) && SUPPOSING.test(f)) &&
    // (The money asked about is the policy's subject, not a problem.)
    !PROBLEM.test(
      outsideSupposing.replace(
        /(?<![\p{L}])(?:money back|refunds?|reembolso|remboursement|erstattung|rimborso|dinheiro de volta|geld zuruck)(?![\p{L}])/gu,
        ' ',
      ),
    ) &&
    !sarcastic &&
    (stars === undefined || stars >= 3);
  SUPPOSING.lastIndex = 0;
  if (onlyPolicyAsked) {
    flags.delete('complaint');
    flags.delete('refund');
    if (tone === 'negative') tone = 'neutral';
  }

  if (
    LUKEWARM_WORDS.test(folded) &&
    !flags.has('sarcasm') &&
    tone === 'positive' &&
    (stars === undefined || stars <= 3) &&
    !/\b(?:love|great|amazing|excellent|best|spot on|perfect|perfectly|fantastic|brilliant|incredible|delicious|superb|outstanding|enjoyed)\b/u.test(
      folded,
    )
  ) {
    tone = 'neutral';
  }
  // The model alone leaning negative, with nothing in the words that went wrong (no problem or
  // trouble word, no upset emoji, no low stars, no complaint): an idiom it misreads ("not sure I
  // want to go home"). Apologising to a happy guest is worse than a neutral reply to a mild one.
  if (
    tone === 'negative' &&
    labels.tone === 'negative' &&
    scores.negative < MODEL_ALONE_NEGATIVE &&
    !problem &&
    !upset &&
    !TROUBLE.test(folded) &&
    !SWEARING.test(folded) &&
    flags.size === 0 &&
    (stars === undefined || stars >= 3) &&
    !points.some((p) => p.polarity === 'negative')
  ) {
    tone = 'neutral';
    reasons.push('The tone model leans negative, but no words say what went wrong');
  }
  // "It does the job, nothing fancy": a shrug the model may read as negative.
  if (
    LUKEWARM_WORDS.test(folded) &&
    tone === 'negative' &&
    !problem &&
    !sarcastic &&
    !flags.has('abusive') &&
    (stars === undefined || stars >= 3) &&
    scores.negative < 0.85
  ) {
    tone = 'neutral';
    flags.delete('complaint');
  }
  if (flags.has('question')) reasons.push(`Asks: ${quoteWords(questions[0]!)}`);
  for (const point of points.slice(0, 3)) {
    if (point.person) reasons.push(`Names ${point.person} (${point.polarity === 'negative' ? 'a complaint' : 'praise'})`);
  }

  // Tone scores follow the final tone when rules or stars moved it.
  if (tone !== labels.tone) {
    const keep = 0.15;
    scores = { positive: keep, neutral: keep, negative: keep };
    scores[tone] = 1 - 2 * keep;
  }
  reasons.unshift(toneReason(tone, labels, stars));

  const ordered = READING_FLAGS.filter((flag) => flags.has(flag));
  return {
    language,
    languageConfidence: detected.confidence,
    tone,
    scores: { positive: round(scores.positive), neutral: round(scores.neutral), negative: round(scores.negative) },
    flags: ordered,
    questions: questions.slice(0, 5),
    points,
    topics: labels.topics,
    reasons: [...new Set(reasons)].slice(0, 8),
    ...(stars !== undefined ? { stars } : {}),
  };
}

/** Trouble put right for them (folded): "und das war vor Feierabend gelöst", "sorted within the hour", "resuelto en 10 minutos". */
const SOLVED_FOR_THEM =
  /(?<![\p{L}])(?:(?:was|were|got|had it|it was|war|wurde|ist|fue|estaba|quedo|e stato|era|foi|ficou|a ete|etait)(?: \p{L}+){0,4} (?:sorted|resolved|fixed|solved|gelost|geloest|behoben|erledigt|resuelto|solucionado|arreglado|risolto|sistemato|resolvido|corrigido|regle|resolu|corrige)|(?:sorted|fixed|resolved|solved) (?:it )?(?:within|in|before|by)|(?:gelost|behoben|erledigt) (?:vor|in|innerhalb|binnen))(?![\p{L}])/u;

/** Somewhere else: another café, the last app they used, "dans un autre resto", "in einem anderen Hotel". */
const ELSEWHERE = primed(
  /(?<![\p{L}])(?:(?:paying|pay|charged?|charging)[^.!?]{0,30} (?:more |extra )?everywhere|everywhere else|every other (?:cafe|place|coffee shop|shop|bakery|restaurant|hotel)|like everywhere|(?:the )?(?:last|other) (?:\p{L}+ ){0,2}(?:place|spot|restaurant|hotel|cafe|joint|shop|bakery|bar) (?:we|i) (?:tried|went to|visited|stayed (?:at|in)|ordered from|booked)|(?:the|that) (?:place|cafe|coffee shop|shop|one|bakery|bar|restaurant|hotel|pub|chain) (?:next door|across the (?:road|street)|down the (?:road|street)|opposite|round the corner)|(?:i'?ve|i have|we'?ve|we have) been (?:burned|burnt|stung|caught out|scammed|ripped off) (?:by|before)|(?<!(?:switch|switching|switches|swap|swapping|go|going|jump|jumping|flip|flipping|move|moving)(?: over)? to |(?:open|opening|opens|use|using) )(?:another|a different|some other|the other) (?:cafe|coffee shop|restaurant|hotel|place|shop|store|app|tool|bbq (?:place|joint)|bakery|bar|brand|company|provider|spot)|(?:from|at|in) a (?:cafe|restaurant|hotel|bar|shop|bakery) (?:on|in|near|down)|(?:my|our) (?:last|previous|old|former) (?:\p{L}+ )?(?:app|provider|hotel|tool|software|bank|accountant|supplier|shop|brand)|elsewhere|somewhere else|somewhere (?:in|on|near|down|up|by|along)(?= \p{Lu}| \p{L})|(?:quelque part|en algun sitio|en algun lugar|irgendwo|da qualche parte|algures|em algum lugar) (?:a|en|in|em|à|au|bei|am|im|nel|na|no)(?= )|(?:(?:the )?last time|beim letzten mal|la derniere fois|la ultima vez|l'ultima volta|(?:da|na) ultima vez) (?:(?:we|i) (?:were|was|went|stayed) )?(?:in|a|en|em|nach) (?!here|hier|ici|aqui|qui|you|your|euch|ihnen|ihrem|vous|votre|vos|vuestr|vostr|vosso|seu|sua|su |this|diesem|ce |cet)\p{L}+|(?:dans|chez) un autre (?:resto|restaurant|cafe|hotel|endroit|magasin)|ailleurs|(?:en|de) otr[oa] (?:restaurante|hotel|sitio|cafeteria|tienda|app|marca)|(?:in|bei) (?:einem|einer) anderen (?:hotel|restaurant|cafe|laden|geschaft|shop|app|anbieter|lokal)|woanders|(?:in|da) un altro (?:hotel|ristorante|locale|bar|negozio|posto)|(?:in|da) un'altra (?:app|pasticceria|gelateria)|altrove|(?:noutro|num outro|noutra|numa outra|em outr[oa]|com outr[oa]|de outr[oa]) (?:restaurante|hotel|sitio|lugar|cafe|loja|app|marca|empresa)|the last (?:online )?(?:shop|store|app|hotel|place|tool|brand|restaurant|cafe) (?:i|we) (?:tried|used|ordered from|stayed at|bought from|went to)|(?:a|en) otr[oa] (?:lugar|sitio|restaurante|hotel|tienda|cafeteria|bar)|(?:after|apres|despues de|nach|dopo|depois de) (?:two|three|several|a few|deux|trois|plusieurs|dos|tres|varios|zwei|drei|mehreren|due|tre|vari|dois) (?:disappointing |bad |terrible )?(?:caterers?|restaurants?|hotels?|shops?|apps?|tools?|providers?|brands?|traiteurs?|hotels?|boutiques?|prestataires?|proveedores?|tiendas?|anbietern?|caterern|fornitori|lojas?|fornecedores?)|(?:la|el|mi) (?:ultima|ultimo|anterior) (?:tienda|app|hotel|marca|restaurante|herramienta)|(?:la|ma) derniere (?:boutique|appli|app|marque)|(?:le|mon) dernier (?:hotel|restaurant|site|outil)|(?:a|o|minha|meu) (?:ultima|ultimo|anterior) (?:loja|app|hotel|marca|restaurante)|(?:l'ultimo|l'ultima) (?:negozio|app|hotel|ristorante)|(?:der|die|das|mein|meine) letzten? (?:shop|anbieter|hotel|app|tool)|after (?:the |a |my )?(?:worst|longest|awful|terrible|horrible|long|rough|nightmare) (?:\p{L}+ )?(?:journey|flight|drive|commute|day|week|shift|night|trip)(?: of my life)?)(?![\p{L}])/u,
);

/**
 * The text without the sentences about another business, when a question to us follows them;
 * the whole text otherwise (and always when those sentences name us).
 */
function withoutElsewhere(text: string, ownWords: readonly string[]): string {
  if (!/[?？]/u.test(text)) return text;
  // An emoji ends a thought too ("…tres semanas esperando un reembolso 😤 antes de pedir: ¿…?").
  const sentences = sentencesOf(text).flatMap((s) => s.split(/(?<=\p{Extended_Pictographic}\uFE0F?)\s+(?=\S)/u));
  // "Après deux traiteurs décevants cette année, comment réserver… ?": the leading clause about the others is cut off the question.
  let cut = false;
  for (const [index, sentence] of sentences.entries()) {
    const comma = sentence.indexOf(', ');
    if (comma > 0 && /[?？]/u.test(sentence) && ELSEWHERE.test(fold(sentence.slice(0, comma))) && !namesOwnBusiness(sentence, ownWords)) {
      sentences[index] = sentence.slice(comma + 2);
      cut = true;
    }
  }
  const elsewhere = sentences.filter((s) => !/[?？]/u.test(s) && ELSEWHERE.test(fold(s)) && !namesOwnBusiness(s, ownWords));
  if (elsewhere.length === 0 && !cut) return text;
  const rest = sentences.filter((s) => !elsewhere.includes(s));
  if (!rest.some((s) => /[?？]/u.test(s))) return text;
  return rest.join(' ');
}

/** The tone in one sentence, with the words that moved the model when it gave any. */
function toneReason(tone: Tone, labels: Labels, stars: number | undefined): string {
  const words = labels.reasons
    .filter((r) => r.startsWith(`${labels.tone}:`))
    .map((r) => r.match(/'([^']+)'/u)?.[1])
    .filter((w): w is string => Boolean(w) && w!.length > 2)
    .slice(0, 2);
  if (tone !== labels.tone)
    return stars !== undefined ? `Reads as ${TONE_WORD[tone]} (stars and words together)` : `Reads as ${TONE_WORD[tone]}`;
  return words.length > 0 ? `Reads as ${TONE_WORD[tone]}: ${words.map((w) => `'${w}'`).join(', ')}` : `Reads as ${TONE_WORD[tone]}`;
}

/** Words that tie a question or a piece of news to the business ("are they open", "your menu"). */
/** The readers asked as a group (folded): "which of you", "wer von euch", "qui d'entre vous". */
const OTHER_READERS =
  /(?<![\p{L}])(?:which of you|wer von euch|qui d'entre vous|quien de (?:vosotros|ustedes)|chi di voi|quem de (?:voces|vos))(?![\p{L}])/gu;

const BUSINESS_WORDS =
  /(?<![\p{L}])(?:you|your|you guys|y'all|they|their|this place|open|menu|book(?:ing)?|reserv\w*|order\w*|deliver\w*|price\w*|store|shop|restaurant|hotel|app|vous|votre|vos|ustedes|vosotros|su|ihr|euch|sie|voi|vostro|voces|voce|vcs)(?![\p{L}])/u;

/** Thanks meant sincerely (sarcastic thanks are in the irony cues). */
/** One to three people's full names at the start of a comment, then lower-case words: friends tagged on Facebook or Instagram. */
const TAGGED_NAMES = primed(/^(?:\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+\s+){1,3}(?=\p{Ll})/u);
/** Capitalised first words that start a sentence or name a place, not a person tagged. */
const TAG_NOT_A_NAME =
  /^(?:The|This|That|These|Those|My|Our|Your|Their|Is|Are|Was|Were|Do|Does|Did|Can|Could|Will|Would|Love|Loved|Great|Best|Just|Went|Had|We|I|Hi|Hello|Hey|Dear|Bonjour|Hola|Hallo|Ciao|Olá|Ola|Thanks|Thank|Merci|Gracias|Danke|Grazie|Obrigado|Obrigada|Lake|Mount|Saint|St|San|Santa|New|Le|La|Les|Un|Une|El|Los|Las|Der|Die|Das|Il|Lo|Gli|Una|Uno|Um|Uma|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Happy|Good|Nice|Amazing|Lovely|Beautiful|Excellent|Perfect|Super|Top|Very|So|Such|What|Why|How|When|Where|Who|Which)$/u;

/** A question's own answer right after it (folded): "Never.", "No way!", "Jamais.", "Nunca más". */
/** Delight right after a "??" ("heaven", "no words", "😍"), folded. */
const DELIGHT_AFTER =
  /^\s*(?:(?:(?:actually|honestly|literally|genuinely|truly|just|so|like|ok|okay) )*(?:no words|no way|heaven|heavenly|bliss|perfection|wow|insane|unreal|amazing|incredible|obsessed|chef'?s kiss|i'?m dead|dead|divine|magic|magical|iconic|goals|omg|yes+|literally perfect|a dream|dreamy|life[- ]changing|so good|the best|to die for|elite|next level|top tier|delicious|fire|marry me|take my money)(?![\p{L}])|[😍🥰🤩🔥✨💯🙌❤😭🤤🍻🍺🥂🎉😋👌])/u;

/** Delight that ends a "…??" ("is actually unreal??", "was so good??", "next level??"), folded. */
const DELIGHT_BEFORE =
  /(?<![\p{L}])(?:(?:is|was|are|were|'s|so|just|actually|honestly|literally|genuinely|lowkey|highkey)\s+)(?:(?:actually|honestly|literally|genuinely|so|just|lowkey|highkey)\s+)*(?:unreal|insane|amazing|incredible|heavenly|perfection|divine|iconic|elite|next level|top tier|delicious|fire|so good|the best|life[- ]changing|to die for|obsessed|magic|bliss)$/u;

/**
 * The text after a run of bare "…??" exclamations ("FREE PARKING in east austin?? $4 lone stars at happy hour?? 🍻"):
 * the delight that follows the last one answers for them all.
 */
function exclaimedRunAfter(after: string): string {
  let rest = after;
  for (let i = 0; i < 3; i++) {
    const next = /^\s*([^?？.!\n]{1,60})\?\?+/u.exec(rest);
    if (!next) break;
    const bare = fold(next[1]!).trim();
    if (QUESTION_CUE.test(bare) || ASK_PHRASE.test(bare)) break;
    rest = rest.slice(next[0].length);
  }
  return rest;
}

/**
 * An invitation put to a friend (folded, the handles taken off): a day or a time alone ("sunday??",
 * "saturday before yoga??"), "wanna go", "shall we", in six languages.
 */
const INVITATION_ASK = primed(
  /^(?:(?:this|next|on|ce|el|este|am|diesen|questo|este)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tonight|tomorrow|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-?end|ce soir|demain|lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde|manana|esta noche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|morgen|heute abend|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|stasera|domani|segunda|terca|quarta|quinta|sexta|amanha|hoje a noite)(?![\p{L}])(?:\s+\p{L}+){0,4}\s*[?？!.\s]*$|(?<![\p{L}])(?:wanna (?:go|come|try)|want to go|shall we|should we go|fancy (?:it|going)|you in|down for (?:it|this)|who'?s in|on y va|on y retourne|tu viens|vamos|quedamos|gehen wir|kommst du mit|andiamo|ci andiamo|bora|vamos la)(?![\p{L}])/u,
);

/** Congratulations or birthday wishes to someone by name, at the start ("Parabéns Rita!!", "Happy birthday Sam"), the name captured. */
const CONGRATULATES_SOMEONE =
  /^\W*(?:parab[ée]ns|felicidades|felicitaciones|f[ée]licitations|congrats|congratulations|happy birthday|feliz (?:cumplea[ñn]os|anivers[áa]rio)|joyeux anniversaire|bon anniversaire|alles gute|herzlichen gl[üu]ckwunsch|tanti auguri|auguri|buon compleanno)(?: (?:a|à|to|an|ao|à la|for))?,? (\p{L}+)(?![\p{L}])/iu;

/** A remedy asked for (folded): an exchange, a replacement, a repair, "what can you do" (six languages). */
const REMEDY_ASK = primed(
  /(?<![\p{L}])(?:exchange|swap|replace|replacement|send (?:me |us )?(?:a )?(?:new|another|replacement)|repair|fix (?:it|them|this)|trocar|troca|substituir|substituicao|reparar|cambiar(?:las|los|la|lo|me)?|reemplazar|reponer|echanger|echange|remplacer|remplacement|reparer|umtauschen|umtausch|ersetzen|ersatz|reparieren|cambiare|cambiarle|cambiarli|sostituire|sostituzione|riparare|what can you do|que podem fazer|que pueden hacer|que podeis hacer|que pouvez-vous faire|was konnen sie (?:da )?tun|cosa potete fare)(?![\p{L}])/u,
);

/** Other products tried and cancelled, a switcher's story (folded): "tried three tools … cancelled them all", "alle wieder gekündigt". */
const OTHERS_CANCELLED = primed(
  /(?<![\p{L}])(?:tried|tested|used|ausprobiert|getestet|teste|testes|essaye|probe|probado|provato|provati|testato|experimentei|testei)(?![\p{L}]).{0,120}(?<![\p{L}])(?:cancell?ed (?:all|every one|each|them all|the lot)|(?:alle|jede\p{L}*) (?:\p{L}+ )?gekundigt|(?:tous|toutes) resilie|les ai (?:tous|toutes) (?:resilie|annule)|(?:los|las) cancele (?:todos|todas)|cancelad[oa]s? todos|(?:li ho|le ho) (?:disdett|cancellat)\p{L}* tutt|cancelei (?:todos|todas))/u,
);

const SELF_ANSWER = primed(
  /^\s*(?:never(?: again)?|no way|not a chance|no chance|not likely|nope|hell no|jamais(?: de la vie)?|plus jamais|nunca(?: mas| jamais)?|ni loco|niemals|nie wieder|auf keinen fall|mai piu|mai e poi mai|nem pensar|jamais)\s*[.!…]/u,
);

/** How a policy is asked about (folded): "how long does", "do you", "cuánto tarda", "wie lange", "quanto tempo". */
const POLICY_ASK = primed(
  /(?<![\p{L}])(?:how long|how many days|how does|how do (?:i|we|refunds)|do you|can i|could i|is there|if i (?:return|send|cancel|change my mind)|(?:do|will|would|can|could) (?:i|we) get|cuanto (?:tarda|tiempo|tardan)|en cuanto tiempo|como funciona|si devuelvo|combien de temps|en combien de|comment (?:fonctionne|marche|se passe)|si je (?:renvoie|retourne)|wie lange|wie schnell|wie funktioniert|wenn ich (?:zuruckschicke|zurucksende)|quanto tempo|in quanto tempo|come funziona|se (?:restituisco|rendo)|quanto tempo demora|em quanto tempo|como funciona|se (?:eu )?devolver|(?:e|es|est|ist|sind|sont|son|sao|is|are|sono|ser[aá]|sera) (?:\p{L}+ )?(?:gratis|gratuit[oae]?s?|kostenlos|free))(?![\p{L}])/u,
);

/** "Even though", in six languages (folded): what happened went against what they asked or set. */
const DESPITE =
  /(?<![\p{L}])(?:even though|although|despite|alors que|bien que|malgre|aunque|a pesar de|obwohl|trotz|anche se|nonostante|sebbene|embora|apesar de|mesmo (?:que|com))(?![\p{L}])/u;

const SINCERE_THANKS = primed(
  /(?<![\p{L}])(?:thank you|thanks(?! a lot| for nothing)|merci(?! pour rien)|gracias(?! por nada)|danke(?! auch| fur nichts)|grazie(?! di niente| per niente)|obrigad[oa](?! por nada))(?![\p{L}])(?![\s!.,]*[🙃🙄🤡])/u,
);

/**
 * Irony that is not in a fixed phrase: applause alone in a clause ("Bravo, 1h d'attente"),
 * praise of the service that then fails ("Great customer service, they hung up"), or
 * enjoying what no one enjoys ("love paying a surprise fee"), next to a bad situation and
 * with no "but" that would make it an honest mixed review.
 */
function ironicAround(foldedSentences: readonly string[], folded: string, negativeScore: number, stars: number | undefined): boolean {
  if (stars !== undefined && stars >= 4) return false;
  if (CONTRAST.test(folded) || SINCERE_THANKS.test(folded)) return false;
  const clauses = foldedSentences.flatMap((sentence) => sentence.split(/\s*[,:;]\s+|\s+[-–]\s+/u));
  const applause = clauses.filter((clause) => IRONIC_APPLAUSE.test(clause.trim()));
  const rest = clauses.filter((clause) => !applause.includes(clause)).join('. ');
  // Not finding something is no bad situation to be ironic about ("love it 🙌 can't find dark mode").
  const badSituation = (words: string) =>
    TROUBLE.test(words.replace(FOND_TIME, ' ').replace(QUICK_SERVICE, ' ')) || PROBLEM.test(words.replace(CANT_FIND, ' '));
  if (applause.length > 0 && applause.length < clauses.length && (badSituation(rest) || negativeScore >= 0.6)) return true;
  if (foldedSentences.some((sentence) => PRAISED_SERVICE.test(sentence)) && badSituation(folded.replace(PRAISED_SERVICE, ' '))) return true;
  return ENJOYING_TROUBLE.test(folded) && (badSituation(folded) || negativeScore >= 0.5 || (stars !== undefined && stars <= 2));
}

/** Asking for something to change ("could you turn the music down", "please add dark mode"). */
const ASKS_FOR_CHANGE =
  /(?<![\p{L}])(?:could you|can you|would you|please|wish|would be (?:nice|great)|if only|pourriez|pouvez-vous|podrian|podeis|konnten sie|konntet ihr|potreste|poderiam)(?![\p{L}])/u;

/** Under this model score a negative tone needs words that say what went wrong. */
const MODEL_ALONE_NEGATIVE = 0.75;

/** Offer words that, with a link, make a post an advertisement. */
const PROMOTION =
  /(?<![\p{L}])(?:\d+ (?:months?|weeks?|days?) free|free (?:trial|for \d+)|promo(?:tion)?(?: code)?|use (?:my )?code|discount code|coupon|\d+% off|sign up (?:now|today|here)|try (?:it )?(?:now|today|for free)|limited offer|gratis|gratuit|kostenlos|gratuito|gratuitamente|essai gratuit|prueba gratis|probemonat)(?![\p{L}])/u;
