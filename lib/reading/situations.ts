import { primed, primedWhenIdle } from '@/lib/classifier/pattern-priming';
import type { Point } from '@/lib/classifier/labels';
import { fold, foldWithMap } from './cues';
import { leanWordClasses } from './word-classes';

/**
 * What happened, as a community manager would sum it up: the kitchen stopped serving before
 * closing time, the dish ran out, the app goes down, the app crashes when doing X, a charge
 * after cancelling. These are the complaint's main verb-object; the nouns around them ("the
 * door", "the month", "the 9 €") are incidental. Each is a point whose `detail` names the
 * situation so the reply says it in its own words, in any of the six languages.
 */
export const SITUATIONS = [
  'closed-early',
  'sold-out',
  'outage',
  'crash',
  'charged-after-cancel',
  'lost-booking',
  'closed-on-booking',
  'facility-closed',
  'removed-feature',
  'locked-account',
  'not-working',
  'towed',
  'data-exposed',
  'theft',
  'found-closed',
  'rushed',
  'price-rise',
  'table-given-away',
  'meat-in-veggie',
  'data-request',
  'phishing',
  'gift-card-refused',
  'overbilled',
  'charged-unordered',
  'view-not-given',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export function isSituation(detail: string | undefined): detail is Situation {
  return (SITUATIONS as readonly string[]).includes(detail ?? '');
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const rx = (source: string) => primed(new RegExp(leanWordClasses(`${B}(?:${source})${E}`), 'u'));
/** A situation few items reach: compiled when first used, or while a worker waits for a page (see pattern-priming). */
const rxRare = (source: string) => primedWhenIdle(new RegExp(leanWordClasses(`${B}(?:${source})${E}`), 'u'));

/**
 * They had booked and found the place shut ("Booked a table for 8pm … to find a sign saying CLOSED
 * FOR A PRIVATE EVENT") (folded): the booking not kept is the point, not the sign.
 */
const BOOKED = rx(
  '(?:booked|reserved|made a (?:booking|reservation)|had a (?:booking|reservation)|confirmation email|reserve|reservation confirmee|avions reserve|reservamos|teniamos (?:una )?reserva|reserviert|gebucht|prenotato|avevamo (?:una )?prenotazione|reservei|reservamos|tinhamos (?:uma )?reserva)',
);
/**
 * One of the place's facilities shut, not the place ("the spa was closed for maintenance the whole
 * weekend", "la piscine était fermée") (folded): the facility is the point, and the stay was not cancelled.
 */
const FACILITY_CLOSED = rxRare(
  '(spa|pool|swimming pool|rooftop pool|indoor pool|piscine|piscina|schwimmbad|hallenbad|sauna|gym|fitness (?:room|centre|center)|salle de sport|gimnasio|fitnessraum|palestra|ginasio|hot tub|jacuzzi|rooftop bar|kids club|wellness(?:bereich)?) (?:\\p{L}+ ){0,2}(?:was|were|is|being|remained|stayed|etait|est|restait|estaba|estuvo|esta|war|ist|blieb|era|e|rimast[oa]|estava|ficou|esteve) (?:\\p{L}+ ){0,2}(?:closed|shut|out of (?:order|service)|ferme|fermee|cerrad[oa]|geschlossen|chius[oa]|fechad[oa])',
);

/**
 * Their booked table given to others ("they'd given our table away", "ils avaient donné notre table",
 * "habían dado nuestra mesa", "unser Tisch war schon vergeben", "avevano dato via il nostro tavolo") (folded).
 */
const TABLE_GIVEN_AWAY = rxRare(
  '(?:given|gave|give|giving) (?:away )?(?:our|my|the) table(?: away| to (?:someone|somebody|another|other))|(?:our|my) table (?:had been |was |had |got |has been )?(?:given|gave) (?:away|to (?:someone|somebody|another|other))|(?:donne|laisse|redonne) notre table|notre table (?:avait ete |a ete |etait )?(?:donnee|attribuee|redonnee)|(?:dado|cedido) (?:nuestra|la) mesa|nuestra mesa (?:se la habian dado|ya estaba (?:dada|ocupada))|(?:unser|unseren) tisch (?:\\p{L}+ ){0,2}(?:vergeben|weitergegeben)|tisch (?:war )?(?:schon |bereits )?(?:vergeben|weitergegeben)|(?:dato|ceduto) (?:via )?(?:il )?(?:nostro )?tavolo|il nostro tavolo (?:era (?:gia )?stato )?(?:dato|ceduto)|(?:deram|tinham dado|cederam) a (?:nossa )?mesa',
);

const SHUT_ON_ARRIVAL = rxRare(
  [
    '(?:closed|shut) for (?:a |an )?(?:private (?:event|function|party|hire)|wedding|staff (?:party|training)|refurb\\w*|holidays?)|(?:found|to find|was|were|it was|it\'s|they were|restaurant was|place was|doors? (?:were|was)) (?:all |completely )?(?:closed|shut)(?! (?:early|at))|(?:sign|note)(?: on the (?:door|window))?(?: saying| said| says| reading| read)?[:,]? ["“‘\u0027]?(?:\\w+ )?(?:closed|shut)',
    '(?:ferme|fermee) (?:pour (?:un |une )?(?:evenement|soiree) prive|pour privatisation)|(?:trouve|trouver) (?:porte close|le restaurant ferme)|etait ferme',
    'cerrado por (?:un )?evento privado|(?:encontramos|nos encontramos) (?:el (?:local|restaurante) )?cerrado|estaba cerrado',
    'wegen (?:einer )?(?:privaten )?(?:veranstaltung|geschlossenen gesellschaft)|geschlossene gesellschaft|(?:war|stand(?:en)? vor) (?:verschlossener tur|geschlossen)',
    'chiuso per (?:un )?evento privato|(?:trovato|trovati) chiuso|era chiuso',
    'fechado para (?:um )?evento privado|(?:encontramos|encontrei) (?:o restaurante )?fechado|estava fechado',
  ].join('|'),
);

/** Kitchen or service stopped before the advertised closing time (folded text). */
const CLOSED_EARLY = rx(
  [
    // Quotes around what they were told ('Kitchen had "stopped serving"') are the same words.
    "(kitchen|grill|food|service|bar)(?: had| was| has|'d)?(?: already)? [\"'“”‘’«»]?(?:stopped serving|stopped taking orders|closed|shut|finished serving)",
    'stopped serving(?: food)?|closed early|closing early|shut early|closed (?:an hour|\\d+ minutes|half an hour) early|no (?:more )?food (?:after|from)',
    "(cuisine|service)(?: etait| avait| s'est| est)?(?: deja)? (?:fermee?|arrete|termine|fini)",
    'ferme(?:e|s)? (?:plus tot|avant l.heure)|ne servai(?:t|ent) plus|plus de service',
    '(cocina|servicio)(?: ya)?(?: estaba| habia)? (?:cerrad[oa]|cerro|terminado|acabado)|cerra(?:ron|ban) antes|ya no servian',
    '(kuche|service)(?: war| hatte| hat| ist)?(?: schon| bereits)? (?:zu|geschlossen|beendet)|fruher geschlossen|nicht mehr serviert|keine bestellungen mehr|kuchenschluss',
    '(cucina|servizio)(?: era| aveva)?(?: gia)? (?:chius[oa]|finito|terminato)|chius[io] prima|non servivano piu',
    '(cozinha|servico)(?: ja)?(?: estava| tinha)? (?:fechad[oa]|fechou|terminado|acabado)|fech(?:aram|ou) mais cedo|ja nao serviam',
  ].join('|'),
);

/** "the X had finished / sold out / ran out", "no more X", "ran out of X" (raw text, the thing captured). */
const SOLD_OUT_AFTER = primed(
  /(?:^|[\s,;:(])(?:the|their|your|all the|le|la|les|l'|el|la|los|las|der|die|das|il|lo|la|i|gli|le|o|a|os|as)(?:(?<=')|\s+)((?:[\p{L}-]+\s){0,2}[\p{L}-]{3,})\s+(?:had |has |have |was |were |is |are |had already |was already |were already |etait |etaient |est |sont |estaba |estaban |se habia |se habian |era |erano |e |estava |estavam |ja |deja |gia |already )*["'“‘«]?\s?(?:sold out|out of stock|se agot(?:o|aron)|se acab(?:o|aron)|si (?:e|sono) esaurit\w+|esgot(?:ou|aram)|ran out|run out|finished|all gone|(?:was|were) (?:already )?gone|no longer available|unavailable|epuise\w*|termine\w*|finie?s?(?![\p{L}])|agotad\w+|acabad\w+|terminad\w+|ausverkauft|(?:war|waren|ist|sind) (?:um [\d:.]+ (?:uhr )?)?(?:schon |bereits )?(?:aus|weg|alle|ausverkauft)|esaurit\w+|finit\w+|terminat\w+|esgotad\w+)(?![\p{L}])/iu,
);
const SOLD_OUT_BEFORE = primed(
  /(?:ran out of|run out of|sold out of|(?:they|we|you) (?:were|are|was) (?:all |completely )?out of|(?:they're|they'd|we're) (?:all |completely )?out of|no more|none of the|(?:n'y avait|n'y a|n'avaient|n'avait|n'ont|n'a|n'en avait|(?<![\p{L}'])y (?:en )?avait|(?<![\p{L}'])y a) plus (?:de|d')|(?<=(?:arrive\p{L}*|\d{1,2} ?h(?:\d\d)?|midi|tard)[^.!?]{0,25}[:;,]\s?)plus (?:de|d')(?=[^.!?]{3,50},\s*(?:et\s+)?plus d)|rupture de|no quedaba(?:n)?(?: nada de)?|se acab(?:o|aron)|ya no habia|kein(?:e|en)?(?=\s+(?:[\p{L}-]+\s+){1,3}mehr(?![\p{L}])(?!\s+(?!(?:bekommen|kaufen|bestellen|haben|gegeben|da|ubrig|übrig|verfugbar|verfügbar|vorratig|vorrätig)(?![\p{L}]))\p{L}+(?:en|ern|eln)(?![\p{L}])))|non c'era piu|non c'erano piu|finit[oi] (?:il|la|i|le|lo)|ja nao havia|acab(?:ou|aram) (?:o|a|os|as))\s+(?:the |of the |le |la |les |el |la |los |las |il |lo |i |gli |o |a |os |as )?((?:[\p{L}-]+\s){0,2}[\p{L}-]{3,})/iu,
);
/** German puts the verb first after a time: "Um 19 Uhr war das Schnitzel schon aus". */
const SOLD_OUT_VERB_FIRST = primed(
  /(?:war|waren|ist|sind)\s+(?:der|die|das|unser\w*)\s+((?:[\p{L}-]+\s){0,2}[\p{L}-]{3,})\s+(?:schon |bereits |leider )*(?:aus|weg|alle|ausverkauft|vergriffen)(?![\p{L}])/iu,
);
/** Words around a sell-out that are not the thing ("by 12:30", "mehr" in "kein X mehr"). */
const NOT_A_DISH =
  /^(?:it|they|we|time|patience|stock|things|options?|choice|money|battery|space|room|luck|ideas?|town|here|there|food(?! \p{L})|mehr|tiempo|temps|tempo|zeit|paciencia|patience|pazienza|paciencia|day|week|month|year|kitchen|cuisine|cocina|kuche|cucina|cozinha|service|bar|app|web|website|site|pagina|page|tienda|shop|loja|online|web sale|web pone|web aparece|order|orders|town|breath|line|place|date|stock|luck|my depth|their depth|control|hand|touch|pocket|business|office|the way)$/u;

/** A sell-out said without its thing ("they'd run out", "c'était épuisé"). */
const SOLD_OUT_BARE = primed(
  /(?<![\p{L}])(?:ran out|run out|sold out|none left|epuise\w*|agotad\w+|se (?:nos )?acab\w+|ausverkauft|esaurit\w+|esgotad\w+)(?![\p{L}])/u,
);

/** A feature taken away: "removed the option to add a discount line", "got rid of the dark mode" (English, raw text). */
const REMOVED_FEATURE = primed(
  /(?<![\p{L}])(?:remove|removed|removing|get rid of|got rid of|take away|took away|taken away|drop|dropped|kill|killed|scrap|scrapped)\s+(?:the\s+)?((?:option|ability|button|setting|feature)\s+to\s+(?:add|set|export|edit|change|use|choose|pick|print|split|filter|sort|attach|send|save|turn off|turn on|mark)\s+(?:a |an |the |my |our )?[\p{L}-]+(?:\s+(?:line|field|option|column|mode|rate|date|number|note|list|button|tab|menu|filter|view|report|template))?|[\p{L}-]+\s+(?:mode|view|feature|option|button|tab|menu|filter|report|export|widget))(?![\p{L}])|(?<![\p{L}])(?:the\s+)?([\p{L}-]+\s+(?:mode|view|feature|option|button|tab|menu|filter|report|export|widget))\s+(?:is|was|has been|got|went)\s+(?:just\s+)?(?:gone|removed|missing)(?![\p{L}])/iu,
);

/** Their account locked, suspended or blocked by us (folded): the lock is the point, not "the account". */
/**
 * A fake message in our name fishing for their card or login (folded): "un email 'vuestro' pidiendo que confirme los
 * datos de la tarjeta", "a text from 'you' asking for my card details", "phishing".
 */
const PHISHING = rxRare(
  [
    'phishing|smishing|scam (?:email|text|message|sms)s?|fake (?:email|text|message|sms|site|website)s?',
    "(?:emails?|e-mails?|mails?|texts?|messages?|sms|correos?|mensajes?|courriels?|nachricht|messaggi?o?|mensagem)\\W{0,3}(?:[\\p{L}\\d\\W]{0,60}?)(?:asking|asked|pidiendo|piden|pide|demandant|demande|bittet|fordert|chiedendo|chiede|pedindo|pede|wants?|requesting)\\s(?:[\\p{L}']+\\s){0,6}?(?:card|tarjeta|carte|karte|kreditkarte|carta|cartao|bank|password|contrasena|mot de passe|passwort|login|iban|cvv|pin)",
    'datos de (?:la|mi) tarjeta (?:[\\p{L}]+ ){0,4}(?:email|correo|sms|mensaje)|(?:os|les|te) han hackeado|have you been hacked|were you hacked|did you get hacked|avez-vous ete pirates|wurdet ihr gehackt|siete stati hackerati|foram hackeados',
  ].join('|'),
);

/**
 * Data seen by the wrong people (folded, six languages): another customer's invoices or data in their
 * account, their invoice sent to a different client, a leak or breach named. Said back as the privacy of
 * the data, which names the harm and admits nothing.
 */
const DATA_EXPOSED = rxRare(
  [
    "(?:someone else'?s|another (?:user|customer|client|company|person|business)'?s|a stranger'?s|other (?:users|customers|clients|companies)'?) (?:data|details|invoices?|information|info|account|addresses|bank details|client (?:list|addresses|details))",
    '(?:invoices?|data|addresses|details)(?: \\p{L}+){0,4} (?:that|which) (?:are|were) not (?:mine|ours)',
    '(?:data|privacy) (?:leak|breach|exposure|violation)|(?:gdpr|dsgvo|rgpd) (?:breach|violation|verstoss)',
    "(?:emailed|sent|e-mailed|shared|showed) (?:my |our |a |the )?(?:invoices?|data|details|client'?s? (?:data|details|address(?:es)?))(?: [\\p{L}',]+){0,10} to (?:a |the |an? )?(?:completely )?(?:different|wrong|other|another) (?:client|customer|user|person|company)",
    '(?:rechnungen|daten|kunden|konto|namen)(?: \\p{L}+){0,2} (?:eines|einer) (?:anderen|fremden) (?:nutzers|kunden|nutzerin|kundin|firma|person)|fremde (?:daten|rechnungen)|datenleck|datenpanne|datenschutzverstoss|datenschutzproblem',
    "(?:factures|donnees|coordonnees)(?: \\p{L}+){0,2} d'une? autre (?:client|cliente|utilisateur|utilisatrice|entreprise|personne)|fuite de donnees|violation de (?:donnees|la vie privee)",
    // Strangers' data in their own account: "Namen, Adressen und IBANs von Leuten, die ich nicht kenne".
    "(?:names|addresses|ibans?|data|details|invoices|namen|adressen|daten|rechnungen|noms|adresses|donnees|factures|nombres|direcciones|datos|facturas|nomi|indirizzi|dati|fatture|nomes|moradas|dados|faturas)[^.!?]{0,60}(?:(?:of|from) (?:people|customers|clients) (?:i|we) (?:don'?t|do not) know|von (?:leuten|personen|kunden|menschen),? die ich nicht kenne|de (?:gens|personnes|clients) que je ne connais pas|de (?:gente|personas|clientes) que no conozco|di (?:persone|clienti) che non conosco|de (?:pessoas|clientes) que (?:eu )?nao conhe[cç]o)|(?:das sind|that'?s|these are|ce ne sont) (?:definitiv |definitely |absolument )?(?:nicht meine|not my|pas mes) (?:kunden|clients|customers)",
    '(?:facturas|datos)(?: \\p{L}+){0,2} de otr[oa] (?:usuari[oa]|cliente|empresa|persona)|fuga de datos|brecha de (?:datos|seguridad)',
    "(?:fatture|dati)(?: \\p{L}+){0,2} di un(?:'|a |o )?altr[oa] (?:utente|cliente|azienda|persona)|fuga di dati|violazione (?:dei dati|della privacy)",
    '(?:faturas|dados)(?: \\p{L}+){0,2} de outr[oa] (?:utilizador|usuario|cliente|empresa|pessoa)|fuga de dados|violacao de dados',
  ].join('|'),
);

const LOCKED_ACCOUNT = rx(
  [
    "(?:my|our|the) (?:@?[\\w.]+ )?account (?:was|has been|is|got|had been|being|'s been|'s) (?:\\w+ )?(?:locked|suspended|blocked|frozen|deactivated|disabled|closed)|locked out of (?:my|our|the) account",
    '(?:mon|notre|le) compte (?:a ete |est |etait )?(?:bloque|suspendu|desactive|gele|ferme)',
    '(?:mi|nuestra|la) cuenta (?:ha sido |fue |esta |estaba )?(?:bloqueada|suspendida|desactivada|congelada|cerrada)',
    '(?:mein|unser|das) (?:\\w+)?konto (?:wurde |ist |war )?(?:\\w+ ){0,2}(?:gesperrt|deaktiviert|eingefroren|geschlossen)',
    "(?:il mio|il nostro|l')?account (?:e stato |e |era )?(?:bloccato|sospeso|disattivato)",
    '(?:a minha|a nossa|a) conta (?:foi |esta |estava )?(?:bloqueada|suspensa|desativada|congelada|encerrada)',
  ].join('|'),
);

/** "Export to CSV hasn't worked since Tuesday": the thing that stopped working, captured (English, raw text). */
const NOT_WORKING = primed(
  /(?<![\p{L}])(?:the |my |our |your )?((?:[\p{L}-]+ ){0,2}?[\p{L}-]{3,}(?: to [\p{L}-]+)?) (?:hasn'?t|has not|haven'?t|have not|isn'?t|is not|aren'?t|are not|doesn'?t|does not|don'?t|do not|won'?t|will not|wasn'?t|was not|still (?:isn'?t|doesn'?t)) (?:been )?work(?:ed|ing)?|(?<![\p{L}])(?:the |my |our |your )?((?:[\p{L}-]+ ){0,2}?[\p{L}-]{3,}) (?:has |have |had |just )?stopped working/iu,
);
/**
 * What every match of NOT_WORKING holds (same `iu` folding: each of its negations ends in "n't", "nt"
 * or "not"), tested first: NOT_WORKING tries up to three words at every word start, about 7 % of a
 * warm reading when it ran on every text.
 */
const NOT_WORKING_WORDS = /n'?t (?:been )?work|not (?:been )?work|stopped working/iu;

/** Their car towed or clamped from our car park (folded): the vehicle and what was done to it. */
/**
 * Something of theirs stolen on our premises (folded, six languages): "my watch was stolen from the room",
 * "Montre et 300 CHF en liquide volés dans notre chambre", "uns wurde die Kamera gestohlen". Said back as the
 * theft (from their room when the room is named), which names what happened and admits nothing.
 */
const THEFT = rxRare(
  [
    '(?:was|were|got|been|had been|has been|have been) (?:\\p{L}+ )?stolen|stole (?:my|our|his|her)|(?:a |the )?theft|(?:we|i) (?:were|was|got) robbed|robbed (?:us|me)',
    "vol(?:e|ee|es|ees) (?:dans|de|a|pendant|sur)|(?:on )?(?:m'a|nous a|a ete|ont ete) vol(?:e|ee|es|ees)|un vol (?:dans|a|de)",
    '(?:me|nos|le|les) (?:han |ha )?robad[oa]|robad[oa]s? (?:de|en|del)|(?:un|el) robo (?:en|de)',
    'gestohlen|diebstahl|bestohlen',
    '(?:mi|ci) hanno (?:rubato|derubat[oi])|rubat[oaie] (?:dalla|dal|in|nella|nel)|(?:un|il) furto',
    '(?:foi|foram) roubad[oa]s?|roubaram|(?:um|o) roubo|furtad[oa]s?',
  ].join('|'),
);
/**
 * They came and found the place shut, with no booking (folded): "drove 25 min … and you're closed on mondays??",
 * "c'était fermé", "estaba cerrado el lunes". The day, when said, is captured in English.
 */
const FOUND_CLOSED = rxRare(
  [
    "(?:you(?:'re| are| were)|they(?:'re| are| were)|y'all (?:are|were)|it was|(?:the )?(?:place|restaurant|cafe|shop|store|doors?|bakery|bistro|bar) (?:was|were)|(?:found|find) (?:it|them|you|the (?:place|restaurant|cafe|shop|store|doors?|bakery|bistro|bar))) (?:\\p{L}+ )?(?:closed|shut)(?! (?:for (?:a |an )?(?:private|the kitchen|refurb)|early|down))",
    // A sign on the door said so: "sign on the door: \"closed today\"", "a note saying shut till Monday".
    '(?:sign|note)(?: on the (?:door|window))?(?: saying| said| says| reading| read| that said)?[:,]? ["“‘\u0027]?(?:we(?:\'re| are) |\\p{L}+ )?(?:closed|shut)(?! (?:for (?:a |an )?(?:private|the kitchen|refurb)|early|down))',
    "(?:c'etait|c'est|etait|vous etes|vous etiez|le restaurant etait|la boutique etait) (?:\\p{L}+ )?fermee?s?(?! (?:plus tot|pour (?:un |une )?(?:evenement|soiree) prive))",
    '(?:estaba|estais|estabais|estaban|el local estaba|el restaurante estaba) cerrad[oa]s?(?! (?:por (?:un )?evento privado|antes))',
    '(?:war|ist|wart|habt ihr|hattet ihr|haben sie|hatten sie) (?:\\p{L}+ ){0,2}geschlossen',
    '(?:era|e|siete|eravate|il locale era) chius[oa](?! (?:per (?:un )?evento privato|prima))',
    '(?:estava|esta|estavam|estao) fechad[oa]s?(?! (?:para (?:um )?evento privado|mais cedo))',
  ].join('|'),
);
const CLOSED_DAY =
  /(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miercoles|jueves|viernes|sabado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedi|martedi|mercoledi|giovedi|venerdi|domenica|segunda|terca|quarta|quinta|sexta)/u;
/** Words before a day that make it the day the place opens again, not the day they came. */
const REOPENING_BEFORE_DAY =
  /(?:till|until|til|before|from|reopens?(?: on)?|back on|open(?:s|ing)? (?:again )?on|jusqu'(?:a|au)|hasta el|bis|fino a|ate) $/u;
const DAY_IN_ENGLISH: Record<string, string> = {
  lundi: 'monday',
  mardi: 'tuesday',
  mercredi: 'wednesday',
  jeudi: 'thursday',
  vendredi: 'friday',
  samedi: 'saturday',
  dimanche: 'sunday',
  lunes: 'monday',
  martes: 'tuesday',
  miercoles: 'wednesday',
  jueves: 'thursday',
  viernes: 'friday',
  sabado: 'saturday',
  domingo: 'sunday',
  montag: 'monday',
  dienstag: 'tuesday',
  mittwoch: 'wednesday',
  donnerstag: 'thursday',
  freitag: 'friday',
  samstag: 'saturday',
  sonntag: 'sunday',
  lunedi: 'monday',
  martedi: 'tuesday',
  mercoledi: 'wednesday',
  giovedi: 'thursday',
  venerdi: 'friday',
  domenica: 'sunday',
  segunda: 'monday',
  terca: 'tuesday',
  quarta: 'wednesday',
  quinta: 'thursday',
  sexta: 'friday',
};

/** Hurried out or pressed to give up the table (folded, six languages): "told my wife to 'hurry it up'", "felt rushed". */
const RUSHED = rxRare(
  [
    '(?:felt|were|was|being|been|got) (?:so |very |really |a bit |quite )?(?:rushed|hurried)|rush(?:ed|ing) (?:us|me) (?:out|through|along)|(?:told|asked) (?:us|me|my \\p{L}+) to (?:hurry(?: it)? up|leave|move (?:on|along)|finish up)|[\'‘"]hurry(?: it)? up|needed (?:the|our) table (?:back)?|(?:pressed|pushed|hurried) (?:us )?(?:out|to leave)',
    '(?:pousses|presses) (?:vers|a) la sortie|presses de partir|(?:on nous a|il nous a|elle nous a) (?:demande|dit) de (?:partir|nous depecher|liberer la table)',
    'nos (?:metieron|meten) prisa|nos (?:apuraron|echaron)|(?:pidieron|dijeron) que (?:nos fueramos|liberaramos la mesa|nos dieramos prisa)',
    '(?:gehetzt|hetzten uns|zur eile gedrangt|(?:den|unseren) tisch (?:wieder )?(?:brauchten|freimachen))',
    '(?:ci hanno|ci ha) (?:messo fretta|cacciat[oi])|mettere fretta|liberare il tavolo',
    '(?:apressad[oa]s?|pressionad[oa]s? para sair|(?:pediram|disseram) para (?:sairmos|despacharmos|libertar a mesa)|(?:nos )?sentimos expuls[oa]s|trouxe a conta sem (?:a gente |nos |termos )?pedi(?:r|rmos)|ficou plantad[oa] (?:do lado|ao lado|junto))',
    // The bill brought unasked, to hurry them out (fr, es, it, en).
    "(?:apporte|amene) l'addition sans (?:qu'on|que nous) (?:l'ait|l'ayons) demandee|trajo la cuenta sin (?:que la )?pedir(?:la)?|portato il conto senza (?:che lo )?chieder(?:lo|e)|brought (?:us )?the (?:bill|check) (?:before|without) (?:we|us|anyone) ask(?:ed|ing)?",
  ].join('|'),
);

/**
 * A price raised (folded, six languages): "price went from 9 to 15 euros a month", "you raised the price again",
 * "Preiserhöhung", "la hausse du prix". With two amounts, both are kept ("from 9 to 15 euros").
 */
const PRICE_RISE = rxRare(
  [
    '(?:price|prices|subscription|plan|fee|fees|cost|monthly|annual|yearly) (?:\\p{L}+ ){0,2}(?:went|has gone|have gone|jumped|increased|rose|shot|is going|was raised|got raised|doubled)(?: up)?(?: from)?',
    '(?:raised|increased|hiked|doubled|bumped up|put up) (?:the |your |my |our )?(?:\\p{L}+ ){0,2}(?:prices?|subscription|plan|fees?|rates?)',
    // "Von 6 auf 9 Euro im Monat", "est passé de 14 à 19 €", "went from £6 to £9": a sum that went up, said as two
    // prices (German "von … auf" is always a change; elsewhere "de 12 a 15 €" may be a range, so a verb of change leads).
    'von \\d+(?:[.,]\\d+)? ?(?:€|euro)? auf \\d+(?:[.,]\\d+)? ?(?:€|euro)|(?:passe|passee|passes|pasado|paso|pasaron|subido|subio|passato|passata|aumentato|salito|passou|subiu|aumentou|went|gone|jumped|up) (?:\\p{L}+ ){0,3}?(?:de|da|from) [£$€]?\\d+(?:[.,]\\d+)? ?(?:€|euros?)? (?:a|para|to) (?:[£$€]\\d+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)? ?(?:€|euros?))(?![\\p{L}\\p{N}])',
    'price (?:increase|hike|rise)',
    "(?:hausse|augmentation) (?:de |du |des )?(?:prix|tarifs?|abonnement)|(?:le prix|l'abonnement|les tarifs) (?:a|ont) (?:augmente|double)",
    '(?:subida|aumento) (?:de|del) (?:precio|cuota|suscripcion)|(?:el precio|la cuota|la suscripcion) (?:ha )?(?:subido|subio|aumentado)',
    'preiserhohung|(?:der preis|das abo|die gebuhr) (?:ist|wurde) (?:\\p{L}+ )?(?:gestiegen|erhoht)',
    "aumento (?:del|di) (?:prezzo|abbonamento)|(?:il prezzo|l'abbonamento) (?:e|ha) (?:aumentato|salito|raddoppiato)",
    'aumento (?:do|de) (?:preco|assinatura)|(?:o preco|a assinatura) (?:subiu|aumentou)',
  ].join('|'),
);
const FROM_TO_AMOUNT =
  /from (?:€|£|\$|chf )?(\d+(?:[.,]\d+)?)(?: ?(?:€|£|\$|euros?|eur|chf|usd|gbp|dollars?|pounds?))? to (?:€|£|\$|chf )?(\d+(?:[.,]\d+)?)(?: ?(?:€|£|\$|euros?|eur|chf|usd|gbp|dollars?|pounds?))?/iu;

/** Leaving another company (raw text): "moving my studio off FreshBooks", a capital after "off"/"from". */
const LEAVING_ANOTHER =
  /(?<![\p{L}])(?:moving|move|moved|switch(?:ing|ed)?|migrat\p{L}*|coming|came|leaving|left|quit|ditch\p{L}*) (?:\p{L}+ ){0,2}(?:off|from|away from) \p{Lu}/u;
const ROOM_WORD = rxRare('room|chambre|habitacion|zimmer|camera|quarto|suite');

const TOWED = rx(
  [
    '(?:my|our|the) (car|van|campervan|vehicle|truck|motorbike|motorcycle) (?:got|was|has been|had been) (towed|clamped|booted)',
    // "my truck was gone … the tow company says you called them", "the impound lot".
    '(?:my|our|the) (car|van|campervan|vehicle|truck|motorbike|motorcycle) (?:was|had|is) (?:gone|missing)(?=.{0,300}(?:tow(?:ed|ing)?(?: (?:truck|company|firm))?|impound))',
    '(?:ma|notre|la) (voiture) (?:a ete |avait ete )?(?:remorquee|enlevee|mise en fourriere)',
    '(?:mi|nuestro|el) (coche|carro) (?:fue |ha sido |habia sido )?(?:remolcado|retirado por la grua)|(?:la )?grua se (?:llevo|ha llevado) (?:mi|nuestro|el) (coche|carro)',
    '(?:mein|unser|das) (auto|wagen) (?:wurde |ist )?(?:\\w+ ){0,4}abgeschleppt(?: worden)?',
    "(?:la mia|la nostra|l')(auto|macchina) (?:e stata )?(?:rimossa|portata via dal carro attrezzi)",
    '(?:o meu|o nosso|o) (carro) (?:foi )?rebocado',
  ].join('|'),
);

/**
 * Meat in a dish sold as vegetarian or vegan (folded, the meat captured): "the 'veggie' galette, which had lardons in it",
 * "la tarte végétarienne avec des lardons", "el plato vegano llevaba jamón", "im vegetarischen Burger war Speck".
 */
const MEAT_IN_VEGGIE = primedWhenIdle(
  /(?<![\p{L}])(?:vegetarian|vegan|veggie|plant-based|meat-free|meatless|vegetarien\p{L}*|vegetalien\p{L}*|vegan[oaes]*|vegetarian[oaes]*|vegetarisch\p{L}*|vegetarian[oaie]|vegetarian[oa]s?)(?![\p{L}])[^.!?]{0,120}?(?<![\p{L}])(?:had|has|with|contained|containing|came with|full of|there (?:was|were)|found|turned out to (?:have|contain)|avec|contenait|contient|il y avait|y avait|con|llevaba|lleva|tenia|tiene|habia|mit|enthielt|war|waren|aveva|c'era|c'erano|conteneva|com|tinha|havia|levava)\s+(?:\p{L}+\s+){0,3}?(lardons?|bacon|ham|meat|chicken|beef|pork|chorizo|sausages?|anchov\p{L}*|fish sauce|prosciutto|pancetta|guanciale|salami|pepperoni|gelatine?|beef stock|chicken stock|jambon|viande|poulet|boeuf|porc|saucisses?|jamon|carne|pollo|cerdo|salchichas?|speck|schinken|fleisch|hackfleisch|wurst|huhn|hahnchen|manzo|maiale|salsiccia|frango|presunto|toucinho|linguica|porco)(?![\p{L}])/u,
);

/**
 * A request for a copy of their personal data under the GDPR (folded): "Auskunft … gemäß Art. 15 DSGVO", "subject access
 * request", "droit d'accès", "derecho de acceso", "diritto di accesso", "direito de acesso".
 */
const DATA_REQUEST = rxRare(
  "auskunft\\p{L}* (?:[\\p{L}\\d.]+ ){0,10}(?:dsgvo|art\\.? ?15)|art(?:ikel|icle|icolo|igo|\\.)? ?15 (?:der |de la |del |do |da |of the )?(?:dsgvo|gdpr|rgpd|uk gdpr)|auskunftsersuchen|auskunftsanfrage\\p{L}*|(?:data )?subject access requests?|(?:a )?copy of (?:all )?(?:my|the|her|his|our) (?:personal )?data|droit d'acces (?:a (?:mes|ses|nos) donnees)?|derecho de acceso|diritto di accesso|direito de acesso",
);

/**
 * A gift card or voucher refused or called expired (folded): "refused my gift card", "la carte cadeau … l'a refusée en
 * me disant qu'elle était expirée", "recusaram o cartão-presente", "Gutschein wurde nicht akzeptiert".
 */
const GIFT_CARD_WORD =
  '(?:gift ?cards?|gift vouchers?|vouchers?|cartes? cadeaux?|carte-cadeau|bons? cadeaux?|cheques? cadeaux?|tarjetas? regalo|cheques? regalo|bonos? regalo|gutscheine?|geschenkgutscheine?|buoni? regalo|carta regalo|cartao-presente|cartao presente|vale-presente|vale presente|cadeaubon\\p{L}*|cadeaukaart\\p{L}*)';
const GIFT_CARD_REFUSED = rxRare(
  `${GIFT_CARD_WORD}.{0,200}?(?:refus\\p{L}*|reject\\p{L}*|(?:wouldn'?t|would not|won'?t|didn'?t|did not|refused to) (?:accept|take|honou?r)|not accepted|expired|expire\\p{L}*|caduc\\p{L}*|perime\\p{L}*|abgelehnt|nicht (?:akzeptiert|angenommen|eingelost)|abgelaufen|rifiutat\\p{L}*|scadut\\p{L}*|recus\\p{L}*|expirad\\p{L}*|rechaz\\p{L}*|no (?:la|lo|nos la|nos lo|me la|me lo) (?:aceptaron|quisieron aceptar)|caducad\\p{L}*|vencid\\p{L}*)|(?:refused|rejected|wouldn'?t (?:accept|take|honou?r)|refuse\\p{L}*|recusaram|rechazaron|lehnten|rifiutato)[^.!?]{0,40}?${GIFT_CARD_WORD}`,
);

/**
 * More nights charged than they stayed, or a bill they had to argue down (folded): "on nous a facturé 4 nuits de parking",
 * "charged us for four nights", "nos cobraron 4 noches", "4 Nächte berechnet" (the parking captured when named).
 */
const OVERBILLED = rxRare(
  '(?:facture|factures|charged (?:us|me)(?: for)?|billed (?:us|me)(?: for)?|nos cobraron|me cobraron|cobraron|berechnet|in rechnung gestellt|addebitat[oaie]|ci hanno fatto pagare|cobraram(?:-nos)?|nos cobraram)(?: \\p{L}+){0,2} (?:\\d+|deux|trois|quatre|cinq|two|three|four|five|dos|tres|cuatro|cinco|zwei|drei|vier|funf|due|tre|quattro|cinque|duas|quatro) (?:nuits?|nights?|noches?|nachte|notti|noites?)(?: (?:de|of|di|fur|für) (?:parking|aparcamiento|parcheggio|estacionamento|garage|parken))?|(?:\\d+|deux|trois|quatre|two|three|four|zwei|drei|vier|dos|tres|cuatro|due|tre|quattro|duas|quatro) (?:nachte|nuits|nights|noches|notti|noites)(?: \\p{L}+){0,2} (?:berechnet|facturees|charged|cobradas|addebitate)',
);

/**
 * Charged for something nobody ordered (folded, the thing captured): "charged us for a bottle of sparkling water nobody
 * ordered", "cobraram 6 euros numa garrafa de água com gás que ninguém pediu", "facturé un café qu'on n'avait pas commandé".
 */
const CHARGED_UNORDERED = primedWhenIdle(
  /(?<![\p{L}])(?:charged (?:us |me )?(?:for )?|billed (?:us |me )?(?:for )?|cobraram|cobrou|cobraron|cobro|factur\p{L}*|berechnet(?:en)?|addebitat\p{L}*|(?:on|they) (?:added|put)|added)(?:[^.!?]{0,30}?(?:\d+(?:[.,]\d+)? ?(?:€|euros?|eur|chf|\$|£|dollars?|pounds?)|[€$£] ?\d+(?:[.,]\d+)?))?\s*(?:for |por |pour |fur |per |em |numa |num |na |no |uma |um |una |un |une |a |an |the |de |la |le |el |il |der |die |das |ein |eine )*((?:[\p{L}'-]+\s+){0,4}?[\p{L}'-]{3,})\s+(?:que ninguem pediu|que nadie (?:pidio|habia pedido)|qu'on n'avait pas command\p{L}*|que (?:nous n'avions|personne n'avait) (?:pas )?command\p{L}*|(?:that |which )?(?:we|i|nobody|no one|none of us) (?:had )?(?:didn'?t|did not|never|had not|hadn'?t)? ?order(?:ed)?|(?:nobody|no one) (?:had )?ordered|die (?:wir|niemand) (?:nicht )?bestellt (?:hatten|haben|hatte)|che (?:non avevamo|nessuno aveva) ordinato|que (?:nao pedimos|ninguem tinha pedido))(?![\p{L}])/u,
);

/**
 * A view booked or paid for and a worse one given (folded, the view booked captured): "payé une chambre « vue lac » … vue
 * sur le parking", "booked a lake view room and got the car park", "prenotato vista lago, ci danno la vista sul parcheggio".
 */
const VIEW_BOOKED =
  /(?:booked|paid (?:extra )?for|reserved|asked for|reserve\p{L}*|paye\p{L}*|reserv\p{L}*|pagad\p{L}*|pagamos|gebucht|bezahlt|prenotat\p{L}*|pagat\p{L}*|pago|pagos)[^.!?]{0,40}?(?<![\p{L}])(lake|sea|mountain|garden|lac|mer|montagne|jardin|lago|mar|montana|see|meer|berg|garten|montagna|giardino|montanha)[ -]?(?:views?|facing)?(?![\p{L}])|(?<![\p{L}])(?:vue|vista|vistas|blick) (?:sur (?:le |la )?|al |a la |sul |para o |auf den |auf das )?(lac|mer|montagne|jardin|lago|mar|montana|see|meer|berge|garten|montagna|giardino|montanha)(?![\p{L}])|(?<![\p{L}])(see|meer|berg|garten)blick/u;
const WORSE_VIEW =
  /(?<![\p{L}])(?:(?:view|views) (?:of|onto|over) (?:the |a )?(?:car park|parking(?: lot)?|street|road|wall|bins|courtyard|building site)|(?:car park|parking lot|parking|street|wall)[ -]view|vue sur (?:le |la |les |un |une )?(?:parking|rue|mur|cour|poubelles)|cote (?:rue|parking|cour)|vista (?:sul|al|alla|sulla|a la|al la|para o|para a) ?(?:parcheggio|aparcamiento|parking|strada|calle|muro|pared|estacionamento|rua)|(?:blick|aussicht) auf (?:den |die |das )?(?:parkplatz|strasse|mauer|hof|wand)|facing the (?:car park|street|road|wall))(?![\p{L}])/u;

/** A booking the business could not find ("no record of our booking"), folded. */
const LOST_BOOKING = rx(
  [
    'no record of (?:my|our|the|a) (?:booking|reservation)|(?:booked|reserved)\\b.{0,240}\\bno record of (?:it|us|them|our names?|my name|the table)|(?:couldn.t|could not|didn.t|did not|can.t) find (?:my|our|the) (?:booking|reservation)|(?:booking|reservation) (?:was|had been|got) (?:lost|missing|cancelled without)|lost (?:my|our) (?:booking|reservation)',
    "aucune trace de (?:notre|ma|la) reservation|reservation (?:perdue|introuvable)|pas de reservation a (?:notre|mon) nom|reservation (?:[\\p{L}\\d]+ ){0,6}(?:a |avait )?(?:disparu|ete perdue|ete oubliee)|personne ne l'avait (?:notee|enregistree)",
    '(?:no|ni) (?:tenian|habia|constaba) (?:constancia|registro|rastro)? ?(?:de )?(?:la|nuestra|mi) reserva|reserva (?:perdida|no aparecia|desaparecida)|reserva (?:[\\p{L}\\d]+ ){0,6}(?:ha |habia )?desaparecido|no (?:constaba|aparecia|estaba) (?:la|nuestra|mi) reserva',
    'keine (?:reservierung|buchung) (?:gefunden|vorhanden|auf unseren namen)|(?:reservierung|buchung) (?:war )?(?:nicht (?:auffindbar|da|vorhanden)|verloren)|(?:reservierung|buchung) (?:[\\p{L}\\d]+ ){0,6}(?:war |ist )?(?:einfach )?(?:weg|verschwunden|nicht im system)',
    'nessuna traccia della (?:nostra |mia )?prenotazione|prenotazione (?:persa|sparita|non trovata)|prenotazione (?:[\\p{L}\\d]+ ){0,6}(?:e |era )?(?:sparita|scomparsa|andata persa)',
    '(?:sem|nao havia|nenhum) registo da (?:nossa |minha )?reserva|reserva (?:perdida|desaparecida|nao aparecia)|reserva (?:[\\p{L}\\d]+ ){0,6}(?:tinha |foi )?desaparec\\w*',
  ].join('|'),
);

/** The app, site or service goes down, is offline, will not load. */
const OUTAGE = rx(
  [
    "(?:goes|went|going|keeps going|is|was|were|are) down|(?:has been|'s been|been|being) [\"'‘’“”]?down|out of (?:order|service)|outages?|offline|(?:won.t|wouldn.t|doesn.t|didn.t|does not|did not|will not|never) load|not loading|keeps timing out|server error|error 50\\d",
    'en panne|pannes?|ne (?:se )?charge (?:pas|plus)|inaccessible|hors service|hors ligne',
    'se cae|se cayo|(?:se (?:ha|han|habia|habian) |(?:esta|estaba|estan|estaban|sigue|siguen) )caid[oa]s?|no carga|fuera de servicio|sin conexion',
    'fallt (?:\\w+ ){0,4}aus|fiel (?:\\w+ ){0,4}aus|ausgefallen|(?:ging|geht|lief|lauft) (?:\\w+ ){0,5}nicht|ausfall\\w*|ladt nicht|nicht erreichbar|offline',
    'non (?:si )?carica|fuori servizio|disservizi\\w*|irraggiungibile|in down|e down|va giu',
    'fora do ar|em baixo|nao carrega|caiu|cai sempre|indisponivel',
  ].join('|'),
);
const OUTAGE_SUBJECT =
  /(?<![\p{L}])(card machine|card reader|card terminal|payment terminal|terminal de paiement|tpe|datafono|kartenterminal|kartenlesegerat|bancomat|pos|multibanco|app|website|site|platform|system|server|portal|wifi|wi-fi|wlan|internet|lift|elevator)(?![\p{L}])/u;

const CRASH = rx(
  "(?:won'?t|wont|doesn'?t|does not|will not|can'?t|cannot) (?:even )?(?:open|load|start)|(?:white|blank|black) screen|stuck on (?:the )?(?:loading|splash|login) screen|ne s'ouvre (?:pas|plus)|s'ouvre plus|ecran blanc|no (?:me )?abre|ya no abre|pantalla en blanco|offnet (?:sich )?nicht(?: mehr)?|weisser bildschirm|non si apre(?: piu)?|schermata bianca|(?:ja )?nao abre|tela branca|" +
    'crash(?:es|ed|ing)?|freezes|froze|keeps closing|force.clos\\w+|plante|plantage|se ferme tout seul|se cierra sola|se cuelga|se bloquea|crashea|sturzt (?:[\\w-]+ ){0,5}ab|sturzt ab|absturz\\w*|abgesturzt|hangt sich auf|si chiude da sola|si blocca|va in crash|trava|fecha sozinh[oa]|crasha',
);
const APP_CONTEXT =
  /(?<![\p{L}])(?:app|ios|iphone|ipad|android|update|software|version|mise a jour|actualizacion|aktualisierung|aggiornamento|atualizacao|programm|aplicacion|applicazione|aplicacao|application)(?![\p{L}])/u;
export const SINCE_UPDATE =
  /(?:since|after) (?:the |your |this |a )?(?:last |latest |new |recent |ios )*update|depuis (?:la )?(?:derniere )?mise a jour|desde (?:la )?(?:ultima )?actualizacion|seit (?:dem )?(?:letzten )?(?:update|aktualisierung)|dall.ultimo aggiornamento|dopo (?:l.)?(?:ultimo )?aggiornamento|desde (?:a )?(?:ultima )?atualizacao/u;
/** "crashes when I attach a PDF": the action, said back with "you". */
const CRASH_WHEN =
  /(?:crash(?:es|ed|ing)?|freezes|froze|keeps closing)\s+(?:\w+\s+){0,2}?(?:when(?:ever)?|every (?:single )?time|each time|as soon as|if)\s+(?:i|we)\s+(?:try to |want to |go to |tap |click )?((?:[\p{L}-]+)(?:\s+(?:a|an|the|my|our|any|some)?\s*[\p{L}-]+){0,2})/iu;

const CANCELLED = primed(
  /(?<![\p{L}])(?:cancel\w*|unsubscrib\w*|annul\w*|resili\w*|desabonn\w*|cancele\w*|cancela\w*|di ?baja|kundig\w*|gekundigt|storn\w*|disdett\w*|disdic\w*|cancelei|cancelamento)(?![\p{L}])/u,
);
const CHARGED =
  /(?<![\p{L}])(?:charg\w*|billed|debited|took (?:the |my |another |a )?(?:\w+ )?payment|taken|taking (?:\S+ ){0,2}(?:[£€$]|\d)|took (?:another |a further |the )?(?:[£€$]\s?\d|\d+(?:[.,]\d+)?\s?(?:€|eur|euros?|dollars?|pounds?))|still taking|keep(?:s)? taking|direct debit|preleve\w*|prelevement|debite\w*|cobr\w*|abgebucht|abbuchung|lastschrift|buch(?:t|en|te|ten) (?:\S+ ){0,8}ab(?![\p{L}])|zieh(?:t|en) (?:\S+ ){0,6}ein(?![\p{L}])|addebit\w*|prelev\w*|descontad\w*|debitad\w*)(?![\p{L}])/u;
const AFTER_CANCEL =
  /(?:again|volvieron a|de nuevo|otra vez|encore|wieder|erneut|di nuovo|ancora una volta|de novo|novamente|outra vez|after|despite|even though|although|though|since|still|anyway|again|apres|malgre|pourtant|quand meme|despues|aunque|igual|todavia|nach|trotz|obwohl|trotzdem|immer noch|dopo|nonostante|comunque|ancora|depois|apesar|mesmo assim|ainda)|(?<![\p{L}])(?:but|yet|mais|pero|aber|ma|mas)(?![\p{L}])/u;

/**
 * "Charged €90 … even though I cancelled", "alors que j'avais résilié": the cancelling told
 * after the charge but said to have come first (folded).
 */
const CANCELLED_BEFORE =
  /(?:even though|although|though|despite|even after|when) (?:i|we|i'd|we'd) (?:had |have |already |had already |have already |'d )*(?:cancel|unsubscrib)|despite (?:having )?(?:cancel|unsubscrib)|(?:alors que|bien que|meme si) (?:j'|nous )(?:avais |avions |ai |aie |avons )?(?:deja )?(?:annul|resili|desabonn)|(?:aunque|a pesar de que|si) (?:ya )?(?:habia|habiamos|he|hemos)? ?(?:cancel|dado de baja)|a pesar de (?:haber )?cancel|obwohl (?:ich|wir) (?:\w+ ){0,3}(?:gekundigt|storniert|abgemeldet)|(?:anche se|nonostante|sebbene) (?:avevo |avevamo |ho |abbiamo )?(?:gia )?(?:disdett|disdic|cancellat|annullat)|(?:apesar de|embora|mesmo) (?:ter |eu ter |ja ter |tenha |tivesse )?(?:ja )?cancel/u;

function clean(thing: string): string {
  return thing.replace(/\s+/gu, ' ').trim();
}

/** Situations found in one text, most telling first. */
/**
 * The place shut while its listed hours said open ("fermée un samedi à 15h alors que Google dit ouvert
 * jusqu'à 19h", "a loja estava fechada mas no Google diz aberto") (folded).
 */
const CLOSED_IN_HOURS = rx(
  [
    '(?:closed|shut|locked(?: doors?)?|doors? (?:were |was )?locked)[.!,;]*(?:,? [\\p{L}\\d:.’\\u0027"“”!]+){0,12} (?:google|your website|the website|your hours|opening hours|the sign|the door)(?: \\p{L}+){0,3} (?:says?|said|shows?|showed|lists?|listed) (?:it(?:[\\u0027’]s| is| was) |you(?:[\\u0027’]re| are| were) |(?:the )?(?:shop|store|cafe|place) (?:is |was )?)?open',
    '(?:google|your website|the website|your hours)(?: \\p{L}+){0,3} (?:says?|said|shows?|showed) (?:you(?:[\\u0027’]re| are| were) |it(?:[\\u0027’]s| is| was) )?open(?:,? [\\p{L}\\d:.’\\u0027]+){0,12} (?:closed|shut|locked)',
    'fermee?s?(?:,? [\\p{L}\\d:.’\\u0027]+){0,12},? (?:alors que|mais|pourtant|quand) (?:sur )?(?:google|votre site|le site|vos horaires|la porte)(?: \\p{L}+){0,2} (?:dit|indique|affiche)(?:nt)? ouvert',
    'cerrad[oa]s?(?:,? [\\p{L}\\d:.’\\u0027]+){0,12},? (?:aunque|pero|cuando|y) (?:en )?(?:google|vuestra web|la web|el horario)(?: \\p{L}+){0,2} (?:dice|pone|indica) abierto',
    'geschlossen(?:,? [\\p{L}\\d:.’\\u0027]+){0,12},? (?:obwohl|aber|dabei) (?:bei |laut )?(?:google|eurer website|der website|den offnungszeiten)(?: \\p{L}+){0,2} (?:steht |stand )?geoffnet',
    'chius[oa](?:,? [\\p{L}\\d:.’\\u0027]+){0,12},? (?:anche se|ma|mentre|pero) (?:su )?(?:google|il vostro sito|il sito|l.orario)(?: \\p{L}+){0,2} (?:dice|risulta|indica) apert[oa]',
    'fechad[oa]s?(?:,? [\\p{L}\\d:.’\\u0027]+){0,12},? (?:mas|embora|quando|e) (?:no )?(?:google|vosso site|site|horario)(?: \\p{L}+){0,2} (?:diz|indica|mostra) abert[oa]',
  ].join('|'),
);

export function situationsOf(text: string): Point[] {
  const folded = fold(text);
  const found: Point[] = [];
  if (CLOSED_IN_HOURS.test(folded)) found.push({ aspect: 'service', polarity: 'negative', text: 'opening hours', detail: 'closed-early' });
  const closed = found.length > 0 ? null : CLOSED_EARLY.exec(folded);
  if (closed) {
    const what = closed.slice(1).find(Boolean) ?? '';
    const kitchen = /kitchen|cuisine|cocina|kuche|cucina|cozinha|grill|food/u.test(what);
    found.push({ aspect: 'service', polarity: 'negative', text: kitchen ? 'kitchen' : 'service', detail: 'closed-early' });
  }
  if (!closed) {
    // Matched on the folded text ("était déjà épuisé"), the thing taken as written (folding keeps offsets).
    // "the kitchen ran out of the lamb": the kitchen is who ran out, the lamb what ran out.
    const soldAfter = SOLD_OUT_AFTER.exec(folded);
    const after =
      soldAfter && (/(?:^|\s)(?:ran|run)$/u.test(soldAfter[1]!) || NOT_A_DISH.test(soldAfter[1]!.split(' ')[0]!)) ? null : soldAfter;
    const m = after ?? SOLD_OUT_BEFORE.exec(folded) ?? SOLD_OUT_VERB_FIRST.exec(folded);
    const at = m ? folded.indexOf(m[1]!, m.index) : -1;
    // The thing in the person's own letters, even where folding changed the length before it ("–", "ß").
    const letters = m && folded.length !== text.length ? foldWithMap(text) : undefined;
    let thing = !m
      ? ''
      : folded.length === text.length
        ? clean(text.slice(at, at + m[1]!.length))
        : letters && letters.folded === folded
          ? clean(text.slice(letters.map[at]!, letters.map[at + m[1]!.length]!))
          : clean(m[1]!);
    // "ran out of oat milk before lunch": the thing ends where the time or place begins.
    thing = thing.split(
      /\s(?:before|after|by|at|on|in|for|when|until|around|about|near|so|and|but|avant|apres|des|vers|antes|despues|hacia|vor|nach|um|gegen|prima|dopo|alle|verso|depois|ja)(?=\s|$)/iu,
    )[0]!;
    // "kein Schnitzel mehr", "kein Kaffee mehr nachgefüllt": the thing ends at "mehr".
    thing = thing.split(/\s+mehr(?=\s|$)/iu)[0]!;
    thing = thing.replace(
      /(?:\s+(?:mehr|left|anymore|today|by|at|from|had|has|have|was|were|is|are|already|etait|est|estaba|era|estava|war|ist|schon|deja|gia|ja))+$/iu,
      '',
    );
    const head = fold(thing.split(' ').pop() ?? '');
    // "the vegan option" names a dish by its modifier; "options" alone does not.
    const namedOption = /^(?:options?|choices?)$/u.test(head) && thing.includes(' ');
    if (
      thing &&
      !NOT_A_DISH.test(fold(thing)) &&
      (!NOT_A_DISH.test(head) || namedOption) &&
      !/\d/u.test(thing) &&
      // "on a Friday and they were sold out": a day is when, not what (the dish named before is taken below).
      !TIME_OR_WEATHER.test(fold(thing))
    )
      found.push({ aspect: 'product', polarity: 'negative', text: thing, detail: 'sold-out' });
  }
  const crash = CRASH.exec(folded);
  if (crash && APP_CONTEXT.test(folded)) {
    const when = CRASH_WHEN.exec(text);
    const action = when?.[1]
      ?.replace(/(?<![\p{L}\p{N}])(?:my|our)(?![\p{L}\p{N}])/giu, 'your')
      .replace(/(?:\s+(?:of|to|for|in|on|with|a|an|the|since|after|and|it))+\s*$/iu, '')
      .trim();
    const platform = /(?<![\p{L}])ios|iphone|ipad(?![\p{L}])/u.test(folded)
      ? 'iOS'
      : /(?<![\p{L}])android(?![\p{L}])/u.test(folded)
        ? 'Android'
        : '';
    // English keeps the action ("the iOS app crashing when you attach a PDF"); other languages name the crash.
    const english = /(?<![\p{L}])(?:the|when|since|after|i|my)(?![\p{L}])/u.test(folded);
    const phrase = [
      [platform, 'app'].filter(Boolean).join(' '),
      // "won't open", "white screen": the app not opening, which is not a crash in the middle of something.
      english && /open|load|start|screen/u.test(crash[0])
        ? 'not opening'
        : english && action
          ? `crashing when you ${action}`
          : english
            ? 'crashing'
            : '',
      english && SINCE_UPDATE.test(folded) ? 'since the last update' : '',
    ]
      .filter(Boolean)
      .join(' ');
    found.push({ aspect: 'app', polarity: 'negative', text: phrase, detail: 'crash' });
  } else if (OUTAGE.test(folded) && (OUTAGE_SUBJECT.test(folded) || /outage|panne|ausfall|disservizi|fora do ar|caid/u.test(folded))) {
    const subject = OUTAGE_SUBJECT.exec(folded)?.[1] ?? '';
    found.push({
      aspect: subject === 'lift' || subject === 'elevator' ? 'room' : 'app',
      polarity: 'negative',
      text: subject || 'service',
      detail: 'outage',
    });
  }
  // "quietly removed the option to add a discount line": a feature taken away (the feature is the point).
  const removed = REMOVED_FEATURE.exec(text);
  if (removed) {
    const feature = (removed[1] ?? removed[2] ?? '').trim().replace(/\s+/gu, ' ');
    found.push({ aspect: 'app', polarity: 'negative', text: feature || 'feature', detail: 'removed-feature' });
  }
  const towed = TOWED.exec(folded);
  if (towed) {
    const [vehicle = 'car', done = 'towed'] = towed.slice(1).filter(Boolean);
    found.push({
      aspect: 'access',
      polarity: 'negative',
      text: `${vehicle} ${/^(?:towed|clamped|booted)$/u.test(done) ? done : 'towed'}`,
      detail: 'towed',
    });
  }
  if (DATA_REQUEST.test(folded)) found.push({ aspect: 'app', polarity: 'negative', text: 'data request', detail: 'data-request' });
  if (PHISHING.test(folded)) found.push({ aspect: 'app', polarity: 'negative', text: 'fake email', detail: 'phishing' });
  if (GIFT_CARD_REFUSED.test(folded))
    found.push({ aspect: 'billing', polarity: 'negative', text: 'gift card', detail: 'gift-card-refused' });
  const overbilled = OVERBILLED.exec(folded);
  if (overbilled)
    found.push({
      aspect: 'billing',
      polarity: 'negative',
      text: /parking|aparcamiento|parcheggio|estacionamento|garage|parken/u.test(overbilled[0]) ? 'parking night' : 'night',
      detail: 'overbilled',
    });
  const unordered = CHARGED_UNORDERED.exec(folded);
  if (unordered) {
    // The thing in the person's own letters (folding keeps offsets through the map).
    const at = folded.indexOf(unordered[1]!, unordered.index);
    const { map } = foldWithMap(text);
    const thing = text.slice(map[at] ?? at, map[at + unordered[1]!.length - 1]! + 1) || unordered[1]!;
    found.push({ aspect: 'billing', polarity: 'negative', text: thing, detail: 'charged-unordered' });
  }
  const viewBooked = VIEW_BOOKED.exec(folded);
  if (viewBooked && WORSE_VIEW.test(folded)) {
    const kind = (viewBooked[1] ?? viewBooked[2] ?? viewBooked[3] ?? '')
      .replace(/^(?:lac|lago|see)$/u, 'lake')
      .replace(/^(?:mer|mar|meer)$/u, 'sea');
    const view = /^(?:lake|sea)$/u.test(kind) ? kind : 'view';
    found.push({ aspect: 'room', polarity: 'negative', text: view, detail: 'view-not-given' });
  }
  const exposed = DATA_EXPOSED.exec(folded);
  if (exposed) {
    // The words as written (folding keeps offsets through the map).
    const { map } = foldWithMap(text);
    const said = text.slice(map[exposed.index] ?? 0, map[exposed.index + exposed[0].length - 1]! + 1) || exposed[0];
    found.push({ aspect: 'app', polarity: 'negative', text: said, detail: 'data-exposed' });
  }
  if (THEFT.test(folded))
    found.push({ aspect: 'safety', polarity: 'negative', text: ROOM_WORD.test(folded) ? 'room theft' : 'theft', detail: 'theft' });
  // (Not a rise elsewhere: "thinking of moving my studio off FreshBooks after the latest price hike".)
  const leavingAnother = LEAVING_ANOTHER.test(text);
  if (PRICE_RISE.test(folded) && !leavingAnother) {
    const fromTo = FROM_TO_AMOUNT.exec(text)?.[0];
    found.push({ aspect: 'price', polarity: 'negative', text: fromTo ?? 'price rise', detail: 'price-rise' });
  }
  if (TABLE_GIVEN_AWAY.test(folded)) found.push({ aspect: 'booking', polarity: 'negative', text: 'table', detail: 'table-given-away' });
  if (RUSHED.test(folded)) found.push({ aspect: 'service', polarity: 'negative', text: 'rushed', detail: 'rushed' });
  if (LOCKED_ACCOUNT.test(folded)) found.push({ aspect: 'app', polarity: 'negative', text: 'account', detail: 'locked-account' });
  const broken =
    found.some((p) => p.detail === 'crash' || p.detail === 'outage') || !NOT_WORKING_WORDS.test(text) ? null : NOT_WORKING.exec(text);
  const brokenThing = (broken?.[1] ?? broken?.[2])?.trim();
  if (
    brokenThing &&
    !/^(?:it|this|that|they|he|she|which|what|nothing|anything|something|everything|one|who|i|we|you)$/iu.test(brokenThing.split(' ')[0]!)
  )
    found.push({ aspect: 'app', polarity: 'negative', text: brokenThing, detail: 'not-working' });
  const facilityClosed = FACILITY_CLOSED.exec(folded);
  const meat = MEAT_IN_VEGGIE.exec(folded);
  if (meat) found.push({ aspect: 'safety', polarity: 'negative', text: meat[1]!, detail: 'meat-in-veggie' });
  if (LOST_BOOKING.test(folded)) found.push({ aspect: 'booking', polarity: 'negative', text: 'booking', detail: 'lost-booking' });
  else if (facilityClosed) found.push({ aspect: 'room', polarity: 'negative', text: facilityClosed[1]!, detail: 'facility-closed' });
  else if (BOOKED.test(folded) && SHUT_ON_ARRIVAL.test(folded) && !CLOSED_EARLY.test(folded))
    found.push({ aspect: 'booking', polarity: 'negative', text: 'booking', detail: 'closed-on-booking' });
  else if (!BOOKED.test(folded) && !CLOSED_EARLY.test(folded)) {
    // Came without a booking and found it shut: the wasted trip is the point ("closed on mondays?? google says open").
    const closed = FOUND_CLOSED.exec(folded);
    if (closed) {
      // The day they came, not the day it opens again ("shut till Monday", "fermé jusqu'à lundi").
      const near = folded.slice(Math.max(0, closed.index - 40), closed.index + closed[0].length + 24);
      const day = [...near.matchAll(new RegExp(CLOSED_DAY.source, 'gu'))].find(
        (m) => !REOPENING_BEFORE_DAY.test(near.slice(Math.max(0, m.index - 16), m.index)),
      )?.[0];
      // Shut during the hours they quote is said by that point ("closed during our listed hours"): one point, not two.
      if (!found.some((point) => point.text === 'opening hours' && point.detail === 'closed-early'))
        found.push({ aspect: 'access', polarity: 'negative', text: day ? (DAY_IN_ENGLISH[day] ?? day) : 'closed', detail: 'found-closed' });
    }
  }
  if (CANCELLED.test(folded) && CHARGED.test(folded) && (AFTER_CANCEL.test(folded) || CANCELLED_BEFORE.test(folded))) {
    const c = CANCELLED.exec(folded)!.index;
    const ch = CHARGED.exec(folded)!.index;
    // Cancelled, then charged: the charge comes after the cancelling in the telling, or "still"/"after" links them.
    if (
      ch > c ||
      /after (?:i |we )?(?:had )?cancel|despite (?:my |the |having )?cancel|apres (?:avoir )?(?:annul|resili)|malgre (?:la |ma |mon )?(?:resiliation|annulation|desabonnement)|despues de cancel|a pesar de (?:la |mi |haber )?(?:baja|cancel)|nach (?:der |meiner )?kundigung|trotz (?:der |meiner |unserer |fristgerechter )?kundigung|dopo (?:la )?disdett|nonostante (?:la )?disdetta|depois de cancel|apesar d[oe] (?:cancelamento|ter cancelado)/u.test(
        folded,
      ) ||
      CANCELLED_BEFORE.test(folded)
    )
      found.push({ aspect: 'billing', polarity: 'negative', text: 'charge', detail: 'charged-after-cancel' });
  }
  return found;
}

const OCCASION_WORD =
  /birthday|anniversary|anniversaire|cumpleanos|geburtstag|anniversario|aniversario|wedding|mariage|boda|hochzeit|matrimonio|casamento/u;

/** Time words and weather said as if they were things ("Tuesday", "the month", "Jahr", "rainy"). */
const TIME_OR_WEATHER = primed(
  /^(?:(?:a|an|the|one|this|that|last|every|each|le|la|l'|el|der|die|das|il|o|a|um|uma|un|une|una|ein|eine|jeden|jede|chaque|cada|ogni)\s+)*(?:(?:rainy|sunny|snowy|windy|cloudy|wet|grey|gray|cold|hot|busy|quiet|lazy|long|early|late|last|next|pluvieux|soleado|lluvioso|verregnet\w*|piovos\w|chuvos\w)\s+)*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miercoles|jueves|viernes|sabado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|lunedi|martedi|mercoledi|giovedi|venerdi|domenica|segunda|terca|quarta|quinta|sexta|day|days|week|weeks|month|months|year|years|morning|afternoon|evening|night|jour|jours|semaine|mois|an|ans|annee|matin|soir|dia|dias|semana|mes|meses|ano|anos|manana|tarde|noche|tag|tage|woche|monat|monate|jahr|jahre|morgen|abend|nacht|giorno|giorni|settimana|mese|mesi|anno|anni|mattina|sera|notte|manha|noite|rainy|sunny|snowy|windy|cloudy|pluvieux|lluvioso|piovoso|chuvoso)$/u,
);

/** Who a complaint is taken to (a lawyer, an association, the police): never the matter itself. */
const AUTHORITY = primed(
  /(?:consumer (?:association|group|rights|protection)|consumer protection\w*|regulator|watchdog|better business bureau|bbb|data protection (?:authority|office)|cnil|aepd|garante|cnpd|datenschutzbehorde|verbraucherschutz\w*|protection des consommateurs|proteccion (?:al|del) consumidor|tutela dei consumatori|defesa do consumidor|procon|class action|trading standards|ombudsman|solicitor|lawyer|attorney|legal team|small claims|court|police|association de consommateurs|ufc.que choisir|dgccrf|avocat|tribunal|mediateur|asociacion de consumidores|ocu|facua|abogad[oa]|juzgado|policia|verbraucherzentrale|anwalt|anwaltin|rechtsanwalt|gericht|polizei|schlichtungsstelle|associazione (?:dei )?consumatori|codacons|altroconsumo|avvocat[oa]|giudice|polizia|deco|associacao de consumidores|advogad[oa]|portal da queixa|livro de reclamacoes)/u,
);

/**
 * The points worth saying back: time words, weekdays and weather dropped; authorities and
 * lawyers dropped; a "free" thing keeps its compound ("gluten-free brownie"); a situation
 * goes first, and then the incidental nouns beside it (door, link, month) give way.
 */
export function withSituations(text: string, points: Point[]): Point[] {
  const folded = fold(text);
  // Built per point below only when the text holds such a compound at all (a pattern compiled per point is dear).
  const freeCompoundInText = /(?:gluten|dairy|sugar|lactose|nut|meat|alcohol|caffeine)[\s-]+free\s/iu.test(text);
  const kept = points
    .map((p) => {
      // "the free plan let (you …)": a verb left at the end of a thing's name is not part of it.
      if (!p.person && /\s(?:let|lets|allow|allows|make|makes|does|do|has|have|is|are|was|were)$/iu.test(p.text))
        p = { ...p, text: p.text.replace(/\s\p{L}+$/u, '') };
      // "gluten free brownie" read as "free brownie": the compound is whole.
      const m = /^(?:the |a |an )?free\s+(.+)$/iu.exec(p.text);
      const compound = m && /(?:gluten|dairy|sugar|lactose|nut|meat|alcohol|caffeine)[\s-]+free\s/iu.exec(text);
      if (/gluten free|dairy free|sugar free|lactose free/iu.test(p.text))
        return { ...p, text: p.text.replace(/(gluten|dairy|sugar|lactose) free/iu, '$1-free') };
      // "sugar free lemon cake" read as "lemon cake": the compound goes back in front.
      const escaped = p.text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      const before =
        freeCompoundInText &&
        new RegExp(`(gluten|dairy|sugar|lactose|nut|meat|alcohol|caffeine)[\\s-]+free\\s+${escaped}`, 'iu').exec(text);
      if (before && !p.person) return { ...p, text: `${before[1]!.toLowerCase()}-free ${p.text}` };
      if (m && compound)
        return {
          ...p,
          text: `${compound[0]
            .trim()
            .replace(/\s+free$/iu, '')
            .split(/\s+/u)
            .pop()}-free ${m[1]}`,
        };
      return p;
    })
    .filter((p) => {
      if (p.person) return true;
      const f = fold(p.text.trim());
      // "spent the afternoon regretting it": a time word with the gerund after it is still a time word.
      if (TIME_OR_WEATHER.test(f) || TIME_OR_WEATHER.test(f.replace(/\s+\p{L}+ing$/u, ''))) return false;
      if (AUTHORITY.test(f)) return false;
      // "I'll be reporting this to my bank": the bank they go to is a means (a chargeback), not the matter.
      if (
        /^(?:the |my |ma |mi |meine |la |il |o |a )?(?:bank|banque|banco|banca)$/u.test(f) &&
        /(?:to|contact\w*|call\w*|tell\w*|ask\w*|a|aupres de|al|an|alla|ao|via|par|por) (?:my|the|ma|mon|mi|meine|la|il|o|a) (?:bank|banque|banco|banca)/u.test(
          fold(text),
        )
      )
        return false;
      // "gluten" in "gluten-free" is what they liked, not a hazard.
      if (
        p.aspect === 'safety' &&
        /^gluten$/u.test(f) &&
        /gluten[\s-]*(?:free|frei)|sans gluten|sin gluten|senza glutine|sem gluten/u.test(folded)
      )
        return false;
      return true;
    });
  const situations = situationsOf(text);
  // "check the smoked wings were on… they'd 'run out'": sold out said of something named earlier.
  if (!situations.some((p) => p.detail === 'sold-out') && SOLD_OUT_BARE.test(folded)) {
    // (Not a day or the weather: "got there on a Friday and they were sold out" ran out of ribs, not of Friday.)
    const dish = kept.find((p) => p.aspect === 'product' && !p.person && !p.detail && !TIME_OR_WEATHER.test(fold(p.text)));
    if (dish) {
      kept.splice(kept.indexOf(dish), 1);
      situations.push({ ...dish, polarity: 'negative', detail: 'sold-out' });
    }
  }
  if (situations.length === 0) return kept;
  // The crash's own sentence ("crashes when I attach a photo of a receipt") is said by the crash phrase.
  const crashSentence = situations.some((p) => p.detail === 'crash')
    ? // Its clause only: "the templates are ugly, the app crashes when I add a photo, and support is slow" names three things.
      (folded.split(/[.!?\n;]+|,\s*(?:and\s+|but\s+)?/u).find((clause) => CRASH.test(clause)) ?? '')
    : '';
  const incidental =
    /^(?:door|doors|sign|signs|link|links|trial|month|year|time|porte|puerta|tur|porta|lien|enlace|price|prix|precio|preis|prezzo|preco)$/u;
  const rest = kept.filter((p) => {
    const f = fold(p.text.replace(/^(?:the|a|an|my|our)\s+/iu, ''));
    if (incidental.test(f)) return false;
    if (crashSentence && crashSentence.includes(f)) return false;
    if (
      p.aspect === 'booking' &&
      situations.some((s) => s.detail === 'lost-booking' || s.detail === 'closed-on-booking') &&
      !OCCASION_WORD.test(f)
    )
      return false;
    // "a sign saying CLOSED", "your site says open": how they found out, not what went wrong.
    if (situations.some((s) => s.detail === 'closed-on-booking') && /^(?:sign|note|door|doors)$/u.test(f)) return false;
    if (
      situations.some((s) => s.detail === 'found-closed' || (s.detail === 'closed-early' && s.text === 'opening hours')) &&
      /^(?:sign|note|door|doors|site|website|web site|google|google maps|instagram|facebook|listing|hours|opening hours)$/u.test(f)
    )
      return false;
    if (
      p.aspect === 'price' &&
      situations.some(
        (s) => s.detail === 'crash' || s.detail === 'outage' || s.detail === 'charged-after-cancel' || s.detail === 'price-rise',
      )
    )
      return false;
    // The sold-out dish said once, as sold out.
    if (situations.some((s) => s.detail === 'sold-out' && (fold(s.text).includes(f) || f.includes(fold(s.text))))) return false;
    if (situations.some((s) => s.detail === 'crash') && (/crash|update|app/u.test(f) || situations.some((s) => fold(s.text).includes(f))))
      return false;
    if (situations.some((s) => s.detail === 'charged-after-cancel') && (p.aspect === 'billing' || /payment|debit|charge/u.test(f)))
      return false;
    return true;
  });
  return [...situations, ...rest];
}
