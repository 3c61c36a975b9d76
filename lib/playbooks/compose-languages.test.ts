// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { replyTo as replyWith } from './test-helpers';
import { classify } from '@/lib/classifier';
import { readItem } from '@/lib/reading';
import { fold } from '@/lib/reading/cues';
import { ProfileSchema, type Profile } from '@/lib/settings/schema';
import { crashAction } from './compose/point-phrases';
import { dative, germanGender, zu } from './compose/german';
import { defaultPhrases } from './compose/phrases';
import { jaccard } from './draft-check';

/** Profiles written for these tests (not the shared evaluation ones). */
const INN: Profile = ProfileSchema.parse({
  brand: 'Albergo Sorriso',
  replierName: 'Nina Keller',
  signature: 'Nina, Albergo Sorriso',
  email: 'ciao@sorriso.example',
  dmHandle: '@albergosorriso',
  business: { kind: 'hotel', noun: 'stay' },
  languages: ['it', 'de', 'fr', 'en'],
  facts: {},
});
const BISTRO: Profile = ProfileSchema.parse({
  brand: 'Chez Lulu',
  replierName: 'Lucie Bernard',
  signature: 'Lucie, Chez Lulu',
  email: 'bonjour@chezlulu.example',
  dmHandle: '@chezlulu',
  business: { kind: 'restaurant', noun: 'meal' },
  languages: ['fr', 'en'],
  facts: {},
});
const TOOL: Profile = ProfileSchema.parse({
  brand: 'Rechenfix',
  replierName: 'Tom Berg',
  signature: 'Tom, Rechenfix',
  email: 'hilfe@rechenfix.example',
  business: { kind: 'app', noun: 'account' },
  languages: ['de', 'es', 'pt', 'en'],
  facts: {},
});
const SHOE: Profile = ProfileSchema.parse({
  brand: 'Pasito',
  replierName: 'Marta Gil',
  signature: 'Marta, Pasito',
  email: 'hola@pasito.example',
  dmHandle: '@pasito',
  business: { kind: 'shop', noun: 'order' },
  languages: ['es', 'pt', 'en'],
  facts: {},
});

const replyTo = (text: string, profile: Profile, site = 'google-maps', rating?: number) =>
  replyWith(text, profile, { site, rating, author: 'Alex Moreau' });

/**
 * Each row: an item in one language, and words the first reply must hold (folded, any one of
 * each group), so a native reader sees their own point named: the wait with its number, a named
 * person, the wrong order, the parcel, the charge, the dirt, the noise, the booking, a product, an
 * app bug, the cancellation, a pet.
 */
const NAMED_POINTS: { text: string; profile: Profile; site?: string; rating?: number; lang: string; mentions: string[][] }[] = [
  // French
  {
    lang: 'fr',
    profile: BISTRO,
    rating: 2,
    text: "Cinquante minutes d'attente, 50 minutes !, et le gratin est arrivé tiède.",
    mentions: [['50 minutes', 'attente'], ['gratin']],
  },
  {
    lang: 'fr',
    profile: BISTRO,
    rating: 2,
    text: 'On nous a apporté la mauvaise commande et la table était sale.',
    mentions: [['commande'], ['table sale', 'proprete']],
  },
  {
    lang: 'fr',
    profile: BISTRO,
    rating: 1,
    text: 'Notre chien a été refusé en terrasse alors que votre site dit le contraire.',
    mentions: [['chien']],
  },
  {
    lang: 'fr',
    profile: BISTRO,
    site: 'facebook',
    text: 'Ma réservation pour six personnes vendredi a disparu, personne ne la trouvait.',
    mentions: [['reservation']],
  },
  {
    lang: 'fr',
    profile: INN,
    rating: 2,
    text: 'Chambre bruyante côté rue, impossible de dormir. La climatisation ne marchait pas.',
    mentions: [['bruit de la rue', 'rue'], ['climatisation']],
  },
  // German
  {
    lang: 'de',
    profile: INN,
    rating: 2,
    text: 'Für die Hundegebühr von 25 CHF gab es nicht einmal einen Napf.',
    mentions: [['hundegebuhr', 'hund']],
  },
  {
    lang: 'de',
    profile: TOOL,
    rating: 1,
    text: 'Trotz Kündigungsbestätigung wurde die Abogebühr im April wieder abgebucht.',
    mentions: [['abbuchung', 'kundigung']],
  },
  {
    lang: 'de',
    profile: TOOL,
    rating: 2,
    text: 'Die Android-App stürzt jedes Mal ab, wenn ich einen Beleg hochlade.',
    mentions: [
      ['absturz', 'absturze'],
      ['hochladen', 'beleg'],
    ],
  },
  {
    lang: 'de',
    profile: INN,
    rating: 2,
    text: 'Wir haben 35 Minuten an der Rezeption gewartet und das Bad war nicht sauber.',
    mentions: [['35 minuten', 'wartezeit']],
  },
  {
    lang: 'de',
    profile: TOOL,
    site: 'linkedin',
    text: 'Die Zahlungserinnerungen per Klick sind für mich als Freiberuflerin Gold wert.',
    mentions: [['zahlungserinnerung']],
  },
  // Spanish
  {
    lang: 'es',
    profile: SHOE,
    rating: 1,
    text: 'El paquete nunca llegó y ya van 15 días. Nadie contesta los correos.',
    mentions: [['paquete', 'envio', 'pedido']],
  },
  {
    lang: 'es',
    profile: SHOE,
    rating: 2,
    text: 'Me cobraron dos veces el mismo pedido y todavía espero la devolución.',
    mentions: [['cobro duplicado', 'dos veces']],
  },
  {
    lang: 'es',
    profile: TOOL,
    rating: 2,
    text: 'La app se cierra sola cada vez que intento exportar una factura.',
    mentions: [['exportar', 'factura']],
  },
  // Italian
  {
    lang: 'it',
    profile: INN,
    rating: 2,
    text: 'Camera rumorosa sul lato strada e la colazione era fredda.',
    mentions: [['rumore', 'strada'], ['colazione']],
  },
  {
    lang: 'it',
    profile: INN,
    rating: 2,
    text: 'Il nostro cane non è stato accettato in sala colazione, ma il supplemento lo abbiamo pagato.',
    mentions: [['cane']],
  },
  {
    lang: 'it',
    profile: INN,
    site: 'facebook',
    text: 'La prenotazione per la cena di sabato è sparita e il cameriere è stato scortese.',
    mentions: [['prenotazione']],
  },
  {
    lang: 'it',
    profile: INN,
    rating: 3,
    text: "Hotel carino, ma la colazione era un po' scarsa e il parcheggio carissimo.",
    mentions: [['sulla colazione scarsa'], ['sul parcheggio']],
  },
  {
    lang: 'it',
    profile: INN,
    rating: 1,
    text: 'Mi sono intossicata con il pesce della cena. Il mio avvocato vi contatterà.',
    mentions: [['intossicazione alimentare']],
  },
  {
    lang: 'fr',
    profile: BISTRO,
    site: 'instagram',
    text: "Franchement déçue, 1h d'attente pour un brunch tiède dimanche 😕",
    mentions: [['brunch tiede']],
  },
  {
    lang: 'de',
    profile: INN,
    rating: 1,
    text: 'Bettwanzen im Zimmer 214! Ich werde das dem Gesundheitsamt melden.',
    mentions: [['zu den bettwanzen']],
  },
  {
    lang: 'fr',
    profile: BISTRO,
    site: 'facebook',
    text: 'Commande livrée avec 50 minutes de retard et il manquait les desserts.',
    mentions: [['desserts manquants'], ['50 minutes']],
  },
  {
    lang: 'fr',
    profile: BISTRO,
    rating: 1,
    text: "J'ai résilié mon abonnement en janvier et vous m'avez encore prélevé 29 € en février.",
    mentions: [['prelevement apres votre resiliation']],
  },
  {
    lang: 'de',
    profile: TOOL,
    site: 'instagram',
    text: 'Eure neue Zeiterfassung ist genial! Spart mir so viel Zeit 🙌',
    mentions: [['mit der zeiterfassung']],
  },
  {
    lang: 'de',
    profile: INN,
    rating: 2,
    text: 'Uns wurde zweimal die Kurtaxe berechnet, obwohl wir nur eine Nacht blieben.',
    mentions: [['doppelabbuchung']],
  },
  {
    lang: 'es',
    profile: SHOE,
    site: 'instagram',
    text: 'Mi pedido #4521 lleva 10 días sin moverse en el seguimiento. ¿Qué pasa? 😡',
    mentions: [['10 dias'], ['#4521']],
  },
  {
    lang: 'it',
    profile: INN,
    site: 'facebook',
    text: 'Ho disdetto la prenotazione con 10 giorni di anticipo ma mi avete addebitato la prima notte.',
    mentions: [['addebito dopo la disdetta']],
  },
  {
    lang: 'it',
    profile: INN,
    rating: 2,
    text: 'Abbiamo aspettato 40 minuti per il primo piatto e il cameriere Luca è stato sgarbato.',
    mentions: [['40 minuti'], ['luca']],
  },
  {
    lang: 'de',
    profile: INN,
    site: 'instagram',
    text: 'mega zimmer, aber das wlan ging 2 tage lang nicht. schade!',
    mentions: [['ausfalle des wlans', 'ausfallen des wlans']],
  },
  {
    lang: 'de',
    profile: TOOL,
    site: 'x',
    text: 'seit gestern kann ich mich nicht mehr einloggen, passwort zurücksetzen geht auch nicht. hilfe??',
    mentions: [['anmeldung'], ['passwort']],
  },
  {
    lang: 'fr',
    profile: BISTRO,
    rating: 2,
    text: "Serveuse désagréable, on a attendu 25 minutes l'addition.",
    mentions: [['serveuse desagreable'], ['25 minutes']],
  },
  {
    lang: 'es',
    profile: SHOE,
    rating: 2,
    text: 'El color no se parece nada a la foto y la caja llegó rota.',
    mentions: [['caja rota'], ['color']],
  },
  {
    lang: 'es',
    profile: SHOE,
    site: 'instagram',
    text: 'q pasa con mi pedido?? ya van 2 semanas y ni rastro 😤',
    mentions: [['tu pedido']],
  },
  { lang: 'it', profile: INN, rating: 2, text: "Abbiamo aspettato mezz'ora per avere la camera.", mentions: [["la mezz'ora di attesa"]] },
  { lang: 'de', profile: INN, rating: 2, text: 'Wir haben eine Stunde auf unser Zimmer gewartet.', mentions: [['die stunde wartezeit']] },
  {
    lang: 'de',
    profile: INN,
    rating: 2,
    text: 'Eine halbe Stunde Wartezeit beim Check-in, das geht besser.',
    mentions: [['30 minuten wartezeit']],
  },
  {
    lang: 'fr',
    profile: BISTRO,
    rating: 2,
    text: "Une demi-heure pour avoir l'addition, vraiment trop long.",
    mentions: [["la demi-heure d'attente"]],
  },
  {
    lang: 'pt',
    profile: SHOE,
    rating: 2,
    text: 'Esperámos meia hora na loja e ninguém nos atendeu.',
    mentions: [['a meia hora de espera']],
  },
  // Portuguese
  {
    lang: 'pt',
    profile: SHOE,
    site: 'facebook',
    text: 'A encomenda nunca chegou e o site diz que foi entregue. Quero o meu dinheiro de volta.',
    mentions: [['reembolso']],
  },
  {
    lang: 'pt',
    profile: SHOE,
    rating: 2,
    text: 'Enviaram-me o tamanho errado e ainda tive de pagar a devolução.',
    mentions: [['tamanho errado']],
  },
  {
    lang: 'pt',
    profile: SHOE,
    rating: 3,
    text: 'Bonitas, mas a cor é diferente da foto e demorou 10 dias a chegar.',
    mentions: [['10 dias']],
  },
  {
    lang: 'pt',
    profile: SHOE,
    rating: 1,
    text: 'Cobraram-me duas vezes a mesma encomenda e ninguém responde.',
    mentions: [['duplicado', 'duas vezes']],
  },
  { lang: 'pt', profile: TOOL, rating: 2, text: 'A app fecha sozinha quando tento anexar um recibo.', mentions: [['anexar', 'recibo']] },
];

describe("replies name the person's point in their language", () => {
  it.each(NAMED_POINTS)('$lang: $text', ({ text, profile, site, rating, lang, mentions }) => {
    const reply = replyTo(text, profile, site, rating);
    expect(reply.first, 'a first reply').not.toBe('');
    const said = fold(reply.first);
    for (const group of mentions)
      expect(
        group.some((word) => said.includes(fold(word))),
        `${group.join('|')} in: ${reply.first}`,
      ).toBe(true);
    // The reply is in their language: its greeting is the bank's.
    const greeting = {
      fr: /^(?:Bonjour|Salut)/u,
      de: /^(?:Hallo|Guten Tag)/u,
      es: /^¡?Hola/u,
      it: /^(?:Gentile|Buongiorno|Ciao)/u,
      pt: /^Olá/u,
    }[lang];
    expect(reply.first).toMatch(greeting!);
  });
});

describe('German points take the article of their case', () => {
  it.each([
    ['Hundegebühr', 'f', 'der Hundegebühr', 'zur Hundegebühr'],
    ['Mahnungen', 'pl', 'den Mahnungen', 'zu den Mahnungen'],
    ['Zimmer', 'n', 'dem Zimmer', 'zum Zimmer'],
    ['Straßenlärm', 'm', 'dem Straßenlärm', 'zum Straßenlärm'],
    ['iOS-App', 'f', 'der iOS-App', 'zur iOS-App'],
    ['Abstürze der App', 'pl', 'den Abstürzen der App', 'zu den Abstürzen der App'],
    ['45 Minuten Wartezeit', 'pl', 'den 45 Minuten Wartezeit', 'zu den 45 Minuten Wartezeit'],
    ['Kellnerin', 'f', 'der Kellnerin', 'zur Kellnerin'],
    ['Kündigungsbestätigung', 'f', 'der Kündigungsbestätigung', 'zur Kündigungsbestätigung'],
  ])('%s', (phrase, gender, inDative, withZu) => {
    if (!/^\d/u.test(phrase)) expect(germanGender(phrase.split(' ')[0]!)).toBe(gender);
    expect(dative(phrase)).toBe(inDative);
    expect(zu(phrase)).toBe(withZu);
  });

  it('never writes the stiff "zum Thema" frame, and says a sell-out with the right pronoun', () => {
    const reply = replyTo('Um 19 Uhr war das Schnitzel schon aus, obwohl bis 22 Uhr geöffnet ist.', INN, 'google-maps', 2);
    expect(reply.all.join(' ')).not.toMatch(/zum Thema|\(schon ausverkauft\)/u);
    expect(reply.first).toMatch(/Schnitzel, das schon aus war/u);
  });
});

describe('the crash is said with its action in each language', () => {
  it.each([
    ['de', 'Die App stürzt ab, wenn ich ein PDF anhängen will.', 'beim Anhängen eines PDFs'],
    ['de', 'Sie stürzt ab, sobald ich eine Rechnung exportiere.', 'beim Exportieren einer Rechnung'],
    ['de', 'Die App stürzt ab, wenn ich ein Bild vom Kassenzettel hochladen will.', 'beim Hochladen eines Bilds vom Kassenzettel'],
    ['fr', "L'appli plante quand je veux joindre un PDF.", 'au moment de joindre un PDF'],
    ['fr', "Ça plante dès que j'exporte mes factures.", "au moment d'exporter les factures"],
    ['es', 'Se cierra sola cuando intento subir una foto.', 'al subir una foto'],
    ['it', 'Si chiude da sola quando provo ad allegare un file.', 'al momento di allegare un file'],
    ['pt', 'Fecha sozinha quando tento anexar um recibo.', 'ao anexar um recibo'],
  ] as const)('%s: %s', (language, text, action) => {
    expect(crashAction(text, language)).toBe(action);
  });
});

describe("a wrong size sent, and the person's whole word", () => {
  it("names the wrong size sent in the reply's language, whatever language told it", () => {
    expect(replyTo('Pedí la 39 y me llegó la 38. Ya he escrito dos veces y nadie me responde.', SHOE, 'trustpilot').first).toMatch(
      /talla equivocada/u,
    );
    expect(replyTo('Ho ordinato la taglia 39 e mi è arrivata la 38.', INN, 'google-maps', 2).first).toMatch(/taglia sbagliata/u);
    expect(replyTo('Ich habe Größe 39 bestellt und 38 bekommen.', INN, 'google-maps', 2).first).toMatch(/falsche Größe/u);
  });
  it('says a praised thing with the adjective as they wrote it ("perfectas", not the stem "perfect")', () => {
    const reply = replyTo('Las alpargatas llegaron en 2 días, perfectas, y con una notita escrita a mano. ¡Gracias!', SHOE, 'instagram');
    expect(reply.first).not.toMatch(/perfect(?!as)/u);
  });
});

describe('the register fits the language and the site', () => {
  it('writes "tu" in French on Instagram and "vous" on review sites and Facebook', () => {
    const instagram = replyTo('Le serveur Hugo était adorable et la tarte tatin incroyable !', BISTRO, 'instagram');
    expect(instagram.first).toMatch(/(?<![\p{L}])(?:tu|ton|ta|tes|te|t')(?![\p{L}])/u);
    expect(instagram.first).not.toMatch(/(?<![\p{L}])(?:vous|votre|vos)(?![\p{L}])/u);
    const review = replyTo('Le serveur Hugo était adorable et la tarte tatin incroyable !', BISTRO, 'tripadvisor', 5);
    expect(review.first).toMatch(/(?<![\p{L}])(?:vous|votre|vos)(?![\p{L}])/u);
    expect(review.first).not.toMatch(/(?<![\p{L}])(?:tu|ton|tes|toi)(?![\p{L}])/u);
    const facebook = replyTo('Ma commande est arrivée froide, encore une fois.', BISTRO, 'facebook');
    expect(facebook.first).toMatch(/(?<![\p{L}])(?:vous|votre|vos)(?![\p{L}])/u);
  });

  it('turns "my" into the register\'s "your" (ton chien on Instagram, su perro with usted)', () => {
    expect(replyTo('Mon chien a été refusé en terrasse, franchement pas cool.', BISTRO, 'instagram').first).toMatch(/ton chien/u);
    expect(replyTo('Mon chien a été refusé en terrasse.', BISTRO, 'google-maps', 2).first).toMatch(/votre chien/u);
    expect(replyTo('Mi pedido llegó con la suela despegada.', SHOE, 'trustpilot', 2).first).not.toMatch(/(?<![\p{L}])tu pedido/u);
  });
});

describe('agreement when a point is slotted into a phrase', () => {
  it('repeats the Italian preposition with its article ("dal prosecco e dalla spa") and names the occasion with its gender', () => {
    const reply = replyTo('Anniversario perfetto: il prosecco in camera e la spa erano fantastici!', INN, 'google-maps', 5);
    expect(reply.first).toMatch(/a partire dal prosecco e dalla spa/u);
    expect(reply.first).toMatch(/del vostro anniversario/u);
    expect(reply.first).not.toMatch(/\(anniversario\)/u);
  });

  it('says a German occasion in the dative with its capital ("bei Ihrer Hochzeit")', () => {
    const reply = replyTo('Unsere Hochzeit bei euch war ein Traum, das Frühstück am Morgen danach auch!', INN, 'tripadvisor', 5);
    expect(reply.first).toMatch(/bei Ihrer Hochzeit/u);
  });

  it('keeps the Spanish plural when two things were loved, the singular for one', () => {
    expect(replyTo('Me encantaron la talla y el lino, perfectas.', SHOE, 'trustpilot', 5).first).toMatch(/le hayan gustado/u);
    expect(replyTo('Me encantó el lino, súper fresco.', SHOE, 'trustpilot', 5).first).toMatch(/le haya gustado el lino/u);
  });

  it('does not read "em trânsito" (a parcel in transit) as street noise', () => {
    const reply = replyTo('Encomendei há 9 dias e o tracking diz em trânsito desde segunda.', SHOE, 'instagram');
    expect(reply.first).not.toMatch(/barulho/u);
  });
});

describe('a fan who names one branch of a chain', () => {
  it("thanks that branch's team, and never a city from a single address", async () => {
    const { branchNamed } = await import('./compose/compose');
    const chain = { locations: "Paris 11e, Lyon Presqu'île, Bordeaux Chartrons" };
    expect(branchNamed('Le brunch à Bordeaux était parfait', chain)).toBe('Bordeaux');
    expect(branchNamed('Le brunch était parfait', chain)).toBeUndefined();
    expect(branchNamed('Best café in Bristol', { address: '14 Gloucester Road, Bristol' })).toBeUndefined();
    const bistro = ProfileSchema.parse({ ...BISTRO, facts: chain });
    expect(replyTo('La tarte tatin de Lyon, une merveille !', bistro, 'instagram').first).toMatch(/toute l'équipe de Lyon/u);
  });
});

describe('words that mean something else in a neighbouring language', () => {
  it('reads Spanish "baratas" (cheap) as praise, Portuguese "baratas" (cockroaches) as a hazard', () => {
    expect(readItem({ text: 'Bonitas y baratas, pero la talla es un poco pequeña.', rating: 3 }, { classify }).flags).not.toContain(
      'hazard',
    );
    expect(readItem({ text: 'Havia baratas no quarto, que nojo.', rating: 1 }, { classify }).flags).toContain('hazard');
  });

  it('asks about the dogs in a French question, and never says "a chegar" as a thing', () => {
    expect(replyTo('Bonjour, est-ce que vous acceptez les chiens en terrasse ?', BISTRO, 'facebook').first).toMatch(/sur les chiens/u);
    expect(replyTo('Bonitas, mas a cor é diferente da foto e demorou 10 dias a chegar.', SHOE, 'google-maps', 3).first).not.toMatch(
      /a chegar/u,
    );
  });
});

describe('questions in other languages', () => {
  it('answers a shoe size question from the size fact ("Calzo un 38,5"), without naming the verb as its topic', () => {
    const shop = ProfileSchema.parse({ ...SHOE, facts: { sizes: 'Tallas 35–46; si dudas entre dos tallas, elige la mayor' } });
    const reply = replyTo('¡Hola! Calzo un 38,5, ¿pido la 38 o la 39?', shop, 'facebook');
    expect(reply.family).toBe('question');
    expect(reply.first).toMatch(/elige la mayor/u);
    expect(reply.first).not.toMatch(/calzo|\[/iu);
  });

  it('does not read the weather ("no inverno faz frio") as a complaint about something cold', () => {
    const reply = replyTo(
      'Vão ter a coleção de inverno com forro? A minha filha adora as vossas mas no inverno faz frio 😅',
      SHOE,
      'facebook',
    );
    expect(reply.family).toBe('question');
    expect(reply.first).not.toMatch(/vossas/u);
  });

  it('does not name the thread or the screenshots a threat will be made with', () => {
    const reply = replyTo('Os he escrito 4 veces. Si mañana sigo sin respuesta hago un hilo con todas las capturas.', SHOE, 'x');
    expect(reply.first).not.toMatch(/hilo|capturas/u);
  });
});

describe('what the reply leaves out', () => {
  it('does not name the photo a colour is compared with, nor a waiter nobody faulted', () => {
    expect(replyTo('El color no se parece nada a la foto y la caja llegó rota.', SHOE, 'trustpilot', 2).first).not.toMatch(/foto/u);
    const dessert = replyTo(
      'Service très lent : 50 minutes pour un plat du jour, et le serveur a oublié notre dessert.',
      BISTRO,
      'google-maps',
      2,
    );
    expect(dessert.first).not.toMatch(/le serveur/u);
    expect(dessert.first).toMatch(/dessert/u);
  });
});

describe('praise beside a criticism is never said back as the criticism', () => {
  it.each([
    [
      'de',
      INN,
      'Zimmer sauber und ruhig, Frühstück gut. Aber 18 CHF für das Parken finde ich happig.',
      /Hinweis[^.]*Frühstück/u,
      /Parken/u,
    ],
    [
      'fr',
      BISTRO,
      "Le cadre est joli et le pain perdu délicieux, mais 14 € le brunch enfant c'est abusé.",
      /raison[^.]*pain perdu/u,
      /14 €/u,
    ],
    [
      'de',
      TOOL,
      'Sehr gute Rechnungs-App. Nur die Umsatzsteuer-Auswertung könnte übersichtlicher sein.',
      /zufrieden[^.]*Auswertung/u,
      /Umsatzsteuer-Auswertung/u,
    ],
  ] as const)('%s: %s', (_language, profile, text, never, named) => {
    const reply = replyTo(text, profile, 'tripadvisor', 3);
    expect(reply.family).toBe('lukewarm');
    expect(reply.first).not.toMatch(never);
    expect(reply.first).toMatch(named);
  });
});

describe('hazards and threats to go public in other languages', () => {
  it.each([
    ['fr', "Une arête dans mon poisson, j'ai failli m'étouffer. Si personne ne répond je poste tout sur TikTok."],
    ['de', 'Eine Gräte im Fisch, ich hätte fast erstickt. Ich poste das auf Instagram.'],
    ['it', 'Una lisca nel pesce, mi sono quasi strozzata. Se non rispondete posto tutto su TikTok.'],
  ] as const)('%s: %s', (_language, text) => {
    const profile = _language === 'fr' ? BISTRO : INN;
    expect(replyTo(text, profile, 'instagram').family).toBe('escalation');
  });
});

describe('a pet in an apology', () => {
  it('speaks of how the dog was received, never "sorry for your dog"', () => {
    const it = replyTo('Il mio cane non è stato accettato in terrazza nonostante il supplemento.', INN, 'tripadvisor', 2).first;
    expect(it).toMatch(/l'accoglienza riservata al Suo cane/u);
    const fr = replyTo("Notre chien n'a pas été accepté en terrasse.", BISTRO, 'google-maps', 2).first;
    expect(fr).toMatch(/l'accueil réservé à votre chien/u);
  });

  it('reads things that broke as a complaint, not praise', () => {
    expect(replyTo('Mis alpargatas de lino se rompieron a la semana 😢', SHOE, 'instagram').family).toBe('complaint');
  });
});

describe('the reply mirrors how the person addressed us', () => {
  it('"vous" on Instagram is answered with "vous"; "tu" on a review site with "tu"', () => {
    const vous = replyTo('Vous faites des brunchs le dimanche ? On aimerait venir à six.', BISTRO, 'instagram');
    expect(vous.first).toMatch(/(?<![\p{L}])(?:vous|votre|vos)(?![\p{L}])/u);
    expect(vous.first).not.toMatch(/(?<![\p{L}])(?:tu|ton|tes|toi)(?![\p{L}])/u);
    const tu = replyTo("Franchement t'as les meilleures frites du quartier, ton serveur Hugo est top !", BISTRO, 'google-maps', 5);
    expect(tu.first).not.toMatch(/(?<![\p{L}])(?:vous|votre|vos)(?![\p{L}])/u);
  });
});

describe('wording a native community manager would post', () => {
  it('asks a lukewarm reviewer what we could have done better, never what would have made it "perfect"', () => {
    const cases = [
      ['fr', BISTRO, "C'était correct, sans plus. L'attente était un peu longue.", /faire mieux|améliorer/u],
      ['de', INN, 'Ganz okay, aber das Frühstück war eher einfach.', /besser machen|anders machen/u],
      ['es', SHOE, 'Están bien, aunque la suela es algo dura.', /mejor|mejorar/u],
      ['it', INN, 'Tutto sommato discreto, ma la colazione era poco varia.', /meglio|migliorare/u],
      ['pt', SHOE, 'São razoáveis, mas a sola é um pouco dura.', /melhor|melhorar/u],
    ] as const;
    for (const [language, profile, text, better] of cases) {
      const reply = replyTo(text, profile, 'google-maps', 3);
      expect(reply.family, language).toBe('lukewarm');
      expect(reply.first, language).toMatch(better);
      expect(reply.first, language).not.toMatch(/parfait|richtig gut gemacht|perfect|perfett|perfeit/u);
    }
    // An app is still in use: what we can do better now, not what we could have done.
    for (const text of ['Ganz okay, aber der Dunkelmodus fehlt noch.', 'Solide App, nur der Export ist etwas umständlich.']) {
      const app = replyTo(text, TOOL, 'google-play', 3);
      expect(app.family).toBe('lukewarm');
      expect(app.first).not.toMatch(/hätten wir|beim nächsten Mal anders/u);
    }
    // The editor's default next step is the first wording.
    expect(defaultPhrases('fr', 'lukewarm').nextStep).toBe('Dites-nous ce que nous aurions pu faire mieux.');
    expect(defaultPhrases('de', 'lukewarm').nextStep).toBe('Was hätten wir besser machen können?');
    expect(defaultPhrases('es', 'lukewarm').nextStep).toBe('¿Qué podríamos haber hecho mejor?');
    expect(defaultPhrases('it', 'lukewarm').nextStep).toBe('Cosa avremmo potuto fare meglio?');
    expect(defaultPhrases('pt', 'lukewarm').nextStep).toBe('O que poderíamos ter feito melhor?');
  });

  it('words a fixed sentence one of three ways, the same for the same item, the first in the editor', () => {
    const texts = [
      'Le meilleur brunch de Lyon, merci !',
      'Service adorable et tarte au citron parfaite.',
      'On reviendra, tout était délicieux !',
      'Un vrai coup de cœur pour vos croissants.',
      'Quelle belle découverte, bravo à toute l’équipe !',
      'Les crêpes étaient incroyables, merci beaucoup.',
      'Superbe accueil, on a adoré le gratin.',
      'Parfait du début à la fin.',
    ];
    const openings = texts.map((text) => replyTo(text, BISTRO, 'google-maps', 5).first.split('\n\n')[1]?.split(' !')[0]);
    expect(new Set(openings).size).toBeGreaterThan(1);
    for (const opening of openings) expect(['Merci beaucoup', 'Un grand merci', 'Merci mille fois']).toContain(opening);
    expect(replyTo(texts[0]!, BISTRO, 'google-maps', 5).all).toEqual(replyTo(texts[0]!, BISTRO, 'google-maps', 5).all);
    expect(defaultPhrases('fr', 'fan').thanks).toBe('Merci beaucoup !');
    expect(defaultPhrases('fr', 'complaint').apology).toBe('Nous sommes sincèrement désolés pour {{points}}.');
  });

  it('writes no calque: not "vous avez illuminé notre journée", not "sans détour"', () => {
    const fan = replyTo('Le meilleur brunch de Lyon, merci !', BISTRO, 'google-maps', 5);
    for (const text of fan.all) expect(text).not.toMatch(/illumin|font avancer/u);
    const complaint = replyTo("Une heure d'attente. Et c'est quoi ces prix ?", BISTRO, 'google-maps', 1);
    expect(complaint.all.join(' ')).not.toMatch(/sans détour/u);
  });

  it('thanks once per reply: a closing that thanks again gives way', () => {
    const question = replyTo('¿Hacéis envíos a Canarias? 😍', SHOE, 'instagram');
    expect(question.family).toBe('question');
    expect(question.first.match(/gracias/giu)?.length ?? 0).toBeLessThanOrEqual(1);
    const fan = replyTo('¡Me encantan mis alpargatas de lino, súper cómodas!', SHOE, 'instagram');
    expect(fan.family).toBe('fan');
    expect(fan.first.match(/gracias/giu)?.length ?? 0).toBeLessThanOrEqual(1);
    const german = replyTo('Die App ist super, spart mir jede Woche Stunden!', TOOL, 'google-play', 5);
    expect(german.first.match(/dank/giu)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('says nothing of anyone\'s gender in Portuguese ("obrigado", "convencê-lo", "recebê-lo")', () => {
    const fan = replyTo('Adorei as alpargatas, muito confortáveis!', SHOE, 'google-maps', 5);
    const lukewarm = replyTo('São razoáveis, mas a sola é um pouco dura.', SHOE, 'google-maps', 3);
    for (const text of [...fan.all, ...lukewarm.all]) expect(text).not.toMatch(/Muito obrigado|Obrigado pel|convencê-lo|recebê-lo|vê-lo/u);
  });

  it('opens a Spanish reply with "¡Hola!" on Instagram, "Hola, Ana:" on a review site', () => {
    expect(replyTo('¡Me encantan mis alpargatas de lino!', SHOE, 'instagram').first).toMatch(/^¡Hola, Alex!/u);
    expect(replyTo('Las alpargatas llegaron rotas.', SHOE, 'google-maps', 1).first).toMatch(/^Hola, Alex:/u);
  });

  it('keeps one register in a reply: a fact written with "tú" is answered with "tú"', () => {
    const profile = ProfileSchema.parse({ ...SHOE, facts: { sizes: 'Tallas 35–46; si dudas entre dos tallas, elige la mayor' } });
    const reply = replyTo('¿Qué talla me recomiendan? Normalmente uso un 39.', profile, 'google-maps');
    expect(reply.family).toBe('question');
    if (/si dudas/u.test(reply.first)) expect(reply.first).not.toMatch(/(?<![\p{L}])(?:su|usted|le)(?![\p{L}])/u);
  });

  it('answers an escalation formally, whatever the site and their "tu"', () => {
    const reply = replyTo(
      "Ton restaurant m'a rendu malade, intoxication alimentaire après ton burger. Je vais porter plainte.",
      BISTRO,
      'instagram',
    );
    expect(['escalation', 'legal']).toContain(reply.family);
    expect(reply.first).toMatch(/(?<![\p{L}])(?:vous|votre)(?![\p{L}])/u);
    expect(reply.first).not.toMatch(/(?<![\p{L}])(?:tu|ton|ta|tes|toi)(?![\p{L}])/u);
  });

  it('closes to a couple in the plural ("riavervi"), to one guest in the singular', () => {
    const couple = replyTo('Siamo stati benissimo, camera splendida e colazione ottima. Torneremo!', INN, 'tripadvisor', 5);
    expect(couple.all.join(' ')).not.toMatch(/riaverLa|riaverti/u);
    const one = replyTo('Camera splendida e colazione ottima, grazie di tutto.', INN, 'tripadvisor', 5);
    expect(one.all.join(' ')).not.toMatch(/riavervi/u);
  });

  it('says "begrüßen zu dürfen" and puts German points in their case in fixed sentences', () => {
    const fan = replyTo('Wunderbares Frühstück und ein tolles Zimmer!', INN, 'tripadvisor', 5);
    expect(fan.all.join(' ')).not.toMatch(/Sie wieder bei uns zu begrüßen/u);
    expect(zu('Shuttle')).toBe('zum Shuttle');
    expect(zu('Kundenzitat')).toBe('zum Kundenzitat');
    expect(germanGender('Logo')).toBe('n');
    // Loanword plurals in -s take the plural article ('was die Croissants betrifft', not 'den Croissants').
    expect(germanGender('Croissants')).toBe('pl');
    expect(germanGender('Cookies')).toBe('pl');
    expect(germanGender('Dashboard')).toBe('n');
    const short = replyTo('Seit dem Update stürzt die App ständig ab. Nervig!', TOOL, 'x');
    expect(short.first).not.toMatch(/vor allem was/u);
  });

  it('agrees what was missing with its own article ("le plat manquant")', () => {
    const one = replyTo('Il manquait un plat dans la livraison, très déçu.', BISTRO, 'google-maps', 2).first;
    expect(one).toMatch(/le plat manquant(?!s)/u);
    const verb = replyTo('Un plat manquait dans la commande.', BISTRO, 'google-maps', 2).first;
    expect(verb).not.toMatch(/plat manquait/u);
  });
});

describe('silence and harm in the other languages (written afresh)', () => {
  it('says sorry for the silence after the opening', () => {
    expect(
      replyTo("Trois e-mails envoyés pour ma réservation et aucune réponse. C'est inadmissible.", BISTRO, 'google-maps', 1).first,
    ).toMatch(/pardon pour l’absence de réponse/u);
    expect(replyTo('Le escrito cuatro veces y nadie contesta. Mi pedido sigue sin llegar.', SHOE, 'trustpilot', 1).first).toMatch(
      /nadie le haya respondido/u,
    );
  });
  it('hopes things are better after someone was hurt, without saying who', () => {
    const reply = replyTo('Mi hijo se cayó en la escalera mojada de la tienda y se rompió el brazo.', SHOE, 'facebook');
    expect(reply.family).toBe('escalation');
    expect(reply.first).toMatch(/Esperamos sinceramente que la lesión se cure bien y que ya esté todo mejor/u);
  });
});

describe('parts of a shoe said in the reply language when the item is in another', () => {
  it('a German seam and heel are "la costura" and "el talón" in a Spanish reply', () => {
    const { first } = replyTo('Nach drei Wochen ist die Naht an der Ferse aufgegangen. Enttäuschend.', SHOE, 'amazon', 2);
    expect(first).toMatch(/costura/u);
    expect(first).toMatch(/talón/u);
  });
});

describe('questions: the three suggestions stay different, and Italian plurals keep their article', () => {
  const LAKE_INN: Profile = ProfileSchema.parse({
    ...INN,
    facts: {
      website: 'https://sorriso.example',
      breakfast: 'Colazione a buffet 7:00–10:30, inclusa nella maggior parte delle tariffe',
      checkIn: 'Check-in dalle 15:00, check-out entro le 11:00',
    },
  });
  const closest = (all: string[]) =>
    Math.max(jaccard(all[0] ?? '', all[1] ?? ''), jaccard(all[0] ?? '', all[2] ?? ''), jaccard(all[1] ?? '', all[2] ?? ''));

  it('a question answered by two facts: the second suggestion says where the details are, not the facts again', () => {
    const { family, first, all } = replyTo(
      'Buongiorno, fino a che ora si può fare colazione? E il check-out entro che ora? Grazie mille',
      LAKE_INN,
      'facebook',
    );
    expect(family).toBe('question');
    expect(first).toContain('10:30');
    expect(first).toContain('11:00');
    expect(all[1]).toContain('https://sorriso.example');
    expect(closest(all)).toBeLessThan(0.5);
  });

  it('a question left as a gap: the short suggestion is not the first one in other words', () => {
    for (const text of ['Ciao! Avete camere comunicanti? Siamo due coppie con tre bimbi piccoli', 'Buongiorno, avete culle per neonati?']) {
      const { family, all } = replyTo(text, INN, 'instagram');
      expect(family).toBe('question');
      expect(closest(all)).toBeLessThan(0.5);
    }
  });

  it('"camere comunicanti" is asked about as "le camere", not "il camere"', () => {
    const { first } = replyTo('Ciao! Avete camere comunicanti? Siamo due coppie con tre bimbi piccoli', INN, 'instagram');
    expect(first).toContain('sulle camere');
    expect(first).not.toMatch(/\bsul camere\b/u);
  });
});
