import type { ReplyLanguage } from './point-phrases';

/**
 * A profile's fact said in the reply's language: "Free shuttle from Lugano station on request" →
 * „Kostenloser Shuttle vom Bahnhof Lugano auf Anfrage“. A person answering a German guest from
 * English notes says it in German; a quoted English line labelled "(auf Englisch)" is an edit
 * before posting.
 *
 * Facts are short notes (hours, booking, delivery, returns, prices), written in the words every
 * small business uses, so they are said again phrase by phrase from a glossary of those words,
 * with numbers, times, prices, links and names kept as they are. All or nothing: a fact is said
 * in the reply's language only when every word of it is covered; otherwise `undefined`, and the
 * reply quotes it as written with its language named. No guesswork, no half-translated line.
 */
type Target = readonly [en: string, fr: string, de: string, es: string, it: string, pt: string];
type Source = Partial<Record<'en' | 'fr' | 'es', string>>;

const INDEX: Record<ReplyLanguage, number> = { en: 0, fr: 1, de: 2, es: 3, it: 4, pt: 5 };

/** A number, a time, a range of them or a price ("7:00–21:00", "12h30", "€9", "50 €", "CHF 25", "5–7", "3–6pm"). */
const NUM = String.raw`(?:CHF\s?|€\s?|\$|£)?\d+(?:[.,:h]\d+)?(?:\s?(?:am|pm|h))?(?:\s?[–-]\s?\d+(?:[.,:h]\d+)?(?:\s?(?:am|pm|h))?)?(?:\s?€)?`;
/** A name: a capitalised word or a brand spelled with capitals inside ("iOS", "MB Way", "Vieux-Lille", "Presqu'île"). */
const NAME = String.raw`(?:\p{Lu}[\p{L}'’-]*|\p{Ll}+\p{Lu}[\p{L}]*)(?:\s(?:\p{Lu}[\p{L}'’-]*))?`;

/**
 * The glossary: what a fact says, in the languages facts are written in (en, fr, es), and how
 * each reply language says it. `{1}` is the first captured group, kept as written; `{1*}` is said
 * again in the reply's language too (a list of names joined by "and").
 */
const PHRASES: readonly [Source, Target][] = [
  // Days and times.
  [
    { en: 'every day', fr: 'tous les jours', es: 'todos los d[ií]as' },
    ['every day', 'tous les jours', 'täglich', 'todos los días', 'tutti i giorni', 'todos os dias'],
  ],
  [
    { en: 'mon(?:day)?\\s?[–-]\\s?fri(?:day)?', fr: 'du lundi au vendredi', es: 'de lunes a viernes' },
    ['Monday to Friday', 'du lundi au vendredi', 'Montag bis Freitag', 'de lunes a viernes', 'dal lunedì al venerdì', 'de segunda a sexta'],
  ],
  [
    { en: 'sat(?:urday)?\\s?[–-]\\s?sun(?:day)?', fr: 'samedi et dimanche', es: 's[aá]bados? y domingos?' },
    ['Saturday and Sunday', 'samedi et dimanche', 'Samstag und Sonntag', 'sábados y domingos', 'sabato e domenica', 'sábado e domingo'],
  ],
  [
    { en: 'tue(?:sday)?\\s?[–-]\\s?sun(?:day)?', fr: 'du mardi au dimanche', es: 'de martes a domingo' },
    [
      'Tuesday to Sunday',
      'du mardi au dimanche',
      'Dienstag bis Sonntag',
      'de martes a domingo',
      'dal martedì alla domenica',
      'de terça a domingo',
    ],
  ],
  [
    { en: 'tue(?:sday)?\\s?[–-]\\s?fri(?:day)?', fr: 'du mardi au vendredi', es: 'de martes a viernes' },
    [
      'Tuesday to Friday',
      'du mardi au vendredi',
      'Dienstag bis Freitag',
      'de martes a viernes',
      'dal martedì al venerdì',
      'de terça a sexta',
    ],
  ],
  [
    { en: 'closed (?:on )?mondays', fr: 'ferm[ée] le lundi', es: 'cerrado los lunes' },
    ['closed on Mondays', 'fermé le lundi', 'montags geschlossen', 'cerrado los lunes', 'chiuso il lunedì', 'fechado à segunda-feira'],
  ],
  [
    { en: 'on sundays', fr: 'le dimanche', es: 'los domingos' },
    ['on Sundays', 'le dimanche', 'sonntags', 'los domingos', 'la domenica', 'ao domingo'],
  ],
  [
    { en: 'reception open 24 hours', fr: 'r[ée]ception ouverte 24 ?h ?/ ?24', es: 'recepci[oó]n abierta 24 horas' },
    [
      'reception open 24 hours',
      'réception ouverte 24 h/24',
      'Rezeption rund um die Uhr geöffnet',
      'recepción abierta las 24 horas',
      'reception aperta 24 ore su 24',
      'receção aberta 24 horas',
    ],
  ],
  [
    { en: 'open 24 hours', fr: 'ouvert 24 ?h ?/ ?24', es: 'abierto 24 horas' },
    ['open 24 hours', 'ouvert 24 h/24', 'rund um die Uhr geöffnet', 'abierto las 24 horas', 'aperto 24 ore su 24', 'aberto 24 horas'],
  ],
  [{ en: 'open', fr: 'ouverts?', es: 'abiertos?' }, ['open', 'ouverts', 'geöffnet', 'abiertos', 'aperti', 'abertos']],
  [{ en: 'CET' }, ['CET', 'CET', 'MEZ', 'CET', 'CET', 'CET']],
  [
    { en: 'we answer within one business day', fr: 'nous r[ée]pondons sous un jour ouvr[ée]', es: 'respondemos en un d[ií]a laborable' },
    [
      'we answer within one business day',
      'nous répondons sous un jour ouvré',
      'wir antworten innerhalb eines Werktags',
      'respondemos en un día laborable',
      'rispondiamo entro un giorno lavorativo',
      'respondemos no prazo de um dia útil',
    ],
  ],
  // Hotels.
  [
    { en: 'check-in from', fr: 'arriv[ée]e (?:[àa] partir de|d[èe]s)', es: 'entrada a partir de las' },
    ['check-in from', 'arrivée à partir de', 'Check-in ab', 'entrada a partir de las', 'check-in dalle', 'check-in a partir das'],
  ],
  [
    { en: 'check-out (?:until|by)', fr: "d[ée]part jusqu'[àa]", es: 'salida hasta las' },
    ['check-out until', 'départ jusqu’à', 'Check-out bis', 'salida hasta las', 'check-out entro le', 'check-out até às'],
  ],
  [
    { en: 'free cancellation', fr: 'annulation gratuite', es: 'cancelaci[oó]n gratuita' },
    [
      'free cancellation',
      'annulation gratuite',
      'kostenlose Stornierung',
      'cancelación gratuita',
      'cancellazione gratuita',
      'cancelamento gratuito',
    ],
  ],
  [
    {
      en: 'up to (\\d+) hours before arrival',
      fr: "jusqu'[àa] (\\d+) heures avant l'arriv[ée]e",
      es: 'hasta (\\d+) horas antes de la llegada',
    },
    [
      'up to {1} hours before arrival',
      'jusqu’à {1} heures avant l’arrivée',
      'bis {1} Stunden vor der Anreise',
      'hasta {1} horas antes de la llegada',
      'fino a {1} ore prima dell’arrivo',
      'até {1} horas antes da chegada',
    ],
  ],
  [
    { en: 'breakfast buffet', fr: 'petit-d[ée]jeuner (?:buffet|en buffet)', es: 'desayuno (?:buf[ée]|buffet)' },
    ['breakfast buffet', 'petit-déjeuner buffet', 'Frühstücksbuffet', 'desayuno bufé', 'colazione a buffet', 'pequeno-almoço buffet'],
  ],
  [
    { en: 'included in most rates', fr: 'inclus dans la plupart des tarifs', es: 'incluido en la mayor[ií]a de las tarifas' },
    [
      'included in most rates',
      'inclus dans la plupart des tarifs',
      'in den meisten Tarifen inbegriffen',
      'incluido en la mayoría de las tarifas',
      'inclusa nella maggior parte delle tariffe',
      'incluído na maioria das tarifas',
    ],
  ],
  [
    { en: 'underground garage', fr: 'parking souterrain', es: 'garaje subterr[aá]neo' },
    ['underground garage', 'parking souterrain', 'Tiefgarage', 'garaje subterráneo', 'garage sotterraneo', 'garagem subterrânea'],
  ],
  [{ en: '(?:per|a) night', fr: 'par nuit', es: 'por noche' }, ['per night', 'par nuit', 'pro Nacht', 'por noche', 'a notte', 'por noite']],
  [{ en: 'spa', fr: 'spa', es: 'spa' }, ['spa', 'spa', 'Spa', 'spa', 'spa', 'spa']],
  [
    { en: 'indoor pool', fr: 'piscine int[ée]rieure', es: 'piscina cubierta' },
    ['indoor pool', 'piscine intérieure', 'Hallenbad', 'piscina cubierta', 'piscina coperta', 'piscina interior'],
  ],
  [
    { en: 'free for hotel guests', fr: "gratuits? pour les clients de l'h[ôo]tel", es: 'gratis para los hu[ée]spedes' },
    [
      'free for hotel guests',
      'gratuits pour les clients de l’hôtel',
      'kostenlos für Hotelgäste',
      'gratis para los huéspedes del hotel',
      'gratuiti per gli ospiti dell’hotel',
      'grátis para os hóspedes do hotel',
    ],
  ],
  [
    { en: 'dogs welcome', fr: 'chiens bienvenus', es: 'perros bienvenidos' },
    ['dogs welcome', 'chiens bienvenus', 'Hunde willkommen', 'perros bienvenidos', 'cani benvenuti', 'cães bem-vindos'],
  ],
  [
    { en: 'free shuttle', fr: 'navette gratuite', es: 'traslado gratuito' },
    ['free shuttle', 'navette gratuite', 'kostenloser Shuttle', 'traslado gratuito', 'navetta gratuita', 'transfer gratuito'],
  ],
  [
    { en: `from (${NAME}) (?:train )?station`, fr: `depuis la gare de (${NAME})`, es: `desde la estaci[oó]n de (${NAME})` },
    [
      'from {1} station',
      'depuis la gare de {1}',
      'vom Bahnhof {1}',
      'desde la estación de {1}',
      'dalla stazione di {1}',
      'da estação de {1}',
    ],
  ],
  [
    { en: 'on request', fr: 'sur demande', es: '(?:bajo|a) petici[oó]n' },
    ['on request', 'sur demande', 'auf Anfrage', 'bajo petición', 'su richiesta', 'mediante pedido'],
  ],
  // Booking and contact.
  [{ en: 'book', fr: 'r[ée]servation', es: 'reservas?' }, ['booking', 'réservation', 'Buchung', 'reservas', 'prenotazione', 'reservas']],
  [
    { en: 'on our (?:website|site)', fr: 'sur notre site', es: 'en nuestra (?:web|p[aá]gina web)' },
    ['on our website', 'sur notre site', 'über unsere Website', 'en nuestra web', 'sul nostro sito', 'no nosso site'],
  ],
  [
    { en: 'from our (?:website|site)', fr: 'depuis notre site', es: 'desde nuestra web' },
    ['from our website', 'depuis notre site', 'über unsere Website', 'desde nuestra web', 'dal nostro sito', 'a partir do nosso site'],
  ],
  [{ en: 'online', fr: 'en ligne', es: 'online|en l[ií]nea' }, ['online', 'en ligne', 'online', 'online', 'online', 'online']],
  [
    { en: 'by (?:phone|telephone)', fr: 'par t[ée]l[ée]phone', es: 'por tel[ée]fono' },
    ['by phone', 'par téléphone', 'telefonisch', 'por teléfono', 'per telefono', 'por telefone'],
  ],
  [
    { en: 'by e-?mail', fr: 'par e-?mail|par courriel', es: 'por (?:e-?mail|correo(?: electr[oó]nico)?)' },
    ['by email', 'par e-mail', 'per E-Mail', 'por correo electrónico', 'via e-mail', 'por e-mail'],
  ],
  [
    {
      en: 'groups of (\\d+) or more',
      fr: '(?:les )?groupes (?:[àa] partir de|d[èe]s) (\\d+) personnes',
      es: 'grupos (?:a partir de|desde) (\\d+) personas',
    },
    [
      'groups of {1} or more',
      'groupes à partir de {1} personnes',
      'Gruppen ab {1} Personen',
      'grupos a partir de {1} personas',
      'gruppi da {1} persone in su',
      'grupos a partir de {1} pessoas',
    ],
  ],
  // Shops and delivery.
  [{ en: 'delivery', fr: 'livraison', es: 'env[ií]os?' }, ['delivery', 'livraison', 'Lieferung', 'envío', 'consegna', 'entrega']],
  [
    {
      en: `free (?:shipping|delivery) (?:on orders )?(?:over|from) (${NUM}) to`,
      fr: `livraison gratuite (?:d[èe]s|[àa] partir de) (${NUM}) vers`,
      es: `env[ií]o gratis desde (${NUM}) a`,
    },
    [
      'free delivery on orders over {1} to',
      'livraison gratuite dès {1} vers',
      'kostenloser Versand ab {1} nach',
      'envío gratis desde {1} a',
      'spedizione gratuita da {1} verso',
      'envio grátis a partir de {1} para',
    ],
  ],
  [
    { en: 'mainland spain', fr: 'espagne p[ée]ninsulaire|espagne continentale', es: 'espa[ñn]a peninsular' },
    ['mainland Spain', 'Espagne péninsulaire', 'Festland-Spanien', 'España peninsular', 'Spagna peninsulare', 'Espanha continental'],
  ],
  [{ en: 'portugal', fr: 'portugal', es: 'portugal' }, ['Portugal', 'Portugal', 'Portugal', 'Portugal', 'Portogallo', 'Portugal']],
  [{ en: 'switzerland', fr: 'suisse', es: 'suiza' }, ['Switzerland', 'Suisse', 'Schweiz', 'Suiza', 'Svizzera', 'Suíça']],
  [{ en: 'spain', fr: 'espagne', es: 'espa[ñn]a' }, ['Spain', 'Espagne', 'Spanien', 'España', 'Spagna', 'Espanha']],
  [
    { en: 'the canary and balearic islands', fr: 'canaries et bal[ée]ares', es: 'canarias y baleares' },
    [
      'the Canary and Balearic Islands',
      'Canaries et Baléares',
      'Kanaren und Balearen',
      'Canarias y Baleares',
      'Canarie e Baleari',
      'Canárias e Baleares',
    ],
  ],
  [
    { en: `in (${NUM}) (?:working|business) days`, fr: `en (${NUM}) jours ouvr[ée]s`, es: `en (${NUM}) d[ií]as (?:laborables|h[aá]biles)` },
    [
      'in {1} working days',
      'en {1} jours ouvrés',
      'in {1} Werktagen',
      'en {1} días laborables',
      'in {1} giorni lavorativi',
      'em {1} dias úteis',
    ],
  ],
  [
    { en: `in (${NUM}) days`, fr: `en (${NUM}) jours`, es: `en (${NUM}) d[ií]as` },
    ['in {1} days', 'en {1} jours', 'in {1} Tagen', 'en {1} días', 'in {1} giorni', 'em {1} dias'],
  ],
  [
    { en: `for (${NUM}) days`, fr: `pendant (${NUM}) jours`, es: `durante (${NUM}) d[ií]as` },
    ['for {1} days', 'pendant {1} jours', '{1} Tage lang', 'durante {1} días', 'per {1} giorni', 'durante {1} dias'],
  ],
  [
    { en: 'free exchanges and returns', fr: '[ée]changes et retours gratuits', es: 'cambios y devoluciones gratis' },
    [
      'free exchanges and returns',
      'échanges et retours gratuits',
      'kostenloser Umtausch und Rückversand',
      'cambios y devoluciones gratis',
      'cambi e resi gratuiti',
      'trocas e devoluções grátis',
    ],
  ],
  [
    { en: 'the refund arrives', fr: 'le remboursement arrive', es: 'el reembolso llega' },
    [
      'the refund arrives',
      'le remboursement arrive',
      'die Erstattung kommt',
      'el reembolso llega',
      'il rimborso arriva',
      'o reembolso chega',
    ],
  ],
  [
    {
      en: 'from when we receive the parcel|once we receive the parcel',
      fr: 'apr[èe]s r[ée]ception du colis',
      es: 'desde que recibimos el paquete',
    },
    [
      'from when we receive the parcel',
      'après réception du colis',
      'nach Eingang des Pakets bei uns',
      'desde que recibimos el paquete',
      'da quando riceviamo il pacco',
      'depois de recebermos a encomenda',
    ],
  ],
  [
    { en: `sizes (${NUM})`, fr: `tailles (${NUM})`, es: `tallas (${NUM})` },
    ['sizes {1}', 'tailles {1}', 'Größen {1}', 'tallas {1}', 'taglie {1}', 'tamanhos {1}'],
  ],
  [
    {
      en: "if you(?:'re| are) between two sizes,? (?:choose|go for|pick) the (?:larger|bigger)(?: one)?",
      fr: 'si vous h[ée]sitez entre deux tailles,? (?:prenez|choisissez) la plus grande',
      es: 'si dudas entre dos tallas,? elige la mayor',
    },
    [
      'if you’re between two sizes, choose the larger one',
      'si vous hésitez entre deux tailles, prenez la plus grande',
      'wenn Sie zwischen zwei Größen schwanken, nehmen Sie die größere',
      'si dudas entre dos tallas, elige la mayor',
      'se sei indeciso tra due taglie, scegli la più grande',
      'se estiver entre dois tamanhos, escolha o maior',
    ],
  ],
  [{ en: 'card', fr: 'carte(?: bancaire)?', es: 'tarjeta' }, ['card', 'carte bancaire', 'Karte', 'tarjeta', 'carta', 'cartão']],
  [
    { en: `we also sell on (${NAME})`, fr: `nous vendons aussi sur (${NAME})`, es: `tambi[ée]n vendemos en (${NAME})` },
    [
      'we also sell on {1}',
      'nous vendons aussi sur {1}',
      'wir verkaufen auch auf {1}',
      'también vendemos en {1}',
      'vendiamo anche su {1}',
      'também vendemos na {1}',
    ],
  ],
  [
    {
      en: `(${NAME}) orders are returned (?:through|via) (?:${NAME})`,
      fr: `les commandes (${NAME}) se retournent via (?:${NAME})`,
      es: `los pedidos de (${NAME}) se devuelven desde (?:${NAME})`,
    },
    [
      '{1} orders are returned through {1}',
      'les commandes {1} se retournent via {1}',
      '{1}-Bestellungen werden über {1} zurückgeschickt',
      'los pedidos de {1} se devuelven desde {1}',
      'gli ordini {1} si restituiscono tramite {1}',
      'as encomendas da {1} devolvem-se pela {1}',
    ],
  ],
  [
    { en: 'customer service', fr: 'service client', es: 'atenci[oó]n al cliente' },
    ['customer service', 'service client', 'Kundenservice', 'atención al cliente', 'servizio clienti', 'apoio ao cliente'],
  ],
  // Restaurants.
  [{ en: 'brunch', fr: 'brunch', es: 'brunch' }, ['brunch', 'brunch', 'Brunch', 'brunch', 'brunch', 'brunch']],
  [
    {
      en: 'takeaway in all our restaurants',
      fr: 'vente [àa] emporter dans tous nos restaurants',
      es: 'para llevar en todos nuestros restaurantes',
    },
    [
      'takeaway in all our restaurants',
      'vente à emporter dans tous nos restaurants',
      'zum Mitnehmen in allen unseren Restaurants',
      'para llevar en todos nuestros restaurantes',
      'da asporto in tutti i nostri ristoranti',
      'para levar em todos os nossos restaurantes',
    ],
  ],
  [
    {
      en: '(?:a dish not right for you|not happy with a dish)\\s?\\?',
      fr: 'un plat ne vous convient pas\\s?\\?',
      es: '¿?(?:un plato no te convence|no te convence un plato)\\s?\\?',
    },
    [
      'Not happy with a dish?',
      'Un plat ne vous convient pas ?',
      'Ein Gericht sagt Ihnen nicht zu?',
      '¿Un plato no te convence?',
      'Un piatto non vi convince?',
      'Um prato não o convence?',
    ],
  ],
  [
    { en: 'tell (?:the staff|your server)', fr: 'dites-le en salle', es: 'd[ií]selo al camarero' },
    ['tell the staff', 'dites-le en salle', 'sagen Sie es dem Service', 'díselo al camarero', 'ditelo in sala', 'diga-o ao empregado'],
  ],
  [
    {
      en: "we(?:'ll| will) replace it or take it off the bill",
      fr: "nous le rempla[çc]ons ou le retirons de l'addition",
      es: 'lo cambiamos o lo quitamos de la cuenta',
    },
    [
      'we’ll replace it or take it off the bill',
      'nous le remplaçons ou le retirons de l’addition',
      'wir ersetzen es oder nehmen es von der Rechnung',
      'lo cambiamos o lo quitamos de la cuenta',
      'lo sostituiamo o lo togliamo dal conto',
      'substituímo-lo ou tiramo-lo da conta',
    ],
  ],
  [
    {
      en: `gift cards from (${NUM}) to (${NUM})`,
      fr: `cartes? cadeaux? de (${NUM}) [àa] (${NUM})`,
      es: `tarjetas regalo de (${NUM}) a (${NUM})`,
    },
    [
      'gift cards from {1} to {2}',
      'cartes cadeaux de {1} à {2}',
      'Geschenkgutscheine von {1} bis {2}',
      'tarjetas regalo de {1} a {2}',
      'carte regalo da {1} a {2}',
      'cartões-presente de {1} a {2}',
    ],
  ],
  [
    { en: 'valid for (?:one|a) year', fr: 'valables? (?:un an|une ann[ée]e)', es: 'v[aá]lidas? (?:un|durante un) a[ñn]o' },
    ['valid for one year', 'valables un an', 'ein Jahr gültig', 'válidas un año', 'valide un anno', 'válidos um ano'],
  ],
  [
    { en: 'in (?:our|the) restaurants?', fr: 'en restaurant', es: 'en (?:el|nuestros) restaurantes?' },
    [
      'in our restaurants',
      'en restaurant',
      'in unseren Restaurants',
      'en nuestros restaurantes',
      'nei nostri ristoranti',
      'nos nossos restaurantes',
    ],
  ],
  [{ en: 'at least', fr: 'au moins', es: 'al menos' }, ['at least', 'au moins', 'mindestens', 'al menos', 'almeno', 'pelo menos']],
  [
    { en: 'one vegetarian (?:dish|main)', fr: 'un plat v[ée]g[ée]tarien', es: 'un plato vegetariano' },
    [
      'one vegetarian dish',
      'un plat végétarien',
      'ein vegetarisches Gericht',
      'un plato vegetariano',
      'un piatto vegetariano',
      'um prato vegetariano',
    ],
  ],
  [
    { en: 'one gluten-free dessert', fr: 'un dessert sans gluten', es: 'un postre sin gluten' },
    [
      'one gluten-free dessert',
      'un dessert sans gluten',
      'ein glutenfreies Dessert',
      'un postre sin gluten',
      'un dolce senza glutine',
      'uma sobremesa sem glúten',
    ],
  ],
  [
    { en: 'on every menu', fr: '[àa] chaque carte', es: 'en cada carta' },
    ['on every menu', 'à chaque carte', 'auf jeder Karte', 'en cada carta', 'in ogni menù', 'em cada carta'],
  ],
  [{ en: `in (${NAME})`, fr: `[àa] (${NAME})`, es: `en (${NAME})` }, ['in {1}', 'à {1}', 'in {1}', 'en {1}', 'a {1}', 'em {1}']],
  // Apps.
  [{ en: 'support', fr: 'support', es: 'soporte' }, ['support', 'support', 'Support', 'soporte', 'assistenza', 'apoio']],
  [
    { en: 'book a free (\\d+)-minute onboarding call at' },
    [
      'book a free {1}-minute onboarding call at',
      'appel de prise en main gratuit de {1} minutes, à réserver sur',
      'kostenloses {1}-minütiges Onboarding-Gespräch, buchbar unter',
      'llamada de bienvenida gratuita de {1} minutos, con reserva en',
      'chiamata di onboarding gratuita di {1} minuti, da prenotare su',
      'chamada de boas-vindas gratuita de {1} minutos, a marcar em',
    ],
  ],
  [
    { en: 'cancel any time (?:under|in)' },
    [
      'cancel any time under',
      'résiliable à tout moment dans',
      'jederzeit kündbar unter',
      'cancelable en cualquier momento en',
      'disdicibile in qualsiasi momento in',
      'cancelável a qualquer momento em',
    ],
  ],
  [
    { en: 'full refund within (\\d+) days of (?:a|the) payment' },
    [
      'full refund within {1} days of a payment',
      'remboursement intégral dans les {1} jours suivant un paiement',
      'volle Erstattung innerhalb von {1} Tagen nach einer Zahlung',
      'reembolso completo en los {1} días siguientes a un pago',
      'rimborso completo entro {1} giorni da un pagamento',
      'reembolso total até {1} dias após um pagamento',
    ],
  ],
  [
    { en: 'free for up to (\\d+) (?:clients|customers)' },
    [
      'free for up to {1} clients',
      'gratuit jusqu’à {1} clients',
      'kostenlos für bis zu {1} Kunden',
      'gratis hasta {1} clientes',
      'gratuito fino a {1} clienti',
      'grátis até {1} clientes',
    ],
  ],
  [{ en: '(?:a|per) month' }, ['a month', 'par mois', 'im Monat', 'al mes', 'al mese', 'por mês']],
  [{ en: '(?:a|per) year' }, ['a year', 'par an', 'im Jahr', 'al año', 'all’anno', 'por ano']],
  [
    { en: `is free for (${NUM}) days`, fr: `est gratuit pendant (${NUM}) jours`, es: `es gratis durante (${NUM}) d[ií]as` },
    [
      'is free for {1} days',
      'est gratuit pendant {1} jours',
      'ist {1} Tage lang kostenlos',
      'es gratis durante {1} días',
      'è gratuito per {1} giorni',
      'é grátis durante {1} dias',
    ],
  ],
  [{ en: 'is free' }, ['is free', 'est gratuit', 'ist kostenlos', 'es gratis', 'è gratuito', 'é grátis']],
  // A plan's name is a name in every language.
  [
    {
      en: '(Pro|Premium|Plus|Basic|Business|Team|Starter|Free plan)',
      fr: '(Pro|Premium|Plus|Basic|Business|Team|Starter)',
      es: '(Pro|Premium|Plus|Basic|Business|Team|Starter)',
    },
    ['{1}', '{1}', '{1}', '{1}', '{1}', '{1}'],
  ],
  [
    { en: 'no (?:credit )?card needed|no (?:credit )?card required' },
    ['no card needed', 'sans carte bancaire', 'keine Kreditkarte nötig', 'sin tarjeta', 'senza carta di credito', 'sem cartão'],
  ],
  [
    { en: `((?:${NAME}, )*${NAME}) and (${NAME}) apps` },
    [
      '{1*} and {2} apps',
      'applis {1*} et {2}',
      'Apps für {1*} und {2}',
      'apps para {1*} y {2}',
      'app per {1*} e {2}',
      'apps para {1*} e {2}',
    ],
  ],
  [
    { en: 'plus a desktop app for' },
    [
      'plus a desktop app for',
      'ainsi qu’une appli de bureau pour',
      'dazu eine Desktop-App für',
      'además de una app de escritorio para',
      'più un’app desktop per',
      'além de uma app de desktop para',
    ],
  ],
  [
    { en: `((?:${NAME}, )*${NAME} and ${NAME}) export (?:under|in)` },
    [
      '{1*} export under',
      'export {1*} dans',
      'Export als {1*} unter',
      'exportación a {1*} en',
      'esportazione {1*} in',
      'exportação em {1*} em',
    ],
  ],
  [
    { en: 'live service status at' },
    [
      'live service status at',
      'état du service en direct sur',
      'aktueller Servicestatus unter',
      'estado del servicio en directo en',
      'stato del servizio in tempo reale su',
      'estado do serviço em tempo real em',
    ],
  ],
  // Joining words.
  [{ en: 'and', fr: 'et', es: 'y|e' }, ['and', 'et', 'und', 'y', 'e', 'e']],
  [{ en: 'or', fr: 'ou', es: 'o|u' }, ['or', 'ou', 'oder', 'o', 'o', 'ou']],
  [{ en: 'plus|also', fr: 'aussi', es: 'tambi[ée]n' }, ['also', 'aussi', 'auch', 'también', 'anche', 'também']],
];

/** Each phrase's source as a sticky, case-blind pattern, built once per source language. */
const COMPILED = new Map<string, { pattern: RegExp; target: Target }[]>();
function phrasesFrom(language: 'en' | 'fr' | 'es') {
  let compiled = COMPILED.get(language);
  if (compiled) return compiled;
  compiled = PHRASES.filter(([source]) => source[language] !== undefined).map(([source, target]) => ({
    pattern: new RegExp(`(?:${caseBlind(source[language]!)})(?![\\p{L}\\p{N}])`, 'uy'),
    target,
  }));
  COMPILED.set(language, compiled);
  return compiled;
}

/**
 * The glossary's words matched in either case ("Free shuttle", "free shuttle"), while a name's
 * capital stays required: the `i` flag would make `\p{Lu}` match any letter ("Paris et" as one name).
 */
function caseBlind(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i]!;
    if (ch === '\\') {
      // An escape, with its braces ("\p{Lu}"), is copied as it is.
      let end = i + 2;
      if (/[pP]/u.test(source[i + 1] ?? '') && source[i + 2] === '{') end = source.indexOf('}', i) + 1;
      out += source.slice(i, end);
      i = end - 1;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      const upper = ch.toLocaleUpperCase();
      out += ch + (/\p{Ll}/u.test(ch) && upper !== ch && upper.length === 1 ? upper : '');
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      continue;
    }
    // "(?:", "(?!", "(?<!": group syntax, no letters to fold.
    if (ch === '?' && source[i - 1] === '(') {
      out += ch;
      continue;
    }
    const upper = ch.toLocaleUpperCase();
    out += /\p{Ll}/u.test(ch) && upper !== ch && upper.length === 1 ? `[${ch}${upper}]` : ch;
  }
  return out;
}

/** Kept as written: a link, an address in a path ("Settings → Billing"), a number, a time, a price, an arrow. */
const LITERAL = new RegExp(String.raw`(?:https?:\/\/\S+|[\p{L}\d-]+\.[\p{L}\d.-]+(?:\/\S*)?|→|${NUM}(?:e|er)?)(?![\p{L}\p{N}])`, 'uy');
const NAME_AT = new RegExp(`${NAME}(?![\\p{L}\\p{N}])`, 'uy');
const SPACE = /[\s\u00A0]+/uy;
const PUNCTUATION = /[,;:.!]/uy;

/** "12h30" → "12:30", "3–6pm" → "15:00–18:00": times as every reply language reads them. */
function neutralTimes(text: string, from: string, to: ReplyLanguage): string {
  if (from === to) return text;
  let out = text.replace(/(?<![\p{L}\d])(\d{1,2})h(\d{2})?(?![\p{L}\d])/gu, (_, h: string, m?: string) => `${h}:${m ?? '00'}`);
  if (to !== 'en')
    out = out.replace(
      /(?<![\p{L}\d])(\d{1,2})(?::(\d{2}))?\s?(am|pm)?\s?([–-])\s?(\d{1,2})(?::(\d{2}))?\s?(am|pm)(?![\p{L}])/giu,
      (_, h1: string, m1: string | undefined, p1: string | undefined, dash: string, h2: string, m2: string | undefined, p2: string) =>
        `${clock(h1, m1, p1 ?? p2)}${dash}${clock(h2, m2, p2)}`,
    );
  return out.replace(
    /(?<![\p{L}\d])(\d{1,2})(?::(\d{2}))?\s?(am|pm)(?![\p{L}])/giu,
    (whole, h: string, m: string | undefined, p: string) => (to === 'en' ? whole : clock(h, m, p)),
  );
}
function clock(hours: string, minutes: string | undefined, half: string): string {
  let h = Number(hours) % 12;
  if (half.toLowerCase() === 'pm') h += 12;
  return `${h}:${minutes ?? '00'}`;
}

function sayClause(clause: string, from: 'en' | 'fr' | 'es', to: ReplyLanguage, depth = 0): string | undefined {
  const phrases = phrasesFrom(from);
  const out: string[] = [];
  let at = 0;
  while (at < clause.length) {
    SPACE.lastIndex = at;
    const space = SPACE.exec(clause);
    if (space) {
      at += space[0].length;
      continue;
    }
    PUNCTUATION.lastIndex = at;
    const mark = PUNCTUATION.exec(clause);
    if (mark) {
      out.push(`${to === 'fr' && /[;:!]/u.test(mark[0]) ? ' ' : ''}${mark[0]}`);
      at += mark[0].length;
      continue;
    }
    // The longest phrase that starts here.
    let best: { length: number; text: string } | undefined;
    for (const { pattern, target } of phrases) {
      pattern.lastIndex = at;
      const m = pattern.exec(clause);
      if (!m || m[0].length === 0 || (best && best.length >= m[0].length)) continue;
      let text: string | undefined = target[INDEX[to]];
      for (let group = 1; group < m.length && text !== undefined; group += 1) {
        const captured = m[group] ?? '';
        const said = text.includes(`{${group}*}`) ? (depth < 2 ? sayClause(captured, from, to, depth + 1) : undefined) : captured;
        if (said === undefined) text = undefined;
        else text = text.replaceAll(`{${group}*}`, said).replaceAll(`{${group}}`, captured);
      }
      if (text !== undefined) best = { length: m[0].length, text };
    }
    if (best) {
      out.push(`${out.length > 0 && !/^[,;:.!]/u.test(best.text) ? ' ' : ''}${best.text}`);
      at += best.length;
      continue;
    }
    LITERAL.lastIndex = at;
    const literal = LITERAL.exec(clause);
    NAME_AT.lastIndex = at;
    // A name is kept as written. A clause's first word may be a common word capitalised, so there
    // it is a name only when a name or a number follows ("Riva Caccia 12"), not a word ("Reception open").
    let name = NAME_AT.exec(clause);
    if (name && at === 0 && depth === 0 && !/^\s*(?:\p{Lu}|\d|,|$)/u.test(clause.slice(at + name[0].length))) name = null;
    const kept = literal?.[0] ?? name?.[0];
    if (!kept) return undefined;
    out.push(`${out.length > 0 ? ' ' : ''}${kept}`);
    at += kept.length;
  }
  // A new sentence after "?" or "!" starts with a capital ("Not happy with a dish? Tell the staff").
  return out
    .join('')
    .replace(/\s+([,.!])/gu, '$1')
    .replace(/([?!.]\s+)(\p{Ll})/gu, (_, stop: string, letter: string) => stop + letter.toLocaleUpperCase())
    .trim();
}

/** Only whole names and numbers: a list of places or brands reads the same in every language. */
const NAMES_ONLY = new RegExp(String.raw`^(?:\s*(?:${NAME}|\d+\p{L}{0,2}|[,;–-]))+\s*$`, 'u');

/**
 * `fact` (written in `from`) said in `to`, or undefined when a word of it is not in the glossary.
 * A fact of names only ("Paris 11e, Lyon Presqu'île") is returned as it is.
 */
export function factInLanguage(fact: string, from: ReplyLanguage, to: ReplyLanguage): string | undefined {
  if (from === to) return fact;
  if (from !== 'en' && from !== 'fr' && from !== 'es') return NAMES_ONLY.test(fact) ? fact : undefined;
  // (Two facts answered together are two sentences: "…€90 a year. Pro is free for 30 days…".)
  const clauses = neutralTimes(fact, from, to).split(/(?<=;)\s*|(?<=\.)\s+(?=\p{Lu})/u);
  const said: string[] = [];
  for (const clause of clauses) {
    const body = clause.replace(/[;.]\s*$/u, '');
    // (A clause joined on after a ";" was lower-cased: "…€90 a year; pro is free for 30 days" reads as the fact it came from.)
    const text =
      sayClause(body, from, to) ??
      (/^\s*\p{Ll}/u.test(body)
        ? sayClause(
            body.replace(/^(\s*)(\p{Ll})/u, (_, space: string, first: string) => space + first.toUpperCase()),
            from,
            to,
          )
        : undefined) ??
      (NAMES_ONLY.test(body) ? body.trim() : undefined);
    if (text === undefined) return undefined;
    const end = clause.trimEnd();
    said.push(end.endsWith(';') ? text + (to === 'fr' ? ' ;' : ';') : end.endsWith('.') ? `${text}.`.replace(/\.\.$/u, '.') : text);
  }
  // Each sentence starts with a capital ("…escolha o maior. Trocas e devoluções…").
  const joined = said.join(' ').replace(/(?<=\.\s)\p{Ll}/gu, (first) => first.toLocaleUpperCase());
  // A link or a domain keeps its lower case.
  if (/^(?:https?:\/\/|www\.|[\p{Ll}\d-]+\.[\p{Ll}]{2,})/u.test(joined)) return joined;
  return joined.charAt(0).toLocaleUpperCase() + joined.slice(1);
}
