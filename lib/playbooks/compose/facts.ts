import { fold, SUPPOSING } from '@/lib/reading/cues';

/**
 * Answers a question from the profile's facts ({hours, booking, delivery, ...}: short texts
 * the business wrote). Keys are free-form, so a question is matched two ways: words that
 * point to a key (open → hours, chien → pets) and words the question shares with a fact's
 * own text (android → "Web, iOS and Android apps").
 */
/** A price asked for outright (folded), which the prices answer over a narrower fact the question also names. */
const PRICE_ASKED =
  /(?<![\p{L}])(?:how much|what (?:does|do|is|are) (?:it|pro|the \p{L}+) cost|cuanto (?:cuesta|cuestan|vale)|combien (?:coute|coutent|ca coute)|was kostet|wie viel kostet|quanto (?:costa|costano|custa|custam)|hoeveel kost|wat kost|stay on the free (?:plan|version|tier)|(?:do|will) i (?:have|need) to pay|in der kostenlosen version bleiben|(?:muss|musste) man (?:dann )?(?:\p{L}+ )?(?:zahlen|bezahlen)|rester (?:sur|en|dans) (?:la )?version gratuite|quedarme en (?:la )?version gratuita|restare (?:nella|sulla) versione gratuita|ficar na versao gratuita)(?![\p{L}])/u;
/** Facts that answer a narrower question than the others their words may also name. */
const SPECIFIC_KEYS = new Set(['returns', 'happyHour', 'locations', 'trial']);

const KEY_WORDS: { keys: string[]; words: RegExp }[] = [
  // "How do I cancel my subscription?": the fact about cancelling or returns, first on a tie with
  // the plan it cancels; "cancel my reservation" adds the booking's own key word, so booking wins there.
  {
    keys: ['cancellation', 'cancel', 'returns', 'booking'],
    words:
      /(?<![\p{L}])(?:cancel\w*|unsubscrib\w*|kundig\w*|resili\w*|annul\w*|cancela\w*|darme de baja|disdett\w*|disdir\w*|storn\w*)(?![\p{L}])/u,
  },
  {
    keys: ['hours', 'openingHours', 'opening'],
    words:
      /(?<![\p{L}])(?:open(?:ing)?|close[sd]?|(?:still|last) (?:order|get|serve|serving)|kitchen (?:close|closes|closing|open|opens|hours|stops?)|last (?:orders?|call|seating|food)|too late (?:for|to)|a que hora|que horario|atend\w*|closing|hours|what time|when do you|(?:sun|mon|tues|wednes|thurs|fri|satur)days?|weekends?|ouvert\w*|horaires?|ferme\w*|dimanches?|samedis?|abierto|abris|abren|horario|cierra\w*|domingo|geoffnet|offnungszeiten|offen|sonntag|apert[oiae]|aprite|orari\w*|chius[oiae]|domenica|lunedi|sabato|abert[oa]s?|abrem|horario|fecha\w*|lundis?|mardis?|mercredis?|jeudis?|vendredis?|lunes|martes|miercoles|jueves|viernes|sabados?|montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|segunda|terca|quarta|quinta|sexta|sabado|(?:someone|anyone|somebody) (?:there )?to let (?:us|me) in|let (?:us|me) in|arriv\w* (?:very |really )?late|late arrival|after midnight|qualcuno (?:a|che) (?:farci|farmi|ci faccia) entrare|farci entrare|quelqu'un pour nous (?:ouvrir|accueillir)|nous ouvrir|alguien (?:para|que) (?:abrirnos|nos abra)|jemand(?:, der uns| der uns| um uns) (?:reinlasst|aufmacht|hereinlasst)|uns (?:reinlassen|hereinlassen)|alguem para nos abrir)(?![\p{L}])/u,
  },
  {
    keys: ['pets', 'dogs', 'dog'],
    words:
      /(?<![\p{L}])(?:dogs?|pets?|puppy|pup|doggo|pooch|spaniel|terrier|labrador|lab|retriever|poodle|greyhound|whippet|dachshund|sausage dog|collie|pug|beagle|husky|frenchie|chihuahua|cockapoo|cavapoo|chiens?|animaux|animal|teckel|perros?|mascotas?|hunde?|haustier\w*|cane|cani|animali|caes|cao|animais)(?![\p{L}])/u,
  },
  {
    keys: ['delivery', 'shipping'],
    words:
      /(?<![\p{L}])(?:deliver\w*|ship\w*|postage|takeaway|take-?away|take-?out|to go|order ahead|emporter|para llevar|zum mitnehmen|da asporto|para levar|na wynos|afhalen|meenemen|att ta med|til at tage med|per emportar|livr\w*|envio\w*|envias|enviais|haceis envios|lieferung|liefern|versand|consegn\w*|spedi\w*|entrega\w*|enviam|portes|frais de port|gastos de envio|versandkosten|spese di spedizione|canarias|baleares|(?:will|would|does|do|can) (?:it|they|my order|the order|my parcel|the parcel|the shoes|them|a pair) (?:\p{L}+ )?(?:arrive|get (?:here|there|to)|reach)|(?:if i|if we) order (?:today|now|tonight|tomorrow|this week|them)|llegar(?:an|a|ian) a tiempo|tardan? en llegar|tarda(?:m)? a chegar|demora(?:m)? a chegar|(?:met|mettent) combien de temps|wie lange (?:dauert|braucht) (?:der versand|die lieferung|das paket|eine bestellung)|quanto (?:ci )?(?:mette|impiega) (?:ad arrivare|la spedizione)|how long (?:does|will|would) (?:it|delivery|shipping|my order|an order|the order) take|chega(?:m|ra|rao)? a tempo|chega(?:m|ra|rao)? (?:a|ao|em|no|na) \p{L}+ em quanto tempo|em quanto tempo (?:chega(?:m)?|recebo)|(?:cuanto|cuánto) tarda(?:n)? en llegar|llega(?:n)? a \p{L}+ en cuanto|(?:en )?combien de temps pour (?:la )?livr\w*|rechtzeitig (?:an|da|ankommen)|arrivano in tempo|arrivera(?:it)? a temps)(?![\p{L}])/u,
  },
  {
    keys: ['booking', 'reservations'],
    words:
      /(?<![\p{L}])(?:book(?:ings?|s|ed)?|reserv\w*|table for|walk[ -]?in|prenot\w*|buchen|buchung|tisch|onboarding|demo|set(?:ting)? (?:it |me |us )?up|talk to (?:someone|a person|a human)|walk (?:me|us) through)(?![\p{L}])/u,
  },
  {
    keys: ['parking'],
    words:
      /(?<![\p{L}])(?:park(?:ing)?|garage|leave (?:our|my|the) (?:car|van)|(?:auto|wagen) abstellen|abstellen (?:das|unser|mein) auto|garer (?:la|notre|ma) voiture|dejar el coche|aparcar el coche|lasciare (?:la |l')?(?:auto|macchina)|deixar o carro|estacionar o carro|car park|parcheggi\w*|parkplatz\w*|parkplatze|tiefgarage|parkhaus|parkgarage|parken|aparcamiento|aparcar|garaje|estacionamento|estacionar|garagem|stationnement|stationner|se garer|garer|autorimessa)(?![\p{L}])/u,
  },
  {
    keys: ['menu', 'vegetarian', 'vegan'],
    words:
      /(?<![\p{L}])(?:vegetarian|veggie|vegan|meat[- ]free|vegetarien\w*|vegetarian[oa]s?|vegetarisch\w*|vegan[oiae]s?|vegane[nrs]?)(?![\p{L}])/u,
  },
  {
    keys: ['glutenFree', 'gluten'],
    words: /(?<![\p{L}])(?:gluten\w*|coeliac|celiac|sans gluten|sin gluten|glutenfrei|senza glutine|sem gluten)(?![\p{L}])/u,
  },
  {
    keys: ['wifi'],
    words: /(?<![\p{L}])(?:wi-?fi|wlan|(?<!site )internet(?! pour| para| per)|password|mot de passe|contrasena|passwort)(?![\p{L}])/u,
  },
  {
    keys: ['milk'],
    words:
      /(?<![\p{L}])(?:oat|soy|soya|almond|dairy[- ]free|plant[- ]based|plant milk|non-dairy|lait vegetal|lait d'avoine|lait de soja|leche de avena|leche vegetal|hafermilch|sojamilch|pflanzenmilch|latte d'avena|latte vegetale|leite de aveia|leite vegetal|bebida vegetal|pflanzliche milch|hafer)(?![\p{L}])/u,
  },
  {
    keys: ['catering'],
    words:
      /(?<![\p{L}])(?:cater\w*|picnic|event|party|groups? (?:of|that size)|\d{2,} (?:people|guests|persons|personnes|personas|personen|leute|persone|pessoas)|traiteur|buffet)(?![\p{L}])/u,
  },
  {
    keys: ['pricing', 'prices', 'price'],
    words:
      /(?<![\p{L}])(?:price|pricing|cost|how much|hoeveel kost|wat kost|prijs|prijzen|per jaar|per maand|vad kostar|hvad koster|ile kosztuje|plans?(?! (?:to|for) )|subscriptions?|yearly|annual|monthly|per month|per year|tarifs?|prix|abonnement|annuel|mensuel|precio|cuanto cuesta|suscripcion|anual|mensual|preis|kosten|kostet|abo|jahresabo|monatsabo|jahrlich|monatlich\w*|zahlung|prezzo|quanto costa|piano|abbonamento|annuale|mensile|al mese|preco|quanto custa|plano|assinatura|mensal|por mes|free (?:plan|tier|account)|(?<=(?:is|it's|are) (?:it |this |\p{L}+ )?)(?:free|paid)|free(?= or)|(?<=or )free|(?<=for )free|(?<=(?:need|have) to )(?:pay|upgrade)|(?<=need (?:the |a )?)(?:pro|premium)|paid (?:plan|version|tier)|upgrade|gratuit\w*|gratis|kostenlos\w*|kostenpflichtig|umsonst|gratuito|(?:muss|musste|mussen) (?:man|ich) (?:dann )?(?:\p{L}+ )?(?:zahlen|bezahlen))(?![\p{L}])/u,
  },
  {
    keys: ['trial'],
    words:
      /(?<![\p{L}])(?:trial|try it|try (?:it|pro|the \w+) (?:out|first)|try \w+ before (?:paying|buying|i pay|committing)|before (?:paying|buying|i pay)|free version|test(?:en|phase|version)?|testversion|probemonat\w*|testmonat\w*|gratismonat\w*|ausprobier\w*|probier\w*|essai|essayer|prueba|probar(?:lo)?|prova|provare|provarlo|experimentar|testar|teste|tester|uitproberen|proberen|proefperiode|provperiod|prova pa)(?![\p{L}])/u,
  },
  {
    keys: ['platforms', 'apps'],
    words: /(?<![\p{L}])(?:android|ios|iphone|ipad|mac|macos|windows|desktop|mobile app|app store|play store)(?![\p{L}])/u,
  },
  {
    keys: ['export'],
    words:
      /(?<![\p{L}])(?:export\w*|datev|csv|(?:get|download) (?:the |my |our )?data|(?:download|get|keep|save|back up|backup) (?:a copy of )?(?:all |every )?(?:of )?(?:my |our |the )?(?:invoices|data|records|files|history)|(?:the |my )?data out|(?:recuperer|telecharger) (?:les |mes )?donnees|descargar (?:los |mis )?datos|daten (?:bekommen|herunterladen|exportieren)|scaricare (?:i |tutti i )?dati|descarregar (?:os )?dados)(?![\p{L}])/u,
  },
  { keys: ['breakfast'], words: /(?<![\p{L}])(?:breakfast|petit[- ]dej\w*|desayuno|fruhstuck|colazione|pequeno[- ]almoco)(?![\p{L}])/u },
  {
    keys: ['checkIn', 'checkin'],
    words:
      /(?<![\p{L}])(?:check[- ]?in|check[- ]?out|arrive early|late checkout|room ready|have the room|get the room|einchecken|auschecken|anreise|abreise|zimmer (?:bereit|fertig|beziehen)|avoir la chambre|chambre (?:prete|disponible)|quitter la chambre|arrivee|depart|entrada|salida|habitacion lista|camera pronta|avere la camera|lasciare la camera|quarto pronto|ter o quarto|abreisetag\w*|zimmer (?:raumen|verlassen)|(?:liberer|quitter|rendre) la chambre|heure de (?:depart|sortie)|dejar la habitacion|desalojar|(?:lasciare|liberare) la (?:camera|stanza)|giorno della partenza|deixar o quarto|(?:leave|vacate) the room|what time (?:do|must|should) (?:we|i) leave)(?![\p{L}])/u,
  },
  {
    keys: ['spa', 'pool'],
    words:
      /(?<![\p{L}])(?:spa|pool|piscine|piscina|schwimmbad|hallenbad|sauna|wellness\w*|hammam|jacuzzi|hot tub|whirlpool|benessere)(?![\p{L}])/u,
  },
  {
    keys: ['transfer', 'shuttle'],
    words:
      /(?<![\p{L}])(?:shuttle|transfer|station|airport|navette|transfert|gare|lanzadera|traslado|aeropuerto|bahnhof|flughafen|abholservice|navetta|stazione|aeroporto|aeroport)(?![\p{L}])/u,
  },
  {
    // "Which cities are you in?", "another restaurant in Paris?": the branches, else the address.
    keys: ['locations', 'branches', 'address'],
    words:
      /(?<![\p{L}])(?:which cities|quelles villes|que ciudades|welchen stadten|quali citta|que cidades|branches|(?:un|a|another|one) restaurant (?:a|in|en|em)|(?:un|uno) ristorante (?:anche )?(?:a|in)|(?:um|outro) restaurante (?:em|no|na)|(?:un|otro) restaurante (?:en))(?![\p{L}])/u,
  },
  {
    keys: ['address', 'location', 'locations'],
    words:
      /(?<![\p{L}])(?:address|where are you(?! (?:from|sourc|getting|buying))|where are your(?! \p{L}+(?: \p{L}+)? (?:from|sourced|made|grown|roasted|produced|baked))|how do (?:i|we) find you|find you|comment (?:on vous trouve|vous trouver)|como se llega|wie findet man euch|come si arriva|como se chega|located|locations?|branches|restaurants|(?:un|a|another|one) restaurant (?:a|in|en|em)|(?:un|uno) ristorante (?:anche )?(?:a|in)|(?:um|outro) restaurante (?:em|no|na)|(?:un|otro) restaurante (?:en)|which cities|quelles villes|que ciudades|welchen stadten|quali citta|que cidades|adresse|ou etes-vous|ou se trouve\w*|direccion|donde estais|donde estan|wo seid|wo sind|indirizzo|dove siete|morada|onde ficam|onde estao)(?![\p{L}])/u,
  },
  {
    keys: ['sizes', 'sizing'],
    // "Calzo un 38,5, ¿pido la 38 o la 39?", "je chausse du 40", "ich trage 39", "I'm a 38.5": the shoe size they wear or ask about.
    words:
      /(?<![\p{L}])(?:sizes?|sizing|fit|talla\w*|taille\w*|grosse\w*|taglia\w*|tamanho\w*|numero|calz(?:o|as?|an|ar|amos)|chausse[sz]?|pointures?|calc(?:o|as?|am|ar)|schuhgrosse|fallen [^?.!]{0,30} aus|vestono|calzano|servem bem|veste(?:m)? (?:bem|grande|pequeno)|half[- ]sizes?|trage (?:ich )?(?:gr(?:o|ö)(?:ss|ß)e )?\d\d|porto (?:il )?\d\d|(?:pido|pillo|cojo|prendo|nehme|peco|prends) (?:la |el |il |le |die |den |o |a )?\d\d|(?:3[4-9]|4[0-8])(?:[.,]5)? (?:or|o|ou|oder|of) (?:(?:the|la|el|le|il|a|o|die|de) )?(?:3[4-9]|4[0-8])|(?:between|entre|zwischen|tra|fra) (?:(?:the|la|el|le|il|a|o|die|de|dem|der) )?(?:3[4-9]|4[0-8])(?:[.,]5)? (?:and|y|e|et|und) (?:(?:the|la|el|le|il|a|o|die|de|dem|der) )?(?:3[4-9]|4[0-8]))(?![\p{L}\p{N}])/u,
  },
  {
    keys: ['payment', 'payments'],
    words:
      /(?<![\p{L}])(?:pay(?:ment)?|paypal|card|cash|bizum|mb way|klarna|pago|tarjeta|efectivo|paiement|carte bancaire|especes|zahlung|bargeld|kartenzahlung|pagamento|contanti|carta di credito|dinheiro|cartao|bancomat|carte bleue|mit karte|karte|tarjeta de credito|multibanco)(?![\p{L}])/u,
  },
  {
    keys: ['returns', 'refunds'],
    words:
      /(?<![\p{L}])(?:returns?|exchange|refund\w*|send (?:it|them) back|cambio\w*|devoluci\w*|devolv\w*|retour\w*|renvoy\w*|echange|umtausch|rucksend\w*|zuruckschick\w*|reso|resi|restituir\w*|troca\w*|trocar|devolu\w*|echanger|cambiar\w*|umtausch\w*|cambiarl\w*|money back|(?:el|mi|mon|mein|il mio|o meu|o) (?:dinero|argent|geld|dinheiro|denaro) (?:de vuelta|zuruck|de volta|back)|(?:llegar|llega|tarda|vuelve) (?:en llegar )?(?:el|mi) dinero|reembols\w*|rembours\w*|erstattung|rimbors\w*)(?![\p{L}])/u,
  },
  {
    keys: ['giftCards', 'giftCard', 'vouchers'],
    words:
      /(?<![\p{L}])(?:gift ?cards?|vouchers?|cartes? cadeaux?|tarjetas? regalo|gutschein\w*|buon[oi] regalo|(?:un|um) (?:buono|vale)(?= (?:a|per|para|à|regalo|de regalo|presente))|vales? (?:regalo|de regalo)|carta regalo|cart(?:ao|oes) (?:presente|de oferta|oferta)|vales? (?:de )?(?:oferta|presente)|cheques? cadeaux?|bons? cadeaux?)(?![\p{L}])/u,
  },
  { keys: ['amazon'], words: /(?<![\p{L}])(?:amazon)(?![\p{L}])/u },
  {
    keys: ['happyHour'],
    words:
      /(?<![\p{L}])(?:happy hour|happy-hour|hora feliz|aperitivo|apero|after[- ]?work|drink specials?|drinks? deals?|deals? on drinks|drinks? offers?|cheap drinks|afternoon drinks|(?:sconti|offerte) sulle bevande|getrankeangebote?|prix reduits sur les boissons|(?:ofertas|promociones) en (?:las )?bebidas|promocoes nas bebidas)(?![\p{L}])/u,
  },
  {
    keys: ['website', 'web'],
    words:
      /(?<![\p{L}])(?:website|web ?site|site web|sitio web|pagina web|webseite|homepage|sito web|site internet|(?:un |le |votre |vuestra |la |una |vostro |il |o |um )?(?:site|sito|web|sitio)(?= (?:internet|pour|para|per|to|where|onde|donde|ou) )|sito|(?:votre|ton|vosso|teu|vuestra|tu|vostro|tuo|eure|ihre|deine|your) (?:site|web|sito|webseite|website)|online bestellen|order online|online shop|boutique en ligne|tienda online|onlineshop|negozio online|loja online)(?![\p{L}])/u,
  },
  {
    keys: ['status'],
    words:
      /(?<![\p{L}])(?:status\w*|page de statut|pagina de estado|pagina di stato|outage|down right now|is it down|(?:app|appli|application|site|aplicacion|aplicacao)? ?(?:est |esta |e |ist )?(?:en panne|caida|gerade down|down|giu|em baixo|fora do ar|ausgefallen|gestort)(?= (?:en ce moment|ahora|right now|gerade|in questo momento|agora|now|today|aujourd'hui|hoy|heute|oggi|hoje)|\s*\?|$))(?![\p{L}])/u,
  },
];

const STOP = new Set(
  'the and you your for with are not but our have has can any there this that what when where which how does did will would could should about from into just also some more very please thanks thank hello bonjour hola hallo ciao ola pour avec vous votre nous dans sont est une des les que qui para con que los las una por nos der die das und mit fur ein eine ist sind wir ihr sie haben gibt per con che una gli sono para com uma dos das que tem sao'.split(
    ' ',
  ),
);

function contentWords(text: string): string[] {
  return (fold(text).match(/\p{L}[\p{L}\p{N}-]{3,}/gu) ?? []).filter((word) => !STOP.has(word));
}

/** A fact's words without its addresses: "ledgerly.example/demo" does not make every question naming the brand about demos. */
function factWords(text: string): string[] {
  return contentWords(text.replace(/(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?/gu, ' '));
}

/** Keys of facts about getting, paying for or sending back an order: a marketplace's own fact overrides them there. */
const ORDER_KEYS = /^(?:returns?|refunds?|delivery|shipping|payments?|exchanges?)$/iu;

export interface FactAnswer {
  key: string;
  text: string;
  /** The question's own word that pointed to the fact ("chiens"), as written. */
  asked?: string;
}

/**
 * The fact that answers a question, or undefined when none does (then the reply leaves a
 * marked gap for the person to fill).
 */
export function factFor(
  question: string,
  facts: Record<string, string>,
  options: { needKeyWord?: boolean; site?: string } = {},
): FactAnswer | undefined {
  const q = fold(question);
  const entries = Object.entries(facts).filter(([, value]) => typeof value === 'string' && value.trim());
  if (entries.length === 0) return undefined;
  const keyIndex = new Map(entries.map(([key]) => [key.toLowerCase(), key]));
  const scores = new Map<string, number>();
  const askedWords = new Map<string, string>();
  // "How do returns work if they don't fit?": a supposed case is not the topic, when something else names it.
  const main = q.replace(SUPPOSING, (words) => ' '.repeat(words.length));
  const topicText = KEY_WORDS.some(({ words }) => words.test(main)) ? main : q;
  for (const { keys, words } of KEY_WORDS) {
    const m = words.exec(topicText);
    if (!m) continue;
    for (const key of keys) {
      const real = keyIndex.get(key.toLowerCase());
      if (real) {
        // "Can I exchange them for a size up?", "drinks deals in the afternoon?": the more specific fact wins a
        // tie with the one the question's other words name (the sizes, the prices).
        scores.set(real, (scores.get(real) ?? 0) + (SPECIFIC_KEYS.has(key) && key === keys[0] ? 2.5 : 2));
        // Folding keeps lengths for accented letters, so the offset finds the word as written.
        if (!askedWords.has(real)) askedWords.set(real, question.slice(m.index, m.index + m[0].length));
      }
    }
  }
  const asked = options.needKeyWord ? [] : contentWords(question);
  for (const [key, value] of entries) {
    const words = new Set(factWords(value));
    for (const word of asked) {
      // Shared word, or a shared start of 6+ letters (vegetarian / végétarien).
      if (words.has(word) || (word.length >= 6 && [...words].some((f) => f.length >= 6 && f.slice(0, 6) === word.slice(0, 6)))) {
        scores.set(key, (scores.get(key) ?? 0) + 1);
      }
    }
  }
  // "How much is Pro after the trial?": asked for a price outright, the prices answer, not the trial
  // (a price asked of something else, "was kostet der Versand?", stays with that fact).
  const pricingKey = ['pricing', 'prices', 'price'].map((key) => keyIndex.get(key)).find(Boolean);
  const trialKey = keyIndex.get('trial');
  if (pricingKey && trialKey && scores.has(pricingKey) && scores.has(trialKey) && PRICE_ASKED.test(topicText))
    scores.set(trialKey, scores.get(trialKey)! - 1);
  let best: string | undefined;
  let bestScore = 0;
  // Opening hours are everyone's fallback topic (a weekday, "open"): on a tie the more specific fact answers
  // ("is the spa open to non-guests?", "can I book a table for Friday?").
  const isHours = (key: string | undefined) => key !== undefined && /^(?:hours|openinghours|opening)$/iu.test(key);
  for (const [key, score] of scores) {
    if (score > bestScore || (score === bestScore && isHours(best) && !isHours(key))) {
      best = key;
      bestScore = score;
    }
  }
  if (!best || bestScore < 2) return undefined;
  if (asksForSomethingElse(q, fold(facts[best]!))) return undefined;
  // Asked on Amazon about a return: the profile's own "amazon" fact (orders there go back through Amazon) answers it.
  const marketplace = options.site ? keyIndex.get(options.site.toLowerCase()) : undefined;
  if (marketplace && marketplace !== best && ORDER_KEYS.test(best)) return { key: marketplace, text: facts[marketplace]!.trim() };
  const askedWord = askedWords.get(best);
  return { key: best, text: facts[best]!.trim(), ...(askedWord ? { asked: askedWord } : {}) };
}

/**
 * "Does the free plan let you send invoices in different currencies?": the key word (plan)
 * points to the pricing fact, but what is asked is whether it can do something the fact never
 * names. The words after "let you / support / accept / have" name what is asked; when none
 * of them is in the fact, the fact does not answer (the reply leaves a gap instead).
 */
const CAPABILITY =
  /(?<![\p{L}])(?:let (?:you|me|us)|allow(?:s|ing)? (?:you |me |us )?(?:to )?|(?<!(?:your|our|the|customer|tech) )support(?:s)?|handle(?:s)?|work(?:s)? with|integrate(?:s)? with|connect(?:s)? (?:to|with)|come(?:s)? with|permet(?:-il|-elle)? (?:de |d')?|gere(?:-t-il)?|prend(?:-il)? en charge|permite|admite|soporta|unterstutzt|erlaubt|funktioniert mit|permette di|supporta|gestisce|suporta)\s+([^?]{3,80})/u;

const NOT_ASKED = new Set(
  'send sending make create use using get add multiple different several other more many various another envoyer creer utiliser plusieurs differentes autres enviar crear usar varios varias diferentes senden erstellen nutzen mehrere verschiedene andere inviare creare usare diversi diverse altri'.split(
    ' ',
  ),
);

/** Asked for people not staying with us (folded): "is the spa open to non-guests?", "chi non alloggia". */
const NOT_STAYING =
  /(?<![\p{L}])(?:non[- ]?(?:hotel )?(?:guests?|residents?)|not (?:staying|a guest|guests)|(?:aren'?t|are not|isn'?t|is not) (?:staying|a guest|guests)|day (?:pass(?:es)?|guests?|visitors?)|(?:outside|external) (?:guests|visitors)|qui ne (?:sont|logent|sejournent) pas|non[- ]residents|exterieurs|clients exterieurs|que no (?:se alojan|se alojen|esten alojad\w+|son huespedes)|no alojad\w+|no huespedes|externos|(?:nicht|keine)[- ]?(?:hotel)?gaste|externe (?:gaste|besucher)|tagesgaste|die nicht (?:im hotel )?(?:wohnen|ubernachten)|chi non (?:alloggia|soggiorna|e ospite|dorme|pernotta)|non (?:ospiti|alloggiati)|esterni|que nao (?:estao|estejam|esta) hospedad\w+|nao hospedes|externos)(?![\p{L}])/u;
/**
 * Who or what the question narrows to (folded): a kids' menu, meal vouchers, a plan for a team. A fact
 * on the wider topic (the menu, gift cards, the prices) that never names it does not answer.
 */
const NARROWED_TO: RegExp[] = [
  // Step-free access: "is there a step at the door, and an accessible toilet?" is not answered by a fact about dogs by the door.
  /(?<![\p{L}])(?:wheelchairs?|step-free|steps? (?:at|to|into|up|down)|stairs|ramps?|accessible|accessibility|disabled (?:access|toilet|loo|parking)|mobility|rollstuhl\p{L}*|barrierefrei\p{L}*|stufen|fauteuil roulant|pmr|accessibilite|silla de ruedas|accesible|escalones?|sedia a rotelle|accessibile|gradini|cadeira de rodas|acessivel|degraus?)(?![\p{L}])/u,
  /(?<![\p{L}])(?:(?:kids?'?|child(?:ren)?(?:'s)?|enfants?|ninos|infantil|bambini|criancas?)\s+(?:menus?|meals?|portions?|prices?|discounts?|rates?|plates?)|(?:menus?|meals?|cartes?|plats?|portions?|tarifs?|precios?|prezz\p{L}*|pratos?)\s+(?:(?:pour|para|per|for)\s+)?(?:(?:les|los|i|as|os|the)\s+)?(?:kids?|children|enfants?|ninos|infantil(?:es)?|bambini|criancas?)|kinder(?:menu|menus|teller|karte|portion\p{L}*|preis\p{L}*))(?![\p{L}])/u,
  /(?<![\p{L}])(?:meal vouchers?|luncheon vouchers?|swile|edenred|sodexo|pluxee|tickets? restau\p{L}*|titres?[- ]restaurant|cheques? dejeuner|cartes? restaurant|buoni pasto|essensgutschein\p{L}*|essensmarken|vales? (?:de )?(?:comida|refeicao)|cheques? (?:comida|restaurante)|cartao refeicao)(?![\p{L}])/u,
  /(?<![\p{L}])(?:team (?:plans?|accounts?|versions?|pricing)|teams? of (?:\d+|two|three|four|five|six)|multi-?users?|(?:own|separate|individual|their own) logins?|seats?|(?:several|multiple|more than one|extra|additional) (?:users|logins|accounts)|each of us|mehrere (?:nutzer|benutzer|logins)|teamkont\p{L}*|plusieurs (?:utilisateurs|comptes)|varios usuarios|cuentas de equipo|piu utenti|varios utilizadores)(?![\p{L}])/u,
];

/**
 * Countries a question may ask to ship to, each with its names in the six languages (folded): "Vocês
 * enviam para o Brasil?" is not answered by a fact that ships to Spain and Portugal.
 */
const COUNTRIES: string[][] = [
  ['brazil', 'brasil', 'bresil', 'brasilien', 'brasile'],
  [
    'usa',
    'u.s.',
    'united states',
    'the states',
    'america',
    'eeuu',
    'estados unidos',
    'etats-unis',
    'etats unis',
    'amerika',
    'stati uniti',
    'eua',
  ],
  [
    'uk',
    'united kingdom',
    'england',
    'great britain',
    'britain',
    'reino unido',
    'royaume-uni',
    'angleterre',
    'grossbritannien',
    'england',
    'regno unito',
    'inghilterra',
    'inglaterra',
  ],
  ['canada', 'kanada', 'canade'],
  ['mexico', 'mexique', 'mexiko', 'messico'],
  ['australia', 'australie', 'australien'],
  ['japan', 'japon', 'giappone', 'japao'],
  ['switzerland', 'suiza', 'suisse', 'schweiz', 'svizzera', 'suica'],
  ['germany', 'alemania', 'allemagne', 'deutschland', 'germania', 'alemanha'],
  ['france', 'francia', 'frankreich', 'franca'],
  ['italy', 'italia', 'italie', 'italien'],
  ['netherlands', 'holland', 'holanda', 'pays-bas', 'pays bas', 'niederlande', 'olanda', 'paises bajos', 'paises baixos'],
  ['ireland', 'irlanda', 'irlande', 'irland'],
  ['belgium', 'belgica', 'belgique', 'belgien', 'belgio'],
  ['austria', 'autriche', 'osterreich'],
  ['argentina', 'argentine', 'argentinien'],
  ['chile', 'chili'],
  ['colombia', 'colombie', 'kolumbien'],
  ['andorra', 'andorre'],
  ['morocco', 'marruecos', 'maroc', 'marokko', 'marocco', 'marrocos'],
];
const DESTINATION_BEFORE =
  /(?:to|a|al|para|pra|en|nach|in|pour|au|aux|em|no|na|verso|in)\s+(?:(?:the|o|a|el|la|le|les|il|lo|os|as|die|den)\s+)?$/u;

/** The countries named as a destination in the question and in no name in the fact. */
function otherDestination(question: string, fact: string): boolean {
  const named = (text: string, name: string) => new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').exec(text);
  return COUNTRIES.some((names) => {
    const asked = names.map((name) => named(question, name)).find((m) => m && DESTINATION_BEFORE.test(question.slice(0, m.index)));
    return Boolean(asked) && !names.some((name) => named(fact, name));
  });
}

function asksForSomethingElse(question: string, fact: string): boolean {
  // "Vocês enviam para o Brasil?": a delivery fact that never names Brazil does not answer.
  if (otherDestination(question, fact)) return true;
  // "free for hotel guests", or a booking fact, says nothing of those not staying, which is what was asked.
  if (NOT_STAYING.test(question) && !NOT_STAYING.test(fact)) return true;
  // "un menu enfant ?", "do you take Swile / meal vouchers?", "a team plan with our own logins?".
  if (NARROWED_TO.some((narrowed) => narrowed.test(question) && !narrowed.test(fact))) return true;
  const m = CAPABILITY.exec(question);
  if (!m) return false;
  const asked = contentWords(m[1]!.split(/\s(?:or|ou|o|oder|oppure)\s/u)[0]!).filter((w) => !NOT_ASKED.has(w));
  if (asked.length === 0) return false;
  const factWords = contentWords(fact);
  const shares = (w: string) => factWords.some((f) => f === w || (w.length >= 5 && f.length >= 5 && f.slice(0, 5) === w.slice(0, 5)));
  return !asked.some(shares);
}
