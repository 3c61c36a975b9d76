import { fold } from '@/lib/reading/cues';

/**
 * German articles for the point phrases a reply names: "mit der Wartezeit", "zum Zimmer",
 * "zu den Mahnungen". The compose step says German points as bare nouns; the bank puts them
 * in a case with the article their gender and number take. A compound takes the gender of its
 * last part ("Hundegebühr" is a Gebühr: die), found in a list of common heads or by its ending.
 */
export type GermanGender = 'm' | 'f' | 'n' | 'pl';

const HEADS: Record<Exclude<GermanGender, 'pl'>, string[]> = {
  m: `preis aufpreis zuschlag betrag beitrag vertrag rabatt gutschein beleg service support kundenservice kundendienst kaffee kuchen
    salat tisch balkon aufzug lift larm krach hund dackel welpe fehler absturz export anhang login versand kellner termin aufenthalt
    besuch geschmack platz parkplatz pool wein fisch tee saft burger brunch napf schuh teppich schrank fernseher fohn kuhlschrank blick
    seeblick check-in check-out schluss mangel sturz ausfall account filter modus dunkelmodus abend morgen tag monat brief anruf chat
    eindruck hinweis kommentar ablauf prozess bug knopf button fleck kleber stoff riemen gurt absatz kaffeemaschine koch stil ort weg
    empfang eingang garten strand see wlan-zugang zugang verkehr geruch schimmel staub schmutz dreck
    shuttle shuttlebus bus transfer umgangston kase name espresso cappuccino smoothie saal raum diebstahl computer browser drucker`.split(
    /\s+/u,
  ),
  f: `zeit wartezeit lieferzeit lieferung bestellung reservierung buchung rechnung mahnung kundigung abbuchung zahlung gebuhr kaution
    anzahlung erstattung ruckerstattung app terrasse dusche klimaanlage heizung matratze decke sauna minibar suppe torte wurst pizza
    bedienung rezeption verpackung grosse farbe qualitat sauberkeit musik baustelle katze funktion vorlage oberflache erinnerung
    benachrichtigung schnittstelle lastschrift e-mail mail nachricht antwort sohle naht lage aussicht stornierung website seite
    plattform verbindung synchronisierung einstellung vorschau integration familie arbeit handarbeit atmosphare stimmung kuche karte
    speisekarte portion beilage sosse sauce bar theke treppe tur lampe steckdose fernbedienung leitung hotline gruppe
    gruppenreservierung ubersetzung version aktualisierung anmeldung registrierung sendung zustellung hygiene erfahrung wanze
    lobby kakerlake maus ratte allergie vergiftung lebensmittelvergiftung reaktion haltestelle garage tiefgarage einfahrt zufahrt ausfahrt fahrt steuer tischvergabe umsatzsteuer mehrwertsteuer mwst adresse`.split(
    /\s+/u,
  ),
  n: `zimmer bett fenster essen fruhstuck ruhrei spiegelei ei geback brot fleisch bier paket update abo abonnement personal pdf konto passwort bad badezimmer
    handtuch kissen hotel restaurant cafe gericht menu buffet schnitzel getrank wlan wifi internet haustier geld gerat problem thema
    team angebot design feature tool produkt material leder gerausch tier dessert steak glas wasser programm dokument layout format
    profil datum modell ende serviceende kuchenschluss gluten parken frisbee handy telefon ticket formular mittagessen abendessen
    feedback lob erlebnis wochenende licht schloss auto haar glas ungeziefer
    einchecken auschecken warten anhangen hochladen bezahlen einloggen
    zitat logo foto video bild gebaude gemuse interesse auge buro kino radio frettchen
    dashboard backend frontend plugin widget iphone ipad smartphone tablet notebook laptop macbook android`.split(/\s+/u),
};
const GENDER_OF = new Map<string, Exclude<GermanGender, 'pl'>>();
for (const gender of ['m', 'f', 'n'] as const) for (const word of HEADS[gender]) if (word) GENDER_OF.set(word, gender);
// "Küchenschluss" ends in "schluss" (der): a listed compound keeps its own entry.
GENDER_OF.set('kuchenschluss', 'm');

/** Words that are plural as they stand. */
const PLURALS = new Set(
  `pommes nudeln kosten leute eltern ferien daten mobel handtucher schuhe preise gebuhren abstürze absturze ausfalle mitarbeiter
   espadrilles sandalen informationen flitterwochen ferien adressen kunden ibans belege screenshots
   croissants cookies brownies muffins bagels donuts doughnuts pancakes waffles nuggets chips snacks drinks cocktails tacos wraps
   sandwiches burgers scones cupcakes macarons sneakers tickets apps emails mails rechnungen`.split(/\s+/u),
);

const PLURAL_ENDINGS = ['en', 'n', 'e', 'er', 's', ''];

/** The gender or plural of a German noun (as written), from its last part. */
export function germanGender(noun: string): GermanGender {
  const word = fold(noun.trim().split(/\s+/u)[0] ?? noun).replace(/[^\p{L}-]/gu, '');
  if (PLURALS.has(word)) return 'pl';
  const parts = word.split('-').filter(Boolean);
  const last = parts[parts.length - 1] ?? word;
  // "iOS-App" is an App, "PDF-Export" an Export: the last part decides.
  let best: { gender: GermanGender; length: number } | undefined;
  for (const [head, gender] of GENDER_OF) {
    if (!last.endsWith(head) && !PLURAL_ENDINGS.some((end) => end && last.endsWith(head + end))) continue;
    const exact = last.endsWith(head);
    // "Mahnungen" is "Mahnung" and a plural ending; "Zimmer" stays "Zimmer" (its plural looks the same).
    const found: GermanGender = exact ? gender : 'pl';
    const length = head.length + (exact ? 1 : 0);
    if (!best || length > best.length) best = { gender: found, length };
  }
  if (best) return best.gender;
  if (/(?:ungen|heiten|keiten|schaften|ionen|taten|ien)$/u.test(last)) return 'pl';
  if (/(?:ung|heit|keit|schaft|ion|tat|ie|ik|enz|anz|ei|ur|erin|e)$/u.test(last)) return 'f';
  if (/(?:chen|lein|ment|um|ma|nis)$/u.test(last)) return 'n';
  // Acronyms and short loanwords (PDF, CSV, WLAN) are neuter; most others masculine.
  if (
    /^\p{Lu}{2,}$/u.test(
      noun
        .trim()
        .split(/[\s-]+/u)
        .pop() ?? '',
    )
  )
    return 'n';
  return 'm';
}

/** The word whose gender a phrase takes: its first noun ("Abstürze der App"), a number makes it plural ("45 Minuten Wartezeit"). */
function headOf(phrase: string): { gender: GermanGender; startsWithArticle: boolean } {
  const trimmed = phrase.trim();
  if (/^(?:der|die|das|den|dem|des|ihr\p{L}*|dein\p{L}*|unser\p{L}*)\s/iu.test(trimmed)) return { gender: 'n', startsWithArticle: true };
  if (/^[\d£€$]/u.test(trimmed)) return { gender: 'pl', startsWithArticle: false };
  const noun = trimmed.split(/\s+/u).find((word) => /^\p{Lu}/u.test(word)) ?? trimmed;
  return { gender: germanGender(noun.replace(/[^\p{L}-]+$/u, '')), startsWithArticle: false };
}

const DATIVE: Record<GermanGender, string> = { m: 'dem', f: 'der', n: 'dem', pl: 'den' };
const ACCUSATIVE: Record<GermanGender, string> = { m: 'den', f: 'die', n: 'das', pl: 'die' };
/** Dative plural nouns take an -n ("mit den Schuhen"), unless they end in -n or -s already. */
function dativeNoun(phrase: string, gender: GermanGender): string {
  if (gender !== 'pl') return phrase;
  const [first = '', ...rest] = phrase.split(' ');
  const noun = /^\p{Lu}/u.test(first) && /(?:e|er|el)$/u.test(first) ? `${first}n` : first;
  return [noun, ...rest].join(' ');
}

/** A proper name (a staff member) or a phrase that already has an article takes none. */
function bare(phrase: string): boolean {
  return headOf(phrase).startsWithArticle;
}

/** "der Wartezeit", "dem Zimmer", "den Mahnungen": a point in the dative. */
export function dative(phrase: string): string {
  if (bare(phrase)) return phrase;
  const { gender } = headOf(phrase);
  return `${DATIVE[gender]} ${dativeNoun(phrase, gender)}`;
}

/** "die Wartezeit", "den Service": a point in the accusative. */
export function accusative(phrase: string): string {
  if (bare(phrase)) return phrase;
  return `${ACCUSATIVE[headOf(phrase).gender]} ${phrase}`;
}

/** "zur Wartezeit", "zum Zimmer", "zu den Mahnungen". */
export function zu(phrase: string): string {
  if (bare(phrase)) return `zu ${phrase}`;
  const { gender } = headOf(phrase);
  if (gender === 'f') return `zur ${phrase}`;
  if (gender === 'pl') return `zu den ${dativeNoun(phrase, gender)}`;
  return `zum ${phrase}`;
}

/** A relative clause inside a sentence is closed by a comma: "was das Schnitzel, das schon aus war, betrifft". */
export function closed(phrase: string): string {
  return /,\s(?:der|die|das)\s[^,]*\s(?:war|waren|ist|sind|hat|hatte|wurde|wurden)$/u.test(phrase) ? `${phrase},` : phrase;
}

/** "mit der Wartezeit, dem Zimmer und den 9 €". */
export function dativeList(phrases: string[]): string {
  const said = [...new Set(phrases)].map(dative);
  if (said.length <= 1) return said[0] ?? '';
  return `${said.slice(0, -1).join(', ')} und ${said[said.length - 1]}`;
}

/** "zur Wartezeit und zum Zimmer": each point with its own "zu". */
export function zuList(phrases: string[]): string {
  const said = [...new Set(phrases)].map(zu);
  if (said.length <= 1) return said[0] ?? '';
  return `${said.slice(0, -1).join(', ')} und ${said[said.length - 1]}`;
}

/** The relative pronoun for a noun: "das Schnitzel, das …", "die Suppe, die …", "der Kuchen, der …". */
export function germanRelative(noun: string): string {
  const gender = germanGender(
    noun
      .trim()
      .split(/\s+/u)
      .find((word) => /^\p{Lu}/u.test(word)) ?? noun,
  );
  return { m: 'der', f: 'die', n: 'das', pl: 'die' }[gender];
}
