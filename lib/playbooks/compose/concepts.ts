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
  /**
   * Words matched only when they stand alone, never as a part of a longer word: "tisch" ends
   * "fantastisch", "hund" starts "hundreds", "water" starts "waterproof".
   */
  whole?: RegExp;
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
    words: w(
      "havermelk|havremjolk|havremaelk|havremelk|mleko owsiane|mlekiem owsianym|ovesne mleko|kaurajuoma\\p{L}*|kauramaito\\p{L}*|yulaf sutu|oat milk|lait d'avoine|leche de avena|hafermilch|latte d'avena|leite de aveia",
    ),
    say: {
      en: 'the oat milk',
      fr: "le lait d'avoine",
      es: 'la leche de avena',
      de: 'Hafermilch',
      it: "il latte d'avena",
      pt: 'o leite de aveia',
    },
  },
  {
    words: w('doplat\\p{L}*|dop[lł]at\\p{L}*|toeslag|toeslagen|tillagg\\p{L}*|tillaeg\\p{L}*|priplat\\p{L}*|lisamaks\\p{L}*|surcharge'),
    say: { en: 'the extra charge', fr: 'le supplément', es: 'el suplemento', de: 'Aufpreis', it: 'il supplemento', pt: 'o suplemento' },
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
      'breakfast|petit-dejeuner|petit dejeuner|desayunos?|fruhstuck\\w*|colazione|pequeno-almoco|cafe da manha|cafe-da-manha|ontbijt|frukost|sniadanie|morgenmad\\p{L}*|snidan\\p{L}*|kahvaltı\\p{L}*|kahvalti\\p{L}*|aamiai\\p{L}*|sniadani\\p{L}*|frukosten',
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
    // Alone only: "kahvila" is a café.
    whole: w('kawy|kawe|kawka|kava|kavu|kavy|kahve|kahvesi|kahveler|kahveyi|kahvi|kahvia|kahvin|kahvit|kaffet|kaffen'),
    say: { en: 'the coffee', fr: 'le café', es: 'el café', de: 'Kaffee', it: 'il caffè', pt: 'o café' },
  },
  {
    words: w(
      'cakes?|gateaux?|pasteles?|kuchen|torte|torta|bolos?|taart|tarta|tart|tarte|ciasto|kaka|tarta\\w*|kagen|kager|kakku\\p{L}*|kakkua',
    ),
    // Alone only: "Kakerlake" (a cockroach).
    whole: w('kage|kake|kaker'),
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
    words: w(
      'desserts?|postres?|nachtisch|dolci|dolce|sobremesas?|toetje|deser|nagerecht\\p{L}*|efterratt\\p{L}*|desserten|desserter|desery|deseru|dezert\\p{L}*|jalkiruo\\p{L}*',
    ),
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
    // The free transfer or shuttle, in the languages the cross-language names come from too ("darmowym transferem").
    words: w(
      'shuttles?|shuttle-?bus\\p{L}*|navettes?|navetta|lanzaderas?|transfers?|transfert|traslados?|transferem|transferu|transferze|transfery|pendelbus\\p{L}*|flughafentransfer\\p{L}*|busje|pendelbuss\\p{L}*',
    ),
    say: { en: 'the transfer', fr: 'le transfert', es: 'el traslado', de: 'Transfer', it: 'il transfer', pt: 'o transfer' },
  },
  {
    // (Before the room and the bed: "cameriere" and "camarero" hold "camer" and "cama".)
    words: w(
      'waiters?|waitress(?:es)?|servers?|serveurs?|serveuses?|camarer[oa]s?|camerier[ei]|cameriera|kellner(?:in|innen)?|empregad[oa]s?|garcom|garcons?|ober|kelner(?:ka)?|servitor|garson\\p{L}*|servitør\\p{L}*|cisnik\\p{L}*|cisnice|tarjoilija\\p{L}*',
    ),
    say: { en: 'the waiter', fr: 'le serveur', es: 'el camarero', de: 'Kellner', it: 'il cameriere', pt: 'o empregado' },
  },
  {
    words: w(
      'rooms?|chambres?|habitacion(?:es)?|zimmer|camer[ae]|quartos?|kamer|pokoj|rummet|rommet|odası|odasi|odamız|odamiz|odalar\\p{L}*|huone\\p{L}*|pokoju|pokoje|pokoji|pokojach|hotelvaerelse\\p{L}*|sovevaerelse\\p{L}*',
    ),
    // Alone only: "tilstedeværelse" (presence).
    whole: w('vaerelse|vaerelset|vaerelser|vaerelserne'),
    say: { en: 'the room', fr: 'la chambre', es: 'la habitación', de: 'Zimmer', it: 'la camera', pt: 'o quarto' },
  },
  {
    words: w('beds?|lits?|camas?|bett|letto|bed|lozko|sang|sengene|yatak\\p{L}*|sanky\\p{L}*|sangy\\p{L}*|łozk\\p{L}*|lozka|lozku'),
    // Alone only: "passenger", "Postelein".
    whole: w('seng|senger|sengen|postel|postele|posteli|postelich'),
    say: { en: 'the bed', fr: 'le lit', es: 'la cama', de: 'Bett', it: 'il letto', pt: 'a cama' },
  },
  {
    words: w(
      'showers?|douches?|duchas?|dusche|doccia|duche|douche|prysznic|dusch|dusj\\p{L}*|bruser\\p{L}*|sprch\\p{L}*|suihku\\p{L}*|prysznic\\p{L}*|duschen',
    ),
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
    words: w('views?|vue|vista|aussicht|uitzicht|widok|utsikt|vyhled\\p{L}*|manzara\\p{L}*|udsigt\\p{L}*|utsikten'),
    // Alone only: "näkymätön" (invisible).
    whole: w('nakyma|nakymat|nakymaa|nakyman'),
    say: { en: 'the view', fr: 'la vue', es: 'las vistas', de: 'Aussicht', it: 'la vista', pt: 'a vista' },
  },
  {
    words: w(
      'pools?|piscines?|piscinas?|schwimmbad|pool|piscina|zwembad|basen|basenie|basenu|havuz\\p{L}*|uima-alla\\p{L}*|basseng\\p{L}*',
    ),
    // Alone only: "verbazend", "carpoolen".
    whole: w('bazenu|bazenem|bazeny|poolen'),
    say: { en: 'the pool', fr: 'la piscine', es: 'la piscina', de: 'Pool', it: 'la piscina', pt: 'a piscina' },
  },
  {
    words: w('wi-?fi|internet|connexion|conexion|connessione|conexao|verbindung|wlan'),
    say: { en: 'the wifi', fr: 'le wifi', es: 'el wifi', de: 'WLAN', it: 'il wifi', pt: 'o wifi' },
  },
  {
    words: w(
      'parking|aparcamiento|parkplatz|parcheggio|estacionamento|parkeren|parking|parkering\\p{L}*|parkovani|otopark\\p{L}*|pysakoin\\p{L}*|parkeerplaats\\p{L}*',
    ),
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
    words: w(
      'sizes?|tailles?|tallas?|grossen?|taglie?|tamanhos?|maat|rozmiar|storlek|størrelse\\p{L}*|storrelse|velikost\\p{L}*|rozmiar\\p{L}*|storleken',
    ),
    say: { en: 'the size', fr: 'la taille', es: 'la talla', de: 'Größe', it: 'la taglia', pt: 'o tamanho' },
  },
  {
    words: w('shoes?|chaussures?|zapatos?|schuhe?|scarpe|sapatos?|schoenen|buty|skor|skoene|ayakkab[iı]\\p{L}*|boty|botach'),
    // Alone only: "människorna", "Krankenkasse".
    whole: w('skorna|kenka|kenkaa|kenkani|kengat'),
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
    words: w(
      'staff|personnel|equipe|equipo|personal|personale|equipa|personeel|obsluga|personalen|obsług\\p{L}*|obslugi|henkilokun\\p{L}*|personalet',
    ),
    // Alone only: "personellen".
    whole: w('personel|personelu'),
    say: { en: 'the team', fr: "l'équipe", es: 'el equipo', de: 'Team', it: 'lo staff', pt: 'a equipa' },
  },
  {
    words: w(
      'prices?|prix|precios?|preise?|prezzi?o?|precos?|prijs|priset|priserna|prisene|fiyat\\p{L}*|hinta|hinnat|hintaan|hinnan|hintoja',
    ),
    // Alone only: "ztracený" (lost).
    whole: w('cenu|ceny|cenou'),
    say: { en: 'the price', fr: 'le prix', es: 'el precio', de: 'Preis', it: 'il prezzo', pt: 'o preço' },
  },
  {
    words: w(
      'delivery|livraison|envios?|entrega|lieferung|consegna|levering|dostawa|leverans|bezorging\\p{L}*|doruceni|teslimat\\p{L}*|toimitus\\p{L}*|toimituks\\p{L}*|dostaw\\p{L}*|leveransen',
    ),
    // Alone only: "overleveringen" (traditions).
    whole: w('leveringen'),
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
  // Hotels: the room's things and the building's.
  {
    words: w(
      'toilets?|restrooms?|lavator(?:y|ies)|toilettes?|toiletten|bagno|bagni|toiletje|toalet\\p{L}*|toalett\\p{L}*|toilettet|toiletter|toiletterne|tuvalet\\p{L}*',
    ),
    // Alone only: "disturbano", "atravessar".
    whole: w('wc|loo|wc-s|vessa|vessan|vessassa|vessat|vessaa|vessoja|banos?'),
    say: { en: 'the toilet', fr: 'les toilettes', es: 'el baño', de: 'Toilette', it: 'il bagno', pt: 'a casa de banho' },
  },
  {
    words: w(
      'bathrooms?|banheiros?|casa-de-banho|salle-de-bains?|badezimmer|badkamers?|łazienk\\p{L}*|lazienk\\p{L}*|łazience|lazience|badrum\\p{L}*|badevaerelse\\p{L}*|baderom\\p{L}*|koupeln\\p{L}*|banyo\\p{L}*|kylpyhuone\\p{L}*',
    ),
    say: { en: 'the bathroom', fr: 'la salle de bain', es: 'el baño', de: 'Badezimmer', it: 'il bagno', pt: 'a casa de banho' },
  },
  {
    words: w(
      'soaps?|savons?|jabon(?:es)?|seifen?|sapone|saponi|sabonetes?|sabao|mydło|mydła|mydłem|mydle|mydlo|mydla|mydlem|tvalen|saebe|saeben|sabun\\p{L}*|saippua\\p{L}*|zeepje|handzeep',
    ),
    // Alone only: "haaruitval", "zeepromenade", "sapendolo".
    whole: w('sapen|tval|zeep'),
    say: { en: 'the soap', fr: 'le savon', es: 'el jabón', de: 'Seife', it: 'il sapone', pt: 'o sabonete' },
  },
  {
    words: w(
      'towels?|toallas?|handtuch|handtucher(?:n)?|asciugamani|asciugamano|toalhas?|handdoek(?:en|je|jes)?|recznik\\p{L}*|handduk\\p{L}*|handklaede\\p{L}*|handkle\\p{L}*|handklaer\\p{L}*|rucnik\\p{L}*|havlu\\p{L}*|pyyhe|pyyhkee\\p{L}*|pyyhkei\\p{L}*',
    ),
    say: { en: 'the towels', fr: 'les serviettes', es: 'las toallas', de: 'Handtücher', it: 'gli asciugamani', pt: 'as toalhas' },
  },
  {
    words: w(
      'pillows?|oreillers?|almohadas?|kopfkissen|kissen|cuscin[oi]|almofadas?|travesseiros?|kussens|hoofdkussen\\p{L}*|poduszk\\p{L}*|poduszce|kuddar\\p{L}*|hovedpude\\p{L}*|hodepute\\p{L}*|polstar\\p{L}*|yast[iı]k\\p{L}*|yast[iı]g\\p{L}*|tyyny\\p{L}*',
    ),
    // Alone only: "putenes".
    whole: w('putene'),
    say: { en: 'the pillows', fr: 'les oreillers', es: 'las almohadas', de: 'Kissen', it: 'i cuscini', pt: 'as almofadas' },
  },
  {
    words: w(
      'bedsheets|bed sheets|sabanas|bettwasche|bettlaken|lenzuol[ao]|lencois|lencol|beddengoed|posciel\\p{L}*|przescierad\\p{L}*|lakan\\p{L}*|sangklader\\p{L}*|sengetøj\\p{L}*|sengetøy\\p{L}*|sengetoj|sengetoy|povleceni|prosteradl\\p{L}*|carsaf\\p{L}*|nevresim\\p{L}*|lakana\\p{L}*',
    ),
    // Alone only: "drapsmann", "rivierbedding", "badlakens".
    whole: w('draps|bedding|lakens'),
    say: { en: 'the sheets', fr: 'les draps', es: 'las sábanas', de: 'Bettwäsche', it: 'le lenzuola', pt: 'os lençóis' },
  },
  {
    words: w(
      'air conditioning|air-conditioning|aircon|air con|climatisation|climatiseurs?|aire acondicionado|acondicionado|klimaanlagen?|aria condizionata|condizionatori?|climatizzatori?|ar condicionado|airco|airconditioning|klimatyzac\\p{L}*|luftkonditionering\\p{L}*|aircondition\\p{L}*|klimaanlaeg\\p{L}*|klimaanlegg\\p{L}*|klimatizac\\p{L}*|ilmastoin\\p{L}*',
    ),
    say: {
      en: 'the air conditioning',
      fr: 'la climatisation',
      es: 'el aire acondicionado',
      de: 'Klimaanlage',
      it: "l'aria condizionata",
      pt: 'o ar condicionado',
    },
  },
  {
    words: w(
      'heating|chauffage|calefaccion|heizung|riscaldamento|aquecimento|verwarming|ogrzewani\\p{L}*|uppvarmning\\p{L}*|oppvarming\\p{L}*|topeni|kalorifer\\p{L}*|ısıtma\\p{L}*|isitma\\p{L}*|lammity\\p{L}*',
    ),
    // Alone only: "theater".
    whole: w('heaters?'),
    say: { en: 'the heating', fr: 'le chauffage', es: 'la calefacción', de: 'Heizung', it: 'il riscaldamento', pt: 'o aquecimento' },
  },
  {
    words: w(
      'keycards?|key cards?|clefs|llaves?|zimmerschlussel|klucz|klucza|klucze|kluczem|kluczy|kluczyk\\p{L}*|nyckel\\p{L}*|nycklar\\p{L}*|nøgle\\p{L}*|nøkkel\\p{L}*|nøkler\\p{L}*|anahtar\\p{L}*|avain|avaime\\p{L}*|schlusselkarten?|hausschlussel|autoschlussel|sleutelkaart|sleutelpas|kamersleutels?',
    ),
    // Alone only: "articles", "mischiavi", "Verschlüsselung", "sleutelfiguur".
    whole: w('cles|chiavi|keys|chaves?|schlussel|schlussels|schlusseln|klic|klice|klicem|klicu|klicek|sleutels?'),
    say: { en: 'the key', fr: 'la clé', es: 'la llave', de: 'Schlüssel', it: 'la chiave', pt: 'a chave' },
  },
  {
    // Not "reception"/"réception"/"recepción": in a shop's reviews that is the parcel's arrival.
    words: w(
      'front desk|frontdesk|rezeption|receptie|recepcj\\p{L}*|receptionen|resepsjon\\p{L}*|recepce|recepci|resepsiyon\\p{L}*|vastaanot\\p{L}*',
    ),
    say: { en: 'the reception', fr: 'la réception', es: 'la recepción', de: 'Rezeption', it: 'la reception', pt: 'a receção' },
  },
  {
    words: w('check-in|checkin|einchecken|inchecken|zameldowani\\p{L}*|incheckning\\p{L}*|indtjekning\\p{L}*|innsjekk\\p{L}*'),
    say: { en: 'the check-in', fr: 'le check-in', es: 'el check-in', de: 'Check-in', it: 'il check-in', pt: 'o check-in' },
  },
  {
    words: w('elevators?|elevatoren|ascenseurs?|ascensor(?:es)?|fahrstuhl|ascensori?e?|elevador(?:es)?|liften|windzie|asansor\\p{L}*'),
    // Alone only: "vytáhnout" (to pull out), "aufzugeben", "forklift", "windassen".
    whole: w('hiss|hissen|heis|aufzug|aufzuge|vytah|vytahu|vytahem|vytahy|heisen|lifts?|winda'),
    say: { en: 'the lift', fr: "l'ascenseur", es: 'el ascensor', de: 'Aufzug', it: "l'ascensore", pt: 'o elevador' },
  },
  {
    words: w(
      'stairs|staircase|stairway|escaliers?|escaleras?|treppen?|treppenhaus|scalinata|trappenhuis|schody|schodach|schodami|schodow|trappor|trapporna|trappene|trapperne|schodist\\p{L}*|merdiven\\p{L}*|portaat|portaita|portaissa|portaikko\\p{L}*',
    ),
    // Alone only: "refrescada", "doeltrappen".
    whole: w('trappa|trappan|escadas?|trappen'),
    say: { en: 'the stairs', fr: "l'escalier", es: 'las escaleras', de: 'Treppe', it: 'le scale', pt: 'as escadas' },
  },
  {
    words: w(
      'terraces?|patios?|terrasses?|terrazas?|terrazz[ae]|esplanadas?|terrassen|terrasje|terrasjes|terrass\\p{L}*|terasta|terası|terasi',
    ),
    // Alone only: "fronteras", "necesitarás", "terracotta".
    whole: w('terras|tarasie|tarasu|tarasem|terasa|terase|terasu|terasy|terassi|terassilla|terassin|terassille|terassia|terraco'),
    say: { en: 'the terrace', fr: 'la terrasse', es: 'la terraza', de: 'Terrasse', it: 'la terrazza', pt: 'a esplanada' },
  },
  {
    words: w(
      'jardins?|jardin(?:es)?|garten|giardin[oi]|jardim|tuintje|achtertuin|binnentuin|ogrod|ogrodzie|ogrodu|ogrodem|ogrodek|ogrodku|ogrodkiem|tradgard\\p{L}*|zahrad\\p{L}*|bahce\\p{L}*|puutarha\\p{L}*',
    ),
    // Alone only: "gardening", "dierentuin" (a zoo).
    whole: w('gardens?|tuin|tuinen'),
    say: { en: 'the garden', fr: 'le jardin', es: 'el jardín', de: 'Garten', it: 'il giardino', pt: 'o jardim' },
  },
  {
    words: w('tafeltje|tavol[oi]|tavolino|stolik\\p{L}*|stołu|stołem|stoł|poyta\\p{L}*|poyda\\p{L}*|masalar\\p{L}*|masamız|masamiz'),
    // Alone only: "acceptable", "fantastisch", "Tafelspitz".
    whole: w('tables?|mesas?|tisch|tische|tisches|bordet|stul|stolu|tafels?'),
    say: { en: 'the table', fr: 'la table', es: 'la mesa', de: 'Tisch', it: 'il tavolo', pt: 'a mesa' },
  },
  {
    words: w(
      'highchairs?|chaises?|stuhle|hochstuhl|kinderstuhl|seggiolon[ei]|kinderstoel\\p{L}*|krzesł\\p{L}*|krzesl\\p{L}*|krzeseł|krzesel|stolarna|stolene|stolerne|zidl\\p{L}*|sandalye\\p{L}*|tuoli\\p{L}*',
    ),
    // Alone only: "chairman", "Rollstuhl", "paddenstoelen", "brincadeira".
    whole: w('chairs?|stuhl|stoel|cadeiras?|stol|sillas|sedi[ae]|stolar|stoler|stoelen'),
    say: { en: 'the chairs', fr: 'les chaises', es: 'las sillas', de: 'Sitzgelegenheiten', it: 'le sedie', pt: 'as cadeiras' },
  },
  {
    words: w('leitungswasser|mineralwasser|kraanwater|bruiswater'),
    // Alone only: "waterproof", "Waterloo".
    whole: w('water|eaux?|agua|wasser|acqua|woda|wody|wodzie|vattnet|vandet|vannet|voda|vody|vodu|vesi'),
    say: { en: 'the water', fr: "l'eau", es: 'el agua', de: 'Wasser', it: "l'acqua", pt: 'a água' },
  },
  // Cafés and restaurants: what is eaten and what is paid.
  {
    words: w('menukaart|speisekarte|cardapio|meny|menyn|menyen|menuen|menukort\\p{L}*|ruokalista\\p{L}*'),
    // Alone only: "zapomenu" (I will forget), "implementa".
    whole: w('menus?|ementa'),
    say: { en: 'the menu', fr: 'le menu', es: 'la carta', de: 'Speisekarte', it: 'il menù', pt: 'a ementa' },
  },
  {
    words: w('notan|regningen|regning|rachunek|rachunku|rachunkiem|hesap|hesabı|hesabi'),
    // Alone only, the Italian bill said in another reply language ("il conto non corrispondeva").
    whole: w('conto'),
    say: { en: 'the bill', fr: "l'addition", es: 'la cuenta', de: 'Rechnung', it: 'il conto', pt: 'a conta' },
  },
  {
    words: w(
      'receipts?|recibos?|quittung|kassenbon|kassenzettel|scontrino|scontrini|ricevuta|bonnetje|kassabon|kvitto\\p{L}*|kvittering\\p{L}*|uctenk\\p{L}*|kuitti\\p{L}*',
    ),
    // Alone only: "paragonare" (to compare), "sentimentalão".
    whole: w('paragon|paragonu|paragonem|paragonie|talao'),
    say: { en: 'the receipt', fr: 'le reçu', es: 'el recibo', de: 'Beleg', it: 'lo scontrino', pt: 'o recibo' },
  },
  {
    words: w('mac-and-cheese|mac-n-cheese'),
    say: {
      en: 'the mac and cheese',
      fr: 'le mac and cheese',
      es: 'el mac and cheese',
      de: 'Mac and Cheese',
      it: 'il mac and cheese',
      pt: 'o mac and cheese',
    },
  },
  {
    words: w(
      'sausages?|saucisses?|salchichas?|wurst|wurstchen|bratwurst|salsicc\\p{L}*|linguicas?|chorizos?|kielbas\\p{L}*|worst|worstjes',
    ),
    say: { en: 'the sausage', fr: 'la saucisse', es: 'la salchicha', de: 'Wurst', it: 'la salsiccia', pt: 'a linguiça' },
  },
  {
    words: w('beans|haricots|frijoles|judias|bohnen|fagioli|feijao|feijoes|bonen|fasola'),
    say: { en: 'the beans', fr: 'les haricots', es: 'los frijoles', de: 'Bohnen', it: 'i fagioli', pt: 'o feijão' },
  },
  {
    // (Before the card payment: "cartão-presente" holds "cartao".)
    words: w(
      'gift-?cards?|gift-?vouchers?|carte-cadeau|cartes-cadeaux|cheques?-cadeaux?|bons?-cadeaux?|tarjetas?-regalo|gutscheine?|geschenkgutscheine?|buoni?-regalo|carta-regalo|cartao-presente|cartoes-presente|vale-presente|vale-oferta|cadeaubon\\p{L}*|cadeaukaart\\p{L}*|presentkort\\p{L}*',
    ),
    say: {
      en: 'the gift card',
      fr: 'la carte cadeau',
      es: 'la tarjeta regalo',
      de: 'Gutschein',
      it: 'il buono regalo',
      pt: 'o cartão-presente',
    },
  },
  {
    words: w(
      'card payments?|carte bancaire|cartes bancaires|tarjetas?|kartenzahlung|ec-karte|kreditkarte|bancomat|cartao|pinautomaat|kaartbetaling|betaalkaart|pinpas|kortbetalning\\p{L}*|kortbetaling\\p{L}*|bankkort\\p{L}*|korttimaksu\\p{L}*|platnosc karta|płatnosc karta|kredi kartı|kredi karti',
    ),
    // Alone only: "ajokortti" (a driving licence), "vogelspinnen".
    whole: w('kortti|kortilla|korttia|korttini|pinnen|kartou'),
    say: {
      en: 'the card payment',
      fr: 'le paiement par carte',
      es: 'el pago con tarjeta',
      de: 'Kartenzahlung',
      it: 'il pagamento con carta',
      pt: 'o pagamento com cartão',
    },
  },
  {
    words: w(
      'queues?|warteschlange\\p{L}*|wachtrij|kolejk\\p{L}*|kolejce|køen|køer|kuyruk\\p{L}*|kuyrug\\p{L}*|jono|jonossa|jonoa|jonot|jonotus\\p{L}*',
    ),
    // Short words: alone only.
    whole: w('kø|fronta'),
    say: { en: 'the queue', fr: "la file d'attente", es: 'la cola', de: 'Warteschlange', it: 'la coda', pt: 'a fila' },
  },
  {
    words: w(
      'wartezeit\\p{L}*|wachttijd\\p{L}*|waiting times?|czas oczekiwania|vantetid\\p{L}*|ventetid\\p{L}*|cekani|odotusaika\\p{L}*|odotusaja\\p{L}*|tempo di attesa|tiempo de espera|tempo de espera',
    ),
    say: { en: 'the wait', fr: "l'attente", es: 'la espera', de: 'Wartezeit', it: "l'attesa", pt: 'a espera' },
  },
  {
    words: w('toasts?|tostadas?|torradas?|paahtoleipa\\p{L}*'),
    say: { en: 'the toast', fr: 'le pain grillé', es: 'las tostadas', de: 'Toast', it: 'il pane tostato', pt: 'as torradas' },
  },
  {
    words: w('toasties?|tosty|tostu|tostlar\\p{L}*|tosta mista'),
    // Alone only: "příležitosti", "käytöstä".
    whole: w('tost|tostis?|tostas?'),
    say: { en: 'the toastie', fr: 'le croque-monsieur', es: 'el sándwich mixto', de: 'Toast', it: 'il toast', pt: 'a tosta mista' },
  },
  {
    words: w('jambon|jamon|schinken|prosciutto|fiambre|szynk\\p{L}*|skinka|skinkan|skinke|skinken|kinkku\\p{L}*'),
    // Alone only: "stosunku".
    whole: w('sunka|sunku|sunkou|sunky'),
    say: { en: 'the ham', fr: 'le jambon', es: 'el jamón', de: 'Schinken', it: 'il prosciutto', pt: 'o fiambre' },
  },
  {
    words: w(
      'sandwich(?:es|s)?|sarnies?|bocadillos?|bocatas?|tramezzin[oi]|sanduiches?|broodjes?|kanapk\\p{L}*|kanapce|smorgas\\p{L}*|mackan?|mackor|smørrebrød|smørbrød|sendvic\\p{L}*|sandvic\\p{L}*|voileipa\\p{L}*',
    ),
    // Alone only: "kumppanini", "faisandés".
    whole: w('panin[oi]|sandes'),
    say: { en: 'the sandwich', fr: 'le sandwich', es: 'el sándwich', de: 'Sandwich', it: 'il panino', pt: 'a sanduíche' },
  },
  {
    words: w(
      'french fries|frites|patatas fritas|papas fritas|pommes frites|patatine|batatas fritas|friet|frieten|frietjes|patatje|patatjes|frytk\\p{L}*|frytek|pomfrit\\p{L}*|hranolk\\p{L}*|patates kızartması|patates kizartmasi|ranskalaiset|ranskalaisia|ranskalaisten',
    ),
    // Alone only: "belfries", "proefritten", "microchips".
    whole: w('fries|chips|patat|fritten'),
    say: { en: 'the fries', fr: 'les frites', es: 'las patatas fritas', de: 'Pommes', it: 'le patatine fritte', pt: 'as batatas fritas' },
  },
  {
    words: w(
      'sauces?|salsas?|sugo|molhos?|sausje|sosem|sosu|sosy|sasen|sovs|sovsen|omack\\p{L}*|kastike\\p{L}*|kastikkee\\p{L}*|bratensosse|tomatensosse|pfeffersosse|grillsosse|bbq-sosse|bbq-saus|bbq-sauce',
    ),
    // Alone only: "sossegado" (quiet), "Saussure".
    whole: w('saus|sosse|sossen'),
    say: { en: 'the sauce', fr: 'la sauce', es: 'la salsa', de: 'Soße', it: 'la salsa', pt: 'o molho' },
  },
  {
    words: w('arroz|pilaf|riisi\\p{L}*'),
    // Alone only: "directrice", "ricevuto", "afprijst".
    whole: w('rice|riz|riso|pilav|pilavı|pilavi|riset|rijst'),
    say: { en: 'the rice', fr: 'le riz', es: 'el arroz', de: 'Reis', it: 'il riso', pt: 'o arroz' },
  },
  {
    words: w(
      'ice cream|ice-cream|icecream|ice creams|helados|eiscreme|eisbecher|speiseeis|eiskugel\\p{L}*|lody|lodow|glassar|iskrem\\p{L}*|zmrzlin\\p{L}*|dondurma\\p{L}*|jaatelo\\p{L}*',
    ),
    // Alone only: "spotprijsje", "booglassen".
    whole: w('ijsje|ijsjes|glassen'),
    say: { en: 'the ice cream', fr: 'la glace', es: 'el helado', de: 'Eiscreme', it: 'il gelato', pt: 'o gelado' },
  },
  {
    words: w('thee|herbat\\p{L}*|teeta'),
    // Short words: alone only.
    whole: w('tea|teas|tee|caj|cay|cha'),
    say: { en: 'the tea', fr: 'le thé', es: 'el té', de: 'Tee', it: 'il tè', pt: 'o chá' },
  },
  {
    words: w(
      'juices?|zumos?|safte|spremuta|sapje|sapjes|sokiem|dzus|meyve suyu|mehu|mehua|mehut|orangensaft|apfelsaft|sinaasappelsap|appelsap',
    ),
    // Alone only: "riassumo", "saftig" (juicy).
    whole: w('jus|succo|succhi|sumos?|sucos?|saft'),
    say: { en: 'the juice', fr: 'le jus', es: 'el zumo', de: 'Saft', it: 'il succo', pt: 'o sumo' },
  },
  {
    words: w('sugar|sucre|azucar|zucker|zucchero|acucar|suiker|cukier|cukru|cukrem|socker|sukker|cukr|sokeri\\p{L}*'),
    say: { en: 'the sugar', fr: 'le sucre', es: 'el azúcar', de: 'Zucker', it: 'lo zucchero', pt: 'o açúcar' },
  },
  {
    words: w(
      'cinnamon rolls?|cinnamon buns?|kaneelbroodjes?|kanelbull\\p{L}*|kanelsnegl\\p{L}*|kanelsnurr\\p{L}*|kanelbolle\\p{L}*|skillingsbolle\\p{L}*|zimtschnecken?|cynamonk\\p{L}*|korvapuusti\\p{L}*',
    ),
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
    words: w(
      'cardamom buns?|cardamom rolls?|kardemummabull\\p{L}*|kardemommebolle\\p{L}*|kardemommeknute\\p{L}*|kardemommesnurr\\p{L}*|kardamomschnecken?|kardemombroodjes?',
    ),
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
    words: w(
      'pastry|pastries|viennoiseries?|patisseries?|bolleria|pasticcini|pastelaria|gebakjes?|koffiebroodjes?|ciastk\\p{L}*|ciastek|drozdzowk\\p{L}*|bakelse\\p{L}*|wienerbrød\\p{L}*|leivonnai\\p{L}*',
    ),
    // Alone only: "gebakken", "Bollerwagen", "apabullar".
    whole: w('gebak|pulla|pullat|pullaa|pullia|bullar|bullarna|boller|bollerne'),
    say: { en: 'the pastries', fr: 'les viennoiseries', es: 'la bollería', de: 'Teilchen', it: 'i pasticcini', pt: 'a pastelaria' },
  },
  {
    words: w(
      'biscuits?|galletas?|platzchen|biscott[oi]|bolachas?|biscoitos?|koekjes?|ciasteczk\\p{L}*|ciasteczek|smakager|kjeks|susenk\\p{L}*|biskuvi\\p{L}*|kurabiye\\p{L}*',
    ),
    // Alone only: "pannkakor", "keksinyt" (Finnish: invented), "koekoek".
    whole: w('kekse|keks|kakor|kakorna|koek'),
    say: { en: 'the biscuits', fr: 'les biscuits', es: 'las galletas', de: 'Plätzchen', it: 'i biscotti', pt: 'as bolachas' },
  },
  {
    words: w(
      'dogs|cachorros?|hondje|hondjes|piesek|pieska|pieskiem|psiak\\p{L}*|hundar|hundene|pejsek|pejska|pejskem|kopekler\\p{L}*|koira\\p{L}*',
    ),
    // Alone only: "hundreds", "misschien", "köpekbalığı" (a shark), "perroquet".
    whole: w(
      'dog|hund|hunde|hundes|hond|honden|chiens?|cane|cani|kopek|kopegi|kopegim|kopegin|kopegimiz|kopeginiz|perros?|perritos?|psem|hunden',
    ),
    say: { en: 'the dog', fr: 'le chien', es: 'el perro', de: 'Hund', it: 'il cane', pt: 'o cão' },
  },
  // Shops: what is ordered, sent and sent back.
  {
    words: w(
      'parcels?|paquetes?|packchen|pacco|pacchi|pacotes?|pakketje|pakketjes|paczka|paczke|paczce|paczkomat\\p{L}*|paketet|zasilk\\p{L}*|kargo\\p{L}*|paketti\\p{L}*|paketin',
    ),
    // Alone only: "basispakket" (a plan), "colisión".
    whole: w('pakke|pakkene|pakker|colis|pakket|pakketten'),
    say: { en: 'the parcel', fr: 'le colis', es: 'el paquete', de: 'Paket', it: 'il pacco', pt: 'o pacote' },
  },
  {
    words: w(
      'bestellung(?:en)?|ordinazion[ei]|bestelling(?:en)?|zamowieni\\p{L}*|zamowien|bestallning\\p{L}*|bestilling\\p{L}*|objednavk\\p{L}*|objednavce|siparis\\p{L}*|tilaus|tilauks\\p{L}*',
    ),
    // Alone only: "despedido", "commandeered".
    whole: w('pedidos?|encomendas?|commandes?'),
    say: { en: 'the order', fr: 'la commande', es: 'el pedido', de: 'Bestellung', it: "l'ordine", pt: 'a encomenda' },
  },
  {
    words: w(
      'shoe ?box(?:es)?|shoeboxes|schuhkarton\\p{L}*|karton|kartons|scatol[ae]|doosje|schoenendoos|pudełk\\p{L}*|pudelk\\p{L}*|pudełek|pudelek|kartong\\p{L}*|krabic\\p{L}*|laatikko\\p{L}*|laatikon',
    ),
    // Alone only: "menneske", "korkutucu" (scary), "contactdoos" (a socket).
    whole: w('eske|esken|eskene|kutu|kutusu|kutuyu|kutunun|kutuda|kutuya|kutular|kutulari|kutuları|aeske|aesken|aeskerne|doos'),
    say: { en: 'the box', fr: 'la boîte', es: 'la caja', de: 'Karton', it: 'la scatola', pt: 'a caixa' },
  },
  {
    // A tip or service charge added to the bill.
    words: w(
      '(?:auto(?:matic)?[- ]?)?gratuity|service charge|propinas?|pourboires?|trinkgeld|mancia|gorjetas?|frais de service|fooi|napiwek|napiwku|dricks|drikkepenge|servicekosten',
    ),
    say: {
      en: 'the service charge',
      fr: 'les frais de service',
      es: 'la propina',
      de: 'Trinkgeld',
      it: 'il servizio',
      pt: 'a taxa de serviço',
    },
  },
  {
    words: w(
      'refunds?|remboursements?|reembolsos?|ruckerstattung\\p{L}*|rimbors[oi]|terugbetaling\\p{L}*|restitutie|geld terug|zwrot pieniedzy|zwrotu pieniedzy|aterbetalning\\p{L}*|refusjon\\p{L}*|tilbagebetaling\\p{L}*|tilbakebetaling\\p{L}*|vraceni penez|refundace|para iadesi|hyvity\\p{L}*',
    ),
    // Alone only: "Berichterstattung", "refusions".
    whole: w('refusion|refusionen|erstattung'),
    say: { en: 'the refund', fr: 'le remboursement', es: 'el reembolso', de: 'Rückerstattung', it: 'il rimborso', pt: 'o reembolso' },
  },
  {
    words: w(
      'devolucion(?:es)?|devolucao|devolucoes|rucksendung\\p{L}*|retoure|retouren|umtausch|restituzione|retourzending\\p{L}*|zwrot|zwrotu|zwrotem|zwroty|returen|returer|returnering\\p{L}*|vraceni|palautus|palautuk\\p{L}*',
    ),
    // Alone only: "befriade".
    whole: w('retur|iade|iadesi'),
    say: { en: 'the return', fr: 'le retour', es: 'la devolución', de: 'Rücksendung', it: 'il reso', pt: 'a devolução' },
  },
  // Apps: signing in, paying, being reminded.
  {
    words: w('log-in|inloggen|inlog|logowani\\p{L}*|inloggning\\p{L}*|innlogging\\p{L}*|prihlaseni|kirjautumi\\p{L}*'),
    // Alone only: "teknologin".
    whole: w('logins?'),
    say: { en: 'the login', fr: 'la connexion', es: 'el inicio de sesión', de: 'Login', it: "l'accesso", pt: 'o login' },
  },
  {
    words: w(
      'passwords?|contrasenas?|passwort|passworter|kennwort|palavra-passe|wachtwoord(?:en)?|hasło|hasła|hasłem|haslo|hasla|haslem|losenord\\p{L}*|adgangskode\\p{L}*|passord\\p{L}*|heslo|hesla|heslem|sifre\\p{L}*|salasana\\p{L}*',
    ),
    // Alone only: "redesenha".
    whole: w('senhas?'),
    say: { en: 'the password', fr: 'le mot de passe', es: 'la contraseña', de: 'Passwort', it: 'la password', pt: 'a palavra-passe' },
  },
  {
    words: w(
      'applications?|aplicacion(?:es)?|applicazion[ei]|aplicacao|aplicacoes|aplicativos?|applicatie|aplikac\\p{L}*|uygulama\\p{L}*|sovellus|sovelluks\\p{L}*|sovellukse\\p{L}*',
    ),
    // Alone only: "boodschappen", "apparently".
    whole: w('appen|appar'),
    say: { en: 'the app', fr: "l'application", es: 'la aplicación', de: 'App', it: "l'app", pt: 'a aplicação' },
  },
  {
    words: w(
      'actualizacion(?:es)?|aktualisierung(?:en)?|aggiornament[oi]|atualizacao|atualizacoes|actualizacao|aktualizac\\p{L}*|uppdatering\\p{L}*|opdatering\\p{L}*|oppdatering\\p{L}*|guncelleme\\p{L}*|paivity\\p{L}*',
    ),
    say: { en: 'the update', fr: 'la mise à jour', es: 'la actualización', de: 'Update', it: "l'aggiornamento", pt: 'a atualização' },
  },
  {
    words: w(
      'fehler|fehlermeldung\\p{L}*|errore|errori|fouten|foutmelding\\p{L}*|bł[ae]d|bł[ae]du|bł[ae]dy|bł[ae]dem|bledu|bledy|bledem|felet|felmeddelande\\p{L}*|fejl|fejlen|feilmelding\\p{L}*|hatası|hatasi|hatalar\\p{L}*|virhe\\p{L}*',
    ),
    // Alone only: "entierro", "Psychoterror", "feilloos".
    whole: w('erros?|errors?|erreurs?|error(?:es)?|feil'),
    say: { en: 'the error', fr: "l'erreur", es: 'el error', de: 'Fehler', it: "l'errore", pt: 'o erro' },
  },
  {
    words: w('bogues?|buggen|buggar|bugit|bugeja'),
    // Alone only: "bugiardo", "Buggenhout".
    whole: w('bugs?|bugi|bugg'),
    say: { en: 'the bug', fr: 'le bug', es: 'el fallo', de: 'Bug', it: 'il bug', pt: 'o bug' },
  },
  {
    words: w(
      'subscriptions?|abonnements?|suscripcion(?:es)?|abonnement|abbonament[oi]|subscricao|subskrypcj\\p{L}*|abonament\\p{L}*|abonnemang\\p{L}*|prenumeration\\p{L}*|predplatn\\p{L}*|abonelik\\p{L}*|abonelig\\p{L}*',
    ),
    // Short words: alone only.
    whole: w('abo|abos'),
    say: { en: 'the subscription', fr: "l'abonnement", es: 'la suscripción', de: 'Abo', it: "l'abbonamento", pt: 'a subscrição' },
  },
  {
    words: w(
      'payments?|paiements?|bezahlung|pagament[oi]|pagamentos?|betaling(?:en)?|płatnosc\\p{L}*|platnosc\\p{L}*|betalning\\p{L}*|betalingen|platba|platby|platbu|platbou|maksu|maksun|maksua|maksut|barzahlung|vorauszahlung|ruckzahlung',
    ),
    // Alone only: "Erzählung", "galápago".
    whole: w('pagos?|odeme|odemeyi|odemek|odemesi|odemeler|zahlung|zahlungen'),
    say: { en: 'the payment', fr: 'le paiement', es: 'el pago', de: 'Zahlung', it: 'il pagamento', pt: 'o pagamento' },
  },
  {
    words: w(
      'reminders?|recordatorios?|zahlungserinnerung(?:en)?|mahnung(?:en)?|promemoria|lembretes?|betalingsherinnering\\p{L}*|aanmaning\\p{L}*|przypomnieni\\p{L}*|paminnelse\\p{L}*|pamindelse\\p{L}*|upomink\\p{L}*|hatırlatma\\p{L}*|hatirlatma\\p{L}*|muistutu\\p{L}*|muistutuks\\p{L}*',
    ),
    // Alone only: "rappelons".
    whole: w('rappels?'),
    say: { en: 'the reminder', fr: 'le rappel', es: 'el recordatorio', de: 'Erinnerung', it: 'il promemoria', pt: 'o lembrete' },
  },
  {
    words: w('benutzerkonto|kundenkonto'),
    // Alone only: "accountant", "kontoret" (the office), "proiettili".
    whole: w('account|konto|kontot|kontoen|kontoet|kontem|koncie|tili|tilin|tilini|tilille'),
    say: { en: 'the account', fr: 'le compte', es: 'la cuenta', de: 'Konto', it: "l'account", pt: 'a conta' },
  },
  {
    words: w(
      'customer service|customer support|service client|servizio clienti|klantenservice|kundenservice|kundendienst|kundensupport|helpdesk|kundtjanst\\p{L}*|kundeservice\\p{L}*|supporten|zakaznicka podpora|obsługa klienta|obsluga klienta|obsługi klienta|obslugi klienta|musteri hizmetleri|asiakaspalvelu\\p{L}*',
    ),
    say: {
      en: 'the customer service',
      fr: 'le service client',
      es: 'la atención al cliente',
      de: 'Kundenservice',
      it: "l'assistenza clienti",
      pt: 'o apoio ao cliente',
    },
  },
  {
    words: w('e-mails?|courriels?|correos?|correo electronico|mailtje|mejl|mejlet|sahkoposti\\p{L}*'),
    // Alone only: "voicemail", "Mailand", "timbre-poste".
    whole: w('mail|mails|emails?|e-post|e-posten|e-posta|e-postası|e-postasi|meili|meilin|meilia|maile|maila|mailem|mailu|mailen|mailet'),
    say: { en: 'the email', fr: "l'e-mail", es: 'el correo', de: 'E-Mail', it: "l'e-mail", pt: 'o e-mail' },
  },
  {
    words: w(
      'reservations?|reservierung(?:en)?|prenotazion[ei]|reservering(?:en)?|rezerwacj\\p{L}*|bokning\\p{L}*|bookingen|reservasjon\\p{L}*|rezervac\\p{L}*|rezervasyon\\p{L}*|varaus|varauks\\p{L}*',
    ),
    // Alone only: "reservatet".
    whole: w('reservas?'),
    say: { en: 'the booking', fr: 'la réservation', es: 'la reserva', de: 'Reservierung', it: 'la prenotazione', pt: 'a reserva' },
  },
  {
    words: w('music|musique|musica|musik|musikken|musikk|muziek|muzyk\\p{L}*|hudba|hudbu|hudby|hudbou|muzik\\p{L}*|musiikki\\p{L}*'),
    say: { en: 'the music', fr: 'la musique', es: 'la música', de: 'Musik', it: 'la musica', pt: 'a música' },
  },
];

/**
 * Food and product names that read the same in every language we reply in ("brisket",
 * "croissant", "latte"): said back as they are, with the reply language's article.
 */
const SHARED_NAMES =
  /^(?:brisket|burgers?|pizzas?|risotto|tiramisu|lattes?|cappuccinos?|espressos?|flat whites?|croissants?|brownies?|cheesecake|bagels?|scones?|muffins?|cookies?|pancakes?|waffles?|ramen|sushi|tacos?|nachos|brunch|smoothies?|croque-monsieur|croque|quiche|bourguignon|burrata|mozzarella|carbonara|lasagnes?|lasagna|gnocchi|ratatouille|blanquette|cassoulet|crepes?|galettes?|macarons?|eclairs?|fondue|raclette|schnitzel|strudel|prosecco|negroni|spritz|brioche|baguettes?|espadrilles?|alpargatas?|quenelles?|tartare|tatin|cruffins?|halloumi|cobbler|tapas|paella|gelato|churros|granola|hummus|falafel|app|ipad|android|ios|pdf|csv|api)$/u;

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
  // The same things as the table above, said as it says them.
  ...(
    [
      ['トイレ', 'the toilet'],
      ['厕所', 'the toilet'],
      ['卫生间', 'the toilet'],
      ['洗手间', 'the toilet'],
      ['石鹸', 'the soap'],
      ['石けん', 'the soap'],
      ['香皂', 'the soap'],
      ['肥皂', 'the soap'],
      ['タオル', 'the towels'],
      ['毛巾', 'the towels'],
      ['枕', 'the pillows'],
      ['エアコン', 'the air conditioning'],
      ['空调', 'the air conditioning'],
      ['暖房', 'the heating'],
      ['暖气', 'the heating'],
      ['フロント', 'the reception'],
      ['受付', 'the reception'],
      ['前台', 'the reception'],
      ['チェックイン', 'the check-in'],
      ['エレベーター', 'the lift'],
      ['电梯', 'the lift'],
      ['鍵', 'the key'],
      ['钥匙', 'the key'],
      ['房卡', 'the key'],
      ['テーブル', 'the table'],
      ['桌子', 'the table'],
      ['椅子', 'the chairs'],
      ['メニュー', 'the menu'],
      ['菜单', 'the menu'],
      ['紅茶', 'the tea'],
      ['お茶', 'the tea'],
      ['ジュース', 'the juice'],
      ['果汁', 'the juice'],
      ['アイスクリーム', 'the ice cream'],
      ['冰淇淋', 'the ice cream'],
      ['犬', 'the dog'],
      ['狗', 'the dog'],
      ['注文', 'the order'],
      ['订单', 'the order'],
      ['小包', 'the parcel'],
      ['包裹', 'the parcel'],
      ['返金', 'the refund'],
      ['退款', 'the refund'],
      ['返品', 'the return'],
      ['退货', 'the return'],
      ['アプリ', 'the app'],
      ['应用', 'the app'],
      ['パスワード', 'the password'],
      ['密码', 'the password'],
      ['支払い', 'the payment'],
      ['付款', 'the payment'],
      ['予約', 'the booking'],
      ['预订', 'the booking'],
      ['音楽', 'the music'],
      ['音乐', 'the music'],
      ['駐車場', 'the parking'],
      ['停车场', 'the parking'],
    ] as const
  ).map(([word, en]) => ({ word, say: CONCEPTS.find((concept) => concept.say.en === en)?.say ?? {} })),
  // "热狗" is a hot dog, not a dog.
  {
    word: '热狗',
    say: { en: 'the hot dog', fr: 'le hot-dog', es: 'el perrito caliente', de: 'Hotdog', it: "l'hot dog", pt: 'o cachorro-quente' },
  },
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

/** "gift card", "tarjeta regalo", "carte cadeau", "mac and cheese": two or three words joined into one (folded). */
function joinedWords(text: string): string {
  return fold(text)
    .replace(/(?<![\p{L}])mac (?:and|n|&|'n'|y|et|e|und) cheese(?![\p{L}])/gu, 'mac-and-cheese')
    .replace(/(?<![\p{L}])(cafe da manha|petit dejeuner|pequeno almoco|casa de banho|salle de bain|salle de bains)(?![\p{L}])/gu, (words) =>
      words.replace(/ /gu, '-'),
    )
    .replace(
      /(?<![\p{L}])(gift|cartes?|tarjetas?|buoni|buono|carta|cartao|cartoes|vale|cheques?|bons?)\s+(cards?|vouchers?|cadeaux?|regalo|presente|oferta)(?![\p{L}])/gu,
      '$1-$2',
    );
}

/** The concept of words that name one thing together ("mac and cheese"), or undefined when the text holds none. */
export function joinedConcept(text: string, language: ReplyLanguage): string | undefined {
  return joinedWords(text) === fold(text) ? undefined : conceptPhrase(text, language);
}

/** The concept a phrase names, said in `language`, or undefined. Longer words are tried first. */
export function conceptPhrase(text: string, language: ReplyLanguage): string | undefined {
  const joined = joinedWords(text);
  const words = (joined.match(/[\p{L}-]+/gu) ?? []).filter((word) => word.length >= 2);
  // "btw-instellingen": a hyphened compound names its parts too, after the whole.
  const withParts = words.flatMap((word) => (word.includes('-') ? [word, ...word.split('-').filter((part) => part.length >= 2)] : [word]));
  for (const word of withParts) {
    const concept = CONCEPTS.find((c) => c.words.test(word) || c.whole?.test(word));
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
  const pair = `${fold(first)} ${fold(second)}`;
  return CONCEPTS.find((c) => c.words.test(pair) || c.whole?.test(pair))?.say[language];
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

/**
 * Clear praise and clear trouble in the languages the cross-language names come from but the
 * reading's word lists do not cover (Dutch, Polish, Swedish, Danish, Norwegian, Czech, Turkish,
 * Finnish; folded text): "Kawa dobra, ciasto też ok" must not be apologised for in a complaint,
 * "koffie was lekker" not named in it. A negation counts as trouble ("niet lekker", "nie była dobra").
 */
export const PRAISE_ELSEWHERE =
  /(?<![\p{L}])(?:lekker\p{L}*|heerlijk\p{L}*|goed|goede|prima|mooi\p{L}*|vriendelijk\p{L}*|aanrader|geweldig\p{L}*|gezellig\p{L}*|uitstekend\p{L}*|dobr[aeyo]|dobrze|pyszn\p{L}*|smaczn\p{L}*|swietn\p{L}*|polecam|mi[lł][aeyo]|wspania[lł]\p{L}*|fajn\p{L}*|ok|okej|god|gott|goda|gode|godt|bra|trevlig\p{L}*|mysig\p{L}*|underbar\p{L}*|harlig\p{L}*|utmarkt|laekker\p{L}*|hyggelig\p{L}*|anbefal\p{L}*|dejlig\p{L}*|deilig\p{L}*|venlig\p{L}*|vennlig\p{L}*|vyborn\p{L}*|skvel\p{L}*|doporucuj\p{L}*|prijemn\p{L}*|chutn[aeyoý]\p{L}*|guzel|harika|lezzetli|mukemmel|tavsiye|hyva\p{L}*|herkullinen|ihana\p{L}*|loistava\p{L}*|suosittelen|super|perfe[ck]t\p{L}*|fantasti\p{L}*)(?![\p{L}])/u;

export const TROUBLE_ELSEWHERE =
  /(?<![\p{L}])(?:niet|geen|slecht\p{L}*|koud\p{L}*|vies\p{L}*|smerig\p{L}*|duur|traag|onbeleefd\p{L}*|teleurgesteld|teleurstellend|jammer|droog|aangebrand|kapot|nie|niestety|zimn\p{L}*|niedobr\p{L}*|drogo|brudn\p{L}*|rozczarow\p{L}*|zle|s[lł]ab\p{L}*|naciag\p{L}*|inte|dalig\p{L}*|kall|kallt|dyrt?|smutsig\p{L}*|tyvarr|besviken|otrevlig\p{L}*|ikke|darlig\p{L}*|kold|kald|desvaerre|dessverre|skuffet|uvenlig|beskidt|skitten|ne|spatn\p{L}*|studen\p{L}*|bohuzel|zklam\p{L}*|nechutn\p{L}*|spinav\p{L}*|kotu|soguk|pahal\p{L}*|maalesef|berbat|kirli|huono\p{L}*|kylma\p{L}*|kallis|valitettavasti|pettynyt|ei)(?![\p{L}])/u;

/** Where a sentence turns in those languages and ours ("Koffie was lekker maar de taart was oud"): each side is weighed alone. */
export const TURN_ELSEWHERE = /\s*,?\s+(?:but|maar|men|ale|jednak|ama|fakat|mutta|mais|pero|aber|ma|mas|vsak|však)(?![\p{L}])\s*/iu;

/** Greetings that hold a praise word ("Dzień dobry", "goedemorgen", "god morgon"): not praise (folded). */
const GREETING_ELSEWHERE =
  /(?<![\p{L}])(?:dzien dobry|dobry wieczor|dobry den|dobre rano|goedemorgen|goedemiddag|goedenavond|goedendag|goede(?:n)? (?:morgen|middag|avond|dag)|god (?:morgon|dag|kvall|middag|jul|aften)|godmorgen|goddag|godt nytt ar|iyi gunler|iyi aksamlar|hyvaa (?:paivaa|huomenta|iltaa))(?![\p{L}])/gu;

/**
 * Something that went wrong, said in one of those languages (folded): the trouble words without a
 * bare negation (a question is often put negatively: "Nie macie wersji bez glutenu?"), money taken
 * twice, no answer, still nothing.
 */
const GRIEVANCE_ELSEWHERE =
  /(?<![\p{L}])(?:kall|kallt|kalla|kold|kolde|kald|kalde|studen\p{L}*|soguk|kylma\p{L}*|slecht\p{L}*|koud\p{L}*|vies\p{L}*|smerig\p{L}*|onbeleefd\p{L}*|teleurgesteld|teleurstellend|aangebrand|kapot|leeg|lege|niestety|zimn\p{L}*|niedobr\p{L}*|brudn\p{L}*|rozczarow\p{L}*|naciag\p{L}*|dalig\p{L}*|smutsig\p{L}*|tyvarr|besviken|otrevlig\p{L}*|darlig\p{L}*|desvaerre|dessverre|skuffet|uvenlig|beskidt|skitten|spatn\p{L}*|bohuzel|zklam\p{L}*|nechutn\p{L}*|spinav\p{L}*|kotu|maalesef|berbat|kirli|huono\p{L}*|valitettavasti|pettynyt|dwa razy|dwukrotnie|twee keer|dubbel betaald|tva ganger|to gange|to ganger|dvakrat|iki kez|kahdesti|kaksi kertaa|geen (?:antwoord|reactie)|brak odpowiedzi|bez odpowiedzi|inget svar|intet svar|ingen svar|zadna odpoved|cevap (?:yok|vermedi)|ei vastausta|nog steeds (?:geen|niet)|nadal nie|fortfarande (?:inget|ingen|inte)|stadig (?:ingen|ikke)|stale (?:nic|zadn)|hala (?:yok|gelmedi)|nikt nie (?:wiedzia[lł]\p{L}*|odpowiedzia[lł]\p{L}*|przyszed[lł]|przyjecha[lł]|oddzwoni[lł])|czeka[lł]\p{L}*|niemand (?:wist|kwam|reageerde|nam op)|moesten (?:\p{L}+ )?wachten|vantade|ingen (?:visste|kom|svarade))(?![\p{L}])/u;

/** Whether a text in one of those languages tells of something that went wrong, with no praise beside it. */
export function grievanceElsewhere(text: string): boolean {
  const folded = fold(text).replace(GREETING_ELSEWHERE, ' ');
  return GRIEVANCE_ELSEWHERE.test(folded) && !PRAISE_ELSEWHERE.test(folded);
}

/** Proof kept of what happened, in those languages (folded): a confirmation, a screenshot, a photo. */
export const EVIDENCE_ELSEWHERE =
  /(?<![\p{L}])(?:potwierdzeni\p{L}*|bevestiging\p{L}*|bekraftelse\p{L}*|bekraeftelse\p{L}*|bekreftelse\p{L}*|potvrzeni\p{L}*|onay\p{L}*|vahvistu\p{L}*|screenshot\p{L}*|zrzut\p{L}*|skarmdump\p{L}*|kuvakaappau\p{L}*|dekont\p{L}*|wyciag\p{L}*|afschrift\p{L}*)(?![\p{L}])/u;
