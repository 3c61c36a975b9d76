import { fold, LOOKING_FORWARD } from '@/lib/reading/cues';
import type { Family } from '../family';
import type { ReplyLanguage } from './point-phrases';
import type { BusinessKind, ComposeContext, Relation } from './types';

/**
 * Who the person is to the business, from what they said: a first visit, a regular, someone
 * who will not come back, or someone who has not been yet (a question, "we are coming in June").
 * The closing line follows it: never "see you again" to a first-timer or to someone leaving.
 */
const LEAVING =
  /(?:not (?:be )?coming back|won'?t be (?:back|returning|coming back|ordering)|will not (?:be back|return)|won'?t return|never (?:again|coming back|going back|returning|ordering)|not returning|not going back|lost (?:a|my|our) (?:customer|business)|taking (?:my|our) business elsewhere|last time (?:i|we)\b|ne (?:reviendr\w*|reviens plus|reviendrons)|plus jamais|jamais plus|no (?:volver\w*|vuelvo|repetir\w*)|nunca mas|nie wieder|(?:komme|kommen) (?:\w+ )?nicht (?:mehr|wieder)|nicht wieder(?:kommen)?|non (?:torner\w*|ci torno)|mai piu|nao (?:volto|voltarei|voltamos|volto mais)|nunca mais|ultima vez|derniere fois|ultima volta|letzte(?:s)? mal)/u;

const FIRST =
  /(?:first[- ]time|first (?:visit|stay|order|time here|meal|appointment|booking)|never been (?:here )?before|new (?:customer|here|user)|premiere (?:fois|visite|commande)|premier (?:sejour|passage)|primera (?:vez|visita)|primer (?:pedido|viaje)|(?:zum )?ersten mal|erste(?:r|n|s)? (?:besuch|bestellung|aufenthalt)|erstes mal|prima volta|prima visita|primo (?:ordine|soggiorno)|primeira (?:vez|visita|encomenda|estadia))/u;

const REGULAR =
  /(?:regulars?\b|(?:come|comes|coming|go|goes|going|stop|stops|pop|pops|visit|visits|order|orders|get|gets|grab|grabs|been|in here|here)(?:\s+\S+){0,3}\s+every (?:week|weekend|morning|day|saturday|sunday|friday|monday|visit)|every time (?:i|we) (?:come|visit|order|stay|go)|always (?:come|go|order|get|stop)|come here (?:all the time|often|a lot)|my go-to|our go-to|for (?:years|ages)|years now|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:time|visit|stay|order|pair)|(?:deuxieme|troisieme|quatrieme|2e|3e) (?:fois|visite|sejour|commande|paire)|(?:segund[oa]|tercer[oa]?|cuart[oa]) (?:vez|visita|pedido|par|estancia)|(?:zweite|dritte|vierte)(?:s|n)? (?:mal|besuch|bestellung|paar|aufenthalt)|(?:second[oa]|terz[oa]|quart[oa]) (?:volta|visita|ordine|paio|soggiorno)|(?:segund[oa]|terceir[oa]|quart[oa]) (?:vez|visita|encomenda|par|estadia)|back again|keep coming back|as always|as usual|habitue\w*|chaque semaine|depuis des annees|comme toujours|cliente? (?:habitual|fiel|abituale)|cada semana|desde hace anos|como siempre|stammgast|stammkund\w*|jede woche|seit jahren|wie immer|ogni settimana|da anni|come sempre|todas as semanas|toda semana|ha anos|como sempre)/u;

/** Someone who has not been yet: a plan or a question about coming. */
const PLANNING =
  /(?:we(?:'re| are) (?:coming|visiting|planning)|planning (?:a|to|on)|thinking of (?:coming|visiting|booking)|nous venons|nous viendrons|on vient|venimos|vamos a ir|iremos|wir kommen|wir werden .{0,20}kommen|veniamos|verremo|vamos (?:a|ai)|iremos)/u;

/** An order placed online or picked up, not a visit: "hope to serve you again", not "see you". */
const ONLINE =
  /(?:deliver\w*|ordered online|online order|takeaway|take-away|take out|takeout|uber ?eats|deliveroo|just ?eat|doordash|click (?:&|and) collect|pick ?up|livraison|a emporter|domicilio|para llevar|lieferung|geliefert|abholung|consegna|asporto|entrega|takeaway)/u;

export type { Relation };

export function relationOf(text: string, family: Family): Relation {
  const f = fold(text);
  // "Trop hâte de tester votre nouvelle adresse": not been yet.
  if (LOOKING_FORWARD.test(f) && !REGULAR.test(f)) return 'prospect';
  if (LEAVING.test(f)) return 'leaving';
  if (FIRST.test(f)) return family === 'question' && PLANNING.test(f) ? 'prospect' : 'first';
  if (REGULAR.test(f)) return 'regular';
  if (family === 'question' || PLANNING.test(f)) return 'prospect';
  return 'unknown';
}

export function isOnlineOrder(text: string, kind: BusinessKind, nounKey: string): boolean {
  return kind === 'shop' || kind === 'app' || nounKey === 'order' || ONLINE.test(fold(text));
}

type Kind = 'hotel' | 'food' | 'shop' | 'app' | 'service';

/** [informal, formal] where the language has both; a single string serves both. */
type Said = string | [string, string];
type Table = Record<Kind, Record<Exclude<Relation, 'leaving'> | 'online', [Said, Said]>>;

const EN: Table = {
  hotel: {
    prospect: ['We look forward to welcoming you!', 'Hope to welcome you soon.'],
    first: ["We hope it's the first of many stays!", 'Hope to welcome you again one day.'],
    regular: ['Always a pleasure to have you back!', 'See you next time.'],
    unknown: ['We hope to welcome you back soon!', 'Hope to see you again before long.'],
    online: ['We hope to welcome you back soon!', 'Hope to see you again before long.'],
  },
  food: {
    prospect: ['Hope to see you soon!', 'Looking forward to having you.'],
    first: ["Hope it's the first of many!", 'Hope to see you back before long.'],
    regular: ['See you next time!', 'Always good to see you.'],
    unknown: ['See you again soon!', 'Hope to see you again before long.'],
    online: ['Hope to cook for you again soon!', 'Enjoy your next order.'],
  },
  shop: {
    prospect: ['Thanks for your interest!', 'Happy shopping.'],
    first: ['Thank you for your first order with us!', 'Enjoy them.'],
    regular: ['Thank you for shopping with us again!', 'Enjoy them.'],
    // No "enjoy your order" unless they said it is new: a pair bought three summers ago is no order.
    unknown: ['Enjoy them, and thank you for shopping with us!', 'Thank you for choosing us!'],
    online: ['Enjoy them, and thank you for shopping with us!', 'Enjoy your order!'],
  },
  app: {
    prospect: ['Happy to help you get started!', 'Glad you are looking at us.'],
    first: ['Welcome aboard!', 'Glad to have you with us.'],
    regular: ['Thanks for building your business with us!', 'Glad to have you with us.'],
    unknown: ['Thanks for building your business with us!', 'Glad to have you with us.'],
    online: ['Thanks for building your business with us!', 'Glad to have you with us.'],
  },
  service: {
    prospect: ['We look forward to seeing you!', 'Hope to see you soon.'],
    first: ['We hope to see you again!', 'Hope this is the first of many.'],
    regular: ['Always a pleasure, see you next time!', 'See you next time.'],
    unknown: ['We look forward to seeing you again!', 'Hope to see you again before long.'],
    online: ['We look forward to seeing you again!', 'Hope to see you again before long.'],
  },
};

const FR: Table = {
  hotel: {
    prospect: [["Au plaisir de t'accueillir !", 'Au plaisir de vous accueillir !'], 'À très bientôt chez nous.'],
    first: [
      [
        "Nous espérons que ce séjour sera le premier d'une longue série !",
        "Nous espérons que ce séjour sera le premier d'une longue série !",
      ],
      ['Au plaisir de te revoir.', 'Au plaisir de vous revoir.'],
    ],
    regular: [['Toujours un plaisir de te recevoir !', 'Toujours un plaisir de vous recevoir !'], 'À la prochaine fois.'],
    unknown: [
      ["Au plaisir de t'accueillir à nouveau !", 'Au plaisir de vous accueillir à nouveau !'],
      ['Au plaisir de te revoir.', 'Au plaisir de vous revoir.'],
    ],
    online: [
      ["Au plaisir de t'accueillir à nouveau !", 'Au plaisir de vous accueillir à nouveau !'],
      ['Au plaisir de te revoir.', 'Au plaisir de vous revoir.'],
    ],
  },
  food: {
    prospect: [["Au plaisir de t'accueillir !", 'Au plaisir de vous accueillir !'], 'À très bientôt chez nous.'],
    first: [
      ['On espère te compter bientôt parmi nos habitués !', 'Nous espérons vous compter bientôt parmi nos habitués !'],
      ['Au plaisir de te revoir.', 'Au plaisir de vous revoir.'],
    ],
    regular: [['Toujours un plaisir de te voir !', 'Toujours un plaisir de vous voir !'], 'À la prochaine fois.'],
    unknown: ['À très bientôt !', ['Au plaisir de te revoir.', 'Au plaisir de vous revoir.']],
    online: [['Au plaisir de te régaler à nouveau !', 'Au plaisir de vous régaler à nouveau !'], 'À bientôt pour une prochaine commande !'],
  },
  shop: {
    prospect: [['Merci de ton intérêt !', 'Merci de votre intérêt !'], 'Bon shopping.'],
    first: [
      ['Merci pour ta première commande !', 'Merci pour votre première commande !'],
      ['Profite bien de ta commande !', 'Profitez bien de votre commande !'],
    ],
    regular: [
      ['Merci de ta fidélité !', 'Merci de votre fidélité !'],
      ['Profite bien de ta commande !', 'Profitez bien de votre commande !'],
    ],
    unknown: [
      ['Merci de ta confiance !', 'Merci de votre confiance !'],
      ['Profite bien de ta commande !', 'Profitez bien de votre commande !'],
    ],
    online: [
      ['Merci de ta confiance !', 'Merci de votre confiance !'],
      ['Profite bien de ta commande !', 'Profitez bien de votre commande !'],
    ],
  },
  app: {
    prospect: [
      ['Ravis de t’aider à démarrer !', 'Ravis de vous aider à démarrer !'],
      ['Merci de ton intérêt.', 'Merci de votre intérêt.'],
    ],
    first: ['Bienvenue parmi nous !', ['Ravis de te compter parmi nous.', 'Ravis de vous compter parmi nous.']],
    regular: [
      ['Merci de ta confiance !', 'Merci de votre confiance !'],
      ['Ravis de te compter parmi nous.', 'Ravis de vous compter parmi nous.'],
    ],
    unknown: [
      ['Merci de ta confiance !', 'Merci de votre confiance !'],
      ['Ravis de te compter parmi nous.', 'Ravis de vous compter parmi nous.'],
    ],
    online: [
      ['Merci de ta confiance !', 'Merci de votre confiance !'],
      ['Ravis de te compter parmi nous.', 'Ravis de vous compter parmi nous.'],
    ],
  },
  service: {
    prospect: [['Au plaisir de te recevoir !', 'Au plaisir de vous recevoir !'], 'À très bientôt.'],
    first: [['Au plaisir de te revoir !', 'Au plaisir de vous revoir !'], 'À très bientôt.'],
    regular: ['Toujours un plaisir, à la prochaine fois !', 'À la prochaine fois.'],
    unknown: ['À très bientôt !', ['Au plaisir de te revoir.', 'Au plaisir de vous revoir.']],
    online: ['À très bientôt !', ['Au plaisir de te revoir.', 'Au plaisir de vous revoir.']],
  },
};

const ES: Table = {
  hotel: {
    prospect: [['¡Te esperamos con ganas!', '¡Le esperamos con mucho gusto!'], 'Hasta pronto.'],
    first: [
      ['¡Ojalá sea la primera de muchas estancias!', '¡Ojalá sea la primera de muchas estancias!'],
      [`Esperamos verte de nuevo.`, 'Esperamos verle de nuevo.'],
    ],
    regular: [['¡Siempre es un placer recibirte!', '¡Siempre es un placer recibirle!'], 'Hasta la próxima.'],
    unknown: [
      ['¡Esperamos volver a verte pronto!', '¡Esperamos volver a recibirle pronto!'],
      ['Esperamos verte de nuevo muy pronto.', 'Esperamos verle de nuevo muy pronto.'],
    ],
    online: [
      ['¡Esperamos volver a verte pronto!', '¡Esperamos volver a recibirle pronto!'],
      ['Esperamos verte de nuevo muy pronto.', 'Esperamos verle de nuevo muy pronto.'],
    ],
  },
  food: {
    prospect: [['¡Te esperamos!', '¡Le esperamos!'], 'Hasta pronto.'],
    first: ['¡Ojalá sea la primera de muchas!', ['Esperamos verte de nuevo.', 'Esperamos verle de nuevo.']],
    regular: [['¡Siempre es un placer verte!', '¡Siempre es un placer verle!'], 'Hasta la próxima.'],
    unknown: ['¡Hasta pronto!', ['Esperamos verte de nuevo muy pronto.', 'Esperamos verle de nuevo muy pronto.']],
    online: [['¡Esperamos cocinar para ti otra vez!', '¡Esperamos cocinar para usted otra vez!'], '¡Que aproveche!'],
  },
  shop: {
    prospect: [
      ['¡Gracias por tu interés!', '¡Gracias por su interés!'],
      ['¡Esperamos verte pronto por la tienda!', '¡Esperamos verle pronto por la tienda!'],
    ],
    first: [
      ['¡Gracias por tu primer pedido!', '¡Gracias por su primer pedido!'],
      ['¡Que disfrutes de tu pedido!', '¡Que disfrute de su pedido!'],
    ],
    regular: [
      ['¡Gracias por seguir confiando en nosotros!', '¡Gracias por seguir confiando en nosotros!'],
      ['¡Gracias por elegirnos otra vez!', '¡Gracias por elegirnos otra vez!'],
    ],
    unknown: [
      ['¡Gracias por confiar en nosotros!', '¡Gracias por su confianza!'],
      ['¡Gracias por elegirnos!', '¡Gracias por elegirnos!'],
    ],
    online: [
      ['¡Gracias por confiar en nosotros!', '¡Gracias por su confianza!'],
      ['¡Que disfrutes de tu pedido!', '¡Que disfrute de su pedido!'],
    ],
  },
  app: {
    prospect: [
      ['¡Encantados de ayudarte a empezar!', '¡Encantados de ayudarle a empezar!'],
      ['Gracias por tu interés.', 'Gracias por su interés.'],
    ],
    // "¡Bienvenido!" says the person is a man: "te damos la bienvenida" says nothing of it.
    first: [
      ['¡Te damos la bienvenida!', '¡Le damos la bienvenida!'],
      ['Nos alegra tenerte con nosotros.', 'Nos alegra tenerle con nosotros.'],
    ],
    regular: [
      ['¡Gracias por tu confianza!', '¡Gracias por su confianza!'],
      ['Nos alegra contar contigo.', 'Nos alegra contar con usted.'],
    ],
    unknown: [
      ['¡Gracias por tu confianza!', '¡Gracias por su confianza!'],
      ['Nos alegra contar contigo.', 'Nos alegra contar con usted.'],
    ],
    online: [
      ['¡Gracias por tu confianza!', '¡Gracias por su confianza!'],
      ['Nos alegra contar contigo.', 'Nos alegra contar con usted.'],
    ],
  },
  service: {
    prospect: [['¡Te esperamos!', '¡Le esperamos!'], 'Hasta pronto.'],
    first: [['¡Esperamos verte de nuevo!', '¡Esperamos verle de nuevo!'], 'Hasta pronto.'],
    regular: ['¡Hasta la próxima!', 'Siempre es un placer.'],
    unknown: ['¡Hasta pronto!', ['Esperamos verte de nuevo muy pronto.', 'Esperamos verle de nuevo muy pronto.']],
    online: ['¡Hasta pronto!', ['Esperamos verte de nuevo muy pronto.', 'Esperamos verle de nuevo muy pronto.']],
  },
};

const DE: Table = {
  hotel: {
    prospect: [['Wir freuen uns auf dich!', 'Wir freuen uns auf Sie!'], 'Bis bald bei uns.'],
    first: [
      ['Hoffentlich war es der erste von vielen Aufenthalten!', 'Hoffentlich war es der erste von vielen Aufenthalten!'],
      'Bis zum nächsten Mal.',
    ],
    regular: [['Schön, dass du uns treu bleibst!', 'Schön, dass Sie uns treu bleiben!'], 'Bis zum nächsten Mal.'],
    unknown: [
      ['Wir freuen uns darauf, dich wieder bei uns begrüßen zu dürfen!', 'Wir freuen uns darauf, Sie wieder bei uns begrüßen zu dürfen!'],
      'Bis zum nächsten Mal.',
    ],
    online: [
      ['Wir freuen uns darauf, dich wieder bei uns begrüßen zu dürfen!', 'Wir freuen uns darauf, Sie wieder bei uns begrüßen zu dürfen!'],
      'Bis zum nächsten Mal.',
    ],
  },
  food: {
    prospect: [['Wir freuen uns auf dich!', 'Wir freuen uns auf Sie!'], 'Bis bald.'],
    first: [['Hoffentlich bis bald wieder!', 'Hoffentlich bis bald wieder!'], 'Bis zum nächsten Mal.'],
    regular: ['Bis zum nächsten Mal!', ['Schön, dass du immer wieder kommst.', 'Schön, dass Sie immer wieder kommen.']],
    unknown: ['Bis bald!', 'Bis zum nächsten Mal.'],
    online: [['Wir kochen gern wieder für dich!', 'Wir kochen gern wieder für Sie!'], 'Bis zur nächsten Bestellung!'],
  },
  shop: {
    prospect: [['Danke für dein Interesse!', 'Danke für Ihr Interesse!'], 'Viel Freude beim Stöbern.'],
    first: [['Danke für deine erste Bestellung!', 'Danke für Ihre erste Bestellung!'], 'Viel Freude damit!'],
    regular: [['Danke, dass du uns treu bleibst!', 'Danke, dass Sie uns treu bleiben!'], 'Viel Freude damit!'],
    unknown: [['Danke für dein Vertrauen!', 'Danke für Ihr Vertrauen!'], 'Viel Freude damit!'],
    online: [['Danke für dein Vertrauen!', 'Danke für Ihr Vertrauen!'], 'Viel Freude damit!'],
  },
  app: {
    prospect: [['Wir helfen dir gern beim Start!', 'Wir helfen Ihnen gern beim Start!'], 'Danke für das Interesse.'],
    first: ['Willkommen an Bord!', ['Wir freuen uns, dass du dabei bist.', 'Wir freuen uns, dass Sie dabei sind.']],
    regular: [
      ['Danke für dein Vertrauen!', 'Danke für Ihr Vertrauen!'],
      ['Wir freuen uns, dass du dabei bist.', 'Wir freuen uns, dass Sie dabei sind.'],
    ],
    unknown: [
      ['Danke für dein Vertrauen!', 'Danke für Ihr Vertrauen!'],
      ['Wir freuen uns, dass du dabei bist.', 'Wir freuen uns, dass Sie dabei sind.'],
    ],
    online: [
      ['Danke für dein Vertrauen!', 'Danke für Ihr Vertrauen!'],
      ['Wir freuen uns, dass du dabei bist.', 'Wir freuen uns, dass Sie dabei sind.'],
    ],
  },
  service: {
    prospect: [['Wir freuen uns auf dich!', 'Wir freuen uns auf Sie!'], 'Bis bald.'],
    first: ['Hoffentlich bis bald wieder!', 'Bis zum nächsten Mal.'],
    regular: ['Bis zum nächsten Mal!', 'Bis bald.'],
    unknown: ['Bis bald!', 'Bis zum nächsten Mal.'],
    online: ['Bis bald!', 'Bis zum nächsten Mal.'],
  },
};

const IT: Table = {
  hotel: {
    prospect: [['Ti aspettiamo!', 'La aspettiamo!'], 'A presto.'],
    first: ['Speriamo sia il primo di tanti soggiorni!', 'Speriamo di rivederci presto.'],
    regular: [['È sempre un piacere averti qui!', 'È sempre un piacere averLa qui!'], 'Alla prossima.'],
    unknown: [
      ['Speriamo di riaverti presto nostro ospite!', 'Speriamo di riaverLa presto nostro ospite!'],
      'Speriamo di rivederci presto.',
    ],
    online: [['Speriamo di riaverti presto nostro ospite!', 'Speriamo di riaverLa presto nostro ospite!'], 'Speriamo di rivederci presto.'],
  },
  food: {
    prospect: [['Ti aspettiamo!', 'La aspettiamo!'], 'A presto.'],
    first: ['Speriamo sia la prima di tante volte!', 'Speriamo di rivederci presto.'],
    regular: [['È sempre un piacere vederti!', 'È sempre un piacere vederLa!'], 'Alla prossima.'],
    unknown: ['A presto!', 'Speriamo di rivederci presto.'],
    online: [['Speriamo di cucinare di nuovo per te!', 'Speriamo di cucinare di nuovo per Lei!'], 'Alla prossima ordinazione!'],
  },
  shop: {
    prospect: [["Grazie per l'interesse!", "Grazie per l'interesse!"], 'Buono shopping.'],
    first: [
      ['Grazie per il tuo primo ordine!', 'Grazie per il Suo primo ordine!'],
      ['Speriamo che il tuo acquisto ti piaccia!', 'Speriamo che il Suo acquisto Le piaccia!'],
    ],
    regular: ['Grazie per la fedeltà!', ['Speriamo che il tuo acquisto ti piaccia!', 'Speriamo che il Suo acquisto Le piaccia!']],
    unknown: ['Grazie per la fiducia!', ['Speriamo che il tuo acquisto ti piaccia!', 'Speriamo che il Suo acquisto Le piaccia!']],
    online: ['Grazie per la fiducia!', ['Speriamo che il tuo acquisto ti piaccia!', 'Speriamo che il Suo acquisto Le piaccia!']],
  },
  app: {
    prospect: [['Ti aiutiamo volentieri a iniziare!', 'La aiutiamo volentieri a iniziare!'], "Grazie per l'interesse."],
    // "Benvenuto" says the person is a man: "ti diamo il benvenuto" says nothing of it.
    first: [
      ['Ti diamo il benvenuto a bordo!', 'Le diamo il benvenuto a bordo!'],
      ['Felici di averti con noi.', 'Felici di averLa con noi.'],
    ],
    regular: ['Grazie per la fiducia!', ['Felici di averti con noi.', 'Felici di averLa con noi.']],
    unknown: ['Grazie per la fiducia!', ['Felici di averti con noi.', 'Felici di averLa con noi.']],
    online: ['Grazie per la fiducia!', ['Felici di averti con noi.', 'Felici di averLa con noi.']],
  },
  service: {
    prospect: [['Ti aspettiamo!', 'La aspettiamo!'], 'A presto.'],
    first: ['Speriamo di rivederci presto!', 'A presto.'],
    regular: ['Alla prossima!', 'A presto.'],
    unknown: ['A presto!', 'Speriamo di rivederci presto.'],
    online: ['A presto!', 'Speriamo di rivederci presto.'],
  },
};

/** Portuguese closings say nothing of anyone's gender: "que volte", not "vê-lo"; "agradecemos", not "obrigado/a". */
const PT: Table = {
  hotel: {
    prospect: ['Ficamos à sua espera!', 'Até breve.'],
    first: ['Esperamos que seja a primeira de muitas estadias!', 'Esperamos que volte em breve.'],
    regular: ['É sempre um prazer receber a sua visita!', 'Até à próxima.'],
    unknown: ['Esperamos que volte a ficar connosco em breve!', 'Esperamos que volte em breve.'],
    online: ['Esperamos que volte a ficar connosco em breve!', 'Esperamos que volte em breve.'],
  },
  food: {
    prospect: ['Ficamos à sua espera!', 'Até breve.'],
    first: ['Esperamos que seja a primeira de muitas!', 'Esperamos que volte em breve.'],
    regular: ['É sempre um prazer!', 'Até à próxima.'],
    unknown: ['Até breve!', 'Esperamos que volte em breve.'],
    online: ['Esperamos cozinhar para si outra vez!', 'Até à próxima encomenda!'],
  },
  shop: {
    prospect: ['Agradecemos o seu interesse!', 'Boas compras.'],
    first: ['Agradecemos a sua primeira encomenda!', 'Aproveite a sua encomenda!'],
    regular: ['Agradecemos a sua fidelidade!', 'Aproveite a sua encomenda!'],
    unknown: ['Agradecemos a sua confiança!', 'Agradecemos a preferência!'],
    online: ['Agradecemos a sua confiança!', 'Aproveite a sua encomenda!'],
  },
  app: {
    prospect: ['Teremos todo o gosto em ajudar a começar!', 'Agradecemos o seu interesse.'],
    first: ['Boas-vindas!', 'Ainda bem que está connosco.'],
    regular: ['Agradecemos a sua confiança!', 'Ainda bem que está connosco.'],
    unknown: ['Agradecemos a sua confiança!', 'Ainda bem que está connosco.'],
    online: ['Agradecemos a sua confiança!', 'Ainda bem que está connosco.'],
  },
  service: {
    prospect: ['Ficamos à sua espera!', 'Até breve.'],
    first: ['Esperamos que volte!', 'Até breve.'],
    regular: ['Até à próxima!', 'É sempre um prazer.'],
    unknown: ['Até breve!', 'Esperamos que volte em breve.'],
    online: ['Até breve!', 'Esperamos que volte em breve.'],
  },
};

const TABLES: Record<ReplyLanguage, Table> = { en: EN, fr: FR, es: ES, de: DE, it: IT, pt: PT };

function kindOf(kind: BusinessKind): Kind {
  return kind === 'cafe' || kind === 'restaurant' ? 'food' : kind;
}

/** A line that thanks: said once per reply, never again in the closing. */
const THANKS = /^[^\p{L}]*(?:thank|thanks|merci|gracias|danke|vielen dank|grazie|obrigad|agradec)/u;

/**
 * A closing said to several people ("we stayed", "siamo stati"): "riavervi", "veros", "euch".
 * French "vous" already speaks to a group; the formal German "Sie" too.
 */
const TO_A_PARTY: Partial<Record<ReplyLanguage, [RegExp, string][]>> = {
  it: [
    [/riaver(?:La|ti) presto nostro ospite/u, 'riavervi presto nostri ospiti'],
    [/(aver|veder)(?:La|ti)(?![\p{L}])/u, '$1vi'],
    [/^(?:La|Ti) aspettiamo/u, 'Vi aspettiamo'],
    [/per (?:Lei|te)!/u, 'per voi!'],
  ],
  es: [
    [/(ver|recibir)le(?![\p{L}])/u, '$1les'],
    [/^¡Le esperamos/u, '¡Les esperamos'],
    [/(ver|recibir)te(?![\p{L}])/u, '$1os'],
    [/^¡Te esperamos/u, '¡Os esperamos'],
    [/para ti /u, 'para vosotros '],
    [/para usted /u, 'para ustedes '],
  ],
  de: [
    [/auf dich!/u, 'auf euch!'],
    [/dich wieder/u, 'euch wieder'],
    [/für dich!/u, 'für euch!'],
    [/dass du uns treu bleibst/u, 'dass ihr uns treu bleibt'],
    [/dass du immer wieder kommst/u, 'dass ihr immer wieder kommt'],
  ],
  pt: [[/^Esperamos que volte/u, 'Esperamos que voltem']],
};

/** People who write as "we": several of them, a couple, a family. */
const PARTY =
  /(?<![\p{L}])(?:we|we'(?:re|ve|ll|d)|us|our|nous|nos|notre|on (?:a|est|etait|avait|reviendra)|nosotros|nosotras|hemos|fuimos|estuvimos|volveremos|volvimos|wir|uns|unser\w*|noi|siamo|abbiamo|eravamo|torneremo|nostr[aoie]|nos|fomos|ficamos|estivemos|voltaremos|voltamos)(?![\p{L}])/u;

/** Whether the person speaks for several people ("nous avons", "siamo stati", "wir waren"). */
export function speaksAsParty(text: string): boolean {
  return PARTY.test(fold(text));
}

/** FNV-1a of the item's text, the same as `stableHash` in ../suggest (which imports this module's caller). */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The closing line that fits what the person said and the business: `variant` 0 for the first
 * suggestion that closes, 1 for another (so two suggestions do not close alike). Empty for
 * someone who says they will not come back: no "see you soon" to them. `afterThanks`: the reply
 * has thanked them already, so a closing that thanks again ("Thank you for your trust!") gives
 * way: to the other closing ('other') or to none ('drop'). A second closing ('drop', variant 1) is
 * left out when the first thanked and took it.
 */
export function closingLine(c: ComposeContext, variant: 0 | 1 = 0, afterThanks: false | 'other' | 'drop' = false): string {
  if (c.relation === 'leaving') return '';
  const relation = c.relation ?? 'unknown';
  const kind = kindOf(c.kind);
  // A food order eaten at home is not a visit: "hope to cook for you again", not "see you".
  const row = kind === 'food' && c.online && (relation === 'unknown' || relation === 'regular') ? 'online' : relation;
  // A group is "vous" in French, whatever the site.
  const formal = c.formal || (c.party === true && c.language === 'fr');
  const say = (at: 0 | 1) => {
    const said = TABLES[c.language][kind][row][at];
    const line = typeof said === 'string' ? said : formal ? said[1] : said[0];
    if (!c.party) return line;
    return (TO_A_PARTY[c.language] ?? []).reduce((out, [from, to]) => out.replace(from, to), line);
  };
  const line = say(variant);
  // The second closing yields to a first that thanked and so took the other line: two replies never close alike.
  if (afterThanks === 'drop' && variant === 1 && THANKS.test(fold(say(0)))) return '';
  if (!afterThanks || !THANKS.test(fold(line))) return line;
  if (afterThanks === 'drop') return '';
  const other = say(variant === 0 ? 1 : 0);
  return THANKS.test(fold(other)) ? '' : other;
}
