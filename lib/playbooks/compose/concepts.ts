import { fold } from '@/lib/reading/cues';
import type { ReplyLanguage } from './point-phrases';

/**
 * Common things people name in reviews, with their word in each language the item may be
 * written in (folded: lower case, no accents) and the phrase a reply says in each reply
 * language. Used when the item's language is not the reply's: "ontbijt" and "Frühstück" are
 * said back as "the breakfast", "la salade" as "the salad". Only common words of their kind.
 */
interface Concept {
  words: RegExp;
  say: Record<ReplyLanguage, string>;
}

const w = (alternatives: string) => new RegExp(`^(?:${alternatives})$`, 'u');

const CONCEPTS: Concept[] = [
  // Compounds and two-word names first: "citroentaart", "tarta cytrynowa", "bananenbrood", "frukostbuffén".
  {
    words: w(
      'citroentaart|citrontarta|citronpaj|zitronentarte|zitronenkuchen|tarta cytrynowa|citronovy kolac|lemon tart|lemon pie|tarte au citron|tarta de limon|crostata al limone|tarte de limao',
    ),
    say: {
      en: 'the lemon tart',
      fr: 'la tarte au citron',
      es: 'la tarta de limón',
      de: 'Zitronentarte',
      it: 'la crostata al limone',
      pt: 'a tarte de limão',
    },
  },
  {
    words: w(
      'bananenbrood|bananbrod|bananenbrot|chlebek bananowy|bananovy chleba?|banana bread|pain a la banane|pan de platano|banana bread',
    ),
    say: {
      en: 'the banana bread',
      fr: 'le banana bread',
      es: 'el pan de plátano',
      de: 'Bananenbrot',
      it: 'il banana bread',
      pt: 'o pão de banana',
    },
  },
  {
    words: w('frukostbuffe\\w*|ontbijtbuffet|fruhstucksbuffet|morgenmadsbuffet|frokostbuffet\\w*|bufet sniadaniowy|breakfast buffet'),
    say: {
      en: 'the breakfast buffet',
      fr: 'le buffet du petit-déjeuner',
      es: 'el desayuno bufé',
      de: 'Frühstücksbuffet',
      it: 'la colazione a buffet',
      pt: 'o pequeno-almoço buffet',
    },
  },
  {
    words: w('spa|spas|spaavdelning\\w*|spa-afdeling|spa-afdeling\\w*|wellnessbereich|wellness\\w*'),
    say: { en: 'the spa', fr: 'le spa', es: 'el spa', de: 'Spa', it: 'la spa', pt: 'o spa' },
  },
  {
    words: w('portions?|porciones|porcion|portionen|porzion[ei]|porcoes|porcao|porties|portie|porcje'),
    say: { en: 'the portions', fr: 'les portions', es: 'las raciones', de: 'Portionen', it: 'le porzioni', pt: 'as porções' },
  },
  {
    words: w(
      'breakfast|petit-dejeuner|petit dejeuner|desayunos?|fruhstuck\\w*|colazione|pequeno-almoco|cafe da manha|ontbijt|frukost|sniadanie',
    ),
    say: { en: 'the breakfast', fr: 'le petit-déjeuner', es: 'el desayuno', de: 'Frühstück', it: 'la colazione', pt: 'o pequeno-almoço' },
  },
  {
    words: w('dinner|diner|cena|abendessen|jantar|avondeten|middag|kolacja'),
    say: { en: 'the dinner', fr: 'le dîner', es: 'la cena', de: 'Abendessen', it: 'la cena', pt: 'o jantar' },
  },
  {
    words: w('lunch|dejeuner|almuerzo|mittagessen|pranzo|almoco|lunch|obiad'),
    say: { en: 'the lunch', fr: 'le déjeuner', es: 'el almuerzo', de: 'Mittagessen', it: 'il pranzo', pt: 'o almoço' },
  },
  {
    words: w('coffees?|cafes?|kaffee|caffe|koffie|kaffe|kawa'),
    say: { en: 'the coffee', fr: 'le café', es: 'el café', de: 'Kaffee', it: 'il caffè', pt: 'o café' },
  },
  {
    words: w('cakes?|gateaux?|pasteles?|kuchen|torte|torta|bolos?|taart|tarta|tart|tarte|ciasto|kaka|tarta\\w*'),
    say: { en: 'the cake', fr: 'le gâteau', es: 'la tarta', de: 'Kuchen', it: 'la torta', pt: 'o bolo' },
  },
  {
    words: w('salads?|salades?|ensaladas?|salate?|insalat[ae]|saladas?|sla|salatka|sallad'),
    say: { en: 'the salad', fr: 'la salade', es: 'la ensalada', de: 'Salat', it: "l'insalata", pt: 'a salada' },
  },
  {
    words: w('soups?|soupes?|sopas?|suppen?|zupp[ae]|soep|zupa|soppa'),
    say: { en: 'the soup', fr: 'la soupe', es: 'la sopa', de: 'Suppe', it: 'la zuppa', pt: 'a sopa' },
  },
  {
    words: w('cheese|fromages?|quesos?|kase|formaggi?o?|queijo|kaas|ost'),
    say: { en: 'the cheese', fr: 'le fromage', es: 'el queso', de: 'Käse', it: 'il formaggio', pt: 'o queijo' },
  },
  {
    words: w('bread|pain|pan|brot|pane|pao|brood|chleb|brod'),
    say: { en: 'the bread', fr: 'le pain', es: 'el pan', de: 'Brot', it: 'il pane', pt: 'o pão' },
  },
  {
    words: w('chicken|poulet|pollo|hahnchen|huhn|frango|kip|kurczak|kyckling'),
    say: { en: 'the chicken', fr: 'le poulet', es: 'el pollo', de: 'Hähnchen', it: 'il pollo', pt: 'o frango' },
  },
  {
    words: w('fish|poisson|pescado|fisch|pesce|peixe|ryba|fisk'),
    say: { en: 'the fish', fr: 'le poisson', es: 'el pescado', de: 'Fisch', it: 'il pesce', pt: 'o peixe' },
  },
  {
    words: w('meat|viande|carne|fleisch|vlees|mieso|kott'),
    say: { en: 'the meat', fr: 'la viande', es: 'la carne', de: 'Fleisch', it: 'la carne', pt: 'a carne' },
  },
  {
    words: w('ribs?|costillas?|rippchen|spareribs|costine|costolette|costelas?|entrecosto|ribben|ribbetjes|zeberka|revben'),
    say: { en: 'the ribs', fr: 'les travers de porc', es: 'las costillas', de: 'Spareribs', it: 'le costine', pt: 'as costelas' },
  },
  {
    words: w('eggs?|oeufs?|huevos?|eier?|uova|uovo|ovos?|eieren|jajka|jajko|jajek|agg'),
    say: { en: 'the eggs', fr: 'les œufs', es: 'los huevos', de: 'Eier', it: 'le uova', pt: 'os ovos' },
  },
  {
    words: w('burgers?|hamburguesas?|hamburgers?|hamburguer(?:es)?|hamburger'),
    say: { en: 'the burger', fr: 'le burger', es: 'la hamburguesa', de: 'Burger', it: "l'hamburger", pt: 'o hambúrguer' },
  },
  {
    words: w('pasta|pates|nudeln|massa|pastas'),
    say: { en: 'the pasta', fr: 'les pâtes', es: 'la pasta', de: 'Pasta', it: 'la pasta', pt: 'a massa' },
  },
  {
    words: w('steaks?|entrecotes?|ribeye|bistecca|bife|filete|filet'),
    say: { en: 'the steak', fr: 'le steak', es: 'el filete', de: 'Steak', it: 'la bistecca', pt: 'o bife' },
  },
  {
    words: w('desserts?|postres?|nachtisch|dolci|dolce|sobremesas?|toetje|deser'),
    say: { en: 'the dessert', fr: 'le dessert', es: 'el postre', de: 'Nachtisch', it: 'il dolce', pt: 'a sobremesa' },
  },
  {
    words: w('wines?|vins?|vinos?|wein|vino|vinho|wijn|wino|vin'),
    say: { en: 'the wine', fr: 'le vin', es: 'el vino', de: 'Wein', it: 'il vino', pt: 'o vinho' },
  },
  {
    words: w('beers?|bieres?|cervezas?|bier|birra|cerveja|piwo'),
    say: { en: 'the beer', fr: 'la bière', es: 'la cerveza', de: 'Bier', it: 'la birra', pt: 'a cerveja' },
  },
  {
    words: w('ducks?|canard|magret|pato|entenbrust|entenkeule|anatra|eend|eendenborst|kaczk[aie]|andebryst'),
    say: { en: 'the duck', fr: 'le canard', es: 'el pato', de: 'Ente', it: "l'anatra", pt: 'o pato' },
  },
  {
    words: w('vat|tva|iva|mwst|btw|moms|vat|umsatzsteuer|mehrwertsteuer|verlegde btw|reverse charge'),
    say: { en: 'the VAT', fr: 'la TVA', es: 'el IVA', de: 'Umsatzsteuer', it: "l'IVA", pt: 'o IVA' },
  },
  {
    // (Before the room and the bed: "cameriere" and "camarero" hold "camer" and "cama".)
    words: w(
      'waiters?|waitress(?:es)?|servers?|serveurs?|serveuses?|camarer[oa]s?|camerier[ei]|cameriera|kellner(?:in|innen)?|empregad[oa]s?|garcom|garcons?|ober|kelner(?:ka)?|servitor',
    ),
    say: { en: 'the waiter', fr: 'le serveur', es: 'el camarero', de: 'Kellner', it: 'il cameriere', pt: 'o empregado' },
  },
  {
    words: w('rooms?|chambres?|habitacion(?:es)?|zimmer|camer[ae]|quartos?|kamer|pokoj'),
    say: { en: 'the room', fr: 'la chambre', es: 'la habitación', de: 'Zimmer', it: 'la camera', pt: 'o quarto' },
  },
  {
    words: w('beds?|lits?|camas?|bett|letto|bed|lozko|sang'),
    say: { en: 'the bed', fr: 'le lit', es: 'la cama', de: 'Bett', it: 'il letto', pt: 'a cama' },
  },
  {
    words: w('showers?|douches?|duchas?|dusche|doccia|duche|douche|prysznic|dusch'),
    say: { en: 'the shower', fr: 'la douche', es: 'la ducha', de: 'Dusche', it: 'la doccia', pt: 'o duche' },
  },
  {
    words: w('balcon(?:y|ies)|balcons?|balcon(?:es)?|balkons?|balcone|varanda|balkong\\w*|balkon\\w*'),
    say: { en: 'the balcony', fr: 'le balcon', es: 'el balcón', de: 'Balkon', it: 'il balcone', pt: 'a varanda' },
  },
  {
    words: w('doors?|portes?|puertas?|tur|ture|porta|deur|drzwi|dorr\\w*'),
    say: { en: 'the door', fr: 'la porte', es: 'la puerta', de: 'Tür', it: 'la porta', pt: 'a porta' },
  },
  {
    words: w('windows?|fenetres?|ventanas?|fenster|finestr[ae]|janelas?|raam|okno|fonster'),
    say: { en: 'the window', fr: 'la fenêtre', es: 'la ventana', de: 'Fenster', it: 'la finestra', pt: 'a janela' },
  },
  {
    words: w('views?|vue|vista|aussicht|uitzicht|widok|utsikt'),
    say: { en: 'the view', fr: 'la vue', es: 'las vistas', de: 'Aussicht', it: 'la vista', pt: 'a vista' },
  },
  {
    words: w('pools?|piscines?|piscinas?|schwimmbad|pool|piscina|zwembad|basen'),
    say: { en: 'the pool', fr: 'la piscine', es: 'la piscina', de: 'Pool', it: 'la piscina', pt: 'a piscina' },
  },
  {
    words: w('wi-?fi|internet|connexion|conexion|connessione|conexao|verbindung'),
    say: { en: 'the wifi', fr: 'le wifi', es: 'el wifi', de: 'WLAN', it: 'il wifi', pt: 'o wifi' },
  },
  {
    words: w('parking|aparcamiento|parkplatz|parcheggio|estacionamento|parkeren|parking'),
    say: { en: 'the parking', fr: 'le parking', es: 'el aparcamiento', de: 'Parkplatz', it: 'il parcheggio', pt: 'o estacionamento' },
  },
  {
    words: w('colou?rs?|couleurs?|colou?r(?:es)?|farben?|colori?e?|cor(?:es)?|kleur(?:en)?|farg|kolor|olivgrun|\\w+grun|verde oliva'),
    say: { en: 'the colour', fr: 'la couleur', es: 'el color', de: 'Farbe', it: 'il colore', pt: 'a cor' },
  },
  {
    words: w(
      'comfortable|comfy|comfort|confortables?|confort|comod[oa]s?|comodidad|bequem|komfort|confortevoli?|comodita|confortave(?:l|is)|conforto|comfortabel|wygodne|bekvam\\w*',
    ),
    say: { en: 'the comfort', fr: 'le confort', es: 'la comodidad', de: 'Tragekomfort', it: 'la comodità', pt: 'o conforto' },
  },
  {
    words: w('sizes?|tailles?|tallas?|grossen?|taglie?|tamanhos?|maat|rozmiar|storlek'),
    say: { en: 'the size', fr: 'la taille', es: 'la talla', de: 'Größe', it: 'la taglia', pt: 'o tamanho' },
  },
  {
    words: w('shoes?|chaussures?|zapatos?|schuhe?|scarpe|sapatos?|schoenen|buty|skor'),
    say: { en: 'the shoes', fr: 'les chaussures', es: 'los zapatos', de: 'Schuhe', it: 'le scarpe', pt: 'os sapatos' },
  },
  {
    words: w('espadrilles?|alpargatas?|espadrillas?'),
    say: {
      en: 'the espadrilles',
      fr: 'les espadrilles',
      es: 'las alpargatas',
      de: 'Espadrilles',
      it: 'le espadrillas',
      pt: 'as alpercatas',
    },
  },
  {
    words: w('soles?|semelles?|suelas?|sohlen?|suole|suola|solas?|zolen?|podeszwa'),
    say: { en: 'the sole', fr: 'la semelle', es: 'la suela', de: 'Sohle', it: 'la suola', pt: 'a sola' },
  },
  {
    words: w('seams?|stitching|coutures?|costuras?|nahte?|naht|cuciture?|cucitura|naad|naden|szwy?'),
    say: { en: 'the seam', fr: 'la couture', es: 'la costura', de: 'Naht', it: 'la cucitura', pt: 'a costura' },
  },
  {
    words: w('heels?|talons?|talon(?:es)?|fersen?|tallone|talloni|calcanhar(?:es)?|hiel|hielen|piety|piete'),
    say: { en: 'the heel', fr: 'le talon', es: 'el talón', de: 'Ferse', it: 'il tallone', pt: 'o calcanhar' },
  },
  {
    words: w('straps?|brides?|tiras?|riemchen|riemen|cinturino|cinturini|tiras?|bandjes?|bandje|paski?|rem(?:mar)?'),
    say: { en: 'the strap', fr: 'la bride', es: 'la tira', de: 'Riemchen', it: 'il cinturino', pt: 'a tira' },
  },
  {
    words: w('laces?|lacets?|cordones?|schnursenkel|lacci|laccio|atacadores?|cadarcos?|veters?|sznurowadla|snoren'),
    say: { en: 'the laces', fr: 'les lacets', es: 'los cordones', de: 'Schnürsenkel', it: 'i lacci', pt: 'os atacadores' },
  },
  {
    words: w('exports?|exportation|exportacion|exportacao|exportieren|esportazione|eksport|exporten'),
    say: { en: 'the export', fr: "l'export", es: 'la exportación', de: 'Export', it: "l'esportazione", pt: 'a exportação' },
  },
  {
    words: w('invoices?|factures?|facturas?|rechnungen?|fatture?|faturas?|facturen|faktury|faktur\\w*|fakturor'),
    say: { en: 'the invoices', fr: 'les factures', es: 'las facturas', de: 'Rechnungen', it: 'le fatture', pt: 'as faturas' },
  },
  {
    words: w('tutorials?|tutoriels?|tutoriales?|video|videos?|filmpje'),
    say: { en: 'the tutorial', fr: 'le tutoriel', es: 'el tutorial', de: 'Tutorial', it: 'il tutorial', pt: 'o tutorial' },
  },
  {
    words: w('staff|personnel|equipe|equipo|personal|personale|equipa|personeel|obsluga|personalen'),
    say: { en: 'the team', fr: "l'équipe", es: 'el equipo', de: 'Team', it: 'lo staff', pt: 'a equipa' },
  },
  {
    words: w('prices?|prix|precios?|preise?|prezzi?o?|precos?|prijs'),
    say: { en: 'the price', fr: 'le prix', es: 'el precio', de: 'Preis', it: 'il prezzo', pt: 'o preço' },
  },
  {
    words: w('delivery|livraison|envios?|entrega|lieferung|consegna|levering|dostawa|leverans'),
    say: { en: 'the delivery', fr: 'la livraison', es: 'el envío', de: 'Lieferung', it: 'la consegna', pt: 'a entrega' },
  },
  {
    words: w('cold|froide?s?|frios?|frias?|kalt\\w*|fredd[oaie]|koud|kallt|zimn[aeyo]'),
    say: { en: 'the cold', fr: 'le froid', es: 'el frío', de: 'Kälte', it: 'il freddo', pt: 'o frio' },
  },
  {
    words: w('hairs?|cheveux?|haare?|capell[io]|cabelos?|haar|wlos'),
    say: { en: 'the hair', fr: 'le cheveu', es: 'el pelo', de: 'Haar', it: 'il capello', pt: 'o cabelo' },
  },
  {
    words: w('plastic|plastique|plastico|plastik|plastica|plastiek'),
    say: { en: 'the plastic', fr: 'le plastique', es: 'el plástico', de: 'Plastik', it: 'la plastica', pt: 'o plástico' },
  },
];

/**
 * Food and product names that read the same in every language we reply in ("brisket",
 * "croissant", "latte"): said back as they are, with the reply language's article.
 */
const SHARED_NAMES =
  /^(?:brisket|burgers?|pizzas?|risotto|tiramisu|lattes?|cappuccinos?|espressos?|flat whites?|croissants?|brownies?|cheesecake|bagels?|scones?|muffins?|cookies?|pancakes?|waffles?|ramen|sushi|tacos?|nachos|brunch|smoothies?|croque-monsieur|croque|quiche|quenelles?|tartare|tatin|cruffins?|halloumi|cobbler|tapas|paella|gelato|churros|granola|hummus|falafel|app|ipad|android|ios|pdf|csv|api)$/u;

/**
 * Common loanwords and nouns in Japanese and Chinese reviews, where words are not split by
 * spaces: found as substrings, longest first, and said in the reply language.
 */
const UNSPACED: { word: string; say: Partial<Record<ReplyLanguage, string>> }[] = [
  {
    word: 'シナモンロール',
    say: {
      en: 'the cinnamon roll',
      fr: 'le roulé à la cannelle',
      es: 'el rollo de canela',
      de: 'Zimtschnecke',
      it: 'il rotolo alla cannella',
      pt: 'o rolo de canela',
    },
  },
  {
    word: 'カルダモンバン',
    say: {
      en: 'the cardamom bun',
      fr: 'la brioche à la cardamome',
      es: 'el bollo de cardamomo',
      de: 'Kardamomschnecke',
      it: 'il panino al cardamomo',
      pt: 'o pão de cardamomo',
    },
  },
  {
    word: 'クロワッサン',
    say: { en: 'the croissant', fr: 'le croissant', es: 'el cruasán', de: 'Croissant', it: 'il cornetto', pt: 'o croissant' },
  },
  { word: 'コーヒー', say: { en: 'the coffee', fr: 'le café', es: 'el café', de: 'Kaffee', it: 'il caffè', pt: 'o café' } },
  { word: 'ラテ', say: { en: 'the latte', fr: 'le latte', es: 'el latte', de: 'Latte', it: 'il latte macchiato', pt: 'o latte' } },
  { word: 'ケーキ', say: { en: 'the cake', fr: 'le gâteau', es: 'la tarta', de: 'Kuchen', it: 'la torta', pt: 'o bolo' } },
  {
    word: 'サンドイッチ',
    say: { en: 'the sandwich', fr: 'le sandwich', es: 'el sándwich', de: 'Sandwich', it: 'il panino', pt: 'a sanduíche' },
  },
  {
    word: 'ハンバーガー',
    say: { en: 'the burger', fr: 'le burger', es: 'la hamburguesa', de: 'Burger', it: "l'hamburger", pt: 'o hambúrguer' },
  },
  {
    word: 'ブリスケット',
    say: { en: 'the brisket', fr: 'le brisket', es: 'el brisket', de: 'Brisket', it: 'il brisket', pt: 'o brisket' },
  },
  {
    word: '朝食',
    say: { en: 'the breakfast', fr: 'le petit-déjeuner', es: 'el desayuno', de: 'Frühstück', it: 'la colazione', pt: 'o pequeno-almoço' },
  },
  { word: '部屋', say: { en: 'the room', fr: 'la chambre', es: 'la habitación', de: 'Zimmer', it: 'la camera', pt: 'o quarto' } },
  { word: '景色', say: { en: 'the view', fr: 'la vue', es: 'las vistas', de: 'Aussicht', it: 'la vista', pt: 'a vista' } },
  { word: 'スタッフ', say: { en: 'the team', fr: "l'équipe", es: 'el equipo', de: 'Team', it: 'lo staff', pt: 'a equipa' } },
  { word: 'ワイン', say: { en: 'the wine', fr: 'le vin', es: 'el vino', de: 'Wein', it: 'il vino', pt: 'o vinho' } },
  { word: '咖啡', say: { en: 'the coffee', fr: 'le café', es: 'el café', de: 'Kaffee', it: 'il caffè', pt: 'o café' } },
  {
    word: '早餐',
    say: { en: 'the breakfast', fr: 'le petit-déjeuner', es: 'el desayuno', de: 'Frühstück', it: 'la colazione', pt: 'o pequeno-almoço' },
  },
  { word: '房间', say: { en: 'the room', fr: 'la chambre', es: 'la habitación', de: 'Zimmer', it: 'la camera', pt: 'o quarto' } },
];

/** Things named in a text written without spaces between words (Japanese, Chinese), in text order. */
export function unspacedPhrases(text: string, language: ReplyLanguage): string[] {
  const found: { at: number; phrase: string }[] = [];
  let rest = text;
  for (const { word, say } of [...UNSPACED].sort((a, b) => b.word.length - a.word.length)) {
    const at = rest.indexOf(word);
    const phrase = say[language];
    if (at < 0 || !phrase) continue;
    found.push({ at, phrase });
    // A longer word holds a shorter one (シナモンロール holds ロール): blank it out.
    rest = rest.replace(word, '\u0000'.repeat(word.length));
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.phrase);
}

/** The concept a phrase names, said in `language`, or undefined. Longer words are tried first. */
export function conceptPhrase(text: string, language: ReplyLanguage): string | undefined {
  const words = (fold(text).match(/[\p{L}-]+/gu) ?? []).filter((word) => word.length >= 2);
  for (const word of words) {
    const concept = CONCEPTS.find((c) => c.words.test(word));
    if (concept) return concept.say[language];
  }
  // Two words that name one thing ("tarta cytrynowa").
  for (let i = 0; i + 1 < words.length; i += 1) {
    const pair = pairConcept(words[i]!, words[i + 1]!, language);
    if (pair) return pair;
  }
  // Dutch, Swedish, Danish, German compounds: "snoekquenelle", "zeekamer", "frukostbordet" name their last or first part.
  for (const word of words.filter((candidate) => candidate.length >= 8)) {
    for (let cut = 3; cut <= word.length - 4; cut += 1) {
      const head = word.slice(cut);
      // A shared name's compound ("snoekquenelle") is `sharedName`'s to say.
      if (SHARED_NAMES.test(head)) return undefined;
      const tail = CONCEPTS.find((c) => c.words.test(head));
      if (tail) return tail.say[language];
    }
    for (let cut = word.length - 3; cut >= 4; cut -= 1) {
      const concept = CONCEPTS.find((c) => c.words.test(word.slice(0, cut)));
      if (concept) return concept.say[language];
    }
  }
  return undefined;
}

/** Two words that name one thing together ("tarta cytrynowa" → the lemon tart), said in `language`, or undefined. */
export function pairConcept(first: string, second: string, language: ReplyLanguage): string | undefined {
  return CONCEPTS.find((c) => c.words.test(`${fold(first)} ${fold(second)}`))?.say[language];
}

/** A name shared across languages ("brisket", "croissant"), as written, or undefined. */
export function sharedName(text: string): string | undefined {
  const words = text.match(/[\p{L}-]+/gu) ?? [];
  const whole = words.find((word) => SHARED_NAMES.test(fold(word)));
  if (whole) return whole;
  // The last part of a compound: "snoekquenelle" names a quenelle, "bananenpancakes" pancakes.
  for (const word of words.filter((candidate) => candidate.length >= 9)) {
    for (let cut = 3; cut <= word.length - 5; cut += 1) if (SHARED_NAMES.test(fold(word.slice(cut)))) return word.slice(cut);
  }
  return undefined;
}
