import type { Reading } from '@/lib/reading';
import {
  fold,
  GRIEVANCE_QUESTION,
  LOOKING_FORWARD,
  PAYMENT_METHOD,
  PLEA_FOR_ANSWER,
  PRAISE,
  PROBLEM,
  RUDE_TREATMENT,
  SHRUGGED,
  CHARGED_TWICE,
} from '@/lib/reading/cues';
import { FUNCTION_WORD_IN, LIST_LANGUAGES, sentencesOf } from '@/lib/reading/points';
import { isSituation, situationsOf } from '@/lib/reading/situations';
import {
  conceptPhrase,
  EVIDENCE_ELSEWHERE,
  PRAISE_ELSEWHERE,
  pairConcept,
  TROUBLE_ELSEWHERE,
  TURN_ELSEWHERE,
  unspacedPhrases,
} from './concepts';
import type { Point } from '@/lib/reading';
import type { Profile } from '@/lib/settings/schema';
import { LEAD_OR_WISH, MONEY_BACK, type Family } from '../family';
import { CONCESSION, jaccard, soundsDefensive } from '../draft-check';
import { contactFor, firstNameOf } from '../render';
import { siteLength, siteLimitFor } from '@/lib/sites/reply-limits';
import { BANKS, ENGLISH_NOUNS } from './banks';
import { type FactAnswer, factFor } from './facts';
import { isOnlineOrder, relationOf, seedOf, speaksAsParty } from './closing';
import { fillPhrase, phrasesForRegister, withPhrases, type PhraseSet, type PhraseValues } from './phrases';
import { aspectWord, contract, crossLanguagePhrase, listOf, PRICE_FROM_TO, pointPhrase, type ReplyLanguage } from './point-phrases';
import type { BusinessKind, ChannelKind, ComposeContext } from './types';
import { restatedComplaint } from './restate';
import { factInLanguage } from './fact-language';

export type { ReplyLanguage };
export const REPLY_LANGUAGES: readonly ReplyLanguage[] = ['en', 'fr', 'es', 'de', 'it', 'pt'];

export interface ComposeInput {
  reading: Reading;
  family: Family;
  item: { text: string; author?: string; site: string };
  profile: Profile;
  site: string;
  /** The playbook's own wording per reply language (greeting, opening, next step, sign-off). */
  phrases?: Partial<Record<ReplyLanguage, PhraseSet>>;
}

export interface ComposedReply {
  /** `<family>-<intent>`, stable, for the log and "not used on this page yet". */
  id: string;
  intent: string;
  text: string;
  why: string;
}

export interface Composition {
  language: ReplyLanguage;
  /** Set when the item's language is not one the replier writes: the panel says so. */
  languageNote?: string;
  replies: ComposedReply[];
}

function isReplyLanguage(code: string): code is ReplyLanguage {
  return (REPLY_LANGUAGES as readonly string[]).includes(code);
}

/** The item's language when the replier writes it, else the replier's first language. */
export function replyLanguageFor(
  itemLanguage: string,
  profileLanguages: readonly string[],
): { language: ReplyLanguage; switched: boolean } {
  const written = profileLanguages.filter(isReplyLanguage);
  const first = written[0] ?? 'en';
  if (isReplyLanguage(itemLanguage) && (written.length === 0 ? itemLanguage === 'en' : written.includes(itemLanguage))) {
    return { language: itemLanguage, switched: false };
  }
  return { language: first, switched: itemLanguage !== 'und' && itemLanguage !== first };
}

/** A wish after an injury that names no one (the words cannot tell who was hurt, nor their gender), the injury named. */
const HOPE_BETTER: Record<Exclude<ReplyLanguage, 'en'>, string> = {
  fr: 'Nous espérons sincèrement que la blessure guérit bien et que tout va mieux aujourd’hui.',
  es: 'Esperamos sinceramente que la lesión se cure bien y que ya esté todo mejor.',
  de: 'Wir hoffen sehr, dass die Verletzung gut heilt und es inzwischen wieder besser geht.',
  it: 'Speriamo davvero in una pronta guarigione e che ora vada tutto meglio.',
  pt: 'Esperamos sinceramente que a lesão sare bem e que já esteja tudo melhor.',
};
/** The same after an illness, with their health named (still no one's gender). */
const HOPE_HEALTH: Record<Exclude<ReplyLanguage, 'en'>, string> = {
  fr: 'Nous espérons sincèrement que tout le monde va mieux et a retrouvé la santé.',
  es: 'Esperamos sinceramente que ya estén todos mejor de salud.',
  de: 'Wir hoffen sehr, dass es gesundheitlich inzwischen allen wieder besser geht.',
  it: 'Speriamo davvero che ora stiano tutti meglio e in salute.',
  pt: 'Esperamos sinceramente que já estejam todos melhor de saúde.',
};
/** Glad that all ended well, for a fan who thanks us for our care when someone was ill or hurt (names no one). */
const GLAD_ALL_WELL: Record<Exclude<ReplyLanguage, 'en'>, string> = {
  fr: 'Nous sommes tellement heureux que tout se soit bien terminé.',
  es: 'Nos alegra muchísimo que todo haya salido bien.',
  de: 'Wie schön, dass alles gut ausgegangen ist.',
  it: 'Siamo davvero felici che sia andato tutto bene.',
  pt: 'Ficamos muito contentes por tudo ter corrido bem.',
};
/**
 * The second suggestion for a question whose answer is long (two facts, say): where all the details
 * are written, instead of the same facts again, which would make it the first suggestion over.
 */
const DETAILS_AT: Record<ReplyLanguage, (formal: boolean, url: string) => string[]> = {
  en: (_, url) => [`Good question! You'll find all the details at ${url}.`, 'And if anything there is unclear, just ask us here.'],
  fr: (formal, url) =>
    formal
      ? [`Bonne question ! Vous trouverez tous les détails sur ${url}.`, 'Et si quelque chose n’est pas clair, demandez-nous ici.']
      : [`Bonne question ! Tu trouveras tous les détails sur ${url}.`, 'Et si quelque chose n’est pas clair, demande-nous ici.'],
  es: (formal, url) =>
    formal
      ? [`¡Buena pregunta! Encontrará todos los detalles en ${url}.`, 'Y si algo no queda claro, pregúntenos por aquí.']
      : [`¡Buena pregunta! Encontrarás todos los detalles en ${url}.`, 'Y si algo no queda claro, pregúntanos por aquí.'],
  de: (formal, url) =>
    formal
      ? [`Gute Frage! Alle Einzelheiten finden Sie auf ${url}.`, 'Und wenn dort etwas unklar ist, fragen Sie uns einfach hier.']
      : [`Gute Frage! Alle Einzelheiten findest du auf ${url}.`, 'Und wenn dort etwas unklar ist, frag uns einfach hier.'],
  it: (formal, url) =>
    formal
      ? [`Bella domanda! Trova tutti i dettagli su ${url}.`, 'E se qualcosa non è chiaro, ce lo chieda pure qui.']
      : [`Bella domanda! Trovi tutti i dettagli su ${url}.`, 'E se qualcosa non è chiaro, chiedicelo pure qui.'],
  pt: (_, url) => [`Boa pergunta! Encontra todos os detalhes em ${url}.`, 'E se alguma coisa não ficar clara, pergunte-nos aqui.'],
};

/** A device or browser named alone by its make ("iPhone 13", "Pixel 7", "Chrome"), folded (not "a laptop", which may be the point). */
const DEVICE_ONLY =
  /^(?:(?:the|my|an?|mon|mi|mein|il|o)\s+)?(?:iphone|ipad|ipod|android|pixel|samsung|galaxy|huawei|xiaomi|oneplus|macbook|mac|imac|windows|chromebook|chrome|safari|firefox)(?:\s+(?:\d+[a-z]?|pro|max|plus|mini|air|se|ultra|s\d+)){0,3}$/u;

/** How they were treated, said as a thing to be sorry about (register-neutral in every language). */
const TREATMENT_PHRASE: Record<ReplyLanguage, string> = {
  en: 'how you were treated',
  fr: "l'accueil reçu",
  es: 'el trato recibido',
  de: 'Umgangston',
  it: 'il trattamento ricevuto',
  pt: 'o tratamento recebido',
};

/** How the team reacted when they raised it (a shrug), per language (English says the shrug back in its own clause). */
const REACTION_PHRASE: Record<Exclude<ReplyLanguage, 'en'>, string> = {
  fr: "la réaction de l'équipe sur le moment",
  es: 'la reacción del equipo en ese momento',
  de: 'die Reaktion unseres Teams vor Ort',
  it: 'la reazione del personale sul momento',
  pt: 'a reação da equipa no momento',
};

/** Sorry that nobody answered them, in the reply's register. */
const SORRY_UNANSWERED: Record<Exclude<ReplyLanguage, 'en'>, (formal: boolean) => string> = {
  fr: () => 'Et pardon pour l’absence de réponse jusqu’ici.',
  es: (formal) => (formal ? 'Y disculpe que nadie le haya respondido hasta ahora.' : 'Y perdona que nadie te haya respondido hasta ahora.'),
  de: (formal) =>
    formal
      ? 'Und entschuldigen Sie, dass Sie bisher keine Antwort bekommen haben.'
      : 'Und entschuldige, dass du bisher keine Antwort bekommen hast.',
  it: (formal) => (formal ? 'E ci scusi se finora nessuno Le ha risposto.' : 'E scusa se finora nessuno ti ha risposto.'),
  pt: () => 'E pedimos desculpa por ninguém lhe ter respondido até agora.',
};

/** Nobody answered them: emails, calls, messages or a ticket left without a reply (six languages, folded). */
const UNANSWERED = new RegExp(
  `${/(?<![\p{L}])(?:(?:without|sans|sin|ohne|senza|sem) (?:a |any |aucune |ninguna |jede |alcuna |qualquer )?(?:reply|answer|response|reponse|respuesta|antwort|risposta|resposta)|no (?:one|body) (?:has )?(?:answer|repl|respond|got back|called back|returned)\w*|nobody (?:answer|repl|respond|got back|called back|returned)\w*|no (?:answer|reply|response|callback)|(?:never|haven'?t|have not|didn'?t|did not) (?:heard|had an answer|had a reply|got an answer|got a reply|gotten a reply|received a reply)|(?:still )?(?:waiting|no word) (?:for|on) (?:a |an |any )?(?:reply|answer|response|callback|call back)|(?:\d+|two|three|four|five|six|several|multiple|many) (?:e-?mails|messages|calls|dms|tickets)(?: later)?|(?:\d+|deux|trois|quatre|cinq|plusieurs|dos|tres|cuatro|cinco|varios|varias|zwei|drei|vier|funf|mehrere|due|tre|quattro|cinque|diverse|vari|varie|dois|duas|quatro|cinco) (?:e-?mails?|mails?|courriels|appels|correos|llamadas|mensajes|anrufe|nachrichten|chiamate|telefonate|messaggi|chamadas|telefonemas|mensagens)(?: (?:sans|sin|ohne|senza|sem) (?:reponse|respuesta|antwort|risposta|resposta))?|(?:emailed|called|messaged|wrote|rang|contacted) (?:you |support |them )?(?:twice|three times|four times|\d+ times|several times|multiple times|repeatedly)|ignored my (?:e-?mails?|messages?|calls?)|(?:ever|even|actually) going to (?:answer|reply|respond|call (?:me|us) back)|(?:is|does) (?:anyone|anybody) (?:actually |even )?(?:reading|answering|answer)|aucune reponse|personne ne (?:repond|m'a repondu|nous a repondu|rappelle)|nadie (?:contesta|responde|me ha respondido|nos ha respondido)|ni una respuesta|keine (?:antwort|ruckmeldung|reaktion)|niemand (?:antwortet|meldet sich|hat geantwortet)|nessuna risposta|nessuno (?:risponde|ha risposto|mi ha risposto)|ninguem (?:responde|respondeu|me respondeu)|nenhuma resposta|(?:ainda )?nao tive (?:qualquer |nenhuma )?resposta|sem resposta|sigo sin respuesta|sin respuesta|toujours pas de reponse|pas de reponse|noch keine antwort|ancora nessuna risposta|(?:only|just) (?:got |had )?(?:the |an )?auto-?(?:reply|response|matic reply)|(?:and )?then nothing|heard nothing(?: back)?|(?:haven'?t|have not|hasn'?t) heard (?:anything|back)|(?:seitdem|seither|bis heute|danach) nichts(?: mehr)?(?: gehort)?|nichts (?:mehr )?gehort|nie (?:etwas|wieder was) gehort|sans (?:aucune )?nouvelles?|aucune nouvelle|puis plus rien|sin (?:ninguna )?noticias|y luego nada|nessuna notizia|poi (?:piu )?niente|sem (?:quaisquer |nenhumas )?noticias|e depois nada)(?![\p{L}])/u.source}|(?<![\\p{L}])(?:${PLEA_FOR_ANSWER})(?![\\p{L}])`,
  'u',
);

/** The one hurt or ill when it is someone with the writer ("my son cut his gum"), English. */
function harmedOf(text: string): { who: string; pronoun: 'he' | 'she' | 'they' } | undefined {
  const m =
    /(?<![\p{L}])(?:my|our) ((?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]year[- ]old|son|daughter|husband|wife|partner|boyfriend|girlfriend|kid|child|little one|baby|toddler|mum|mom|mother|dad|father|friend|boy|girl|grandson|granddaughter|grandma|grandpa|nan|brother|sister)(?![\p{L}])/iu.exec(
      text,
    );
  // "My wife and I both got sick": the writer too.
  // ("…on our second morning and I was terrified" is not that: "my wife and I" is the subject of a sentence.)
  if (
    !m ||
    /(?:^|[.!?]\s+|,\s*)(?:my|our) [\p{L}-]+ and I(?![\p{L}])|(?:we|both of us) (?:both |all )?(?:got|were|fell|became)/iu.test(text)
  )
    return undefined;
  // "my 6 year old", "our 2-year-old": the little one.
  const who = /\d|year/u.test(m[1]!) ? 'little one' : m[1]!.toLowerCase();
  const pronoun = /^(?:son|husband|boyfriend|dad|father|boy|grandson|grandpa|brother)$/u.test(who)
    ? 'he'
    : /^(?:daughter|wife|girlfriend|mum|mom|mother|girl|granddaughter|grandma|nan|sister)$/u.test(who)
      ? 'she'
      : 'they';
  return { who, pronoun };
}

/** Someone hurt or taken ill: a wish for them comes first. */
function harmOf(text: string): 'injury' | 'illness' | undefined {
  const folded = fold(text);
  // "Luckily no one was hurt": nobody to wish well.
  if (HARM_AVOIDED.test(folded)) return undefined;
  if (
    /(?<![\p{L}])(?:hurt|injur\w*|fractur\w*|broke (?:my|his|her|their) \w+|broken (?:wrist|arm|leg|ankle|toe|finger|nose|tooth)|sprain\w*|stitches|burn(?:ed|t) (?:my|his|her|their)|cut (?:my|his|her|their)|bleeding|fell|slipped|concussion|a&e|er visit|blesse\w*|fracture|chute|herid[oa]\w*|lesion\w*|se cayo|verletz\w*|gesturzt|gebrochen|ferit[oa]\w*|caduta|e caduto|e caduta|ferid[oa]\w*|caiu|partiu o|partiu a|sangr\w*|saign\w*|geblutet|blutete|sanguin\w*|corte en|coupure|cortou|cortei|se corto|me corte|s'est coupee?|tagliat[oa]|si e tagliat\w*|geschnitten|schnitt sich|machuc\w*|magoou|magoad[oa]|feriu)(?![\p{L}])/u.test(
      folded,
    )
  )
    return 'injury';
  if (
    /(?<![\p{L}])(?:food poisoning|poisoned|sick|ill|vomit\w*|threw up|throwing up|diarrh\w*|allergic reaction|anaphyla\w*|rash|hives|epi-?pen|hospital|urgent care|doctor|intoxica\w*|malades?|vomi\w*|enferm[oa]\w*|vomit\w*|krank|ubel|erbrochen|lebensmittelvergiftung|intossica\w*|malat[oa]|doente|vomitei)(?![\p{L}])/u.test(
      folded,
    )
  )
    return 'illness';
  return undefined;
}

/** Who can be hurt or fall ill in a story: the writer or someone with them, not a phone or an order. */
const PERSON = String.raw`(?:i|he|she|they|we|(?:my|our) (?:son|daughter|husband|wife|partner|boyfriend|girlfriend|kid|kids|child|children|little one|baby|toddler|mum|mom|mother|dad|father|friend|boy|girl|grandson|granddaughter|grandma|grandpa|nan|brother|sister|brother-in-law|sister-in-law|guest|guests|family))`;
const BODY_PART = String.raw`(?:hand|hands|finger|thumb|mouth|tongue|lip|gum|foot|feet|leg|arm|head|face|knee|back|wrist|ankle|eye|skin)`;
/**
 * Harm told in a complaint, read strictly: in a plain complaint "sick of waiting", "ill-fitting",
 * "the order fell through" and "burned my steak" are no harm, so only a person hurt or ill counts.
 */
const INJURY_IN_COMPLAINT = new RegExp(
  String.raw`(?<![\p{L}])(?:${PERSON} (?:fell|slipped|tripped|got hurt|was hurt|were hurt|got burn(?:ed|t)|got cut)(?! (?:asleep|in love|apart|for|short|through|behind|over (?:the|our) (?:moon|menu)))|(?:hurt|injured|burn(?:ed|t)|cut|scald(?:ed)?|bruised) (?:himself|herself|myself|themselves|(?:his|her|my|their|our) ${BODY_PART})|stitches|bleeding|broken (?:wrist|arm|leg|ankle|toe|finger|nose|tooth)|fractur\w*|sprain\w*|concussion|injur(?:y|ies|ed)|a&e|(?:s'est|me suis|s'est fait) (?:blesse|coupe|brule)e?s?|blesse(?:e|s|es)?|verletzt|(?:sich|mich) (?:geschnitten|verbrannt|verletzt)|ferit[oaie]|(?:si e|mi sono) (?:tagliat[oa]|fatt[oa] male|bruciat[oa])|herid[oa]s?|(?:se|me) (?:corto|quemo|lastimo|cai)|ferid[oa]s?|(?:se|me) (?:cortou|queimou|machucou|cortei|queimei))(?![\p{L}])`,
  'u',
);
const ILLNESS_IN_COMPLAINT = new RegExp(
  String.raw`(?<![\p{L}])(?:food poisoning|(?:spent|spend|spending) (?:the |all |the whole |the rest of the )?(?:afternoon|evening|night|day|weekend|morning)s? (?:ill|sick|unwell|in bed|on the toilet|throwing up|being sick)|(?:got|get|gotten|getting|was|were|been|became|felt|feel|feeling|fell|is|are) (?:so |really |very |violently |quite |pretty |terribly |all )?(?:sick|ill|unwell)(?! (?:of|and tired))|vomit(?:ed|ing)|threw up|throwing up|diarrh\w*|allergic reaction|anaphyla\w*|epipen|(?<!(?:way|walk|drive|commute|work|works|working|shift|shifts|nurse|doctor) )(?:in|to|at) (?:the )?hospital|urgent care|intoxication alimentaire|(?:tombe|tombee|tombes|ete|etait|etaient|est|sont) malades?|intoxicacion|(?:me|se|nos) enferm(?:e|o|aron|amos)|enferm[oa]s|vomit(?:ar|e|o|ado|ada|amos|aron|ato|ata|ei|ou)|krank (?:geworden|gewesen)|lebensmittelvergiftung|erbrochen|intossicazione|(?:stat[oaie]|sentit[oaie]) male|intoxicacao|(?:passei|passou|passamos|passaram) mal|ficou doente|ficamos doentes)(?![\p{L}])`,
  'u',
);
/** "Luckily nobody was hurt": the harm was avoided, and a wish would misread it. */
const HARM_AVOIDED =
  /(?<![\p{L}])(?:(?:no one|noone|nobody|no-one) (?:was|got|were) (?:hurt|injured|sick|ill)|no(?:body)? injur\w*|(?:luckily|fortunately|thankfully|thank god)[^.!?]{0,40}(?:not|no one|nobody|okay|ok|fine|unhurt|alright))(?![\p{L}])/u;
/** Care in an emergency, as a thankful guest tells it ("had a doctor with us within 20 minutes", "ein Taxi ins Spital"). */
const EMERGENCY_CARE =
  /(?<![\p{L}])(?:doctor|ambulance|paramedics?|a&e|hospital|urgent care|arzt|notarzt|krankenwagen|spital|krankenhaus|notaufnahme|medecin|hopital|urgences|medico|ambulancia|urgencias|ospedale|pronto soccorso|urgencia)(?![\p{L}])/u;
/** …and the distress that called for it: a doctor alone ("as a doctor, I notice hygiene") is no emergency. */
const DISTRESS =
  /(?<![\p{L}])(?:dizzy\w*|faint\w*|collapsed|fell|slipped|tripped|gesturzt|gestolpert|chute|tombee?|caduta|caduto|se cayo|caiu|pain|in agony|emergency|allergic|schmerz\w*|notfall|ohnmacht\w*|douleurs?|malaise|evanoui\w*|dolor(?:es)?|mareo|desmay\w*|emergencia|malore|dolori|svenut[oa]|emergenza|dores|desmai\w*|passou mal|sentiu mal|se sintio mal|si e sentit[oa] male)(?![\p{L}])/u;
/** A fan thanking us for care when someone was ill or hurt (read strictly, as in a complaint, or by the care they describe). */
function reliefInPraise(text: string): boolean {
  const folded = fold(text);
  return harmInComplaint(text) !== undefined || (EMERGENCY_CARE.test(folded) && DISTRESS.test(folded));
}
function harmInComplaint(text: string): 'injury' | 'illness' | undefined {
  const folded = fold(text);
  if (HARM_AVOIDED.test(folded)) return undefined;
  if (INJURY_IN_COMPLAINT.test(folded)) return 'injury';
  return ILLNESS_IN_COMPLAINT.test(folded) ? 'illness' : undefined;
}

/** Things said without "a": "getting dairy", "getting regular milk". */
const MASS_NOUN =
  /^(?:(?:regular|normal|full-fat|whole|skimmed|semi-skimmed|cow'?s) )?(?:dairy|milk|cream|sugar|syrup|gluten|meat|pork|beef|chicken|fish|cheese|bread|rice|water|juice|coffee|tea|decaf|caffeine|wine|beer|sauce|dressing|ice)$/iu;

const INFORMAL_SITES = new Set(['instagram', 'x', 'youtube', 'reddit', 'tiktok']);
/** French brands keep "vous" on X, YouTube and Reddit; "tu" is what they write on Instagram and TikTok. */
const INFORMAL_SITES_BY_LANGUAGE: Partial<Record<ReplyLanguage, Set<string>>> = { fr: new Set(['instagram', 'tiktok']) };

/**
 * How the person addressed us, when their words say it: "tu as", "t'as", "du hast", "tienes" are
 * informal; "vous avez", "Sie", "usted", "Lei" formal. A reply mirrors it (a CM answers "vous"
 * with "vous" even on Instagram); undefined when nothing says.
 */
const ADDRESS: Partial<Record<ReplyLanguage, { informal: RegExp; formal: RegExp }>> = {
  fr: {
    informal: /(?<![\p{L}])(?:(?:tu|toi|ton|ta|tes)(?![\p{L}])|t'(?=\p{L}))/iu,
    formal: /(?<![\p{L}])(?:vous|votre|vos)(?![\p{L}])/iu,
  },
  de: { informal: /(?<![\p{L}])(?:du|dein\w*|dich|dir)(?![\p{L}])/iu, formal: /(?<![\p{L}])(?:Sie|Ihnen)(?![\p{L}])/u },
  es: {
    informal: /(?<![\p{L}])(?:tú|tienes|puedes|haces|sabes|vosotros|tenéis|teneis|podéis|podeis)(?![\p{L}])/iu,
    formal: /(?<![\p{L}])(?:usted|ustedes)(?![\p{L}])/iu,
  },
  it: { informal: /(?<![\p{L}])(?:tu|hai|puoi|sai|fai)(?![\p{L}])/iu, formal: /(?<![\p{L}])(?:Lei|La ringrazio|potrebbe)(?![\p{L}])/u },
};

function addressOf(text: string, language: ReplyLanguage): boolean | undefined {
  const address = ADDRESS[language];
  if (!address) return undefined;
  const informal = address.informal.test(text);
  const formal = address.formal.test(text);
  return formal === informal ? undefined : formal;
}

/** Whether a reply in `language` on `site` uses the formal "you". */
export function isFormalSite(site: string, language: ReplyLanguage): boolean {
  return !(INFORMAL_SITES_BY_LANGUAGE[language] ?? INFORMAL_SITES).has(site);
}

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  de: 'German',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
  pl: 'Polish',
  ja: 'Japanese',
};

function channelOf(profile: Profile, site: string): { kind: ChannelKind; value: string } {
  const value = contactFor(profile, site);
  if (!value) return { kind: 'none', value: '' };
  if (value.startsWith('@')) return { kind: 'dm', value };
  if (value.includes('@')) return { kind: 'email', value };
  if (/^https?:/iu.test(value)) return { kind: 'url', value };
  return { kind: 'phone', value };
}

/** Aspects that can name what a question is about ("the high chair", "the XRechnung format"). */
const TOPIC_ASPECTS = new Set<Point['aspect']>(['access', 'product', 'app', 'room', 'delivery', 'booking', 'packaging', 'pets']);

/** Words that point to a fact but do not name a thing to ask "about" (open, vegetarian, Sunday). */
const NOT_A_TOPIC =
  /^(?:open\w*|clos\w*|what time|when do you|book\w*|reserv\w*|cater|vegetarian|vegan|veggie|meat[- ]free|accessible|ouv\w*|ferm\w*|abiert\w*|abr\w+|cierr\w*|ge(?:ö|o)ffnet|offen|apert\w*|aprite|chius\w*|abert\w*|fech\w*|\w*days?|dimanche|domingo|sonntag|domenica|samedi|s[aá]bado|how much|cost|v[ée]g[ée]tarien\w*|vegetarian\w*|vegetarisch\w*|ship\w*|deliver\w*|test\w*|try\w*|trial|essai\w*|prob\w*|prova\w*|experiment\w*|gluten\w*|celiac|coeliac|sans gluten|sin gluten|glutenfrei|senza glutine|sem gluten|mornings?|evenings?|nights?|today|tomorrow|tonight|matin|soir|mattina|sera|manana|noche|morgen|abend|manha|noite|calz\w*|calc[oa]\w*|chausse\w*|pointure|cancel\w*|unsubscrib\w*|free|paid|pay|pro|premium|upgrade|gratuit\w*|gratis|kostenlos|kostenpflichtig|umsonst|gratuito|half[- ]sizes?|annual|yearly|monthly|annuel\w*|mensuel\w*|anual|mensual|jahrlich|monatlich\w*|annuale|mensile|mensal|latest|earliest|\d.*|(?:trage|porto|pido|pillo|cojo|prendo|nehme|peco|prends)\b.*|(?:how long|how soon|cu[aá]nto tarda\w*|cu[aá]nto tiempo|combien de temps|wie lange|quanto tempo|quanto tarda)\b.*)$/iu;

/** Words too general to say back when something more specific was said. */
/** The kind of place the business is, in six languages: never a grievance's name. */
const OWN_KIND =
  /^(?:cafe|cafes|coffee shop|restaurant|restaurants|hotel|hotels|shop|store|bistro|diner|bakery|brasserie|boutique|tienda|loja|negozio|laden|geschaft|cafeteria|ristorante|restaurante|albergo|caffe|kaffee)$/u;

const GENERIC =
  /^(?:rooms?|food|meal|menu|dish(?:es)?|brunch|lunch|dinner|place|app|update|staff|team|service|pairs?|pares?|table|order|comida|essen|cibo|repas|plat|personal|personale|equipe|equipo|invoice|rechnungen|chambres?|habitaci[oó]n(?:es)?|zimmer|camer[ae]|quartos?)$/iu;
const SPECIFIC_ASPECTS = new Set<Point['aspect']>([
  'product',
  'quality',
  'safety',
  'app',
  'noise',
  'temperature',
  'size',
  'wait',
  'delivery',
  'cleanliness',
  'pets',
  'order',
]);

const OCCASION =
  /(?:holidays?|vacation|hen (?:do|party|brunch|night|weekend)|stag (?:do|party|night|weekend)|bachelor(?:ette)? (?:party|weekend|night|do)|bachelorette|despedida|enterrement de vie|junggesell\w*|addio al celibato|addio al nubilato|baby shower|birthday|anniversary|anniversaire|anniversario|cumpleanos|geburtstag|honeymoon|lune de miel|luna de miel|flitterwochen|luna di miele|viaggio di nozze|lua de mel|wedding|mariage|boda|hochzeit|matrimonio|casamento|graduation|seminaire|seminar|seminario|offsite|off-site|retreat|conference|team (?:day|dinner|lunch|event)|company (?:dinner|party|event|picnic)|picnic|(?:christmas|holiday|xmas|summer|office) party|works (?:do|party)|cena (?:de empresa|aziendale)|firmenfeier|weihnachtsfeier|jantar de empresa|pot de depart|depart en retraite|fete de depart|leaving do|leaving party|farewell (?:party|drinks|dinner)|quincea(?:n|ñ)eras?|quinces|quince party|sweet (?:16|sixteen)|bar mitzvah|bat mitzvah|christening|baptism|first communion|retirement (?:party|dinner|lunch|do)|family reunion|class reunion|reunion)/u;

/** "I have photos", "photos à l'appui": pictures kept as evidence. */
const EVIDENCE =
  /(?:i have|i've got|i got|i took|we have|we took|with|attached|tengo|tenemos|habe|haben|ho|abbiamo|tenho|temos|j'ai)\s+(?:the |some |des |las |die |le |as )?(?:photos?|pictures?|screenshots?|fotos?|bilder|foto|receipts?|proof|evidence)|(?:photos?|fotos?) (?:a l'appui|as proof)/u;

/** Words that make the price itself the complaint (folded). */
const PRICE_COMPLAINT =
  /(?<![\p{L}])(?:charged (?:me |us )?(?:\S+ ){0,2}(?:on top|extra)|extra charges?|surcharges?|hidden (?:charges?|fees?)|service charge|supplement|supplements|aufpreis|zuschlag|suplemento|supplemento|overpriced|over-priced|pricey|expensive|rip-?off|steep|extortionate|too much|price (?:hike|rise|increase)s?|prices? (?:(?:has|have) )?(?:went|gone|go|gone|going|crept|shot|jumped) up|prices? (?:has |have )?(?:increased|doubled)|(?:raised|increased|hiked|doubled|bumped up|put up|jacked up) (?:the|your|their|its) prices?|(?:put|bumped|jacked) (?:the|your|their) prices? up|more expensive|(?:les )?prix (?:ont|a) (?:augmente|double|explose)|augmente (?:les|vos|leurs) prix|(?:ha|han) subido (?:el|los) precios?|(?:el|los) precios? (?:ha|han) subido|preise? (?:erhoht|angehoben|gestiegen)|(?:aumentat[oi]|rincarat[oi]) (?:i|il) prezz[oi]|prezz[oi] (?:aumentat[oi]|rincarat[oi])|pre[cç]os? (?:subiu|subiram|aumentou|aumentaram)|trop cher|hors de prix|arnaque|carisimo|demasiado caro|abusivo|zu teuer|uberteuert|wucher|happig|c.est abuse|abusif|troppo car[oaie]|carissim[oaie]|esagerat[oaie]|muito caro|carissim[oa]|caro demais)(?![\p{L}])/u;

/** Places people stand or wait at (folded). */
const PLACE_WORD =
  /^(?:the |le |la |el |die |der |il |o |a )?(?:counter|bar|till|reception|front desk|desk|register|comptoir|accueil|barra|mostrador|recepcion|theke|tresen|rezeption|bancone|balcao|rececao|recepcao|office|work|school|gym|bureau|oficina|buro|ufficio|escritorio|lobby|foyer|hall|hallway|corridor|lounge|flur|gang|couloir|pasillo|corridoio|corredor|building|entrance|door|balcony|street|road|corner|car park|parking lot|lot|batiment|entree|rue|edificio|entrada|calle|gebaude|eingang|strasse|edificio|ingresso|strada|predio|rua)$/u;

/** "the left one squeaks": a side or a count names which one, not what ("the left" is no point). */
const WHICH_ONE =
  /^(?:the |le |la |el |die |der |il |o |a )?(?:left|right|other|first|second|gauche|droite|izquierd[oa]|derech[oa]|link\w*|recht\w*|sinistr[oa]|destr[oa]|esquerd[oa]|direit[oa])(?: one| ones)?$/iu;

/** Whether `word` stands in `text` right after words matching `lead` (a regex source): "at the bar", "in your post". */
function saidAfter(text: string, word: string, lead: string): boolean {
  const escaped = word.trim().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}])(?:${lead})${escaped}(?![\\p{L}])`, 'iu').test(text);
}

/** "at the bar", "au bar", "en la barra", "an der Bar", "al bancone", "no balcão": the word names where, not what. */
function atPlace(text: string, word: string): boolean {
  return saidAfter(
    text,
    word,
    // (With whose and which side: "at my door", "the ramp at the side door".)
    "(?:at|on|behind|by|to|from|around|in|through|out of|out|au|a la|à la|al|en la|en el|an der|am|alla|al|no|na|ao|dans)\\s+(?:the\\s+|my\\s+|our\\s+|your\\s+|ur\\s+|der\\s+|dem\\s+|la\\s+|le\\s+|l'|el\\s+)?(?:(?:side|front|back|main|rear|fire|emergency|staff)\\s+(?=(?:door|entrance|gate)))?",
  );
}

const REFUND_WORD = /(?<![\p{L}])(?:refund\w*|rembours\w*|reembols\w*|reemborsa\w*|erstatt\w*|ruckerstatt\w*|rimbors\w*)(?![\p{L}])/u;
/** Their refund request, in a reply's register: what they asked for, with no promise in it. */
const REFUND_REQUEST: Record<ReplyLanguage, (formal: boolean) => string> = {
  en: () => 'your refund request',
  fr: (formal) => (formal ? 'votre demande de remboursement' : 'ta demande de remboursement'),
  es: (formal) => (formal ? 'su solicitud de reembolso' : 'tu solicitud de reembolso'),
  de: (formal) => (formal ? 'Ihre Erstattungsanfrage' : 'deine Erstattungsanfrage'),
  it: (formal) => (formal ? 'la Sua richiesta di rimborso' : 'la tua richiesta di rimborso'),
  pt: (formal) => (formal ? 'o seu pedido de reembolso' : 'o teu pedido de reembolso'),
};

/** A refund promised or owed that has not come (folded): then the refund is the grievance itself. */
const REFUND_AWAITED =
  /(?<![\p{L}])(?:(?:still|never|yet to|haven'?t|have not|hasn'?t|has not|didn'?t|did not)(?: [\p{L}']+){0,3} (?:got|gotten|received|seen|had|receive|get|see)(?: [\p{L}']+){0,2} (?:my |the |a |any |our )?refund|still no refund|no refund (?:yet|since|after)|(?:toujours pas|jamais) (?:ete )?rembours\p{L}*|(?:toujours pas|jamais) (?:recu|eu) (?:le|mon|de) remboursement|(?:no|nunca|todavia no|aun no|ainda nao|nao)(?: \p{L}+){0,3} (?:recibido|recibi|recibimos|recebi|recebemos|recebido)(?: \p{L}+){0,2} (?:el |o |mi |meu |ningun |nenhum |um |un )?reembolso|(?:no|nunca|todavia no|aun no|ainda nao|nao)(?: me| nos)?(?: han| ha| foi| foram)? (?:devuelto el dinero|devolvido o dinheiro|reembolsad[oa]s?)|(?:noch )?(?:keine|nie eine) (?:erstattung|ruckerstattung|ruckzahlung)|(?:noch nicht|nie) (?:erstattet|zuruckerstattet|zuruckuberwiesen)|(?:ancora|mai) (?:nessun rimborso|non (?:ho )?ricevuto(?: il)? rimborso|rimborsat\p{L}*))(?![\p{L}])/u;
/** The refund said as what they are still waiting for. */
const REFUND_AWAITED_PHRASE: Record<ReplyLanguage, (formal: boolean) => string> = {
  en: () => "the refund you're still waiting for",
  fr: (formal) => (formal ? 'le remboursement que vous attendez toujours' : 'le remboursement que tu attends toujours'),
  es: (formal) => (formal ? 'el reembolso que aún no ha recibido' : 'el reembolso que aún no has recibido'),
  de: (formal) => (formal ? 'die Erstattung, auf die Sie noch warten' : 'die Erstattung, auf die du noch wartest'),
  it: (formal) => (formal ? 'il rimborso che sta ancora aspettando' : 'il rimborso che stai ancora aspettando'),
  pt: (formal) => (formal ? 'o reembolso que ainda não recebeu' : 'o reembolso que ainda não recebeste'),
};

/** "Left them on the balcony a whole week": where they put the thing is not the point. */
/**
 * What the staff offered them to make up for it ("le serveur s'est excusé et nous a offert le café",
 * "they gave us free dessert"): a remedy, never something to be sorry about (folded).
 */
/** One size ordered and another sent (folded, six languages): "ordered size 40, received 38", "pedí la 39 y me llegó la 38". */
const WRONG_SIZE_SENT =
  /(?<![\p{L}])(?:ordered (?:a |the |an? )?(?:size|eu|uk|us)?\s*\d[\d.,]*[^.!?]{0,30}(?<![\p{L}])(?:received|got|they sent|was sent|came as|arrived as)|(?:pedi|encargue|compre) (?:la |una |el |un )?(?:talla |numero )?\d{2}[^.!?]{0,30}(?<![\p{L}])(?:me (?:llego|llegaron|enviaron|mandaron)|recibi|llego)|commande (?:du |une |la |le |en )?(?:taille |pointure )?\d{2}[^.!?]{0,30}(?<![\p{L}])(?:recu|envoye|livre|arrive)|(?:grosse )?\d{2} bestellt[^.!?]{0,30}(?<![\p{L}])(?:bekommen|geliefert|erhalten|kam|geschickt)|(?:ordinato|preso) (?:la |il |una |un )?(?:taglia |numero )?\d{2}[^.!?]{0,30}(?<![\p{L}])(?:arrivat|mandat|ricevut|spedit)|encomendei (?:o |a |um |uma )?(?:tamanho |numero )?\d{2}[^.!?]{0,30}(?<![\p{L}])(?:recebi|chegou|enviaram|mandaram))/u;

/** A pair sent in two sizes (folded, both sizes captured): "una alpargata de la 39 y la otra de la 40", "one shoe a 38 and the other a 39". */
const MISMATCHED_PAIR =
  /(?<![\p{L}])(?:un[oa]?|one|a|um|uma|ein(?:e|en)?|une?)\s+(?:(?:pie|pe|zapatos?|sapatos?|alpargatas?|espadrilles?|espadrilhas?|sandalias?|sandals?|sandales?|shoes?|boots?|botas?|zapatillas?|chaussures?|pied|scarpa|schuh|sapatilhas?|sneakers?|trainers?)\s+)?(?:(?:in|en|de la|del|de|da|do|a|in size|size|talla|taille|numero|tamanho|grosse|taglia|is|was|es|era|war|e)\s+)?(\d{2}(?:[.,]5)?)\s*,?\s+(?:y|and|e|et|und|mais|but|pero|aber|ma|mas)\s+(?:(?:el|la|the|o|a|l'|der|die|das|den|il)\s*)?(?:otr[oa]|other(?: one)?|outr[oa]|autre|altr[oa]|andere\p{L}*)\s+(?:(?:one|pie|pe|shoe|zapato|sapato)\s+)?(?:(?:in|en|de la|del|de|da|do|a|in size|size|talla|taille|numero|tamanho|grosse|taglia|is|was|es|era|war|e)\s+)?(\d{2}(?:[.,]5)?)(?![\p{N}])/u;

function offeredToThem(text: string, word: string): boolean {
  const thing = escapeRegExp(fold(word.trim()));
  return new RegExp(
    `(?<![\\p{L}])(?:offered (?:us|me)|gave (?:us|me)|comped (?:us |me )?|(?:nous|m') ?(?:a|ont) offert|nos (?:invitaron|invito|regalaron|regalo) (?:a )?|(?:hat|haben) (?:uns|mir) (?:\\p{L}+ )?spendiert|(?:ci|mi) (?:ha|hanno) offerto|(?:nos|me) ofereceu|ofereceram-nos|ofereceu-nos)(?: (?:a|an|the|some|free|complimentary|un|une|le|la|les|l'|des|du|el|los|las|una|il|lo|gli|o|os|as|um|uma|einen|ein|eine|den|die|das))*\\s*${thing}(?![\\p{L}])`,
    'u',
  ).test(fold(text));
}

function keptIn(text: string, word: string): boolean {
  return saidAfter(
    text,
    word,
    '(?:left|put|kept|stored|placed|aired|hung|stuck|parked)\\s+(?:them|it|the \\p{L}+|my \\p{L}+)\\s+(?:out\\s+)?(?:on|in|at|by|outside on)\\s+(?:the|my|our)\\s+',
  );
}

/** "the loaf in your latest post": the post is where they saw the thing, not what they loved or hated. */
function seenIn(text: string, word: string): boolean {
  if (!/(?:post|reel|video|story|stories|photo|pic|picture|tiktok|feed|ad|advert)s?$/iu.test(word.trim())) return false;
  return saidAfter(text, word, '(?:in|on|from|saw)\\s+(?:your|ur|the|this|that)\\s+');
}

/** "$28 a pound", "€12 per person", "CHF 25 / night": `word` is the unit a price is given per. */
function perUnitOfPrice(text: string, word: string): boolean {
  const escaped = word.trim().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(
    `(?:[£€$]\\s?\\d[\\d.,]*|\\d[\\d.,]*\\s?(?:€|eur|chf|dollars?|pounds?|euros?))\\s*(?:a|an|per|each|the|/)\\s*${escaped}(?![\\p{L}])`,
    'iu',
  ).test(text);
}

/** "a lot lighter than in the photos", "smaller than the pictures": the thing compared with. */
function comparedWith(text: string, word: string): boolean {
  const escaped = word.trim().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // ("nothing like the photos", "unlike the pictures": what it is compared with, too.)
  return new RegExp(
    `(?<![\\p{L}])(?:than|(?:nothing|not|looks?|looked) like|unlike)\\s+(?:(?:in|on)\\s+)?(?:the\\s+|your\\s+)?${escaped}(?![\\p{L}])`,
    'iu',
  ).test(text);
}

/** Words that turn a sentence into a criticism inside praise (folded). */
const DOWNSIDE =
  /(?<![\p{L}])(?:only (?:downside|negative|complaint|thing|gripe|niggle)|downside|shame|pity|sadly|unfortunately|a bit (?:dry|cold|slow|salty|bland|small|pricey)|bemol|dommage|malheureusement|seul (?:hic|souci|defaut|point negatif)|un peu (?:sec|seche|froid|froide|lent|sale|cher|chere|fade)|lastima|pena que|por desgracia|lamentablemente|unica pega|un poco (?:sec[oa]|fri[oa]|lent[oa]|salad[oa]|car[oa])|leider|schade|einzige[rs]? (?:minus|manko|kritikpunkt)|etwas (?:trocken|kalt|langsam|salzig|teuer)|peccato|purtroppo|unico (?:neo|difetto|appunto)|un po' (?:secc[oa]|fredd[oa]|lent[oa]|salat[oa]|car[oa])|infelizmente|unico (?:senao|defeito|ponto negativo)|um pouco (?:sec[oa]|fri[oa]|lent[oa]|salgad[oa]|car[oa]))(?![\p{L}])/u;

/** The thing is named in a sentence that criticises it ("Seul bémol : le dessert un peu sec"). */
function criticisedIn(text: string, thing: string): boolean {
  const needle = fold(thing);
  return fold(text)
    .split(/[.!?;\n]+/u)
    .some((sentence) => sentence.includes(needle) && DOWNSIDE.test(sentence));
}

/** The price named (folded, six languages): what a "but" turns to when it leaves the thing before it alone. */
const PRICE_WORD =
  /(?<![\p{L}])(?:price|prices|prix|precio|precios|preis|preise|prezzo|prezzi|preco|precos|at that price|a ce prix)(?![\p{L}])/u;

/** "ok", "fine", "fits true": a clause that clears the thing it names (six languages). */
const CLEARED =
  /(?<![\p{L}])(?<!(?:just|only|merely|juste|solo|nur|solo|so) )(?:ok|okay|fine|fits(?: true| well| perfectly)?|true to size|no (?:problem|issue)s? with|bien|correct[oa]?|va bien|en regla|in ordnung|passt|passen|va bene|giust[oa]|certo|serve|certinh[oa])(?![\p{L}])/u;

/**
 * The thing is named only in a clause that praises or clears it ("Size 39 fits true though",
 * "Rozmiar ok"): a complaint's apology never lists it.
 */
function clearedIn(text: string, thing: string, others: readonly string[] = []): boolean {
  const needle = fold(thing);
  // (Commas inside brackets do not end a clause: "(duck confit, tarte tatin) was genuinely lovely".)
  const unbracketed = fold(text).replace(/\([^()]{0,80}\)/gu, (aside) => aside.replace(/,/gu, ' '));
  const clauses = unbracketed.split(/[.!?;,\n…]+/u).filter((clause) => clause.includes(needle));
  // "colazione buona ma sempre uguale": a "but" and more words after the thing take the praise back,
  // unless what follows is about something else ("le cadre est joli mais à ce prix-là…").
  const takenBack = (clause: string) => {
    const after = /(?<![\p{L}])(?:but|though|although|except|mais|pero|aber|ma|mas)\s+(\p{L}.*)$/u.exec(
      clause.slice(clause.indexOf(needle)),
    );
    if (!after) return false;
    const rest = after[1]!;
    return !(PRICE_WORD.test(rest) || others.some((other) => fold(other) !== needle && rest.includes(fold(other))));
  };
  // "Lovely lake view from room 304 but the air con rattled": the praise is on the other side of the "but".
  const sideOf = (clause: string) =>
    clause.split(/(?<![\p{L}])(?:but|though|although|except|mais|pero|aber|ma|mas)(?![\p{L}])/u).find((side) => side.includes(needle)) ??
    clause;
  return (
    clauses.length > 0 &&
    clauses.every((clause) => {
      const side = sideOf(clause);
      return (PRAISE.test(side) || CLEARED.test(side)) && !PROBLEM.test(side) && !takenBack(clause);
    })
  );
}

/**
 * A point whose words hold a finite verb is a clause cut out of the text ("the tax advisor says
 * gaps", "la carte a changé"): said back, it reads as broken. Raw lower-case text, so the French
 * verb "a" is not the preposition "à".
 */
const CLAUSE_VERB =
  /(?<![\p{L}'])(?:says|said|is|are|was|were|has|have|had|does|did|est|sont|ont|etait|était|avait|a \p{L}+(?:é|ée|és|ées)|ist|sind|hat|haben|war|waren|sagt|han|eran|dice|è|sono|hanno|erano|são|têm|diz)(?![\p{L}'])/u;

/** The people someone came with, in six languages (folded): never a thing to apologise for. */
/**
 * Their people ("your two sisters"), also with a verb the chunker kept ("sœur fête" of "ma sœur fête ses 30 ans"),
 * but not a thing of ours made for them ("kids menu", "children's portions").
 */
function theirPeople(phrase: string): boolean {
  if (FAMILY_MEMBER.test(phrase)) return true;
  const [first, ...rest] = phrase.split(/\s+/u);
  return (
    rest.length > 0 &&
    FAMILY_MEMBER.test(first!) &&
    !/^(?:menus?|meals?|portions?|prices?|area|corner|rooms?|chairs?|seats?|toys?|activit\p{L}*|club|pool|sizes?|plans?|accounts?|discounts?|offers?|cakes?|part(?:y|ies)|tickets?|rates?|'s|carte|plats?|menu|tarifs?)$/u.test(
      rest[0]!,
    )
  );
}

const FAMILY_MEMBER =
  /^(?:sisters?|brothers?|mum|mom|mother|dad|father|parents|wife|husband|partner|son|daughter|kids?|children|cousins?|aunt|uncle|grandma|grandpa|grandmother|grandfather|friends?|soeur|frere|mere|pere|femme|mari|fils|fille|enfants?|hermana|hermano|madre|padre|esposa|marido|hijo|hija|hijos|schwester|bruder|mutter|vater|frau|mann|sohn|tochter|kinder|sorella|fratello|madre|padre|moglie|marito|figlio|figlia|figli|irma|irmao|mae|pai|mulher|filho|filha|filhos|guests?|coworkers?|co-workers?|colleagues?|mates?|crew|invites|invitados|invites|gaste|ospiti|convidados|amig[oa]|amie|ami|freundin(?:nen)?|freunde|amic[oi]|amich[e]|amigas|grandkids|grandkid|grandchild|grandchildren|grandsons?|granddaughters?|nieces?|nephews?|in-laws|petits-enfants|nietos|nietas|enkel(?:kinder)?|nipoti|netos|netas)s?$/u;

/**
 * The separate asks in one question sentence, each answered on its own: "Was kostet Pro, und kann man das
 * vorher testen?" is the price and the trial; "Estou entre o 41 e o 42 😅 se não servir posso trocar?" is
 * the size and the exchange (an emoji ends a thought in a post).
 */
function askedParts(question: string): string[] {
  const parts = question
    .split(/\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\uFE0F\u200D\s]*/u)
    .flatMap((part) =>
      part.split(
        /,?\s+(?:und|and|et|y|e|oder|or|ou|o)\s+(?=(?:kann|konnte|könnte|gibt|ist|sind|can|could|do|does|is|are|will|would|est-ce|peut|peux|puis|pouvez|avez|se puede|puedo|hay|tienen|tenéis|teneis|posso|pode|posso|c'è|avete|quanto|wie|how|combien|cuánto|cuanto)(?![\p{L}]))/iu,
      ),
    )
    .map((part) => part.trim())
    .filter((part) => /\p{L}{2,}/u.test(part));
  return parts.length > 1 ? parts : [question];
}

/** Their own people, belongings and plans, never a thing of ours a fan loved (folded, the point's last words). */
const THEIR_OWN =
  /(?:^|\s)(?:accountants?|bookkeepers?|tax advisor(?: exam)?|cardiologist|doctors?|dentist|therapist|freelancers?|network|meetup|exam|wallet|laptop|bank account|suitcases?|luggage|car|thread|question|difference|people|office|comptable|expert-comptable|contable|gestor|steuerberater(?:in)?|commercialista|contabilista|portefeuille|cartera|geldbeutel|portafoglio|carteira|telephone|telefono|handy|telemovel|book club(?: ladies| girls)?|ladies|girls|choir)$/u;

/** The thing is only what they did before or after coming ("after a walk on the Downs", "avant le concert"). */
function aroundTheVisit(text: string, thing: string): boolean {
  const needle = escapeRegExp(fold(thing));
  return new RegExp(
    `(?<![\\p{L}])(?:after|before|on (?:our|my|the) way (?:to|from|back from)|apres|avant|despues de|antes de|nach|vor|dopo|prima di|depois de|antes do|antes da)\\s+(?:(?:a|an|our|my|the|un|une|le|la|notre|mon|ma|una|el|nuestra|mi|einem|einer|dem|der|unserem|unserer|il|lo|uma|o|a|nosso|nossa|meu|minha)\\s+)?(?:\\p{L}+\\s+){0,2}${needle}(?![\\p{L}])`,
    'u',
  ).test(fold(text));
}

/** Points worth saying back for a family, most specific first. */
/** Facts a question may get from the sentences before it (see composeReplies). */
const CONTEXT_KEYS =
  /^(?:glutenfree|gluten|catering|pets|dogs?|menu|vegetarian|vegan|milk|allergens|allergies|parking|spa|pool|transfer|shuttle|sizes|sizing|giftcards?|vouchers|happyhour|platforms|apps|export|breakfast|wifi|accessibility)$/iu;

/**
 * Their own occasion ahead that they want us at: "we want you at our wedding", "planning our
 * rehearsal dinner", "can you cater my 40th?" (the occasion captured).
 */
const OCCASION_TO_COME =
  /(?<![\p{L}])(?:(?:want|like|love|book|booking|hire|hiring|planning|plan|cater|catering|host|hosting|for|got|have|having|organi[sz]ing)\b[^.!?]{0,40}?)\b(?:our|my|the|a|an)\s+((?:(?:son|daughter|kid|kids|mum|mom|dad|wife|husband|sister|brother|parents|grandma|grandpa|nan|best friend|friend)(?:'|’)s\s+)?(?:upcoming\s+)?(?:wedding rehearsal dinner|wedding(?: reception)?|rehearsal dinner|engagement party|reception|(?:\d{1,2}(?:st|nd|rd|th)\s+)?birthday(?: party)?|(?<!(?:on|by|until|till|before|after|from|for) the\s+)\d{2}(?:st|nd|rd|th)(?!\s+of\b)|anniversary(?: party| dinner)?|baby shower|graduation party|retirement party|(?:holiday|christmas|xmas|office|company|work|team|summer|leaving) party|(?:company|team) (?:picnic|dinner|lunch|event|offsite)|offsite|off-site|retreat|christening|hen (?:do|party)|stag (?:do|party)|bachelorette(?: party)?|bachelor party))(?![\p{L}])/iu;

/** How well something bought has lasted (folded): "still going strong a year later", "siguen como el primer día". */
const LASTING =
  /(?<![\p{L}])(?:still going strong|still (?:look|looks|looking) (?:new|brand new|like new|perfect|great)|as good as new|(?:years?|summers?|seasons?) (?:later|on) (?:and )?(?:still|they'?re still)|siguen como (?:el primer dia|nuevas?)|como el primer dia|wie am ersten tag|(?:sehen|sind) (?:immer )?noch (?:aus )?wie neu|come il primo giorno|come nuov[ei]|como no primeiro dia|continuam como novas)(?![\p{L}])/u;

/** Thanks ahead for an answer is not praise (folded): "Grazie mille", "thanks in advance". */
const THANKS_WORDS =
  /(?<![\p{L}])(?:thank you|thanks|thx|ty|merci|gracias|danke|grazie|obrigad[oa])(?: (?:so much|very much|a lot|in advance|beaucoup|d'avance|mille|muchas|de antemano|vielmals|schon|im voraus|in anticipo|desde ja))?(?![\p{L}])/gu;

/** A wish, not praise (folded): "would love to treat my sister", "we'd love to come". */
const WISHED = /(?<![\p{L}])(?:would|'d|wd) (?:really |so )?(?:love|like)(?: to)?(?![\p{L}])|(?<![\p{L}])love to(?![\p{L}])/gu;

/** A question that opens on a pronoun for a thing named before (folded): "elle est valable où ?", "does it work abroad?". */
const POINTS_BACK =
  /^(?:(?:and|et|y|und|e|so|alors|donc)\s+)?(?:(?:elle|il|elles|ils)\s|(?:est-elle|est-il)\s|(?:it|they)\s(?:is|are|was|were|works?|only)|(?:is|does|can|do|are|will)\s(?:it|they)\s|(?:ella|el|es|esta|sirve|vale)\s|(?:sie|er|es)\s(?:ist|gilt|funktioniert)|(?:gilt|ist|funktioniert)\s(?:sie|er|es)\s|(?:vale|e valid[oa]|funziona)\s|(?:ela|ele)\s)/u;

/** A sentence telling of what they already did (past tense, English). */
const OCCASION_PAST =
  /(?<![\p{L}])(?:made|baked|cooked|had|was|were|did|celebrated|went|came|brought|ordered|bought|catered|hosted|threw|loved|used|tried)(?![\p{L}])/iu;
/** An occasion still to come ("we're doing the party here", "we'll be back for our anniversary"). */
const OCCASION_AHEAD =
  /(?<![\p{L}])(?:(?:on a|nous avons|j'ai|tenemos|haremos|wir haben|abbiamo|temos) (?:un|une|una|uno|eine|einen|um|uma) [^.!?]{0,40}(?:en|le|ce|cet|en el|im|am|a|in|em) (?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|m[äa]rz|april|mai|juni|juli|august|september|oktober|november|dezember|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|janeiro|fevereiro|mar[cç]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|mois prochain|samedi|vendredi)|we(?:'re| are) (?:doing|having|holding|booking)|we(?:'ll| will)|(?:going|planning) to (?:do|have|hold|book)|next (?:week|month|year|saturday|friday)|can'?t wait|on va (?:faire|feter)|vamos a (?:hacer|celebrar)|wir (?:feiern|machen) (?:hier|da)|faremo|vamos (?:fazer|celebrar))(?![\p{L}])/iu;

/** A restated clause followed by the points it does not already name, if any. */
function withUnsaidPoints(clause: string, phrases: string[]): string {
  const said = fold(clause).split(/[^\p{L}\p{N}]+/u);
  // A point is named when one of its words, or its number, is in the clause ("waited" names "the wait").
  const named = (word: string) =>
    /^\d+$/u.test(word)
      ? said.includes(word)
      : // Three letters only as the whole word ("the box" is named by "the box was crushed").
        word.length === 3
        ? !/^(?:the|and|for|our|you|its|was|are|but|not|any|all)$/u.test(word) && said.includes(word)
        : word.length >= 4 &&
          !/^(?:your|their|about|with|from|that|this|minute|minutes|order)$/u.test(word) &&
          said.some((w) => w.startsWith(word.slice(0, 5)));
  // "ready at 8:55 for an 8:30 pickup" already tells the wait its two times make.
  const timedWait = (clause.match(/\d{1,2}[:.]\d{2}|\d{1,2} ?(?:am|pm)/giu) ?? []).length >= 2;
  const unsaid = phrases.filter(
    (phrase) =>
      !(timedWait && /(?<![\p{L}])wait(?![\p{L}])/u.test(phrase)) &&
      // "the receptionist made you feel like a nuisance" already says how they were treated.
      !(
        phrase === 'how you were treated' &&
        /made you feel|treat|rude|spoke to you|talked (?:down )?to you|snapped|rolled (?:her|his|their) eyes/iu.test(clause)
      ) &&
      !fold(phrase)
        .split(/[^\p{L}\p{N}]+/u)
        .some(named),
  );
  return unsaid.length > 0 ? `${clause}, and about ${listOf(unsaid, 'en')}` : clause;
}

/**
 * "Sat on your terrace with my dog", "avec mon chien", "con el carrito": who or what came along is the
 * setting, not the grievance, unless it is also what the grievance is about ("dogs not allowed").
 */
function broughtAlong(text: string, thing: string): boolean {
  const word = fold(thing.trim());
  if (
    !/^(?:dogs?|pupp(?:y|ies)|pups?|pram|buggy|stroller|pushchair|wheelchair|suitcases?|luggage|bags?|chien|chiens|poussette|perros?|carrito|hund|hunde|kinderwagen|cane|cani|passeggino|caes|cao|carrinho)$/u.test(
      word,
    )
  )
    return false;
  const folded = fold(text);
  const along = new RegExp(
    `(?<![\\p{L}])(?:with|avec|con|mit|com) (?:my|our|his|her|the|a|mon|ma|notre|nos|mes|mi|mis|nuestro|nuestra|mein\\w*|unser\\w*|il mio|la mia|il nostro|o meu|a minha|o nosso) ${word}(?![\\p{L}])`,
    'u',
  );
  const aboutIt = new RegExp(
    `(?<![\\p{L}])${word}(?:s)? (?:not |weren'?t |aren'?t |isn'?t )?(?:allowed|welcome|friendly|policy|fee|bowl|water)|no ${word}s?(?![\\p{L}])`,
    'u',
  );
  return along.test(folded) && !aboutIt.test(folded);
}

/** "The lamb chops were the standout", "highlight was the tart", "le clou du repas": the thing they liked best. */
const STANDOUT =
  /(?<![\p{L}])(?:standout|stand-out|stand out|highlight|star of the (?:show|meal|night)|best (?:thing|bit|part)|le clou|lo mejor|das highlight|il pezzo forte|o ponto alto)(?![\p{L}])/u;

function standoutIn(text: string, thing: string): boolean {
  const needle = fold(thing);
  return fold(text)
    .split(/[.,;:!?\n]+/u)
    .some((clause) => clause.includes(needle) && STANDOUT.test(clause));
}

/** The label before a question ("Question :", "Quick q -", "Kleine Frage:"), which is not what is asked. */
const QUESTION_LABEL = /^(?:quick q(?:uestion)?|question|pregunta|frage|domanda|pergunta|petite question|kleine frage)\s*[:\-–—]\s*/iu;

/**
 * A sentence that asks us something, however it is put ("does it ever come off the menu??", "Y'all do a happy hour
 * during the week?"), not an exclamation with marks ("the burnt ends on friday?? no words") or a day put to a friend.
 */
function asksUs(sentence: string): boolean {
  const q = sentence.replace(/^(?:[@#][\w.]+[\s,:]*)+/u, '').trim();
  return (
    /[?？]/u.test(q) &&
    (QUESTION_OPENER.test(q.replace(QUESTION_LABEL, '')) ||
      /(?<![\p{L}])(?:(?:y'?all|you|u|you guys)\s+(?:do|have|sell|open|serve|still|got|make|ship|deliver|take)|vous (?:faites|avez|proposez|acceptez|livrez|servez|ouvrez|pouvez)|(?:faites|avez|proposez|acceptez|pouvez)-vous|est-ce que|(?:teneis|tienen|haceis|hacen|ofreceis|ofrecen|aceptais|aceptan|abris|abren)|(?:habt|macht|bietet|nehmt) ihr|(?:haben|machen|bieten|nehmen) sie|(?:avete|fate|offrite|accettate)|(?:voces|vcs) (?:tem|fazem|aceitam))(?![\p{L}])/iu.test(
        q,
      )) &&
    !GRIEVANCE_QUESTION.test(fold(q))
  );
}

/** Whether a thing is named only in the sentences that ask us something ("…are the gf brownies still a daily thing??"). */
function onlyAsked(text: string, thing: string): boolean {
  // (Split at every stop, whatever case follows: "…all month. bringing my sister… still a daily thing??".)
  // (An emoji ends a thought too: "…the hot chocolates 😊 Quick q - do you still do the pumpkin loaf?".)
  const naming = text.split(/(?<=[.!?…]|\p{Extended_Pictographic}\uFE0F?)\s+/u).filter((sentence) => fold(sentence).includes(fold(thing)));
  return naming.length > 0 && naming.every(asksUs);
}

function pointsFor(family: Family, points: Point[], text: string): Point[] {
  // Lukewarm reviews name what fell short (only that, when something clearly did), else what they mentioned.
  const criticised = points.some((p) => p.polarity === 'negative' && !p.person);
  const wanted =
    family === 'fan'
      ? ['positive', 'neutral']
      : family === 'question'
        ? ['neutral', 'positive', 'negative']
        : family === 'lukewarm'
          ? criticised
            ? // Two faults or more are what "you're right to mention" names, not the lake view they booked.
              // (Faults told in two clauses at least: "bit cramped if you come in with a buggy" is one.)
              new Set(
                points
                  .filter((p) => p.polarity === 'negative' && !p.person)
                  .map((p) => text.split(/[.!?;]+|,\s*|\s+(?:and|but)\s+/u).findIndex((clause) => clause.includes(p.text))),
              ).size >= 2
              ? ['negative']
              : ['negative', 'neutral']
            : ['neutral', 'positive']
          : ['negative', 'neutral'];
  const chosen = points.filter(
    (p) =>
      wanted.includes(p.polarity) &&
      !p.person &&
      // "Already thinking about booking y'all": a fan's booking is a plan, not something they loved.
      !(
        family === 'fan' &&
        (p.aspect === 'wait' || p.aspect === 'price' || p.aspect === 'billing' || p.aspect === 'safety' || p.aspect === 'booking')
      ) &&
      // "Y'all do a happy hour during the week?": what a fan asks about is not something they loved.
      !(family === 'fan' && onlyAsked(text, p.text)) &&
      // "iPhone 13", "my Pixel", "Chrome": the device they use is context, never a thing to be sorry about or thanked for.
      !DEVICE_ONLY.test(fold(p.text).trim()) &&
      // "the waitress" without her name is named only when something went wrong with her.
      !(p.aspect === 'staff' && !p.person && (family === 'fan' || family === 'question' || p.polarity !== 'negative')) &&
      // "I have photos": evidence of a problem, not the problem.
      // Under a threat to go public, the photos and videos are its means, not the problem.
      !(
        family !== 'fan' &&
        family !== 'question' &&
        /^(?:photos?|pictures?|screenshots?|receipts?|fotos?|captures?|bilder|foto|videos?|video|threads?|hilos?|fils?|tweets?|posts?|publicaci[oó]n(?:es)?|beitrag|beitrage|post)$/iu.test(
          fold(p.text),
        ) &&
        (family === 'escalation' || EVIDENCE.test(fold(text)))
      ) &&
      // "Ho già scritto una mail senza risposta": the mail nobody answered is said as the silence, not as a thing.
      !(
        family !== 'fan' &&
        family !== 'question' &&
        /^(?:(?:e-?)?mails?|messages?|messaggi[oa]?|courriels?|correos?|nachrichten?|mensage(?:m|ns)|tickets?|calls?|dms?|(?:a |the |any )?(?:reply|replies|response|answer|reponse|respuesta|antwort|risposta|resposta))$/iu.test(
          fold(p.text),
        ) &&
        UNANSWERED.test(fold(text))
      ) &&
      // "$28 a pound", "CHF 340 a night": the unit a price is per is not a thing they had.
      !(p.aspect !== 'price' && perUnitOfPrice(text, p.text)) &&
      // "lighter than in the photos": what a thing is compared with is not the point.
      !(family !== 'fan' && family !== 'question' && comparedWith(text, p.text)) &&
      // "Marisol at the counter", "waited at the bar", "attendre au bar": where someone stood is not the point.
      // (Under a threat or a hazard the place is part of what happened: "backed into my car in your parking lot".)
      !(PLACE_WORD.test(fold(p.text.trim())) && atPlace(text, p.text) && family !== 'legal' && family !== 'escalation') &&
      !seenIn(text, p.text) &&
      !broughtAlong(text, p.text) &&
      // The business itself ("a café that advertises oat milk", "this restaurant") is where it happened, not what went wrong.
      !(
        family !== 'fan' &&
        family !== 'question' &&
        OWN_KIND.test(
          fold(p.text).replace(
            /^(?:(?:the|a|this|your|le|la|el|il|o|a|das|der|die)\s+)?(?:(?:fave|fav|favourite|favorite|usual|local|go-to|new|old|little)\s+)?/u,
            '',
          ),
        ) &&
        // "le café est quelconque", "il caffè", "der Kaffee": the drink, unless the place is pointed at ("ce café", "this cafe").
        (!/^(?:cafe|caffe|kaffee)$/u.test(fold(p.text)) ||
          /(?<![\p{L}])(?:this|that|your|a|the|ce|cet|votre|ton|este|esse|vuestro|questo|vostro|dieses|euer) caf/u.test(fold(text)))
      ) &&
      !keptIn(text, p.text) &&
      // What they were offered to make up for it is a remedy, not a grievance.
      !(family !== 'fan' && family !== 'question' && offeredToThem(text, p.text)) &&
      !WHICH_ONE.test(p.text.trim()) &&
      // A clause cut out of the text is not a thing to name (situations are said by their own phrases).
      !(p.detail === undefined && p.amount === undefined && CLAUSE_VERB.test(p.text.toLowerCase().trim())) &&
      // "What you describe about the chicken, the sister…", "glad you loved … your two sisters": the people with them are not ours.
      !(
        !p.person &&
        theirPeople(
          fold(p.text).replace(
            /^(?:(?:the|my|our|his|her|your|ma|mon|mi|mein\w*|mia|mio|minha|meu|mis|mes|meine|meinen|miei|mie|meus|minhas|sus|seus|suas|tus|tes|ton|ta|tu|dein\w*|tuoi|tue|teus|tuas|las|los|les|die|le|gli|os|as)\s+)?(?:(?:dos|dois|duas|two|deux|zwei|due|tres|three|trois|drei|tre)\s+)?/u,
            '',
          ),
        )
      ) &&
      // "Our dog Pepe was spoiled by everyone": their pet is not something of ours they loved.
      !(family === 'fan' && p.aspect === 'pets') &&
      // "Took my mum (she's in a wheelchair)": their access need is not something they loved.
      !(family === 'fan' && p.aspect === 'access') &&
      // "I'm a wheelchair user": who they are, not what went wrong (the ramp blocked is).
      !(
        p.aspect === 'access' &&
        /^wheelchair$/iu.test(p.text.trim()) &&
        /wheelchair users?|in a wheelchair|(?:my|his|her|our|their) wheelchair|uses? a wheelchair/iu.test(text) &&
        points.some((q) => q !== p && q.aspect === 'access')
      ) &&
      // "My cardiologist is gonna kill me", "went back to bed", "my tax advisor exam": their own people, things and
      // plans are not something of ours they loved.
      !(family === 'fan' && THEIR_OWN.test(fold(p.text))) &&
      !(
        family === 'fan' &&
        /^bed$/u.test(fold(p.text)) &&
        /(?:back to|went to|go to|going to|stay(?:ed)? in|out of) bed/u.test(fold(text))
      ) &&
      // "Paid with PayPal, got the confirmation…": how they paid is the story, unless the payment itself went wrong.
      !(p.aspect === 'billing' && PAYMENT_METHOD.test(fold(p.text)) && (family === 'fan' || p.polarity !== 'negative')) &&
      // ("o MB Way cobrou-me duas vezes": the double charge is the point, not the way they paid.)
      !(
        p.aspect === 'billing' &&
        PAYMENT_METHOD.test(fold(p.text)) &&
        points.some((q) => q !== p && q.aspect === 'billing' && !PAYMENT_METHOD.test(fold(q.text)))
      ) &&
      // "Popped in after a walk on the Downs": what they did before or after coming is not what they loved.
      !(family === 'fan' && aroundTheVisit(text, p.text)) &&
      // A fan's "only downside: the dessert a bit dry" is never said back as loved.
      !(family === 'fan' && criticisedIn(text, p.text)) &&
      // "Would love a dark mode": a thing wished for is thanked for as an idea, not said back as loved or faulted.
      !(family !== 'question' && p.detail === 'wish') &&
      // Nor is a complaint's "size 39 fits true though" said back as something to be sorry about.
      !(
        family !== 'fan' &&
        family !== 'question' &&
        p.polarity !== 'negative' &&
        clearedIn(
          text,
          p.text,
          points.map((q) => q.text),
        )
      ) &&
      // Their wedding or birthday is the occasion, not something we made: never "glad you loved the wedding".
      !((family === 'fan' || family === 'complaint') && OCCASION.test(fold(p.text))) &&
      // Under a threat, nothing that reads as an offer in public ("the voucher", "the free upgrade", "the credit").
      // (A refund still owed is their grievance, named as what they wait for: "still haven't received my refund".)
      !(
        (family === 'escalation' || family === 'legal') &&
        CONCESSION.test(p.text) &&
        !(REFUND_WORD.test(fold(p.text)) && REFUND_AWAITED.test(fold(text)))
      ) &&
      // Under a threat, money back is named only as their request (composeReplies says it so), never as a promise.
      !(
        (family === 'escalation' || family === 'legal') &&
        (p.aspect === 'billing' || p.aspect === 'product') &&
        /money|argent|dinero|geld|soldi|dinheiro|compensat/iu.test(p.text)
      ),
  );
  const rank = (p: Point) =>
    (p.polarity === wanted[0] ? 0 : 3) +
    (p.aspect === 'service' && !isSituation(p.detail) ? 3 : 0) +
    // What happened (closed early, sold out, down, crashing, charged after cancelling) is the main point.
    (isSituation(p.detail) ? -5 : 0) +
    // Something that never came is a main point too ("la mousse n'était pas dedans").
    (p.detail === 'missing' ? -2 : 0) +
    // "the room" is general, "la camera sporca" is not.
    (GENERIC.test(p.text.trim()) && !p.detail ? 2 : 0) +
    (p.amount || p.detail ? -1 : 0) +
    // A price said as context ("expected more for 39 €") comes after what went wrong.
    (p.aspect === 'price' && p.polarity !== 'negative' && family !== 'question' ? (PRICE_FROM_TO.test(text) ? -4 : 2) : 0) +
    (SPECIFIC_ASPECTS.has(p.aspect) ? -0.5 : 0) +
    // Under a threat or a hazard, the harm comes first.
    ((family === 'escalation' || family === 'legal') && p.aspect === 'safety' ? -3 : 0) +
    // What they called the standout or the highlight is what they liked most.
    (family === 'fan' && p.polarity === 'positive' && standoutIn(text, p.text) ? -4 : 0);
  // In a complaint a price is context ("£4.20 for a flat white that's warm milk"), not the grievance,
  // unless they say the price itself is the problem ("overpriced", "trop cher").
  // A sum that opens a sentence is its topic ("$19 for a half pound of ribs that weighed 6 oz").
  const priceLeads = /(?:^|[.!?]\s+)(?:[£€$]|chf ?)?\d[\d.,]*\s?(?:€|eur|chf)?\s+for\b/iu.test(text.trim());
  const priceIsTheComplaint = PRICE_COMPLAINT.test(fold(text)) || priceLeads || PRICE_FROM_TO.test(text);
  if ((family === 'complaint' || family === 'escalation') && !priceIsTheComplaint) {
    const others = chosen.filter((p) => p.aspect !== 'price' && !GENERIC.test(p.text.trim()) && p.aspect !== 'service');
    // (A price raised is a grievance of its own, never context.)
    if (others.length > 0) chosen.splice(0, chosen.length, ...chosen.filter((p) => p.aspect !== 'price' || p.detail === 'price-rise'));
  }
  // General words ("the staff", "the food") only when nothing more specific was said.
  // "le serveur" alone is general too; "la serveuse désagréable" is not.
  // The one thing faulted stays even when its word is general ("la camera era piccola", beside a
  // breakfast only called average): it is what they criticised.
  const onlyFault = (p: Point) =>
    p.polarity === 'negative' && family === 'lukewarm' && !chosen.some((q) => q !== p && q.polarity === 'negative');
  const specific = chosen.filter(
    (p) =>
      (!GENERIC.test(p.text.trim()) || p.detail || onlyFault(p)) &&
      (p.aspect !== 'service' || isSituation(p.detail)) &&
      !(p.aspect === 'staff' && !p.person && !p.detail),
  );
  // "the food took forever and arrived cold": a lone temperature goes with the general thing it was said of.
  const loneTemperature = specific.length > 0 && specific.every((p) => p.aspect === 'temperature' && !p.text.trim().includes(' '));
  const warmed = loneTemperature
    ? chosen
        .filter((p) => p.aspect === 'product' && GENERIC.test(p.text.trim()) && !p.detail)
        .map((p) => ({ ...p, detail: specific[0]!.text.trim().toLowerCase() }))
    : [];
  const pool = warmed.length > 0 ? warmed : specific.length > 0 ? specific : chosen;
  const ranked = pool
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map(({ p }) => p);
  // One point per aspect first, so "the price, the avocado and the music" beats three dishes.
  const firstOfAspect = ranked.filter((p, i) => ranked.findIndex((q) => q.aspect === p.aspect) === i);
  return [...firstOfAspect, ...ranked.filter((p) => !firstOfAspect.includes(p))];
}

/**
 * The branch a fan named, when the business has several ("the Lille restaurant" of a chain
 * whose facts list "Paris 11e, Lyon Presqu'île, Bordeaux Chartrons, Lille Vieux-Lille"): the
 * reply thanks that team. A business with one address has no branch to name.
 */
export function branchNamed(text: string, facts: Record<string, string>): string | undefined {
  const listed = Object.entries(facts)
    .filter(([key]) => /locations|branches|restaurants|stores|shops|standorte|filialen|sedi|tiendas|lojas|adresses/iu.test(key))
    .flatMap(([, value]) => value.split(/[;,]|\s[–—-]\s/u))
    // "Paris 11e", "Lyon Presqu'île": each entry's first capitalised word is its city.
    .map((entry) => /\p{Lu}[\p{L}'’-]+/u.exec(entry.trim())?.[0])
    .filter((city): city is string => Boolean(city));
  const cities = [...new Set(listed)];
  if (cities.length < 2) return undefined;
  // "the best croque I've had outside Paris": a city named as elsewhere is not the branch they visited.
  return cities.find(
    (city) =>
      new RegExp(`(?<![\\p{L}])${city}(?![\\p{L}])`, 'u').test(text) &&
      !new RegExp(
        `(?<![\\p{L}])(?:outside(?: of)?|beyond|away from|hors de|en dehors de|loin de|fuera de|lejos de|au(?:ss|ß)erhalb(?: von)?|fuori(?: da| di)?|lontano da|fora de|longe de)\\s+${city}(?![\\p{L}])`,
        'iu',
      ).test(text),
  );
}

/** "bring my dog" → "bringing your dog", "my dog" → "your dog", "dogs" → "dogs", "parking" → "the parking". */
/** An article or possessive right before a word of the question: the word is a thing ("des cartes cadeaux", "el envío", "die App"). */
const ARTICLE_BEFORE = (word: string) =>
  new RegExp(
    `(?<![\\p{L}])(?:le|la|les|l'|l’|un|une|des|du|mon|ma|mes|votre|vos|ton|ta|tes|el|los|las|una|unos|unas|mi|mis|su|sus|tu|tus|der|die|das|den|dem|des|ein|eine|einen|einem|mein|meine|ihr|ihre|il|lo|gli|i|uno|un'|o|a|os|as|um|uma|seu|sua|meu|minha)\\s*${escapeRegExp(word)}(?![\\p{L}])`,
    'iu',
  );

/** "Can I import my existing clients into X?" → "importing your existing clients" (English). */
function actionTopic(question: string): string | undefined {
  const m =
    /(?:^|[.!?]\s+)(?:can|could|may)\s+(?:i|we)\s+(?:also\s+)?(import|export|move|migrate|transfer|connect|sync|link|merge|split|share|archive|restore|recover|undo|rename|duplicate|customi[sz]e|change|switch|add|remove|delete)\s+(?:(my|our|the|all (?:my|our|the))\s+)?((?:[\p{L}-]+\s+){0,4}?[\p{L}-]{3,})(?=\s+(?:into|to|from|with|in|on|onto|for|over|across|or|and then|before|after)\b|\s*[,?]|$)/iu.exec(
      question,
    );
  if (!m) return undefined;
  const verb = m[1]!.toLowerCase();
  const doubled: Record<string, string> = { transfer: 'transferring', split: 'splitting' };
  const ing = doubled[verb] ?? (verb.endsWith('e') ? `${verb.slice(0, -1)}ing` : `${verb}ing`);
  const owner = m[2] ? (/(?:my|our)$/iu.test(m[2]) ? m[2].replace(/(?:my|our)$/iu, 'your') : m[2].toLowerCase()) : '';
  const thing = m[3]!.split(/\s+/u).length <= 5 ? m[3]! : undefined;
  return thing ? `${ing} ${owner ? `${owner} ` : ''}${thing}` : undefined;
}

function englishTopic(word: string, question: string): string {
  const own = new RegExp(`(?<![\\p{L}])(?:(bring|take|have|use)\\s+)?(?:my|our)\\s+${escapeRegExp(word)}(?![\\p{L}])`, 'iu').exec(question);
  // "Can I bring my dog?" → "bringing your dog".
  const verb = own?.[1] ? `${own[1].toLowerCase().replace(/e$/u, '')}ing ` : '';
  if (own) return `${verb}your ${word}`;
  return /[^s]s$/u.test(word) ? word : `the ${word}`;
}

/**
 * "for my dad's 60th", "our anniversary dinner", "my daughter's birthday": the occasion a
 * complaint says was spoiled, said from our side ("your dad's 60th"). English text only.
 */
function spoiledOccasion(text: string): string | undefined {
  const m =
    /(?<![\p{L}])(my|our)\s+((?:[\p{L}-]+'s\s+\d{1,3}(?:st|nd|rd|th)(?:\s+birthday)?)|(?:(?:[\p{L}-]+'s\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:birthday|bday|b-day|anniversary|wedding anniversary|wedding|engagement|graduation|retirement)(?:\s+(?:dinner|lunch|brunch|meal|party|weekend|celebration|trip|stay))?)|honeymoon|hen do|stag do|baby shower)(?![\p{L}])/iu.exec(
      text,
    );
  return m ? `your ${m[2]!.replace(/\s+/gu, ' ').replace(/^b-?day$/iu, 'birthday')}` : undefined;
}

/**
 * A special day named in a complaint in another language ("las quería para una boda este sábado",
 * "pour l'anniversaire de ma mère", "zu unserem Hochzeitstag") (folded): the reply says it was a day
 * that mattered, without naming it (its gender and article differ by language).
 */
const SPECIAL_DAY_ELSEWHERE =
  // Their own occasion, said with "my", "our" or "for" ("para la boda de mi hermana", "zu unserer Hochzeit"): not a
  // wedding party of strangers on the terrace ("Hochzeitsgesellschaft auf der Terrasse bis 2 Uhr").
  /(?<![\p{L}])(?:mi|mis|nuestr[oa]s?|para|pour|notre|nos|mon|ma|mes|unser\p{L}*|mein\p{L}*|zur|zum|fur|nostr[oa]|mio|mia|per|nosso|nossa|meu|minha|de mi|de ma)\s+(?:\p{L}+\s+|[ldLD]['’]){0,3}?(?:boda|cumpleanos|aniversario|comunion|bautizo|mariage|anniversaire|bapteme|communion|hochzeit(?:stag|sfeier|sessen)?|geburtstag(?:s(?:feier|essen|party))?|jahrestag|taufe|matrimonio|nozze|compleanno|anniversario|battesimo|casamento|aniversario|batizado)(?![\p{L}])/u;

/** Removes characters a reply must never carry: controls, bidirectional overrides. */
export function cleanReplyText(text: string): string {
  return text.replace(/[\u0000-\u0009\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069\u200E\u200F]/gu, '');
}

/** The clause of a fact that shares most words with the question (the whole fact when it has one clause). */
function closestClause(fact: string, question: string): string {
  let clauses = fact.split(/;\s*|\.\s+/u).filter((c) => c.trim());
  // A long single clause is cut at its commas, so the short answer is short.
  if (clauses.length === 1 && (fact.match(/\S+/gu) ?? []).length > 9) clauses = fact.split(/,\s*/u).filter((c) => c.trim());
  if (clauses.length <= 1) return fact;
  const asked = new Set(fold(question).match(/\p{L}{3,}/gu) ?? []);
  // "How long does it take?": the part with a duration answers it.
  const howLong = HOW_LONG.test(fold(question));
  // "38 or 39?": the part about choosing between two answers it ("if you are between two sizes, take the larger").
  const choice = /\d\s*(?:or|o|ou|oder|of)\s+(?:\p{L}+\s+)?\d/u.test(fold(question));
  const scoreOf = (clause: string) =>
    // Longer shared words say more ("canarias" beats "envio").
    (fold(clause).match(/\p{L}{3,}/gu) ?? [])
      .filter((w) => asked.has(w) || [...asked].some((a) => a.length >= 5 && w.startsWith(a.slice(0, 5))))
      .reduce((sum, w) => sum + (asked.has(w) ? w.length : 4), 0) +
    (howLong && DURATION_IN_FACT.test(fold(clause)) ? 20 : 0) +
    (choice && BETWEEN_TWO.test(fold(clause)) ? 20 : 0);
  let best = clauses[0]!;
  let bestScore = -1;
  for (const clause of clauses) {
    const score = scoreOf(clause);
    if (score > bestScore) {
      best = clause;
      bestScore = score;
    }
  }
  // A long clause answering "how long" is cut to its piece with the duration ("en 2–4 días laborables").
  if (howLong && (best.match(/\S+/gu) ?? []).length > 9) {
    const piece = best.split(/,\s*/u).find((part) => DURATION_IN_FACT.test(fold(part)));
    if (piece) return piece;
  }
  return best;
}

const HOW_LONG =
  /(?:how long|how many days|how quickly|when will .* arrive|combien de (?:temps|jours)|en combien|cuanto (?:tiempo|tarda\w*)|cuantos dias|wie lange|wie viele tage|quanto tempo|quanti giorni|quantos dias|demora)/u;
const BETWEEN_TWO = /(?<![\p{L}])(?:between two|in between|entre (?:deux|dos|duas)|zwischen zwei|tra due|either)(?![\p{L}])/u;
const DURATION_IN_FACT =
  /\d\s*(?:[–-]\s*\d+\s*)?(?:days?|hours?|weeks?|jours?|heures?|semaines?|d[ií]as|horas|semanas|tage[n]?|stunden|wochen|giorni|ore|settimane|dias|werktage|business days|working days|laborables|ouvres|lavorativi|uteis)/u;

/** A question that asks something ("Are they coming back?"), not a rhetorical "$89 FOR THIS??". */
function isRealQuestion(question: string): boolean {
  const words = question.match(/\p{L}+/gu) ?? [];
  const shouting = question === question.toUpperCase() && /\p{Lu}{3}/u.test(question);
  // The asking part may follow a statement: "Quiero devolverlas pero ya pasaron los 30 días, ¿qué hago?".
  const openings = [question, question.slice(question.lastIndexOf('¿')), question.slice(question.lastIndexOf(', ') + 2)];
  // "How does a booking just disappear??": doubled marks are exasperation, not a question to answer from the facts.
  const exasperated = /\?\s*[?!]\s*$/u.test(question);
  // "Where is my order?", "Are you ever going to answer the phone?": a grievance, answered by the apology, not a fact.
  const grievance = GRIEVANCE_QUESTION.test(fold(question));
  // "can someone actually look into it": a plea for the next step, which the reply gives, not a question.
  const plea =
    /^\W*(?:can|could|will|would)\s+(?:someone|somebody|anyone|you|u|y'?all|you guys)\s+(?:please\s+|actually\s+|just\s+|pls\s+)*(?:look into|check|sort|fix|help|get back|reply|respond|answer|call|contact|email|dm|message|refund|explain)(?![\p{L}])/iu.test(
      question,
    );
  // An opening "¿" frames a question however it starts ("¿Las devuelvo a Amazon o a vosotros?").
  return (
    words.length >= 4 &&
    !shouting &&
    !exasperated &&
    !grievance &&
    !plea &&
    openings.some((opening) => QUESTION_OPENER.test(opening) || /^\s*¿\s*\p{L}/u.test(opening))
  );
}

const QUESTION_OPENER =
  /^(?:\W*)(?:are|is|do|does|did|can|could|will|would|when|where|what|how|why|which|any|est-ce|pouvez|quand|comment|où|pourquoi|qu|puede|podéis|cuándo|dónde|qué|cómo|por qué|können|kann|wann|wo|wie|warum|gibt|potete|può|quando|dove|come|perché|podem|pode|onde|como|porque|o que)\b/iu;

const MONTHS_AND_DAYS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miercoles|jueves|viernes|sabado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedi|martedi|mercoledi|giovedi|venerdi|domenica|segunda|terca|quarta|quinta|sexta|christmas|easter|noel|navidad|weihnachten|natale|natal)$/u;

/**
 * "Do you ship to Mexico?" while the delivery fact names Spain and Portugal: a place the
 * question asks about ("to/a/en/nach" + a capitalised name) that the fact never mentions.
 * The fact does not answer it; the reply leaves a gap instead of a wrong answer.
 */
function namesPlaceOutside(question: string, fact: string): boolean {
  const factWords = fold(fact);
  for (const m of question.matchAll(
    /(?<![\p{L}])(?:to|in|into|a|en|au|aux|vers|nach|in|para|per|em|pour)\s+(?:the\s+)?(\p{Lu}[\p{Ll}]{2,}(?:\s\p{Lu}[\p{Ll}]+)?|(?:UK|USA|US|UAE|EU)(?![\p{L}]))/gu,
  )) {
    const place = fold(m[1]!);
    if (MONTHS_AND_DAYS.test(place)) continue;
    // An island or city inside a region the fact names ("a Mallorca" under "Baleares").
    const region = PLACE_IN_REGION[place];
    if (region && factWords.includes(region)) continue;
    if (!factWords.includes(place)) return true;
  }
  return false;
}

/** Islands and cities a fact may name by their region (folded): Spain's and Portugal's, where shops ship. */
const PLACE_IN_REGION: Record<string, string> = {
  mallorca: 'baleares',
  majorca: 'baleares',
  menorca: 'baleares',
  minorca: 'baleares',
  ibiza: 'baleares',
  eivissa: 'baleares',
  formentera: 'baleares',
  tenerife: 'canarias',
  'gran canaria': 'canarias',
  lanzarote: 'canarias',
  fuerteventura: 'canarias',
  'la palma': 'canarias',
  'la gomera': 'canarias',
  madrid: 'peninsular',
  barcelona: 'peninsular',
  valencia: 'peninsular',
  sevilla: 'peninsular',
  bilbao: 'peninsular',
  malaga: 'peninsular',
  zaragoza: 'peninsular',
  lisboa: 'portugal',
  lisbon: 'portugal',
  porto: 'portugal',
  oporto: 'portugal',
  braga: 'portugal',
  faro: 'portugal',
  coimbra: 'portugal',
  algarve: 'portugal',
};

/** A public holiday, in six languages (folded): hours for a normal week do not answer for one. */
const HOLIDAY =
  /(?<![\p{L}])(?:bank holiday|public holiday|holiday (?:monday|weekend)|christmas|xmas|boxing day|new year'?s?|easter|thanksgiving|jours? feries?|ferie|paques|noel|nouvel an|festivos?|dias? festivos?|semana santa|navidad|nochevieja|ano nuevo|feiertag\w*|ostern|weihnachten|silvester|pfingsten|festivi|festivita|giorni festivi|natale|pasqua|ferragosto|capodanno|feriados?|pascoa|ano novo|(?:1er|premier|1\.?) mai|14 juillet|15 aout|toussaint|ascension|pentecote|1(?:\.|st)? (?:of )?may|may day|labou?r day|memorial day|independence day|4th of july|fourth of july|halloween|valentine'?s(?: day)?|saint[- ]valentin|san valentin|reyes|dia de reyes|1\.? mai|tag der arbeit|himmelfahrt|fronleichnam|primo maggio|1\.? maggio|25 aprile|2 giugno|ognissanti|carnevale|carnaval|tiradentes|corpus christi|25 de abril|1\.? de mayo|1\.? de maio)(?![\p{L}])/u;

/** "What time do you close on bank holiday Monday?" while the hours name no holiday: not answered. */
function namesHolidayOutside(question: string, fact: string): boolean {
  return HOLIDAY.test(fold(question)) && !HOLIDAY.test(fold(fact)) && !/holiday|f[eé]ri|festiv|feiertag|feriad/iu.test(fact);
}

/** "<brand> on Gloucester Rd": the business's own place is not a place the question asks about. */
function withoutOwnAddress(question: string, brand: string): string {
  if (!brand.trim()) return question;
  const marked = question.replace(new RegExp(escapeRegExp(brand.trim()), 'giu'), '\u0001');
  return marked.replace(/\u0001(?:'s)?(?: (?:on|in|at|en|a|in|na|em|auf|am) (?:\p{Lu}[\p{L}.'-]*\s?)+)?/gu, ' ');
}

/** Greetings that open a question ("Bonjour, à partir de quelle heure…") are not part of what to answer. */
const OPENING_GREETING =
  /^(?:hiya|heya|hey there|hi there|hello there|hi all|hi guys|hey guys|hi team|hey team|hi|hello|hey|good (?:morning|afternoon|evening)|bonjour|bonsoir|salut|hola|buenos d[ií]as|buenas|hallo|guten (?:tag|morgen|abend)|servus|moin|ciao|salve|buongiorno|buonasera|ol[aá]|oi|bom dia|boa tarde)\b[\s,!.:;]*/iu;

/** "Anyone know if", "just wondering whether", "quick question:": lead-ins before what is asked (English). */
const ASK_LEAD_IN =
  /^(?:(?:does |do )?(?:anyone|anybody|someone|somebody|any ?one) (?:know|knows|here know)(?: if| whether)?|(?:i was |i'm |i am |just )?wondering (?:if|whether)|(?:quick|small|one|a) (?:question|q|qq|one)(?:\s*[-–—:,])?|question[:,]|q[:-])\s+/iu;

/** How a yes/no question opens in each language (the part a gap leaves out). */
const ASK_WORDS: Record<Exclude<ReplyLanguage, 'en'>, RegExp> = {
  fr: /^(?:(?:allez-vous|vous allez) (?:avoir|sortir|proposer|faire)|est-ce qu'il y a|est-ce que (?:vous(?: en)?(?: (?:\p{L}+ez|faites|êtes|etes))?|l'on|on peut|c'est possible de)|avez-vous|vous avez|peut-on|y a-t-il|faites-vous|\p{L}+ez-vous|vous (?:en )?\p{L}+ez)\s+/iu,
  es: /^¿?\s*(?:se puede|ten[eé]is|tienen|tiene|hay|pod[eé]is|puedo|hac[eé]is|hacen|(?:vais|van) a (?:tener|sacar|hacer))\s+/iu,
  de: /^(?:kann man (?:bei (?:euch|ihnen)|hier|dort)|habt ihr|haben sie|gibt es(?: bei (?:euch|ihnen))?|bietet ihr|bieten sie|kann ich)\s+/iu,
  it: /^(?:(?:voi )?(?:avrete|farete|avete|potete|fate|\p{L}+ate|\p{L}+ete)|si pu[oò]|c'[eè]|ci sono|posso)\s+/iu,
  pt: /^(?:voc[eê]s t[eê]m|t[eê]m|h[aá]|[eé] poss[ií]vel|posso|podem|fazem|(?:voc[eê]s )?v[aã]o (?:voltar a )?(?:ter|lan[cç]ar|fazer))\s+/iu,
};

/** "support" → "supports", "do" → "does", "have" → "has", "carry" → "carries". */
function thirdPerson(verb: string): string {
  if (verb === 'have') return 'has';
  if (/(?:s|sh|ch|x|z|o)$/u.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/u.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A staff member's name as a reply passes praise on to them: German says "Herrn Rinaldi" after "richte … aus" and "an". */
function nameToPassOn(name: string, language: ReplyLanguage): string {
  return language === 'de' ? name.replace(/^Herr(?= )/u, 'Herrn') : name;
}

/** A gap for a question asked in another language than the reply's: it names the language, not the words. */
function foreignQuestionGap(language: ReplyLanguage, asked: string): string {
  let name = asked;
  try {
    name = new Intl.DisplayNames([language], { type: 'language' }).of(asked) ?? asked;
  } catch {
    // An unknown code keeps its letters.
  }
  const lower = language === 'de' ? name : name.toLowerCase();
  const said: Record<ReplyLanguage, string> = {
    en: `answer to their question in ${name}`,
    fr: `réponse à sa question en ${lower}`,
    es: `respuesta a su pregunta en ${lower}`,
    de: `Antwort auf die Frage auf ${lower}`,
    it: `risposta alla domanda in ${lower}`,
    pt: `resposta à pergunta em ${lower}`,
  };
  return `[${said[language]}]`;
}

/** Words that name the kind of business, not the business: left out of a brand as people shorten it. */
const KIND_OF_BUSINESS =
  /^(?:the|hotel|hôtel|hotels|cafe|café|coffee|restaurant|ristorante|restaurante|smokehouse|bbq|barbecue|bar|grill|kitchen|bistro|brasserie|bakery|boulangerie|pâtisserie|patisserie|shop|store|boutique|alpargatas|espadrilles|shoes|app|support|team|inn|house|&|and|et|y|und|e)$/iu;

/** The brand whole, then its own words without the kind of business ("Rusty Spur", "Vallombra", "Brisa"). */
function brandForms(brand: string): string[] {
  const whole = brand.trim();
  if (!whole) return [];
  const own = whole
    .split(/\s+/u)
    .filter((word) => !KIND_OF_BUSINESS.test(word))
    .join(' ');
  return own.length >= 4 && own !== whole ? [whole, own] : [whole];
}

/**
 * "We'd like to privatise the whole restaurant for a rehearsal dinner, around 45 people. Is that possible and roughly
 * what would it cost?": a question that points back with "that" asks about the wish before it (English). The gap says
 * the wish: "[whether you can privatise the whole restaurant for a rehearsal dinner, around 45 people, and roughly what
 * it would cost]".
 */
function wishAskedAbout(question: string, text: string): string | undefined {
  const back =
    /^(?:(?:and|so|but)\s+)?(?:is (?:that|this) (?:possible|doable|something you (?:do|offer))|would (?:that|this) be (?:possible|ok|okay)|(?:can|could|do|would) (?:you|y'?all) (?:do|offer|accommodate) (?:that|this|it))(?:\s*,?\s*(?:and|or)\s+(.+?))?[?.!\s]*$/iu.exec(
      question.trim(),
    );
  if (!back) return undefined;
  const sentences = sentencesOf(text);
  const at = sentences.findIndex((sentence) => sentence.includes(question.trim().slice(0, 20)));
  const before = at > 0 ? sentences[at - 1]! : undefined;
  const wish = before
    ? /(?<![\p{L}])(?:we'?d|we would|i'?d|i would|we'?re hoping|i'?m hoping|we want|i want|we'?re looking|i'?m looking|we are looking|we are hoping)\s+(?:like|love|hoping|looking)?\s*to\s+(.{6,140}?)[.!]*$/iu.exec(
        before,
      )?.[1]
    : undefined;
  if (!wish) return undefined;
  const mine = (words: string) =>
    words
      .replace(/(?<![\p{L}\p{N}])your(?![\p{L}\p{N}])/giu, 'our')
      .replace(/(?<![\p{L}\p{N}])(?:my|our)(?![\p{L}\p{N}])/giu, 'your')
      .replace(/(?<![\p{L}\p{N}])(?:me|us)(?![\p{L}\p{N}])/giu, 'you');
  // "roughly what would it cost" → "roughly what it would cost".
  const also = back[1]
    ?.replace(/\b(what|how much|how long|when|where)\s+(would|will|could|is|are)\s+(it|that|this|they)\b/iu, '$1 $3 $2')
    .replace(/[?.!\s]+$/u, '');
  return `[whether you can ${mine(wish)}${also ? `, and ${mine(also)}` : ''}]`;
}

/**
 * A gap the user fills, naming briefly what is missing in the reply's language:
 * "[whether we take bookings for 10]", "[answer: the lined winter version]". Never the
 * whole question pasted back; on one line.
 */
function gapFor(question: string, language: ReplyLanguage, brand: string, topic?: string): string {
  const label = { en: 'answer', fr: 'réponse', es: 'respuesta', de: 'Antwort', it: 'risposta', pt: 'resposta' }[language];
  let q = question
    .replace(OPENING_GREETING, '')
    .replace(/[[\]\n]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/[?!.\s]+$/u, '')
    .trim();
  if (language === 'en') {
    q = q.replace(ASK_LEAD_IN, '');
    // "Can I import my clients, or would I be starting from scratch?": the first half is what is asked.
    q = q.replace(/,?\s+or\s+(?:would|will|do|does|is|are|was|were|should|must|can|could|am|have|has|did)\s+.*$/iu, '');
    // "Any plans to open in Marseille?" → "[whether we plan to open in Marseille]".
    // "Any plans for a Xero integration?" → "[whether we plan a Xero integration]".
    const plans = /^(?:any|are there any|do you have any)\s+plans?\s+(to|for)\s+(.{3,80})$/iu.exec(q);
    if (plans) {
      const what = plans[2]!.replace(/\b(?:your)\b/giu, 'our');
      return plans[1]!.toLowerCase() === 'for'
        ? `[whether we plan ${what}]`
        : `[whether we plan to ${what}]`.replace(/ to (?=\p{L}+ing\b)/u, ' ');
    }
    // "<brand> on Gloucester Rd takes bookings" → "we take bookings".
    // The brand as they wrote it: whole, or its own words without the kind of business ("Rusty Spur" for Rusty Spur Smokehouse).
    const written = brandForms(brand).find((form) => new RegExp(`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])`, 'iu').test(q));
    if (written) {
      // The brand found case-insensitively, the place after it by its capitals ("in Harbour St").
      const marked = q.replace(new RegExp(escapeRegExp(written), 'iu'), '\u0001');
      const named =
        /^(?:(?:does|is|can|will|Does|Is|Can|Will) )?\u0001(?:'s)?(?: (?:on|in|at) (?:\p{Lu}[\p{L}.'-]*\s?)+)?\s*(\p{L}+)(.*)$/u.exec(
          marked,
        );
      if (named) {
        const verb = named[1]!.toLowerCase();
        const plain = { has: 'have', is: 'are', does: 'do', takes: 'take' }[verb] ?? verb.replace(/(?<=[^s])s$/u, '');
        const aux = /^(?:does|is|can|will)\s/iu.exec(marked)?.[0].trim().toLowerCase();
        // "Is Maison Tartine worth it" → "whether we're worth it".
        if (aux === 'is') return `[whether we're ${verb}${named[2]}]`.replace(/\s+\]$/u, ']');
        const lead = aux === 'can' || aux === 'will' ? `${aux} ` : '';
        return `[whether we ${lead}${aux ? verb : plain}${named[2]}]`.replace(/\s+\]$/u, ']');
      }
    }
    // "What time do you close on bank holiday Monday" → "[our closing time on bank holiday Monday]".
    const hours =
      /^(?:what time|when)\s+(?:do|will|are)\s+(?:you guys|you all|you|y'all|u)\s+(open(?:ing)?|clos(?:e|ing)|shut(?:ting)?)(.*)$/iu.exec(
        q,
      );
    if (hours) return `[our ${/^open/iu.test(hours[1]!) ? 'opening' : 'closing'} time${hours[2]!.replace(/\byour\b/giu, 'our')}]`;
    // "Where was it taken" → "[where it was taken]", "when is the market held" → "[when the market is held]".
    const wh =
      /^(what|where|when|why|how|who|which\s+\p{L}+)\s+(is|are|was|were)\s+((?:the |this |that |your |it\b|they\b)[^,]{0,40}?)\s*(\p{L}+ed|taken|made|built|done|held|located|served|shot|grown|sourced|from)(\b.*)?$/iu.exec(
        q,
      );
    if (wh)
      return `[${wh[1]!.toLowerCase()} ${wh[3]!.trim().replace(/\byour\b/giu, 'our')} ${wh[2]!.toLowerCase()} ${wh[4]}${wh[5] ?? ''}]`;
    const asked = /^(do|does|can|could|will|would|are|have)\s+(?:you guys|you all|you|y'all|yall|u guys|u|ya)\s+(.+)$/iu.exec(q);
    if (asked) {
      const aux = asked[1]!.toLowerCase();
      const keep = { do: '', does: '', can: 'can ', could: 'can ', will: 'will ', would: 'would ', are: 'are ', have: 'have ' }[aux] ?? '';
      const said = `whether we ${keep}${asked[2]!.replace(/\b(?:your)\b/giu, 'our')}`;
      if (said.length <= 70) return `[${said}]`;
    }
  }
  for (const form of brandForms(brand))
    q = q
      // (With the word that led to it: "mit Ledgerly", "chez Maison Tartine", "with Ledgerly".)
      .replace(
        new RegExp(
          `(?:(?<![\\p{L}])(?:mit|bei|with|at|chez|avec|con|com|da|presso|in|im|on|for|para|pour|per)\\s+)?${escapeRegExp(form)}`,
          'giu',
        ),
        '',
      )
      .replace(/\s+/gu, ' ')
      .trim()
      // "…into Ledgerly" without the brand leaves no "into" hanging.
      .replace(/\s+(?:into|to|at|in|on|from|with|for|by|onto)$/iu, '');
  // "Kann man bei euch E-Bikes ausleihen" → "E-Bikes ausleihen": the asking words are not the missing fact.
  if (language !== 'en') q = q.replace(ASK_WORDS[language], '') || q;
  // "Question : vous faites aussi des tables…": the label is not what is asked.
  q = q.replace(QUESTION_LABEL, '') || q;
  // "Est-ce que le restaurant est accessible…" → "si le restaurant est accessible…"; a Spanish "¿" has no closing mark left.
  if (language === 'fr') q = q.replace(/^est-ce qu(?:e\s+|')(\p{L})/iu, (_, first: string) => `si ${first}`).replace(/^si (?=il)/u, "s'");
  q = q.replace(/^[¿¡]\s*/u, '');
  // A yes/no question about something else: "whether the free plan let you send invoices in different currencies".
  if (language === 'en') {
    const yesNo = /^(do|does|is|are|can|could|will|would|has|have)\s+(.{3,90})$/iu.exec(q);
    if (yesNo && !/^(?:you|u)\b/iu.test(yesNo[2]!)) {
      // "does it support …" → "whether it supports …": the verb takes the -s "does" carried.
      let rest = /^does$/iu.test(yesNo[1]!)
        ? yesNo[2]!
            .replace(
              // ("does it ever come off the menu" → "whether it ever comes off the menu": an adverb stays before the verb.)
              /^((?:it|this|that|he|she|\p{Lu}\p{L}*)\s+(?:(?:ever|still|really|actually|usually|always|also|normally|sometimes|often)\s+)?)(\p{Ll}+)\b/u,
              (_, subject: string, verb: string) => `${subject}${thirdPerson(verb)}`,
            )
            // "does the free plan let you …" → "whether the free plan lets you …".
            .replace(
              /^((?:the|your|this|that) (?:\p{L}+ ){0,3}?)(\p{Ll}+)(?= (?:you|me|us)\b)/u,
              (_, subject: string, verb: string) => `${subject}${thirdPerson(verb)}`,
            )
            // "does the hotel have EV charging" → "whether the hotel has EV charging": a common verb after the thing asked about.
            .replace(
              /^((?:the|your|this|that) (?:\p{L}+ ){0,2}?)(have|do|offer|serve|open|close|allow|accept|deliver|ship|include|cost|sell|take|come|need|stay|run)\b(?! (?:you|me|us)\b)/u,
              (_, subject: string, verb: string) => `${subject}${thirdPerson(verb)}`,
            )
        : /^(?:is|are)$/iu.test(yesNo[1]!) && /^there\s/iu.test(yesNo[2]!)
          ? // "is there an API" → "whether there is an API".
            yesNo[2]!.replace(/^there\s/iu, `there ${yesNo[1]!.toLowerCase()} `)
          : /^(?:can|could|will|would)$/iu.test(yesNo[1]!) && /^(?:I|we)\s/u.test(yesNo[2]!)
            ? // "could I swap the walnuts" → "whether you could swap the walnuts".
              yesNo[2]!.replace(/^(I|we)\s/u, `$1 ${yesNo[1]!.toLowerCase()} `)
            : /^(?:can|could|will|would)$/iu.test(yesNo[1]!)
              ? // "can non-guests book a spa day" → "whether non-guests can book a spa day".
                yesNo[2]!.replace(/^((?:the |my |our |your |this |that )?[\p{L}-]+)\s/u, `$1 ${yesNo[1]!.toLowerCase()} `)
              : yesNo[2]!;
      // "is the terrace heated in winter" → "whether the terrace is heated in winter".
      const state = /^(is|are)$/iu.test(yesNo[1]!)
        ? /^((?:the|our|your|this|that)\s+(?:[\p{L}-]+\s+)?\p{L}+|it|they|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)\s+(\p{L}+ed|open|available|free|included|accessible|suitable|possible|allowed|ok|okay|safe|worth|good|any good|kid-friendly|dog-friendly|child-friendly|family-friendly|pet-friendly|vegan|vegetarian|gluten-free|halal|busy|quiet|far|close|near|easy|ready|back|still)\b(.*)$/iu.exec(
            rest,
          )
        : null;
      if (state) rest = `${state[1]} ${yesNo[1]!.toLowerCase()} ${state[2]}${state[3]}`;
      // Said from our side: "your" → "our", then "me"/"my" → "you"/"your".
      return `[whether ${rest
        .replace(/(?<![\p{L}\p{N}])your(?![\p{L}\p{N}])/giu, 'our')
        .replace(/(?<![\p{L}\p{N}])me(?![\p{L}\p{N}])/gu, 'you')
        .replace(/(?<![\p{L}\p{N}])I(?![\p{L}\p{N}])/gu, 'you')
        .replace(/(?<![\p{L}\p{N}])my(?![\p{L}\p{N}])/gu, 'your')}]`;
    }
  }
  // "A sola é de juta, isso já percebi, mas a parte de cima tem algum couro?": what is asked follows the "but";
  // "Kann ich Rechnungen in GBP und USD stellen, und rechnet die App … um?": a long one's first part says it.
  if (q.split(' ').length > 12) {
    const afterBut = q.split(/,\s+(?:but|mas|mais|pero|aber|ma|però|porém|however)\s+/iu).at(-1)!;
    if (afterBut !== q && afterBut.split(' ').length >= 3) q = afterBut;
    const firstPart = q.split(/,\s+(?:and|und|et|y|e|oder|or|ou|o|and also|also|aussi|también|auch|anche|também)\s+/iu)[0]!;
    if (q.split(' ').length > 12 && firstPart !== q && firstPart.split(' ').length >= 3) q = firstPart;
  }
  const words = q.split(' ');
  // A short question says what is missing best; a long one is named by its topic.
  if (words.length > 12 && topic) return `[${label}: ${topic}]`;
  const cut = words.length > 12 ? words.slice(0, 12).join(' ') : q;
  return `[${label}: ${cut}]`;
}

/**
 * Three replies with different intents for one item, in the reply language, from the
 * reading's points and questions, the profile's facts and channel, and the site's length.
 */
export function composeReplies(input: ComposeInput): Composition {
  const { reading, family, item, profile, site } = input;
  const { language, switched } = replyLanguageFor(reading.language, profile.languages);
  const bank = BANKS[language];
  const intents = bank.families[family];
  const languageNote = switched
    ? `Written in ${LANGUAGE_NAMES[reading.language] ?? reading.language.toUpperCase()}, which is not among your reply languages: the replies are in ${LANGUAGE_NAMES[language]}.`
    : undefined;
  if (intents.length === 0) return { language, ...(languageNote ? { languageNote } : {}), replies: [] };

  // The person's own register wins over the site's habit when they wrote in the reply's language.
  // An escalation or a legal threat is answered formally, whatever the site or their register.
  const formal =
    family === 'escalation' ||
    family === 'legal' ||
    ((reading.language === language ? addressOf(item.text, language) : undefined) ?? isFormalSite(site, language));
  const apology = family === 'complaint' || family === 'escalation' || family === 'legal';
  const sources = (points: Point[]) =>
    points.map((point) => ({ point, itemText: item.text, itemLanguage: reading.language, formal, apology }));
  // A lukewarm review's points said back without a verdict on them when none was read as criticised,
  // or when the review is in a language the word lists were not written for ("god kaffe" is praise):
  // "you're right to mention the coffee" would be a guess.
  // "Devolvi umas alpargatas há dois meses e até hoje não recebi o reembolso": the refund owed is what they are
  // angry about, so it is named first, as what they are still waiting for (never as a promise).
  const refundAwaited = (family === 'escalation' || family === 'legal') && REFUND_AWAITED.test(fold(item.text));
  const chosenPoints = pointsFor(family, reading.points, item.text);
  const pointsUnjudged =
    family === 'lukewarm' && (!LIST_LANGUAGES.has(reading.language) || !chosenPoints.some((p) => p.polarity === 'negative'));
  const said = sources(chosenPoints)
    .map((source) => ({
      aspect: source.point.aspect,
      text: source.point.text,
      // Under a threat, a refund is said as what they asked for: acknowledged, not conceded.
      phrase:
        (family === 'escalation' || family === 'legal') && REFUND_WORD.test(fold(source.point.text))
          ? refundAwaited
            ? REFUND_AWAITED_PHRASE[language](formal)
            : REFUND_REQUEST[language](formal)
          : pointPhrase(source, language, language === 'en' ? source.point.detail : undefined),
    }))
    .filter((p): p is { aspect: Point['aspect']; text: string; phrase: string } => Boolean(p.phrase))
    // "the mobile version feels": the verb after a thing is not part of it; "the happens" is no thing at all.
    .map((p) =>
      language === 'en' ? { ...p, phrase: p.phrase.replace(/(?<=\p{L} \p{L}+)\s+(?:feels|seems|looks|happens|happened)$/u, '') } : p,
    )
    .filter((p) => language !== 'en' || !/^the (?:happens|happened|seems|feels|looks)$/u.test(p.phrase))
    // "the mentioned it and": a chunk of a sentence, not a thing (English).
    .filter(
      (p) =>
        language !== 'en' ||
        !/(?:\s(?:and|or|but|it|to|of|with|was|were|is|are|ran|went|came|took|had|got|did)|^the \p{L}+ed (?:it|them|him|her)\b.*)$/iu.test(
          p.phrase,
        ),
    );
  // Their refund request comes after what happened: the harm is named first, the request if there is room.
  said.sort((a, b) => Number(a.phrase === REFUND_REQUEST[language](formal)) - Number(b.phrase === REFUND_REQUEST[language](formal)));
  if (refundAwaited) {
    const awaited = REFUND_AWAITED_PHRASE[language](formal);
    said.sort((a, b) => Number(b.phrase === awaited) - Number(a.phrase === awaited));
  }
  // "the noise" standing in for "loud" says nothing more when "the music" is already said.
  const standIn = (p: (typeof said)[number]) => p.phrase === aspectWord(p.aspect, language) && !fold(p.phrase).includes(fold(p.text));
  const phrases = said
    .filter((p) => !standIn(p) || !said.some((other) => other.aspect === p.aspect && other.phrase !== p.phrase))
    // "the noise" beside "the noisy air conditioning": the stand-in's word is already said.
    .filter(
      (p) =>
        !standIn(p) ||
        !said.some((other) => {
          const stem = fold(p.phrase)
            .replace(/^(?:the|le|la|l'|el|il|o|a)\s*/u, '')
            .slice(0, 4);
          return other.phrase !== p.phrase && stem.length === 4 && fold(other.phrase).includes(stem);
        }),
    )
    .map(({ phrase }) => phrase);
  // "The room wasn't ready until 5": the thing not being ready is the point, and a price said beside it is context.
  const notReady =
    language === 'en' && reading.language === 'en' && family !== 'fan' && family !== 'question'
      ? /(?<![\p{L}])(?:the|my|our)\s+(room|table|order|food|car|suite|apartment|bike)\s+(?:wasn'?t|was not|weren'?t|were not|isn'?t|is not|still not|not)\s+ready(?![\p{L}])/iu.exec(
          item.text,
        )?.[1]
      : undefined;
  // "Staff were rude", "the guy just shrugged": how they were treated is a point of its own, after the main one;
  // "felt like an inconvenience" is their feeling, not a thing.
  // (In six languages: "nous a fait sentir qu'on dérangeait" is said back as "l'accueil reçu".)
  const treatedBadly =
    reading.language === language &&
    (family === 'complaint' || family === 'lukewarm') &&
    ((language === 'en' &&
      /(?<![\p{L}])(?<!(?:not|n't|never)\s+)(?:rude|rudely|dismissive|condescending|unfriendly|snappy|snapped at|shrugged|rolled (?:her|his|their) eyes|eye-?roll\w*|made (?:us|me) feel (?:like )?(?:a |an )?(?:nuisance|inconvenience|unwelcome)|felt like (?:a |an )?(?:nuisance|inconvenience|burden))(?![\p{L}])/iu.test(
        item.text,
      )) ||
      RUDE_TREATMENT.test(fold(item.text)));
  if (treatedBadly) {
    for (const junk of ['the inconvenience', 'the nuisance', 'the burden', 'the staff', 'the service'])
      if (phrases.includes(junk)) phrases.splice(phrases.indexOf(junk), 1);
    // "sorry about the waiter and the treatment received": the treatment says the person already.
    if (language !== 'en')
      for (const p of said)
        if ((p.aspect === 'staff' || p.aspect === 'service') && phrases.includes(p.phrase)) phrases.splice(phrases.indexOf(p.phrase), 1);
    // A problem they raised met with a shrug: how the team reacted, not how they were welcomed.
    // (English says the shrug back in its own clause: "I'm really sorry the waiter just shrugged".)
    const howTreated = language !== 'en' && SHRUGGED.test(fold(item.text)) ? REACTION_PHRASE[language] : TREATMENT_PHRASE[language];
    if (!phrases.includes(howTreated)) phrases.splice(Math.min(1, phrases.length), 0, howTreated);
  }
  /** Puts what happened first, in our words, and drops the points it already says (each at most once). */
  const leadWith = (lead: string, says: (p: (typeof said)[number]) => boolean) => {
    for (const p of said) if (says(p) && phrases.includes(p.phrase)) phrases.splice(phrases.indexOf(p.phrase), 1);
    phrases.unshift(lead);
  };
  // "Ordered size 40, received 38": the wrong size sent is the point, not the size they ordered.
  // (Six languages: "Pedí la 39 y me llegó la 38", "commandé du 39, reçu du 38", "Größe 39 bestellt, 38 bekommen".)
  const wrongSize = WRONG_SIZE_SENT.test(fold(item.text));
  if (wrongSize && family !== 'fan' && family !== 'question') {
    leadWith(
      {
        en: 'the wrong size being sent',
        fr: "l'envoi de la mauvaise pointure",
        es: 'el envío de la talla equivocada',
        de: 'falsche Größe',
        it: 'la taglia sbagliata',
        pt: 'o envio do tamanho errado',
      }[language],
      (p) => p.aspect === 'size' || /^(?:the size|la taille|la pointure|la talla|größe|la taglia|o tamanho)\b/iu.test(p.phrase),
    );
  }
  // "the lake view you booked and didn't get" says the view and the car park it looked onto: not again as "the lake view room".
  if (reading.points.some((p) => p.detail === 'view-not-given'))
    for (const p of said)
      if (
        p.aspect === 'room' &&
        !/^(?:lake|sea|view)$/u.test(p.text) &&
        /view|vue|vista|blick|parking|car park|parkplatz|parcheggio|aparcamiento|estacionamento|street|rue|strasse|strada|calle|rua/iu.test(
          fold(p.text),
        ) &&
        phrases.includes(p.phrase)
      )
        phrases.splice(phrases.indexOf(p.phrase), 1);
  // "una alpargata de la 39 y la otra de la 40": a pair sent in two sizes, said with both sizes.
  const twoSizes = !wrongSize && family !== 'fan' && family !== 'question' ? MISMATCHED_PAIR.exec(fold(item.text)) : null;
  if (twoSizes) {
    const [, a, b] = twoSizes;
    leadWith(
      {
        en: `the pair that came with one shoe in ${a} and the other in ${b}`,
        fr: `la paire reçue avec un pied en ${a} et l'autre en ${b}`,
        es: `el par que llegó con un pie del ${a} y otro del ${b}`,
        de: `Paar mit einem Schuh in ${a} und einem in ${b}`,
        it: `il paio arrivato con una scarpa del ${a} e l'altra del ${b}`,
        pt: `o par que chegou com um pé ${a} e o outro ${b}`,
      }[language],
      // (What the pair is, "la alpargata", "tu cuarto par", is said by the lead.)
      (p) => p.aspect === 'size' || p.aspect === 'product',
    );
  }
  // "Ordered a large cappuccino and got a small latte": the wrong thing served is the point, said as such.
  const swapped =
    language === 'en' && reading.language === 'en' && family !== 'fan' && family !== 'question' && !wrongSize
      ? /(?<![\p{L}])(ordered|asked for|requested|picked|chose|selected) (?:a |an |the |my |two |2 )?((?:[\p{L}'’-]+ ){0,5}?[\p{L}-]{3,})(?: because (?:i'?m|i am|we'?re|we are|she'?s|he'?s|my \p{L}+ is) (?:\p{L}+ ){0,2}?\p{L}+)?(?: and | but |[,;.] (?:and |but )?)(?:clearly |obviously |instead |only |just |still |they |somehow )?(?:got|received|was given|were given|they gave (?:me|us)|gave (?:me|us)|was served|were served|they brought|brought (?:me|us)) (a |an |the |two |2 )?((?:[\p{L}'’-]+ ){0,3}[\p{L}-]{3,})(?=[\s.,!;]|$)/iu.exec(
          item.text,
        )
      : null;
  // The same told the other way round: "two people got the duck when they'd asked for fish".
  const gotWhenAsked =
    !swapped && language === 'en' && reading.language === 'en' && family !== 'fan' && family !== 'question' && !wrongSize
      ? /(?<![\p{L}])(?:got|received|was given|were given|was served|were served) (a |an |the |two |2 )?((?:[\p{L}'’-]+ ){0,3}?[\p{L}-]{3,}) (?:when|though|even though|although|after) (?:they|we|i|he|she|you)(?:'d| had)? (asked for|ordered|requested|picked|chose) (?:a |an |the |two |2 )?((?:[\p{L}'’-]+ ){0,3}?[\p{L}-]{3,})(?=\s*[.,!;]|\s*$|\s+(?:and|but|so|which|instead)(?![\p{L}]))/iu.exec(
          item.text,
        )
      : null;
  const swappedSaid: (string | undefined)[] | null =
    swapped ?? (gotWhenAsked ? [gotWhenAsked[0], gotWhenAsked[3], gotWhenAsked[4], gotWhenAsked[1], gotWhenAsked[2]] : null);
  let swappedLead = false;
  if (
    swappedSaid &&
    !/^(?:it|them|nothing|no|one|that|this|sick|ill|cold|told|charged)$/iu.test(swappedSaid[4]!.split(' ')[0]!) &&
    // "ordered the burger and got food poisoning", "… and got an email": what happened next, not a wrong dish.
    !/(?<![\p{L}])(?:poisoning|sick|ill|ache|headache|stomach\w*|diarrh\w*|vomit\w*|refund|reply|response|email|message|call|text|apology|excuse|receipt|bill|invoice|wait|delay|attitude|look|shrug|notification|confirmation|error|charged)(?![\p{L}])/iu.test(
      swappedSaid[4]!,
    )
  ) {
    swappedLead = true;
    const verb = swappedSaid[1]!.toLowerCase();
    const asked = verb === 'ordered' || verb === 'picked' || verb === 'chose' || verb === 'selected' ? verb : 'asked for';
    // ("oat milk in my chai" is said back as "oat milk in your chai".)
    const ordered = swappedSaid[2]!.toLowerCase().replace(/(?<![\p{L}])(?:my|our)(?![\p{L}])/gu, 'your');
    const got = swappedSaid[4]!.toLowerCase().replace(/\s+(?:instead|again|today|yesterday|twice)$/u, '');
    // "got dairy": a mass noun takes no article; "brought the chicken" keeps theirs.
    const theirs = swappedSaid[3]?.toLowerCase();
    const article =
      theirs === 'the ' ? theirs : /[^s]s$/u.test(got) || (!theirs && MASS_NOUN.test(got)) ? '' : /^[aeiou]/iu.test(got) ? 'an ' : 'a ';
    leadWith(
      `getting ${article}${got} instead of the ${ordered} you ${asked}`,
      (p) => fold(ordered).includes(fold(p.text)) || fold(got).includes(fold(p.text)) || fold(p.text).includes(fold(got)),
    );
  }
  // "charged for 3 drinks we never had": the charge is the point, said with what it was for.
  const chargedFor =
    language === 'en' && reading.language === 'en' && family !== 'fan' && family !== 'question'
      ? /(?<![\p{L}])(?:charged|billed) (?:us |me )?for ((?:\d+|two|three|four|an?|the|some) (?:[\p{L}-]+ ){0,2}?[\p{L}-]{3,}) (?:that )?(?:we|i) (?:never|didn'?t|did not) (had|have|order|ordered|get|got|eat|ate|drink|drank)(?![\p{L}])/iu.exec(
          item.text,
        )
      : null;
  if (chargedFor) {
    const thing = chargedFor[1]!.toLowerCase();
    const verb = {
      had: 'had',
      have: 'had',
      order: 'ordered',
      ordered: 'ordered',
      get: 'got',
      got: 'got',
      eat: 'ate',
      ate: 'ate',
      drink: 'had',
      drank: 'had',
    }[chargedFor[2]!.toLowerCase()];
    leadWith(
      `being charged for ${thing} you never ${verb ?? 'had'}`,
      (p) =>
        p.aspect === 'billing' ||
        p.aspect === 'price' ||
        fold(thing).includes(fold(p.text)) ||
        /^the (?:bill|receipt|invoice)$/u.test(p.phrase),
    );
  }
  if (notReady) {
    leadWith(
      `your ${notReady.toLowerCase()} not being ready on time`,
      (p) => p.aspect === 'price' || fold(p.phrase) === `the ${notReady.toLowerCase()}`,
    );
  }
  // Written in a language we do not reply in: common things it names ("ontbijt", "Farbe"),
  // said in ours, from sentences whose tone fits the family (no praised thing in an apology).
  if (reading.language !== language && family !== 'question') {
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(item.text)) {
      for (const phrase of unspacedPhrases(item.text, language)) if (!phrases.includes(phrase)) phrases.push(phrase);
    }
    const pets = reading.points.some((p) => p.aspect === 'pets');
    // Each side of a turn is weighed alone ("Koffie was lekker maar de taart was oud en droog"):
    // the praised side is never named in an apology, nor the faulted one in thanks.
    const clauses = sentencesOf(item.text).flatMap((sentence) => sentence.split(TURN_ELSEWHERE).filter(Boolean));
    for (const sentence of clauses) {
      // A sentence a situation already says ("se cierra sola…") has no more things to name.
      if (situationsOf(sentence).length > 0) continue;
      const f = fold(sentence);
      // "Mam potwierdzenie w aplikacji banku": where their proof is kept is not what went wrong.
      if (family !== 'fan' && EVIDENCE_ELSEWHERE.test(f)) continue;
      const praise = PRAISE.test(f) || PRAISE_ELSEWHERE.test(f);
      const problem = PROBLEM.test(f) || TROUBLE_ELSEWHERE.test(f);
      if (family === 'fan' ? problem && !praise : praise && !problem) continue;
      const words = sentence.match(/[\p{L}-]+/gu) ?? [];
      // Each word's pair with the next is looked up once: the next word reads it as its pair with the previous.
      let pairedWithPrevious = false;
      for (const [index, word] of words.entries()) {
        // Two words that name one thing come first ("tarta cytrynowa" is a lemon tart, not any cake).
        const pair = index + 1 < words.length ? pairConcept(word, words[index + 1]!, language) : undefined;
        const secondOfPair = pairedWithPrevious;
        pairedWithPrevious = pair !== undefined;
        // A function word of the item's own language that is a thing in another ("verwend door jullie team": Dutch "by").
        if (FUNCTION_WORD_IN[reading.language]?.test(fold(word))) continue;
        // A word inside a point already said ("queijo" in "scone de queijo") is not a thing of its own.
        if (reading.points.some((p) => p.text.includes(word) && p.text !== word)) continue;
        const phrase = pair ?? (secondOfPair ? undefined : crossLanguagePhrase(word, language));
        // "Onze labrador… mogen honden mee?": the pet is already said ("your pet"), not again as "the dog".
        // ("onze hond kreeg meteen water": a fan's dog is theirs, never something of ours they loved.)
        if (
          phrase &&
          (pets || family === 'fan') &&
          (phrase === conceptPhrase('dog', language) || phrase === conceptPhrase('cat', language))
        )
          continue;
        // "Cold toastie.", "Cold panini.": a temperature goes with its dish, never "the cold" as a thing of its own.
        if (phrase && phrase === conceptPhrase('cold', language)) continue;
        if (phrase && !phrases.includes(phrase)) phrases.push(phrase);
      }
    }
  }
  // Longer reviews make several points: name up to three, short ones two; a phrase another one
  // already holds ("la talla" in "la talla 42") is said once.
  // Compared without their articles: "le verre" is held in "le vin au verre".
  const core = (phrase: string) => fold(phrase).replace(/^(?:the|le|la|les|l'|el|los|las|il|lo|i|gli|o|a|os|as|your|votre|vos)\s*/u, '');
  const amountOf = (phrase: string) => /(?:[£€$]|chf ?)\d[\d.,]*|\d[\d.,]* ?(?:€|chf|%)/iu.exec(phrase)?.[0];
  const distinct = [...new Set(phrases)]
    .filter(
      (phrase, index, all) => !all.some((other, j) => j !== index && other.length > phrase.length && core(other).includes(core(phrase))),
    )
    // One amount is said once ("the €4.50 charge", not again in "the €4.50 tap water").
    .filter((phrase, index, all) => !amountOf(phrase) || !all.slice(0, index).some((other) => amountOf(other) === amountOf(phrase)));
  // "the deposit for your group booking" already says the group dinner.
  const groupWord = /(?<![\p{L}])(?:group|groupe|grupo|gruppe|gruppo|gruppen\w*)(?![\p{L}])/u;
  const unrepeated = distinct.filter(
    // The longer one says it ("Anzahlung für die Gruppenreservierung" holds "Gruppenessen"), whichever ranks first.
    (phrase, index, all) =>
      !groupWord.test(fold(phrase)) ||
      !all.some(
        (other, j) =>
          j !== index && groupWord.test(fold(other)) && (other.length > phrase.length || (other.length === phrase.length && j < index)),
      ),
  );
  // (The occasion spoiled is said in its own sentence: "That's not how your birthday should have gone.")
  const spoiled = family === 'complaint' && language === 'en' && reading.language === 'en' ? spoiledOccasion(item.text) : undefined;
  const occasionSaid = spoiled !== undefined;
  const occasionWord = /(?<![\p{L}])(?:the |your )?(?:b-?day|birthday|anniversary|wedding|honeymoon|graduation|retirement)(?![\p{L}])/iu;
  const uniquePhrases = unrepeated
    .filter((phrase) => !(occasionSaid && occasionWord.test(phrase) && phrase.split(/\s+/u).length <= 3))
    .slice(0, item.text.length > 90 ? 3 : 2);
  const person = reading.points.find((p) => p.person);
  // What a lukewarm reviewer liked, said apart from what they criticised.
  // A complaint that also praises ("Gorgeous hotel, lovely staff … one thing though") is thanked for the praise first.
  const praisingComplaint =
    family === 'complaint' &&
    !reading.flags.includes('sarcasm') &&
    // Mostly pleased: four or five stars, or, without stars, praise that outweighs the problem.
    (reading.stars !== undefined ? reading.stars >= 4 : reading.flags.includes('mixed') && reading.tone === 'positive') &&
    PRAISE.test(fold(item.text));
  // A fan who also asks something ("the banana pudding is a crime, in the best way. Who do we talk to?"):
  // the praise is thanked for before the answer.
  const praisingQuestion =
    family === 'question' &&
    reading.tone === 'positive' &&
    (reading.stars === undefined || reading.stars >= 4) &&
    !reading.flags.includes('sarcasm') &&
    !reading.flags.includes('complaint') &&
    // Said of us, outside the question and not a wish of theirs ("would love to treat my sister").
    sentencesOf(item.text).some(
      (sentence) => !/[?？]/u.test(sentence) && PRAISE.test(fold(sentence).replace(WISHED, ' ').replace(THANKS_WORDS, ' ')),
    );
  const likedPoint =
    // A lukewarm review's standout ("the sausage was the standout, the rest was fine") is named even with nothing criticised.
    family === 'lukewarm' || praisingQuestion || (praisingComplaint && reading.points.some((p) => p.polarity === 'negative' && !p.person))
      ? pointsFor(
          'fan',
          reading.points.filter((p) => p.polarity === 'positive' && p.aspect !== 'service' && p.aspect !== 'staff'),
          item.text,
        )[0]
      : undefined;
  const likedPhrase = likedPoint
    ? pointPhrase({ point: likedPoint, itemText: item.text, itemLanguage: reading.language, formal }, language)
    : undefined;
  const liked =
    likedPhrase &&
    (praisingQuestion || !uniquePhrases.some((p) => core(p).includes(core(likedPhrase)) || core(likedPhrase).includes(core(p))))
      ? likedPhrase
      : undefined;
  // "Would love a dark mode": the idea they give, thanked for and passed on.
  const wishPoint =
    family === 'fan' || family === 'lukewarm'
      ? reading.points
          .filter((p) => p.detail === 'wish' && reading.language === language)
          // The first thing wished for is the wish ("a widget for the home screen").
          .map((p) => ({ p, at: fold(item.text).indexOf(fold(p.text)) }))
          .sort((a, b) => a.at - b.at)[0]?.p
      : undefined;
  const wished = wishPoint
    ? pointPhrase({ point: wishPoint, itemText: item.text, itemLanguage: reading.language, formal }, language)
    : undefined;
  // "this is where we're doing your bachelor party": an occasion still to come is not one we were part of.
  const occasionAhead = OCCASION_AHEAD.test(item.text);
  // "Just home from our honeymoon … we'll be back for our first anniversary": the one behind them is the one we were part of.
  const aheadIn = (occasion: string) =>
    sentencesOf(item.text).some((sentence) => sentence.includes(occasion) && OCCASION_AHEAD.test(sentence));
  const occasionPoint =
    family === 'fan' && reading.language === language
      ? // (Not one they only ask about: "Do you cater birthday parties for 30?" is no birthday we were part of.)
        reading.points.find((p) => OCCASION.test(fold(p.text)) && !aheadIn(p.text) && !onlyAsked(item.text, p.text))
      : undefined;
  const occasion = occasionPoint
    ? occasionPoint.text
        .toLowerCase()
        .replace(/^(?:my|our|the|mon|ma|notre|la|le|una?|mi|nuestra|meine?|unsere?|il|la|o|a|um|uma|nosso|nossa)\s+/u, '')
    : family === 'fan' && language === 'en' && reading.language === 'en'
      ? // "my cousin's hen party", "our 30-person leadership offsite" when the reading made no point of it (in a sentence about what is past).
        sentencesOf(item.text)
          .filter((sentence) => !OCCASION_AHEAD.test(sentence) && !asksUs(sentence))
          .map((sentence) => {
            // "my daughter's quinceañera": whose it was comes along ("your daughter's quinceañera").
            const own = new RegExp(
              `(?<![\\p{L}])(?:(?:my|our)\\s+(\\p{L}+['’]s\\s+)?|\\p{L}+'s\\s+)(?:[\\p{L}\\d]+-[\\p{L}\\d]+\\s+|[\\p{Ll}]+\\s+){0,2}?(${OCCASION.source}(?:\\s+(?:party|dinner|lunch|brunch|meal|celebration))?)`,
              'iu',
            ).exec(sentence);
            return (
              (own ? `${own[1] ?? ''}${own[2]}` : undefined) ??
              // "for my mum's 90th", "our 25th": a birthday or an anniversary by its number.
              /(?<![\p{L}])(?:my|our)\s+((?:\p{L}+['’]s\s+)?\d{2}(?:st|nd|rd|th))(?![\p{L}\p{N}])/u.exec(sentence)?.[1]
            );
          })
          .find(Boolean)
          ?.toLowerCase()
      : undefined;
  // "Can't wait to try your new place": nothing loved yet, so nothing said back as loved.
  const relation = relationOf(item.text, family);
  const notYetTried = LOOKING_FORWARD.test(fold(item.text)) && relation === 'prospect';
  const praised = family === 'fan' && !notYetTried ? listOf(uniquePhrases, language) : '';
  // "we want Rusty Spur at our wedding!!": their own occasion still to come, which they want us part of (English).
  const occasionToCome =
    (family === 'question' || family === 'fan') && language === 'en' && reading.language === 'en'
      ? // (The one in a sentence about what is ahead: "catered my mom's party … we'll be calling you for my son's graduation".)
        (
          sentencesOf(item.text)
            .filter((sentence) => OCCASION_AHEAD.test(sentence))
            .map((sentence) => OCCASION_TO_COME.exec(sentence)?.[1])
            .find(Boolean) ??
          // (Not one already had: "Made your loaf for my mum's 90th on Sunday – she had three slices".)
          sentencesOf(item.text)
            .filter((sentence) => !OCCASION_PAST.test(sentence))
            .map((sentence) => OCCASION_TO_COME.exec(sentence)?.[1])
            .find(Boolean)
        )?.toLowerCase()
      : undefined;

  let answer: string | undefined;
  let gap: string | undefined;
  let topic: string | undefined;
  let openQuestion = false;
  const facts = profile.facts ?? {};
  // Facts are written in the profile's first language (the shared profiles' rule).
  const factLanguage = profile.languages.find(isReplyLanguage) ?? 'en';
  let answerPart: string | undefined;
  let askedAbout: { word: string; question: string } | undefined;
  // In a complaint only a real question gets a fact ("I think the heating is broken?" is not one),
  // and only one its words point to (a city named in both is not an answer).
  // A happy customer's lead is answered however it is asked ("Who do we talk to??").
  // (A fan's question is asked however it is put: "Y'all do a happy hour during the week?", "…a daily thing??".)
  const fanQuestion = (q: string) => family === 'fan' && (q.match(/\p{L}+/gu) ?? []).length >= 3 && asksUs(q);
  const asked = (q: string) =>
    family === 'question' || isRealQuestion(q) || (family === 'fan' && (LEAD_OR_WISH.test(fold(q)) || fanQuestion(q)));
  // (Split only when the facts answer every part: "is the spa open to non-residents, and do we need to book?"
  // half answered would lose the gap the other half needs.)
  const factsFound = new Map<string, FactAnswer | undefined>();
  const factOf = (question: string) => {
    if (!factsFound.has(question)) factsFound.set(question, factFor(question, facts, { needKeyWord: family !== 'question', site }));
    return factsFound.get(question);
  };
  const answerable = (question: string) => {
    const parts = askedParts(question);
    return parts.length > 1 && parts.every((part) => factOf(part) !== undefined) ? parts : [question];
  };
  for (const question of reading.questions.filter(asked).flatMap(answerable)) {
    const fact = factOf(question);
    if (
      fact &&
      // Money back asked for in a complaint is promised by the reply, not answered with the returns policy.
      !(family === 'complaint' && reading.flags.includes('refund') && /^(?:returns?|refunds?)$/iu.test(fact.key)) &&
      !namesPlaceOutside(withoutOwnAddress(question, profile.brand ?? ''), fact.text) &&
      !(fact.key === 'hours' && namesHolidayOutside(question, fact.text))
    ) {
      // A second question the facts answer too ("Can I pay by MB Way? And how long to Porto?") gets its answer,
      // unless that would leave the first one quoted in a language the reply is not in (the two are said together).
      if (answer) {
        // (The same fact again, for the other half of "how much is Pro, and is there a yearly option?", waits for the next question.)
        if (answer.includes(fact.text)) continue;
        const sayable = (text: string) => factLanguage === language || factInLanguage(text, factLanguage, language) !== undefined;
        if (sayable(fact.text) || !sayable(answer)) {
          answer = `${answer.replace(/[.;,\s]+$/u, '')}. ${fact.text}`;
          answerPart = `${answerPart!.replace(/[.;,\s]+$/u, '')}; ${closestClause(fact.text, question).replace(/^\p{Lu}(?!\p{Lu})/u, (x) => x.toLowerCase())}`;
        }
        break;
      }
      answer = fact.text;
      answerPart = closestClause(fact.text, question);
      if (fact.asked && !NOT_A_TOPIC.test(fact.asked)) askedAbout = { word: fact.asked, question };
      if (family !== 'question') break;
    }
  }
  // "My wife has coeliac disease. What on your menu is safe for her?", "150 guests, brisket and ribs. Who do we
  // talk to?": a question whose own words point nowhere is read with the sentences that led up to it.
  // In a complaint, a real question that points back with a pronoun ("…une carte cadeau… Elle est valable où
  // exactement ?") is read with the sentences before it too.
  if (!answer && (family === 'question' || family === 'fan' || family === 'complaint')) {
    const sentences = sentencesOf(item.text);
    // (French puts the question word last: "Elle est valable où ?".)
    const pointsBack = (q: string) =>
      POINTS_BACK.test(fold(q).trim()) &&
      !/\?\s*[?!]\s*$/u.test(q) &&
      // (Where or when it holds, not "is it always like this?", which is a grievance.)
      /(?<![\p{L}])(?:ou|quand|jusqu'a quand|where|when|until when|donde|cuando|hasta cuando|wo|wann|bis wann|dove|quando|fino a quando|onde|ate quando|valable|valid|valido|valida|gultig)(?![\p{L}])/u.test(
        fold(q),
      ) &&
      !/(?<![\p{L}])(?:always|toujours|siempre|immer|sempre|normal|normale)(?![\p{L}])/u.test(fold(q));
    for (const question of reading.questions.filter(
      (q) => family === 'question' || (family === 'fan' && LEAD_OR_WISH.test(fold(q))) || (family === 'complaint' && pointsBack(q)),
    )) {
      const at = sentences.findIndex((sentence) => sentence.includes(question) || question.includes(sentence));
      if (at <= 0) continue;
      const context = sentences.slice(Math.max(0, at - 3), at + 1).join(' ');
      const fact = factFor(context, facts, { needKeyWord: true, site });
      // Only a fact about a need or a thing they told us of (a diet, a dog, a party's size); a weekday or a
      // booking in the story ("made it at the weekend", "booked for Friday") is not what is asked.
      // (A place in their story, "we're in Austin for a long weekend", matters only to a fact about getting somewhere.)
      if (
        fact &&
        CONTEXT_KEYS.test(fact.key) &&
        (!/^(?:parking|transfer|shuttle)$/iu.test(fact.key) ||
          !namesPlaceOutside(withoutOwnAddress(context, profile.brand ?? ''), fact.text))
      ) {
        answer = fact.text;
        answerPart = closestClause(fact.text, context);
        if (fact.asked && !NOT_A_TOPIC.test(fact.asked)) askedAbout = { word: fact.asked, question: context };
        break;
      }
    }
  }
  // A fan's real question the facts do not answer ("does it ever come off the menu??") gets its gap too.
  const fanAsks = family === 'fan' && !answer && reading.questions.some((q) => isRealQuestion(q) || fanQuestion(q));
  if (family === 'question' || fanAsks) {
    // The topic is taken from the question the answer is for ("Wie weit zum Bahnhof? Gibt es Parkplätze?"
    // answered with the shuttle is about the station, not the parking).
    const question =
      askedAbout?.question ??
      (fanAsks ? reading.questions.find((q) => isRealQuestion(q) || fanQuestion(q)) : reading.questions[0]) ??
      item.text;
    const askable = (p: Point, q: string) => q.includes(p.text) && !p.person && TOPIC_ASPECTS.has(p.aspect) && !NOT_A_TOPIC.test(p.text);
    const asked =
      reading.points.find((p) => askable(p, question)) ??
      (askedAbout ? undefined : reading.points.find((p) => reading.questions.some((q) => askable(p, q)))) ??
      (askedAbout ? { aspect: 'product' as const, polarity: 'neutral' as const, text: askedAbout.word } : undefined);
    // The word that found the fact names the topic only when it is a thing: "des cartes cadeaux" is one,
    // "vous livrez", "¿puedo devolverlas?", "Was kostet", "where are you", "talk to someone" are not.
    const verbAsked =
      asked !== undefined &&
      askedAbout !== undefined &&
      asked.text === askedAbout.word &&
      (/(?<![\p{L}])(?:where|what|when|how|who|are|is|right now|someone|qu[eé]|a qu[eé]|try|before|after|leave|overnight|paying|buying|get|do)(?![\p{L}])/iu.test(
        askedAbout.word,
      ) ||
        // A bare word ("livrez") may be a verb, unless the word lists know it as a thing ("cani", "Hunde").
        (reading.language !== 'en' && !ARTICLE_BEFORE(askedAbout.word).test(askedAbout.question) && !reading.points.includes(asked)));
    // Asked about a thing that ran out: the thing is the topic, not its running out.
    const askedThing = asked && isSituation(asked.detail) ? { ...asked, detail: undefined } : asked;
    if (askedThing && !verbAsked)
      topic = pointPhrase({ point: askedThing, itemText: item.text, itemLanguage: reading.language, formal }, language);
    // "Is there a step at the front door, and an accessible toilet?" is about step-free access, not the door.
    if (
      language === 'en' &&
      reading.language === 'en' &&
      !answer &&
      reading.points.some((p) => p.aspect === 'access' && question.includes(p.text))
    )
      topic = 'step-free access';
    // "Can I import my clients and invoice history?" is about importing them, not about "the invoice".
    const doing = language === 'en' && reading.language === 'en' ? actionTopic(question) : undefined;
    if (doing && !answer) topic = doing;
    // "What time does the kitchen stop?" is about the kitchen, not "the kitchen stop".
    if (topic && language === 'en') topic = topic.replace(/(?<=\p{L})\s+(?:stops?|closes?|opens?|starts?|finish(?:es)?|ends?)$/u, '');
    // The one word that found the answer names the topic unless the point already holds it:
    // "Can I bring my dog inside or is it terrace only?" is about your dog, not the terrace.
    if (answer && askedAbout && language === 'en' && reading.language === 'en' && /^\p{L}+$/u.test(askedAbout.word)) {
      const word = askedAbout.word.toLowerCase();
      // A bare word point ("dog") is said better from the question ("bringing your dog").
      if (!asked || !fold(asked.text).includes(fold(word)) || fold(asked.text).trim() === fold(word))
        topic = englishTopic(word, askedAbout.question);
    }
    // "does Ledgerly integrate with Stripe so clients can pay by card?": the tool named is what they ask about.
    const withTool =
      !answer && language === 'en' && reading.language === 'en'
        ? /(?<![\p{L}])(?:integrate|integrates|integration|work|works|sync|syncs|connect|connects|link|links|play nice|talk) (?:nicely |directly )?(?:with|to|into) ((?:\p{Lu}[\p{L}\p{N}.-]*|[\p{L}]+\p{Lu}[\p{L}\p{N}.-]*)(?: \p{Lu}[\p{L}\p{N}.-]*)?)/u.exec(
            question,
          )?.[1]
        : undefined;
    if (withTool && !(profile.brand ?? '').toLowerCase().includes(withTool.toLowerCase())) topic = withTool;
    // A question in a language the reply is not written in is not quoted into the gap ("[answer: Kto mi to zwróci]").
    if (!answer)
      gap =
        reading.language !== language && reading.language !== 'und'
          ? foreignQuestionGap(language, reading.language)
          : ((language === 'en' && reading.language === 'en' ? wishAskedAbout(question, item.text) : undefined) ??
            gapFor(question, language, profile.brand ?? '', topic));
  } else if (!answer && reading.questions.some(isRealQuestion)) {
    openQuestion = true;
  }

  const kind = (profile.business?.kind ?? 'service') as BusinessKind;
  const nounKey = profile.business?.noun ?? 'experience';
  const noun = ENGLISH_NOUNS[nounKey] ?? nounKey;
  // Someone hurt or ill under a threat; a double charge or one after cancelling as the complaint's lead point.
  // In a plain complaint the wish is for a person really hurt or ill (read strictly).
  const harm =
    family === 'escalation' || family === 'legal' ? harmOf(item.text) : family === 'complaint' ? harmInComplaint(item.text) : undefined;
  const relief = family === 'fan' && reliefInPraise(item.text);
  const harmed = harm || relief ? harmedOf(item.text) : undefined;
  const leadPoint = family === 'complaint' ? chosenPoints[0] : undefined;
  const doubleCharge =
    leadPoint?.aspect === 'billing' &&
    [CHARGED_TWICE, /duplicate|cancel/iu].some((words) => words.test(leadPoint.text + (leadPoint.detail ?? '')));
  // What went wrong in their words, turned to ours, unless a lead phrase already says it better
  // (the wrong size sent, a swapped dish, a charge for what they never had).
  const restatedRaw =
    family === 'complaint' && language === 'en' && reading.language === 'en' && !wrongSize && !swappedLead && !chargedFor && !notReady
      ? restatedComplaint(item.text, { withoutCue: !isSituation(leadPoint?.detail) })
      : undefined;
  // Their words turned to ours must not read as ours being defensive ("you should have been told", "actually").
  // Nor name the business as a thing ("the tallyo keeps logging you out").
  const namesUs = (clause: string) =>
    Boolean(profile.brand?.trim()) &&
    fold(clause)
      .split(/[^\p{L}\p{N}]+/u)
      .some(
        (word) =>
          word.length > 2 &&
          // "Hotel Vallombra", "Fern & Fig Café": the kind of place is no name ("the hotel was noisy" may be said back).
          !OWN_KIND.test(word) &&
          !/^(?:the|and|hotel|smokehouse|bakery|support|app|bbq|grill|kitchen|coffee|studio|store|shop)$/u.test(word) &&
          fold(profile.brand ?? '')
            .split(/[^\p{L}\p{N}]+/u)
            .includes(word),
      );
  // Nor say their own lateness as our fault ("sorry you were 15 minutes late because of the traffic").
  const ownLateness = (clause: string) =>
    /^you (?:were|was|arrived|got there|turned up) (?:\p{L}+ ){0,2}(?:\d+|an?|half an) ?\p{L}* late(?![\p{L}])/iu.test(clause);
  const restatedClause =
    restatedRaw && !soundsDefensive(restatedRaw) && !namesUs(restatedRaw) && !ownLateness(restatedRaw) ? restatedRaw : undefined;
  // The clause tells one part of the story; the other points they made are still named after it
  // ("…was dry as a bone, and about the 45-minute wait").
  const restated = restatedClause ? withUnsaidPoints(restatedClause, uniquePhrases.slice(0, 3)) : undefined;
  // The fact said in the reply's language when every word of it is known; else quoted as written, its language named.
  let factSaid = answer;
  let factPartSaid = answerPart ?? answer;
  let factForeign = Boolean(answer) && factLanguage !== language;
  if (answer && factForeign) {
    const whole = factInLanguage(answer, factLanguage, language);
    const part = answerPart && answerPart !== answer ? factInLanguage(answerPart, factLanguage, language) : whole;
    if (whole && part) {
      factSaid = whole;
      factPartSaid = part;
      factForeign = false;
    }
  }
  // "ask for a quote by email": the address said with it, so they need not look for it.
  const withEmail = (fact: string | undefined) =>
    fact && profile.email && !fact.includes('@')
      ? fact.replace(
          /(?<![\p{L}])((?:by|per|par|via|por) (?:e-?mail|E-Mail|correo(?: electrónico)?|courriel))(?![\p{L}])/u,
          `$1 (${profile.email})`,
        )
      : fact;
  factSaid = withEmail(factSaid);
  factPartSaid = withEmail(factPartSaid);
  // Their emails or messages went unanswered: the reply owns the silence and gives the phone, not the
  // channel that already failed them (when the profile has a number).
  const unanswered = (family === 'complaint' || family === 'escalation' || family === 'legal') && UNANSWERED.test(fold(item.text));
  const usual = channelOf(profile, site);
  const silencedChannel =
    unanswered && profile.phone?.trim() && usual.kind !== 'phone' ? { kind: 'phone' as const, value: profile.phone.trim() } : undefined;
  const context: ComposeContext = {
    language,
    formal,
    name: firstNameOf(item.author),
    brand: profile.brand,
    kind,
    noun,
    nounKey,
    // A legal threat gets at most two sober points, not an inventory.
    points: family === 'fan' ? '' : listOf(family === 'legal' ? uniquePhrases.slice(0, 2) : uniquePhrases, language),
    mainPoint: family === 'fan' ? '' : (uniquePhrases[0] ?? ''),
    ...(family !== 'fan' && uniquePhrases.length > 0 ? { pointItems: family === 'legal' ? uniquePhrases.slice(0, 2) : uniquePhrases } : {}),
    praised,
    ...(family === 'fan' && uniquePhrases.length > 0 ? { praisedItems: uniquePhrases } : {}),
    // "we want you at our wedding": the occasion is still to come, not one we were part of.
    ...(occasion && occasion !== occasionToCome ? { occasion } : {}),
    ...(family === 'fan' && branchNamed(item.text, facts) ? { place: branchNamed(item.text, facts) } : {}),
    ...(liked ? { liked } : {}),
    ...(wished ? { wished } : {}),
    ...(praisingComplaint || praisingQuestion ? { kindWords: true } : {}),
    ...(occasionToCome ? { occasionToCome } : {}),
    ...(restated ? { restated } : {}),
    ...(unanswered ? { unanswered: true } : {}),
    // A fake message in our name: the reply warns them, and everyone reading, not to answer it.
    ...((family === 'escalation' || family === 'complaint') && reading.points.some((p) => p.detail === 'phishing')
      ? { phishing: true }
      : {}),
    ...(harm ? { harm } : {}),
    ...(harmed ? { harmed } : {}),
    ...(family === 'fan' && LASTING.test(fold(item.text)) ? { lasting: true } : {}),
    ...(relief ? { relief } : {}),
    ...(pointsUnjudged ? { pointsUnjudged } : {}),
    ...(doubleCharge ? { billing: true } : {}),
    ...(family === 'fan' && reading.points.some((p) => p.aspect === 'pets' && p.polarity !== 'negative')
      ? {
          pet: /(?<![\p{L}])(?:cats?|kitten|chats?|chatte|gat[oa]s?|gatt[oa]|katzen?|kater)(?![\p{L}])/iu.test(item.text)
            ? ('cat' as const)
            : ('dog' as const),
        }
      : {}),
    ...(family === 'question' && person?.person && person.polarity === 'positive'
      ? { thankedPerson: nameToPassOn(person.person, language) }
      : {}),
    ...(person?.person
      ? {
          person: {
            // German says "Herrn Rinaldi" after "richte … aus" and "an": the titled name in the dative.
            name: nameToPassOn(person.person, language),
            praised: person.polarity !== 'negative',
          },
        }
      : {}),
    ...(family === 'complaint' && language !== 'en' && reading.language === language && SPECIAL_DAY_ELSEWHERE.test(fold(item.text))
      ? { specialDay: true }
      : {}),
    ...(spoiled ? { spoiledOccasion: spoiled } : {}),
    channel: silencedChannel ?? channelOf(profile, site),
    ...(factSaid ? { answer: factSaid, answerPart: factPartSaid ?? factSaid } : {}),
    ...(factForeign ? { factLanguage } : {}),
    ...(gap ? { gap } : {}),
    ...(topic ? { topic } : {}),
    // "How do I cancel?" sets the flag too; the money side is promised only when money back is asked for.
    refund: reading.flags.includes('refund') && !(/(?<![\p{L}])cancel\w*/u.test(fold(item.text)) && !MONEY_BACK.test(fold(item.text))),
    openQuestion,
    short: siteLimitFor(site).preferred === 'short',
    relation,
    online: isOnlineOrder(item.text, kind, nounKey),
    // Picks among a fixed sentence's wordings, the same each time for the same item.
    seed: seedOf(item.text),
    ...(speaksAsParty(item.text) ? { party: true } : {}),
  };

  const signature = profile.signature || profile.replierName;
  const limit = siteLimitFor(site);
  // The user's wording for this language and register (vous on a review site, tu on Instagram).
  const own = phrasesForRegister(input.phrases?.[language], language, context.formal);
  const valuesFor = (c: ComposeContext): PhraseValues => ({
    ...(c.name ? { name: c.name } : {}),
    // What they asked about, in a question; what they said, otherwise.
    points: (family === 'question' ? c.topic : undefined) || c.points || c.praised,
    brand: c.brand,
    channel: c.channel.value,
    signature,
  });
  const ownSignOff = own?.signOff ? fillPhrase(own.signOff, valuesFor(context), 'signOff') : undefined;
  const writeReplies = (forAll: ComposeContext) =>
    intents.map((intent, intentIndex) => {
      // The phone for unanswered messages goes in the first suggestion; the others keep the usual channel, a choice for the user.
      const context = intentIndex === 0 || !silencedChannel ? forAll : { ...forAll, channel: usual };
      // The user's opening and next step go into the first suggestion; greeting and sign-off into all.
      const write = (c: ComposeContext) =>
        own && intentIndex === 0 ? withPhrases(intent.write(c), own, family, valuesFor(c)) : intent.write(c);
      const sentences = (
        context.detailsUrl && intent.id === 'short-answer' ? DETAILS_AT[language](context.formal, context.detailsUrl) : write(context)
      ).filter((s) => s.trim());
      // The English bank says these in its own sentences; the other languages get them after the opening.
      if (intentIndex === 0 && language !== 'en') {
        const extra = [
          context.harm ? (context.harm === 'illness' ? HOPE_HEALTH : HOPE_BETTER)[language] : '',
          context.relief ? GLAD_ALL_WELL[language] : '',
          context.unanswered && family !== 'legal' ? SORRY_UNANSWERED[language](context.formal) : '',
        ].filter(Boolean);
        sentences.splice(Math.min(1, sentences.length), 0, ...extra);
      }
      const greeting = (own?.greeting ? fillPhrase(own.greeting, valuesFor(context), 'greeting') : undefined) ?? bank.greeting(context);
      const assemble = (body: string[]) => {
        const separator = context.short ? '\n' : '\n\n';
        return cleanReplyText(
          contract(
            [`${greeting}${separator}${body.join(' ')}`, ownSignOff ?? signature].filter(Boolean).join(context.short ? '\n' : '\n\n'),
            language,
          ),
        );
      };
      let body = sentences;
      let text = assemble(body);
      // Too long for the site (X): drop the sentences that carry neither the point, the answer,
      // the channel nor the opening apology or thanks, from the end.
      // (German declines the points inside the sentence, "zum Datenschutz, zu den Adressen": the main point's
      // last word still shows it carries them.)
      const mainWord = context.mainPoint?.split(/\s+/u).pop();
      const essential = (sentence: string, index: number) =>
        index === 0 ||
        (context.channel.value !== '' && sentence.includes(context.channel.value)) ||
        [context.points, context.praised, context.answer, context.gap].some((part) => part && sentence.includes(part)) ||
        // (The money they asked for back is kept over a sentence of good intentions.)
        (context.refund === true && REFUND_WORD.test(fold(sentence))) ||
        (language === 'de' && mainWord !== undefined && mainWord.length >= 4 && sentence.includes(mainWord));
      for (let at = body.length - 1; at >= 0 && siteLength(text, site) > limit.maxChars; at--) {
        if (essential(body[at]!, at)) continue;
        body = body.filter((_, index) => index !== at);
        text = assemble(body);
      }
      // Still too long: name only the main point, then keep the opening and the way to reach us.
      if (siteLength(text, site) > limit.maxChars && context.points !== context.mainPoint) {
        body = write({ ...context, points: context.mainPoint }).filter((s) => s.trim());
        text = assemble(body);
      }
      // Then sentence by sentence inside the parts ("… ? Je reviens vers vous dans la journée."): drop the
      // ones that carry neither their point, the answer nor the way to reach us, from the end.
      if (siteLength(text, site) > limit.maxChars) {
        body = body.flatMap((part) => part.split(/(?<=[.!?])\s+(?=\p{Lu})/u));
        for (let at = body.length - 1; at >= 1 && siteLength(text, site) > limit.maxChars; at--) {
          const sentence = body[at]!;
          const keeps =
            (context.channel.value !== '' && sentence.includes(context.channel.value)) ||
            [context.mainPoint, context.answer, context.gap].some((part) => part && sentence.includes(part));
          if (keeps) continue;
          body = body.filter((_, index) => index !== at);
          text = assemble(body);
        }
      }
      // Then cut a sentence's last clause (", et je m'en occupe personnellement aujourd'hui") where what
      // it must carry stays in the part before.
      for (let at = body.length - 1; at >= 1 && siteLength(text, site) > limit.maxChars; at--) {
        const sentence = body[at]!;
        const cut = sentence.lastIndexOf(', ');
        if (cut < 0) continue;
        const shorter = `${sentence.slice(0, cut)}${/[?]\s*$/u.test(sentence) ? ' ?' : '.'}`.replace(
          /\s+\?$/u,
          language === 'fr' ? ' ?' : '?',
        );
        const carries = (part: string) => Boolean(part) && sentence.includes(part);
        const lost = [context.channel.value, context.mainPoint, context.answer ?? '', context.gap ?? ''].some(
          (part) => carries(part) && !shorter.includes(part),
        );
        if (lost) continue;
        body = body.map((part, index) => (index === at ? shorter : part));
        text = assemble(body);
      }
      // Last resort: drop whole sentences before the way to reach us, keeping the one that names their point.
      while (siteLength(text, site) > limit.maxChars && body.length > 2) {
        const names = (sentence: string) => Boolean(context.mainPoint) && sentence.includes(context.mainPoint);
        const candidates = body
          .slice(0, -1)
          .map((sentence, index) => ({ sentence, index }))
          .filter(({ sentence, index }) => index > 0 && !names(sentence));
        const drop = candidates.length > 0 ? candidates[candidates.length - 1]!.index : body.length - 2;
        body = body.filter((_, index) => index !== drop);
        text = assemble(body);
      }
      return { id: `${family}-${intent.id}`, intent: intent.id, text, why: intent.why };
    });
  // The seed's wordings can land two suggestions on the same words: the next seeds are tried, the most distinct kept.
  const closest = (list: { text: string }[]) =>
    Math.max(0, ...list.flatMap((a, i) => list.slice(i + 1).map((b) => jaccard(a.text, b.text))));
  let replies = writeReplies(context);
  for (let k = 1; k <= 6 && context.seed !== undefined && closest(replies) >= 0.45; k++) {
    const other = writeReplies({ ...context, seed: (context.seed + k) >>> 0 });
    if (closest(other) < closest(replies)) replies = other;
  }
  // A long point said in full twice ("getting dairy instead of the oat milk in your chai you asked for") makes the
  // first two the same words: the second says "this" where the first named it (English).
  const main = context.mainPoint ?? '';
  if (language === 'en' && replies.length > 1 && main.split(/\s+/u).length >= 5 && closest(replies) >= 0.5) {
    const at = replies[1]!.text.indexOf(main);
    if (at > 0 && /(?:for|about) $/u.test(replies[1]!.text.slice(0, at))) {
      const shorter = replies.map((reply, index) => (index === 1 ? { ...reply, text: reply.text.replace(main, 'this') } : reply));
      if (closest(shorter) < closest(replies)) replies = shorter;
    }
  }
  // A long answer makes the short one the same words again: the second says where the details are written.
  const detailsUrl = [profile.facts?.website, profile.supportUrl].find((url) => url && /^https?:\/\/\S+$/u.test(url));
  if (family === 'question' && context.answer && detailsUrl && closest(replies) >= 0.45) {
    const other = writeReplies({ ...context, detailsUrl });
    if (closest(other) < closest(replies)) replies = other;
  }
  return { language, ...(languageNote ? { languageNote } : {}), replies };
}
