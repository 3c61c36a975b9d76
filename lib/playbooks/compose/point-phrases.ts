import type { Point } from '@/lib/reading';
import { fold } from '@/lib/reading/cues';
import { conceptPhrase, joinedConcept, sharedName } from './concepts';
import { isSituation, SINCE_UPDATE } from '@/lib/reading/situations';
import { germanGender, germanRelative } from './german';

/**
 * A point said back as a noun phrase in the reply's language: "the 25-minute wait",
 * "les frites", "la talla 42". Words come from the item (we name what they named), with
 * their possessives turned round ("my order" → "your order") and an article where the
 * language needs one.
 */
export type ReplyLanguage = 'en' | 'fr' | 'es' | 'de' | 'it' | 'pt';

const NUMBER_WORDS: Record<string, string> = { an: '1', a: '1', one: '1', two: '2', three: '3' };

/** "25 minutes" → "25-minute", "an hour" → "hour-long", "45 min" → "45-minute". */
function englishDurationAdjective(amount: string): string | undefined {
  const m = /^(\d+(?:[.,]\d+)?|an?|one|two|three|half an?)\s*-?\s*(minutes?|mins?|hours?|hrs?|h|days?)$/iu.exec(amount.trim());
  if (!m) return undefined;
  const count = NUMBER_WORDS[m[1]!.toLowerCase()] ?? m[1]!;
  const unit = m[2]!.toLowerCase().startsWith('m') ? 'minute' : m[2]!.toLowerCase().startsWith('d') ? 'day' : 'hour';
  if (count === '1') return `${unit}-long`;
  if (/half/iu.test(m[1]!)) return 'half-hour';
  return `${count}-${unit}`;
}

const LEADING_DETERMINER =
  /^(?:the|a|an|my|our|your|two|three|some|le|la|les|l'|un|une|des|du|mon|ma|mes|notre|nos|el|los|las|mi|mis|nuestro|nuestra|der|die|das|den|dem|ein|eine|mein|meine|il|lo|gli|i|uno|una|o|os|as|um|uma|meu|minha|meus|minhas)\s+/iu;

function bare(text: string): string {
  let t = text.trim();
  for (let k = 0; k < 2 && LEADING_DETERMINER.test(t); k++) t = t.replace(LEADING_DETERMINER, '');
  t = t.replace(/^l'/iu, '');
  return t;
}

/** A place, not a dish, that was cold or hot ("the place was freezing", "it was boiling in the room"), English. */
const PLACE_TEMPERATURE =
  /(?<![\p{L}])(?:(?:the )?(?:place|room|restaurant|caf[eé]|dining room|lobby|shop|store|bar|inside|in there|in here|seating area|terrace|upstairs|downstairs)|it) (?:was|is|were|felt|got|gets) (?:so |really |absolutely |bloody |a bit |quite |very |too )?(?:freezing|cold|chilly|boiling|hot|stuffy|sweltering)(?![\p{L}])/iu;

/**
 * Lower-case a phrase unless it holds a proper noun or an acronym (DATEV, PDF, Brianna): a first
 * word written with its capital mid-sentence in the item ("a Linux version") is a name.
 */
function caseFor(text: string, language: ReplyLanguage, itemText = ''): string {
  if (language === 'de') return text; // German nouns keep their capitals.
  return text
    .split(' ')
    .map((word, index) =>
      /^\p{Lu}[\p{Ll}]/u.test(word) && index === 0 && !/^(?:I|PDF|DATEV|iOS)$/u.test(word) && !namedMidSentence(word, itemText)
        ? word.toLowerCase()
        : word,
    )
    .join(' ');
}

function namedMidSentence(word: string, itemText: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<=[\\p{L}\\p{N},] )${escaped}(?![\\p{L}])`, 'u').test(itemText);
}

const ARTICLE_BEFORE: Record<Exclude<ReplyLanguage, 'en' | 'de'>, RegExp> = {
  fr: /(?:^|\s)(le|la|les|l'|mon|ma|mes|notre|nos|votre|vos|du|des|au|aux|un|une)\s*$/iu,
  es: /(?:^|\s)(el|la|los|las|mi|mis|nuestro|nuestra|nuestros|nuestras|vuestro|vuestra|vuestros|vuestras|del|al|un|una|unos|unas)\s+$/iu,
  it: /(?:^|\s)(il|lo|la|i|gli|le|l'|mio|mia|miei|mie|nostro|nostra|vostro|vostra|vostri|vostre|del|della|dei|delle|al|alla|un|uno|una|un')\s*$/iu,
  pt: /(?:^|\s)(o|a|os|as|meu|minha|meus|minhas|vosso|vossa|vossos|vossas|do|da|dos|das|no|na|um|uma|uns|umas)\s+$/iu,
};

/** Possessives and contracted articles as they read in a reply to that person. */
const ARTICLE_IN_REPLY: Record<Exclude<ReplyLanguage, 'en' | 'de'>, Record<string, string>> = {
  // "une souris" is said back as "la souris": the indefinite article gives the gender and number.
  fr: {
    mon: 'votre',
    ma: 'votre',
    mes: 'vos',
    notre: 'votre',
    nos: 'vos',
    // Their "votre spa" is ours.
    votre: 'notre',
    vos: 'nos',
    du: 'le',
    des: 'les',
    au: 'le',
    aux: 'les',
    un: 'le',
    une: 'la',
  },
  es: {
    mi: 'tu',
    mis: 'tus',
    nuestro: 'vuestro',
    nuestra: 'vuestra',
    vuestro: 'nuestro',
    vuestra: 'nuestra',
    vuestros: 'nuestros',
    vuestras: 'nuestras',
    del: 'el',
    al: 'el',
    un: 'el',
    una: 'la',
    unos: 'los',
    unas: 'las',
  },
  it: {
    mio: 'il tuo',
    mia: 'la tua',
    miei: 'i tuoi',
    mie: 'le tue',
    nostro: 'il vostro',
    nostra: 'la vostra',
    vostro: 'il nostro',
    vostra: 'la nostra',
    vostri: 'i nostri',
    vostre: 'le nostre',
    del: 'il',
    della: 'la',
    dei: 'i',
    delle: 'le',
    al: 'il',
    alla: 'la',
    un: 'il',
    uno: 'lo',
    una: 'la',
    "un'": "l'",
  },
  pt: {
    meu: 'o seu',
    minha: 'a sua',
    meus: 'os seus',
    minhas: 'as suas',
    vosso: 'o nosso',
    vossa: 'a nossa',
    vossos: 'os nossos',
    vossas: 'as nossas',
    do: 'o',
    da: 'a',
    dos: 'os',
    das: 'as',
    no: 'o',
    na: 'a',
    um: 'o',
    uma: 'a',
    uns: 'os',
    umas: 'as',
  },
};

/** The person's "my" as the reply says "your" in the other register: "ton chien" (tu), "su perro" (usted), "il Suo cane" (Lei). */
const POSSESSIVE_BY_REGISTER: Partial<
  Record<Exclude<ReplyLanguage, 'en' | 'de'>, { formal: Record<string, string>; informal: Record<string, string> }>
> = {
  fr: { formal: {}, informal: { mon: 'ton', ma: 'ta', mes: 'tes' } },
  es: { formal: { mi: 'su', mis: 'sus', nuestro: 'su', nuestra: 'su', nuestros: 'sus', nuestras: 'sus' }, informal: {} },
  it: { formal: { mio: 'il Suo', mia: 'la Sua', miei: 'i Suoi', mie: 'le Sue' }, informal: {} },
};

/** A definite article guessed from the word's ending, when the item gave none. */
/** Common nouns whose gender their ending hides ("la foto", "a foto", "la mano", "el día"). */
const GENDER_EXCEPTIONS: Partial<Record<Exclude<ReplyLanguage, 'en' | 'de'>, Record<string, string>>> = {
  es: {
    foto: 'la',
    fotos: 'las',
    mano: 'la',
    moto: 'la',
    radio: 'la',
    dia: 'el',
    mapa: 'el',
    sofa: 'el',
    problema: 'el',
    tema: 'el',
    sistema: 'el',
    clima: 'el',
  },
  it: { foto: 'la', mano: 'la', moto: 'la', radio: 'la', problema: 'il', sistema: 'il', tema: 'il', clima: 'il' },
  pt: { foto: 'a', fotos: 'as', moto: 'a', dia: 'o', mapa: 'o', sofa: 'o', problema: 'o', tema: 'o', sistema: 'o', clima: 'o' },
  fr: { photo: 'la', photos: 'les', radio: 'la', moto: 'la' },
};

function guessArticle(word: string, language: Exclude<ReplyLanguage, 'en' | 'de'>): string {
  const w = fold(word.split(' ')[0] ?? word);
  const known = GENDER_EXCEPTIONS[language]?.[w];
  if (known) return known;
  const plural = /s$/u.test(w);
  switch (language) {
    case 'fr':
      if (/^[aeiouh]/u.test(w) && !plural) return "l'";
      return plural ? 'les' : /(?:e|tion|sion|ure|te|ance|ence|ade|a)$/u.test(w) ? 'la' : 'le';
    case 'es':
      return plural ? (/as$/u.test(w) ? 'las' : 'los') : /a$|cion$|sion$|dad$|tud$/u.test(w) ? 'la' : 'el';
    case 'it': {
      // "le prenotazioni", "le informazioni": the plural of a feminine in -ione.
      if (/ioni$/u.test(w)) return 'le';
      if (plural || /i$/u.test(w)) return 'i';
      // "camere comunicanti", "culle", "barche": a feminine plural in -e, known by its ending, its
      // adjective ("-i", "-ie") or the list; other words in -e are singular ("il pane", "la chiave").
      const next = fold(word.split(' ')[1] ?? '');
      if (IT_FEMININE_PLURALS.has(w) || /(?:che|ghe|ie)$/u.test(w) || (/e$/u.test(w) && /(?:i|ie)$/u.test(next))) return 'le';
      if (/^[aeiou]/u.test(w)) return "l'";
      return /a$|zione$|ione$|ta$/u.test(w) ? 'la' : 'il';
    }
    case 'pt':
      return plural ? (/as$/u.test(w) ? 'as' : 'os') : /a$|cao$|dade$/u.test(w) ? 'a' : 'o';
  }
}

/** Italian feminine plurals in -e a guest or a customer asks about ("Avete culle?"). */
const IT_FEMININE_PLURALS = new Set([
  'camere',
  'stanze',
  'culle',
  'docce',
  'finestre',
  'torte',
  'bevande',
  'tariffe',
  'offerte',
  'scarpe',
  'taglie',
  'fatture',
  'spese',
  'biciclette',
  'navette',
]);

function withArticle(article: string, phrase: string): string {
  return article.endsWith("'") ? `${article}${phrase}` : `${article} ${phrase}`;
}

const DEPOSIT =
  /^(?:(?:the|a|my|our|l'|le|la|el|die|il|o)\s*)?(?:deposit|acompte|arrhes|caution|fianza|senal|kaution|anzahlung|caparra|deposito|sinal)$/u;
const GROUP = /(?<![\p{L}])(?:group|party of|groupe|grupo|gruppe|gruppo|gruppen\w*|gruppi)(?![\p{L}])/u;

/** Flips "my"/"our" to "your" in English phrases. */
function englishPossessive(text: string): string {
  // Letter-aware edges: "\b" would find "me" inside "crème" (è is no word character to it).
  return text.replace(/(?<![\p{L}\p{N}])(?:my|our)(?![\p{L}\p{N}])/giu, 'your').replace(/(?<![\p{L}\p{N}])me(?![\p{L}\p{N}])/giu, 'you');
}

export interface PhraseSource {
  point: Point;
  /** The item's text, to find the article the person used. */
  itemText: string;
  /** The item's language: words from another language are not put in the reply. */
  itemLanguage: string;
  /** The reply's register: "mon chien" is said back as "votre chien" (vous) or "ton chien" (tu). Formal when unset. */
  formal?: boolean;
  /** Said in an apology (complaint, escalation, legal): "sorry for your dog" would read as a death. */
  apology?: boolean;
}

const ENGLISH_ASPECT_WORDS: Partial<Record<Point['aspect'], string>> = {
  wait: 'the wait',
  delivery: 'your order',
  price: 'the price',
  billing: 'the charge',
  noise: 'the noise',
  cleanliness: 'cleanliness',
  booking: 'your booking',
  service: 'the service',
  packaging: 'the packaging',
  pets: 'your pet',
};

const ASPECT_WORDS: Record<ReplyLanguage, Partial<Record<Point['aspect'], string>>> = {
  en: ENGLISH_ASPECT_WORDS,
  fr: {
    wait: "l'attente",
    delivery: 'la livraison',
    price: 'le prix',
    billing: 'le débit',
    noise: 'le bruit',
    booking: 'la réservation',
    service: 'le service',
    room: 'la chambre',
    packaging: "l'emballage",
    pets: 'votre animal',
    order: "l'erreur de commande",
    cleanliness: 'la propreté',
  },
  es: {
    wait: 'la espera',
    delivery: 'el envío',
    price: 'el precio',
    billing: 'el cobro',
    noise: 'el ruido',
    booking: 'la reserva',
    service: 'la atención',
    room: 'la habitación',
    packaging: 'el embalaje',
    pets: 'la mascota',
    order: 'el error en el pedido',
    cleanliness: 'la limpieza',
  },
  de: {
    wait: 'Wartezeit',
    delivery: 'Lieferung',
    price: 'Preis',
    billing: 'Abbuchung',
    noise: 'Lärm',
    booking: 'Reservierung',
    service: 'Service',
    room: 'Zimmer',
    packaging: 'Verpackung',
    pets: 'Haustier',
    order: 'Fehler bei der Bestellung',
    cleanliness: 'Sauberkeit',
  },
  it: {
    wait: "l'attesa",
    delivery: 'la consegna',
    price: 'il prezzo',
    billing: "l'addebito",
    noise: 'il rumore',
    booking: 'la prenotazione',
    service: 'il servizio',
    room: 'la camera',
    packaging: "l'imballaggio",
    pets: "l'animale",
    order: "l'errore nell'ordine",
    cleanliness: 'la pulizia',
  },
  pt: {
    wait: 'a espera',
    delivery: 'a entrega',
    price: 'o preço',
    billing: 'a cobrança',
    noise: 'o barulho',
    booking: 'a reserva',
    service: 'o atendimento',
    room: 'o quarto',
    packaging: 'a embalagem',
    pets: 'o animal de estimação',
    order: 'o erro na encomenda',
    cleanliness: 'a limpeza',
  },
};

/** The general word for an aspect in a language ("the noise", "le bruit"), or undefined. */
export function aspectWord(aspect: Point['aspect'], language: ReplyLanguage): string | undefined {
  return ASPECT_WORDS[language][aspect];
}

const WAIT_WITH_AMOUNT: Record<ReplyLanguage, (amount: string, late: boolean) => string> = {
  en: (amount, late) => {
    const adjective = englishDurationAdjective(amount);
    if (adjective) return `the ${adjective} ${late ? 'delay' : 'wait'}`;
    // "1h10", "2h30": hours and minutes read as a length ("the 1 hour 10 minute delay").
    const hm = /^(\d+)\s*h\s*(\d{2})$/iu.exec(amount.trim());
    if (hm) return `the ${hm[1]} hour ${Number(hm[2])} minute ${late ? 'delay' : 'wait'}`;
    return `${late ? 'the delay of' : 'waiting'} ${amount}`;
  },
  fr: (amount, late) =>
    halfWait(amount, 'fr', late) ?? singularWait(amount, 'fr', late) ?? `les ${amount} ${late ? 'de retard' : "d'attente"}`,
  es: (amount, late) =>
    halfWait(amount, 'es', late) ??
    singularWait(amount, 'es', late) ??
    `${/horas|semanas/iu.test(amount) ? 'las' : 'los'} ${amount} de ${late ? 'retraso' : 'espera'}`,
  // "eine Stunde" → "Stunde Wartezeit" (the case gives the article: "die Stunde Wartezeit"); half an hour as 30 minutes.
  de: (amount, late) =>
    `${/halbe/iu.test(amount) ? '30 Minuten' : amount.replace(/^eine?\s+/iu, '').replace(/^\p{Ll}/u, (x) => x.toUpperCase())} ${late ? 'Verspätung' : 'Wartezeit'}`,
  it: (amount, late) =>
    halfWait(amount, 'it', late) ??
    singularWait(amount, 'it', late) ??
    `${/ore|settimane/iu.test(amount) ? 'le' : 'i'} ${amount} di ${late ? 'ritardo' : 'attesa'}`,
  pt: (amount, late) =>
    halfWait(amount, 'pt', late) ??
    singularWait(amount, 'pt', late) ??
    `${/horas|semanas/iu.test(amount) ? 'as' : 'os'} ${amount} de ${late ? 'atraso' : 'espera'}`,
};

/** "the price has gone up", "they raised their prices", "another price hike" (English). */
/** "went from £12 to £19", "up from $9 to $14": a price rise with both sums. */
export const PRICE_FROM_TO =
  /(?<![\p{L}])(?:went|gone|go|going|jumped|increased|rose|risen|shot up|up|climbed|changed|raised it|moved) from ((?:[£€$]|chf ?)\d[\d.,]*(?: ?(?:€|chf))?|\d[\d.,]* ?(?:€|chf|euros?|dollars?|pounds?)) to ((?:[£€$]|chf ?)\d[\d.,]*(?: ?(?:€|chf))?|\d[\d.,]* ?(?:€|chf|euros?|dollars?|pounds?))/iu;

const PRICE_RISE =
  /(?<![\p{L}])(?:prices?\s+(?:has\s+|have\s+)?(?:gone|went|go|going|crept|shot|jumped)\s+up|price\s+(?:hike|rise|increase)s?|(?:raised|increased|hiked|put up|bumped up|jacked up)\s+(?:the|your|their|its)\s+prices?|prices?\s+(?:has\s+|have\s+)?(?:increased|doubled))(?![\p{L}])/iu;

/** "la demi-heure d'attente", "la media hora de espera", "la mezz'ora di attesa", "a meia hora de espera". */
function halfWait(amount: string, language: 'fr' | 'es' | 'it' | 'pt', late: boolean): string | undefined {
  if (!/demi-heure|media hora|mezz.?ora|meia.hora/iu.test(amount)) return undefined;
  return {
    fr: `la demi-heure ${late ? 'de retard' : "d'attente"}`,
    es: `la media hora de ${late ? 'retraso' : 'espera'}`,
    it: `la mezz'ora di ${late ? 'ritardo' : 'attesa'}`,
    pt: `a meia hora de ${late ? 'atraso' : 'espera'}`,
  }[language];
}

/** "une heure", "una hora", "un'ora", "uma hora": one unit takes the singular ("l'heure d'attente", "la hora de espera"). */
function singularWait(amount: string, language: 'fr' | 'es' | 'it' | 'pt', late: boolean): string | undefined {
  const m = /^(?:une?|una|un'|uma|um)\s*(\p{L}+)$/iu.exec(amount.trim());
  if (!m) return undefined;
  const unit = m[1]!.toLowerCase();
  const elided = /^[aeiouhéè]/u.test(unit);
  const the = { fr: elided ? "l'" : 'la ', es: 'la ', it: elided ? "l'" : 'la ', pt: 'a ' }[language];
  const tail = {
    fr: late ? 'de retard' : "d'attente",
    es: `de ${late ? 'retraso' : 'espera'}`,
    it: `di ${late ? 'ritardo' : 'attesa'}`,
    pt: `de ${late ? 'atraso' : 'espera'}`,
  }[language];
  return `${the}${unit} ${tail}`;
}

const UNIT_WORDS: Record<ReplyLanguage, { minutes: string; hours: string; days: string }> = {
  en: { minutes: 'minutes', hours: 'hours', days: 'days' },
  fr: { minutes: 'minutes', hours: 'heures', days: 'jours' },
  es: { minutes: 'minutos', hours: 'horas', days: 'días' },
  de: { minutes: 'Minuten', hours: 'Stunden', days: 'Tage' },
  it: { minutes: 'minuti', hours: 'ore', days: 'giorni' },
  pt: { minutes: 'minutos', hours: 'horas', days: 'dias' },
};

/**
 * A duration in the reply's words: "50 minutos" → "50 minutes" in English, "45 min" →
 * "45 minutes" in French. `onlyAbbreviations` keeps the person's own unit words when the
 * reply is in their language.
 */
function localUnits(amount: string, language: ReplyLanguage, onlyAbbreviations: boolean): string {
  const words = UNIT_WORDS[language];
  if (onlyAbbreviations) return language === 'en' ? amount : amount.replace(/\bmin\b/u, words.minutes);
  return (
    amount
      // Polish "minut", "godzin", Swedish "minuter", Dutch "uur" too: a wait in a language we do not reply in is still said in ours.
      .replace(/(?<![\p{L}])(?:minutes?|mins?|minutos|minuten|minuti|minut[ay]?|minuter|minutter)(?![\p{L}])/iu, words.minutes)
      .replace(/(?<![\p{L}])(?:hours?|hrs?|heures?|horas|stunden?|ore|godzin[ay]?|timmar|timer|uur)(?![\p{L}])/iu, words.hours)
      .replace(/(?<![\p{L}])(?:days?|jours|d[ií]as|tage|giorni)(?![\p{L}])/iu, words.days)
  );
}

const STREET =
  /(?<![\p{L}])(?:street|road|traffic|rue|route|circulation|boulevard|calle|carretera|trafico|avenida|strasse|verkehr|strada|traffico|rua|estrada)(?![\p{L}])/u;
const WORKS = /(?<![\p{L}])(?:building works|construction|travaux|chantier|obras|baustelle\w*|bauarbeiten|lavori|cantiere)(?![\p{L}])/u;
const MUSIC = /(?<![\p{L}])(?:music|musique|musica|musik|dj)(?![\p{L}])/u;
/** A lone noise adjective or general word ("rumorosa", "bruyant", "laut"): said as the noise, with its source when they named one. */
const NOISE_WORD =
  /^(?:noisy|loud|bruits?|bruyante?s?|ruidos?|ruidos[oa]s?|larm|laut\w*|rumor[ei]|rumoros[oaie]|barulho|barulhent[oa]s?|hogljud\w*|hogljutt|bullrig[at]?|lawaai\w*|luidruchtig\w*)$/u;

function noisePhrase(text: string, itemText: string, language: Exclude<ReplyLanguage, 'en'>): string | undefined {
  const word = fold(bare(text));
  const folded = fold(itemText);
  if (!NOISE_WORD.test(word) && !STREET.test(word) && !WORKS.test(word)) return undefined;
  if (STREET.test(folded) || STREET.test(word))
    return {
      fr: 'le bruit de la rue',
      es: 'el ruido de la calle',
      de: 'Straßenlärm',
      it: 'il rumore della strada',
      pt: 'o barulho da rua',
    }[language];
  if (WORKS.test(folded) || WORKS.test(word))
    return {
      fr: 'le bruit des travaux',
      es: 'el ruido de las obras',
      de: 'Baulärm',
      it: 'il rumore dei lavori',
      pt: 'o barulho das obras',
    }[language];
  if (MUSIC.test(folded))
    return {
      fr: 'le volume de la musique',
      es: 'el volumen de la música',
      de: 'Lautstärke der Musik',
      it: 'il volume della musica',
      pt: 'o volume da música',
    }[language];
  return ASPECT_WORDS[language].noise;
}

/** Adjectives that follow the noun in French, Spanish, Italian and Portuguese ("les frites molles et froides"). */
const TRAILING_ADJECTIVES =
  /^\s+((?:(?:tres|trop|un peu|muy|demasiado|un poco|molto|troppo|un po'|muito|demasiado|bem) )?(?:molles?|froides?|froids?|tiedes?|secs?|seches?|durs?|dures?|brulee?s?|fades?|sales?|frios?|frias?|secos?|secas?|duros?|duras?|quemad[oa]s?|pequen[oa]s?|fredd[oa]|freddi|fredde|tiepid[oa]|secc[oa]|bruciat[oa]|moles?|queimad[oa]s?|pequen[oa]s?|azules|azuis|bleues?)(?:\s+(?:et|y|e)\s+(?:molles?|froides?|froids?|tiedes?|secs?|seches?|durs?|dures?|frios?|frias?|secos?|secas?|fredd[oa]|freddi|fredde|frios?|frias?|moles?))?)/u;

/**
 * The point as a phrase in `language`, or undefined when it cannot be said well there
 * (a word of another language with no aspect word to stand in).
 */
export function pointPhrase(source: PhraseSource, language: ReplyLanguage, detail?: string): string | undefined {
  const { point, itemText, itemLanguage } = source;
  const sameLanguage = itemLanguage === language || (itemLanguage === 'und' && language === 'en');
  if (point.person) return point.person;
  const situation = situationPhrase(source, language);
  if (situation) return situation;
  // "the deposit for our cancelled group meal": the deposit said with what it was for, soberly.
  if (point.aspect === 'billing' && DEPOSIT.test(fold(point.text)) && GROUP.test(fold(itemText))) {
    const sum = point.amount ? ` ${point.amount}` : '';
    return {
      en: `the${sum} deposit for your group booking`,
      fr: `l'acompte${point.amount ? ` de${sum}` : ''} pour votre réservation de groupe`,
      es: `la señal${point.amount ? ` de${sum}` : ''} de la reserva de grupo`,
      de: `Anzahlung${point.amount ? ` von${sum}` : ''} für die Gruppenreservierung`,
      it: `la caparra${point.amount ? ` di${sum}` : ''} per la prenotazione di gruppo`,
      pt: `o sinal${point.amount ? ` de${sum}` : ''} da reserva de grupo`,
    }[language];
  }
  if (point.aspect === 'wait' && point.amount && /\d|an?\s|one|hour|heure|stunde|hora|ora/iu.test(point.amount)) {
    const amount = point.amount.replace(/\s+/gu, ' ');
    if (sameLanguage || /^\d/u.test(amount)) {
      const local = sameLanguage ? localUnits(amount, language, true) : localUnits(amount, language, false);
      return WAIT_WITH_AMOUNT[language](local, point.detail === 'delay');
    }
  }
  // "Camera rumorosa sul lato strada", "chambre bruyante côté rue": the noise said with where it came from.
  if (point.aspect === 'noise' && language !== 'en') {
    const noise = noisePhrase(point.text, itemText, language);
    if (noise) return noise;
  }
  // "nowhere to put a pram", "tables crammed together": the lack of space is the point, not the pram.
  if (
    point.aspect === 'access' &&
    /cram|cramp|squeez|close together|no (?:space|room)|nowhere|place pour|colle|serre|sitio|espacio|pegad|apretad|platz|eng$|spazio|attaccat|vicin|espaco|colad|junt/iu.test(
      fold(point.text),
    )
  ) {
    return {
      en: 'the lack of space',
      fr: 'le manque de place',
      es: 'la falta de espacio',
      de: 'Platzmangel',
      it: 'la mancanza di spazio',
      pt: 'a falta de espaço',
    }[language];
  }
  // "sorry about the cocker spaniel" reads as a death: the English reply speaks of how their dog was received.
  if (
    language === 'en' &&
    sameLanguage &&
    point.aspect === 'pets' &&
    (point.polarity === 'negative' || source.apology === true) &&
    /^(?:(?:my|our|the)\s+)?(?:[\p{L}-]+\s+)?(?:dogs?|pups?|puppy|puppies|cats?|spaniels?|terriers?|labs?|labradors?|retrievers?|poodles?|greyhounds?|whippets?|dachshunds?|collies?|pugs?|beagles?|huskies|husky|frenchies|frenchie|cockapoos?|cavapoos?|pooch|doggo)$/iu.test(
      point.text.trim(),
    )
  )
    return `how your ${point.text
      .trim()
      .replace(/^(?:my|our|the)\s+/iu, '')
      .toLowerCase()} was received`;
  // "slipped": the fall; "coeliac", "gluten": the gluten (the condition is theirs, the gluten was ours).
  if (point.aspect === 'safety' && /^slipped$/iu.test(point.text.trim())) {
    return { en: 'the fall', fr: 'la chute', es: 'la caída', de: 'Sturz', it: 'la caduta', pt: 'a queda' }[language];
  }
  if (point.aspect === 'safety' && /^(?:gluten|coeliac|celiac|celiaque|celiac[oa]|zoliakie|celiachia)$/iu.test(fold(point.text.trim()))) {
    return { en: 'the gluten', fr: 'le gluten', es: 'el gluten', de: 'Gluten', it: 'il glutine', pt: 'o glúten' }[language];
  }
  // "intossicata", "intoxiqué": the food poisoning, said as the harm, not the participle.
  if (
    language !== 'en' &&
    point.aspect === 'safety' &&
    /^(?:intoxica|intossica|avvelena|food poisoning|lebensmittelvergiftung|vergiftung)/iu.test(fold(point.text.trim()))
  )
    return {
      fr: "l'intoxication alimentaire",
      es: 'la intoxicación alimentaria',
      de: 'Lebensmittelvergiftung',
      it: "l'intossicazione alimentare",
      pt: 'a intoxicação alimentar',
    }[language];
  // "fractured my wrist", "cut his gum": said back as the injury ("your fractured wrist", "the cut to his gum").
  const injury = /^(fractured|broke|broken|sprained|twisted|injured|hurt|cut|burnt|burned) (my|his|her|our|their) (\p{L}+)$/iu.exec(
    point.text.trim(),
  );
  if (injury && language === 'en') {
    const owner = { my: 'your', our: 'your' }[injury[2]!.toLowerCase()] ?? injury[2]!.toLowerCase();
    const verb = injury[1]!.toLowerCase();
    if (verb === 'cut') return `the cut to ${owner} ${injury[3]}`;
    return `${owner} ${verb === 'broke' ? 'broken' : verb} ${injury[3]}`;
  }
  if (point.aspect === 'delivery' && (point.amount?.startsWith('#') || /^[A-Z]{1,4}-\d/u.test(point.amount ?? ''))) {
    const order = { en: 'order', fr: 'la commande', es: 'el pedido', de: 'Bestellung', it: "l'ordine", pt: 'a encomenda' }[language];
    return `${order} ${point.amount}`;
  }
  if (point.aspect === 'wait' && !(language === 'en' && /queue|line/iu.test(point.text))) {
    // "waited", "esperando", "lent": the wait itself is the point.
    return language === 'en' ? (/slow/iu.test(point.text) ? 'the slow service' : 'the wait') : ASPECT_WORDS[language].wait;
  }
  // "o MB Way cobrou-me duas vezes os 54 €": the double charge with its sum, not the sum alone.
  if (
    point.aspect === 'billing' &&
    point.amount &&
    language !== 'en' &&
    /deux fois|double|dos veces|duplicad|doble|zweimal|doppel|due volte|doppio|duas vezes/u.test(fold(point.text))
  )
    return {
      fr: `le double prélèvement de ${point.amount}`,
      es: `el cobro duplicado de ${point.amount}`,
      de: `Doppelabbuchung von ${point.amount}`,
      it: `il doppio addebito di ${point.amount}`,
      pt: `a cobrança em duplicado de ${point.amount}`,
    }[language];
  if ((point.aspect === 'price' || point.aspect === 'billing') && point.amount && language !== 'en') {
    // "l'acompte de 200 €", "die Kaution von 300 €": the thing the sum was for, when they named it.
    const thing = bare(point.text);
    if (
      point.aspect === 'billing' &&
      sameLanguage &&
      /^\p{L}[\p{L} -]{2,}$/u.test(thing) &&
      !/^(?:cobr|debit|abgebucht|abbuch|addebit|prelev|cancel|annul|kundig|charg)/iu.test(fold(thing))
    ) {
      const of = { fr: 'de', es: 'de', it: 'di', pt: 'de', de: 'von' }[language];
      if (language === 'de') return `${thing} ${of} ${point.amount}`;
      return withArticle(guessArticle(thing, language), `${thing.toLowerCase()} ${of} ${point.amount}`).replace(/^l' /u, "l'");
    }
    const article = { fr: 'les ', es: 'los ', it: 'i ', pt: 'os ', de: '' }[language];
    return `${article}${point.amount}`;
  }
  if (point.aspect === 'billing' && language !== 'en') {
    const words = fold(point.text);
    // "débité deux fois", "cobraram-me duas vezes": the double charge, not the verb.
    if (/deux fois|double|dos veces|duplicad|doble|zweimal|doppel|due volte|doppio|duas vezes/u.test(words))
      return {
        fr: 'le double prélèvement',
        es: 'el cobro duplicado',
        de: 'Doppelabbuchung',
        it: 'il doppio addebito',
        pt: 'a cobrança em duplicado',
      }[language];
    // "devuelto el dinero", "mein Geld zurück": the money they want back is the refund.
    if (/^(?:(?:mon |mi |mein |il mio |o meu )?(?:argent|dinero|geld|soldi|dinheiro))$/u.test(words))
      return { fr: 'le remboursement', es: 'el reembolso', de: 'Erstattung', it: 'il rimborso', pt: 'o reembolso' }[language];
  }
  if (point.aspect === 'size' && /^(?:muy|trop|zu|troppo|muito|demasiado|too)\s/iu.test(point.text)) {
    return language === 'en' ? 'the size' : { fr: 'la taille', es: 'la talla', de: 'Größe', it: 'la taglia', pt: 'o tamanho' }[language];
  }
  // Handmade: "a mano", "fait main" name the craft, not a hand.
  if (/^(?:a|à|fatto a|feito à|hecho a|hechas a) (?:mano|main|mão|mao)$/iu.test(point.text.trim())) {
    return {
      en: 'the handmade work',
      fr: 'le travail fait main',
      es: 'el trabajo hecho a mano',
      de: 'Handarbeit',
      it: 'il lavoro fatto a mano',
      pt: 'o trabalho feito à mão',
    }[language];
  }
  if (point.aspect === 'billing' && language === 'en' && !point.amount) {
    if (/refund|money|reimburs/iu.test(point.text)) return 'your refund';
    if (/twice|two times|double/iu.test(point.text)) return 'the double charge';
    if (/charg/iu.test(point.text)) return 'the charge';
    if (/cancel/iu.test(point.text)) return /flow/iu.test(point.text) ? 'the cancellation flow' : 'the cancellation';
  }
  // "beautifully wrapped", "well packed": the participle is said as the packaging.
  if (point.aspect === 'packaging' && /^(?:wrapped|packed|emball\p{L}*|embalad\p{L}*|verpackt|imballat\p{L}*)$/iu.test(point.text.trim()))
    return language === 'en' ? (/wrap/iu.test(point.text) ? 'the wrapping' : 'the packaging') : ASPECT_WORDS[language].packaging;
  if (!sameLanguage) {
    // Another language's word would read oddly; an aspect word or the amount stands in.
    // (A share, "20%", says nothing alone: "sorry about 20%".)
    if ((point.aspect === 'price' || point.aspect === 'billing') && point.amount) return /%/u.test(point.amount) ? undefined : point.amount;
    // A temperature alone ("Cold panini.") goes with its dish, as in the reply's own language: never "the cold".
    if (point.aspect === 'temperature' && !/\s/u.test(point.text.trim())) return undefined;
    return crossLanguagePhrase(point.text, language) ?? ASPECT_WORDS[language][point.aspect];
  }
  // Shouted words ("THE BRISKET") are said back in normal case; acronyms (PDF, CHF) in a calm text stay.
  const letters = itemText.match(/\p{L}/gu) ?? [];
  const shouting =
    letters.length > 0 && letters.filter((l) => l === l.toUpperCase() && l !== l.toLowerCase()).length / letters.length > 0.6;
  // A shouted phrase inside a calm text ("BED BUGS") is said calmly too; short acronyms (PDF, DATEV) stay.
  // "CHF 25" is a currency code and a number, not shouting: two words of letters, or a long one, are.
  const letterWords = point.text.match(/\p{L}{2,}/gu) ?? [];
  const shoutedPhrase =
    point.text === point.text.toUpperCase() &&
    /\p{Lu}{2}/u.test(point.text) &&
    (letterWords.length >= 2 || point.text.length >= 6) &&
    !/^\p{Lu}{3} ?[\d.,']+$/u.test(point.text.trim());
  const spoken = shouting || shoutedPhrase ? point.text.toLowerCase() : point.text;
  // "plat manquait", "postre faltaba": the thing is what was missing ("le plat manquant"), the verb is not part of it.
  const cased = caseFor(bare(spoken), language, itemText);
  const missingVerb = language !== 'en' && language !== 'de' && MISSING_VERB.test(cased);
  const words = missingVerb ? cased.replace(MISSING_VERB, '') : cased;
  if (!words) return undefined;
  const withDetail = detail && !fold(words).includes(fold(detail)) ? detail : undefined;
  if (language === 'en') {
    // "nice enough café", "quite good coffee" read as "enough café": a degree word is not part of the thing.
    const phrase = englishPossessive(words).replace(/^(?:enough|quite|rather|fairly|really|very|so|too)\s+(?=\p{L})/iu, '');
    if (/^your\b/iu.test(phrase)) return phrase;
    if (/^(?:wait(?:ed|ing)?|slow(?:-ish)?)$/iu.test(phrase))
      return point.aspect === 'wait' && phrase.startsWith('slow') ? 'the slow service' : 'the wait';
    // "The place was freezing", "the room was boiling": the cold or the heat of the place, not of a dish.
    if (/^(?:freezing|cold|chilly|boiling|hot|stuffy|sweltering)$/iu.test(phrase) && PLACE_TEMPERATURE.test(itemText))
      return /^(?:freezing|cold|chilly)$/iu.test(phrase) ? 'the cold' : 'the heat';
    // A lone verdict ("loud", "pricey") names its aspect ("the noise", "the price"); a temperature goes with its dish.
    if (
      /^(?:cold|lukewarm|tepid|freezing|loud|noisy|dirty|clean|spotless|sticky|filthy|pricey|expensive|overpriced|slow)$/iu.test(phrase)
    ) {
      return point.aspect === 'noise' || point.aspect === 'price' ? ENGLISH_ASPECT_WORDS[point.aspect] : undefined;
    }
    // "on a attendu 1h et tout était froid" in an English review: a temperature in another language is not said back in it.
    if (point.aspect === 'temperature' && !/^(?:lukewarm|tepid|cold|stone cold|freezing|chilly|hot|warm|boiling)$/iu.test(phrase))
      return undefined;
    // "kept us awake", "couldn't sleep": the noise that cost them their sleep.
    if (point.aspect === 'noise' && /^(?:kept|couldn'?t|could not|didn'?t|did not|can'?t|sleepless)(?![\p{L}])/iu.test(phrase))
      return 'the noise that kept you awake';
    // "logs you out", "signed me out": being logged out is the point.
    if (/^(?:logs?|logged|logging|signs?|signed|signing)\s+(?:you\s+|us\s+)?out$/iu.test(phrase)) return 'being logged out';
    // "run a bit narrow", "too tight", "pinch": the fit.
    if (point.aspect === 'size') {
      const fit = /\b(narrow|small|large|big|wide|tight|loose)\b/iu.exec(phrase)?.[1];
      if (fit) return `the ${fit.toLowerCase()} fit`;
      if (/pinch/iu.test(phrase)) return 'the pinching';
    }
    if ((point.aspect === 'price' || point.aspect === 'billing') && point.amount && phrase === point.amount) {
      // "$19 for a half pound" is a price; "paid €3,400 into the wrong account" is just the sum.
      const amount = point.amount.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      const priced =
        point.aspect === 'billing' ||
        new RegExp(
          `(?:for|costs?|price[sd]?|at|charged?|pay|paying|was|were|is|are|be)\\s+${amount}|${amount}\\s*(?:for|per|a |an |each|price)`,
          'iu',
        ).test(itemText);
      // "charged 60p on top", "a £2 surcharge": a charge, not the thing's price.
      const charged = new RegExp(
        `charged?\\s+(?:\\S+\\s+){0,2}${amount}|${amount}\\s+(?:\\S+\\s+){0,2}(?:on top|extra|surcharge|supplement)`,
        'iu',
      ).test(itemText);
      return priced ? `the ${point.amount} ${point.aspect === 'price' && !charged ? 'price' : 'charge'}` : `the ${point.amount}`;
    }
    // "the $1,200 deposit", "the 20% service charge".
    if (point.aspect === 'billing' && point.amount && !phrase.includes(point.amount)) {
      // "charged twice (2x €78.40)": the double charge, with its sum.
      if (/twice|two times|double|\b2 ?x\b/iu.test(`${phrase} ${itemText}`) && /charg|billed|debit/iu.test(itemText))
        return `the double charge of ${point.amount}`;
      return /^(?:charged|overcharged|double charged|cancel)/iu.test(phrase)
        ? `the ${point.amount} charge`
        : `the ${point.amount} ${phrase}`;
    }
    // "the price has gone up 50p": the rise is the point, with its sum.
    // "The price went from £12 to £19 a month": the rise, from one sum to the other.
    const fromTo = PRICE_FROM_TO.exec(itemText);
    if (point.aspect === 'price' && fromTo) return `the price rise from ${fromTo[1]} to ${fromTo[2]}`;
    if (point.aspect === 'price' && /^prices?$/iu.test(phrase) && PRICE_RISE.test(itemText))
      return point.amount ? `the ${point.amount} price rise` : 'the price rise';
    // "room 212", "table 12": a numbered thing takes no article.
    if (/^(?:room|table|suite|gate|order|flat|apartment|cabin|seat)\s*#?\d/iu.test(phrase))
      return phrase.replace(/^\p{Lu}/u, (x) => x.toLowerCase());
    return `the ${withDetail ? `${withDetail} ` : ''}${phrase}`;
  }
  // "sauber", "sale", "sporca" alone: the cleanliness, said as a noun.
  if (point.aspect === 'cleanliness' && !words.includes(' ') && !/^\p{Lu}/u.test(words) && ASPECT_WORDS[language].cleanliness)
    return ASPECT_WORDS[language].cleanliness;
  // "quietscht", "knarzt": a creak said as the noise.
  if (language === 'de' && point.aspect === 'noise' && /^(?:quietsch|knarz)\p{L}*$/iu.test(words)) return 'Quietschen';
  // "kalt", "warm" alone: a temperature goes with its thing, never "zum Kalt".
  if (language === 'de' && point.aspect === 'temperature' && !words.includes(' ')) return undefined;
  if (language === 'de') {
    // German cases change the article: a bare noun in "zu …"/"Thema …" frames avoids it,
    // and so does leaving out an adjective whose ending would need the case ("wunderbares Restaurant").
    const noun = words.replace(/^(?:\p{Ll}[\p{L}-]*\s+)+(?=\p{Lu})/u, '') || words;
    // "kann mich nicht einloggen": the login, as a noun.
    if (/^(?:einloggen|anmelden|login|log-?in)$/iu.test(noun)) return 'Anmeldung';
    // Acronyms keep their capitals ("das WLAN", not "das Wlan").
    if (/^(?:wlan|wifi|wi-fi|pdf|csv|api|iban|mwst)$/iu.test(noun))
      return noun.toUpperCase().replace('WI-FI', 'WLAN').replace('WIFI', 'WLAN');
    // "mega zimmer", "das wlan": a noun written in lower case is said with its capital.
    // (Not a brand written with a small first letter: "iPhone", "iPad", "eBay".)
    return noun.replace(/^\p{Ll}(?!\p{Lu})/u, (x) => x.toUpperCase());
  }
  // Keep the article the person used (turned round), else guess one from the ending.
  const index = itemText.indexOf(point.text);
  const before = index > 0 ? itemText.slice(Math.max(0, index - 12), index) : '';
  const found = ARTICLE_BEFORE[language].exec(before)?.[1]?.toLowerCase();
  const register = POSSESSIVE_BY_REGISTER[language]?.[source.formal === false ? 'informal' : 'formal'];
  let article = found ? (register?.[found] ?? ARTICLE_IN_REPLY[language][found] ?? found) : guessArticle(words, language);
  // "une assiette" → "l'assiette", "un albergo" → "l'albergo".
  if (
    (language === 'fr' && /^(?:le|la)$/u.test(article) && /^[aeiouâàéèêîôû]/iu.test(words)) ||
    (language === 'it' && /^(?:il|lo|la)$/u.test(article) && /^[aeiouàèéìòù]/iu.test(words))
  )
    article = "l'";
  const adjectiveOnly =
    /^(?:froid|froide|froids|froides|lent|tiede|frio|fria|kalt|freddo|fredda|frio|fria|cher|chere|chers|cheres|caro|cara|caros|caras|teuer|costos[oa]|estrech[oa]s?|etroite?s?|apertad[oa]s?|cruje|crujen|rechina|rechinan|grince|grincent|scricchiola|scricchiolano|cigola|cigolano|range|rangem)$/u.test(
      fold(words),
    );
  // A lone participle ("réservée", "livrée", "embalada") is not a thing to name.
  const participle =
    !words.includes(' ') &&
    point.aspect !== 'product' &&
    /(?:ée?s?|ad[oa]s?|id[oa]s?)$/u.test(words.toLowerCase()) &&
    // Nouns with a participle's ending: "el pedido", "il tessuto", "a entrada".
    !/^(?:pedidos?|partidos?|ruidos?|sonidos?|vestidos?|tejidos?|contenidos?|apellidos?|entradas?|salidas?|llegadas?|estadas?|jornadas?|ensaladas?|limonadas?|almohadas?|fechas?|empanadas?|tostadas?|mermeladas?|pomadas?|mensualidad|cuotas?|armée|arrivée|entrée|soirée|journée|purée|durée|année|idée|musée)$/iu.test(
      words,
    );
  // "froids", "fría" alone: a temperature is said with its dish, never as a thing of its own.
  if (point.aspect === 'temperature' && !words.includes(' ')) return undefined;
  if (adjectiveOnly || participle) return ASPECT_WORDS[language][point.aspect];
  const after = index >= 0 ? itemText.slice(index + point.text.length, index + point.text.length + 40) : '';
  const trailing = TRAILING_ADJECTIVES.exec(fold(after));
  // "les desserts étaient froids" is said back as "les desserts froids": the person's own word, with its agreement.
  // The person's whole word, with its ending ("perfectas", not the stem "perfect" the reading matched).
  const detailWord = point.detail
    ? new RegExp(`(?<![\\p{L}])${point.detail.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\p{L}*`, 'iu').exec(itemText)?.[0]
    : undefined;
  const verdict =
    point.detail && detailWord && !/^(?:missing|delay|wish)$/u.test(point.detail) && !fold(words).includes(fold(point.detail))
      ? ` ${detailWord.toLowerCase()}`
      : '';
  // "il manquait les desserts": said back as "les desserts manquants", agreeing with the article.
  const missing = (point.detail === 'missing' || missingVerb) && !trailing ? missingTail(article, language) : '';
  const tail = trailing ? after.slice(0, trailing[0].length).trimEnd() : verdict || missing;
  const said = withArticle(article, `${words}${tail}`);
  // "désolés pour votre chien" reads as a death: the French reply speaks of how the dog was received.
  if (
    language === 'fr' &&
    point.aspect === 'pets' &&
    (point.polarity === 'negative' || source.apology === true) &&
    /^(?:chien|chienne|chiot|chat|chatte|teckel|animal|animaux)s?$/iu.test(fold(words))
  )
    return `l'accueil réservé ${said.replace(/^(?:le |les )/u, (a) => (a === 'le ' ? 'au ' : 'aux ')).replace(/^(?!au |aux )/u, 'à ')}`;
  // Italian and Portuguese say the same with how the dog was received ("l'accoglienza riservata al tuo cane").
  if (
    (language === 'it' || language === 'pt') &&
    point.aspect === 'pets' &&
    (point.polarity === 'negative' || source.apology === true) &&
    /^(?:cane|cani|cagnolin[oa]|gatt[oi]|animal[ei]|cao|caes|cachorr[oa]s?|gat[oa]s?|animais)$/iu.test(fold(words))
  )
    return language === 'it' ? contract(`l'accoglienza riservata a ${said}`, 'it') : contract(`o acolhimento de ${said}`, 'pt');
  return said;
}

/** A verb of missing after the thing: "plat manquait", "postre faltaba", "piatto mancava", "prato faltava". */
const MISSING_VERB = /\s+(?:manquai(?:t|ent)|manquent|faltaba|faltaban|faltaron|mancava|mancavano|faltava|faltavam)$/iu;

/** "manquant(e)(s)", "que faltaba(n)", "mancante/i", "em falta": what was missing, agreeing with its article. */
function missingTail(article: string, language: Exclude<ReplyLanguage, 'en' | 'de'>): string {
  // Each language's own articles: French "le" is one dish ("le plat manquant"), Italian "le" several.
  const plural = {
    fr: /^(?:les|des|vos|nos|tes|mes|ces)$/u,
    es: /^(?:los|las|tus|sus|vuestros|vuestras|nuestros|nuestras)$/u,
    it: /^(?:i|gli|le|i tuoi|i Suoi|le tue|le Sue|i vostri|le vostre)$/u,
    pt: /^(?:os|as|os seus|as suas)$/u,
  }[language].test(article);
  const feminine = {
    fr: /^(?:la|une|ta|ma|sa)$/u,
    es: /^(?:la|las|una)$/u,
    it: /^(?:la|una|le|la tua|la Sua|le tue|le Sue)$/u,
    pt: /^(?:a|as|uma|a sua|as suas)$/u,
  }[language].test(article);
  switch (language) {
    case 'fr':
      return ` manquant${feminine ? 'e' : ''}${plural ? 's' : ''}`;
    case 'es':
      return ` que falta${plural ? 'ban' : 'ba'}`;
    case 'it':
      return ` mancant${plural ? 'i' : 'e'}`;
    case 'pt':
      return ' em falta';
  }
}

/**
 * A thing named in another language, said in the reply's: a common word through the concept
 * table ("ontbijt" → "the breakfast"), a name every language shares as it is ("brisket").
 */
export function crossLanguagePhrase(text: string, language: ReplyLanguage): string | undefined {
  // "mac and cheese" is one thing, not "the cheese".
  const joined = joinedConcept(text, language);
  if (joined) return joined;
  // The head noun comes first in "scone de queijo": the first word either table knows wins.
  let shared: string | undefined;
  for (const word of text.match(/[\p{L}-]+/gu) ?? []) {
    shared = sharedName(word);
    if (shared) break;
    const concept = conceptPhrase(word, language);
    if (concept) return concept;
  }
  if (!shared) return undefined;
  const name = /^\p{Lu}\p{Ll}/u.test(shared) && language !== 'de' ? shared.toLowerCase() : shared;
  if (language === 'en') return `the ${name}`;
  if (language === 'de') return name;
  return withArticle(guessArticle(name, language), name);
}

/** "quand je veux joindre un PDF", "cuando intento adjuntar", "wenn ich ein PDF anhängen will": the action after "when I". */
const CRASH_ACTION: Record<Exclude<ReplyLanguage, 'en'>, RegExp> = {
  fr: /(?:quand|lorsque|d[eè]s que|chaque fois que|si)\s+(?:j['’]|je\s+)(?:(?:veux|voudrais|essaie|essaye|tente|vais)\s+(?:d['’]|de\s+)?)?([\p{L}]+)((?:\s+(?:un|une|le|la|les|l['’]|mes|mon|ma|des|du)\s*[\p{L}-]+){0,1}(?:\s+(?:de|d['’]|en)\s*[\p{L}-]+)?)/iu,
  es: /(?:cuando|cada vez que|siempre que|al)\s+(?:(?:intento|quiero|voy a|trato de|pruebo a)\s+)?([\p{L}]+)((?:\s+(?:un|una|el|la|los|las|mi|mis|unos|unas)\s+[\p{L}-]+){0,1}(?:\s+(?:de|en)\s+[\p{L}-]+)?)/iu,
  de: /(?:wenn|sobald|sowie|immer wenn)\s+ich\s+((?:(?:ein|eine|einen|das|die|den|meine|mein|meinen)\s+)?[\p{L}-]+\s+(?:(?:vom|von der|von|aus dem|aus der|zur|zum|als)\s+\p{Lu}[\p{L}-]*\s+)?)?([\p{L}]+)(?:\s+(?:will|möchte|mochte|wollte|versuche))?(?=[\s,.!;]|$)/iu,
  it: /(?:quando|ogni volta che|appena)\s+(?:(?:provo|cerco|voglio|tento)\s+(?:(?:ad|a|di)\s+)?)?([\p{L}]+)((?:\s+(?:un|una|uno|il|la|lo|i|le|gli|l['’])\s*[\p{L}-]+){0,1})/iu,
  pt: /(?:quando|sempre que|cada vez que|ao)\s+(?:(?:tento|quero|vou|procuro)\s+)?([\p{L}]+)((?:\s+(?:um|uma|o|a|os|as|uns|umas)\s+[\p{L}-]+){0,1}(?:\s+(?:de|em)\s+[\p{L}-]+)?)/iu,
};
/** First-person forms that are not infinitives, with theirs (the common app actions). */
const INFINITIVE_OF: Record<Exclude<ReplyLanguage, 'en' | 'de'>, Record<string, string>> = {
  fr: {
    joins: 'joindre',
    mets: 'mettre',
    ouvre: 'ouvrir',
    envoie: 'envoyer',
    fais: 'faire',
    prends: 'prendre',
    ajoute: 'ajouter',
    exporte: 'exporter',
    importe: 'importer',
    scanne: 'scanner',
    enregistre: 'enregistrer',
    imprime: 'imprimer',
    clique: 'cliquer',
    télécharge: 'télécharger',
    crée: 'créer',
    synchronise: 'synchroniser',
    connecte: 'connecter',
    paie: 'payer',
    paye: 'payer',
  },
  es: {
    abro: 'abrir',
    subo: 'subir',
    adjunto: 'adjuntar',
    exporto: 'exportar',
    envío: 'enviar',
    envio: 'enviar',
    guardo: 'guardar',
    pago: 'pagar',
    descargo: 'descargar',
    añado: 'añadir',
    cargo: 'cargar',
    escaneo: 'escanear',
    imprimo: 'imprimir',
    creo: 'crear',
    hago: 'hacer',
    pongo: 'poner',
    entro: 'entrar',
    sincronizo: 'sincronizar',
  },
  it: {
    allego: 'allegare',
    apro: 'aprire',
    esporto: 'esportare',
    carico: 'caricare',
    invio: 'inviare',
    salvo: 'salvare',
    scarico: 'scaricare',
    aggiungo: 'aggiungere',
    stampo: 'stampare',
    creo: 'creare',
    pago: 'pagare',
    entro: 'entrare',
    scansiono: 'scansionare',
    sincronizzo: 'sincronizzare',
  },
  pt: {
    anexo: 'anexar',
    abro: 'abrir',
    exporto: 'exportar',
    envio: 'enviar',
    guardo: 'guardar',
    carrego: 'carregar',
    descarrego: 'descarregar',
    adiciono: 'adicionar',
    imprimo: 'imprimir',
    crio: 'criar',
    pago: 'pagar',
    entro: 'entrar',
    digitalizo: 'digitalizar',
    sincronizo: 'sincronizar',
  },
};
const INFINITIVE_ENDING: Record<Exclude<ReplyLanguage, 'en' | 'de'>, RegExp> = {
  fr: /(?:er|ir|re)$/u,
  es: /(?:ar|er|ir)$/u,
  it: /(?:are|ere|ire)$/u,
  pt: /(?:ar|er|ir)$/u,
};
/** The person's "my" in the object becomes a plain article: "mes factures" → "les factures". */
const OBJECT_ARTICLE: Record<string, string> = {
  mon: 'le',
  ma: 'la',
  mes: 'les',
  mi: 'el',
  mis: 'los',
  il: 'il',
  meine: 'eine',
  mein: 'ein',
  meinen: 'einen',
};

/** The crash's action as a phrase to put after the crash ("au moment de joindre un PDF", "beim Anhängen eines PDFs"), or undefined. */
export function crashAction(itemText: string, language: Exclude<ReplyLanguage, 'en'>): string | undefined {
  const m = CRASH_ACTION[language].exec(itemText);
  if (!m) return undefined;
  if (language === 'de') {
    const object = m[1]?.trim() ?? '';
    const verb = m[2]!;
    const infinitive = /en$/u.test(verb) ? verb : /e$/u.test(verb) ? `${verb}n` : undefined;
    if (!infinitive || /^(?:will|möchte|mochte|bin|habe|hatte|war)$/iu.test(verb)) return undefined;
    const nominal = `beim ${infinitive.charAt(0).toUpperCase()}${infinitive.slice(1)}`;
    // "ein Foto vom Beleg", "eine Rechnung als PDF": the thing and what it is of or as, kept as written.
    const o =
      /^(?:(ein|eine|einen|das|die|den|meine|mein|meinen)\s+)?(\p{Lu}[\p{L}-]*)((?:\s+(?:vom|von der|von|aus dem|aus der|zur|zum|für die|für den|für das|als)\s+\p{Lu}[\p{L}-]*)?)$/u.exec(
        object,
      );
    if (!o) return object ? undefined : nominal;
    const noun = o[2]!;
    const of = o[3] ?? '';
    const gender = germanGender(noun);
    // Genitive: "eines PDFs", "einer Rechnung", "der Rechnungen".
    if (gender === 'pl') return `${nominal} von ${noun}${of}`;
    if (gender === 'f') return `${nominal} einer ${noun}${of}`;
    return `${nominal} eines ${/(?:s|x|z|ß)$/u.test(noun) ? noun : `${noun}s`}${of}`;
  }
  const verb = m[1]!.toLowerCase();
  const infinitive = INFINITIVE_OF[language][verb] ?? (INFINITIVE_ENDING[language].test(fold(verb)) ? verb : undefined);
  if (!infinitive) return undefined;
  const object = (m[2] ?? '').trim().replace(/^(\p{L}+)(?=\s)/u, (word) => OBJECT_ARTICLE[word.toLowerCase()] ?? word);
  const said = `${infinitive}${object ? ` ${object}` : ''}`;
  switch (language) {
    case 'fr':
      return /^[aeiouhéèê]/iu.test(said) ? `au moment d'${said}` : `au moment de ${said}`;
    case 'es':
      return `al ${said}`;
    case 'it':
      return `al momento di ${said}`;
    case 'pt':
      return `ao ${said}`;
  }
  return undefined;
}

/** Article contractions the phrase joins create: "de el" → "del", "de le" → "du". */
const CONTRACTIONS: Record<ReplyLanguage, [RegExp, string][]> = {
  en: [],
  fr: [
    [/\bde le /gu, 'du '],
    [/\bde les /gu, 'des '],
    [/\bà le /gu, 'au '],
    [/\bà les /gu, 'aux '],
  ],
  es: [
    [/\bde el /gu, 'del '],
    [/\ba el /gu, 'al '],
  ],
  de: [],
  it: [
    [/\ba il /gu, 'al '],
    [/\ba la /gu, 'alla '],
    [/\ba i /gu, 'ai '],
    [/\ba lo /gu, 'allo '],
    [/\bda il /gu, 'dal '],
    [/\bda lo /gu, 'dallo '],
    [/\bda la /gu, 'dalla '],
    [/\bda l'/gu, "dall'"],
    [/\bda i /gu, 'dai '],
    [/\bda gli /gu, 'dagli '],
    [/\bda le /gu, 'dalle '],
    [/\bdi l'/gu, "dell'"],
    [/\bdi lo /gu, 'dello '],
    [/\bdi le /gu, 'delle '],
    [/\bdi gli /gu, 'degli '],
    [/\bsu il /gu, 'sul '],
    [/\bsu la /gu, 'sulla '],
    [/\bsu i /gu, 'sui '],
    [/\bsu le /gu, 'sulle '],
    [/\bsu lo /gu, 'sullo '],
    [/\bsu gli /gu, 'sugli '],
    [/\bsu l'/gu, "sull'"],
    [/\bdi il /gu, 'del '],
    [/\bdi la /gu, 'della '],
    [/\bdi i /gu, 'dei '],
    [/\ba il /gu, 'al '],
    [/\bda il /gu, 'dal '],
    [/\bsu il /gu, 'sul '],
  ],
  pt: [
    [/\bde o /gu, 'do '],
    [/\bde a /gu, 'da '],
    [/\bde os /gu, 'dos '],
    [/\bde as /gu, 'das '],
    [/\bem o /gu, 'no '],
    [/\bem a /gu, 'na '],
  ],
};

export function contract(text: string, language: ReplyLanguage): string {
  return CONTRACTIONS[language].reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

const AND: Record<ReplyLanguage, string> = { en: 'and', fr: 'et', es: 'y', de: 'und', it: 'e', pt: 'e' };

/** "a, b and c" in the reply's language. */
export function listOf(phrases: string[], language: ReplyLanguage): string {
  const unique = [...new Set(phrases)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} ${AND[language]} ${unique[unique.length - 1]}`;
}

/** Weekdays in each reply language (an English key, as the reading keeps the day a place was found closed). */
const WEEKDAYS: Record<string, Record<ReplyLanguage, string>> = {
  monday: { en: 'Monday', fr: 'lundi', es: 'lunes', de: 'Montag', it: 'lunedì', pt: 'segunda-feira' },
  tuesday: { en: 'Tuesday', fr: 'mardi', es: 'martes', de: 'Dienstag', it: 'martedì', pt: 'terça-feira' },
  wednesday: { en: 'Wednesday', fr: 'mercredi', es: 'miércoles', de: 'Mittwoch', it: 'mercoledì', pt: 'quarta-feira' },
  thursday: { en: 'Thursday', fr: 'jeudi', es: 'jueves', de: 'Donnerstag', it: 'giovedì', pt: 'quinta-feira' },
  friday: { en: 'Friday', fr: 'vendredi', es: 'viernes', de: 'Freitag', it: 'venerdì', pt: 'sexta-feira' },
  saturday: { en: 'Saturday', fr: 'samedi', es: 'sábado', de: 'Samstag', it: 'sabato', pt: 'sábado' },
  sunday: { en: 'Sunday', fr: 'dimanche', es: 'domingo', de: 'Sonntag', it: 'domenica', pt: 'domingo' },
};

/**
 * A situation (closed early, sold out, outage, crash, charged after cancelling) said as the
 * complaint's main point in the reply's words: "the kitchen stopping service early",
 * "the vegetarian option running out", "la panne", "Abbuchung nach der Kündigung".
 */
function situationPhrase(source: PhraseSource, language: ReplyLanguage): string | undefined {
  const { point, itemText, itemLanguage } = source;
  if (!isSituation(point.detail)) return undefined;
  const sameLanguage = itemLanguage === language || (itemLanguage === 'und' && language === 'en');
  switch (point.detail) {
    case 'closed-early': {
      const kitchen = point.text === 'kitchen';
      if (point.text === 'opening hours')
        return {
          en: 'finding us closed during our listed hours',
          fr: 'la fermeture pendant nos horaires affichés',
          es: 'encontrarnos cerrados en nuestro horario de apertura',
          de: 'die Schließung während unserer angegebenen Öffnungszeiten',
          it: 'la chiusura durante il nostro orario indicato',
          pt: 'a loja fechada dentro do horário anunciado',
        }[language];
      return (
        kitchen
          ? {
              en: 'the kitchen stopping service before closing time',
              fr: "la fermeture de la cuisine avant l'heure",
              es: 'el cierre de la cocina antes de hora',
              de: 'Küchenschluss vor der angegebenen Zeit',
              it: 'la chiusura anticipata della cucina',
              pt: 'o fecho antecipado da cozinha',
            }
          : {
              en: 'service stopping before closing time',
              fr: "l'arrêt du service avant l'heure",
              es: 'el fin del servicio antes de hora',
              de: 'Serviceende vor der angegebenen Zeit',
              it: 'la fine anticipata del servizio',
              pt: 'o fim antecipado do serviço',
            }
      )[language];
    }
    case 'sold-out': {
      if (!sameLanguage) {
        const concept = crossLanguagePhrase(point.text, language);
        const general = {
          en: 'the dish you came for',
          fr: 'le plat que vous étiez venu chercher',
          es: 'el plato que buscabais',
          de: 'Gericht, für das Sie gekommen waren',
          it: 'il piatto che cercavate',
          pt: 'o prato que procuravam',
        }[language];
        if (!concept) return general;
        return {
          en: `${concept} running out`,
          fr: `la rupture (${concept})`,
          es: `${concept}, que se agotó`,
          de: `${concept}, ${germanRelative(concept)} schon aus ${germanGender(concept) === 'pl' ? 'waren' : 'war'}`,
          it: `${concept}, già finito`,
          pt: `${concept}, já esgotado`,
        }[language];
      }
      const thing = point.text.replace(/^\p{Lu}(?=\p{Ll})/u, (x) => (language === 'de' ? x : x.toLowerCase()));
      switch (language) {
        case 'en':
          // ("us running out of the burnt ends": who ran out is said, as a person would.)
          return `us running out of the ${englishPossessive(thing)}`;
        case 'fr':
          return `la rupture de ${/^[aeiouhé]/iu.test(thing) ? `l'${thing}` : thing}`.replace(/de l'/u, "d'");
        case 'es':
          return `la falta de ${thing}`;
        case 'de':
          // "zum Schnitzel, das schon aus war": the relative pronoun takes the thing's gender.
          return `${thing}, ${germanRelative(thing)} schon aus ${germanGender(thing) === 'pl' ? 'waren' : 'war'}`;
        case 'it':
          return `la mancanza di ${thing}`;
        case 'pt':
          return `a falta de ${thing}`;
      }
      return undefined;
    }
    case 'outage': {
      const subject = point.text.toLowerCase();
      if (subject === 'lift' || subject === 'elevator') {
        return {
          en: `the ${subject} being out of order`,
          fr: "la panne d'ascenseur",
          es: 'la avería del ascensor',
          de: 'Ausfall des Aufzugs',
          it: "il guasto dell'ascensore",
          pt: 'a avaria do elevador',
        }[language];
      }
      // The card machine, not the business, was down: cash only for the day.
      if (/card|payment|paiement|tpe|datafono|karten|bancomat|pos|multibanco/u.test(subject)) {
        return {
          en: `the ${/machine|reader|terminal/u.test(subject) ? subject : 'card machine'} being down`,
          fr: 'la panne du terminal de paiement',
          es: 'la avería del datáfono',
          de: 'Ausfall des Kartenterminals',
          it: 'il POS fuori servizio',
          pt: 'a avaria do terminal de pagamento',
        }[language];
      }
      if (language === 'en') {
        const word = { wlan: 'wifi', 'wi-fi': 'wifi', service: '' }[subject] ?? subject;
        return word ? `the ${word} going down` : 'the outages';
      }
      if (/^(?:wifi|wi-fi|wlan|internet)$/u.test(subject))
        return {
          fr: 'les coupures du wifi',
          es: 'las caídas del wifi',
          de: 'Ausfälle des WLANs',
          it: 'i problemi con il wifi',
          pt: 'as falhas do wi-fi',
        }[language];
      return { fr: 'les pannes', es: 'las caídas del servicio', de: 'Ausfälle', it: 'i disservizi', pt: 'as falhas do serviço' }[language];
    }
    case 'removed-feature': {
      if (language === 'en' && sameLanguage) return `the ${point.text.replace(/^(?:the|a)\s+/iu, '')} being removed`;
      return {
        en: 'the feature being removed',
        fr: 'la suppression de cette fonction',
        es: 'la eliminación de esa función',
        de: 'die entfernte Funktion',
        it: 'la rimozione di questa funzione',
        pt: 'a remoção dessa função',
      }[language];
    }
    case 'crash': {
      if (language === 'en' && sameLanguage)
        return `the ${point.text.replace(/^(?!iOS|Android)/u, '')}`.replace(/^the app$/u, 'the app crashing');
      const update = SINCE_UPDATE.test(fold(itemText));
      const ios = /(?<![\p{L}])(?:ios|iphone|ipad)(?![\p{L}])/u.test(fold(itemText));
      const android = /(?<![\p{L}])android(?![\p{L}])/u.test(fold(itemText));
      const platform = ios ? 'iOS' : android ? 'Android' : '';
      const crash = {
        en: 'the app crashing',
        fr: `les plantages de l'application${platform ? ` ${platform}` : ''}`,
        es: `los cierres inesperados de la app${platform ? ` de ${platform}` : ''}`,
        de: `Abstürze der ${platform ? `${platform}-` : ''}App`,
        it: `i crash dell'app${platform ? ` ${platform}` : ''}`,
        pt: `as falhas da app${platform ? ` ${platform}` : ''}`,
      }[language];
      // "stürzt ab, wenn ich ein PDF anhängen will": the action said in their language ("beim Anhängen eines PDFs").
      const action = sameLanguage && language !== 'en' ? crashAction(itemText, language) : undefined;
      const since = {
        en: ' since the last update',
        fr: ' depuis la dernière mise à jour',
        es: ' desde la última actualización',
        de: ' seit dem letzten Update',
        it: " dall'ultimo aggiornamento",
        pt: ' desde a última atualização',
      }[language];
      return `${crash}${action ? ` ${action}` : ''}${update ? since : ''}`;
    }
    case 'locked-account':
      return {
        en: 'your account being locked',
        fr: 'le blocage de votre compte',
        es: 'el bloqueo de su cuenta',
        de: 'Sperrung Ihres Kontos',
        it: "il blocco dell'account",
        pt: 'o bloqueio da sua conta',
      }[language];
    case 'overbilled': {
      const parking = point.text === 'parking night';
      return {
        en: parking ? 'the extra parking night on your bill' : 'the extra night on your bill',
        fr: parking ? 'la nuit de parking facturée en trop' : 'la nuit facturée en trop',
        es: parking ? 'la noche de aparcamiento cobrada de más' : 'la noche cobrada de más',
        de: parking ? 'zu viel berechnete Parknacht' : 'zu viel berechnete Nacht',
        it: parking ? 'la notte di parcheggio addebitata in più' : 'la notte addebitata in più',
        pt: parking ? 'a noite de estacionamento cobrada a mais' : 'a noite cobrada a mais',
      }[language];
    }
    case 'charged-unordered':
      if (sameLanguage && language === 'en')
        return `being charged for ${/^(?:a|an|the|some)\s/iu.test(point.text) ? point.text : `the ${point.text}`} you didn't order`;
      return {
        en: "being charged for something you didn't order",
        fr: 'ce qui vous a été facturé sans avoir été commandé',
        es: 'lo que se le cobró sin haberlo pedido',
        de: 'Berechnung von nicht Bestelltem',
        it: 'ciò che le è stato addebitato senza averlo ordinato',
        pt: 'o que lhe foi cobrado sem ter pedido',
      }[language];
    case 'view-not-given': {
      const lake = point.text === 'lake';
      const sea = point.text === 'sea';
      return {
        en: lake
          ? "the lake view you booked and didn't get"
          : sea
            ? "the sea view you booked and didn't get"
            : "the view you booked and didn't get",
        fr: lake
          ? "la vue lac réservée que vous n'avez pas eue"
          : sea
            ? "la vue mer réservée que vous n'avez pas eue"
            : "la vue réservée que vous n'avez pas eue",
        es: lake
          ? 'la vista al lago reservada que no tuvo'
          : sea
            ? 'la vista al mar reservada que no tuvo'
            : 'la vista reservada que no tuvo',
        de: lake
          ? 'gebuchten Seeblick, den Sie nicht bekommen haben'
          : sea
            ? 'gebuchten Meerblick, den Sie nicht bekommen haben'
            : 'gebuchte Aussicht, die Sie nicht bekommen haben',
        it: lake
          ? 'la vista lago prenotata che non ha avuto'
          : sea
            ? 'la vista mare prenotata che non ha avuto'
            : 'la vista prenotata che non ha avuto',
        pt: lake
          ? 'a vista para o lago reservada que não teve'
          : sea
            ? 'a vista para o mar reservada que não teve'
            : 'a vista reservada que não teve',
      }[language];
    }
    case 'gift-card-refused':
      return {
        en: 'your gift card being refused',
        fr: 'le refus de votre carte cadeau',
        es: 'el rechazo de su tarjeta regalo',
        de: 'Ablehnung Ihres Gutscheins',
        it: 'il rifiuto del suo buono regalo',
        pt: 'a recusa do seu cartão-presente',
      }[language];
    case 'phishing':
      return {
        en: 'the fake message in our name asking for your details',
        fr: 'le faux message envoyé en notre nom pour obtenir vos données',
        es: 'el mensaje falso en nuestro nombre que pide sus datos',
        de: 'gefälschte Nachricht in unserem Namen, die nach Ihren Daten fragt',
        it: 'il falso messaggio a nostro nome che chiede i suoi dati',
        pt: 'a mensagem falsa em nosso nome a pedir os seus dados',
      }[language];
    case 'data-request':
      return {
        en: 'your request for a copy of your personal data',
        fr: "votre demande d'accès aux données personnelles",
        es: 'su solicitud de acceso a los datos personales',
        de: 'Auskunftsanfrage nach Art. 15 DSGVO',
        it: 'la richiesta di accesso ai dati personali',
        pt: 'o pedido de acesso aos dados pessoais',
      }[language];
    case 'data-exposed':
      return {
        en: 'the privacy of your data',
        fr: 'la confidentialité des données',
        es: 'la privacidad de los datos',
        de: 'Datenschutz',
        it: 'la riservatezza dei dati',
        pt: 'a privacidade dos dados',
      }[language];
    case 'theft': {
      const room = point.text === 'room theft';
      return {
        en: room ? 'the theft from your room' : 'the theft',
        fr: room ? 'le vol dans votre chambre' : 'le vol',
        es: room ? 'el robo en su habitación' : 'el robo',
        de: room ? 'Diebstahl aus Ihrem Zimmer' : 'Diebstahl',
        it: room ? 'il furto nella vostra camera' : 'il furto',
        pt: room ? 'o roubo no seu quarto' : 'o roubo',
      }[language];
    }
    case 'towed': {
      const [vehicle, done] = point.text.split(' ');
      return {
        en: `your ${vehicle === 'car' || !sameLanguage ? 'car' : vehicle} being ${done ?? 'towed'}`,
        fr: "l'enlèvement de votre voiture",
        es: 'la retirada de su coche por la grúa',
        de: 'Abschleppen Ihres Autos',
        it: "la rimozione dell'auto",
        pt: 'o reboque do seu carro',
      }[language];
    }
    case 'not-working':
      // "the CSV export not working"; other languages name the thing as a point of its own.
      if (language === 'en' && sameLanguage)
        return `the ${point.text.replace(/^(?:the|my|our|your)\s+/iu, '').replace(/(?<![\p{L}])\p{Lu}(?=\p{Ll})/gu, (x) => x.toLowerCase())} not working`;
      return undefined;
    case 'meat-in-veggie':
      // The meat by its name in their language ("the lardons"); in another, meat in a dish sold as vegetarian.
      if (sameLanguage && language === 'en') return `the ${point.text} in a dish we sold you as vegetarian`;
      return {
        en: 'meat in a dish we sold you as vegetarian',
        fr: 'la viande dans un plat présenté comme végétarien',
        es: 'la carne en un plato presentado como vegetariano',
        de: 'Fleisch in einem als vegetarisch angebotenen Gericht',
        it: 'la carne in un piatto presentato come vegetariano',
        pt: 'a carne num prato apresentado como vegetariano',
      }[language];
    case 'lost-booking':
      return {
        en: 'your booking not being on our system',
        fr: 'votre réservation introuvable',
        es: 'la reserva que no aparecía',
        de: 'Reservierung, die nicht im System war',
        it: 'la prenotazione non trovata',
        pt: 'a reserva que não aparecia',
      }[language];
    case 'table-given-away':
      return {
        en: 'your table being given away',
        fr: "votre table donnée à d'autres",
        es: 'la mesa que se dio a otros clientes',
        de: 'Tischvergabe',
        it: 'il tavolo dato ad altri',
        pt: 'a mesa dada a outros clientes',
      }[language];
    case 'facility-closed':
      // "the spa being closed"; other languages name the facility as a point of its own.
      return language === 'en' && sameLanguage ? `the ${point.text} being closed` : undefined;
    case 'closed-on-booking':
      return {
        en: 'you arriving for your booking to find us closed',
        fr: 'votre réservation et le restaurant trouvé fermé',
        es: 'encontrar el local cerrado pese a su reserva',
        de: 'verschlossene Tür trotz Ihrer Reservierung',
        it: 'aver trovato chiuso nonostante la prenotazione',
        pt: 'encontrar o restaurante fechado apesar da reserva',
      }[language];
    case 'found-closed': {
      // The day in each language; "our listing" when they said it showed us open (Google, the website).
      const day = point.text === 'closed' ? undefined : point.text;
      const said = day ? WEEKDAYS[day]?.[language] : undefined;
      const listing =
        /(?<![\p{L}])(?:google|maps|listing|website|site web|sitio web|webseite|sito|online|en ligne|internet)(?![\p{L}])/u.test(
          fold(itemText),
        );
      return {
        en: `the wasted trip when we were closed${said ? ` on ${said}` : ''}${listing ? ' while our listing showed us open' : ''}`,
        fr: `le déplacement pour rien, avec le restaurant fermé${said ? ` le ${said}` : ''}${listing ? ' alors que nos horaires en ligne indiquaient ouvert' : ''}`,
        es: `el viaje en balde, con el local cerrado${said ? ` el ${said}` : ''}${listing ? ' cuando nuestro horario en internet decía abierto' : ''}`,
        de: `den umsonst gemachten Weg${said ? ` am ${said}` : ''}${listing ? ', obwohl unsere Öffnungszeiten online anders standen' : ''}`,
        it: `il viaggio a vuoto con il locale chiuso${said ? ` di ${said}` : ''}${listing ? ', mentre i nostri orari online dicevano aperto' : ''}`,
        pt: `a viagem em vão, com o espaço fechado${said ? ` na ${said}` : ''}${listing ? ', quando o nosso horário online dizia aberto' : ''}`,
      }[language];
    }
    case 'price-rise': {
      const fromTo = point.text === 'price rise' ? '' : ` ${point.text}`;
      return {
        en: `the price rise${fromTo}`,
        fr: 'la hausse du prix',
        es: 'la subida de precio',
        de: 'die Preiserhöhung',
        it: "l'aumento del prezzo",
        pt: 'o aumento do preço',
      }[language];
    }
    case 'rushed':
      return {
        en: 'being rushed',
        fr: "le fait d'avoir été pressés de partir",
        es: 'las prisas que les metieron',
        de: 'den Zeitdruck, den man Ihnen gemacht hat',
        it: 'la fretta che vi hanno messo',
        pt: 'a pressa que vos impuseram',
      }[language];
    case 'charged-after-cancel':
      return {
        en: 'the charge after you cancelled',
        fr: 'le prélèvement après votre résiliation',
        es: 'el cobro después de la cancelación',
        de: 'Abbuchung nach der Kündigung',
        it: "l'addebito dopo la disdetta",
        pt: 'a cobrança depois do cancelamento',
      }[language];
  }
  return undefined;
}
