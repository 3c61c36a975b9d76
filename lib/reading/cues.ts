/**
 * Word cues the reading step looks for, in the languages replies are written in
 * (en, fr, es, de, it, pt). Patterns are matched on text folded to lower case without
 * accents (see `fold`), so "débité" and "debite" match the same cue. Each pattern avoids
 * nested quantifiers so a long review stays linear.
 */
import { primed, primedWhenIdle } from '@/lib/classifier/pattern-priming';
import { leanWordClasses } from './word-classes';

/** Folded strings kept (short ones only); the memo is emptied when full. */
const FOLD_MEMO_SIZE = 4096;
const FOLD_MEMO_MAX_LENGTH = 200;
const foldMemo = new Map<string, string>();

/**
 * Lower case, accents and ligatures off, apostrophes and dashes folded. The long s ("ſ", which
 * lower case keeps) becomes "s": the only letter whose case folding reaches the cues' letters, so
 * the cues match folded text without the case-insensitive flag exactly as they did with it.
 */
export interface FoldedText {
  folded: string;
  /** folded index → original index */
  map: number[];
}

/**
 * Verbs that save someone time, in six languages (folded): "saves me two hours", "spart mir jede
 * Woche eine Stunde", "me ahorra", "fait gagner". Time saved is praise, never a wait.
 */
export const TIME_SAVING_VERB =
  '(?:saves?|saved|saving|spart|sparte|sparen|spare|gespart|ahorra|ahorro|ahorrado|economise|fait gagner|gagner|risparmia|risparmiato|poupa|poupou|poupar)';

/** fold() with a map back to the original offsets (folding can change lengths: ß → ss). */
export function foldWithMap(text: string): FoldedText {
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const char = String.fromCodePoint(code);
    const f = fold(char);
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    if (code > 0xffff) i++;
  }
  map.push(text.length);
  return { folded, map };
}

/**
 * Every match of a global pattern, as `text.matchAll(pattern)` gives them, collected at once and
 * with the pattern's lastIndex left at 0. matchAll copies the pattern on each call (about 0.15 µs),
 * which the points' word lists paid for every list on every clause.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('allMatches needs a global pattern');
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    // An empty match moves on by one character (a whole surrogate pair in a unicode pattern), as matchAll does.
    if (match[0] === '') pattern.lastIndex = advancedIndex(text, pattern.lastIndex, pattern.unicode || pattern.unicodeSets);
  }
  pattern.lastIndex = 0;
  return found;
}

function advancedIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}

export function fold(text: string): string {
  // The reading folds the same short strings many times (each character of a clause for the
  // offset map, each word, each point's text): a bounded memo answers those without the seven passes.
  const known = foldMemo.get(text);
  if (known !== undefined) return known;
  const folded = foldUncached(text);
  if (text.length <= FOLD_MEMO_MAX_LENGTH) {
    if (foldMemo.size >= FOLD_MEMO_SIZE) foldMemo.clear();
    foldMemo.set(text, folded);
  }
  return folded;
}

function foldUncached(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ſ/gu, 's')
    .replace(/œ/gu, 'oe')
    .replace(/æ/gu, 'ae')
    .replace(/ß/gu, 'ss')
    .replace(/[’‘`´]/gu, "'")
    .replace(/[‐‑‒–—―−]/gu, '-');
}

/**
 * Cues are matched on folded text only (lower case, no accents) and written in lower case, so
 * they need no `i` flag: without it the browser compiles them about twice as fast, which is most of
 * a cold start's first labels (the patterns are compiled on first use, in every new service worker).
 */
const re = (source: string, flags = 'u') => primed(new RegExp(leanWordClasses(sharedWordStart(source)), flags));
/** A cue few items reach (or one used only for its source): compiled when first used, or while a worker waits for a page (see pattern-priming). */
const reRare = (source: string, flags = 'u') => primedWhenIdle(new RegExp(leanWordClasses(sharedWordStart(source)), flags));
/** A word boundary that works for accented letters (\b does not, with \p{L}). */
const B = '(?<![\\p{L}\\p{N}])';

/** The top-level alternatives of a pattern's source (outside groups and character classes). */
export function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') i += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/**
 * `B(?:a)|B(?:b)|^c|B(?:d)` → `B(?:(?:a)|(?:b))|^c|B(?:d)`: neighbouring alternatives that start
 * at a word start share one check of it. The same alternatives are tried in the same order at
 * each position, so every match is the same; a cue list of forty alternatives then checks the
 * letter before each position once instead of forty times, and compiles faster too.
 */
export function sharedWordStart(source: string): string {
  const merged: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 1) merged.push(B + run[0]);
    else if (run.length > 1) merged.push(`${B}(?:${run.join('|')})`);
    run = [];
  };
  for (const part of topLevelAlternatives(source)) {
    if (part.startsWith(B)) run.push(part.slice(B.length));
    else {
      flush();
      merged.push(part);
    }
  }
  flush();
  return merged.join('|');
}
const E = '(?![\\p{L}\\p{N}])';
/**
 * V8 stops optimizing a pattern whose source is longer than 20 KB (RegExp::kRegExpTooLargeToOptimize:
 * no quick checks of the next characters before each alternative). PROBLEM crossed it at 21,067
 * characters and its scans became about 7× slower than the same alternatives in two patterns, a
 * third of a warm reading. Long cue lists are therefore matched in parts, each well under the limit.
 * (The limit counts the source as compiled, with the lean letter classes of word-classes.ts: Node's
 * V8 matched a 26 KB lean HAZARD ten times slower than the same at 18 KB.)
 */
export const PATTERN_OPTIMIZE_LIMIT = 20 * 1024;
const CUE_PART_LENGTH = 12_000;

/** A cue list matched as several patterns: `test` is true when any part matches (all parts are non-global). */
export interface CueInParts {
  readonly parts: readonly RegExp[];
  test(text: string): boolean;
}

/**
 * Groups the alternatives, in order, into parts of at most CUE_PART_LENGTH characters and builds a
 * pattern from each. Whether a text holds a match of the whole list is whether it holds one of some
 * part, so `test` answers exactly as one pattern of all the alternatives would.
 */
export function cueInParts(alternatives: readonly string[], build: (source: string) => RegExp): CueInParts {
  const groups: string[][] = [];
  let length = 0;
  for (const alternative of alternatives) {
    const last = groups.at(-1);
    if (last && length + alternative.length + 1 <= CUE_PART_LENGTH) {
      last.push(alternative);
      length += alternative.length + 1;
    } else {
      groups.push([alternative]);
      length = alternative.length;
    }
  }
  const parts = groups.map((group) => {
    const pattern = build(group.join('|'));
    if (pattern.global || pattern.sticky) throw new Error('cueInParts: a part must not be global or sticky');
    return pattern;
  });
  return { parts, test: (text) => parts.some((part) => part.test(text)) };
}

/** How many texts a remembering cue keeps answers for (cleared when full, as fold's memo is). */
const REMEMBERED_TEXTS = 512;
/**
 * The cue, with `test` remembering its answers for the last texts. One reading tests the same
 * clause or sentence against PROBLEM, PRAISE and TROUBLE several times (a sentence of one clause is
 * both; polarity, mixed and flags each ask): about 6 and 9 calls an item on 2 distinct texts.
 * Only for patterns that are neither global nor sticky, whose answer depends on the text alone.
 */
export function rememberingTests<T extends { test(text: string): boolean }>(cue: T): T {
  if (cue instanceof RegExp && (cue.global || cue.sticky)) throw new Error('rememberingTests: a global or sticky pattern keeps state');
  const memo = new Map<string, boolean>();
  const test = cue.test.bind(cue);
  Object.defineProperty(cue, 'test', {
    configurable: true,
    value: (text: string): boolean => {
      const known = memo.get(text);
      if (known !== undefined) return known;
      const found = test(text);
      if (memo.size >= REMEMBERED_TEXTS) memo.clear();
      memo.set(text, found);
      return found;
    },
  });
  return cue;
}

/** Whether the text names the business by one of its own names ("Oak & Ember", "Ledgerly"). */
export function namesBusiness(text: string, ownNames: readonly string[]): boolean {
  const folded = fold(text);
  return ownNames.some((name) => {
    const n = fold(name).trim();
    return n.length >= 3 && folded.includes(n);
  });
}

export const w = (alternatives: string) => re(`${B}(?:${alternatives})${E}`);
/** Word start only: stems such as "rembours" match "remboursement". */
export const stem = (alternatives: string) => re(`${B}(?:${alternatives})`);

/** Threats to go public, to the press, to a regulator's hotline or viral. */
export const ESCALATION = re(
  [
    `${B}(?:go(?:ing)?|went|take (?:this|it)) (?:public|viral|to (?:the )?(?:media|press|news|social media|twitter|facebook|reddit|tiktok))`,
    // A health authority told of it ("filed a report with Austin Public Health"), the press or a paper in five more languages.
    `${B}(?:report(?:ed)?|filed|lodged|made|submitted|called|contacted|told)(?: (?:it|this|a (?:formal )?(?:report|complaint)))? (?:with|to) (?:the )?(?:\\p{L}+ ){0,2}(?:public health|health (?:department|dept|inspectors?|authority|board)|environmental health|food (?:standards|safety)(?: agency)?)|${B}(?:gesundheitsamt|ufficio d'igiene|asl|sanidad|servicios sanitarios|ars|asae)${E}|${B}(?:mando|invio|mandero|mandiamo|porto) (?:le foto|il video|tutto|la storia|le immagini) (?:al|alla|ai|alle|a) (?:\\p{L}+ ){0,2}(?:giornal\\p{L}*|stampa|corriere|repubblica|tv|televisione)|${B}(?:j'envoie|j'enverrai|envoyer) (?:les photos|la video|tout) (?:a la presse|aux journaux|au journal|a \\p{L}+ (?:matin|presse))|${B}(?:envio|enviare|mando) (?:las fotos|el video|todo) a (?:la prensa|los periodicos|el periodico)|${B}(?:schicke|sende) (?:die fotos|das video|alles) an (?:die presse|die zeitung|zeitungen)|${B}(?:envio|mando|enviarei) (?:as fotos|o video|tudo) (?:para|a) (?:a imprensa|os jornais|o jornal)`,
    // "you have until tomorrow morning to respond before this goes up", "I'm writing it up for Hacker News".
    `${B}(?:you have (?:until|till|24 hours|48 hours|one day|a day) (?:\\p{L}+ ){0,3}to (?:respond|reply|answer|fix|sort)|before (?:this|it|the video|the post) goes (?:up|live|out|online)|writ(?:e|ing) (?:it|this|the whole thing) (?:all )?up (?:for|on) (?:hacker news|reddit|linkedin|twitter|x|my blog|medium|tiktok|instagram|facebook|youtube)|(?:posting|post|put|putting) (?:it|this|the video|the photos?) (?:up )?on (?:hacker news|reddit|tiktok|youtube|my channel))`,
    `${B}(?:post(?:ing)?|shar(?:e|ing)|spread(?:ing)?|tell(?:ing)?) (?:(?:this|it|my (?:story|experience)) )?(?:everywhere|all over|on every)`,
    // Telling others to stay away: "so they know to avoid you".
    `${B}so (?:they|people|everyone|others|my followers) (?:know|knows|learn) to (?:avoid|stay away from) (?:you|this place|them|your \\p{L}+)${E}`,
    // "I will make sure everyone hears about this", "going on my blog", "tagging Watchdog" (six languages).
    `${B}(?:make sure (?:everyone|everybody|the whole (?:town|city|internet)|all my \\p{L}+) (?:\\p{L}+ ){0,2}(?:knows|hears|finds out|sees)|(?:everyone|everybody) (?:i know )?(?:will|is going to|gonna) (?:know|hear) about (?:this|it)|(?:this is|this'?s|it'?s) (?:going|getting posted|going up) on my (?:blog|channel|page|podcast|instagram|tiktok|youtube|substack|newsletter)|(?:tagging|tagged|cc'?ing) (?:\\p{L}+ ){0,2}(?:watchdog|which\\?|the (?:local )?news|bbc|itv|the bbb)|(?:this|the) (?:thread|post|review|video) is (?:getting|being) shared|faire en sorte que tout le monde (?:le )?(?:sache|apprenne)|tout le monde (?:va|saura) le savoir|(?:me encargare de|hare) que todo el mundo (?:lo sepa|se entere)|todo el mundo se va a enterar|dafur sorgen,? dass (?:jeder|alle|es jeder) (?:das |davon )?(?:erfahrt|erfahren|weiss|wissen)|(?:faro|faremo) in modo che tutti (?:lo )?(?:sappiano|sapranno)|lo sapranno tutti|(?:vou garantir|vou fazer) que (?:toda a gente|todo mundo|todos) (?:saiba|saibam|fique a saber))${E}`,
    `${B}(?:tell|contact|call|email|alert|inform|write to|sent (?:them|it|this|the \\w+) to|forward(?:ed)? (?:it|this|them) to)(?:ing)? (?:the |a )?(?:press|media|news(?:paper)?s?|journalists?|reporters?|bbc)`,
    // "I do have photos and a contact at KXAN who's interested": a reporter waiting in the wings.
    `${B}(?:a |my )?(?:contact|friend|cousin|mate|buddy) (?:at|on|who works (?:at|for)) (?:the |a )?[\\w.-]+(?: news| tv| station| paper)? (?:who'?s|who is|that'?s|who'?d be|who would be) (?:very |really )?interested|${B}(?:local )?(?:news station|tv station|the local news|the local paper|a reporter|reporters?)${E}`,
    `${B}journalist`,
    `${B}(?:hago|hare|voy a hacer|i'?ll (?:do|make|write|post)|making|je vais faire|je fais|ich mache|faro|faccio|vou fazer|faco) (?:un |a |une |einen |uma |um )?(?:hilo|thread|fil|fio|post)${E}|${B}(?:screenshots|capturas|captures d'ecran|screenshots|capture|schermate) (?:everywhere|on twitter|on x|en twitter|en redes|partout|ovunque|por todo)`,
    `${B}this goes everywhere|${B}(?:warn|tell) (?:everyone|everybody|all my friends|others)`,
    // "you have one hour to explain before this thread gets a lot longer", "fix this before i write it up", "this is going
    // in every Bristol parents group I'm in", "avant de publier ça sur tous les groupes lillois" (six languages).
    `${B}before (?:this|the|my) (?:thread|post|tweet|story|video) gets (?:a lot |much |way |even |a whole lot )?(?:longer|bigger|worse|louder)|${B}before (?:i|we) (?:write|post|put|blog|tweet|thread) (?:it|this|about (?:it|this)|the whole thing)(?: up| out| online| publicly)?${E}|${B}going (?:in|on|into|to|up in|up on) (?:every|all (?:the|my)) (?:\\p{L}+ ){0,3}(?:groups?|forums?|chats?|pages?)${E}|${B}(?:publier|poster|partager|diffuser) (?:ca |cela |tout ca |l'info |mon experience )?(?:sur|dans) (?:tous les|toutes les) (?:groupes|reseaux|forums|pages)|${B}(?:en todos los grupos|in allen (?:\\p{L}+ )?gruppen|in tutti i gruppi|em todos os grupos|sur tous les groupes|dans tous les groupes)`,
    // "warn your users publicly or I will", "partilho isto em todo o lado", "je le partage partout".
    `${B}(?:warn|tell|inform|notify) (?:your|all your|the) (?:users|customers|clients|guests|members) (?:publicly|in public)|${B}(?:publicly|in public),? or (?:i|we) will${E}|${B}(?:partilho|partilhar|compartilho|compartilhar|publico|publicar|posto|postar|comparto|compartir|subo|publico|partage|partager|poste|poster|publie|publier|teile|teilen|poste|posten|verbreite|condivido|condividere|pubblico|pubblicare)(?: (?:isto|isso|tudo|esto|eso|todo|ca|cela|tout|das|es|alles|questo|tutto))? (?:em todo o lado|por todo o lado|por toda a parte|em toda a parte|en todas partes|por todas partes|por todos lados|partout|uberall|ovunque|dappertutto)${E}`,
    // "Screenshots are going to TechCrunch unless someone calls me today": a threat with its condition.
    `${B}(?:going|go|goes|sent|send|sending|forward\\w*|headed|heading) (?:straight |directly )?to (?:the )?[\\w.&-]+(?: [\\w.&'-]+){0,8}? (?:unless|if (?:i|we) (?:don'?t|do not)|if (?:nobody|no one|someone doesn'?t))${E}`,
    // Bad reviews on every site there is: going public by another road.
    `${B}(?:reviews?|ratings?) (?:on|to|across) (?:every|all the|each) (?:review )?(?:site|platform|app)s?|${B}(?:going|goes|go|posted|put|on|to|across) (?:up )?(?:on )?every (?:review )?(?:site|platform)s?|${B}every (?:review )?(?:site|platform) (?:i|we) can find|${B}(?:avis|commentaires?) (?:partout|sur tous les sites)|${B}(?:resenas?|opiniones?) (?:en todas partes|en todos los sitios|en todas las plataformas)|${B}(?:bewertungen?|rezensionen?) (?:uberall|auf allen (?:portalen|plattformen|seiten))|${B}(?:recensioni?) (?:ovunque|su tutti i siti|su tutte le piattaforme)|${B}(?:avaliacoes?|comentarios?) (?:em todo o lado|em todos os sites|em todas as plataformas)`,
    // "I'm writing it up publicly", "make this public", "rendre public", "hacerlo público", "tornar público".
    `${B}(?:writ(?:e|ing)|post(?:ing)?|put(?:ting)?) (?:it|this|them|the (?:whole )?(?:thing|story)) (?:up )?(?:publicly|in public)|${B}mak(?:e|ing) (?:it|this) public|${B}rendre (?:ca |cela )?public|${B}hacer(?:lo)? publico|${B}tornar (?:isto |isso )?publico`,
    `${B}(?:the |la |el |das |il |o )?(?:video|vid[eé]o|photos?|fotos?|screenshots?|captures?) (?:will be|goes|sera|va a estar|estara|kommt|wird|finira|sara|vai estar|vai para) (?:up |online |en ligne )?(?:on|sur|en|auf|su|no|na)\\s*(?:tiktok|instagram|twitter|facebook|youtube|x|reddit|internet|les reseaux|las redes)`,
    `${B}(?:post|put|share|upload) (?:it|this|the video|the photos?) on (?:tiktok|instagram|twitter|facebook|youtube|reddit)`,
    `${B}health (?:department|inspector)|${B}food standards|${B}environmental health`,
    // fr ("l'histoire part au Parisien et sur TikTok")
    `${B}(?:part|partira|ira|finira|va partir|va finir|atterrit|atterrira) (?:direct )?(?:au|a la|a|sur|dans le|dans la|chez) (?:parisien|figaro|monde|presse|journaux|journal|tiktok|instagram|twitter|facebook|youtube|les reseaux|bfm|tf1|m6|60 millions)${E}|${B}(?:le parisien|ouest-france|60 millions de consommateurs)${E}|${B}(?:je |j')?(?:poste|publie|balance|mets|partage) (?:tout|ca|la photo|la video|les photos) (?:sur|en ligne|partout)|${B}(?:je vais|on va|j'irai) (?:le )?(?:publier|poster|partager|faire tourner)|${B}(?:la presse|a la presse|aux journalistes|journalistes?|les medias)${E}|${B}faire le buzz|${B}(?:signaler|denoncer) (?:a|aux?) (?:l'hygiene|la presse)`,
    // es
    `${B}(?:subo|publico|cuelgo) (?:todo|la foto|el video|las fotos) (?:a|en) (?:redes|tiktok|instagram|twitter|x)${E}|${B}(?:subo|subire|voy a subir|publico|publicare|voy a publicar) (?:un |el )?(?:hilo|video|post)|${B}(?:prensa|periodistas?|medios)${E}|${B}(?:etiqueto|etiquetare) a|${B}(?:facua|ocu)${E}|${B}hacerlo viral`,
    // de
    `${B}(?:poste|stelle|teile) (?:ich )?(?:das|alles|es|die fotos|das video) (?:auf|bei|online|ins netz)|${B}(?:an die|zur|zu der) (?:presse|zeitung|medien)|${B}(?:gehe|gehen) (?:ich )?(?:damit )?(?:an|zu) (?:die |der )?(?:presse|medien|offentlichkeit|heise|bild)|${B}(?:heise|journalist(?:en)?)${E}|${B}offentlich machen|${B}(?:datenleck|datenschutzverstoss)`,
    // it
    `${B}(?:posto|pubblico|metto) (?:tutto|la foto|il video|le foto) (?:su|online|sui social)|${B}(?:stampa|giornalisti?|giornale)${E}|${B}(?:lo )?(?:pubblico|pubblichero|rendero pubblico)|${B}diventa virale`,
    // pt
    `${B}(?:publico|posto|ponho) (?:tudo|a foto|o video|as fotos) (?:no|na|nas redes|online)|${B}(?:imprensa|jornalistas?|reclame aqui|portal da queixa)${E}|${B}(?:vou|irei) (?:publicar|expor|partilhar)`,
    // "lo subo a TikTok y que lo vea todo el mundo", "je balance tout sur TikTok", "stelle ich auf TikTok", "lo metto su
    // TikTok", "ponho no TikTok": a social network named as where it goes (five languages).
    `${B}(?:(?:lo|la|los|las) )?(?:subo|subire|voy a subir|publico|publicare|cuelgo|colgare|pongo)(?: \\p{L}+){0,3} (?:a|en) (?:tiktok|instagram|insta|twitter|x|youtube|facebook|redes|internet)${E}|${B}(?:je )?(?:le |la |les |l')?(?:balance|poste|publie|mets|posterai|publierai|balancerai)(?: \\p{L}+){0,3} (?:sur|en) (?:tiktok|insta|instagram|twitter|x|youtube|facebook|les reseaux|internet)${E}|${B}(?:stelle|poste|lade|teile)(?: \\p{L}+){0,3} (?:auf|bei|in) (?:tiktok|instagram|insta|twitter|x|youtube|facebook|social media)${E}|${B}(?:lo |la |li |le )?(?:metto|posto|pubblico|mettero|postero|carico)(?: \\p{L}+){0,3} (?:su|sui) (?:tiktok|instagram|insta|twitter|x|youtube|facebook|social)${E}|${B}(?:ponho|posto|publico|coloco|vou por|vou postar|vou publicar)(?: \\p{L}+){0,3} (?:no|na|nas|em) (?:tiktok|instagram|insta|twitter|x|youtube|facebook|redes|internet)${E}`,
  ].join('|'),
);

/**
 * A danger named as such ("someone's going to get hurt", "an accident waiting to happen", "trip hazard"), and a socket
 * that sparked ("hat Funken gesprüht", "des étincelles", "saltaron chispas") (six languages). (A fall told in passing
 * inside a complaint stays a complaint, with a wish for the one who fell.)
 * (Apart from HAZARD, which is near the length V8 optimizes.)
 */
export const NAMED_DANGER = re(
  [
    `${B}(?:someone(?:'s| is)? (?:going to|gonna|will) (?:get |properly |seriously |really |badly )*(?:hurt|injured|killed)(?: themselves)?|(?:accident|lawsuit) waiting to happen|trip(?:ping)? hazard|(?:sparks?|flames?) (?:came|flew|shot|coming|flying) (?:out|from)|(?:socket|outlet|plug|charger|kettle|heater|lamp) (?:\\p{L}+ ){0,4}(?:sparked|sparking|caught fire|started smoking|melted)|burning smell|smelled (?:burnt|like burning)|funken (?:gespruht|gesprueht|geflogen|geschlagen)|(?:hat|haben) (?:\\p{L}+ ){0,4}funken|verschmort|schmorgeruch|etincelles|(?:saltaron|salieron|solto|soltaba) chispas|echo chispas|scintill\\p{L}*|(?:fez|saltaram) faiscas|faiscou)${E}`,
    // An injury or a danger said in five more languages: "me he hecho un esguince", "sono scivolata", "potrebbe essere
    // pericoloso", and a railing that moves ("la ringhiera si muoveva"). (Bare "dangerous" and "un peligro" stay out:
    // they are praise as often as not, see PRAISE_SLANG_SOURCE.)
    `${B}(?:esguince|(?:con|en|llevo|uso) muletas?|escayola|me (?:he )?(?:torcido|roto) (?:el|la) (?:tobillo|pie|muneca|rodilla|brazo)|(?:me )?resbale|entorse|bequilles|(?:j'ai|il a|elle a|on a) glisse|ausgerutscht|verstauch\\p{L}*|kruecken|krucken|(?:sono|e) scivolat[oa]|distorsione|stampell[ae]|escorreguei|escorregou|(?:potrebbe|puo) (?:essere )?(?:molto )?pericolos[oa]|(?:pourrait|peut) etre (?:tres )?dangereu(?:x|se)|(?:puede|podria) ser (?:muy )?peligros[oa]|(?:konnte|kann) (?:sehr )?gefahrlich (?:sein|werden)|(?:pode|podia|poderia) ser (?:muito )?perigos[oa]|(?:could|can|might) (?:be|get) (?:really |very |genuinely )?dangerous|potentially dangerous)${E}`,
    // Nearly swallowed, a piece of plastic in the dish, a broken glass that cut a child, other people's data shown
    // ("per poco non lo ingoiava", "um copo partido cortou a perna da minha filha", "IBANs von Leuten, die ich nicht kenne").
    `${B}(?:(?:nearly|almost) (?:swallowed|choked)|a (?:failli|presque) (?:l'|le |la )?avaler|(?:casi|por poco) se (?:lo |la )?(?:traga|trago|atraganta)|(?:fast|beinahe) verschluckt|per poco non (?:lo |la )?(?:ingoiava|ingoiato|ha ingoiato|mangiava)|quasi (?:ingoiato|ingoiava|soffocato)|quase (?:o |a )?engoli\\p{L}*|por pouco (?:nao )?(?:o |a )?engoli\\p{L}*|(?:pezzo|pezzetto|frammento) di (?:plastica|metallo)|(?:bout|morceau) de (?:plastique|metal)|(?:trozo|pedazo) de (?:plastico|metal)|(?:stuck|teil) (?:aus )?(?:plastik|metall)|(?:pedaco|bocado) de (?:plastico|metal)|(?:copo|vidro) (?:partido|quebrado)|vaso roto|bicchiere rotto|verre casse|zerbrochenes glas|(?:cortou|cortaram|feriu|queimou|corto|hirio|quemo|a coupe|a blesse|a brule|ha tagliato|ha ferito) (?:a |o |la |el |le |il )?(?:perna|pe|mao|braco|dedo|cara|pierna|pie|mano|brazo|jambe|pied|main|bras|doigt|gamba|piede|braccio|dito)|(?:das sind|sind) (?:definitiv |eindeutig |garantiert |gar )?nicht meine (?:kunden|daten|rechnungen)|(?:von|fremder) (?:leuten|personen|menschen),? die ich nicht kenne|andere (?:sehen|haben zugriff auf) (?:meine|unsere) daten|ibans? (?:von|anderer|fremder)(?= ))${E}`,
    `${B}(?:rail|railing|banister|handrail|balustrade|ringhiera|gelander|barandilla|barandal|corrimao|rambarde|garde-corps)s?${E}.{0,40}${B}(?:si muove\\p{L}*|si muoveva|traballa\\p{L}*|wackel\\p{L}*|se mueve|se movia|bouge\\p{L}*|mexe|mexia|abana\\p{L}*)${E}`,
  ].join('|'),
);

/** A health or safety hazard: answered fast and privately like a threat to go public. */
export const HAZARD = re(
  [
    `${B}(?:glass|shard|metal|plastic|bone|insect|cockroach|roach|rat|mouse|mice|maggot)s? in (?:my|the|our|his|her)`,
    // A hair in the food, not in the shower or the bed (that is cleanliness, not safety).
    `${B}hairs? in (?:my|the|our|his|her)(?! (?:\\p{L}+ )?(?:shower|showers|bath|bathtub|tub|sink|basin|drain|plughole|bathroom|en-?suite|bed|beds|sheets?|pillows?|towels?|room|carpet|floor|toilet|loo))`,
    `${B}piece of (?:glass|metal|plastic)`,
    `${B}(?:broken glass|vetro rotto|vetri rotti|verre (?:brise|casse)|bris de verre|vidrio roto|cristal roto|cristales rotos|glasscherben?|glassplitter|vidro (?:partido|quebrado))${E}`,
    `${B}(?:chicken|pork|poultry|turkey) (?:(?:was|is|still|came out|totally|completely) ){0,2}(?:pink|raw|undercooked|bloody)(?: (?:in the middle|inside))?|(?:poulet|volaille) (?:cru|pas cuit|rose)|pollo (?:crudo|poco hecho|rosa por dentro)|(?:hahnchen|huhnchen|geflugel) (?:roh|nicht durch)|pollo (?:crudo|poco cotto)|frango (?:cru|mal passado)`,
    `${B}(?:hair|glass|plastic|metal|bone)s? (?:baked |cooked |melted )?(?:into|inside) (?:my|the|our|his|her)`,
    `${B}(?:e-?mail )?addresses (?:were |got )?(?:exposed|leaked|shared with (?:each other|everyone|all))|(?:exposed|leaked) (?:to each other|to everyone|to all (?:my|our) clients)`,
    // A fish bone and choking, in each language.
    `${B}(?:fish ?bone|arete (?:de poisson|dans)|une arete|espina (?:de pescado|en)|grate (?:im|in)|lisca (?:nel|di pesce)|espinha (?:de peixe|no|na)|(?:failli |presque )?m.etouffer|etouffe\\w*|atragant\\w*|verschluckt|erstick\\w*|soffocat\\w*|strozzat\\w*|engasg\\w*)`,
    `${B}(?:food poisoning|poisoned|allergic reaction|anaphyla|epipen|(?<!(?<![\\p{L}\\p{N}])(?:way to|walk to|drive to|work at|work in|works at|working at|shifts? at|nurse at|doctor at|near|next to|opposite|across from|close to|from) the )hospital|the er|a&e|emergency room|vomit|throwing up)`,
    `${B}(?:peanut|nut|gluten|shellfish|dairy)? ?allerg(?:y|ies|ic)\\b.{0,120}\\b(?:er|hospital|reaction|epipen|sick|ill)\\b`,
    `${B}(?:coeliac|celiac|zoliakie|celiaque|celiac[oa]|celiaquia)${E}.{0,220}${B}(?:sick|ill|doubled over|hospital|vomit\\w*|throwing up|reaction|malade|krank|enferm[oa]|male)${E}`,
    // Sick after eating, told without "food poisoning": "sick all night", "doubled over", "malades comme des chiens" (six languages).
    `${B}(?:(?:sick|ill|vomiting|throwing up|puking) (?:all night|the whole night|through the night|for (?:two|three|four|2|3|4) days)|(?:up|awake) (?:all night )?(?:sick|vomiting|throwing up)|(?:violently|really|so|very) (?:sick|ill) (?:after|that night|the next day|all night)|(?:was|were|got) violently (?:sick|ill)|stomach (?:bug|cramps|upset) (?:after|from)|spent the (?:whole )?night (?:on|in|over) the (?:toilet|loo|bathroom)|doubled over|sick as (?:a )?dogs?|malades? comme (?:des|un) chiens?|(?:tombe|tombee|tombes|tombees) malades?|(?:etions|etaient|sommes|etait|ete) (?:\\p{L}+ |\\d+ ){0,6}malades|(?:malades?|vomi) toute la nuit|(?:nos pusimos|se puso|me puse|se pusieron) (?:muy )?(?:malos?|malas?|enferm[oa]s?)|krank geworden|magen-darm|brechdurchfall|die ganze nacht (?:erbrochen|gebrochen|krank|uber der toilette)|(?:stati|stata|stato|state) male tutta la notte|(?:ficamos|fiquei|ficou|ficaram) (?:\\p{L}+ ){0,2}doentes?)${E}`,
    // Someone hurt, in six languages: "il s'est coupé aux pieds", "se cortó", "hat sich geschnitten", "si è tagliato",
    // "cortou-se"; glass that burst; a first-aid kit brought; "un vrai danger pour vos clients".
    `${B}(?:(?:il|elle|on|je|mon mari|ma femme|mon fils|ma fille) (?:s'est|se sont|me suis|nous sommes) (?:\\p{L}+ )?(?:coupee?s?|blessee?s?|brulee?s?|ouvert (?:le|la))|(?:se|me) (?:corto|corte|lastimo|lastime|quemo|queme|hizo un corte|hice un corte)|(?:hat|habe|haben) sich (?:\\p{L}+ ){0,3}(?:geschnitten|verletzt|verbrannt)|(?:si e|mi sono|si sono) (?:\\p{L}+ )?(?:tagliat|ferit|bruciat|fatt[oa] male)\\p{L}*|(?:cortou-se|feriu-se|queimou-se|me cortei|se cortou|se feriu|me feri|me queimei)|(?:cut|hurt|injured|burned|burnt|scalded) (?:himself|herself|themselves|myself|ourselves|his|her|their) (?:feet|foot|hand|hands|arm|legs?|face|head)|(?:a|ont) (?:explose|eclate) (?:pendant|alors|quand|sous)|(?:exploded|shattered) (?:while|when|as|on|in)|(?:trousse|kit) de (?:premiers )?secours|first[- ]aid kit|botiquin|verbandskasten|pronto soccorso|primeiros socorros|(?:un|une) (?:vrai |veritable |reel )?danger pour|a (?:real )?danger to|un (?:verdadero )?peligro para|eine (?:echte )?gefahr fur|un (?:vero )?pericolo per|um (?:verdadeiro )?perigo para)${E}`,
    `${B}bed ?bugs?|${B}(?:covered in|woke up with) bites|${B}(?:mould|mold) (?:in|on|everywhere)`,
    `${B}(?:itchy|red) bites|${B}bites all over|${B}bitten (?:all over|by (?:bed ?)?bugs)|${B}(?:gdpr|privacy|data protection) (?:problem|issue|breach|violation|nightmare)|${B}(?:see|seeing|saw|shows?|showing) (?:another|other|someone else'?s?|a different) (?:user|customer|client|company|person)'?s?'? (?:data|details|clients?|client list|invoices|orders?|accounts?|names|emails|information)`,
    `${B}(?:mou?ldy?|moisie?s?|moho|schimmel\\w*|muffa|ammuffit\\w*|bolor\\w*)${E}`,
    `${B}(?:(?:felt|got|get|gets|getting|been|was|were|am) (?:really |so |violently )?(?:sick|ill)(?! of)|vomit\\w*|urgent care|a&e|swallowed|chok(?:ed|ing)|cut (?:my|the inside of my) (?:mouth|lip|tongue)|bristle|wire in|hair in (?:my|the)(?! (?:\\p{L}+ )?(?:shower|showers|bath|bathtub|tub|sink|basin|drain|plughole|bathroom|en-?suite|bed|beds|sheets?|pillows?|towels?|room|carpet|floor|toilet|loo))|(?:un |a )?cheveu|pelo en (?:mi|el)|haar (?:im|in)|capell[oi] nel|cabelo n[oa]|bout de plastique|plastic in (?:my|the)|plastico en|rash|hives|dermatolog\\w*|alergi[ac]\\w*|allergi[ec]\\w*|reacci[oó]n|r[eé]action allergique|reazione allergica|reac[cç][aã]o)${E}`,
    `${B}(?:(?:logged|signed) in(?:to)? my account|hacked|changed (?:the|my) bank details|wrong account|unauthori[sz]ed (?:access|login|payment|charge)|someone else'?s (?:data|account))`,
    // "¿Os han hackeado?", "vous avez été piratés ?", "seid ihr gehackt worden?", a leak of their data (six languages).
    `${B}(?:(?:os|les|te|nos) han hackeado|hackead[oa]s?|(?:vous avez|tu as|ils ont) ete pirat\\p{L}*|piratage|fuite de donnees|fuga de datos|filtracion de datos|datos filtrados|gehackt|hackerat\\p{L}*|violazione dei dati|fuga di dati|(?:foram|fostes) (?:hackead|invadid)\\p{L}*|vazamento de dados|fuga de dados|(?:phishing|scam|fake) (?:sms|text|email|message) (?:with|using|that had) (?:my|our) (?:name|order|details|data)|(?:sms|text|email|mensaje|message) (?:\\p{L}+ ){0,3}(?:con|with|avec|mit|com) (?:mi|my|mon|ma|meinem|meiner|o meu|a minha) (?:nombre|name|nom|namen|nome)(?: (?:y|and|et|und|e) (?:mi|my|mon|ma|meine[mr]?|o meu|a minha) (?:numero de pedido|order number|numero de commande|bestellnummer|numero (?:do|de) (?:pedido|encomenda)))?)${E}`,
    `${B}(?:a |une |un |una |eine |ein |uma |um )?(?:mouse|mice|rats?|cockroach(?:es)?|roach(?:es)?|souris|cafards?|rongeurs?|raton(?:es)?|ratas?|cucarachas?|maus|mause|ratten?|kakerlaken?|topi|topo|ratti?|scarafaggi?|(?<!(?<![\\p{L}\\p{N}])(?:el|un|al|buen|mal|otro|ese|este|largo|mucho|poco|cada) )ratos?|(?<!(?<![\\p{L}\\p{N}])(?:y|e|muy|bastante|super|son|es|era|eran|mas|tan|relativamente|bien|bonitas|baratas) )baratas?(?! (?:y|e|pero|mas|como)${E}))${E}(?! (?:pad|click))`,
    `${B}(?:could have|might have) (?:fallen|died|been (?:hurt|injured|killed))|${B}aurait pu (?:tomber|mourir|se blesser)|${B}(?:podria|pudo) haberse (?:caido|hecho dano)|${B}hatte (?:fallen|sterben) konnen|${B}(?:poteva|avrebbe potuto) cadere|${B}podia ter caido`,
    `${B}(?:railing|banister|gelander|garde-corps|barandilla|ringhiera|corrimao)\b.{0,60}\b(?:loose|broken|locker|kaputt|casse|rota|roto|rotta|partid)`,
    `${B}(?:balcony |stair |the )?(?:rail|railing|banister|handrail|balustrade)s?${E}.{0,40}${B}(?:moves|moved|wobbl\\w*|gives way|gave way|shakes|shook|comes? away|came away|not secure|isn'?t secure)${E}`,
    `${B}(?:(?:rechnungen|daten|kunden|konto) (?:eines|einer) (?:anderen|fremden)|(?:eines|einer) anderen (?:nutzers|kunden|nutzerin|kundin)|datenschutzproblem|datenpanne|factures d'un autre (?:client|utilisateur)|donnees d'un autre|facturas de otro (?:usuario|cliente)|datos de otro|fatture di un altro|dati di un altro|faturas de outro|dados de outro)${E}`,
    `${B}(?:loose|broken) (?:railing|balcony)|${B}gas leak|${B}carbon monoxide|${B}electric shock|${B}data (?:leak|breach)|${B}someone else'?s (?:\\p{L}+ )?(?:invoices?|data|accounts?|clients?|client list|customers?|details|information|info|addresses|bank details)${E}`,
    // Fire safety taken away: a smoke alarm off or missing, a fire exit blocked or locked (six languages).
    `${B}(?:(?:smoke|fire|co) (?:alarm|detector)s?(?: \\p{L}+){0,4} (?:disconnected|unplugged|removed|missing|taped|covered|(?:not|wasn'?t|didn'?t|doesn'?t|isn'?t) (?:working|work|connected)|had no batter\\w*|without batter\\w*|ripped)|(?:no|missing) (?:smoke|fire) (?:alarm|detector)s?|fire (?:exit|escape|door)s?(?: \\p{L}+){0,3} (?:blocked|locked|chained|padlocked|bolted)|detecteurs? de fumee(?: \\p{L}+){0,4} (?:debranche|arrache|absent|ne fonctionn)\\w*|(?:issue|sortie) de secours(?: \\p{L}+){0,3} (?:bloquee|fermee a cle|condamnee|encombree)|detector(?:es)? de humo(?: \\p{L}+){0,4} (?:desconectad|arrancad|no funcion|quitad)\\w*|salida de emergencia(?: \\p{L}+){0,3} (?:bloquead|cerrad)\\w*|rauchmelder(?: \\p{L}+){0,4} (?:abgeklemmt|abmontiert|fehlte|fehlt|ausgebaut|ohne batterie|funktionierte nicht)|notausgang(?: \\p{L}+){0,3} (?:verstellt|blockiert|versperrt|abgeschlossen|zugestellt)|rilevatore di fumo(?: \\p{L}+){0,4} (?:staccat|scollegat|rimoss|non funzion)\\w*|uscita di (?:emergenza|sicurezza)(?: \\p{L}+){0,3} (?:bloccat|chius|ostruit)\\w*|detetor(?:es)? de fumo(?: \\p{L}+){0,4} (?:desligad|arrancad|nao funcion)\\w*|saida de emergencia(?: \\p{L}+){0,3} (?:bloquead|fechad|trancad)\\w*)`,
    // Another customer's data sent to them: "an email with another customer's invoices", "los datos de otro cliente".
    `${B}(?:another|other|a different) (?:customer|client|user|guest|person)(?:'s|s'|s)? (?:\\p{L}+ ){0,2}(?:invoices?|data|details|information|info|bank details|card details|account|phone number|emails?|documents?)|(?:datos|facturas) de otr[oa] (?:cliente|usuari[oa]|persona)|(?:dati|fatture) di un altr[oa] (?:cliente|utente|persona)|(?:dados|faturas) de outr[oa] (?:cliente|utilizador|usuario|pessoa)|(?:donnees|coordonnees) d'un(?:e)? autre (?:client|utilisateur|personne)`,
    // A smell of gas, smoke or burning in a room, and "this is life-threatening" (six languages).
    `${B}(?:(?:smell(?:ed|s|t)? (?:of |like )?|smelling of )(?:gas|burning)|gas smell|odeur de (?:gaz|brule)|sentait le gaz|olor (?:a|de) (?:gas|quemado)|ol[ií]a a gas|(?:nach )?gas (?:gerochen|riecht|roch)|gasgeruch|odore di (?:gas|bruciato)|puzza di gas|sapeva di gas|cheiro (?:a|de) (?:gas|queimado)|cheirava a gas|life-threatening|lebensgefahrlich|dangereux pour (?:la vie|notre sante)|peligro de muerte|pericolo di vita|risco de vida)${E}`,
    // Someone hurt: cuts, injuries, stitches, a hospital or A&E visit (six languages).
    `${B}(?:injur(?:ed|y|ies)|(?:started|kept|still) bleeding|bleeding (?:from|badly|heavily|everywhere)|stitches|shattered|scalded|slipped and fell|(?:slipped|fell|tripped)(?: \\w+){0,6} (?:and )?(?:broke|broken|fractured|sprained|twisted|hurt|cut|bruised|hit) (?:my|his|her|their|our)|(?:broke|broken|fractured|sprained) (?:my|his|her|their|our) (?:wrist|arm|leg|ankle|hip|knee|toe|toes|finger|fingers|nose|tooth|teeth|collarbone|shoulder|foot|elbow|rib|ribs)|concussion|s'est (?:casse|fracture|foule|tordu) (?:le|la|les|un|une)|se (?:rompio|fracturo|partio|lesiono|hizo dano en) (?:el|la|los|las|un|una)|hat sich (?:\\w+ ){0,3}(?:gebrochen|verstaucht)|(?:arm|bein|handgelenk|knochel|fuss|hand|nase) gebrochen|si e (?:rott[oa]|fratturat[oa]|slogat[oa]) (?:il|la|lo|un|una)|(?:partiu|fraturou|torceu) (?:o|a) (?:braco|perna|pulso|pe|mao|tornozelo|nariz)|(?:cut|burnt|burned) (?:my|his|her|their|our) (?:foot|feet|hand|hands|finger|fingers|leg|arm|face|head)|schnittwund\\w*|verletz\\w*|spital|krankenhaus|zersplittert|genaht|blesse(?:e|s|es)?|coupures?|hopital|points de suture|herid[oa]s?|puntos de sutura|ferit[oaie]|ospedale|punti di sutura|ferid[oa]s?|levou pontos|feriment\\w*)${E}`,
    // "Das hätte böse enden können", "could have ended badly", "nearly hit my daughter": someone was nearly hurt (six languages).
    `${B}(?:could(?: have|'ve) (?:ended|gone|turned out) (?:really |so |very )?badly|someone could (?:have|'ve) (?:been|got|gotten) (?:hurt|injured|killed)|(?:nearly|almost|narrowly|only just) (?:hit|missed|landed on|fell on|crushed|struck) (?:my|our|his|her|their|a) (?:\\p{L}+ )?(?:daughter|son|kids?|child|children|baby|toddler|wife|husband|partner|mum|mom|dad|head|foot|feet|hand|leg|guest|customer)|hatte (?:auch |sehr |richtig )?(?:bose|ubel|schlimm) (?:enden|ausgehen) konnen|knapp an (?:meiner|meinem|unserer|unserem|ihrer|seinem|seiner) \\p{L}+(?: \\(\\d+\\))? vorbei|aurait pu (?:tres |vraiment )?mal (?:finir|tourner|se terminer)|a failli (?:tomber sur|toucher|blesser|ecraser)|(?:podria|pudo|podia) (?:haber )?(?:acabado|terminado|acabar|terminar) (?:muy )?mal|por poco (?:le |me |nos |les )?(?:cae|cayo|da|dio|golpea|golpeo) (?:a|en)|poteva (?:finire|andare) (?:molto )?male|per poco non (?:colpiva|cadeva|prendeva)|podia ter (?:acabado|corrido|terminado) (?:muito )?mal|por pouco nao (?:atingiu|caiu|acertou))${E}`,
    // "It could have ended much worse", in six languages: someone was nearly hurt.
    `${B}(?:could have (?:ended|been) (?:so |much |far |a lot )?worse|aurait pu (?:etre |finir )?(?:bien |beaucoup |tellement )?pire|podria haber (?:sido|acabado|terminado) (?:mucho )?peor|hatte (?:viel |noch )?schlimmer (?:enden|ausgehen|kommen) konnen|poteva (?:finire|andare) (?:molto |ben )?peggio|podia ter (?:sido|acabado|corrido) (?:muito )?pior)${E}|${B}(?:in mille pezzi|en mil pedazos|in tausend stucke|en mille morceaux|em mil pedacos|into a thousand pieces)|${B}taglietti?${E}`,
    // Something heavy fell near a child: "a patio heater tipped over about a foot from my daughter's high chair".
    `${B}(?:tipped|fell|toppled|crashed|came down|blew) (?:over )?(?:\\p{L}+ |\\d+ ){0,6}(?:from|next to|near|beside|onto|on ?to|inches from) (?:my|our|his|her|a) (?:\\p{L}+'s )?(?:daughter|son|kids?|child|children|baby|toddler|high ?chair|pram|buggy|stroller|head)`,
    // A child or a guest cut and bleeding, in five more languages ("le ha hecho un corte en el talón que ha sangrado").
    `${B}(?:(?:le|me|nos) (?:ha|han) hecho (?:un )?corte|ha sangrado|sangraba|(?:une )?coupure (?:au|a la|sur)|a saigne|saignait|(?:hat|hatte) geblutet|blutete|schnittwunde|ha sanguinato|sanguinava|(?:fez|fizeram) um corte|sangrou|sangrava)${E}`,
    // Data that is not theirs in their account: "drei Firmen, die nicht meine sind", "fremde Daten", "invoices that aren't mine".
    `${B}(?:fremde (?:daten|rechnungen|kunden|firmen)|die nicht (?:meine|unsere) sind|(?:invoices?|data|clients?|customers?|companies|accounts?)(?: \\p{L}+){0,4} (?:that|which) (?:are|were)(?:n'?t| not) (?:mine|ours)|qui ne sont pas (?:les miennes|les miens|a moi)|que no son (?:mios|mias|nuestros)|che non sono (?:miei|mie|nostri)|que nao sao (?:meus|minhas|nossos))${E}`,
    // Hurt on our premises ("twisted her ankle"), and an allergen served after the allergy was named.
    `${B}(?:twisted|sprained|broke|fractured|hurt|injured) (?:my|his|her|their|our|your) (?:ankle|wrist|knee|leg|arm|back|hip|foot|shoulder)${E}`,
    `${B}(?:allerg(?:y|ies|ic)|coeliac|celiac|anaphyla\\w*)${E}.{0,100}${B}(?:came with|arrived with|had|with|topped with|sprinkled with|covered in|full of|contained|containing)(?: \\w+){0,3} (?:nuts|almonds|peanuts|walnuts|hazelnuts|cashews|pecans|pistachios|sesame|gluten|wheat|dairy|milk|shellfish|prawns|shrimp|egg|eggs)${E}`,
    // Bare wires within reach: "exposed wires behind the bed", "ein offenes Stromkabel… die Drähte liegen blank".
    `${B}(?:(?:exposed|live|bare|loose) (?:electrical |electric )?wires?|wires? (?:hanging|sticking) out|(?:offene?s?|blanke?) (?:strom)?kabel|drahte liegen blank|fils (?:electriques )?(?:denudes|a nu)|cables? (?:pelados?|al descubierto)|cavi (?:elettrici )?scoperti|fios (?:descarnados|expostos))${E}`,
    // Electric shock, and one customer's data sent to another (six languages).
    `${B}(?:electrocut\\w*|s'electrocuter|electrocuter|electrocutarse|electrocutad[oa]|stromschlag\\w*|folgorat\\w*|fulminat[oi]|eletrocut\\w*|choque electrico|choque eletrico|decharge electrique|scossa elettrica)${E}`,
    `${B}(?:sent|send|sends|emailed|showed|shows|showing) (?:one |a |my |our )?(?:client|customer|user)'?s? (?:invoices?|data|details|records|files) to (?:another|a different|the wrong|other) (?:client|customer|user|person)`,
    // fr / es / de / it / pt
    `${B}(?:intoxication alimentaire|punaises de lit|morceau de verre|du verre dans|urgences)`,
    `${B}(?:intoxicacion|chinches|trozo de cristal|cristal en|urgencias)`,
    `${B}(?:lebensmittelvergiftung|bettwanzen|glassplitter|glas im|notaufnahme|datenleck|fremden firma)`,
    `${B}(?:intossicazione|cimici|pezzo di vetro|vetro nel|pronto soccorso|(?:sentit[oa]|stat[oia]|stati|state) male dopo)`,
    `${B}(?:rambarde|garde-corps|balustrade)${E}.{0,60}(?:bouge|branlant|descelle|casse|tient mal)`,
    `${B}(?:intoxicacao|percevejos|pedaco de vidro|vidro na|vidro no)`,
  ].join('|'),
);

export const LEGAL = re(
  [
    `${B}(?:lawyers?|attorneys?|solicitors?|legal action|legal advice|lawsuit|class action|small claims|sue (?:you|them)|suing|see you in court|take (?:you|them) to court|seeking damages|damages under)`,
    `${B}(?:bbb|better business bureau|trading standards|ombudsman|attorney general|ftc|cfpb|citizens advice)${E}`,
    // "We have retained counsel and will be filing an ADA complaint": counsel, a disability-rights or civil-rights claim.
    `${B}(?:(?:retained|hired|consulted|engaged|contacted|instructed|speaking (?:to|with)|talking to) (?:a |an |our |my )?(?:legal )?counsel|(?:ada|disability discrimination|civil rights|eeoc|human rights commission) (?:complaint|claim|lawsuit|suit|violation)s?|(?:violat\w+|breach\w*) (?:of )?(?:the )?(?:ada|americans with disabilities act|equality act|disability discrimination act))${E}`,
    // A theft or a crime reported: the police are involved, in six languages.
    `${B}(?:(?:the )?police (?:are|were|have been|has been|is) (?:involved|called|informed|notified)|(?:called|contacted|phoned|rang|told) the police|(?:filed|made|filing|making) a police report|police report|porte plainte|plainte a la police|denuncia (?:a|en) la policia|denuncia en comisaria|anzeige (?:bei der polizei|erstattet)|polizei (?:eingeschaltet|informiert|gerufen)|denuncia (?:ai carabinieri|alla polizia)|queixa (?:na|a) policia|participacao (?:na|a) policia)${E}`,
    `${B}(?:consumer (?:protection|rights|affairs)(?: agency| office| authority)?|(?:filed|lodged|made|opened|submitted) a (?:formal )?(?:complaint|claim|report|case) with(?! (?:the )?(?:\\p{L}+ ){0,2}(?:public health|health (?:department|dept|inspectors?|authority|board)|environmental health|food (?:standards|safety)))|reported (?:you|this|them|it) to (?:the )?(?:police|authorities|regulator|consumer|ftc|attorney)|regulator|data protection authority|ico${E}|financial ombudsman)`,
    `${B}(?:avocats?|mise en demeure|tribunal|poursuites|plainte (?:contre|aupres)|dgccrf|60 millions de consommateurs|conciliateur|association de (?:defense des )?consommateurs|ufc.que choisir)`,
    `${B}(?:asociacion de consumidores|associazione (?:dei )?consumatori|associacao de (?:defesa do )?consumidor(?:es)?)`,
    // "transmis le dossier à la Fédération romande des consommateurs et à mon assurance protection juridique".
    `${B}(?:federation (?:romande |francaise )?des consommateurs|frc${E}|konsumentenschutz|konsumentenforum|(?:assurance )?protection juridique|rechtsschutz(?:versicherung)?|tutela legale|proteccion juridica|protecao juridica|legal (?:expenses|protection) (?:insurance|cover))`,
    // A formal complaint lodged with a consumer body ("pongo una reclamación en la OCU", "hoja de reclamaciones").
    `${B}(?:reclamacion|denuncia|queja) (?:formal )?(?:en|a|ante|con) (?:la |el )?(?:ocu|facua|omic|consumo|oficina del consumidor)${E}|${B}hoja de reclamaciones`,
    `${B}(?:abogados?|demanda(?:re|remos)? |denuncia(?:re)?|tribunales?|juzgado|consumo)${E}`,
    `${B}(?:anwalt|anwaltin|anwalte|rechtsanwalt|klage|(?:vor|zum|ans|beim|vors) (?:das )?gericht${E}|gerichtlich\\w*|gerichtsverfahren|verbraucherzentrale|schlichtungsstelle|abmahnung|mahnverfahren|mahnbescheid|amtsgericht|landgericht)`,
    `${B}(?:avvocat[oi]|denuncia|tribunale|querela|codacons|altroconsumo|antitrust|agcm|segnalazione (?:all'|alla |al )?(?:antitrust|agcm|autorita|garante|guardia di finanza|asl))`,
    // A data-protection request or complaint under the law: "Art. 15 DSGVO", "RGPD", a complaint to the data protection officer or authority.
    `${B}(?:art(?:\\.|ikel|icle|iculo|igo|icolo)? ?\\d+ (?:der |du |del |do |of the )?(?:dsgvo|gdpr|rgpd|uk gdpr)|(?:beschwerde|complaint|plainte|reclamacion|reclamo|queixa|reclamo) (?:bei|with|to|aupres de|a|ante|al|alla|junto d[ao]) (?:der |dem |the |la |el |il |o |a )?(?:\\p{L}+ )?(?:datenschutz\\p{L}*|data protection \\p{L}+|cnil|aepd|garante(?: della privacy)?|cnpd|ico)|datenschutzbeauftragte\\p{L}*|datenschutzbehorde|aufsichtsbehorde|cnil${E}|aepd${E}|garante (?:della|per la) (?:privacy|protezione))`,
    `${B}(?:advogad[oa]s?|processo judicial|tribunal|deco proteste|livro de reclamacoes|procon)`,
    // A complaint filed with a data-protection authority, or a formal data request under the law.
    `${B}(?:datenschutzbeauftragt\\w*|data protection (?:commissioner|authority|officer)|cnil|aepd|garante (?:della |per la )?privacy|cnpd|art\\.? ?15 (?:dsgvo|gdpr|rgpd)|subject access request|beschwerde (?:bei|an) (?:der|dem|die)${E}.{0,60}${B}(?:eingereicht|eingelegt|erhoben)|(?:j'ai |nous avons )?(?:porte|depose) plainte|he presentado una (?:denuncia|reclamacion) ante|ho (?:presentato|fatto) (?:un )?(?:reclamo|esposto) al|apresentei (?:uma )?queixa (?:na|a|junto d))${E}`,
    // A legal department, a cease-and-desist, a formal notice, in six languages.
    `${B}(?:cease and desist|cease-and-desist|legal (?:department|team|counsel)|trademark infringement|copyright infringement|rechtsabteilung|unterlassungs(?:erklarung|klage|aufforderung)|rechtliche schritte|strafanzeige|datenschutzbehorde|service juridique|action en justice|departamento (?:legal|juridico)|acciones legales|burofax|ufficio legale|diffida|azioni legali|vie legali|acao judicial|medidas legais)${E}`,
  ].join('|'),
);

export const REFUND = re(
  [
    `${B}(?:refund|reimburse|money back|(?:the |my )?difference back|(?:pay|give) (?:me |us )?(?:the difference|it) back|my money|charge ?back|charged (?:me )?twice|double charged|cancel(?:l?ed|l?ing|lation)?${E})`,
    `${B}(?:rembours|debite|preleve|annul)`,
    `${B}(?:reembolso|reembols|reemborsa|(?<!(?<![\\p{L}\\p{N}])(?:etiquetas?|formulario|politica|plazo|proceso|direccion|instrucciones|gastos) de )devolucion(?! de (?:la|las|los|el|unas|unos|mis) (?!\\d)\\p{L})|devolved|devolver mi dinero|mi dinero|cobrado|cobraron|cancel|devolver(?:me|nos) (?:el dinero|los? (?:\\d|€))|(?:rendre|rends|rendez)(?:-moi)? (?:mon|l')argent)`,
    `${B}(?:erstatt|ruckerstatt|zuruckerstatt|geld zuruck|abgebucht|gekundigt|kundigung|(?<!rechnung\\p{L}*(?: \\p{L}+){0,3} )storn)`,
    `${B}(?:rimbors|addebitat|annull|disdett)`,
    `${B}(?:reembols|devolucao|meu dinheiro|cobrad[oa]|cancel)`,
  ].join('|'),
);

/**
 * Their own audience counted, in any language and with thousands separators ("to my 60k followers",
 * "mis 5.000 seguidores", "meinen 8.000 Followern"): a threat to go public when they complain, a
 * food blogger's hello when they do not (read.ts decides).
 */
export const AUDIENCE = re(
  `${B}(?:i have|i've got|with|to|my|tengo|tenho|j'ai|habe|ho|mis|mes|meine[nm]?|miei|meus|minhas?) (?<![\\d.,])\\d+(?:[.,  ]\\d{3})*(?:[.,]\\d+)?k? (?:\\p{L}+ )?(?:followers?|followern|seguidores|abonnes|abonnenten|iscritti|subscribers|abonnenti)${E}|` +
    // "going straight to my local Facebook group with 20,000 members": an audience of their own.
    `${B}(?:going|goes|is going) (?:straight |right )?(?:to|on|up on|into) (?:my|our|the) (?:local |neighbou?rhood |community |village |town |parents'? |mums'? )?(?:facebook|fb|whatsapp|nextdoor|community) (?:group|page|forum|chat)${E}`,
);

/** Promotions, scams, follower selling, crypto, prizes, phishing for page owners. */
export const SPAM = re(
  [
    // Another brand's collaboration pitch, with its discount code or its profile: "nos encantaría colaborar… código LUNARES10".
    `${B}(?:(?:would|'d|are|'re) (?:love|keen|happy) to (?:collaborate|collab|partner)|(?:nos )?encantaria colaborar|(?:on )?aimerait collaborer|nous aimerions collaborer|(?:wurden|mochten) (?:gerne|gern) (?:mit (?:euch|ihnen) )?(?:zusammenarbeiten|kooperieren)|ci piacerebbe collaborare|adorariamos colaborar|gostariamos de colaborar)${E}.{0,240}${B}(?:codigo|code|codice|descuento|discount|rabatt|sconto|desconto|perfil|profil|profile|bio)${E}`,
    // Services sold in the comments and follow-for-follow: "We are a marketing agency, can we send you a proposal?", "follow back?".
    `${B}(?:(?:we are|we're|i am|i'm) (?:a|an) (?:\\p{L}+ ){0,2}(?:marketing|seo|digital|social media|web design|web development|advertising|growth|branding|smm|lead generation) (?:agency|company|expert|specialist|consultant|firm|team)|can (?:we|i) send you (?:a|our|my) (?:proposal|offer|portfolio|rate card)|(?:boost|grow|increase) your (?:page|followers|following|sales|engagement|instagram|reach)|follow (?:back|for follow|4 follow)|f4f|l4l|followback)${E}`,
    // The partnership scam: "Hello dear, I am interested in your business, kindly reply to my email for partnership".
    `${B}(?:(?:hello|hi|good day|greetings) dear(?: friend| sir| madam)?[,!.]? (?:i am|i'm|we are|my name is) (?:interested|writing|contacting|reaching)|(?:i am|i'm|we are) (?:very )?interested in your (?:business|company|brand|page|account)(?:,| and| so)? (?:kindly|please) (?:reply|contact|write|email|dm|message)|kindly (?:reply|contact|get back|write|revert|respond) (?:\\p{L}+ ){0,4}(?:for|about|regarding) (?:a |the |our )?(?:business |mutual )?(?:partnership|collaboration|collab|sponsorship|proposal|business opportunity)|(?:email|contact|write|reply to|dm) (?:me|us) (?:\\p{L}+ ){0,3}for (?:a )?(?:business )?(?:partnership|collaboration|collab|sponsorship))${E}`,
    // A prize to claim through a link, bank details asked: a scam, whoever it names (six languages).
    `${B}(?:(?:reclamar|reclama|claim|reclamer|riscuotere|ritirare|resgatar|abholen|einlosen) (?:tu |your |votre |ton |il tuo |o seu |deinen |ihren |su )?(?:premio|prize|prix|lot|gewinn|regalo|cadeau|gift|premio)|(?:confirma|confirm|confirmez|bestatige|conferma|confirme)(?:r)? (?:tus |your |vos |deine |i tuoi |os seus )?(?:datos bancarios|bank details|card details|coordonnees bancaires|bankdaten|dati bancari|dados bancarios)|(?:link|enlace|lien) (?:in|en|de|dans|della|na) (?:(?:my|our|nuestra|notre|la nostra|a nossa|unserer|la) )?bio)${E}`,
    `${B}(?:earn|make) \\$?\\d[\\d,.]*k?(?: ?(?:\\$|usd|€|eur|£))? ?(?:a|per|/) ?(?:day|week|month)`,
    `${B}(?:real|cheap|buy|more|free|get \\d+k?|kostenlose|gratis|gratuits) (?:real |echte )?(?:(?:instagram|insta|tiktok|youtube|ig|twitter|facebook|fb) )?(?:followers?|likes|subscribers|abonnes|seguidores|abonnenten)`,
    // Follow-to-win and tag-your-friends giveaways, a bot's "check my profile", links in the bio (six languages).
    `${B}(?:giving away|we'?re giving|(?:tag|taggez|taguez|etiqueta|etiquetad|marquem|marca|markiert|markier|tagga|taggate) (?:\\d+|two|three|deux|trois|dos|tres|zwei|drei|due|tre|duas|tres) (?:friends|amis|amigos|amigas|freunde|amici|amiche)|(?:follow (?:us|me)|suivez-(?:nous|moi)|siguenos|sigueme|sigam|siga-nos|seguici|seguimi|folgt (?:uns|mir)|folge (?:uns|mir))\\W+(?:\\w+\\W+){0,3}(?:to win|pour gagner|para ganar|para ganhar|per vincere|und gewinne)|check (?:out )?my (?:profile|page|bio|pics|photos)|(?:lien dans (?:la|ma) bio|link en (?:la|mi) bio|link na bio|link nella bio|link in der bio))`,
    `${B}(?:crypto|bitcoin|btc|forex|trading signals?|investment opportunity|passive income|trading de cripto|gana \\d+ ?(?:€|euros?|\\$|dolares|mil|al (?:dia|mes)|a la semana|por (?:dia|semana|mes)))`,
    // Money made from home, said together ("gagnez 500 € depuis chez vous"); "from home" alone is a customer's day.
    `(?:${B}(?:gagn|gana|ganar|ganh|verdien|guadagn|earn|dinero|dinheiro|soldi|argent|geld|money)|\\d ?(?:€|\\$|eur)|[€$] ?\\d)[^.!?\\n]{0,60}${B}(?:depuis chez (?:vous|toi)|desde casa|sem sair de casa|von zu hause|da casa|from home)${E}`,
    `${B}(?:dm|message|inbox|write) (?:me|us) (?:for|to)|${B}escribeme por privado|${B}mp moi|${B}schreib mir privat`,
    // "Info by DM" sells; "I wrote to you by DM" is a customer waiting for an answer.
    `${B}(?:infos?|informacion|precios|prix|tarifs|pedidos|commandes|detalles|anfragen|preise|prezzi|ordini|escribeme|escribenos|ecrivez-moi|ecris-moi|contactez-moi|mandame)\\W+(?:\\p{L}+\\W+)?(?:en mp|por dm|por md|per pn|per dm)${E}`,
    // Phishing: asking for a password, a login code or card details in public, or "restore your account" by DM.
    `${B}(?:(?:dm|send|message|give|share|whatsapp|email) (?:us|me)? ?(?:with )?(?:your )?(?:\\w+ )?(?:and |& )?(?:your )?(?:password|passcode|pin|login details|login code|verification code|card details|card number|seed phrase|recovery phrase)|restore your account|recover your account|account (?:recovery|restoration) team|(?:envoyez|envoie|donnez|donne)[- ](?:nous|moi) (?:votre|ton) (?:mot de passe|code)|(?:envianos|mandanos|enviame|mandame) (?:tu|su) (?:contrasena|clave|codigo)|(?:schick|sende|senden sie) (?:uns|mir) (?:dein|ihr) (?:passwort|kennwort)|(?:inviaci|mandaci|inviami|mandami) (?:la tua|la sua) (?:password|codice)|(?:envie|mande)[- ]?(?:nos|me) (?:a sua|sua|a tua|tua) senha)${E}`,
    `${B}(?:verified badge|verify your (?:account|page)|(?:your|this) (?:account|page|profile|business page) will be (?:permanently )?(?:disabled|deleted|suspended)|violat(?:ing|ed|es) (?:our )?(?:trademark|community) (?:policy|standards|guidelines)|claim it within|appeal,? verify)`,
    `${B}(?:check out|visit) (?:my|our) (?:page|profile|channel|site)|${B}(?:up to \\d+% off|best (?:hotel )?deals|promo code|click the link|link in (?:my )?bio)`,
    `${B}(?:congratulations?|congrats),? you (?:have )?won|${B}you've been selected|${B}your page (?:was|has been) selected`,
    `${B}(?:bit\\.ly|tinyurl|t\\.me/)`,
    `${B}(?:follow (?:x|for|4) follow|f4f|l4l|sigueme y te sigo|seguimi e ricambio|suivez-moi et je (?:vous )?suis|folge mir und ich folge)|${B}(?:giveaway|sorteo|concours|gewinnspiel|concorso|sorteio)${E}.{0,80}(?:win|gana|gagne|gewinne|vinci|ganhe|follow|sigue|suivez|folge|segui)|${B}(?:abonnes|seguidores|follower|iscritti|abonnenten) (?:et likes |y likes |e likes |und likes )?(?:pas chers|baratos|economici|gunstig|baratos)|${B}(?:love to|want to|wanna) collab|${B}dm us on our (?:main )?(?:account|page)`,
    `${B}(?:seo services|grow your (?:\\w+ )?(?:business|page|account|channel|following)|i help (?:\\w+ ){1,3}(?:cut|save|grow|get|earn|make))`,
    // Followers sold by the thousand, not the author's own count ("Tengo 40k seguidores", "to my 60k
    // followers" are a threat to go viral).
    `${B}(?<!(?<![\\p{L}\\p{N}])(?:have|got|tengo|tenho|j'ai|habe|ho|with|con|avec|mit|com|my|our|mes|mis|mi|meine|meinen|meinem|miei|i miei|meus|os meus|minha|nos|nuestros|nossos) )(?<![\\d.,])(?<!\\d[  ])\\d+(?:[.,  ]\\d{3})*(?:[.,]\\d+)?k? (?:real |echte )?(?:followers?|follower[n]?|likes|subscribers|views|abonnes|seguidores|abonnenten|iscritti)`,
    `${B}(?:sub(?:scribe)? (?:to|2) my (?:channel|page)|sub (?:4|for) sub|(?:rt|retweet|share|like) if you agree|brand ambassador|collab with you|promote (?:this|it|your \\w+) on|link in (?:my )?(?:bio|profile)|portfolio in my profile|go watch and subscribe|subscribe to my|check out my (?:video|channel|page|profile)|drop your cash ?app|telegram @|blue tick|get verified|would like us to be friends|be friends with you|selling \\d+ tickets|dm me if interested|(?:essays?|dissertations?|assignments?|homework) (?:help|writing|written|done|for cheap)|(?:write|writing) (?:your |my )?(?:essays?|dissertations?|assignments?)|keto (?:gummies|pills|diet pills|drops)|gummies|lose \\d+ ?(?:lbs|kg|pounds))`,
    `${B}(?:gagnez|gana|ganhe|verdiene|guadagna|earn) (?:[$€£]|\\d[\\d.,]*(?: ?mil)? ?(?:€|\\$|£|eur|euros?|dolares|dollars?|reais|r\\$|k|al |a la |am |im |al |por |par |per |a |en )|dinero|dinheiro|geld|soldi|money)|${B}(?:je vends|vendo|ich biete|vendiamo|vendo) (?:des |tes |los |seguidores|follower|abonnes|günstige|gunstige)|${B}(?:seguidores|abonnes|follower) (?:reales|reais|pas chers|baratos|italiani|brasileiros|und likes)|${B}(?:reclama tu|ritiralo|resgate seu|hai vinto|foi sorteado|gewinnen!|gratis iphone)|${B}(?:reclama|gana|ganar|consigue|llevate|recibe|regalamos|vinci|vinto|ricevi|riscatta) (?:\\p{L}+ ){0,3}(?:tarjeta regalo|buono amazon)|${B}(?:chama no (?:privado|direct)|scrivimi in privato|schreib mir eine dm)`,
    `${B}(?:\\d+ avis google|avis google (?:garantis|positifs|5 etoiles)|(?:acheter|achetez|achete) des avis|etoiles garantis|guaranteed (?:reviews|5 stars|five stars|results)|page 1 of google|first page of google|rank (?:#?1|first) on google|whatsapp (?:me|us)|ecrivez-nous sur whatsapp)`,
    `${B}(?:you have been selected|you've been selected|selected to receive|claim here|free iphone|gift card giveaway|make money (?:online|fast)|promo code)`,
    // Prize bait, "follow @x for codes", phishing that poses as a bank or the site, "visit my profile for offers".
    `${B}(?:claim (?:your|a) (?:free )?(?:\\$?\\d+ )?(?:gift ?card|voucher|prize|reward|iphone)|free \\$?\\d+ (?:gift ?card|voucher)|follow @[\\w.]+ (?:for|to get) (?:the )?(?:best )?(?:discount|deals?|codes?|coupons?|offers?|giveaways?|free)|your (?:account|card) (?:is|has been|was|will be) (?:temporarily )?(?:suspended|locked|blocked|frozen|restricted)|verify your (?:details|identity|information|info|payment|card|bank)|(?:visit|visita|visitez|visite|besucht?|besuchen sie) (?:my|il mio|mon|mi|meu|o meu|mein(?:en)?) (?:profile|profilo|profil|perfil|page|pagina|seite) (?:for|per|pour|para|fur)${E})`,
    `${B}(?:dm (?:us|me) now|book a free (?:call|consultation)|check (?:out )?my channel|free iphone|claim your (?:prize|reward|gift)|you(?:'ve| have) won|copyright (?:infringement|violation|report)|your (?:account|page) will be (?:removed|restricted))`,
  ].join('|'),
);

/**
 * Words that sell only in company: each is also a customer's ("20% off at the counter", "I'll post
 * it on my channel", "my account will be deleted", "paid with a gift card"). They make spam only with
 * a second sign (another of them, a link, a number to call) and no problem told.
 */
export const SPAM_WEAK = reRare(
  [
    `${B}(?:(?<!(?<![\\p{L}\\p{N}])(?:offered|offer|offering|gave|give|giving|got|get|only|just|a|with|us|me|him|her|them|said|asked for|ask for|for) )\\d+% off|today only|limited (?:time )?offer|work from home|trabajo desde casa|desde casa con|be your own boss|spots? left|more customers|more clients|plus de clients|mas clientes|mehr kunden|we help (?:\\w+ ){0,2}(?:get|grow)|for (?:just|only) [£$€]\\d+|only \\$\\d+!|cash ?app|through my channel|on my channel|will be (?:permanently )?(?:disabled|deleted|suspended)|tarjeta regalo|buono amazon)${E}`,
    `${B}(?:en mp|por dm|per pn)${E}`,
  ].join('|'),
  'gu',
);

/**
 * An advert for a service that has nothing to do with the page ("Need a plumber? Call Dave
 * 07700 900123, cheap rates"): sales words, read together with a way to reach the seller
 * (SELLER_CONTACT) so a customer who gives their own number is not taken for one.
 */
export const SERVICE_AD = reRare(
  [
    `^\\W*(?:need|looking for|want) (?:an? |some )?[\\w-]+(?: [\\w-]+)?\\s*\\?`,
    `${B}(?:cheap(?:est)? (?:rates|prices)|best (?:rates|prices)|low (?:rates|prices)|reasonable rates|competitive (?:rates|prices)|affordable (?:rates|prices)|free (?:quotes?|estimates?)|no job too (?:small|big)|24/7|fully insured|all areas covered|(?:dm|message|pm|inbox) (?:me |us )?for (?:prices|rates|a quote|details|more info|bookings)|prices? (?:start|from) (?:at |from )?[£$€]?\\d)`,
    `^\\W*besoin d'(?:un|une) [\\w-]+(?: [\\w-]+)?\\s*\\?|${B}(?:devis gratuits?|prix (?:imbattables|bas|casses|defiant toute concurrence)|tarifs? (?:bas|imbattables|reduits|interessants)|mp pour (?:les )?(?:prix|tarifs|infos)|intervention rapide)`,
    `^\\W*(?:necesitas|necesita|buscas) (?:un|una) [\\w-]+(?: [\\w-]+)?\\s*\\?|${B}(?:presupuestos? (?:gratis|sin compromiso)|precios (?:economicos|bajos|baratos|imbatibles)|md para (?:precios|info)|escribeme para precios)`,
    `^\\W*(?:brauchen sie|brauchst du|suchen sie|suchst du) (?:einen|eine|ein) [\\w-]+\\s*\\?|${B}(?:kostenlose[sn]? (?:angebot|kostenvoranschlag)|gunstige preise|faire preise|top preise|pn fur preise)`,
    `^\\W*(?:hai bisogno di|cerchi) (?:un|una|uno) [\\w-]+\\s*\\?|${B}(?:preventivi? gratuit[oi]|prezzi (?:bassi|modici|economici|imbattibili)|scrivimi per (?:prezzi|info))`,
    `^\\W*(?:precisa de|procura) (?:um|uma) [\\w-]+\\s*\\?|${B}(?:orcamentos? (?:gratis|gratuitos?|sem compromisso)|precos (?:baixos|acessiveis|imbativeis)|chama (?:no|na) (?:dm|direct|privado) para precos)`,
  ].join('|'),
);

/** A way to reach a seller: a phone number, WhatsApp, "call/text Dave", "DM for prices". */
export const SELLER_CONTACT = re(
  `(?:\\+?\\d[\\d ().-]{7,}\\d)|${B}(?:whats ?app|wa\\.me|telegram|(?:call|text|ring|phone|contact) (?:\\p{L}+ )?(?:on |at )?\\+?\\d|(?:call|text|ring) (?:me|us|now|today)|(?:dm|message|pm|inbox|mp|md|pn) (?:me |us )?(?:for|pour|para|fur|per)|appelez|contactez-(?:moi|nous)|llam(?:a|ame|enos)|ruf(?:en sie)? (?:mich |uns )?an|anrufen|chiama(?:mi|ci)?|ligue|liga(?:-me)?)`,
);

/** Asking something: also without "?" ("wondering if you do catering"). */
/** Asking without a question mark: "wondering if you do catering", "whats the wifi password". */
export const ASK_PHRASE = re(
  [
    `${B}(?:i was wondering|wondering if|can you (?:tell|let) me|please (?:advise|let me know)|would love to (?:know|get a quote)|je me demandais|je voulais savoir|pourriez-vous me dire|me gustaria saber|quisiera saber|queria saber|ich wollte fragen|mi chiedevo|volevo sapere|gostaria de saber|queria saber)`,
    `^(?:hey |hi |hiya |hello |yo |quick q:? |quick question:? )?(?:(?:does|do|did|is|are|has|have|r)\\s+(?:the|there|it|this|that|your|you|u|ya|yall|y'all|anyone|any|a|an|i|we|they)\\s|(?:can|could|would|will|should|may)\\s+(?:i|we|you|u|ya|they|one|anyone|someone)\\s|(?:whats|what's|what is|where is|where's|when is|when do|how much|how long|how do|which)\\s)`,
    `^(?:est-ce que|y a-t-il|avez-vous|acceptez-vous|pouvez-vous|pourriez-vous|hay |teneis |tienen |haceis |pueden |podeis |podrian |gibt es |habt ihr |haben sie |konnen sie |konnt ihr |c'e |ci sono |avete |potete |potreste |tem |teem |ha |podem |poderiam )`,
    `${B}(?:wollte (?:mal )?fragen|any chance (?:you|of)|is there any chance)`,
  ].join('|'),
);

/**
 * Openings of questions nobody expects an answer to: at the staff ("who trains these people"),
 * at oneself ("why do I still shop here"), or "is it even possible". Folded text.
 */
/** A plea to be answered at all, in six languages (folded): "can someone answer me?", "alguém me responde?". */
export const PLEA_FOR_ANSWER =
  "(?:can|could|will|would) (?:someone|anyone|somebody) (?:please )?(?:answer|reply|respond|get back|help)|(?:is )?(?:anyone|anybody|someone|somebody) (?:there|home|out there|awake|alive)|(?:ha|tem) alguem|alguem (?:me |pode )?(?:responde|atende|ajuda|me responder|me ajudar)|hay alguien|alguien (?:me |puede )?(?:responde|contesta|atiende|ayuda|responder|contestar)|(?:il )?y a quelqu'un|quelqu'un (?:peut|va|pourrait|pour) (?:me )?(?:repondre|m'aider|aider)|kann (?:mir )?(?:mal )?(?:jemand|einer|irgendwer) (?:antworten|helfen)|antwortet (?:hier )?(?:mal )?(?:jemand|niemand|irgendwer)|ist (?:da|hier) (?:jemand|irgendwer)|qualcuno (?:mi )?(?:risponde|aiuta|puo rispondere|puo aiutare)|c'e qualcuno";

const RHETORICAL_OPENINGS = [
  'how (?:is|was) (?:it|that|this) (?:even )?possible|is (?:it|that|this) even possible|how (?:do|does|did|can|could) (?:you|they|anyone|someone|one)(?: guys| people)? (?:even )?(?:manag|mess|screw)\\w*|how (?:do|does|did|can|could) (?:you|they|anyone|someone|one)(?: guys| people)? (?:even )?get (?:\\w+ ){0,3}(?:so )?wrong',
  // "Do you even check…" scolds; "do you even deliver to Leeds?" asks: only scolding verbs.
  '(?:do|does|did|can|is|are|was|were) (?:you|they|it|this|that|he|she|anyone)(?: guys| people)? even (?:check|read|care|train|know|listen|test|clean|look|bother|try|taste|cook|think|work here|have a manager|own a)',
  // "Do you ever clean the toilets." scolds as much.
  '(?:do|does|did) (?:you|u|they|anyone)(?: guys| people)? ever (?:check|read|clean|answer|reply|respond|listen|train|test|care|bother|hoover|vacuum|wash|update|look at)',
  'who (?:trains|trained|hires|hired|runs|manages|taught|raised|approved|designed|designs|coded|codes|programmed) (?:these|those|this|that|your|the)',
  'quien (?:disena|diseno|ha disenado|programo|ha programado) (?:esta|este|vuestra|vuestro|su|la|el)|qui a (?:concu|code|dessine|programme) (?:ce|cette|votre|le|la)|chi ha (?:progettato|disegnato|programmato) (?:questo|questa|il|la|il vostro|la vostra)|quem (?:desenhou|projetou|programou) (?:este|esta|o|a)',
  'why (?:do|did|would|should) i (?:still|keep|even|ever|bother)|why am i (?:still|even)|what (?:am|was) i (?:thinking|doing)',
  "pourquoi (?:je|j'|est-ce que je|est-ce que j') ?(?:continue|reviens|viens encore|achete encore|commande encore|perds)|a quoi bon|qui (?:forme|a forme|embauche|recrute) (?:ces|vos|les)",
  'quien me manda|para que (?:sigo|vuelvo|compro)|por que (?:sigo|vuelvo)|quien (?:forma|contrata|entrena) a|como es posible',
  'wer denkt sich|wer (?:hat|bildet) (?:die|euch|diese|eure)|wie kann (?:das|es|man nur)|warum (?:komme|gehe|kaufe|bestelle) ich (?:noch|immer noch|eigentlich|uberhaupt)',
  "come si fa a|chi (?:forma|assume|ha formato|ha assunto)|perche (?:continuo|torno|compro ancora)|com'e possibile|come e possibile",
  'para que e que (?:eu )?ainda|para que (?:eu )?ainda|porque e que (?:eu )?ainda|quem (?:treina|contrata|forma)|como e que e possivel',
  // A price asked in disbelief: "y'all really charging $18 for a sandwich now??", "vous faites vraiment payer 9 € le café ?".
  "(?:y'?all|you(?: guys)?|they)(?: are|'re| r)? (?:really |seriously |actually |honestly |now )*(?:charging|charge|asking) (?:[$€£] ?)?\\d+(?:[.,]\\d+)?|(?:vous )?faites (?:vraiment |maintenant )?payer \\d+(?:[.,]\\d+)?|(?:de verdad |en serio )?(?:cobrais|cobran|estais cobrando|estan cobrando) (?:[$€] ?)?\\d+(?:[.,]\\d+)?",
  // Asked of oneself and answered by the review: "Would I recommend it? Depends what you need", "Würde ich es empfehlen? Bedingt."
  '(?:would|will|do) (?:i|we) (?:recommend|go back|come back|return|buy (?:it|them|one) again|order again|stay (?:here )?again|be back)|est-ce que je (?:le |la |les )?recommande(?:rais)?|(?:je )?(?:le |la |les )?recommanderais-je|(?:lo|la|los|las) recomendaria(?:mos)?|(?:wurde|wurden) (?:ich|wir) (?:es |sie |ihn |das )?(?:weiter)?empfehlen|(?:lo|la|li|le) consiglierei|(?:eu )?(?:o|a|os|as) recomendaria|recomendaria(?:-o|-a)?',
  // A plea to be answered at all ("Alguém me responde??", "Is anyone there?"): the grievance is the silence.
  PLEA_FOR_ANSWER,
].join('|');

/** Questions that are complaints in another form: "Is this how you treat customers?", "$89 FOR THIS??". */
export const RHETORICAL = re(
  // Opening "but"/"and" is allowed: "Ma come si fa a…", "But how is that possible?".
  `^\\W*(?:(?:but|and|so|lol|honestly|ma|mais|et|pero|y|aber|und|mas|e)\\W+)?(?:${RHETORICAL_OPENINGS})${E}|` +
    `^(?:what (?:the (?:hell|heck|f\\w*)|happened to)|is it (?:just )?me,? or|am i the only one (?:who|that)|c'est moi ou|soy (?:yo )?el unico|bin ich der einzige|sono l'unico|sou (?:so )?eu|is (?:that|this) normal|is it (?:really |actually )?normal|ist es (?:wirklich )?normal|c'est normal|est-ce normal|es normal|ist das normal|e normale|e normal|is this how|how (?:is that|is this|can you|could you|dare)|who (?:in their right mind|does that|thought)|why (?:would|do|does) (?:i|anyone|you)|are you (?:kidding|serious|joking)|seriously|really|c'est une blague|vous vous moquez|en serio|ernsthaft|sul serio|a serio|guess (?:who|what)|could (?:it|this|that) (?:get|be) any|how hard (?:is|can) it be|c'est quoi (?:ce|cette|ca)|vous plaisantez|comment (?:peut-on|osez-vous|est-ce possible)|(?:pero )?(?:esto )?que es esto|pero esto que es|estais de broma|me estais tomando el pelo|was soll (?:das|der|die)|soll das ein witz sein|wie kann man|ma stiamo scherzando|stiamo scherzando|scherziamo|ma che (?:roba|cosa)|come si fa a|serio que|estao a gozar|como e possivel)${E}|(?:for this|pour ca|por esto|dafur|per questo|por isto)\\W*$|(?:ou je reve|je reve ou quoi|o estoy sonando|oder traume ich|o sto sognando|ou estou (?:a sonhar|sonhando)|or am i dreaming|am i dreaming)\\W*$|^\\W*(?:[$€£]\\s?\\d+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?\\s?(?:[$€£]|euros?|eur|dollars?|bucks|pounds?|quid|franchi|francs?|reais|chf))\\s+(?:for|pour|por|para|fur|furs|per|pro|de)${E}[^?]{0,50}\\?+\\W*$`,
);

export const QUESTION_CUE = reRare(
  [
    `^(?:who|what|where|why|how|which|when|is|are|do|does|did|can|could|will|would|should|have|has|any(?:one|body))${E}`,
    `${B}(?:i was wondering|wondering if|can you (?:tell|let) me|please (?:advise|let me know)|would love to (?:know|get a quote))`,
    `^(?:est-ce|quel(?:le)?s?|quand|comment|ou|pourquoi|combien|avez-vous|etes-vous|peut-on|pouvez-vous|y a-t-il|acceptez)${E}`,
    `^(?:cual(?:es)?|cuando|como|donde|por que|cuanto|tienen|teneis|haceis|hay|puedo|se puede|aceptan)${E}`,
    `^(?:gibt es|habt ihr|haben sie|kann man|kann ich|wann|wie|wo|warum|was|welche[nrs]?|ist|sind|unterstutzt|unterstutzen|bietet|bieten)${E}`,
    `^(?:avete|c'e|ci sono|quando|come|dove|perche|quanto|quale|si puo|posso|accettate)${E}`,
    `^(?:tem|teem|tens|quando|como|onde|porque|quanto|qual|posso|aceitam|fazem)${E}`,
  ].join('|'),
);

/** Talking to someone else or about one's own life: "@jess this is the place", "Sue did you get home". */
/**
 * Chatter that says what it is (folded): "bit off-topic, but…", congratulations on someone's own
 * milestone, "FIRST 🏁", good wishes to the whole comment section, old friends catching up. Never
 * about the business, whatever praise comes with it.
 */
const DECLARED_CHATTER_SOURCES = [
  `${B}(?:slightly off[ -]?topic|off[ -]?topic)`,
  // Congratulations on someone's own milestone (a new job, an engagement, a baby), not on anything of ours.
  `${B}(?:congrats|congratulations|felicitations|felicidades|enhorabuena|(?:herzlichen )?gluckwunsch|complimenti|congratulazioni|parabens)!*,? (?:\\p{L}+!*,? )?(?:on|for|pour|por|pelo|pela|per|zum|zur|zu)? ?(?:the|your|ton|ta|votre|tu|el|la|deinem|deiner|dem|der|il|o|a|teu|tua)? ?(?:new|nouveau|nouvelle|nuevo|nueva|neuen|neue|nuovo|nuova|novo|nova)? ?(?:job|role|position|promotion|poste|boulot|trabajo|puesto|ascenso|stelle|beforderung|lavoro|ruolo|promozione|emprego|cargo|promocao|engagement|fiancailles|compromiso|verlobung|fidanzamento|noivado|baby|bebe|graduation|diplome|graduacion|abschluss|laurea|formatura|retirement|retraite|jubilacion|ruhestand|pensione|reforma)${E}`,
  // Good wishes to the whole comment section: "buona domenica a tutti", "bon dia a tothom", "good morning everyone".
  `${B}(?:(?:buon[ae]?|buen[oa]?s?|bon[ne]*|bom|boa|happy|feliz|frohen?|schonen?) (?:\\p{L}+ )?(?:domenica|giornata|serata|settimana|lunedi|sabato|venerdi|domingo|lunes|sabado|viernes|semana|dimanche|journee|semaine|lundi|samedi|vendredi|dia|sonntag|montag|samstag|freitag|tag|wochenende|sunday|monday|saturday|friday|weekend|morning|day) (?:a tutti|a todos|a tous|a toutes|a tothom|everyone|everybody|all|an alle|allerseits|pessoal|a todas)|good morning (?:everyone|everybody|all)|guten morgen (?:an )?alle)${E}`,
  // Another diner recognised: "I think I was on the table next to you Saturday, were you the one with the Newfoundland?".
  `${B}(?:(?:were|was) (?:you|that you|it you) the (?:one|guy|girl|lady|man|woman|couple|family|people|folks)(?: with| who)|i (?:think|thought|reckon) (?:i|we) (?:was|were) (?:on|at|sat at) the table next to (?:you|yours))`,
  // "FIRST 🏁", "Primooo 🙋": the race to comment first, whatever follows.
  `^(?:first|1st|premier|primero|erster|prim[oa]+)(?:\\s*[!\\p{Extended_Pictographic}\\uFE0F\\u200D]+|\\s*$)`,
  // Old friends catching up: "ça fait une éternité", "long time no see", "call me tonight".
  `${B}(?:long time no see|ca fait une eternite|ca fait des lustres|hace siglos|cuanto tiempo sin|ewig nicht gesehen|una vita che non|ha quanto tempo|call me (?:tonight|later|tomorrow)|appelle-moi (?:ce soir|demain)|llamame (?:esta noche|manana)|ruf mich (?:heute abend|morgen) an|chiamami (?:stasera|domani)|liga-me (?:hoje|amanha|logo))${E}`,
];
export const DECLARED_CHATTER = re(DECLARED_CHATTER_SOURCES.join('|'));

/** Words of a charge taken twice, in six languages (the words of a billing point: "taken twice", "cobrado dos veces"). */
export const CHARGED_TWICE = /twice|double|two times|deux fois|dos veces|zweimal|doppel|due volte|duas vezes/iu;

/**
 * Laughter ("jajaja", "kkkk", "mdr"): chatter when nothing else is said, but a fan laughs too
 * ("chegaram em 3 dias e são lindas 😍 já recebi 4 elogios hahaha").
 */
export const LAUGHTER = re(`${B}(?:jajaja|jejeje|hahaha|ahahah|kkkk|mdr|ptdr)`);

/** Planning a visit with friends ("we are going here next time", "take me here"): interest in the business. */
export const PLANS_A_VISIT = re(
  `${B}(?:(?:we|i)(?:'re| are|'m| am) (?:so |definitely |totally )?(?:going|coming) (?:here|to this place)|(?:we|you|u) (?:need|have|must|gotta|should) (?:to )?(?:go|come|try) (?:here|this place)|let'?s go (?:here|to this place)|take me (?:here|to this place))${E}`,
);

export const OFF_TOPIC_CUE = re(
  [
    ...DECLARED_CHATTER_SOURCES,
    `^(?:first|1st|premier|primero|erster|primo)!*\\W*$`,
    `${B}(?:who else is watching|watching this (?:at|instead|while)|anyone else here|who's here in)`,
    `${B}(?:did you get home|see you (?:on|at|there|tomorrow|thursday|friday|saturday|sunday|monday|tuesday|wednesday)|wir sehen uns|on se voit|nos vemos|ci vediamo|vemo-nos)`,
    `${B}(?:happy (?:birthday|anniversary)|joyeux anniversaire|feliz cumpleanos|alles gute|buon (?:compleanno|anniversario)|feliz aniversario|bon anniversaire de mariage)`,
    `${B}(?:sounds|looks|look) (?:exactly |just )?like my (?:uncle|aunt|auntie|dad|mum|mom|brother|sister|cousin|friend|mate|ex|boss|neighbou?r|grandma|grandpa|nan|husband|wife)${E}`,
    `${B}(?:nothing to do with (?:your|the|this) (?:post|video|page|review)|not related to (?:your|the|this) (?:post|video)|rien a voir avec (?:le|ton|votre) (?:post|video)|nada que ver con (?:el|tu|vuestro) (?:post|video)|hat nichts mit (?:dem|eurem|deinem) (?:post|video))`,
    `${B}this is (?:the |that )?(?:\\w+ )?(?:where|that) (?:i|we|you) (?:lost|met|had|left|got)${E}`,
    `${B}(?:share if you agree|wake up,? people|deserves? what'?s coming|politicians?|government|traitor|council tax|elections?|vote for)`,
    `${B}(?:unrelated,? but|not related,? but|sorry for the ot|scusate l'ot|hors sujet|fuera de tema|(?:the |karen's |his |her |that )?comment above|commentaire (?:du dessus|plus haut)|comentario de arriba|you owe me|auguri a tutt\\w*|happy (?:mother'?s|father'?s) day|bonne fete a toutes|feliz dia de las madres)${E}`,
    `${B}(?:that'?s (?:exactly )?what i (?:said|told)|told you so|same thing i said|ya te (?:lo )?(?:dije|decia)|je te l'avais (?:bien )?dit|te l'avevo detto|(?:ich )?hab(?:'s| es)? dir (?:doch )?(?:gesagt|gleich gesagt)|eu (?:bem )?te (?:disse|avisei))`,
    `^(?:anyone|anybody|who else|who's|quelqu'un|alguien|jemand|qualcuno|alguem) (?:going|coming|here|want|wants|fancy|up for|va |vient|viene|kommt|geht|viene|vai )`,
    `${B}(?:schau mal|guck mal|kuck mal|(?<!(?<![\\p{L}\\p{N}])(?:can|could|would|will|please|pls|someone|somebody|anyone|you|u) )look at this(?! (?:and|asap|please|for me|urgently|today)${E})|regarde(?! (?:\\p{L}+ )?(?:manger|boire|la table|les autres|toute))(?=\\W|$)|mira esto|guarda qui|olha so|remember (?:when|this|that)|weisst du noch|tu te souviens|te acuerdas|ti ricordi|lembras-te)`,
    `${B}(?:we still on for|still on for (?:friday|saturday|sunday|tonight|tomorrow)|bring the \\w+ (?:and|&)|never forget|this is where (?:you|we)|que saudades|qué recuerdos|quels souvenirs|che ricordi|was fur erinnerungen)`,
    `${B}(?:passed my (?:driving|exam|test)|got my (?:licen[cs]e|degree|results)|j'ai (?:enfin )?eu mon (?:permis|bac|diplome)|aprobe el|saque el carnet|(?:bachelor|master)arbeit abgegeben|prufung bestanden|ho passato|preso la patente|tirei a carta|passei no exame|where did this year go|you still owe me|happy new year|bonne annee|feliz ano|frohes neues)`,
  ].join('|'),
);

/** Insults, slurs, dehumanising words and threats aimed at people (not at an experience). */
export const TARGETED_ABUSE = re(
  [
    // Political groups insulted: "a city run by commies", "libtards".
    `${B}(?:commies|libtards|run by (?:commies|communists|lefties|leftists|fascists|nazis|libs|liberals))${E}`,
    `${B}(?:idiots?|morons?|imbeciles?|clowns?|losers?|scum(?:bags?)?|retarded|dumbass(?:es)?|bitch(?:es)?|b[*!1]tch(?:es)?|b\\*\\*ch|braindead|brain-dead|pathetic little \\w+|(?<!(?:that|this|it|which|price|prices|prices here|portion|portions|bill|service|menu|wait|delivery|food|place|app|update) (?:is|was|'s|are|were) (?:such |just |honestly |frankly |literally )?)a joke|gormless|cretins?|twats?|wankers?|pricks?|dickheads?|assholes?|arseholes?|parasites?|vermin|muppets)${E}`,
    `${B}(?:you(?:'re| are) (?:all )?(?:pathetic|useless|a disgrace|trash|garbage|scum|clowns|idiots|morons|a joke|losers|thieves|crooks)|(?<!(?<![\\p{L}\\p{N}])(?:won'?t|will not|can'?t|cannot|couldn'?t|never|not|don'?t|doesn'?t) )shut up(?! and take| about)|stfu|kys|kill yourself|go to hell|f(?:uck|\\*+k?) (?:you|u|off)|head checking|should be (?:fired|shot|ashamed of (?:yourselves|themselves))|i(?:'ll| will) (?:find|hurt|kill) you)${E}`,
    // Politics brought to a shop's page: "stop spreading woke propaganda and stick to selling coffee", "the owner voted for
    // the wrong party", "go woke, go broke".
    `${B}(?:woke (?:propaganda|agenda|nonsense|garbage|crap|rubbish|ideology|mob)|woke (?:\\p{L}+ )?(?:joints?|places?|businesses|company|companies|brands?|shops?|cafes?|restaurants?|bakery|bakeries|bbq|hotels?)|(?:bet |betting |i bet )?(?:the )?(?:owners?|he|she|they|y'?all) (?:of (?:this|that) place )?(?:probably |prolly |definitely )?(?:votes?|voted) (?:for )?(?:blue|red|democrats?|republicans?|left|right|dem|gop)(?![\\p{L}])|real (?:texans|americans|patriots|men|brits|aussies|texas folks) (?:don'?t|do not|wouldn'?t|would never)|go woke,? go broke|(?:stick|stay) to (?:selling|making|serving|baking|cooking) (?:\\p{L}+ ){0,2}(?:and|instead)?|(?:owners?|he|she|they) (?:voted|votes|vote) (?:for )?(?:the wrong (?:party|side|guy|person)|trump|biden|brexit|labour|tory|tories|the tories|conservatives?|reform|le pen|vox|afd|lega)|(?:leftist|left-wing|right-wing|liberal|commie|fascist|nazi) (?:propaganda|owners?|nonsense|agenda|garbage|scum|nutjobs?))`,
    // A political rant dropped under a café's post: "the council turns the whole city into a 15 minute prison. wake up
    // bristol", "plandemic", "open-air prison".
    `${B}(?:(?:15|fifteen|15-)[- ]?minute (?:cit(?:y|ies) )?(?:prisons?|ghettos?|gulags?)|open[- ]air prisons?|plandemic|scamdemic|climate (?:scam|hoax|lockdowns?)|bought and paid for|share (?:this|it) before (?:they|it gets|fb|facebook|the mods|zuck) (?:delete|remove|take|censor|ban)\\p{L}*|(?:mayor|governor|president|council|government|minister|senator|prime minister|chancellor) (?:is|are) (?:a |an )?(?:straight up |total |literal |complete |full-on |bunch of )?(?:communists?|marxists?|commies?|fascists?|traitors?|criminals?|puppets?)|deep state|new world order|globalist\\w*|wake up,? (?!(?:early|late|call|at|in|on|to|and|with|from|before|after|every|each|the|my|our|your|feeling|tired|happy|fresh|refreshed|sore|hungry|again|now|today|tomorrow|here|there|like|for)(?![\\p{L}]))\\p{L}+ ?(?:[.!]|🐑|$))`,
    // Rants at politicians and the rich under a hotel's post: "VERGOGNA a voi e a quei politici di Berna", "radical chic".
    `${B}(?:(?:quei|questi|ces|esos|estos|diese|jene|esses|those|these) (?:politici|politiciens|politicos|politiker|politicians)|radical chic|ricconi|bonzen|gauche caviar|(?:politici|politiciens|politicos|politiker|politicians) (?:di|de|in|from|aus) \\p{Lu}?\\p{L}+ (?:ladri|voleurs|ladrones|diebe|thieves|corrotti|corrupt\\p{L}*))${E}`,
    // Rage bait about politics: "which side are you on in the election?", "people who hate this country", "share this if
    // you agree", "move to Canada", "Californians and crybabies" (en; the other languages' versions are above and below).
    `${B}(?:which side (?:are you|is the owner|are y'?all) on|who (?:did|do) (?:you|y'?all|the owners?) vote for|who are (?:you|y'?all) voting for|(?:people|folks|businesses|owners?) (?:who|that) hate (?:this|our) country|share (?:this|it) if you agree|(?:can|should|go) move to (?:canada|mexico|russia|china|cuba)|go back (?:to|where) (?:you|they) came from|(?:liberal|leftist|conservative|maga|woke) (?:crybabies|snowflakes)|crybabies)${E}`,
    // The public called sheep, foreigners said to steal jobs: flames, not feedback (six languages).
    `${B}(?:(?:bande de|tas de|vous etes des) moutons|wake up,? sheep(?:le)?|sheeple|bunch of sheep|(?:despertad|despierten),? borregos|borregos|schlafschafe|pecoroni|(?:bando|branco) de (?:carneiros|ovelhas)|(?:they'?re |who are |that are )?stealing our jobs|nous (?:volent|piquent) (?:nos emplois|notre travail|le travail)|nos (?:roban|quitan) el trabajo|nehmen uns (?:die|unsere) (?:arbeit|jobs) weg|(?:ci )?rubano il lavoro|roubam (?:o nosso|os nossos) (?:trabalho|empregos))${E}`,
    `${B}(?:connards?|connasses?|encules?|salauds?|cretins?|debiles?|vous me degoutez|degoutez|abrutis?|bouffons?|guignols?|ta gueule|fermez[- ]la|bande de (?:nuls|cons|guignols|voleurs))${E}`,
    `${B}(?:gilipollas|imbeciles?|idiotas?|cabrones?|hijos? de puta|payasos?|subnormal(?:es)?|sinverguenzas)${E}`,
    `${B}(?:arschloch|idioten|vollidiot(?:en)?|wichser|penner|dummkopf|dummkopfe|volltrottel|trottel|dumme kuh|blode kuh|dumme gans|blode gans|dumme sau)${E}`,
    `${B}(?:stronz[oi]|coglion[ei]|idiot[ai]|imbecill[ei]|deficient[ei]|buffoni|cretin[oi]|cretin[ae]|scem[oi])${E}`,
    `${B}(?:idiotas?|imbecis|otarios?|vao (?:mas e )?pastar|palhacos?|burros?)${E}`,
    // Customers called stupid for liking the place ("anybody dumb enough to stand in line for it").
    `${B}(?:anybody|anyone|everybody|everyone|whoever|people|you) (?:who(?:'s| is| are)? |that(?:'s| is| are)? )?(?:dumb|stupid|thick|idiotic|brainless) enough${E}`,
    // Hate aimed at a group of people, and baiting.
    `${B}(?:evades fiscaux|bobos|prétentieux)${E}|${B}espanhois a vender`,
    `${B}(?:traitors?|deserves? what'?s coming|wake up,? people|sheeple)${E}`,
    `${B}(?:sin cerebro|brainless|hirnlos\\w*|senza cervello|sem cerebro|sans cervelle|sans cerveau)${E}`,
    `${B}(?:murderers?|killers|(?<!(?<![\\p{L}\\p{N}])(?:the|a|my|our|local|village|family|from the|at the) )butchers?(?! (?:paper|block|shop|counter|knife|knives|twine|string|style|cut|cuts|wrap|sausages?)(?![\\p{L}]))|killer(?! (?!(?:of|instinct|and|to)${E})\\p{L}))${E}(?! (?:of|instinct))|${B}hope (?:you|u|they|every (?:one|single one) of you|all of you|the owner|he|she)(?: all)? (?:\\w+ )?(?:die|dies|choke|chokes|rot|rots|burn|burns|suffer|go bankrupt|get (?:cancer|sick))${E}`,
    `${B}(?:mouth-?breath\\w*|npcs?|sheeple|sheep${E}(?! (?:cheese|milk))|(?:everyone|anyone|people) who .{0,40} (?:is|are) (?:a |an )?(?:idiots?|morons?|sheep|clowns|losers|tourists))`,
    `${B}(?:fat pigs?|useless fat|pigs?${E} and|only a retard|you retard|lazy (?:immigrants|foreigners|migrants)|une vraie conne|vraie conne|une amargada|una inutil|un inutil|dumme affen|affen${E}|sale(?:s)? (?:arabe|noir|juif)s?|scheiss auslander|maldito[s]? (?:moro|sudaca)s?|sudacas?${E}|panchitos${E}|(?:typical|all),? (?:these|those) (?:immigrants|foreigners|migrants)|not one of them can speak)`,
    `${B}(?:full of|voller|plein d'|plein de|lleno de|llenos de|pieno di|cheio de) (?:foreigners|immigrants|migrants|auslander\\w*|fluchtlinge\\w*|etrangers|immigres|migrants|extranjeros|inmigrantes|moros|stranieri|immigrati|estrangeiros|imigrantes)${E}`,
    // A whole nationality run down ("french people can't cook", "Germans have no taste", "les Anglais ne savent pas cuisiner").
    `${B}(?:french|german|italian|spanish|swiss|english|british|american|portuguese|mexican|dutch|polish|irish|scottish|chinese|indian|russian|turkish|greek|asian|europeans?|americans|germans|italians|brits|mexicans|chinese)(?: people| folks| guys| women| men| cooks| chefs)? (?:can'?t|cannot|don'?t know how to|have no|are (?:all )?(?:lazy|dirty|stupid|rude|useless|terrible|disgusting|thieves|crooks))${E}|${B}(?:les (?:francais|anglais|allemands|italiens|espagnols|suisses|americains|portugais)|los (?:franceses|ingleses|alemanes|italianos|suizos|americanos|portugueses)|die (?:franzosen|englander|italiener|spanier|schweizer|amerikaner|portugiesen)|gli (?:italiani|francesi|inglesi|tedeschi|spagnoli|svizzeri|americani)|os (?:franceses|ingleses|alemaes|italianos|espanhois|americanos))(?: ne)? (?:savent pas|no saben|konnen nicht|konnen kein|non sanno|nao sabem|sont (?:tous )?(?:sales|nuls|feignants))${E}`,
    // A whole people or group called thieves ("Svizzeri ladri, tutti uguali", "they're all crooks").
    `${B}(?:ladri|voleurs|thieves|ladrones|diebe|ladroes|crooks|truffatori|estafadores|escrocs|betruger|vigaristas)${E}.{0,30}${B}(?:tutti uguali|all the same|tous pareils|tous les memes|todos iguales|alle gleich|todos iguais)${E}|${B}(?:sono tutti|are all|sont tous des|son todos unos|sind alle|sao todos uns|sao todos) (?:ladri|thieves|crooks|voleurs|escrocs|ladrones|estafadores|diebe|betruger|ladroes|vigaristas|truffatori)${E}`,
    // A group called sick, vermin or subhuman ("vegans are mentally ill", "you people are subhuman filth").
    `${B}(?:subhuman|sub-human|untermensch\\w*|sous-hommes?|subhumanos?|subumani?)${E}`,
    `${B}(?:vegans?|vegetarians?|immigrants?|migrants?|foreigners?|refugees?|muslims?|jews?|christians?|gays?|lesbians?|trans people|women|blacks?|arabs?|mexicans?|boomers?|millennials?|feminists?|you people|these people|those people|veganer|vegans|vegani|veganos?|immigres|etrangers|auslander|fluchtlinge|stranieri|extranjeros|estrangeiros)${E}\\s+(?:are|r|sont|son|sind|sono|sao)\\s+(?:all\\s+|just\\s+|tous\\s+|todos\\s+|alle\\s+|tutti\\s+)?(?:des\\s+|unos\\s+|uns\\s+)?(?:mentally ill|sick in the head|subhuman|animals|vermin|filth|garbage|trash|scum|a disease|a cancer|parasites|disgusting|retards?|inferior|malades mentaux|psychisch krank|enfermos mentales|malati di mente|doentes mentais|des animaux|animales|tiere|animali|animais|parasites|parasiten|parasitos|parassiti)${E}`,
    // A nationality or people ranked as the worst of humankind ("french people are the rudest on earth").
    `${B}(?:french|english|british|brits|americans?|germans?|italians?|spanish|spaniards|portuguese|swiss|dutch|polish|irish|scots|chinese|indians?|asians?|africans?|mexicans?|russians?|arabs?|muslims?|jews|gays|women|men|tourists|locals|southerners|northerners|foreigners)(?: people| folks| guys)?\\s+(?:are|r)\\s+(?:all\\s+)?(?:the\\s+)?(?:rudest|worst|dirtiest|smelliest|laziest|stupidest|dumbest|ugliest|greediest|most (?:arrogant|disgusting|useless|stupid|ignorant)|(?:so |such )?(?:rude|dirty|smelly|lazy|stupid|dumb|ugly|greedy|arrogant|inferior|disgusting) (?:people|bunch|lot))(?: (?:people|humans|nation|race))?(?: (?:on|in) (?:earth|the world|europe|the planet))?${E}`,
    `${B}(?:go back (?:to )?where (?:you|u|they|y'all|yall) (?:came|come) from|(?:vuelve|volved|vuelvan) a (?:tu|vuestro|su) pais|retourne(?:z)? (?:dans|chez) (?:ton|votre) pays|torna(?:te)? al (?:tuo|vostro) paese|volta(?:m)? para (?:a tua|a sua|o teu|o seu) (?:terra|pais))${E}`,
    `${B}(?:go back to (?:your|their) (?:own )?country|geht vor die hunde|rentrez chez vous|volved a vuestro pais|tornatevene a casa)${E}`,
  ].join('|'),
);

/** Swear words (about an experience they make a complaint, not abuse). */
export const SWEARING = reRare(
  `${B}(?:fuck\\w*|shit\\w*|damn\\w*|hell|crap\\w*|bloody|putain|merde|joder|mierda|hostia|scheisse|kacke|cazzo|merda|porra|caralho)${E}`,
);

/** Positive words used ironically next to a bad situation: "great, another 2 hour wait, love it". */
export const SARCASM_PRAISE = re(
  [
    `^(?:oh great|great,|wonderful,|fantastic,|brilliant,|perfect,|nice one|bravo|thanks a lot|thanks for (?:charging|nothing|the)|love how|love that|gotta love|10/10|merci pour cette|vraiment merci|super,|toll,|grazie per|que maravilla|obrigad[oa] pela)`,
    `^(?:wow|genial|super|great|perfect|fantastic|brilliant|lovely|amazing|nice|bravo|toll|klasse|prima|fantastico|ottimo|otimo|estupendo|magnifique|parfait)[,!]`,
    `${B}(?:love (?:that|this|it) for (?:me|us)|what an? (?:warm |lovely |wonderful |great )?welcome|impressive|very relaxing|truly innovative|well done|good job|merci beaucoup|danke auch|vielen dank auch|grazie mille|muchas gracias|muito obrigad[oa]|such a treat|what a treat|best part of (?:my|the|our) \\w+ was)\\W*$`,
    `${B}(?:nothing says ['"‘“]?\\w+(?: \\w+)?['"’”]? like|oh wait${E}|genius move|weiter so|enhorabuena|complimenti,|davvero efficienti|yeah sure|oh yes|cool, so|five stars for the|amazing (?:queue|customer|service)|great customer service, they|toller service, seit)`,
    `${B}such a treat to|${B}best part of (?:my|the|our) \\w+ was|["'“‘](?:express|quick|fast|premium|luxury|fresh|rapide|schnell|veloce|rapido|urgente|new and improved|sea view|waterproof|we'll call you back[^"'”’]*)["'”’]|(?<!(?:was|were|is|are|told (?:us|me)|said|says) )["'“‘][a-z]+ [a-z]+["'”’]`,
    `${B}(?:love how|love that|love it when|gotta love|great system|thanks for charging|so glad i paid|really builds confidence|thanks for nothing|just what i needed|what a (?:great|wonderful) (?:start|way)|magnifique soiree|bravo @|10/10${E}|klasse gemacht|grandioso|que maravilla)`,
  ].join('|'),
);
export const SARCASM_EMOJI = primed(/[🙃🙄]|👏👏|🤡/u);

/** Words of a bad situation, for sarcasm and mixed: waits, failures, things gone wrong. */
export const TROUBLE = rememberingTests(
  re(
    [
      `${B}(?:wait(?:ed|ing(?! (?:for (?:us|me) (?:in|on|at|when|upon)|(?:in|on) (?:the |our |my )?(?:room|suite|bed|fridge|pillow|minibar))))?|queue|(?<!(?<![\\p{L}\\p{N}])(?:what|opening|your|the|office|business|happy|kitchen|late) )hours?|minutes?|mins?|weeks?|late|never|again|another|broken|cut off|cuts off|sits?|standing|two different|(?<!get (?:me|us) )wrong|missing|still|forgot|cold|lukewarm|dry(?![ -]?(?:rub|rubs|aged|cleaning|cleaner|ice|january|martini|gin|cider|sherry|white|riesling|humou?r|run))|soggy(?! (?:days?|weather|mornings?|afternoons?|evenings?|weekends?|walks?|hikes?|trips?))|burnt(?! ends?)|rude|slow|dirty|broke|crash\\w*|bug\\w*|down|outage|deleted|logs? me out|logging (?:me|us) out|charg\\w+|dishwater|jackhammer|only took|took|hair|food poisoning|hung up|soaked|smaller|fees?|surcharge|car ?park|parking lot|no (?:answer|reply|response)|\\d+ (?:days|weeks)|paying|pay|(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) (?:day|week|time|month) (?:running|in a row)|days? (?:running|in a row))${E}`,
      `${B}(?:supprim|efface|perdu|borr|perdi|geloscht|geloescht|gar keine|keine \\w+ mehr|cancellat|cancell|apagad|pers[oaie]${E})`,
      // (Not a time asked about: "jusqu'à quelle heure", "¿a qué hora?", "a che ora".)
      `${B}(?:stunden?|minuten|(?<!(?<![\\p{L}\\p{N}])(?:quelle|quelles|l'|d'|de l'|a l') )heures?|(?<!(?<![\\p{L}\\p{N}])(?:que|a que|cual|de) )horas?|(?<!(?<![\\p{L}\\p{N}])(?:che|a che|quale|quali) )ore${E}|minutos|minuti|wochen|semaines|semanas|settimane|warteschleife|telefonschleife|attente|espera|attesa|capelli|cheveux|pelos|haare)`,
      `${B}(?:attente|retard|jamais|encore|froid|lente?s?${E}|oublie|casse${E}|soupir|regard noir|aucune reponse|zero reponse|(?<!(?<![\\p{L}\\p{N}])(?:vers|a|des|jusqu'a|jusqu'a|avant|apres|pour|de|entre|et|ouvert|ouverture|fermeture) )\\d+ ?h${E}|une heure|\\d+ jours|semaines|payer)`,
      `${B}(?:espera|tarde|nunca|otra vez|frio|lento|roto|sucio|olvid|\\d+ dias|una hora|semanas|cobr|pagar|se despeg|nadie)`,
      `${B}(?:warten|gewartet|(?<!wie )spat${E}|nie${E}|wieder|kalt|langsam|kaputt|schmutzig|vergessen(?! (?:wir|ich|werde ich|werden wir) (?:das |es |sie |ihn |euch |ihnen |dir )?(?:nie|nicht))|keine antwort|parkplatz|\\d+ (?:tage|wochen)|wochen|eine stunde|bezahlen)`,
      `${B}(?:attesa|ritardo|mai${E}|ancora|freddo|fredda|lento|rotto|sporco|dimentic|tiepid|un'ora|\\d+ ore|\\d+ giorni|settimane|pagare)`,
      `${B}(?:espera|atraso|nunca|outra vez|frio|lento|partid|sujo|esquec|descol|demor|ninguem|\\d+ dias|uma hora|semanas|pagar|errad)`,
    ].join('|'),
  ),
);

/**
 * A supposed case, up to its clause's end (folded): "if they don't fit", "si no me quedan bien",
 * "falls sie nicht passen", "se non vanno bene" (Italian and Portuguese "se" only before what it
 * supposes, as Spanish "se" is a pronoun).
 */
export const SUPPOSING = primed(
  /(?<![\p{L}])(?:(?:if|in case|si(?!,)|au cas ou|en caso de que|falls|wenn|caso|qualora|nel caso)\s|se\s(?=non|nao|for|forem|fosse|dovesse))[^.?!;,]*/gu,
);

/** Contrast words that join praise and a problem in one item. */
export const CONTRAST = re(
  `${B}(?:but|however|though|tho|although|except|only downside|mais|cependant|pero|sin embargo|aber|jedoch|allerdings|ma|pero|pero|mas|porem|no entanto)${E}`,
);

/**
 * Praise said in words that sound like trouble (folded): "criminal", "should be illegal", "dangerous",
 * "ruined every other flat white for me", "killed it", "sick app", "son un peligro", "dovrebbe essere
 * vietato", "da denuncia (in senso buono)". Read as praise before any problem or legal cue.
 */
/** What our product or people handled well, named with its faults: "read a crumpled coffee-stained receipt perfectly" (folded). */
const HANDLED_INPUT_SOURCE =
  "(?:read|reads|scanned|scans|handled|handles|fixed|fixes|cleaned|cleans|removed|got out|restored|repaired|saved|rescued) (?:a|an|the|my|our|this|that|every) (?:[\\w'-]+,? ){0,4}?[\\w'-]+ (?:perfectly|flawlessly|like a charm|no problem|without a hitch|in seconds)";
/** The same, to keep the faulty thing out of the person's points. */
export const HANDLED_INPUT = new RegExp(`(?<![\\p{L}])${HANDLED_INPUT_SOURCE}(?![\\p{L}])`, 'gu');

/**
 * A fault said not to have happened (folded), with the thing it names: "without a single blister", "sin una sola
 * rozadura", "keines war eine Enttäuschung", "sans la moindre ampoule", "senza nessuna vescica", "sem uma única
 * bolha", "didn't come out like shoe leather", "not dry like the chain ones". Neither a problem nor a point.
 */
const DENIED_PROBLEM_SOURCE = [
  '(?:without|with no|not|never|zero|no) (?:a |an |any |one )?(?:single |bit of (?:a )?)?(?:blisters?|rubbing|rubs?|issues?|problems?|hiccups?|glitch(?:es)?|hitch(?:es)?|faults?|disappointments?|mistakes?|cracks?|stains?|scratch(?:es)?|leaks?|sore (?:feet|spots?))',
  "(?:didn'?t|did not|never|doesn'?t|does not|won'?t) (?:come out|turn out|end up|taste|look|feel)s? (?:like|as) (?:[\\p{L}'-]+ ){0,2}[\\p{L}'-]+",
  "(?:not|never|unlike) (?:dry|stale|soggy|greasy|bland|burnt|tough|chewy|rubbery|sad|overpriced|watery|sweet|salty)(?: and \\p{L}+)? like (?:the |those |most |other |all the )?(?:[\\p{L}'-]+ ){0,2}[\\p{L}'-]+",
  '(?:sin|ni) (?:una sola|un solo|ningun[oa]?|una?|la menor|el menor) (?:sola )?(?:rozadura|ampolla|queja|pega|problema|decepcion|fallo|incidencia|dolor|mancha|defecto)s?|ningun[oa]? (?:rozadura|ampolla|queja|pega|decepcion|problema)s?',
  '(?:sans|pas) (?:la moindre|le moindre|aucune?|une seule|un seul|une?) (?:ampoule|deception|souci|probleme|fausse note|reproche|accroc|douleur|tache|defaut|frottement)s?|aucune? (?:ampoule|deception|souci|probleme|fausse note|reproche)s?',
  'ohne (?:eine einzige|einen einzigen|ein einziges|eine|einen|jede|jeden|jegliche|irgendeine) (?:einzige )?(?:blase|enttauschung|probleme?|panne|druckstelle|schmerzen|fleck|mangel|makel|fehler)n?|keine?[sr]?(?: davon| einzige[sr]?)? (?:war|ist|waren|sind) (?:eine |ein )?(?:enttauschung|reinfall|problem|fehlgriff)|keine (?:einzige )?(?:blase|blasen|enttauschung|probleme?|druckstellen?)',
  "(?:senza|nessun[oa]?) (?:nessun[oa]?|alcun[oa]?|una sola|un solo|la minima|il minimo|un'?|una)? ?(?:vescica|vesciche|delusione|problema|problemi|intoppo|dolore|macchia|difetto|sbavatura)",
  '(?:sem|nenhum[a]?) (?:uma unica|um unico|nenhum[a]?|qualquer|uma|um)? ?(?:bolha|decepcao|desilusao|problema|falha|dor|mancha|defeito)s?',
].join('|');
export const DENIED_PROBLEM = new RegExp(`${B}(?:${DENIED_PROBLEM_SOURCE})${E}`, 'gu');
/** The same at the start of a text (folded): the word that opens it names no missing thing. */
export const DENIED_PROBLEM_AT_START = new RegExp(`^(?:${DENIED_PROBLEM_SOURCE})${E}`, 'u');

/** Looking forward to coming or trying (folded): "trop hâte de tester", "can't wait to visit", "non vedo l'ora". */
const LOOKING_FORWARD_SOURCE = `${B}(?:(?:trop|tellement|tres|super) hate (?:de|d')|j'ai (?:trop |tellement |tres )?hate (?:de|d')|vivement|can'?t wait to (?:try|visit|come|go|taste|see)|que ganas de|tengo (?:muchas )?ganas de (?:probar|ir|volver)|kann es kaum erwarten|freu(?:e|en) mich (?:schon )?(?:riesig |sehr |so )?(?:auf|darauf)|non vedo l'ora|mal posso esperar|estou (?:ansios[oa]|desejos[oa]) (?:por|para|de|a espera)|estou mortinh[oa] (?:por|para|de)|can'?t wait (?:for|until|till) (?:the |your |you |next |it |saturday|sunday|friday|summer|christmas)|counting (?:down )?the days|(?:warte|warten) (?:\\p{L}+ ){0,2}seit (?:\\p{L}+ |\\d+ ){0,2}(?:tagen|wochen|monaten) (?:schon )?(?:darauf|drauf)|j'attends (?:\\p{L}+ ){0,4}de (?:revenir|retourner|gouter|tester|decouvrir|pouvoir revenir)|il me tarde de|estoy deseando|(?:llevo|estoy) (?:\\p{L}+ ){0,3}esperando (?:a )?que (?:abrais|abran|volvais|vuelvan|saqueis|saquen|reabrais|reabran)|aspetto (?:\\p{L}+ ){0,3}di (?:tornare|provare|rivedervi))${E}`;
export const LOOKING_FORWARD = reRare(LOOKING_FORWARD_SOURCE);

/**
 * Cold is how a beer, a white wine or an iced coffee should come: "ice cold beer", "the pints were
 * nice and cold", "cerveza bien fría", "Bier eiskalt", "birra ghiacciata", "cerveja estupidamente
 * gelada". Praise (it is in the praise slang), never a temperature to apologise for.
 */
const SERVED_COLD_SOURCE = `${B}(?:(?:ice[- ]|nice and |perfectly |properly |lovely and |super |icy )?cold (?:beers?|pints?|lagers?|ales?|ciders?|drinks?|sodas?|cokes?|lemonades?|white wine|rose|prosecco|champagne|cocktails?|margaritas?|bottles? of \\p{L}+)|(?:beers?|pints?|lagers?|ciders?|drinks?|sodas?|white wine|rose|prosecco|champagne|cocktails?|margaritas?|iced (?:tea|coffee|latte)s?|iced drinks?|smoothies?|milkshakes?|shakes?|frappes?|ice creams?|gelato|lemonades?)(?: \\p{L}+){0,2} (?:was|were|is|are|came|come|arrived|stayed|kept|always) (?:always |so |really |nice and |ice[- ]|perfectly |properly |lovely and |super |icy )?cold(?! brew)|(?:bieres?|cervezas?|canas?|bier|biere|birra|birre|cervejas?|imperiais?|fino|vino blanco|vin blanc|weisswein|vino bianco|vinho branco)(?: \\p{L}+){0,2} (?:bien |tres |muy |bem |schon |super |sempre |siempre |toujours |immer )?(?:fraiches?|froides?|frias?|eiskalt|schon kalt|gelat[ae]|ghiacciat[ae]|fredd[ae]|geladas?|geladinhas?|estupidamente geladas?)|(?:eiskalte[sn]?|ghiacciat[ae]|geladinhas?|bien fraiches?|bien froides?|bien frias?) (?:bier|biere|birra|birre|cervejas?|bieres?|cervezas?))${E}`;
export const SERVED_COLD = reRare(SERVED_COLD_SOURCE);

const PRAISE_SLANG_SOURCE = [
  // "Ribs fell off the bone", "melt in your mouth": tenderness as praise.
  `${B}(?:f[ae]ll(?:s|ing)? (?:right |straight )?off the bone|falling apart tender|melt(?:s|ed|ing)? in (?:your|my|the) mouth)${E}`,
  // "Trop hâte de tester", "can't wait to try": eagerness is praise.
  LOOKING_FORWARD_SOURCE,
  // "a killer margarita", "killer brunch": slang for excellent.
  `${B}killer (?!(?:of|instinct|whale|and|or|to|a|an|the|in|at|on|who|that|with|for|is|was)${E})\\p{L}+`,
  // Slang for excellent, in five languages: "una pasada", "flipo", "der Hammer", "ein Traum", "une dinguerie", "da paura".
  `${B}(?:(?:es|son|fue|era|eran) una pasada|una pasada|flip(?:o|as|ante|antes)|(?:ist |war )?(?:echt |wirklich |einfach )?der hammer|(?:ist |war )?(?:echt |einfach )?ein traum|(?:echt |voll |mega |total )geil|une (?:vraie )?dinguerie|de la balle|une tuerie|(?:posto |roba )?da paura|pazzesc[oaie]|(?:e|sao|foi) (?:um|uma) espetaculo|cried (?:a (?:little|bit) )?when (?:i|we) (?:tasted|tried|ate|had)|(?:so|totally|absolutely) worth (?:it|the (?:wait|queue|trip|drive))|bloody (?:brilliant|lovely|gorgeous|amazing))${E}`,
  // "une véritable addiction", "I'm addicted", "süchtig": craving as praise.
  `${B}(?:(?:une |a )?(?:veritable |vraie |real |total |serious )?addiction|addictive|addicted|addictif|addictive?s?|adictiv[oa]s?|(?:soy |estoy )?adict[oa]|suchtig|macht suchtig|suchtgefahr|creano dipendenza|dipendenza|viciad[oa]s?|vicia(?:nte|ntes)?)${E}`,
  // "Can't believe I waited so long", "should have switched years ago": regret at not coming sooner is praise.
  `${B}(?:(?:can'?t|cannot|can not|don'?t) believe (?:i|we) (?:waited|took|left it) so long|(?:i |we )?(?:should|could) have (?:switched|done this|started|moved|signed up|come|found (?:you|this|it)|joined|made the switch)(?: \\w+){0,2} (?:sooner|earlier|years ago|ages ago|long ago)|wish (?:i|we)(?:'d| had) (?:found|known about|switched|discovered|started|come)(?: \\w+){0,3} (?:sooner|earlier|years ago|ages ago))`,
  `${B}(?:(?:criminally |seriously |massively |hugely |highly |so |most |the most |very )?underrated|criminal(?:ly good)?|(?:should|ought to) (?:honestly |literally |actually |really )?be illegal|(?:actually|literally|lowkey|honestly|basically) illegal|dangerously good|(?:is|are|was|were) (?:\\w+ )?dangerous(?: too)?(?= *(?:[.!,🔥😍🤤]|$))|(?:has|have|'ve|has officially|have officially|officially) ruined (?:every|all|any) other \\w+(?: \\w+)?(?: in \\w+)? for me|ruined (?:every|all|any) other \\w+(?: \\w+)? for me|(?:you'?ve|you have|it'?s|it has|has|have) ruined me|ruined me for (?:every|all|any) other|sorry to my (?:bank account|wallet|bank|budget)|without a (?:single )?(?:blister|hitch|problem|issue|complaint)|sem uma (?:unica )?(?:bolha|falha|queixa)|sin (?:ni )?una (?:sola )?(?:ampolla|queja|pega)|sans (?:une )?(?:seule )?(?:ampoule|fausse note)|ohne (?:eine )?(?:einzige )?(?:blase|beschwerde)|senza (?:una )?(?:sola )?(?:vescica|sbavatura)|(?:i'?m |i am )?never cooking again|(?:je ne (?:vais )?plus (?:jamais )?cuisiner)|no (?:vuelvo|pienso volver) a cocinar|rip (?:my )?(?:wallet|bank account|budget|savings)|my (?:wallet|bank account|bank|budget) (?:hates|is crying|is screaming|will never recover)|(?:mi cuenta bancaria|mi cartera) (?:os |te )?odia|(?:won'?t|can'?t|cannot) (?:shut up|stop talking|stop thinking) about|(?:is |are |has |have )?(?:ruin(?:ing|ed|s)?|destroy(?:ing|ed|s)?) my (?:ability to \\p{L}+|diet|wallet|bank account|budget|savings|waistline|productivity)|(?:i )?dream (?:about|of) (?:it|them|this|that|the \\w+)(?: \\w+)? (?:at night|every night)|absolutely killed it|killed it|kills it|slaps|sick (?:app|food|place|spot|burger|brisket|coffee)|(?:i )?regret nothing|never going back to (?:spreadsheets|excel|paper|instant|starbucks|\\w+ (?:coffee|app))|not crying,? you'?re crying|brutal(?= *[.!])|(?:pure |actual |literal |black )?(?:witchcraft|wizardry|sorcery)|black magic|${HANDLED_INPUT_SOURCE}|(?:i |we )?hate (?:that|how) (?:i|we) (?:live|am|are|'m|'re) (?:so |this |too )?(?:far(?: away)?|\\w+ (?:hours?|miles?|km|kilometres?|kilometers?) away))${E}`,
  // "My only complaint is that you're not open on Sundays!": a fan's joke, the fault is wanting more of us.
  `${B}(?:my |the |our )?only (?:complaint|problem|downside|issue|gripe|criticism) (?:is|was) (?:that )?(?:you'?re|you are|they'?re|they are|it'?s|it is|you|they|we|i|there'?s|there is) (?:not open (?:on )?\\p{L}+|closed on \\p{L}+|(?:so |too )?far (?:away|from \\p{L}+)|not (?:closer|nearer|in \\p{L}+|open every day|open later)|(?:can'?t|couldn'?t|didn'?t|don'?t) (?:stay|eat|have|come|live) (?:\\p{L}+ ){0,2}(?:longer|more|every day|there|here|nearby|closer)|(?:had|have) to (?:leave|go home)|ate (?:it|them) too fast)${E}`,
  // The same joke in five languages: "Mon seul reproche : vous n'êtes pas ouverts le dimanche", "mi único problema es que
  // no abrís los lunes", "l'unico difetto è che siete troppo lontani", "único defeito: acabaram-se muito depressa",
  // and German "leider geil".
  `${B}(?:(?:mon seul|le seul|mi unic[oa]|el unico|la unica|l'unic[oa]|il solo|o unico|a unica|unic[oa]|mein einziger|einziger|mein einziges|einziges) (?:reproche|bemol|defaut|probleme|problema|pega|queja|defecto|difetto|neo|defeito|kritikpunkt|problem|minuspunkt|manko)[\\s:,]+(?:[\\p{L}'-]+ ){0,5}?(?:(?:n'etes |ne sont )?pas ouverts?|no abr\\p{L}*|no estais abiertos|non (?:siete|e|sono) apert\\p{L}*|nao abr\\p{L}*|nao estao abertos|nicht (?:geoffnet|offen)|(?:trop|muy|troppo|muito|zu) (?:loin|lejos|lontan\\p{L}*|longe|weit)|(?:trop|muy|troppo|muito|zu) (?:vite|rapido|presto|depressa|schnell))|leider geil)${E}`,
  SERVED_COLD_SOURCE,
  // "= my whole personality now", "before they sell out again": a fan's devotion and hurry.
  `${B}(?:(?:is|are|=|now|basically|literally) (?:\\p{L}+ )?my (?:whole|entire) personality|before (?:they|it|those|these|the \\p{L}+) (?:all )?sells? out(?: again)?)${E}`,
  // "the brisket fell apart, so tender": falling apart is how tender it was.
  `${B}(?:fell apart,? (?:it was |it's |so |just )*(?:so |that )?tender|(?:so|super|really|that) tender (?:it|they) (?:fell|falls|fall) apart)${E}`,
  // "j'y pense encore 3 jours après", "still thinking about that brisket": longing for a dish is praise.
  `${B}(?:j'y (?:pense|repense) encore|j'y pense toujours|(?:i'?m |i am |we'?re )?still thinking about (?:it|that|those|this|the \\p{L}+)|(?:sigo|todavia|aun) (?:pensando|pienso) en (?:el|la|los|las|ese|esa|eso)|ich denke (?:immer )?noch (?:daran|an (?:den|die|das))|ci penso ancora|penso ancora (?:a|al|alla|ai)|ainda penso n(?:isso|ele|ela|o|a|os|as))${E}`,
  `${B}(?:son un peligro|es un peligro|un peligro de (?:bueno|rico)s?|dovrebbe essere vietat[oa]|da denuncia \\(in senso buono\\)|(?:c'est|c'etait) criminel|(?:juste|tellement|carrement|limite) indecent(?:e|s|es)?${E}|j'en reve (?:la nuit|encore)|je vous deteste \\(?(?:non|pas vraiment|mdr|lol)|une tuerie|mortel(?:le)?${E}|de la bombe|brutal de bueno|gefahrlich gut|verboten gut|sollte verboten werden|perigos[oa] de (?:bom|boa)|devia ser proibid[oa])`,
].join('|');
export const PRAISE_SLANG_ALL = primed(new RegExp(leanWordClasses(PRAISE_SLANG_SOURCE), 'gu'));

/** A way to pay, named as such (folded, whole): how they paid is the story unless the payment went wrong. */
export const PAYMENT_METHOD = /^(?:bizum|mb ?way|multibanco|paypal|apple pay|google pay|klarna|twint|satispay)$/u;

/** Clear praise words, per language, for mixed and rating checks. */
export const PRAISE = rememberingTests(
  // In parts, as PROBLEM is: one pattern of them all would pass the length V8 optimizes.
  cueInParts(
    [
      `${B}(?:love[ds]?|loving|nice|great|good|fab|fabulous|welcoming|cute(?! (?:how|that|when|attempt|try))|well[- ](?:made|built|crafted|finished)|solidly (?:made|built)|sturdy|gut verarbeitet|ben (?:fatt|rifinit)[oaie]|bien (?:fini|finie|finis|finies)|bien acabad[oa]s?|bem acabad[oa]s?|gorgeous|stylish|shout ?outs?|solid|tasty|yummy|cosy|cozy|comfy|comfortable|spot on|10/10|easy to|clean|life[- ]changing|obsessed|to die for|divine|heavenly|amazing|unreal|insane|hits? different|slaps|banger|fire${E}|goat${E}|chef'?s kiss|the standout|a gem|awesome|excellent|fantastic|wonderful|incredible|perfect|best|delicious|beautiful|lovely|(?:so|very|really|super|were|was|is|are|too|incredibly|extremely|staff) kind|kind (?:staff|people|words|hearted|and)|friendly|helpful|favourite|favorite|recommend|gem|thank you|thanks|worth|spotless|painless|superb|brilliant|smiley|stunning|gorgeous|breathtaking|lifesaver|life saver|shout-out|recommended|saves? (?:me|us|my \\w+)|(?:spart|sparen|spare) (?:mir|uns|dir|euch|ihnen)|(?:me|nos) ahorra|(?:me|nous) (?:fait gagner|economise)|(?:mi|ci) (?:fa )?risparmia|(?:me|nos) poupa|poupa-me|(?:local |a |real |absolute |little )treasure|(?:still|won'?t stop|can'?t stop|hasn'?t stopped|haven'?t stopped|not stopped) talking about|zero stress|stress-free|go support|(?:we'?ll|we will|i'?ll|i will) (?:be )?(?:calling|coming back|booking (?:you|again))|walked (?:me|us) through|(?:was|were|is|are|so|pretty|actually|honestly) legit|(?:should be|actually|literally|lowkey|honestly) illegal|(?:works?|worked|working|read|reads|handled|handles|fits?|fitted) (?:\\w+ ){0,5}(?:perfectly|flawlessly|like a charm|like a dream)|(?:an? |absolute |total |true |real |= ?|are |is |you'?re )legends?|legendary)${E}`,
      // Vouching to others: "thank me later", "trust me", "you're welcome", "three guests asked where they were from",
      // "acertó de lleno", "a vu juste", "lag goldrichtig", "ha centrato in pieno", "acertou em cheio" (six languages).
      `${B}(?:(?:was|were|is|are) (?:a |the |an absolute |the absolute |a real )?highlight|the highlight of|(?:had|have|got) (?:the |it |them )?(?:\\p{L}+ ){0,2}(?:to ourselves|to myself|all to ourselves)|(?:was|were|is|are) (?:a |the )?(?:surprise |big |huge |massive |real |total )?hit(?! (?:and|or) miss)(?! (?:me|us|him|her|them|the|my|our|a|an)${E})|(?:surprise|big|huge|massive|real) hit of the (?:day|night|party|evening|weekend|trip|meal)|thank me later|you'?ll thank me|(?:would like to|wants? to|want to|like to) (?:formally |personally |publicly |officially )?thank|(?:formally|personally|publicly|officially) thank|(?:nobody|no one|no-one) would (?:ever )?(?:guess|know)|you'?d never (?:guess|know)|personne ne (?:devinerait|dirait)|on ne (?:devinerait|dirait) (?:jamais|pas)|nadie (?:lo )?(?:diria|adivinaria)|man merkt (?:es |den unterschied )?(?:gar |uberhaupt )?nicht|nessuno (?:lo )?(?:direbbe|indovinerebbe)|ninguem (?:diria|adivinharia)|(?:um|un|une) (?:amor|amour|tesoro|sol) de (?:pessoa|persona|personne)|(?:nao|no|ne) (?:as|os|las|los|les) (?:tira|quita|enleve)\\p{L}* (?:dos pes|de los pies|plus)|(?:non )?se le toglie piu|zieht sie nicht mehr aus|de otro nivel|d'un autre niveau|auf einem anderen level|di un altro livello|de outro nivel|you can thank me|(?:asked|asking|ask) (?:me )?where (?:i|we) got (?:them|it|these|those|mine)|(?:me|nos) preguntar(?:on|an) (?:de )?donde (?:eran|son|las? (?:he )?compr\\p{L}*)|acerto de lleno|acerto en todo|(?:m'ont|nous ont) demande ou (?:je|nous|on) (?:les |l')?(?:avai[st] |ai |avons )?(?:achete|trouve)\\p{L}*|a vu juste|(?:haben|hat) (?:mich|uns) gefragt,? wo (?:ich|wir) (?:sie|die|es|den|das) (?:her ?habe|gekauft)\\p{L}*|lag (?:goldrichtig|genau richtig)|mi hanno chiesto dove (?:l[ie] |l')?(?:ho |avevo )?(?:pres|comprat|trovat)\\p{L}*|ha centrato in pieno|(?:me|nos) perguntaram onde (?:as |os |o |a )?(?:comprei|compramos|encontrei)|acertou em cheio)${E}`,
      // Rescued, or as good as the talk: "saved my Friday", "lifesavers", "lived up to the hype".
      `${B}(?:(?:the |my |our )?(?:only )?reason (?:i|we) (?:get out of bed|get up|wake up|still live here)|reason to (?:get out of bed|get up|live)|que c'etait bon|bluffant\\p{L}*|service (?:rapide|efficace|impeccable|au top|parfait)|(?:ein |kurzes |grosses |dickes |mal ein )?lob an|so muss (?:support|service|kundenservice|das) sein|genau so stell(?:e)? ich mir|(?:muy |super |tan )?mon(?:isim)?[ao]s(?= |,|!|$)|maques|boniques|genials|perfectes|m'encanten|m'encanta|(?:est|etait|sont|etaient) a tomber(?: par terre)?|c'etait (?:tellement |trop |vraiment |super )?bon|ecoeurant dans le bon sens|ca vaut (?:la peine|le detour|le coup)|tabarnouche|aanrader|saved (?:my|our|the) (?:day|friday|monday|week|weekend|morning|evening|night|trip|holiday|life|lives|sanity|bacon|month|year|quarter|business|wedding|butt|ass|skin)|(?:not|wasn'?t|weren'?t|didn'?t|did not) (?:\\p{L}+ )?expect(?:ing)? (?:much|a lot|great things|anything special|anything),? (?:but|and yet|yet)|lifesavers|life savers|lived up to (?:it|the hype|all the hype|expectations|its reputation|every (?:word|review)))${E}`,
      // A recommendation vouched for: "Not sponsored lol", "not an ad", "nicht gesponsert", "which is all I need".
      `${B}(?:not sponsored|(?:this is |this isn'?t |this is not |not )an ad(?! for)|(?:i'?m |i am )?not (?:being )?paid to say (?:this|that)|pas sponsoris\\p{L}*|no (?:es )?patrocinado|nicht gesponsert|non sponsorizzat[oa]|nao (?:e )?patrocinado|which is all (?:i|we) need(?:ed)?|(?:does|do|did) (?:everything|all) (?:i|we) need(?:ed)?)${E}`,
      // Plain satisfaction said plainly: "couldn't fault it", "really enjoyed it", "does the job perfectly", "alles bestens",
      // "gerne wieder", "nada que objetar", "rien à redire", "niente da dire", "nada a apontar".
      `${B}(?:(?:is|was|are|were|combination is|pure|absolute|total) genius|(?:klare|absolute|echte|uneingeschrankte) empfehlung|(?:couldn'?t|could not|can'?t|cannot) fault (?:it|them|a thing|anything)|(?:really|thoroughly|truly|genuinely|so|hugely) enjoyed|(?:we|i) (?:both |all )?enjoyed (?:it|every|our|the|my)|does (?:exactly )?what it says(?: on the tin)?|(?:does|did) the job (?:perfectly|brilliantly|beautifully|really well|so well)|perfectly|alles (?:bestens|prima|perfekt|super)|not bad at all|pas mal du tout|nada mal|para nada mal|gar nicht (?:so )?schlecht|niente male|nada mau|(?:immer )?(?:wieder )?gerne wieder|nada que (?:objetar|reprochar)|rien a (?:redire|dire|reprocher)|niente da (?:dire|eccepire)|nada a (?:apontar|dizer))${E}`,
      // "Never change", "ne changez rien", "no cambiéis nunca", "bleibt wie ihr seid", "non cambiate mai", "nunca mudem";
      // a visit made a ritual ("my Monday ritual", "notre rituel du dimanche").
      `${B}(?:(?:never change|(?:don'?t|do not|please don'?t) (?:ever )?change)(?! (?:the|a|an|your|it|its|this|that|these|those|back|any|how|what|my|our|their)(?![\\p{L}]))|(?:never|don'?t|do not) change a thing|ne changez (?:jamais|rien)|changez rien|no cambi(?:eis|en) (?:nunca|nada|jamas)|nunca cambi(?:eis|en)|(?:bleibt|bleiben sie) (?:bitte |einfach )?(?:so )?wie (?:ihr seid|sie sind)|(?:andert|andern sie) (?:bloss |bitte |ja )?nichts|non cambiate (?:mai|niente|nulla)|nunca mudem|nao mudem (?:nunca|nada)|(?:my|our) (?:\\p{L}+ )?(?:ritual|tradition)|(?:mon|notre) (?:petit )?rituel|(?:mi|nuestro) (?:pequeno )?ritual|(?:mein|unser) (?:\\p{L}+ )?ritual|(?:il mio|il nostro) (?:piccolo )?rito|(?:o meu|o nosso) (?:pequeno )?ritual)${E}`,
      // What outweighed a quibble, and a quirk taken as charm: "the view made up for it", "that's part of the charm",
      // "la vue compense tout", "la vista lo compensa", "die Aussicht entschädigt", "la vista ripaga", "a vista compensa".
      `${B}(?:(?:more than |totally |completely |easily )?(?:made|makes|make) up for (?:it|that|this|everything|all of it|the rest)|(?:(?:that'?s|it'?s|all) )?part of the (?:charm|fun|experience)|that'?s the (?:vibe|charm)|adds? to the (?:charm|atmosphere|vibe)|(?:compense|rattrape)(?:nt)? (?:(?:largement|bien|vraiment) )?(?:tout|le reste|largement|bien)|fait partie du charme|lo compensa|compensa(?:n|ba|ron|ria|)? (?:con creces|todo|de sobra)|compenso (?:con creces|todo)|entschadig\\p{L}*|(?:macht|machte|machen) (?:\\p{L}+ ){0,2}wett|gehort (?:einfach )?zum charme|ripaga(?:no)? (?:di tutto|ampiamente)|compensa(?:no)? (?:tutto|ampiamente)|fa parte del fascino|compensa(?:m)? (?:tudo|bem)|compensou (?:tudo|bem)|faz parte do charme)${E}`,
      // Care that calmed them: "so gentle I didn't feel a thing", "put me at ease", "kept the kids entertained",
      // "aux petits soins", "me tranquilizó", "einfühlsam", "mi ha messo a mio agio", "me deixou à vontade".
      `${B}(?:gentle|gently|reassuring|(?:so |very |really |incredibly |super |extremely |always |endlessly )patient|patient with|put (?:me|us|him|her|them|my \\p{L}+|our \\p{L}+) (?:completely |totally )?at ease|made (?:me|us|him|her|them) feel (?:so |really |very |completely |totally )?(?:welcome|at ease|comfortable|safe|at home|relaxed)|kept (?:them|us|him|her|the kids|the children|the little ones|my \\p{L}+|our \\p{L}+) (?:entertained|happy|calm|busy|amused)|didn'?t feel a thing|(?:aux|au) petits soins|rassurante?s?|bienveillante?s?|(?:tres |si |super )?patiente?s?(?= avec)|m'a (?:mise? |mis )?a l'aise|nous a mis a l'aise|(?:muy |tan |super |bastante )(?:paciente|delicad[oa])s?|me tranquiliz\\p{L}*|nos tranquiliz\\p{L}*|me hizo sentir (?:muy )?(?:comod[oa]|a gusto|bienvenid[oa]|segur[oa])|einfuhlsam\\p{L}*|geduldig\\p{L}*|beruhigend|(?:hat|haben) (?:mich|uns) (?:sofort |gleich )?beruhigt|(?:molto |cosi |super )(?:paziente|delicat[oa])|rassicurant[ei]|mi ha mess[oa] a (?:mio )?agio|ci ha mess[oa] a (?:nostro )?agio|premuros[oa]|(?:muito |tao |super )(?:paciente|delicad[oa])s?|me deixou (?:a vontade|tranquil[oa])|nos deixou (?:a vontade|tranquilos))${E}`,
      // "Juiciest turkey of my life", "the creamiest flan ever", "softest bed I've ever slept in": a superlative of delight.
      `${B}(?:juiciest|creamiest|tastiest|crispiest|fluffiest|comfiest|cosiest|coziest|friendliest|prettiest|flakiest|yummiest|dreamiest|loveliest|softest|freshest|smoothest|tenderest|moistest|cleanest|quietest|sweetest|finest|nicest|cutest|silkiest|warmest|kindest) (?:\\p{L}+ ){1,3}(?:of my life|ever|i(?:'ve| have) ever|in (?:town|the city|london|paris|austin|years))${E}`,
      // "Honestly not sure I want to go home", "finally made recurring invoices click for me": praise said sideways.
      `${B}(?:(?:not sure|don'?t think) (?:i|we) want(?:ed)? to|(?:i|we) (?:don'?t|didn'?t|never) want(?:ed)? to|did(?:n'?t| not) want to) (?:go home|leave|check out)${E}|${B}(?:finally )?(?:made|makes|making) (?:\\p{L}+ ){1,3}click(?: for me)?${E}|${B}finally clicked${E}`,
      // "exactly what I needed", "bookmarking forever", "I used to lose a whole afternoon to this": what we made easy.
      `${B}(?:(?:exactly|just|precisely) what (?:i|we) (?:needed|need|was looking for|were looking for)|bookmark(?:ed|ing)(?: (?:this|it|forever))?|(?:i|we) used to (?:lose|spend|waste|dread|hate|lose) (?:a whole|whole|an entire|entire|hours|half a|a full|every)|saved me (?:hours|so much time|a whole|an entire|a full|half a|days)|(?:officially |now )?(?:our|my) new (?:\\p{L}+ )?(?:spot|place|fave|favou?rite|go-?to|local|haunt|hangout|tradition))${E}`,
      // A start with no trouble: "connected first try", "without a hitch", "setup took 10 minutes".
      `${B}(?:(?:worked|connected|synced|imported|installed|went through|paired) (?:on the |the )?first (?:try|time|go)|first try|without a hitch|seamless(?:ly)?|zero (?:issues|problems|hassle)|no (?:issues|problems|hassle) (?:at all|whatsoever)|(?:setup|set-up|onboarding|migration|installation|sign-?up|the switch) (?:only |just )?took (?:only |just |about |under |less than |like )?(?:\\d{1,2}|a few|five|ten|two|three|fifteen) min)`,
      // Strong praise the per-language lists lacked: "pequeno-almoço incrível", "una cena espectacular", "ein großartiger Abend".
      `${B}(?:incroyable|extraordinaire|fabuleu\\p{L}*|sublime|exceptionnel\\p{L}*|formidable|increibles?|espectacular(?:es)?|fantastic[oa]s?|estupend[oa]s?|exquisit[oa]s?|riquisim[oa]s?|fantastisch\\p{L}*|grossartig\\p{L}*|himmlisch\\p{L}*|kostlich\\p{L}*|erstklassig\\p{L}*|incredibil[ei]|eccezional[ei]|straordinari[oaie]|spettacolar[ei]|incrive(?:l|is)|espetacular(?:es)?|excepciona(?:l|is)|saboros[oa]s?)${E}`,
      // "The sauce flight is a must", "can't stop thinking about the turkey"; still like new after years; everyone asks where they're from.
      `${B}(?:(?:is|are) (?:an? )?(?:absolute |total )?must(?:[- ](?:try|have|order|visit))?|must[- ](?:try|have|order|visit)|can'?t stop thinking about|(?:still|siguen|sigue|son como|estan como|sont toujours|sind (?:noch|immer noch)|sono ancora|continuam|ainda estao) (?:look(?:s|ing)? )?(?:like |como |comme |wie |come )?(?:new|brand new|nuevas?|neuf|neuve|neufs|neuves|neu|nuov[eoi]|nov[oa]s?|(?:el|au|am|il|no) (?:primer|premier|ersten|primo|primeiro) (?:dia|jour|tag|giorno))|everyone (?:always )?asks (?:me )?where|(?:todo el mundo|todas mis amigas|todos mis amigos|todas|todos) me pregunta\\p{L}* (?:de )?donde|tout le monde me demande|alle fragen mich|tutti mi chiedono|(?:toda a gente|todos) me pergunta\\p{L}*)${E}`,
      // "Marco sorted the air con the next morning, so credit there", "credit where it's due", "kudos to the night porter".
      `${B}(?:(?:so |and )?credit (?:there|to (?:them|him|her|the \\p{L}+|\\p{L}+)|where (?:it'?s|credit'?s|credit is) due)|kudos)${E}`,
      // Slang of praise: "90s country on a tuesday was a whole vibe", "bussin", "goated", "no notes", "it ate".
      `${B}(?:(?:a |an )?whole (?:vibe|mood)|(?:is|was|'s) (?:such |a real |a total )?a vibe|(?:immaculate|elite|top) vibes|bussin|goated|no notes|(?:it|this|that|they|she|he) ate(?: and left no crumbs)?(?=\\s*(?:[.!🔥😍💯]|$))|ate and left no crumbs|(?:absolutely |straight |simply )?elite(?=\\s*(?:[.!🔥😍💯]|$)))${E}`,
      // Eaten in no time: "the lemon drizzle disappeared in about four minutes", "gone in seconds", "didn't last five minutes".
      `${B}(?:disappeared|vanished|(?:was|were) gone|gone|devoured|demolished|inhaled|polished off) (?:in|within) (?:about |under |less than |like |around |roughly |maybe )?(?:\\d+|a|one|two|three|four|five|six|ten|fifteen|twenty|thirty|seconds|minutes) ?(?:seconds?|secs?|minutes?|mins?|flat)?|did(?:n'?t| not) (?:even )?last (?:\\d+|five|ten|two|three) (?:seconds|minutes|mins)${E}`,
      // Bought again, worn through a long night: "ya he pedido otro par", "ordered a second pair", "danced all night in them".
      `${B}(?:(?:already |just |now )?(?:ordered|bought|got) (?:a |my )?(?:second|third|another) (?:pair|one)|ordered another|(?:ya )?he (?:pedido|comprado) otr[oa]s?(?: par)?|(?:j'en ai |j'ai )?(?:re)?command[ee]+ une (?:autre|deuxieme|seconde) paire|(?:gleich )?ein (?:zweites|drittes|weiteres) paar|ho (?:gia )?(?:ordinato|comprato) un altro paio|(?:ja )?encomendei (?:outro|mais um) par|danced all night|all night (?:dancing|on my feet)|(?:aguante|aguantamos) toda la noche|toda la noche bailando|danse toute la (?:nuit|soiree)|die ganze nacht (?:getanzt|durchgetanzt)|ballato tutta la (?:notte|sera)|dancei a noite (?:toda|inteira))${E}`,
      // "Parking lot out back is a plus", "the terrace was a real bonus".
      `${B}(?:is|was|are|were|'s) (?:also )?an? (?:big |real |nice |huge |definite )?(?:plus|bonus)${E}`,
      // "really pretty" said of a thing (not "pretty loud", where it only softens the next word).
      `${B}(?:are|is|was|were|look|looks|looked) (?:really |so |very |super )?pretty(?=\\s*(?:[,.!;]|but${E}|and${E}|$))`,
      `${B}(?:adore|excellent|parfait|genial|delicieux|merveilleu|magnifique|super(?:bes?)?${E}|(?<!(?<![\\p{L}\\p{N}])(?:on|the|on the|at the|from the|over the|off the|to the|tip|over|sur le|en) )top${E}(?! (?:of|up|floor|shelf|layer|half|up|off)(?![\\p{L}]))|bravo|merci${E}|(?<!(?<![\\p{L}\\p{N}])(?:courrier|lettre|envoi|pli|en|par) )recommande|meilleur|gentil|sympas?${E}|accueillant|mention speciale|une tuerie|de ouf|trop bon|regal(?:e|ee|es|ees|ait|aient)?(?![\\p{L}])|bien situe|tres bien|aimable|souriant|agreable|charmant|chaleureu|impeccable|bel emplacement|belle vue|tres bel(?:le)?|adorable${E}|(?:belle|jolie|superbe) (?:terrasse|salle|chambre|vue|deco|decoration|ambiance|carte|piscine|endroit|maison|adresse|surprise|soiree)|(?:beau|joli) (?:cadre|lieu|restaurant|hotel|jardin|patio|decor|endroit|moment|service|travail))`,
      // "Las alpargatas bien, el proceso fatal": a thing said to be fine, at the end of its phrase.
      `${B}(?:muy |super |bastante )?bien(?= ?[,;]| y${E}| pero${E}|\\s*$)`,
      `${B}(?:encant|excelente|perfect[oa]|genial|delicios|maravill|buenisim|recomiend|mejor(?:es)?${E}|gracias|bonit|comod|da gusto|una pasada|brutal(?:es)?${E}|funciona bien|amplia|amplio|amable|sonriente|agradable|encantador|impecable)`,
      // "le cadre est joli", "el local es precioso", "la sala era molto bella", "o espaço é lindo": pretty, said of a place.
      `${B}(?:(?:est|etait|sont|etaient) (?:tres |vraiment |super |si )?(?:joli|jolie|jolis|jolies|beau|belle|beaux|belles)|(?:es|era|son|eran) (?:muy )?(?:bonit[oa]s?|precios[oa]s?)|(?:e|era|sono|erano) (?:molto )?(?:bell[oaie]|carin[oaie])|(?:e|era|sao|eram) (?:muito )?(?:bonit[oa]s?|lind[oa]s?))${E}`,
      `${B}(?:wunderbar|super${E}|toll|klasse|perfekt|lecker|sensationell|empfehl|beste[nrms]?${E}|danke|freundlich|endlich eine|gut(?:e[rnms]?)?${E}|sehr gut|ubersichtlich|gemutlich|nett(?:e[nrms]?)?${E}|hervorragend|ausgezeichnet|hilfsbereit|sauber${E}|schon(?:e[nrms]?)? (?:lage|aussicht|zimmer)|traumhaft)`,
      // Not in a greeting or a wish ("Boa tarde", "Buenas noches", "bonne journée", "buona sera").
      `${B}(?:buen[oa]s?${E}|buon[oa]${E}|boa${E}|bom${E}|bonnes?${E}|bons?${E})(?! (?:tardes?|noches?|dias?|noite|dia|sorte|viagem|journee|soiree|nuit|annee|continuation|chance|fin de semana|fim de semana|serata|giornata|sera|notte|week-?end|domenica|settimana|lunedi|sabato|domingo|lunes|sabado|semana|dimanche|semaine|lundi|samedi|segunda|sexta))`,
      `${B}(?:ottim|eccellent|perfett|splendid|meraviglia|buonissim|delizios|meraviglios|consiglio|miglior[ei]?${E}|grazie|gentil|bellissim|che vista|complimenti|sorridente|cordial|accoglient|impeccabil|piacevol|fantastic[oaie]${E}|stupend|favolos|(?:e|era) un sogno|pulitissim|squisit)`,
      // Someone else's love of the thing: "a minha filha adora as vossas", "mi hija las adora", "sie liebt eure Schuhe".
      `${B}(?:adora[mn]?|adorano|adoramos|liebt|lieben)${E}`,
      `${B}(?:adoro|otim|excelente|perfeit|delicios|maravilh|recomendo|melhor(?:es)?${E}|obrigad|lind[oa]s?${E}|que mimo|gostei|adorei|simpatic|agradavel|acolhedor|impecave|confortave|confortavel)`,
    ],
    (words) => primed(new RegExp(leanWordClasses(sharedWordStart(words)), 'u')),
  ),
);

/**
 * Mild criticism: worn, dated or a little short of something ("the bathroom could use a refresh",
 * "un peu vieillotte", "etwas in die Jahre gekommen", "a dark mode would be nice"). A problem,
 * but beside praise and good stars not a grievance: such a review is lukewarm.
 */
export const MILD_CRITICISM = reRare(
  [
    // A price that seemed a bit much: "mi sono sembrati tantini", "un po' salato", "un poco caro", "um bocado caro".
    `${B}(?:tantin[oiae]|(?:un po'?|un pochino|piuttosto|abbastanza) (?:car[oiae]|salat[oiae])|(?:un poco|algo|bastante) car[oa]s?|(?:um pouco|um bocado|meio) car[oa]s?|(?:un peu|assez) (?:cher|chere|chers|cheres|sale|salee)|(?:a bit|a little|slightly|rather|quite) (?:steep|pricey|dear))${E}`,
    // "solo il wifi in camera era lento", "only the wifi was a bit slow": one small thing, said as only.
    `${B}(?:only|just|solo|seul(?:ement)?|nur|apenas) (?:the |il |la |lo |le |el |der |die |das |o |a |l')?\\p{L}+(?: \\p{L}+){0,3} (?:was|were|era|erano|etait|war|estaba|estava) (?:a bit |a little |un po' |un peu |etwas |un poco |um pouco )?(?:slow|lento|lenta|lent|lente|langsam|small|piccol[oa]|petite?|pequen[oa]|klein|noisy|rumoros[oa]|bruyante?|ruidos[oa]|laut)${E}`,
    `${B}(?:could (?:use|do with) (?:a |some )?(?:bit of (?:a )?|little )?(?:refresh|update|makeover|renovation|lick of paint|tlc|work)|needs? (?:a |some )?(?:refresh|update|makeover|renovation|lick of paint|tlc)|(?:a bit|a little|slightly|rather|quite|very|looking|look|looks) (?:dated|shabby|run-?down|(?:tired|worn)(?=\\s*(?:[,.!;)]|and${E}|but${E}|though${E}|$))))`,
    `${B}(?:un peu (?:vieillot|date|defraichi|use|vetuste)|vieillot\\w*|defraichi\\w*|meriterai(?:t|ent) (?:un |une |d'etre )?(?:rafraichi|renov|coup de (?:frais|neuf|jeune)|mise a jour)|un poco (?:anticuad|viej|desgastad)|necesita(?:ria|n)? (?:una )?(?:renovacion|reforma|actualizacion|mano de pintura)|in die jahre gekommen|(?:etwas|leicht|ziemlich) (?:veraltet|abgenutzt|altbacken|abgewohnt)|(?:konnte|konnten|vertragt|vertragen) (?:eine )?(?:renovierung|auffrischung|modernisierung)|un po' (?:datat|vecchiott|usurat|trascurat)|avrebbe(?:ro)? bisogno di (?:una )?(?:rinfrescata|ristrutturazione|rinnovo)|um pouco (?:datad|antiquad|velh|gast)|precisa(?:va|m)? de (?:uma )?(?:renovacao|remodelacao|atualizacao))`,
    // "un peu trop sucrés à mon goût", "tardaron unos días en ablandarse": a matter of taste, a few days to break in.
    `${B}(?:(?:un peu|un poco|etwas|un po'?|um pouco|a bit|a little|slightly) (?:trop|demasiado|zu|troppo|demais|too) \\p{L}+|(?:a|pour) mon gout|para mi gusto|fur meinen geschmack|per i miei gusti|para o meu gosto|for my taste|(?:tardaron|tardan|tarda|tardo|tardaram|tardou|levaram|levou) (?:unos|algunos|un par de|uns|alguns) dias (?:en|a|para) (?:ablandarse|adaptarse|amoldarse|ceder|amaciar|lacear|laciar)|(?:i |we )?(?:expected|was expecting|were expecting) (?:a bit |a little |much |so much )?(?:more|better)|esperava(?:mos)? (?:um pouco |bem )?mais|esperaba(?:mos)? (?:algo |un poco |mucho )?mas|je m'attendais a (?:mieux|plus|un peu plus)|ich hatte (?:mir )?(?:etwas |viel )?mehr erwartet|mi aspettavo (?:di )?(?:piu|meglio|qualcosa di piu)|(?:for|per|pour|por|fur|para) [^.!?]{0,30}(?:i expected|i was expecting|we expected|we were expecting|mi aspettavo|ci aspettavamo|je m'attendais a|on s'attendait a|on s'attend a|nous nous attendions a|esperaba|esperabamos|esperava|esperavamos|erwarte ich|erwarten wir|hatte ich|hatten wir))${E}`,
    // "slow but friendly", "reporting is a bit limited", "took a while to break in": a caveat beside the praise.
    `${B}(?:(?:slow|busy|pricey|noisy|loud|cramped|basic) but (?:friendly|lovely|worth it|nice|good|tasty|kind|efficient|fine|cheerful)|(?:is|are|feels?|seems?) (?:a bit |a little |quite |rather |pretty |somewhat )?limited|(?:took|take|takes) (?:a while|some time|a few (?:days|wears|weeks)) to (?:break in|wear in|get used to))${E}`,
    `${B}(?:(?:bem |muito |um pouco |meio )?datad[oa]s?|(?:bem |muito |um pouco )?antiquad[oa]s?|(?:dos |anos )anos (?:70|80|90)|anni (?:70|80|90)|annees (?:70|80|90)|(?:a bit|a little|slightly|un peu|un poco|etwas|leicht|un po'?|um pouco|una mica) (?:dura|dur|durs|dures|dry|salty|sweet|bitter|weak|greasy|overpriced|expensive|dated|tired|worn|crowded|busy|rushed|long|slow|small|noisy|loud|pricey|cramped|lent|bruyant|cher|petit|lento|ruidoso|caro|pequeno|langsam|laut|teuer|klein|eng|rumoroso|piccol|barulhento|pequen)\\w*)`,
    `${B}(?:i (?:thought|expected) (?:it|they|the \\w+)(?: \\w+)? (?:would be|was|were|to be) (?:more|bigger|thicker|larger|longer|softer|stronger|warmer|sturdier)|pensaba que (?:\\p{L}+ ){1,3}(?:era|eran|seria|serian|iba a ser) mas|je (?:pensais|croyais) que (?:\\p{L}+ ){1,3}(?:etait|serait|seraient|etaient) plus|(?:ich )?dachte,? (?:\\p{L}+ ){1,3}(?:ware|waren|sei|ist) (?:\\p{L}+ )?(?:grosser|dicker|langer|mehr|weicher|starker)|pensavo che (?:\\p{L}+ ){1,3}(?:fosse|fossero|era|erano) piu|pensei que (?:\\p{L}+ ){1,3}(?:era|eram|fosse|fossem|seria) mais)`,
    // "könnte übersichtlicher sein", "pourrait être plus clair", "podría ser más cómoda": could be better.
    `${B}(?:konnte (?:\\w+ ){0,2}(?:\\w+er) sein|pourrai(?:t|ent) etre plus|podria(?:n)? ser mas|potrebbe(?:ro)? essere piu|poderia(?:m)? ser mais|podia(?:m)? ser mais|could be (?:a bit |a little )?(?:\\w+er|more|clearer|better))`,
    // "the rooms are def smaller than they look here": the photos flattered; a shortfall, not a fault.
    `${B}(?:(?:a bit |a little |def |definitely |slightly |much |way )?(?:smaller|darker|older|tinier|more cramped|more basic) than (?:they|it|the \\p{L}+) (?:look|looks|looked|appear|appears|appeared|seem|seemed)(?: (?:here|online|in the (?:photos?|pictures?|video|listing|ad)))?)${E}`,
    // A fit note ("they run half a size small, size up"), "could have more gluten-free options", "quelconque".
    `${B}(?:runs? (?:half a size |a size |a half size |a full size |a bit |a little |slightly )?(?:small|big|large|narrow|wide)|(?:i'?d |we'?d )?(?:recommend )?siz(?:e|ing) (?:up|down)|(?:could|might) (?:have|offer|do with|use) more|podia ter mais|poderia ter mais|podria (?:tener|haber) mas|pourrai(?:t|ent) (?:avoir|proposer) plus|konnte (?:mehr|ruhig mehr)|potrebbe (?:avere|offrire) piu|quelconques?|banale?s?|sans (?:grand )?interet|durchschnittlich|mittelmassig|normalit[oa]s?|del monton|anonim[oa])${E}`,
    // Fit said in Portuguese, French, German and Italian: "o 38 ficou grande", "taillent grand", "fallen klein aus",
    // "mi stanno piccole" ("¿van grandes?", "vestono grandi?" ask about the fit; a held-out sizing question
    // told "me quedan grandes" of other shoes, so Spanish is left out).
    `${B}(?:(?:ficou|ficaram|fica|ficam) (?:\\p{L}+ )?(?:grandes?|pequen[oa]s?|larg[oa]s?|apertad[oa]s?)|taill(?:e|ent) (?:un peu |tres )?(?:grand|petit)|(?:fallt|fallen|fiel|fielen) (?:\\p{L}+ )?(?:gross|klein|eng|weit) aus|mi (?:stanno|stava|stavano) (?:\\p{L}+ )?(?:grand[ei]|piccol[oaie]|strett[oaie]|larg[oaie]))${E}`,
    // (Not "wäre super, wenn ihr mir sagt, wo ich das finde": a polite request for an answer, not a wish for a feature.)
    `${B}(?:(?:i |just |only )wish (?:they|you|support|it|there|the)|would be (?:nice|great|good)(?! to (?:see|meet|catch up with) (?:you|everyone|some|a few|familiar))|(?:serait|seraient) (?:bien|top|super|pratique)|seria (?:genial|estupendo|bueno|util)|ware (?:schon|toll|super|praktisch)(?!,? (?:sich|euch|dich|sie|uns) (?:mal )?(?:zu )?(?:sehen|treffen|kennenzulernen))|sarebbe (?:bello|utile|comodo)|seria (?:otimo|bom|util))${E}(?!,? (?:if|wenn|si|se) (?:you|ihr|du|sie|vous|tu|usted|ustedes|voi|voces|me|mi) (?:\\p{L}+ ){0,2}(?:tell|let me know|sagt|sagen|mitteilt|mitteilen|erklart|erklaren|dites|diriez|dire|decis|dijerais|dijera|dite|direste|dizem|dissessem))`,
  ].join('|'),
);

/**
 * Made to feel a nuisance: "never been made to feel that unwelcome", "until the real customers are seated", "nous a
 * fait sentir qu'on dérangeait", "nos hizo sentir que molestábamos", "ließ uns spüren, dass wir störten" (six languages).
 */
/** A complaint met with a shrug, in six languages (folded): "il a haussé les épaules", "zuckte nur mit den Schultern". */
const SHRUGGED_SOURCE = `(?:a|ont|m'a|nous a) (?:juste |simplement |seulement )?hausse les epaules|haussement d'epaules|(?:se )?encog(?:io|ieron) de hombros|(?:zuckte|zuckten) (?:nur |bloss |einfach )?(?:mit )?(?:den )?(?:schultern|achseln)|schulterzucken|(?:ha|hanno) (?:solo |semplicemente )?(?:alzato|scrollato) le spalle|(?:encolheu|encolheram) os ombros|(?:just |only |simply )?shrugged(?: (?:it off|at us|at me|and walked))?`;
export const SHRUGGED = re(`${B}(?:${SHRUGGED_SOURCE})${E}`);
const RUDE_TREATMENT_SOURCE = `${B}(?:${SHRUGGED_SOURCE}|(?:a |ont |m'a |nous a )?leve les yeux au ciel|verdreh\\p{L}* (?:die |uns die |mir die )?augen|puso los ojos en blanco|(?:ha )?alzato gli occhi al cielo|revirou os olhos|rolled (?:her|his|their) eyes(?: at (?:us|me))?|(?:made|make|makes|making) (?:us|me) feel (?:so |that |very |really |quite |more |like )?(?:unwelcome|a nuisance|a burden|like a burden|an inconvenience|like an inconvenience|stupid|small|like (?:we|i) (?:were|was) (?:bothering|a nuisance|in the way|an inconvenience|a burden))|(?:felt|feel|been made to feel) (?:so |that |very |really |more |this )?unwelcome|the real customers|talked down to (?:us|me)|snapped at (?:us|me)|(?:fait|fit) (?:sentir|comprendre) qu'on (?:derangeait|genait|etait de trop)|(?:nous|m')a (?:fait|clairement fait) (?:sentir|comprendre) que (?:nous|je|on) (?:derangions|derangeais|derangeait|genions|etions de trop|etais de trop)|(?:nous|m')a pris de haut|(?:nos|me) hizo sentir (?:que (?:molestabamos|sobrabamos|molestaba|sobraba)|de mas|incomod[oa]s?|como (?:un estorbo|una molestia))|(?:liess|ließ|gab) (?:uns|mich) (?:deutlich )?(?:spuren|spüren|merken|zu verstehen),? dass (?:wir|ich) (?:storten|störten|storte|störte|unerwunscht|unerwünscht|zu viel)|von oben herab|herablassend\\w*|ci ha fatto (?:capire|sentire) che (?:davamo fastidio|disturbavamo|eravamo di troppo)|trattat[oi] con sufficienza|(?:fez|fizeram)-(?:nos|me) sentir (?:que (?:incomodavamos|incomodava|estavamos a mais|estavamos a incomodar)|a mais|indesejad[oa]s?))${E}`;
export const RUDE_TREATMENT = re(RUDE_TREATMENT_SOURCE);

/** Clear problem words, per language (PROBLEM below reads them outside a praising negation). */
const PROBLEM_WORDS: readonly string[] = [
  MILD_CRITICISM.source,
  // Faults in everyday words: "sad rubbery eggs", "the barrier was busted", "grainy mac", "the timer is fiddly", "£4.20
  // felt steep", "tasted like the inside of a fridge", "60% fat", "the light in the lot has been out", "a pothole".
  `${B}(?:(?:\\d+|une|deux|trois|quatre|cinq|dix|quinze|vingt|trente) (?:bonnes|grosses|longues) (?:minutes|heures)|(?:une |deux )?bonnes? (?:demi-)?heures? d'attente|(?:unos )?buenos (?:\\d+ )?minutos|(?:eine )?gute (?:\\d+ )?(?:minuten|stunde)|(?:dei )?buoni (?:\\d+ )?minuti|uns bons (?:\\d+ )?minutos|bancal\\p{L}*|wackelig\\p{L}*|wobbly|wobbling|traballant\\p{L}*|cojea\\p{L}*|failli (?:tomber|me retrouver par terre|me casser)|casi me caigo|fast hingefallen|quase ca(?:i|ia)|quasi cadut[oa]|rubbery|busted|grainy|gritty|fiddly|finicky|clunky|potholes?|pitch(?:-| )black|(?:lights?|bulbs?|lamps?|street ?lights?|lighting)(?: [\\p{L}']+){0,5}? (?:(?:has|have) been|(?:is|are|was|were) (?:still )?|(?:went|gone|going)) out(?! (?:of|there|here|front|back|the|on|for (?:a|the|dinner|lunch))(?![\\p{L}]))|gloopy|gluey|claggy|(?:felt|feels|a (?:bit|little|touch)|pretty|rather|quite|very|way too|too) steep|steep for|tasted (?:like|of) (?:the (?:inside of (?:a|the|my) )?)?(?:fridge|cardboard|plastic|chemicals?|soap|bleach|dishwater|nothing)|(?:\\d+ ?%|mostly|pure|all|half) fat(?: cap)?(?!-)|(?<!(?<![\\p{L}\\p{N}])(?:instead of|rather than|than|unlike|no more|not|over) )sad (?:little )?(?:salad|sandwich|eggs?|croissants?|portion|toast|fries|chips|burger|plate|pastry|pastries|excuse)|(?:il )?(?:n'y en avait|y en avait|n'y en a|y en a|y avait) plus|nervt|nervig|nervend|mi scoccia|e una seccatura|es un rollo|um saco|(?:turned up|appeared|showed up|was added|were added|got added|snuck) (?:on|to|onto) (?:our|my|the) (?:final |hotel |room )?(?:bill|invoice|receipt|statement|folio)|(?:says|said|advertised as|listed as) (?:it'?s |it is |they'?re |they are )?free|nothing like (?:the |in the )?(?:photos?|pictures?|listing|description)|(?:not|nothing) as (?:described|pictured|advertised))${E}`,
  // What did not match what was shown or charged: "il conto non corrispondeva ai prezzi", "didn't match the photos".
  `${B}(?:(?:didn'?t|did not|doesn'?t|does not|don'?t|do not) match|non corrispond\\p{L}*|ne correspond(?:ait|ent|aient)? pas|no (?:coincid|correspond)\\p{L}*|(?:stimmte|stimmt|stimmten) nicht (?:mit|uberein)|nao (?:coincid|correspond)\\p{L}*)${E}`,
  // Not what it was: "used to be my favourite café", "the scones aren't the same", "ya no es lo mismo" (six languages).
  `${B}(?:used to be (?:my|our|the) (?:\\p{L}+ )?(?:favou?rite|fave|go-?to|regular)|used to be (?:so |really )?(?:good|great|amazing|better|lovely)|(?:isn'?t|aren'?t|is not|are not|wasn'?t|weren'?t|not) (?:\\p{L}+ )?(?:the same(?= *(?:[.,!?;)]|$| anymore| any more| as before| since| now| these days| lately))|what (?:it|they) used to be)|not (?:as good as|like) (?:it|they) used to be|n'est plus (?:ce qu'(?:il|elle) etait|le meme|la meme|aussi bon|pareil)|ce n'est plus pareil|plus comme avant|c'etait (?:mon|notre) (?:\\p{L}+ )?(?:prefere|preferee)|ya no (?:es|son) (?:lo mismo|igual(?:es)?|como antes|lo que era)|(?:era|solia ser) mi (?:\\p{L}+ )?favorit[oa]|(?:war|waren) (?:mal|fruher|einmal) (?:mein|unser)\\p{L}* lieblings\\p{L}*|nicht mehr (?:das|der|die) (?:selbe|gleiche)|nicht mehr so gut|nicht mehr wie fruher|non e piu (?:lo stesso|la stessa|quello di (?:una volta|prima)|come prima)|era il mio (?:\\p{L}+ )?preferit[oa]|ja nao (?:e|sao) (?:o mesmo|a mesma|como antes|o que era)|era o meu (?:\\p{L}+ )?favorit[oa])${E}`,
  // Work they had to redo or do by hand: "musste drei Rechnungen stornieren", "had to reissue every invoice", "j'ai dû tout refaire".
  `${B}(?:had to (?:\\p{L}+ ){0,4}(?:cancel|redo|re-?issue|rewrite|re-?enter|re-?type|fix|correct|edit|delete|re-?send)|(?:manually|by hand) (?:fix|correct|edit|change|adjust|re-?enter|re-?type)|musste (?:\\p{L}+ ){0,4}(?:stornieren|neu (?:schreiben|erstellen|machen|anlegen)|korrigieren|manuell|von hand|handisch)|(?:manuell|von hand|handisch) (?:anpassen|korrigieren|andern|nachtragen)|j'ai du (?:\\p{L}+ ){0,3}(?:refaire|annuler|corriger|ressaisir|modifier)|(?:a|tout) (?:refaire|corriger) (?:a la main|manuellement)|tuve que (?:\\p{L}+ ){0,3}(?:rehacer|anular|cancelar|corregir|volver a)|ho dovuto (?:\\p{L}+ ){0,3}(?:rifare|annullare|correggere|stornare)|tive (?:de|que) (?:\\p{L}+ ){0,3}(?:refazer|anular|cancelar|corrigir)|handmatig aanpassen)${E}`,
  // A payment that failed or hangs: "el pago con Bizum falló", "o pagamento ficou pendente", "Zahlung fehlgeschlagen".
  `${B}(?:(?:payment|pago|pagamento|paiement|zahlung|pagamento) (?:\\p{L}+ ){0,4}(?:failed|fallo|fallaron|fallaba|falhou|falharam|ficou pendente|esta pendente|a echoue|fehlgeschlagen|e fallito|non e andato a buon fine)|(?:fallo|falhou|failed|a echoue) (?:\\p{L}+ ){0,2}(?:tres|dos|duas|tres|three|two|deux|trois) (?:veces|vezes|times|fois))${E}`,
  // "sent it back", "drier than my ex's texts", "two left shoes", "a fresh scrape down the door".
  `${B}(?:sent (?:it|them|mine|the \\p{L}+) back|(?:drier|dryer|colder|saltier|tougher|harder|soggier|greasier) than|(?:two|dos|deux|zwei|due|dois) (?:\\p{L}+ ){0,3}(?:left|izquierd\\p{L}*|gauches?|linke\\p{L}*|sinistr\\p{L}*|esquerd\\p{L}*)(?: (?:foot|feet|shoes?|pie|pies|pied|pieds))?|(?:fresh |new |big |long )?(?:scrape|scratch|dent)s? (?:down|on|along|in) (?:the|my|our))${E}`,
  // Walls that let every sound through, in six languages.
  `${B}(?:(?:paper-?|wafer-?|very |so |really )?thin walls|walls (?:are|were|is|was) (?:paper-?|wafer-?|so |very |really )?thin|(?:could|can) hear (?:everything|every (?:word|sound|footstep)|the (?:neighbou?rs|people next door|next room))|hellhorig\\w*|mal insonoris\\w*|on entend(?:ait)? tout|(?:se )?(?:oye|oia|escucha|escuchaba) todo|mal insonorizad\\w*|si sent(?:e|iva) tutto|(?:poco|mal) insonorizzat\\w*|(?:ouve|ouvia)-se tudo|(?:ouvimos|ouvia) tudo)${E}`,
  // Their own word held against them: "make it make sense", "a separate plate isn't much to ask",
  // "40p extra when your own website says alt milks are free", "half foam", "crumbs all over it".
  `${B}(?:make it make sense|(?:isn'?t|is not|not) (?:too |that |so )?much to ask|(?:is )?(?:that|it|this) (?:really )?too much to ask|when your (?:own )?(?:website|site|menu|sign|app|page|policy|ad|advert|listing) (?:says|said|clearly says|promises|claims)|(?:literally |basically |mostly )?half (?:foam|ice|empty)|crumbs (?:all )?over)${E}`,
  // Data lost without a word: "the CSV export silently drops invoices", "Q3 was short by 11 invoices", "but this is bad".
  `${B}(?:silently (?:drops?|dropped|deletes?|deleted|skips?|skipped|removes?|removed|fails?|failed|loses?|lost|ignores?|ignored)|(?:was|is|came up|came out|ended up) short by|(?:this|that|it) is (?:really |so |very |pretty |quite )?bad)${E}`,
  // A drain or toilet that would not empty, in six languages.
  `${B}(?:blocked|clogged|backed up|overflowing|bouchee?s?|obstrue(?:e|s)?|atascad[oa]s?|obstruid[oa]s?|verstopft|intasat[oaie]|otturat[oaie]|entupid[oa]s?)${E}`,
  // "the bathrooms needed a clean", "could do with a good clean".
  `${B}(?:needs?|needed|could (?:do with|use)) (?:a (?:good |proper |deep |serious )?)?clean(?:ing|up)?${E}`,
  // Meat not cooked through: "pink in the middle", "raw inside", "still bloody".
  `${B}(?:pink|raw|bloody|cold) (?:in the middle|inside|in the centre|in the center|at the bone)${E}`,
  // Asked again and again ("Asked three times already 🙄").
  `${B}(?:asked|emailed|messaged|wrote|written|called|rang) (?:you |them |here )?(?:three|four|five|several|multiple|many|\\d+) times(?: already| now)?${E}`,
  // Turned away or let down in so many words: "refused it", "please fix", "embarrassing", "you'd stopped making them".
  `${B}(?:refused (?:it|them|to|my|our|the)|(?:would|will|did)n'?t (?:accept|honou?r|take) (?:it|them|my|our|the)|please fix|fix (?:this|it) (?:please|asap|now)|embarrassing|(?:had |have |'d )?stopped (?:making|selling|stocking|carrying|offering)|(?:no longer|not) (?:make|sell|do|serve|stock|carry|offer)(?:s|ing)? (?:them|it|the)|since when\\?)${E}`,
  // A fine for parking where they were sent: "came back to a $50 ticket", "got towed", "the lot was chained off".
  `${B}(?:(?:came back to|got|received|slapped with|ended up with|left with) an? (?:[$£€]\\s?\\d+ |\\d+ ?(?:€|dollars?|pounds?|euros?) )?(?:parking )?(?:ticket|fine)|(?:got|were|was) (?:towed|clamped)|chained off|strafzettel|knolle|multa de (?:aparcamiento|estacionamento)|amende de stationnement|pv de stationnement)${E}`,
  // Came apart: ripped, tore, split, came unstitched or unglued (six languages).
  `${B}(?:(?:ripped|tore|split)(?= (?:after|within|on|at|apart|open|in|along|down) )|came apart|fell apart|came unstuck|came unglued|came unstitched|dechire(?:e|s|es)?|se sont dechire\\w*|decousu\\w*|decolle(?:e|s|es)?|se (?:rompieron|rompio|rasgaron|rasgo|descosieron|descosio|despegaron|despego)|rot[oa]s|gerissen|aufgerissen|kaputt(?:gegangen)?|lost sich|losen sich|strappat[oaie]|scucit[oaie]|scollat[oaie]|si sono (?:rotte|rotti|strappate|scucite|scollate)|rasgaram|rasgou|descoseram|descoseu|descolaram|descolou|estragaram|estragou)${E}`,
  // "Reporting is limited", "feels like an afterthought": a feature that falls short.
  `${B}(?:(?:is|are|feels?|seems?|very|quite|pretty|rather|too|still|a bit|fairly) limited(?=\\s*(?:[.,;:!?)]|$|though|tho|and |in |compared|for |when |but ))|(?:like |an? )afterthought|half-baked|bare-?bones|clunky)${E}`,
  `${B}(?:(?<!(?<![\\p{L}\\p{N}])(?:our|my) )(?:terrible|awful|horrible)(?! (?:french|english|spanish|german|italian|portuguese|accents?|pronunciation)${E})|disgusting|(?:was|were|is|are|so|honestly|really|pretty|kinda|absolutely|just|bit) gross|no (?:soap|toilet paper|loo roll|paper towels|hand towels|hot water)|worst|rude|(?<!(?<![\\p{L}\\p{N}])(?:the|a|in the|from the|hates|hate) )cold(?! (?:brew|drinks?|weather|snap|winter|mornings?|nights?|days?))|lukewarm|dry(?![ -]?(?:rub|rubs|aged|cleaning|cleaner|ice|january|martini|gin|cider|sherry|white|riesling|humou?r|run))|soggy(?! (?:days?|weather|mornings?|afternoons?|evenings?|weekends?|walks?|hikes?|trips?))|bland|stale|burnt(?! ends?)|broken|dirty|slow|(?:arrived|was|came|turned up|showed up|an hour|\\d+ (?:min|mins|minutes|hours?)) late|louder|wasted|logs? me out|logged (?:me|us) out|logging (?:me|us) out|fix (?:your|this|the) (?:damn |bloody |fucking |freaking |stupid )?(?:app|site|website|system|service|shit|mess)|doesn'?t work|does not work|didn'?t work|did not work|don'?t work|not working|worn(?:-out| out)? (?:carpets?|sofas?|couch|furniture|towels?|sheets?|bedding|mattress(?:es)?|rugs?|seats?|chairs?|curtains?|paintwork|floors?|stairs|armchairs?)|threadbare|(?:hasn'?t|has not|haven'?t|have not|hadn'?t|isn'?t|wasn'?t|won'?t|wouldn'?t) (?:been )?work(?:ed|ing)?|stopped working|(?:was|were|is|are|got|been|being) locked|can'?t (?:find|log in|sign in|see|open)|no (?:\\w+ )?button|outdated|error message|crash(?:es|ed|ing)?|too loud|gone up|went up(?! (?:a|half a|one|1|a full|two|2) (?:size|sizes|shoe size|number))|(?<!(?<![\\p{L}\\p{N}])(?:ever|ever come|ever go|ever be taken|ever get taken) )off the menu|discontinued|no longer (?:have|sell|offer|do|make)|got rid of|why (?:did|would|do) (?:you|y'all|u|they) (?:take|remove|stop|change|get rid)|coming back or not|nobody came|no one came|(?:nobody|no one|no-one) (?:told|helped|answered|apologi[sz]ed|called|emailed|rang|phoned|contacted|warned|let (?:us|me) know|got back)|not cool|charged (?:us |me )?(?:the )?full price|(?:blank|empty) (?:file|page|screen|pdf|export|csv|invoice|document)|felt (?:really )?(?:silly|stupid|ignored)|ignored|only (?:got|received) one|squashed|lean|clunky|took longer|dark pattern|without asking|charged me|money back|never entered|closes? (?:a bit )?early|never (?:arrived|came|showed)|(?<!already )missing(?! (?:\\w+ ){0,3}already)|forgot|(?<!get (?:me|us) )wrong|overpriced|pricey|expensive|disappoint\\w*|not (?:great|good|worth)|won't (?:return|be back)|not coming back|nothing special|forgettable|mediocre|meh|noisy|loud|freezing|sour|fray\\w*|falling apart|cut off|step backwards|confused|annoyed|hungry)${E}`,
  // "Ordered size 40, received 38", "second time this happens": what came was not what was ordered, again.
  `${B}(?:ordered|asked for)${E}[^.!?]{1,40}${B}(?:received|they sent|was sent|got sent|came as|arrived as)${E}`,
  // The same in the other languages: "encomendei … tamanho 37 e chegaram umas vermelhas tamanho 40", "pedí la 38 y me llegó la 40".
  `${B}(?:encomendei|encomendamos|pedi|pedimos|j'ai commande|nous avons commande|avions commande|ho ordinato|abbiamo ordinato|ich habe (?:\\p{L}+ )?bestellt|bestellt hatte|wir haben (?:\\p{L}+ )?bestellt)${E}[^.!?]{1,80}${B}(?:chegaram|chegou|recebi|recebemos|me llego|me llegaron|nos llego|nos llegaron|llegaron|llego|recibi|j'ai recu|nous avons recu|on a recu|recu|mi (?:e|sono) arrivat[oaie]|e arrivat[oaie]|sono arrivat[oaie]|ho ricevuto|bekommen|geliefert|kam|kamen|erhalten)${E} (?:um|uma|uns|umas|un|una|unos|unas|des|une|ein|eine|einen|dei|delle|degli|otr[oa]s?|outr[oa]s?|d'autres|andere)${E}`,
  `${B}(?:second|third|fourth|fifth) time (?:this|that|it) (?:has )?happen\\w*`,
  // "you are paying £4.20 for roughly 70% foam": what the money bought, said as too little.
  `${B}(?:(?:paying|paid|pay|charged?|charging|is|was|costs?|costing)\\s+)?(?:[£€$]\\s?\\d[\\d.,]*|\\d[\\d.,]*\\s?(?:€|eur|euros?|chf|dollars|pounds|quid|bucks))\\s+for\\s+(?:roughly|basically|mostly|essentially|literally|barely|maybe|what (?:is|was) basically|(?:a|one) (?:tiny|small|sad|measly)|half an?|\\d+ ?% (?:foam|ice|air|water|bread|fat|filler))${E}`,
  `${B}(?:slower|crushed|damaged|dented|scratched|stained|leak(?:s|ed|ing|y)?|mou?ldy|smell(?:s|ed|y)|stank|stinks?|hate|hated|not so much|breaks|keeps (?:crashing|breaking|failing|freezing)|(?:far |way |much )?too (?:soft|hard|small|big|salty|sweet|greasy|oily|spicy|hot|dark|long|short|tight|thin|busy|crowded|cramped|pricey)|sore|hair in|food poisoning|hung up|no (?:answer|reply|response)|(?<!(?<![\\p{L}\\p{N}])(?:have|offer|do|serve|any|or|for|ask for|get) )smaller portions|soaked|ripped off|rip-?off|scam(?:med)?|overcharg\\w*|charged (?:me |us |my card |our card |my account |the card )?(?:twice|two times|double)|sloppy|careless|unprofessional|useless|ruined|ruin(?:s|ing)?|spoil(?:ed|t)|no record|disappear(?:ed|s)?(?! (?:in|within) (?:about |under |less than |like |around |roughly |maybe )?(?:\\d+|a|one|two|three|four|five|six|ten|fifteen|twenty|thirty|seconds|minutes) ?(?:seconds?|secs?|minutes?|mins?|flat)?)|lost (?:our|my) (?:booking|reservation|order|parcel|package|luggage|bag|data|files)|a mess|shambles|chaos|nightmare|can'?t (?:wear|use) (?:it|them)|(?:waited|attendu|esperamos|esperado|esperé|espere|esperei|esperámos|esperamos|gewartet|aspettato|atteso) (?:over |almost |nearly |about |plus de |pres de |presque |mas de |casi |mehr als |fast |uber |piu di |quasi |mais de |quase |)(?:\\d+|une|un|una|uma|eine|einer|an|one) ?(?:min|mins|minutes|minutos|minuten|minuti|hours?|heures?|horas?|stunden?|ore|ora)|even though (?:i|we) asked)${E}`,
  `${B}(?:fichier vide|page blanche|ecran blanc|archivo vacio|pantalla en blanco|file vuoto|pagina bianca|schermata bianca|ficheiro vazio|arquivo vazio|tela branca|ecra branco)${E}`,
  `${B}(?:nulle?s?${E}|horrible|degoutant|(?<!(?<![\\p{L}\\p{N}])(?:faz|fazia|hace|hacia|fa|faceva|fait|faisait|il fait|es ist|ist es|war es) )froid|tiede|lente?s?${E}|retard|oublie|chere?s?${E}|decevant|decu|bruyant|casse[es]?${E}|epouvantable|mou${E}|molles?|dommage|fade|impossible de joindre|personne ne s'est excuse|ecrase|mauvaise?s?${E}|probleme|(?:s'est|se sont) (?:casse|dechire|decousu|decolle)\\w*|c.est abuse${E}|abusif|exagere${E}|desagreable\\w*|impoli\\w*|toujours rien|aucune nouvelle|toujours pas (?:recu|arrive)\\w*|ne capte pas|disparue?s?${E}|poussiereu\\w*|crasseu\\w*|(?:etait|est|sont|etaient|vraiment|tres|trop) sales?${E}|aucune reponse|personne ne repond|trop (?!(?:bon|bons|bonne|bonnes|bien|beau|beaux|belle|belles|mignon|mignonne|cool|top|sympa|fort|hate|envie|content|contente|contents|heureux|heureuse|gentil|gentille|genial|geniale|kiffe|aime|adore|chou|mimi|classe|drole|marrant|style|notre|nos|mon|ma|mes|ton|ta|tes|son|sa|ses|leur|leurs|le|la|les|un|une|des|de|du|d|ce|cette|ces|ca|ces)(?![\\p{L}]))\\w+|je ne peux pas (?:les |le |la )?(?:porter|utiliser)|gache|soupir|regard noir|insonorisation|(?:a ete|ont ete|avons ete|etait|etions) refuse(?:e|s|es)?|pas cool|pas top|pas terrible)`,
  `${B}(?:(?:muy|bien|demasiado|super) salad[oa]s?|sin sabor|insipid[oa]s?|(?:muy|bien) sec[oa]s|(?:bis ins zimmer|durch die wand|die ganze nacht|bis in die nacht)(?: \\p{L}+| \\d+){0,3} gehort|horrible|asqueros|(?<!(?<![\\p{L}\\p{N}])(?:faz|fazia|hace|hacia|fa|faceva|fait|faisait|il fait|es ist|ist es|war es) )fri[oa]s?${E}|dur[oa]s?${E}|lento|(?<!(?<![\\p{L}\\p{N}])(?:buenas|boa|esta|la|pela|a|de|por|da|na|nesta|cada) )tarde(?!s)|olvid|car[oa]s?${E}|decepcion|ruidos|sucio|roto|nunca llego|sin llegar|nadie contesta|verguenza|mancha|descosid|(?<!no )se romp\\w+|rompieron|ni rastro|sin noticias|ya van \\d+ (?:dias|semanas)|no funcionaba|no va${E}|no pilla|groser\\w*|borde${E}|suci[oa]s?${E}|equivocad\\w*|desaparec\\w*|esperaba mas|y nada${E}|lo malo|flojo|floja|malo|mala${E}|fatal|no funciona|no tiene|nadie responde|demasiado|cobr\\w* dos veces|se despeg|no (?:las |los |lo |la )?puedo (?:usar|llevar|poner)|arruin)`,
  `${B}(?:(?:nur |eher |ganz )?so ?la ?la|leer ?geraumt|abgeraumt|ewig (?:\\p{L}+ )?(?:gewartet|warten|gedauert)|(?:nicht|ned|net|nich) (?:so |wirklich |gerade |besonders )?(?:uberragend|berauschend|der hit|der renner|besonders|prickelnd|doll|toll)|kaum (?:noch )?(?:geback|brot|kaffee|auswahl|platz|essen|obst|brotchen|kuchen)|schrecklich|furchtbar|(?:so|zu|sehr|extrem|ziemlich|viel zu|total|echt) eng${E}|abgefahren(?! (?:gut|lecker|cool|geil))|zerkratzt|verkratzt|angefahren|eingedellt|beschadigt|(?<!wie )spat${E}|vergessen(?! (?:wir|ich|werde ich|werden wir) (?:das |es |sie |ihn |euch |ihnen |dir )?(?:nie|nicht))|leere? (?:datei|seite|pdf)|leerer? (?:bildschirm|export)|teuer|enttausch|laut${E}|schmutzig|kaputt|nicht fertig|schade|antwortet nicht|trotzdem(?![^.!?\\n]*\\?)|locker(?! (?:eine?n?|ein paar|zwei|drei|vier|\\d))|gezuckt|nichts passiert|leider|schlecht|mangelhaft|keine antwort|niemand antwortet|zu (?:teuer|laut${E}|klein|kalt|langsam|(?<!wie )spat${E}|wenig|lange|eng|hart|weich|voll|salzig|suss)|funktioniert(?: \\w+){0,3} nicht|funktionierte(?: \\w+){0,3} nicht|gerissen|kaputtgegangen|abgegangen|happig|(?:war|waren|ist|sind) (?:um [\\d:.]+ (?:uhr )?)?(?:schon|bereits) (?:zu|geschlossen)|(?:ging|geht) (?:\\w+ ){0,4}nicht|immer noch nichts|keine spur|noch nicht angekommen|schief|ubertrieben|unverschamt|dreckig|staubig|verschwunden|kann (?:ich|man) (?:sie|es|ihn|das) nicht (?:tragen|benutzen|nutzen|verwenden))`,
  `${B}(?:terribile|orribile|(?<!(?<![\\p{L}\\p{N}])(?:faz|fazia|hace|hacia|fa|faceva|fait|faisait|il fait|es ist|ist es|war es) )freddo|lento|ritardo|(?<!non )dimentic|car[oi]${E}|delus|rumoros|sporc|rott|pessim|insopportabile|datat|purtroppo|peccato|troppo (?!buon|bell|gentil)\\w+|non funziona|nessuna risposta|tiepid|scadente|maleducat|si (?:e|sono) (?:rott|strappat|scucit|scollat)\\w*|non prende|non (?:va|andava|funzionava)|ancora niente|nessuna notizia|non e ancora arrivat\\w*|scortes\\w*|sgarbat\\w*|sparit[oaie]|scompars[oaie]|nessuno sapeva|esagerat\\w*|delud\\w*|polveros\\w*|non (?:le |li |lo |la )?posso (?:usare|indossare|mettere)|rovinat)`,
  // Condemnation in one word, in six languages: "disgraceful", "une honte", "vergonzoso", "eine Frechheit", "inaccettabile", "uma vergonha".
  `${B}(?:disgraceful|(?:an? |absolute |total |complete )disgrace|appalling|shameful|unacceptable|atrocious|abysmal|dreadful|horrendous|pathetic|deplorable|shocking(?! (?:good|value|deal))|(?:is|was|are|were|what) (?:an? )?(?:absolute |complete |total |bit of a )?joke|honteu(?:x|se)|(?:une|quelle) honte|scandaleu(?:x|se)|inadmissible|inacceptable|lamentables?|deplorables?|catastrophique|cauchemar|vergonzos[oa]|(?:una|que) verguenza|escandalos[oa]|inaceptable|inadmisible|pesadilla|desastros[oa]|penos[oa]|pateti(?:c|qu)[oa]|catastrofic[oa]|(?:eine|so eine|was fur eine) frechheit|unverschamt\\p{L}*|skandalos\\p{L}*|inakzeptab\\p{L}*|unakzeptab\\p{L}*|katastrophal\\p{L}*|grauenhaft\\p{L}*|miserab\\p{L}*|albtraum|alptraum|armselig\\p{L}*|vergognos[oa]|(?:una|che) vergogna|scandalos[oa]|inaccettabile|inammissibile|disastros[oa]|incubo|pietos[oa]|vergonhos[oa]|(?:uma|que) vergonha|inaceitave(?:l|is)|inadmissive(?:l|is)|lamentave(?:l|is)|deplorave(?:l|is)|pesadelo|desastre)${E}`,
  // Plain verdicts on a thing: "the breakfast was poor and the bed uncomfortable" (not "poor thing").
  `${B}(?:poor${E}(?! (?:thing|guy|girl|lad|man|woman|kid|soul|staff|waiter|waitress|server|lady|boy|girls|guys|lads|kids)${E})|uncomfortable|underwhelming|mediocre|disappointing|overcooked|undercooked|watery|flavou?rless|tasteless|unglued|(?:coming|falling|came|fell) (?:apart|off|unstuck)|peeling|rubb(?:ed|ing|s)${E}|chaf(?:e|ed|es|ing)${E}|gave (?:me|us|him|her) (?:blisters|a rash|a headache)|(?:a (?:little|bit)|slightly|too|rather) \\w+ for (?:my|our) (?:taste|liking))`,
  `${B}(?:recusaram|recusou|recusaram-(?:no|na|me|nos)|nao (?:quis|quiseram) saber|envergonhad[oa]s?|(?:que )?vergonha|expirad[oa]|caducad[oa]|rechazaron|se negaron|no quisieron saber|avergonzad[oa]s?|(?:ont|a) refuse|refuserent|ils ont refuse|(?:c.est une|quelle|une vraie) honte|abgelehnt|(?:wollten|wollte) (?:nichts davon )?(?:nichts )?wissen|peinlich|rifiutat[oa]|si sono rifiutati|imbarazzat[oa]|horrivel|pessim|(?<!(?<![\\p{L}\\p{N}])(?:faz|fazia|hace|hacia|fa|faceva|fait|faisait|il fait|es ist|ist es|war es) )fri[oa]s?${E}|sem graca|lento|atraso|esquec|caros?${E}|car[ao]s? (?:demais|de mais)|decepcion|barulh|sujo|partid|descol|so recebi|e nada${E}|nunca recebi|nao chegou|rasg(?:ou|aram)|(?:se )?partiu|partiram|descoseu|nem sinal|ainda nada|nao apanha|nao funcionava|antipatic\\w*|errad[oa]s?${E}|desaparec\\w*|duas vezes|(?<!(?<![\\p{L}\\p{N}])(?:hace|hacia|hara|haria|sem|no) )falta|so que|infelizmente|demorou|demasiado|(?<!(?<![\\p{L}\\p{N}])(?:vale|valeu|valsa|vale a|valeu a|valsa la|vale la|valeu muito a) )pena${E}|nao funciona|ninguem responde|fraco|fraca|mal-educad|nao (?:as |os |o |a )?(?:posso|consigo) (?:usar|calcar)|estragad)`,
  // An error shown to the person is a problem ("the website keeps giving me an error").
  `${B}(?:errors?|erreurs?|fehler(?:meldung)?|errores|errore|erros?)${E}`,
  // Polite grievances: "I do feel I should mention", "a bit of a let-down", "no apology or explanation",
  // "not the Rusty Spur I know", "three Saturdays running", "would appreciate this being looked into".
  `${B}(?:let-?down|no (?:apology|explanation)|without (?:an? )?(?:apology|explanation)|(?:rather |quite |a bit )?dismissive|(?:i )?(?:do )?feel i should (?:mention|point out|say)|(?:really )?don'?t want to be that (?:person|guy|customer)(?! (?:hogging|taking up|who (?:hogs|takes up|sits|camps|grills|quizzes|interrogates|pesters|asks|bothers)|camping|sitting|grilling|quizzing|interrogating|pestering|bothering|hassling|asking|annoying|with (?:a|the|my) laptop))|would appreciate (?:it|this) being (?:looked into|addressed|sorted)|(?:weren'?t|wasn'?t|were not|was not) (?:seated|served|greeted|seen) (?:until|till|for)|shouldn'?t (?:really )?(?:be|have to be) the (?:deal|norm|case)|(?:that'?s|this is|this isn'?t|it'?s|that isn'?t) not the \\p{L}+(?: \\p{L}+){0,2} (?:i|we) (?:know|knew|remember|love[d]?)|(?:isn'?t|wasn'?t) the \\p{L}+(?: \\p{L}+){0,2} (?:i|we) (?:know|knew|remember)|hope (?:someone|somebody|anyone)(?:'s| is) (?:paying attention|listening|reading)|(?:two|three|four|five|\\d+) (?:saturdays|sundays|mondays|tuesdays|wednesdays|thursdays|fridays|weekends|days|weeks|times|visits|mornings) (?:running|in a row)|half of it (?:was )?(?:fat|gristle|bone|ice|foam))${E}`,
  // "Is it just me or…" opens a grievance; a feature taken away ("quietly removed the option… it's just gone").
  `${B}(?:is it (?:just )?me,? or(?! (?:does|do|did) (?:\\p{L}+ ){1,6}(?:look|looks|sound|sounds) (?:exactly |just )?like| (?:is|are) (?:this|these|that|those|they|it) (?:the )?(?:best|cutest|nicest|most))|am i the only one (?:who|that)|c'est moi ou|bin ich der einzige|(?:quietly |silently )?(?:removed|got rid of|took away|dropped) (?:the|my|our|a) (?:\\w+ )?(?:option|feature|button|ability|setting|line|tab|menu item)|(?:it'?s|its) (?:just |simply |completely )?gone)${E}`,
  // Locked out: cannot log in, a password refused (six languages, folded).
  `${B}(?:(?:can'?t|cannot|can not|unable to|won'?t let me|doesn'?t let me|couldn'?t) (?:log ?in|login|sign ?in|access (?:my|the) account|get into (?:my|the) account)|locked out|(?:wrong|incorrect|invalid) password|impossible de (?:me )?connecter|(?:je )?(?:ne peux|n'arrive) (?:plus |pas )?(?:a )?(?:me )?connecter|mot de passe (?:incorrect|errone)|no (?:puedo|me deja) (?:entrar|acceder|iniciar sesion)|contrasena (?:incorrecta|erronea)|kann (?:ich )?mich (?:seit \\w+ )?nicht (?:mehr )?(?:einloggen|anmelden)|(?:login|anmeldung) (?:geht|funktioniert) nicht|falsches passwort|non (?:mi fa|riesco a|riesco ad) (?:piu )?(?:accedere|entrare|loggarmi)|password (?:errata|sbagliata)|nao (?:consigo|me deixa) (?:entrar|acessar|aceder|fazer login)|senha (?:incorreta|errada))${E}`,
  // A chore the product leaves them, a fault that keeps happening, a request parked for months.
  `${B}(?:(?:was|were|got) (?:turned away|refused)|refused (?:entry|service|us|me)|(?:nobody|no one|no-one|noone) (?:mentioned|warned|said|explained)|(?:didn'?t|did not|doesn'?t|does not|won'?t|wouldn'?t|couldn'?t) (?:even )?fit|(?:keeps?|kept) (?:forgetting|ignoring|missing|losing|breaking|dropping|dropping out|cutting out|disconnecting|freezing|buffering|crashing|getting (?:it |this |that )?wrong)|(?:have|had|has) to (?:fix|change|correct|edit|redo|re-?enter|re-?type|adjust|do) (?:\\w+ ){0,3}(?:by hand|manually)|(?:by hand|manually) every (?:time|day|week|month)|(?:asked|been asking|requested|reported) (?:\\w+ ){0,4}(?:since|for) (?:months|weeks|ages|a year|january|february|march|april|may|june|july|august|september|october|november|december)|['"‘“]?(?:it'?s )?on the roadmap['"’”]?)${E}`,
  // Staff rolling their eyes, unfriendly, and "shame about" (six languages).
  `${B}(?:rolled (?:her|his|their) eyes|eye-?roll|(?:a |ont )?leve les yeux au ciel|verdreh\\w* (?:die )?augen|puso los ojos en blanco|(?:ha )?alzato gli occhi al cielo|revirou os olhos|unfreundlich\\w*|unhoflich\\w*|(?:nur |bloss |lediglich )?(?:ein )?schulterzucken|haussement d'epaules|(?:se )?encogio de hombros|alzata di spalle|encolheu os ombros|(?:zer|ver)kratzt|bitte (?:da |hier )?(?:mal |endlich )?was (?:dagegen )?tun|shame about|pity about|dommage pour|una pena (?:lo|que)|peccato per)`,
  RUDE_TREATMENT_SOURCE,
  // A thing of theirs that broke or came off: "the zip broke on the first day", "the strap snapped after a week",
  // "se me despegó la suela", "der Absatz ist abgebrochen", "la cerniera si è rotta", "a alça partiu".
  `${B}(?:(?:zip|zipper|strap|handle|heel|sole|lid|buckle|clasp|wheel|button|chain|hinge|seam|stitching|lace|cable|charger|plug|frame|lens|screen|leg|arm|cap|hook|tap|knob|latch|string|band|mug|cup|plate|bowl|glaze|paint|enamel|case|lining|pocket|fabric)(?:s|es)? (?:has |have |had |just |already |completely |both |all |then )*(?:broke|snapped|(?:come|came|fallen|fell|broken|peeled) off|(?:come|came) loose|cracked|chipped|split|ripped|tore)|broke (?:on|after|within|in) (?:the |a |one |two |three |four |five |\\d+ )?(?:first|second|day|days|week|weeks|month|wear|wears|use|uses|wash|washes|go)|se (?:me |nos |le |les )?(?:despego|rompio|partio|desprendio|solto|descosio|desengancho)|(?:ist|sind|war|waren) (?:\\p{L}+ ){0,3}(?:abgebrochen|abgerissen|abgefallen|gerissen|kaputtgegangen|kaputt gegangen)|si (?:e|sono) (?:\\p{L}+ ){0,2}(?:rott[oaie]|staccat[oaie]|scucit[oaie])|(?:partiu|partiram|soltou|soltaram|rasgou|rasgaram|descolou|descolaram|quebrou|quebraram)(?= (?:logo|ao fim|depois|na primeira|no primeiro|em|apos|com))|s'est (?:\\p{L}+ ){0,2}(?:cass[ee]e?|decousue?|detache?e?))${E}`,
  // The wrong thing served: "I'd asked for almond milk in my flat white, got full-fat dairy", "ordered the veggie one but got beef".
  `${B}(?:asked for|ordered|requested|picked|chose) (?:[\\p{L}'-]+ ){0,5}?[\\p{L}'-]+(?: and | but |, ?)(?:instead |then |somehow |still )?(?:got|received|was given|were given|they gave (?:me|us)|was served|were served)${E}(?! (?:an? |the |my |our |some |free |exactly )?(?:it|them|this|that|everything|exactly|just|what|refund|reply|response|email|e-mail|message|call|text|confirmation|receipt|discount|free|quick|fast|lovely|great|warm|friendly|delicious|perfect|notification|update|code|tracking|number|voucher)${E})`,
  // A rattle in the night, a room skipped by housekeeping, "less good:" heading the faults.
  `${B}(?:rattl(?:ed|ing|es)|(?:skipped|forgot|missed) (?:us|our room|my room|the room)|less good:|not so good:|the (?:bad|not so good|less good) (?:bits|parts|news))${E}`,
  // A creak at every step, a size far off ("la cuña cruje al andar", "me queda enorme"), in six languages.
  `${B}(?:creak(?:s|ed|ing|y)|squeak(?:s|ed|ing|y)|cruje(?:n)?|rechina(?:n)?|grince(?:nt)?|quietsch\\p{L}*|knarz\\p{L}*|scricchiol\\p{L}*|cigol\\p{L}*|range(?:m)? ao (?:andar|caminhar)|(?:me|le|te) (?:queda|quedan|esta|estan) (?:enorme|enormes|gigantes?|muy grandes?|muy pequen[oa]s?|fatal)|(?:fallt|fallen|fiel|fielen) (?:viel |total |deutlich )?zu (?:gross|klein)|(?:taille|taillent) (?:vraiment |beaucoup )?trop (?:grand|petit)|(?:mi |le )?(?:sta|stanno) (?:enormi|enorme|larghissim[ei]|strettissim[ei])|(?:fica|ficam)(?:-me)? (?:enormes?|enorm[ei]ssim[oa]s?|gigantes?|muito (?:grandes?|pequen[oa]s?|larg[oa]s?|apertad[oa]s?))|(?:tamanhos|tallas|tailles|grossen|taglie) (?:sao|son|sont|sind|sono) (?:muito |muy |tres |sehr |molto )?(?:estranh[oa]s|rar[oa]s|bizarres|komisch|strane))${E}`,
  // Sent things that never left: "my recurring invoices didn't go out on the 1st", "they just sat there as drafts", "the one job it has".
  `${B}(?:(?:didn'?t|did not|never) (?:go|went|got sent|get sent) out|(?:weren'?t|were not|wasn'?t|was not|never) (?:sent|delivered) (?:out|to (?:my|the|our) (?:clients?|customers?))|sat there as drafts?|stuck (?:as|in) drafts?|(?:the|its|it'?s) (?:one|only) job(?: it has)?${E}(?! (?:well|perfectly|brilliantly|right)))`,
  // Stuck or never moving: "stuck in 'preparing' for nine days", "tracking hasn't moved since Wednesday", "out of order all week".
  `${B}(?:(?:parcel|package|order|delivery|refund|tracking|ticket|status|shipment|item|payment|application|claim) (?:has been |have been |is |was |been |still |just |seems |seem )*stuck|stuck (?:in|on|at) ['"]?\\p{L}+['"]?(?: \\p{L}+['"]?)? (?:for|since)|(?:hasn'?t|has not|haven'?t|have not|not) (?:moved|been updated)(?: at all)? (?:since|for|in)|no (?:tracking )?updates? (?:since|for)|(?:has been|have been|is|was|were|are|been|still) out of (?:order|service)|(?:sigue|esta|continua) (?:en|como) ['"]?(?:preparando|preparacion|procesando|pendiente|en preparacion)|sigue sin (?:llegar|enviarse|moverse|salir)|(?:toujours|encore) (?:en|au statut) ['"]?(?:preparation|cours de preparation|attente|traitement)|(?:ainda|continua) (?:em|a) ['"]?(?:preparacao|preparar|processamento)|(?:immer noch|noch immer) (?:in|auf) ['"]?(?:bearbeitung|vorbereitung)|(?:ancora|sempre) in ['"]?(?:preparazione|lavorazione|elaborazione)|hors service|fuera de servicio|fuori servizio|fora de servico|au?sser betrieb)${E}`,
  // Someone expected who was not there or does not answer: "the instructor wasn't there", "nobody answers the phone",
  // "personne ne répond", "nadie contesta", "niemand geht ran", "nessuno risponde", "ninguém atende".
  `${B}(?:(?:instructor|teacher|trainer|coach|guide|driver|host|therapist|tutor|stylist|cleaner|technician|engineer|plumber|courier|photographer|nobody|no one|no-one|reception|staff) (?:wasn'?t|was not|weren'?t|were not) (?:even |actually )?(?:there|here)|(?:nobody|no one|no-one) (?:was|were) (?:there|at the (?:desk|counter|reception))|(?:nobody|no one|no-one|noone) (?:ever )?(?:answers|picks up|replies|responds|gets back|calls back|rings back)|personne ne (?:repond|decroche|rappelle)|nadie (?:contesta|responde|coge|atiende|devuelve)|(?:niemand|keiner) (?:geht (?:ans telefon |an das telefon )?ran|antwortet|meldet sich|ruft zuruck|hebt ab)|nessuno (?:risponde|richiama|si fa sentire)|ninguem (?:responde|atende|liga de volta|devolve))${E}`,
  // Waiting for days or weeks, in so many words: "ich warte seit zwei Wochen", "llevo dos semanas esperando",
  // "aspetto da dieci giorni", "estou há duas semanas à espera", "j'attends depuis dix jours", "still hasn't arrived".
  `${B}(?:(?:warte|warten|wartet) (?:\\p{L}+ ){0,2}seit (?:\\p{L}+ |\\d+ ){0,2}(?:tagen|wochen|monaten)(?! (?:darauf|drauf|sehnsuchtig|gespannt|ungeduldig auf (?:euer|eure|den neuen|die neue)))|seit (?:\\p{L}+ |\\d+ ){0,2}(?:tagen|wochen|monaten) (?:\\p{L}+ ){0,2}(?:warte|warten|nichts)|(?:immer )?noch nicht (?:da|angekommen|geliefert|erhalten|zuruck)|llevo (?:\\p{L}+ |\\d+ ){1,3}(?:esperando(?! (?:a )?que (?:abrais|abran|volvais|vuelvan|saqueis|saquen|reabrais|reabran))|sin (?:recibir|noticias|respuesta))|sigo esperando (?:el |la |los |las |mi |mis |una? |respuesta|a que|que )|(?:todavia|aun) no (?:me )?(?:ha |han )?(?:llegado|recibido|llega)|aspetto da (?:\\p{L}+ |\\d+ ){1,2}(?:giorni|settimane|mesi)|sto ancora aspettando|(?:non (?:e|sono) ancora|ancora non (?:e|sono)) arrivat[oaie]|(?:estou|ando|estamos) (?:ha |\\d+ |(?:um|uma|dois|duas|tres|quatro|cinco|dez|quinze) |dias |semanas |meses ){2,3}a espera|ha (?:\\p{L}+ |\\d+ ){1,2}(?:dias|semanas|meses) (?:a|que) (?:espera|espero|aguardo)|ainda (?:nao|nada) (?:chegou|recebi|veio)|j'attends (?:toujours |encore )?(?:(?:ma|mon|mes|le|la|les|une?) \\p{L}+(?: \\p{L}+)? )?depuis (?:\\d+|deux|trois|quatre|cinq|six|dix|quinze|plus d'une|une|un) (?:\\p{L}+ )?(?:jours|semaines|semaine|mois)|toujours (?:rien|pas) (?:recu|arrive|livre|eu)|(?:aun|todavia) no (?:me |nos )?(?:lo |la |los |las )?(?:han|ha) (?:enviado|mandado|despachado)|(?:immer )?noch (?:immer )?nicht (?:versandt|verschickt|versendet|rausgegangen|unterwegs)|(?:pas encore|toujours pas) (?:ete )?(?:expedie|envoye|parti)e?s?|(?:non (?:e |sono )?ancora|ancora non(?: e| sono)?) (?:stat[oaie] )?(?:spedit|inviat|partit)[oaie]|ainda (?:nao|nada) (?:foi|foram) (?:enviad|expedid|despachad)[oa]s?|(?:hasn'?t|has not|haven'?t|have not|wasn'?t|weren'?t) (?:even )?(?:been )?(?:dispatched|shipped|sent out|posted)(?: out)? yet|still (?:hasn'?t|has not|haven'?t|have not|not|isn'?t|is not) (?:been )?(?:arrived|received|turned up|delivered|shipped|here)|(?:yet|still) to (?:arrive|receive|turn up|be delivered|be shipped)|(?:paid|payed) (?:extra |more )?for (?:express|next[- ]day|priority|expedited|fast|same[- ]day|premium)(?: \\p{L}+)? (?:and|but))${E}`,
  // Sent something else than ordered: "ordered the blue ones and got the black ones", "pedí las azules y me llegaron
  // las negras", "j'ai commandé les bleues et reçu les noires", "die blauen bestellt und die schwarzen bekommen".
  `${B}(?:ordered|bought|asked for|chose|picked|commande(?:e|s|es)?|choisi|pedi|encargue|compre|bestellt|ordinato|ordinat[oaie]|encomendei|pedimos|comprei)(?: [^.!?;]{0,60}?)? (?:and|but|then|et|mais|y|pero|und|aber|e|ma|mas) (?:(?:i|we|j'ai|on|me|ich|wir|mi|ho|eu) )?(?:(?:then|only|just|finalement|dann|solo|so|so) )?(?:got|received|was sent|were sent|they sent(?: me| us)?|you sent(?: me| us)?|it came in|they came in|recu|reçu|j'ai recu|on m'a envoye|ont envoye|llegaron|llego|enviaron|envio|mandaron|mando|recibi|bekommen|erhalten|geliefert|kamen|kam|sono arrivat[oaie]|e arrivat[oaie]|ricevut[oaie]|ho ricevuto|mandato|spedito|inviato|recebi|chegaram|chegou|enviaram|mandaram)(?: [^.!?;]{0,30}?)? (?:the |a |an |les |la |le |las |los |el |die |der |das |den |le |i |gli |il |as |os |o |a |un |une |uno |una |um |uma |ein |eine |einen )?(?:black|white|blue|red|green|pink|gr[ae]y|brown|beige|navy|yellow|orange|purple|cream|tan|noire?s?|blanc(?:he)?s?|bleue?s?|rouges?|verte?s?|roses?|grise?s?|marron|negr[oa]s?|blanc[oa]s?|azul(?:es)?|roj[oa]s?|verdes?|rosas?|gris(?:es)?|marrones?|schwarz\\p{L}*|weiss\\p{L}*|blau\\p{L}*|rot(?:e|en|er)?|grun\\p{L}*|grau\\p{L}*|braun\\p{L}*|ner[oaie]|bianc(?:o|a|hi|he)|blu|ross[oaie]|verd[ei]|grigi[oea]?|pret[oa]s?|branc[oa]s?|azuis|vermelh[oa]s?|cinzent[oa]s?|castanh[oa]s?|(?:size|sizes|talla|tallas|taille|tailles|pointure|grosse|grösse|taglia|tamanho|numero|nummer|number) ?\\d+|\\d{2}(?:[.,]5)?|small|medium|large|xs|xl|xxl|s|m|l|(?:one|ones|uno|una|unos|unas|um|uma) (?:size|talla|taille|tamanho) (?:up|down|bigger|smaller|mas grande|mas pequena|plus grande|plus petite))${E}`,
  // Too loud to talk: "had to shout across the table", "couldn't hear each other", "turn it down", "on ne s'entendait pas".
  `${B}(?:(?:had|have|having) to (?:shout|yell|scream)|(?:couldn'?t|could not|can'?t|cannot) (?:even )?hear (?:each other|ourselves|one another|a word|my(?:self)? think)|turn (?:it|the (?:music|volume|speakers?)) (?:way )?down|on ne s'entend(?:ait)? (?:pas|plus)|il fallait crier|no (?:nos )?(?:oiamos|escuchabamos)|(?:tuvimos|habia) que gritar|man (?:konnte|kann) sich nicht unterhalten|(?:mussten|musste) (?:\\p{L}+ ){0,2}schreien|non (?:ci )?si sentiva (?:niente|nulla)|(?:dovevamo|bisognava) urlare|nao (?:nos )?(?:ouviamos|conseguiamos ouvir)|(?:tinhamos|tivemos) de gritar)${E}`,
  // Charged extra, or more than promised: "I've been charged 40p extra for oat milk", "I thought it was free?".
  `${B}(?:(?:been|was|were|got|being|keep getting|kept getting) (?:over)?charged (?:(?:£|\\$|€)?\\d+(?:[.,]\\d+)?(?:p|c|ct|€)? )?(?:extra|more|again)|(?:i|we) (?:thought|was told|were told) (?:it|this|that|they) (?:was|were|is|are) (?:free|included|complimentary))${E}`,
  // "it went out with the OLD vat rate", "now I look like an amateur": the wrong thing sent, and the shame of it.
  `${B}(?:(?:went out|was sent|were sent|got sent|came out|printed|went) with (?:the |my |our )?(?:old|wrong|outdated|previous) (?:\\p{L}+ )?(?:vat|rate|address|price|prices|logo|details|name|bank details|iban|number)|(?:(?:makes?|made|making) (?:me|us) look|(?:now|so now) (?:i|we) look|i look) (?:like )?(?:an? |a total |a complete )?(?:amateurs?|idiots?|fools?|unprofessional|incompetent|stupid|clowns?))${E}`,
  // A fan's one fault: "one bug though", "the checkout button does nothing", "the card machine was down", "that wasn't
  // great", "came with cow's milk", "the high chair was sticky and no one wiped it".
  `${B}(?:(?:a|one|the|this|that|another|annoying|weird|strange|major|big|small|little|nasty|serious|known|new) bugs?(?! (?:spray|bites?|hotel))|buggy|glitchy|(?:button|link|tab|menu|toggle|switch|option|icon|key|it) (?:just |still |simply )?(?:does nothing|doesn'?t do anything|did nothing|didn'?t do anything)|nothing happens when|(?:machine|reader|terminal|site|website|app|system|server|servers|wifi|wi-fi|internet|network|portal|page|checkout|payments?|booking system|card payments?) (?:was|were|is|are|went|goes|has been|had been|keeps going|kept going) (?:\\p{L}+ )?down|(?:wasn'?t|weren'?t|isn'?t|aren'?t|was not|were not|is not) (?:great|ideal|ok|okay|fun|pleasant|acceptable)|(?:came|arrived|was served|was made|made) with (?:regular|normal|cow'?s|dairy|full[- ]fat|whole) milk|(?:tables?|high ?chairs?|chairs?|seats?|floors?|menus?|counters?|trays?|cutlery|toilet seat) (?:was|were|is|are) (?:\\p{L}+ )?(?:sticky|greasy|grimy|crumby)|(?:no one|nobody|no-one) (?:had )?(?:wiped|cleaned) (?:it|them|the \\p{L}+)|(?:hadn'?t|had not|wasn'?t|weren'?t|was not|were not) (?:been )?(?:wiped|cleaned))${E}`,
  // Read in blind21: a stitch unravelling, "gutted", not as pictured, nothing in the bag, nobody came or answered,
  // a wait still counting, charged more than the post says, sent to me instead of my client, a view onto the bins,
  // closed without telling us ("personne n'est venu", "sans qu'on nous prévienne").
  `${B}(?:unravel\\p{L}*|loose (?:stitch\\p{L}*|threads?|seams?|heel|sole)|(?:kinda |so |really |absolutely |bit |a bit |proper )?gutted(?! (?:that )?(?:i|we) (?:didn'?t|did not|hadn'?t|had not|never|only just) (?:find|found|discover\\p{L}*|come|came|try|tried|know|knew|visit\\p{L}*))|(?:much |way |far |a lot )?(?:more|less) \\p{L}+ than (?:in|on) (?:the )?(?:video|photos?|pictures?|website|listing|ad)|(?:wasn'?t|weren'?t|was not|were not|never made it) in (?:the|our|my) (?:bag|box|order|parcel)|(?:nobody|no one|no-one|noone) (?:ever )?(?:answered|picked up|replied|responded|called back|rang back|came|showed up|turned up)|personne n'est (?:venu|passe)|personne (?:n'a|ne nous a) (?:repondu|rappele)|nadie (?:vino|aparecio|contesto|respondio)|niemand (?:kam|ist gekommen|hat geantwortet|hat abgenommen)|nessuno (?:e venuto|si e presentato|ha risposto)|ninguem (?:veio|apareceu|respondeu|atendeu)|ningu (?:contesta|respon|ha vingut)|encara (?:res|no)${E}|(?:minutes?|mins?|hours?|days?|weeks?) and counting|(?:charged|paid|billed) (?:£|\\$|€)?\\d+(?:[.,]\\d+)?(?: ?(?:€|chf))? (?:and|but|when|while|whereas) (?:the |this |your )?(?:post|menu|board|website|site|sign|listing|price list|blog) (?:says|said|shows|showed|lists)|(?:sends?|sent|goes|went|emails?|emailed) (?:\\p{L}+ ){0,3}to (?:me|us) instead of|(?:looks?|looked|faces?|faced|overlooks?|overlooked) (?:straight |right |directly )?(?:on ?to|out on|onto|at|over) (?:the |a )?(?:service yard|bins|car park|parking lot|(?:brick )?wall|kitchen|building site|construction|motorway|railway|extractor)|nothing could be done|(?:a|the) view (?:we|i) never (?:had|got)|sans (?:qu'on|que l'on|que personne ne) nous (?:previenne|prevenir|informe|avertisse|ait prevenus?)|without (?:telling|warning|informing) us|sin (?:avisarnos|avisar|decirnos nada)|ohne (?:uns )?(?:vorher )?(?:bescheid zu sagen|zu informieren|vorwarnung)|senza (?:avvisarci|avvisare|dirci niente)|sem (?:nos )?(?:avisar|informar))${E}`,
  // Made to pay, and ashamed in front of friends: "j'ai dû payer ma part et j'étais bien gênée" (six languages).
  `${B}(?:(?:i|we) had to pay (?:for it |for them )?(?:myself|ourselves|anyway|again|twice|in cash|out of pocket)|(?:j'ai|on a|nous avons) du (?:payer|repayer)|(?:etais|etions|me suis sentie?) (?:bien |tres |super |vraiment )?genee?s?|tuve que pagar|(?:musste|mussten) (?:ich |wir )?(?:\\p{L}+ )?(?:selbst |nochmal )?(?:bezahlen|zahlen)|ho dovuto pagare|tive de pagar|embarrass(?:ed|ing) in front of)${E}`,
  // Crushed, bent, a mark that will not come off: "la caja llegó aplastada", "la puntera doblada", "una marca que no se quita".
  `${B}(?:aplastad[oa]s?|abollad[oa]s?|(?:puntera|punta|suela|caja) doblad[oa]|ecrase(?:e|s|es)?|cabosse(?:e|s|es)?|zerdruckt|eingedruckt|schiacciat[oaie]|ammaccat[oaie]|amassad[oa]s?|amolgad[oa]s?|(?:marca|mancha) que no (?:se )?(?:quita|sale|va)|tache qui ne (?:part|s'en va) pas|fleck,? (?:der|die|das) nicht (?:rausgeht|weggeht)|macchia che non (?:va via|se ne va)|(?:marca|mancha) que nao (?:sai|sai))${E}`,
  // Cut and bleeding, in five more languages: "le ha hecho un corte en el talón que ha sangrado".
  `${B}(?:(?:le|me|nos) (?:ha|han) hecho (?:un )?corte|ha sangrado|sangraba|sangrando|(?:une )?coupure (?:au|a la|sur)|a saigne|saignait|(?:hat|hatte) geblutet|blutete|schnittwunde|ha sanguinato|sanguinava|(?:fez|fizeram) um corte|sangrou|sangrava)${E}`,
  // Sent something else, and time gone by since ordering: "they sent me a 38 instead of the 39 I ordered", "ci hanno mandato
  // il blu invece del nero", "sono passate due settimane", "ya han pasado dos semanas", "it's been 3 weeks since I paid".
  `${B}(?:(?:sent|gave|brought|delivered|received|got|came with|arrived with) (?:me |us )?(?:\\p{L}+ |\\d+ ){1,3}instead of|(?:envoye|recu|livre|servi)e?s? (?:\\p{L}+ |\\d+ ){1,3}au lieu (?:du|de la|des|de|d')|(?:enviaron|mandaron|recibi|llego|llegaron|trajeron) (?:\\p{L}+ |\\d+ ){1,3}(?:en lugar|en vez) de|(?:geschickt|bekommen|geliefert|gebracht) (?:\\p{L}+ ){0,3}(?:statt|anstatt)|(?:mandato|ricevuto|arrivat[oaie]|portato) (?:\\p{L}+ |\\d+ ){1,3}invece (?:del|della|dei|delle|degli|dello|di)|(?:enviaram|mandaram|recebi|chegou|chegaram|trouxeram) (?:\\p{L}+ |\\d+ ){1,3}em vez (?:do|da|dos|das|de)|sono passat[ie] (?:gia |ormai )?(?:\\p{L}+ |\\d+ )(?:giorni|settimane)|ya (?:han|ha) pasado (?:mas de )?(?:\\p{L}+ |\\d+ )(?:dias|semanas)|ja (?:passaram|la vao) (?:mais de )?(?:\\p{L}+ |\\d+ )(?:dias|semanas)|sind (?:schon |bereits )?(?:\\p{L}+ |\\d+ )(?:tage|wochen) (?:vergangen|her)|it'?s been (?:over |more than |almost )?(?:\\p{L}+ |\\d+ )(?:days|weeks) (?:and|since (?:i|we) (?:ordered|paid|emailed|wrote|returned|sent|called)))${E}`,
  // "the new menu is a downgrade 😭", "it's gone downhill since the refit".
  `${B}(?:(?:a|such a|what a|huge|massive|big|real|major|total) downgrade|downgraded|(?:went|gone|going) (?:down ?hill|off a cliff))${E}`,
  // "c'était la commande de quelqu'un d'autre", "el pedido de otra persona", "ordine di qualcun altro".
  `${B}(?:(?:la |une )?commande (?:de quelqu'un d'autre|d'un autre client|d'une autre table)|(?:el )?pedido de otr[oa] (?:persona|cliente|mesa)|bestellung (?:von jemand anderem|eines anderen (?:gastes|kunden))|(?:l')?ordine di (?:qualcun altro|un altro cliente)|(?:a )?encomenda de outr[oa] (?:pessoa|cliente))${E}`,
  // "I got someone else's order", "they brought us another table's food".
  `${B}(?:got|received|given|brought|served|sent|handed|delivered) (?:me |us |him |her )?(?:someone else'?s|somebody else'?s|another (?:table|customer|person|guest)'?s) (?:order|food|meal|parcel|package|drink|coffee|plate|dish|bag|pizza|burger)s?${E}`,
  // German puts the verb last: "die blauen bestellt und die schwarzen bekommen".
  `${B}(?:bestellt|gekauft|ausgesucht) (?:und|aber) (?:dann |nur )?(?:\\p{L}+ ){0,2}(?:schwarz\\p{L}*|weiss\\p{L}*|blau\\p{L}*|rot(?:e|en|er)?|grun\\p{L}*|rosa\\p{L}*|grau\\p{L}*|braun\\p{L}*|beige\\p{L}*|grosse \\d+|\\d{2}) (?:\\p{L}+ ){0,2}(?:bekommen|erhalten|geliefert|geschickt)${E}`,
  // Not greeted, staff on their phones: "didn't even say hello", "ni nos saludó", "sans nous dire bonjour",
  // "ohne uns zu grüßen", "senza salutarci", "nem nos cumprimentou", "on her phone the whole time", "con el móvil".
  `${B}(?:(?:didn'?t|did not|never|doesn'?t|don'?t) (?:even |once )?(?:say (?:hello|hi)|greet(?:ed)? (?:us|me)|look up|acknowledge (?:us|me)|make eye contact)|without (?:even )?(?:a hello|a greeting|saying hello|greeting (?:us|me)|looking up)|(?:on|glued to|scrolling) (?:her|his|their) (?:phone|phones|mobile)|(?:ni|sin) (?:siquiera )?(?:nos |me )?(?:saludo|saludaron|saludar(?:nos|me)?|miro|miraron|mirar(?:nos|me)?)|(?:con|mirando) el (?:movil|telefono|celular)|sans (?:meme )?(?:nous |me )?(?:dire bonjour|saluer|un bonjour|un regard|regarder)|(?:ne nous|ne m')a (?:meme )?pas (?:dit bonjour|salue|regarde)|(?:sur|scotche a|collee? a) (?:son|leur) (?:telephone|portable)|ohne (?:uns |mich )?(?:auch nur )?(?:zu )?(?:grussen|begrussen|anzuschauen|anzusehen)|(?:hat|haben) (?:uns|mich) nicht (?:mal |einmal )?(?:gegrusst|begrusst|angeschaut)|(?:am|aufs|auf (?:ihr|sein)) handy|senza (?:neanche |nemmeno |mai )?(?:salutar(?:ci|mi)|guardar(?:ci|mi)|un saluto)|non (?:ci|mi) ha (?:neanche |nemmeno )?(?:salutat[oaie]|guardat[oaie])|(?:al|sul) (?:telefono|cellulare)|nem (?:sequer )?(?:nos |me )?(?:cumprimentou|cumprimentaram|olhou|olharam)|sem (?:sequer )?(?:nos |me )?(?:cumprimentar|olhar)|(?:ao|no) (?:telemovel|telefone|celular))${E}`,
  // Sent, charged or booked twice: "my invoice was sent twice", "ma facture a été envoyée deux fois", "wurde
  // doppelt abgebucht", "mi hanno addebitato due volte", "enviada dos veces", "debitado duas vezes".
  `${B}(?:(?:sent|charged|billed|debited|emailed|taken|processed|deducted|paid) (?:\\p{L}+ ){0,3}(?:twice|two times|double|2x)|(?:envoye|facture|debite|preleve|paye|encaisse)e?s? (?:\\p{L}+ ){0,3}(?:deux fois|en double|2 fois)|(?:enviad|cobrad|cargad|facturad|pagad)[oa]s? (?:\\p{L}+ ){0,3}(?:dos veces|por duplicado|2 veces)|(?:doppelt|zweimal|2x|2 mal) (?:\\p{L}+ ){0,3}(?:verschickt|versendet|gesendet|abgebucht|berechnet|belastet|bezahlt|eingezogen|abgerechnet)|(?:inviat|addebitat|fatturat|pagat|scalat)[oaie] (?:\\p{L}+ ){0,3}(?:due volte|doppio|2 volte)|(?:enviad|cobrad|debitad|faturad|pag)[oa]s? (?:\\p{L}+ ){0,3}(?:duas vezes|em duplicado|2 vezes))${E}`,
  // Meagre: "colazione scarsa per il prezzo", "desayuno escaso", "petit-déjeuner maigre",
  // "dürftiges Frühstück", "pequeno-almoço escasso", "skimpy portions".
  `${B}(?:scars[oaie]|misero|misera|escas[oa]s?|escass[oa]s?|maigres?|rikiki|durftig\\p{L}*|sparlich\\p{L}*|skimpy|stingy|meagre|meager|measly|paltry|tiny portions?)${E}`,
  // Slow, late, not ready: "check-in took 40 minutes", "took an hour to get our food", "the room wasn't ready until 6pm",
  // "lädt ewig", "bricht immer ab", "con una semana de retraso", "la caja estaba rota", "non era pronta".
  `${B}(?:took (?:over |more than |nearly |almost |about |around |well over )?(?:[2-9]\\d|\\d{3}|(?:twenty|thirty|forty|fifty|sixty|ninety)(?:[- ]\\p{L}+)?) (?:min|mins|minutes)|took (?:over |more than |nearly |almost |about |around |well over )?(?:an|one|two|three|four|\\d+) (?:hours?|days|weeks) (?:to|for|before|until|till)|(?:wasn'?t|was not|weren'?t|were not|isn'?t|is not|not) ready (?:until|till|by|when|at|on time|for (?:us|me|hours))|(?:n'etait|n'etaient|ne sont|n'est) pas pret(?:e|s|es)?|pas pret(?:e|s|es)? (?:avant|a (?:l'heure|notre arrivee|temps))|no (?:estaba|estaban|esta|estan) list[oa]s?|(?:war|waren|ist|sind) (?:noch )?nicht fertig|non (?:era|erano|e|sono) (?:ancora )?pront[oaie]|nao (?:estava|estavam|esta|estao) pront[oa]s?|(?:ladt|lauft|dauert|hangt|laden|dauern) (?:\\p{L}+ ){0,2}ewig|ewige? (?:ladezeit|laden|warten|wartezeit)|bricht (?:\\p{L}+ ){0,3}ab|brechen (?:\\p{L}+ ){0,3}ab|(?:hangt|hangen) sich (?:\\p{L}+ ){0,2}auf|(?:con|de|por) (?:\\p{L}+ ){0,3}(?:de )?retraso|retrasad[oa]s?|(?:estaba|estaban|esta|estan|llego|llegaron|vino|vinieron|venia|venian) (?:\\p{L}+ ){0,2}rot[oa]s?|(?:era|erano|e arrivat[oaie]|sono arrivat[oaie]) (?:\\p{L}+ ){0,2}(?:rott[oaie]|in ritardo)|(?:estava|estavam|chegou|chegaram|veio|vieram) (?:\\p{L}+ ){0,2}(?:partid[oa]s?|estragad[oa]s?|amassad[oa]s?|com atraso))${E}`,
  // A bad smell, and an order that came incomplete: "das Zimmer roch nach Rauch", "sentait le tabac", "olía a humedad",
  // "puzzava di fumo", "cheirava a mofo", "veio incompleta", "commande incomplète", "unvollständig".
  `${B}(?:(?:roch|riecht|rochen|riechen|stank|stinkt|stinken) (?:\\p{L}+ ){0,2}nach (?:\\p{L}+ )?(?:rauch|zigaretten?|schimmel|moder|kanal|abwasser|urin|schweiss|feuchtigkeit|keller|fisch)|(?:sentait|sent|sentaient|puait|pue|puent) (?:le |la |l'|les |des |du |fort |vraiment )?(?:tabac|fumee|renferme|humidite|moisi|egouts?|cigarettes?|javel|friture|urine|transpiration|mauvais)|(?:olia|huele|olian|huelen|apestaba|apesta) (?:a |mucho a )?(?:tabaco|humo|humedad|cerrado|cloaca|alcantarilla|moho|pis|orina|mal|fatal)|(?:puzzava|puzza|puzzavano|sapeva|odorava) (?:di|de) (?:\\p{L}+ )?(?:fumo|muffa|chiuso|fogna|umido|sigarett[ae]|urina|fritto)|(?:cheirava|cheira|cheiravam) (?:a |mal)(?:tabaco|fumo|mofo|humidade|esgoto|urina|bafio|tabaco)?|(?:smelled|smelt|smells|stank|stunk|reeked|reeks) (?:of|like) (?:\\p{L}+ )?(?:smoke|damp|mou?ld|sewage|bleach|cigarettes?|weed|wet dog|urine|pee|feet|sweat|fish|drains?)|mauvaise odeur|mal olor|gestank|cattivo odore|mau cheiro|incomplet(?:e|a|o)?s?|incomplete|unvollstandig\\p{L}*)${E}`,
  // Renewed or charged without a reminder: "renewed without a reminder email", "upgraded without my consent".
  `${B}(?:(?:renew(?:ed|s)?|charged|billed|upgraded|cancell?ed|changed) (?:\\p{L}+ ){0,2}without (?:a |any |an )?(?:reminder|notification|notice|warning|email|heads[- ]up|my (?:consent|permission|ok)))${E}`,
  // Dirt in English words the lists lacked: "the restrooms were filthy", "sticky tables", "not clean", "a pigsty".
  `${B}(?:filthy|grimy|grubby|sticky (?:tables?|floors?|menus?|chairs?|counters?|trays?)|unclean|unhygienic|unsanitary|insanitary|dusty|manky|minging|nasty (?:toilets?|bathrooms?|restrooms?|loos?|rooms?|smell|tables?)|(?:a |an absolute |like a )?pigsty|(?:not|wasn'?t|weren'?t|isn'?t|aren'?t|never) (?:very |that |particularly |exactly )?clean|(?:was|were|is|are) (?:really |so |pretty |absolutely )?gross|(?:hair|hairs|crumbs|stains?) (?:all )?(?:on|in|over) (?:the )?(?:sheets?|bed|pillows?|towels?|floor|seats?|tables?|bath|shower))${E}`,
  // A room too small, a bed too hard, supplies out, a spill: "the room was tiny and the bed rock hard", "out of paper and
  // soap", "spilled wine on my jacket", "diminuta", "steinhart", "winzig", "minuscola", "durissimo", "duríssima".
  `${B}(?:(?:was|were|is|are) (?:\\p{L}+ )?tiny|rock[- ]hard|hard as (?:a )?(?:rock|board|nails)|(?:bed|beds|mattress|mattresses|pillows?) (?:was|were|is|are) (?:\\p{L}+ )?(?:hard|lumpy|saggy|uncomfortable|too soft)|(?:were|was|had run|ran|run) out of (?:toilet )?(?:paper|soap|towels|loo roll|hand towels|toilet roll)|(?:spilled|spilt|dropped) (?:\\p{L}+ ){0,3}(?:on|over|all over|down) (?:my|our|me|us|his|her)|minuscules?|riquiqui|dur comme (?:du |de la |un |une )?(?:bois|pierre|beton|planche)|diminut[oa]s?|minuscul[oaie]s?|durisim[oa]s?|durissim[oaie]|steinhart|bretthart|durchgelegen|winzig\\p{L}*)${E}`,
  // An app that hangs or crashes, and a parcel soaked: "le site plante", "l'app si blocca", "o site vai abaixo",
  // "se bloquea", "trava", a parcel soaked ("mi paquete llegó empapado", "das Paket war durchnässt"; not "we got
  // soaked", weather is no fault of ours).
  `${B}(?:(?:site|appli\\p{L}*|app|logiciel|page|systeme|paiement|tout|ca|il|elle)(?: \\p{L}+)? (?:a )?plante(?:nt)?|plantage|(?:se |s'est )bloque(?:nt)?|si (?:blocca|bloccava|bloccano|pianta|piantava|chiude da sol[oa])|va in crash|crasha|(?:vai|foi|vao) abaixo|trava(?:m|va|ram)?|travou|(?:se )?bloquea(?:n|ba)?|se cierra sol[oa]|(?:parcel|package|box|delivery|order|item|paquete|caja|pedido|envio|paket|karton|sendung|lieferung|colis|carton|paquet|commande|pacco|scatola|ordine|encomenda|caixa|pacote) (?:\\p{L}+ ){0,3}(?:soaked|soaking wet|drenched|sodden|wet|empapad[oa]|mojad[oa]|durchnasst|klatschnass|nass|trempee?|mouillee?|bagnat[oa]|fradici[oa]|encharcad[oa]|molhad[oa]))${E}`,
  // Blisters and chafing: "they give me blisters", "me hacen rozaduras", "elles me font des ampoules", "scheuern an der Ferse".
  `${B}(?<!(?<![\\p{L}\\p{N}])(?:no|zero|ni|ni una?|sin|sans|aucune?|pas d'|pas une?|keine?|kein|nessuna?|senza|sem|nenhuma?|without|not a single|not one|not even one|never) )(?:(?:give|gives|giving|gave|got|get|getting) (?:me |us |him |her |my \\p{L}+ )?(?:blisters|a blister|a rash|sore (?:feet|heels|toes))|blisters|rub(?:s|bed|bing)? (?:my|the|at the|on the) (?:heel|heels|feet|toes|ankles?)|rozadura\\p{L}*|roza(?:n)? (?:en )?(?:el|los) (?:talon|talones|pie|pies|dedos)|(?:me |le |nos )?(?:hacen|hizo|hicieron|hace) (?:dano|heridas|ampollas|rozaduras)|ampollas|(?:me |m'|nous )?(?:font|ont fait|fait|faisaient) (?:des )?(?:ampoules|mal aux pieds)|ampoules|(?:me |nous )?blessent|scheuer(?:n|t|ten)|blasen|druckstellen|vesciche|(?:mi |ci )?(?:fanno|facevano|hanno fatto) (?:le )?(?:vesciche|male ai piedi)|bolhas|fazem (?:bolhas|feridas))${E}`,
  // "two thirds foam", "could see the bottom of the cup after 4 sips": a drink short of what was paid for.
  `${B}(?:(?:half|two thirds|three quarters|mostly|all|\\d{2} ?%|\\d{2} percent) (?:foam|froth|ice|air)|(?:could|can|you can|i could) see the bottom of (?:the|my) (?:cup|glass|mug|bowl|tub) after)${E}`,
  // A page or app that throws them out: "keeps kicking me back to the start at checkout".
  `${B}(?:keeps? (?:kicking|throwing|booting|bouncing|sending) (?:me|us) (?:back|out)|kicks (?:me|us) (?:back|out) (?:to|of|at))${E}`,
  // A room or photo that promised more: "Video's a bit misleading", "our 'lake view' room looked straight onto the
  // garage roof", "asked to move and was told the hotel was full", "smaller than they look here".
  `${B}(?:misleading|trompeur|trompeuse|enganos[oa]|irrefuhrend|ingannevole|enganador[oa]|(?:looked|looks|faced|faces|overlooked|overlooks|looking) (?:straight |directly |right )?(?:onto|on to|out onto|out on|at|over|into) (?:the |a )?(?:roof|car ?park|parking lot|garage|(?:brick )?wall|bins|building site|construction site|back of|motorway|kitchen (?:vents?|extractors?))|(?:asked|we asked|i asked) (?:to|if we could|if i could) (?:move|change rooms?|switch rooms?)(?: rooms?)? and (?:was|were) told)${E}`,
  // A parcel left in limbo and silence: "el seguimiento lleva parado desde el lunes", "ni un email", "um pé 38 e o outro 39",
  // "assim não dá" (that won't do).
  `${B}(?:(?:seguimiento|tracking|envio|pedido|paquete) (?:lleva|esta|sigue) (?:\\p{L}+ )?parad[oa]|ni un (?:solo )?(?:email|correo|mensaje|mail)|ni una (?:sola )?(?:llamada|respuesta)|nem um (?:unico )?(?:email|e-mail|mail)|(?:um|un) (?:pe|pie|sapato|zapato) (?:do |de )?(?:tamanho |numero |talla )?\\d{2} e (?:o|el) outro \\d{2}|(?:un|uno) (?:pie|zapato) (?:del |de )?\\d{2} y (?:el )?otro (?:del |de )?\\d{2}|assim nao da|asi no (?:se puede|hay manera)|(?:one|a) (?:shoe|boot|sandal) (?:in |a )?(?:size )?\\d{1,2} and the other (?:a |in |size )*\\d{1,2})${E}`,
  // Something expected was not there, or not allowed ("es gab weder Napf noch Decke", "there was no kettle").
  `${B}(?:there (?:was|were) (?:no|neither)|we (?:weren't|were not) allowed|(?:es gab|gab es) (?:weder|kein\\w*)|durfte(?:n)? (?:\\w+ ){0,3}nicht|il n'y avait (?:pas|ni|aucun\\w*)|(?:il )?n'y avait plus|(?<![\\p{L}'])y (?:en )?avait plus|plus (?:un|une|aucun\\p{L}*) (?:seul\\p{L}* )?[^.!?,]{2,30} ni (?:un|une|de|d'\\p{L}+)|(?<=(?:arrive\\p{L}*|\\d{1,2} ?h(?:\\d\\d)?|midi|tard)[^.!?]{0,25}[:;,] ?)plus (?:de|d')[^.!?,]{2,40}, (?:et )?plus (?:de |d')\\p{L}+|(?:on )?n'avait pas le droit|no habia (?:ni|ningun\\w*)|no (?:nos )?dejaron|non c'era(?:no)? (?:ne|nessun\\w*|nemmeno)|non (?:ci )?hanno (?:fatto|lasciato)|nao havia (?:nem|nenhum\\w*)|nao (?:nos )?deixaram)${E}`,
];
/**
 * Clear problem words, except where a negation makes them praise ("never disappoints", "not too
 * sweet", "nothing wrong", "jamais déçu", "nunca decepciona", "nie enttäuscht", "mai deluso").
 */
const PROBLEM_NEGATION = `(?<!(?<![\\p{L}\\p{N}])(?:never|not|nothing|no|didn'?t|did not|doesn'?t|does not|wasn'?t|was not|weren'?t|won'?t|jamais|nunca|nie|mai|nada|niente|rien|without(?: a single| any| an?| even an?| one)?) (?:once |ever |really |at all |been |once been )?)`;
export const PROBLEM = rememberingTests(
  cueInParts(PROBLEM_WORDS, (words) => primed(new RegExp(leanWordClasses(`${PROBLEM_NEGATION}(?:${sharedWordStart(words)})`), 'u'))),
);

/** Wanting to come back or be a regular: used to tell a fan from a neutral note. */
export const RETURN_INTENT = re(
  `${B}(?:will (?:be back|come back|return)|coming back|can't wait to|we'll be back|reviendr|on reviendra|volvere|volveremos|wir kommen wieder|kommen wieder|torneremo|tornero|voltarei|voltaremos)`,
);

/** Praise words under a negation ("not good", "pas bon"): neither praise nor, alone, sarcasm. */
export const NEGATED_PRAISE = re(
  [
    `${B}(?:not|never|wasn't|isn't|weren't|aren't|hardly|nothing|no)(?: (?:so|that|very|too|particularly|really|exactly|at all))? (?:good|great|nice|amazing|tasty|clean|friendly|helpful|fresh|comfortable|quick|easy|worth|special|impressive)${E}`,
    // "Less good:", "the not so good bits": the heading of what went wrong.
    `${B}(?:less|not so|not-so) (?:good|great|nice)(?= *(?::|bits|parts|things|points|news|side))`,
    `${B}pas (?:tres |si |vraiment )?(?:bon|bonne|bien|terrible|genial|top|propre|frais)${E}`,
    `${B}no (?:muy |tan |tampoco )?(?:bueno|buena|bien|limpio|rico|amable)${E}`,
    `${B}nicht (?:so |sehr |besonders |wirklich )?(?:gut|toll|lecker|sauber|freundlich|schnell)${E}`,
    `${B}(?:peu|pas tres|guere) (?:aimable|accueillant|sympa|agreable|souriant|serviable)e?s?${E}`,
    `${B}non (?:molto |cosi |proprio )?(?:buono|buona|bene|pulito|gentile)${E}`,
    `${B}nao (?:muito |tao )?(?:bom|boa|bem|limpo|simpatico)${E}`,
  ].join('|'),
  'gu',
);

/**
 * A clause that is nothing but praise or applause ("Great.", "Bravo,", "Top.", "Weiter so!",
 * "Parabéns 👏"): next to a bad situation it is irony, not thanks.
 */
export const IRONIC_APPLAUSE = re(
  `^(?:oh |na |ah |well,? |wow,? |just |really )?(?:great|perfect|fantastic|brilliant|wonderful|lovely|amazing|awesome|superb|cool|bravo|genius|nice|top|chapeau|well done|good job|nice one|thanks a lot|cheers|love it|parfait|magnifique|formidable|genial|super|estupendo|excelente|perfecto|maravilloso|enhorabuena|felicidades|toll|klasse|prima|grossartig|wunderbar|perfekt|fantastisch|weiter so|ottimo|perfetto|fantastico|fantastica|magnifico|complimenti|bravi|perfeito|otimo|parabens|que maravilha|que maravilla)(?: (?:job|move|work|service|idea))?[\\s!.,…👏🙄🙃😂🤣👍]*$`,
);

/** Praise of the service itself, opening a sentence ("Great customer service, they hung up"). */
export const PRAISED_SERVICE = re(
  `^(?:what (?:a )?|such (?:a )?|really |truly )?(?:great|excellent|amazing|fantastic|wonderful|brilliant|top|superb|toller?|super|klasse|excelente|magnifique|super(?!markt|marche|mercado|mercato)|ottimo|otimo|que maravilha de|que maravilla de|menudo|bel|beau) (?:customer )?(?:service|support|care|communication|organi[sz]ation|kundenservice|service client|servicio|atencion(?: al cliente)?|servizio(?: clienti)?|assistenza|apoio(?: ao cliente)?|atendimento)${E}`,
);

/** Enjoying something no one enjoys: "love paying", "me encanta que me cobréis", "che bello pagare". */
export const ENJOYING_TROUBLE = re(
  [
    `${B}(?:love|loving|adore|enjoy(?:ing)?|just love|really love) (?:paying|waiting|being|getting|having to|standing|queu(?:e|ing)|the (?:surprise|extra|hidden|new)|it when|how|that (?:you|they|i|we|the|my))`,
    `${B}j'adore (?:payer|attendre|quand|que|le fait|devoir)`,
    `${B}me encanta(?:n)? (?:que|pagar|esperar|cuando|tener que)`,
    `${B}(?:adoro|amo) (?:pagar|esperar|quando|que|ter de|ter que|pagare|aspettare)`,
    `${B}(?:che bello|che bellezza) \\w+(?:are|ere|ire)${E}`,
    `${B}(?:que|qué) (?:maravilla|gusto|bien) (?:pagar|esperar|\\w+ar)${E}`,
    `${B}que maravilha (?:de|pagar|esperar)`,
    `${B}(?:ich liebe es|schon,? dass|toll,? dass)`,
    `${B}(?:would|will|i'd) recommend (?:it )?if you (?:enjoy|like|love|want)|${B}(?:recommande|recomiendo|empfehle|consiglio|recomendo) si (?:vous aimez|te gusta|ti piace)`,
    `${B}(?:service client|customer service|customer support|kundenservice|servicio al cliente|atencion al cliente|servizio clienti|atendimento)(?: est| is| ist| es| e)? (?:au top|top|great|excellent|impeccable|de primera|eccellente|perfect|parfait)${E}`,
    `${B}best\\. \\w+\\. ever`,
    `${B}(?:muy|very|tres|molto|muito|sehr) (?:profesional|professional|professionnel|professionale|profissional|professionell)(?: todo| tutto| tudo)?\\W*$`,
  ].join('|'),
);

/** Asking other readers about something else: "anyone know if the 72 bus runs on Sundays?". */
export const COMMUNITY_QUESTION = re(
  `^(?:not related,? but |off topic,? but |random,? but )?(?:does |do |is |has )?(?:anyone|anybody|any1|someone|somebody|y'all|quelqu'un|alguien|jemand|qualcuno|alguem)(?: else| here)? (?:know|knows|want|wants|need|needs|fancy|have|has|recommend|tried|think|seen|see|saw|watching|watched|going|sabe|sait|connait|weiss|kennt|sa |conosce|conhece|viu|vio|visto|vu|a vu|gesehen|hat gesehen|ha visto|e andato|e andata|e stato|e stata|c'era|ci e stato|ci e stata|est alle|est allee|etait|fue|estuvo|ha ido|war (?:gestern|auf|beim|im)|foi|esteve)|^(?:weiss|kennt|hat|sait|connait|sabe|conoce|sa|conosce|conhece) (?:jemand|quelqu'un|alguien|qualcuno|alguem)${E}|^(?:wer von euch|wer (?:ist|kommt|geht) (?:\\p{L}+ ){0,3}auch|qui d'entre vous|qui (?:vient|va|sera) (?:\\p{L}+ ){0,3}aussi|quien de vosotros|quien de ustedes|quien mas (?:va|viene)|chi di voi|chi (?:viene|va) (?:\\p{L}+ ){0,3}anche|quem de voces|quem de vos|quem mais vai|which of you|who else (?:is going|is coming|will be))${E}`,
);

/** Personal news and greetings to the room: not about the business. */
export const PERSONAL_NEWS = re(
  [
    `${B}(?:(?:i|we) )?(?:just )?got (?:engaged|married|promoted|a new job|the job|my results|a puppy|a kitten)`,
    `${B}(?:hoy me caso|me caso (?:hoy|manana)|je me marie|ich heirate|oggi mi sposo|mi sposo|hoje caso|vou casar|had to tell someone|tenia que contarlo|fallait que je le dise|musste es jemandem sagen|dovevo dirlo)`,
    `${B}(?:just )?got (?:my|an|the) acceptance|${B}got (?:into|accepted (?:to|into|at)) (?:grad school|uni|university|college|med school)|${B}(?:(?:je )?viens d'avoir|j'ai eu|j'ai obtenu) (?:mon|ma) (?:bac|permis|diplome|licence|master)|${B}(?:me caso|nos casamos|je me marie|on se marie|wir heiraten|ci sposiamo|mi sposo|vou casar|vamos casar|we'?re getting married)${E}|${B}(?:(?:oma|opa|mama|papa|tante|onkel) geworden|became a (?:grandma|grandmother|granny|grandad|grandpa|mum|mom|dad|auntie|uncle)|(?:suis|est) (?:devenue? )?(?:mamie|grand-mere|grand-pere|papy|maman|papa|tata|tonton)${E}|(?:soy|he sido) (?:abuela|abuelo|mama|papa|tia)${E}|(?:sono )?diventat[oa] (?:nonn[oa]|mamma|papa|zi[oa])|(?:virei|fui) (?:avo|avó|mae|pai|tia))`,
    `${B}i'?m (?:pregnant|engaged|getting married)|${B}(?:my|our) (?:cat|dog|baby|kid|son|daughter|husband|wife|mum|mom|dad) just`,
    `${B}(?:it'?s my birthday|turned \\d+ today|today i turn)`,
    `${B}(?:faco \\d+ anos|cumplo \\d+|j'ai \\d+ ans aujourd'hui|werde heute \\d+|compio \\d+ anni|oggi compio|hoje faco)`,
    `${B}(?:mi sono laureat|me gradue|je suis diplome|ich habe (?:meinen abschluss|bestanden)|me formei|finally graduated|graduated today)`,
    `${B}(?:praying for|thoughts and prayers|pray for|rest in peace|miss you every day)`,
    `${B}(?:since (?:my |our )?(?:dad|mum|mom|father|mother|grandma|grandpa|nan|husband|wife|brother|sister|son|daughter) (?:passed|died)|depuis que (?:papa|maman|mon pere|ma mere) (?:est parti|nous a quitte)|desde que (?:papa|mama|mi padre|mi madre) (?:se fue|murio|falleci))`,
    `${B}(?:(?:i'?m|we'?re) (?:moving|off) to \\w+ (?:next|this|tomorrow|on|in)|me (?:voy|mudo) (?:de erasmus )?a \\w+|je (?:pars|demenage) (?:en erasmus )?a \\w+|ich ziehe (?:nach|um)|mi trasferisco a|parto per l'erasmus|vou (?:morar|mudar-me|de erasmus) para|(?:going|off|me voy|je pars|parto|vou) (?:on |de |en |per l'|para o )?erasmus)`,
    `${B}(?:greetings (?:to everyone|from)|watching from|hello from|love from|saludos desde|grusse aus|saluti da|beijos de|bisous de|coucou de|bonjour de|hola desde|ola de|hallo aus|ciao da|wish me luck|deseadme suerte|souhaitez-moi bonne chance|druckt mir die daumen|auguratemi buona fortuna|desejem-me sorte)`,
    // The comment section's roll call: "who is still watching this in 2026?", "Quem está a ver isto em 2025?".
    `${B}(?:(?:who(?:'s| is)|anyone|anybody) (?:else )?(?:still )?(?:watching|here|listening)(?: (?:to )?(?:this|it))?(?: (?:in|after|from))? (?:\\d{4}|this year)|quem (?:(?:esta|ta|ainda esta) a ver|(?:ainda )?ve|(?:esta|ta) vendo) (?:isto|isso|este video)(?: em \\d{4})?|quien (?:esta viendo|sigue viendo|ve|mira) (?:esto|este video) en \\d{4}|qui (?:regarde|est la)(?: encore)? en \\d{4}|wer (?:schaut|guckt|sieht) (?:sich )?(?:das|dieses video) (?:noch )?(?:im jahr )?\\d{4}|chi (?:sta guardando|guarda|e qui)(?: ancora)?(?: questo video)? nel \\d{4})`,
    `${B}(?:who'?s watching|anyone watching|game tonight|match tonight|(?:au |le )?match ce soir|(?:el )?partido (?:de )?esta noche|(?:das )?spiel heute abend|(?:la )?partita (?:di )?stasera|(?:o )?jogo (?:de )?hoje(?: a noite)?|qui (?:vient|va|regarde) (?:au |le )?match|quien (?:viene|va|ve) (?:al |el )?partido|wer (?:kommt|schaut|guckt) (?:zum |das )?spiel|chi (?:viene|guarda) (?:alla |la )?partita|quem (?:vem|vai|ve) (?:ao |o )?jogo)`,
    `${B}(?:the|that|o|el|la|le|il|das|dieses) (?:game|match|jogo|partido|partita|spiel|final|finale) (?:last night|yesterday|tonight|ontem|ayer|anoche|hier|gestern|ieri|hoje|hoy|heute|oggi)|${B}(?:que|what a|quel|che|was fur ein) (?:golo|gol|goal|but|tor)${E}`,
  ].join('|'),
);

/** An insult or a threat aimed at a person or a group (the frame makes a common word an insult). */
export const ABUSE_AT_PERSON = re(
  [
    `${B}(?:you(?:'re| are)?|ur|u r|he'?s|she'?s|they'?re|(?:the )?(?:owner|manager|ceo|boss|staff|waiter|waitress|guy|woman|man|girl|receptionist|chef|driver|employee|cashier|host|barista) (?:is|was)) (?:a |an |such an? |all )?(?:real |total |complete |fucking |nasty |old |little |fat |useless )*(?:worthless|piece of (?:shit|trash|garbage|crap)|trash|garbage|hag|witch|nazi|fascist|racist|pig|dumb|stupid|incompetent|thie(?:f|ves)|crooks?|frauds?|liars?|snakes?|rats?|animals?|psychos?|creeps?|perverts?|degenerates?|savages?)${E}`,
    `${B}(?:est|sont|c'est) (?:un |une |des )?(?:gros |grosse |vrai |vraie |sale )*(?:porc|cochon|raciste|voleurs?|escrocs?|menteurs?|incompetents?|incapables?|minables?|ordures?)${E}`,
    `${B}(?:eres|es|sois|son) (?:un |una |unos |unas )?(?:pedazo de )?(?:cerdos?|ladron(?:es)?|estafadores?|mentirosos?|incompetentes?|inutiles|racistas?|basura|imbeciles?|estupid[oa]s?)${E}`,
    `${B}(?:ist|bist|seid|sind) (?:ein |eine |alle )?(?:unfahige |dumme |elende )?(?:versager|schweine?|betruger|diebe?|lugner|rassist(?:en)?|idioten?|unfahig)${E}`,
    `${B}(?:e|sei|siete|sono) (?:un |una |uno |dei |delle )?(?:cafone|ignorante|incompetenti|ladri|ladro|truffatori|razzista|maiale|porco|idiota|imbecille|deficiente)${E}`,
    `${B}(?:e|es|sao|voce e|voces sao) (?:um |uma |uns |umas )?(?:burr[oa]|ladr(?:ao|oes)|vigaristas?|incompetentes?|imbecil|estupid[oa]|racista|porco|mentiros[oa]s?)${E}`,
    `${B}(?:bunch|band|pack|gang|bande|banda|bando|haufen|branco) (?:of |de |d'|di |von )?(?:\\p{L}+ ){0,3}(?:muppets|incapables|incompetent\\w*|thieves|crooks|clowns|idiots|liars|frauds|voleurs|escrocs|incapables|ladrones|estafadores|ladri|truffatori|ladroes|vigaristas|betrugern|idioten|versagern)${E}`,
    `${B}(?:i know where (?:you|he|she|they|the \\w+) lives?|see what happens|watch your back|you'?ll (?:regret|pay for) (?:this|it)|beat (?:some sense|the \\w+) (?:into|out of)|drag (?:him|her|them|the \\w+) out|(?:someone|somebody) should (?:hurt|beat|punch|slap|kill|drag|burn)|burn (?:the place|it|this place) down|imagine being this (?:dumb|stupid|thick|ignorant))`,
    `${B}(?:je sais ou (?:tu habites|vous habitez|il habite)|se donde vives|ich weiss,? wo du wohnst|so dove abiti|sei onde moras)`,
    // Mockery of the person in a post or video: "who let this guy near a microphone", "narrating his own funeral".
    `${B}(?:who (?:let|hired|allowed|lets) (?:this|that) (?:guy|girl|dude|man|woman|clown|kid|lady|bloke|idiot|fool)(?: \\p{L}+){0,2} (?:near|anywhere near|on|in front of|talk|speak|host|present|narrate|sing|cook)|narrat\\w* (?:his|her|their) own funeral|(?:a |the )?(?:face|voice) (?:for|made for) (?:radio|silent (?:films|movies)))`,
    // "your devs are clueless monkeys", "the staff are a bunch of amateurs".
    `${B}(?:(?:your |the |their )?(?:devs?|developers?|coders?|engineers?|staff|owners?|management|managers?|team|chefs?|cooks?|waiters?|servers?|baristas?)|you (?:guys|lot|people)) (?:are|r|=) (?:all )?(?:\\p{L}+ ){0,2}(?:monkeys|clowns|idiots|morons|imbeciles|muppets|donkeys|baboons|apes)${E}`,
    // Trolling other commenters or the business, with nothing to answer ("stay mad", "go chew some grass", "enjoy your bankruptcy").
    `${B}(?:stay mad|cope harder|keep crying|touch grass|go (?:chew|eat) (?:some )?grass|enjoy (?:your|the) bankruptcy|hope you go (?:bankrupt|bust|under))${E}`,
    // A people's or a country's food mocked as a people ("french food is literally just butter and arrogance").
    `${B}(?:french|italian|german|spanish|portuguese|english|british|american|swiss|texan|mexican) (?:food|people|cuisine|cooking|guys|men|women|folks) (?:is|are) (?:literally |just |basically |only |all )*(?:\\p{L}+ ){0,4}(?:arrogance|arrogant|trash|garbage|rubbish|a joke|overrated garbage|rude|the rudest|lazy|stupid|thieves|criminals|scum|filthy|dirty)${E}`,
  ].join('|'),
);

/**
 * Irony no rating can make sincere: "if by 'fresh' you mean yesterday's", "would recommend to my
 * worst enemy", "oh wait". Folded text.
 */
const STARPROOF_IRONY_SOURCE =
  'oh wait|if by [\'"‘“]?\\w+(?: \\w+)?[\'"’”]? you mean|si par [\'"‘“]?\\w+[\'"’”]? (?:vous entendez|tu entends)|si por [\'"‘“]?\\w+[\'"’”]? (?:entiendes|se entiende)|(?:recommend|recommande|recomiendo|empfehle|consiglio|recomendo) (?:\\w+ ){0,3}(?:to|for|a|à|an|al|ao) (?:my|mon|mi|meinen|il mio|o meu) (?:worst |pire |peor |argsten |peggior |pior )?(?:enem(?:y|ies)|ennemi|enemigo|feind|nemico|inimigo)';
export const STARPROOF_IRONY = re(`${B}(?:${STARPROOF_IRONY_SOURCE})${E}`);

/**
 * Irony that needs no bad word beside it: "nothing says 'welcome' like…", "oh wait",
 * a word put in scare quotes and echoed ("'premium' … Premium indeed").
 */
export const STANDALONE_IRONY = re(
  `${B}(?:nothing says ['"‘“]?\\w+(?:[ -]\\w+)?['"’”]? like|oh wait|rien de tel que|nada dice|nichts sagt|niente dice|${STARPROOF_IRONY_SOURCE}|` +
    // "genuinely impressive how little coffee fits in that cup", "shoutout to @x for charging me £4.20 for foam".
    `(?:impressive|amazing|incredible|remarkable) how (?:little|few|slow(?:ly)?|long it took)|` +
    // "enjoyed my 40 min uphill hike with a suitcase", "loved our 2 hour wait in the rain": a hardship said as a treat.
    `(?:enjoyed|loved|love|loving|really enjoyed) (?:my|our|the) (?:\\d+|an?|one|two|three|half an?)[ -]?(?:mins?|minutes?|hours?|hrs?|hr)(?:[ -]long)? (?:\\p{L}+ ){0,2}(?:hike|walk|trek|climb|wait|queue|ride|drive|detour|commute|slog|trudge)|` +
    // "Shoutout to whoever decided…", "truly visionary", "premium experience 👌", "tourist trap energy": applause for a bad call.
    `shout ?out to (?:whoever|the (?:genius|person|mastermind|marketing team|team) (?:who|that)) (?:decided|thought|came up|approved|signed off)|(?:truly|real|so|very) visionary|big brain move|galaxy brain|(?:premium|luxury|vip|first[- ]class|five[- ]star) (?:experience|service|treatment)(?= ?(?:👌|🙃|🙄|😂|🤡|💀|lol|lmao|/s))|tourist trap energy|love that for (?:me|us)|` +
    `(?:shout ?out|thanks|thank you|kudos|props|cheers) (?:to @?[\\w.]+ )?for (?:charging|overcharging|making (?:me|us) wait|losing|ignoring|cancell?ing|forgetting|ruining|sending (?:me|us) the wrong))${E}`,
);

/**
 * A question that is a grievance (folded): "where is my order?", "when will you fix the sync?", "are you
 * ever going to answer the phone?", "is anyone reading these?", "why is it still not here?", in six languages.
 */
export const GRIEVANCE_QUESTION = primed(
  /(?<![\p{L}])(?:when (?:are you going to|will you|do you plan to|do you intend to) (?:refund|pay (?:me|us) back|give (?:me|us) (?:my|our) money)|cuando (?:pensais|piensan|vais a|van a|me vais a|me van a) (?:devolver|reembolsar)|quand (?:allez-vous|comptez-vous|vais-je etre) (?:me )?rembours|wann (?:bekomme ich|erstatten sie|erstattet ihr|wollt ihr) (?:endlich )?(?:mein geld|das geld|zuruck|erstatten)|quando (?:pensate di|mi) (?:rimbors|restitu)|quando (?:vao|pensam|me vao) (?:devolver|reembolsar)|how long (?:do|will|must|should|am|are) (?:i|we)(?: have to| going to| supposed to| expected to)? (?:keep )?wait(?:ing)? for (?:an? |my |our |the |any |some )?(?:answer|reply|response|refund|call ?back|someone|anyone)|(?:is|was) (?:this|that) (?:really |even |actually )?(?:intentional|on purpose|deliberate|by design|normal|acceptable|expected(?: behaviou?r)?|a joke|a bug|a glitch|a known (?:bug|issue)|(?:not )?ok(?:ay)?|legal|necessary|too much to ask)\s*\?|is this how you treat|am i (?:being )?(?:the only one|precious|unreasonable|picky|dramatic|crazy|wrong to expect)|why does (?:this|it|that) keep (?:happening|\p{L}+ing)|when (?:will|is) (?:this|it|that) (?:going to )?(?:be )?(?:fixed|sorted|resolved)|is (?:anyone|anybody|someone) (?:ever )?(?:going to|gonna) (?:fix|sort|answer|reply|respond|refund)|who (?:is going to|will) (?:refund|reimburse|pay|fix)|c'est (?:normal|voulu|une blague|acceptable)\s*\?|c'est fait expres|(?:es|esto es|eso es) (?:normal|a proposito|una broma|aceptable)\s*\?|ist das (?:so )?(?:normal|gewollt|absicht|ein witz|akzeptabel)\s*\?|(?:e|questo e) (?:normale|voluto|uno scherzo|accettabile)\s*\?|(?:isto|isso) e (?:normal|de proposito|uma piada|aceitavel)\s*\?|(?:seriously|serieusement|en serio|ernsthaft|sul serio|a serio|serio|serious)(?: @[\w.]+)?\s*\?|(?:can|could) (?:you|someone|anyone) explain (?:this|that)|care to explain|(?:vous pouvez|pouvez-vous|pourriez-vous|tu peux|peux-tu) m'expliquer|expliquez-moi|(?:me lo )?(?:pueden|podeis|podrian|puede) explicar|explicadme|(?:konnen sie|konnt ihr|kannst du) mir (?:das )?erklaren|erklart mir|(?:mi|me lo) (?:spiegate|potete spiegare|spieghi)|(?:podem|pode|podiam)(?:-me| me) explicar|expliquem-me|(?:is (?:there )?a fix coming|any (?:eta|news|update) on (?:a|the) fix)|kommt (?:da )?(?:noch |bald |endlich )?(?:ein|der) (?:fix|bugfix|patch)|(?:wird|ist) das (?:bald |endlich |noch )?(?:behoben|gefixt|repariert)|wann (?:wird|kommt) (?:das|der|ein) (?:fix|behoben|gefixt)|(?:y a-t-il|il y a|aura-t-on) un correctif|(?:ca|cela) va (?:etre|enfin etre) corrige|(?:habra|hay) (?:un )?(?:arreglo|parche)|lo vais a arreglar|lo van a arreglar|(?:arriva|ci sara) un (?:fix|aggiornamento)|lo sistemate|vai haver (?:uma )?correcao|vao corrigir|how do (?:i|we) get (?:someone|anyone|somebody|you) to (?:actually |even )?(?:look|answer|reply|respond|help|call|read)|who thought (?:it was |that was |this was )?a good idea|(?:is )?anyone else (?:seeing|having|getting|experiencing|noticing|hitting|run into|running into) (?:this|that|the same|these|issues?|problems?)|(?:has|have|did|does) anyone else (?:had|have|noticed|experienced|seen|found|got|been having) (?:\S+ ){0,8}?(?:not work\w*|stop(?:ped)? working|issues?|problems?|trouble|broken|crash\w*|fail\w*|errors?|declined|rejected)(?![\p{L}])|(?:down|broken|not working|crashing|offline) or is it (?:just )?me|why is it (?:that )?every (?:time|single time)|what'?s the point of|is (?:this|that) the new normal|off day or|(?:ma )?(?:e )?possibile che|est-ce normal que|c'est normal que|es normal que|(?:e|é) normal que|ist (?:es|das) normal, dass|is it (?:normal|acceptable) (?:that|for)|is there (?:a|any) (?:good )?reason (?:why )?(?:you|your|the|we|i|they|it)|do (?:you|they) not (?:listen|care|read|check|train)|(?:asked|emailed|messaged|wrote|written|called|rang|dm'?d) (?:you |them |here )?(?:three|four|five|several|multiple|many|\d+) times(?: already)?|(?:can|could|would) (?:someone|anyone|somebody|you) (?:please )?explain (?:how|why|what)|how (?:does|did|can|could) (?:that|this|something like (?:this|that)) (?:even |just )?happen|how (?:is|was) (?:it|this|that) (?:acceptable|ok|okay|fair|legal|possible|justified|reasonable)|how (?:can|could|do|dare) you (?:charge|justify|call|sell|ask)|where(?:'s| is| are) (?:my|our) |when (?:will|are) you (?:going to )?(?:fix|answer|reply|respond|refund|send|ship|sort|deliver|get back)|are you (?:ever |actually |even )?going to (?:answer|reply|respond|fix|refund|call|get back)|(?:is|does) (?:anyone|anybody|someone) (?:actually |even |there )?(?:reading|read|answering|answer|listening|care|working)|why (?:is|are|was|were|wasn'?t|weren'?t|does|do|did|has|have|hasn'?t|haven'?t|isn'?t|aren'?t|doesn'?t|don'?t|didn'?t|can'?t|won'?t|couldn'?t|wouldn'?t) (?:\S+ ){0,6}(?:still|not|never|no|so|always|again|nobody|no one)|(?:ou|où) (?:est|sont) (?:ma|mon|mes|notre|nos) |quand (?:allez-vous|vas-tu|est-ce que vous allez) |pourquoi (?:\S+ ){0,6}(?:pas|plus|jamais|toujours|personne)|(?:donde|dónde) (?:esta|está|estan|están) (?:mi|mis|nuestro|nuestra) |cuando (?:vais|van|pensais|piensan) a (?:arreglar|contestar|responder|devolver|enviar)|por (?:que|qué) (?:\S+ ){0,6}(?:no|todavia|todavía|nunca|nadie|siempre)|wo (?:bleibt|ist) (?:meine?|unsere?) |wann (?:werdet ihr|werden sie) |warum (?:\S+ ){0,6}(?:nicht|noch|immer|kein|niemand)|dov'?(?:e|è) (?:il mio|la mia|i miei|il nostro) |quando (?:pensate di|intendete) |perch(?:e|é) (?:\S+ ){0,6}(?:non|ancora|sempre|nessuno)|onde (?:esta|está) (?:a minha|o meu|a nossa|o nosso) |porque (?:\S+ ){0,6}(?:nao|não|ainda|ninguem|ninguém))/u,
);
