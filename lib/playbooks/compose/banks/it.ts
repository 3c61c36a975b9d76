import { listOf } from '../point-phrases';
import type { ComposeContext, PhraseBank } from '../types';
import { answerOrGap, cap, factSentence, leadIntoFact, pick, shortGap } from './util';
import { closingLine } from '../closing';

/** "tu" on social sites, "Lei" on review sites and professional networks. */
const t = (c: ComposeContext, tu: string, lei: string) => (c.formal ? lei : tu);

/** Imperative: "scrivimi a x" / "mi scriva a x". */
function reach(c: ComposeContext): string {
  switch (c.channel.kind) {
    case 'dm':
      return t(c, `scrivici in privato (${c.channel.value})`, `ci scriva in privato (${c.channel.value})`);
    case 'email':
      return t(c, `scrivimi a ${c.channel.value}`, `mi scriva a ${c.channel.value}`);
    case 'phone':
      return t(c, `chiamaci al ${c.channel.value}`, `ci chiami al ${c.channel.value}`);
    case 'url':
      return t(c, `contattaci su ${c.channel.value}`, `ci contatti su ${c.channel.value}`);
    default:
      return t(c, 'contattaci [come contattarti]', 'ci contatti [come contattarLa]');
  }
}

function detail(c: ComposeContext): string {
  switch (c.kind) {
    case 'hotel':
      return t(c, 'il nome della prenotazione e le date del soggiorno', 'il nome della prenotazione e le date del soggiorno');
    case 'shop':
      return t(c, 'il numero del tuo ordine', 'il numero del Suo ordine');
    case 'app':
      return t(c, "l'e-mail del tuo account", "l'e-mail del Suo account");
    case 'service':
      return "la data dell'appuntamento";
    default:
      return 'il giorno e l’ora della visita';
  }
}

const praisedOf = (c: ComposeContext) => c.praisedItems ?? (c.praised ? [c.praised] : []);
const pointsOf = (c: ComposeContext) => (c.points === c.mainPoint || !c.pointItems?.length ? [c.points] : c.pointItems);
/** "sulla colazione e sul parcheggio": Italian repeats the preposition, joined with each article. */
const withEach = (preposition: string, items: string[]) =>
  listOf(
    items.map((item) => `${preposition} ${item}`),
    'it',
  );

/** "del vostro viaggio di nozze", "della Sua laurea": a couple's occasion is "vostro", one person's "tuo"/"Suo". */
function occasionWith(c: ComposeContext, occasion: string): string {
  const feminine = /a$/u.test(occasion.split(' ')[0] ?? occasion);
  const couple = /nozze|matrimonio|anniversario|luna di miele|fidanzamento/u.test(occasion);
  const owner = couple ? (feminine ? 'vostra' : 'vostro') : feminine ? t(c, 'tua', 'Sua') : t(c, 'tuo', 'Suo');
  return `${feminine ? 'della' : 'del'} ${owner} ${occasion}`;
}

export const it: PhraseBank = {
  greeting: (c) => (c.name ? `${t(c, 'Ciao', 'Gentile')} ${c.name},` : t(c, 'Ciao,', 'Buongiorno,')),
  families: {
    complaint: [
      {
        id: 'fix-first',
        why: 'Names what went wrong, apologises, and offers to put it right',
        write: (c) => [
          [
            c.kindWords
              ? c.liked
                ? `Grazie per le ${t(c, 'tue', 'Sue')} parole su ${c.liked}.`
                : `Grazie per le ${t(c, 'tue', 'Sue')} parole gentili.`
              : '',
            c.points ? `Ci dispiace davvero per ${c.points}.` : "Ci dispiace davvero per com'è andata.",
          ]
            .filter(Boolean)
            .join(' '),
          c.specialDay ? 'Sappiamo che era per un’occasione speciale, e questo lo rende ancora più spiacevole.' : '',
          c.person && !c.person.praised
            ? `Ne parlerò con ${c.person.name} e con il team.`
            : pick(c, [
                'Vogliamo fare meglio, e me ne sto occupando.',
                'Non è il livello che vogliamo offrire, e me ne sto occupando personalmente.',
                "Non è all'altezza di ciò che vogliamo offrire: me ne sto occupando.",
              ]),
          // "io stesso" would say who signs is a man.
          c.refund ? t(c, 'Controllo personalmente il tuo rimborso oggi.', 'Controllo personalmente il Suo rimborso oggi.') : '',
          c.answer
            ? factSentence(c, c.answer)
            : c.openQuestion
              ? t(
                  c,
                  'Quanto alla tua domanda: mi informo e ti rispondo chiaramente.',
                  'Quanto alla Sua domanda: mi informo e Le rispondo chiaramente.',
                )
              : '',
          `${cap(reach(c))}: ${pick(c, ['vorrei rimediare.', `vorrei trovare una soluzione insieme a ${t(c, 'te', 'Lei')}.`, 'ci tengo a rimediare.'], 1)}`,
        ],
      },
      {
        id: 'ask-for-detail',
        why: 'Asks for the details so the problem can be traced',
        write: (c) => [
          `Grazie per avercelo segnalato, e ${t(c, 'scusaci', 'ci scusi')}${c.mainPoint ? ` per ${c.mainPoint}` : ''}.`,
          `Vorrei capire esattamente cosa è successo: ${reach(c)}${c.short ? '' : ` indicando ${detail(c)}`} e me ne occupo personalmente.`,
        ],
      },
      {
        id: 'take-it-private',
        why: 'Short: moves the conversation to a private channel',
        write: (c) => [
          pick(
            c,
            [
              `Grazie della segnalazione, e ${t(c, 'scusa', 'ci scusi per')} il disagio.`,
              'Ci dispiace per il disagio, e grazie di avercelo detto.',
              `${t(c, 'Scusaci', 'Ci scusi')} per l'inconveniente.`,
            ],
            2,
          ),
          `${cap(reach(c))}: vorrei risolvere la cosa direttamente con ${t(c, 'te', 'Lei')}.`,
        ],
      },
    ],
    escalation: [
      {
        id: 'urgent-private',
        why: 'Takes it seriously, fast, and moves it to a private channel',
        write: (c) => [
          c.short
            ? 'Ci dispiace moltissimo.'
            : pick(c, [
                `Grazie per averci avvisato, e ci dispiace moltissimo.`,
                'Ci dispiace moltissimo, e grazie per avercelo segnalato.',
                'Grazie per averci scritto: ci dispiace davvero molto.',
              ]),
          c.points
            ? `Prendiamo molto sul serio quello che ${t(c, 'racconti', 'racconta')} per quanto riguarda ${c.points}, e me ne occupo personalmente oggi.`
            : 'Prendiamo la cosa molto sul serio, e me ne occupo personalmente oggi.',
          c.phishing
            ? `Non chiediamo mai dati della carta o password via email o messaggio: per favore ${t(c, 'non rispondere e non aprire i link', 'non risponda e non apra i link')}.`
            : '',
          `${cap(reach(c))} così possiamo parlarne direttamente.`,
        ],
      },
      {
        id: 'ask-for-detail',
        why: 'Asks for the full details in private before anything else',
        write: (c) => [
          `Ci dispiace: non sarebbe mai dovuto succedere, e vorrei conoscere ogni dettaglio.`,
          `${cap(reach(c))} indicando ${detail(c)}; ${t(c, 'ti', 'Le')} rispondo in giornata.`,
        ],
      },
      {
        id: 'short-private',
        why: 'Short and calm: no argument in public',
        write: (c) => [
          `${t(c, 'Scusaci', 'Ci scusi')}, me ne sto già occupando.`,
          `${cap(reach(c))} e ${t(c, 'ti', 'Le')} rispondo personalmente oggi.`,
        ],
      },
    ],
    legal: [
      {
        id: 'acknowledge-route',
        why: 'Acknowledges, admits nothing, routes it to the owner privately',
        write: (c) => [
          `Grazie per ${t(c, 'il tuo', 'il Suo')} messaggio${c.points ? ` per quanto riguarda ${c.points}` : ''}.`,
          `L'ho inoltrato alla direzione, che ${t(c, 'ti', 'La')} contatterà direttamente.`,
          `${cap(reach(c))} così abbiamo i ${t(c, 'tuoi', 'Suoi')} recapiti.`,
        ],
      },
      {
        id: 'hold-formal',
        why: 'Formal holding reply: the rest happens in private',
        write: (c) => [
          `Abbiamo ricevuto le ${t(c, 'tue', 'Sue')} osservazioni e le prendiamo sul serio.`,
          `Proseguiremo la conversazione in privato: ${reach(c)}.`,
        ],
      },
      {
        id: 'short-hold',
        why: 'Brief: confirms receipt and gives the private channel',
        write: (c) => [`Grazie della comunicazione. La direzione ${t(c, 'ti', 'La')} contatterà in privato; nel frattempo ${reach(c)}.`],
      },
    ],
    question: [
      {
        id: 'answer',
        why: 'Answers the question',
        write: (c) => [
          c.kindWords
            ? `Grazie per le ${t(c, 'tue', 'Sue')} parole ${c.liked ? `su ${c.liked}` : 'gentili'} e per la domanda${c.topic ? ` su ${c.topic}` : ''}!`
            : `Grazie per la domanda${c.topic ? ` su ${c.topic}` : ''}!`,
          answerOrGap(c),
          c.thankedPerson ? `Riferirò i ${t(c, 'tuoi', 'Suoi')} ringraziamenti a ${c.thankedPerson}.` : '',
          closingLine(c, 0, 'other'),
        ],
      },
      {
        id: 'short-answer',
        why: 'The answer in a line',
        write: (c) => [
          // (Not "Bella domanda! … Grazie per averci scritto.": next to "Grazie per la domanda…" it read as the first reply again.)
          c.answerPart
            ? leadIntoFact(c, 'Bella domanda', c.answerPart)
            : `Ecco cosa ${t(c, 'ti', 'Le')} possiamo dire: ${c.gap ? shortGap(c.gap) : ''}`,
          c.answerPart
            ? pick(
                c,
                [
                  `Speriamo ${t(c, 'ti', 'Le')} sia utile, e restiamo a disposizione per il resto.`,
                  `Speriamo ${t(c, 'ti', 'Le')} sia utile! Per qualsiasi altra domanda, ${t(c, 'scrivici', 'ci scriva')} pure qui.`,
                ],
                3,
              )
            : 'A presto!',
        ],
      },
      {
        id: 'offer-more-help',
        why: 'Offers to help further in private',
        write: (c) => [`Per qualsiasi altra domanda, ${reach(c)}.`, `${t(c, 'Ti', 'Le')} risponderemo subito.`],
      },
    ],
    fan: [
      {
        id: 'thank-and-name-it',
        why: 'Thanks them and says back what they loved',
        write: (c) => [
          pick(c, ['Grazie di cuore!', 'Grazie mille!', 'Grazie davvero!']),
          c.praised
            ? // "a partire dal prosecco e dalla spa": "da" before each thing, joined with its article.
              `Siamo felici che ${t(c, 'ti', 'Le')} sia piaciuto tutto, a partire ${listOf(
                praisedOf(c).map((item) => `da ${item}`),
                'it',
              )}.`
            : `${t(c, 'Il tuo', 'Il Suo')} messaggio ci ha fatto molto piacere.`,
          c.pet ? `E che bello che ${t(c, 'il tuo', 'il Suo')} ${c.pet === 'cat' ? 'gatto' : 'cane'} si sia sentito a casa!` : '',
          c.person?.praised || c.place
            ? `Riferirò i ${t(c, 'tuoi', 'Suoi')} complimenti a ${[c.person?.praised ? c.person.name : '', c.place ? `tutto lo staff di ${c.place}` : ''].filter(Boolean).join(' e a ')}.`
            : '',
          c.occasion ? `Che bello aver fatto parte ${occasionWith(c, c.occasion)}!` : '',
          c.lasting ? 'Che bello sapere che durano così!' : '',
          // A happy customer's booking or catering question, answered from the facts.
          c.answer ? factSentence(c, c.answer) : (c.gap ?? ''),
          c.wished ? `Ho anche girato al team ${t(c, 'il tuo', 'il Suo')} suggerimento su ${c.wished}.` : '',
          closingLine(c, 0, 'other'),
        ],
      },
      {
        id: 'warm-thanks',
        why: 'A warm thank-you in other words',
        write: (c) => [
          pick(
            c,
            [
              `${t(c, 'Ci hai', 'Ci ha')} rallegrato la giornata, grazie!`,
              'Che bel messaggio, grazie!',
              'Parole che ci fanno davvero piacere, grazie!',
            ],
            2,
          ),
          c.praised
            ? `Tutto il team sarà felice di leggere le ${t(c, 'tue', 'Sue')} parole ${withEach('su', praisedOf(c))}.`
            : 'Commenti così danno energia a tutto il team.',
          closingLine(c, 1, 'drop'),
        ],
      },
      {
        id: 'invite-to-share',
        why: 'Invites them to become an advocate',
        write: (c) => [
          `Grazie per le belle parole!`,
          `Se ${t(c, 'ti va', 'Le va')}, ${t(c, 'parla', 'parli')} di noi ai ${t(c, 'tuoi', 'Suoi')} amici o ${t(c, 'taggaci', 'ci tagghi')} la prossima volta: per un piccolo team come il nostro è un grande aiuto.`,
        ],
      },
    ],
    lukewarm: [
      {
        id: 'ask-what-would-be-great',
        why: 'Thanks them and asks what would have made it great',
        write: (c) => [
          pick(c, [
            `Grazie per ${t(c, 'il tuo', 'il Suo')} parere sincero.`,
            `Grazie per aver condiviso la ${t(c, 'tua', 'Sua')} esperienza.`,
            `Grazie per la ${t(c, 'tua', 'Sua')} recensione.`,
          ]),
          c.liked ? `Ci fa piacere leggere le ${t(c, 'tue', 'Sue')} parole su ${c.liked}.` : '',
          c.person?.praised ? `Riferirò i ${t(c, 'tuoi', 'Suoi')} complimenti a ${c.person.name}.` : '',
          c.points
            ? c.pointsUnjudged
              ? `Ho già riferito al team ${t(c, 'il tuo', 'il Suo')} commento ${withEach('su', pointsOf(c))}.`
              : `${t(c, 'Hai', 'Ha')} ragione ${withEach('su', pointsOf(c))}, e l'ho già riferito al team.`
            : '',
          c.wished ? `Ho anche girato al team ${t(c, 'il tuo', 'il Suo')} suggerimento su ${c.wished}.` : '',
          // What we could have done better, not what would have made it "perfect".
          pick(
            c,
            [
              c.kind === 'app' ? 'Cosa potremmo fare meglio?' : 'Cosa avremmo potuto fare meglio?',
              `Secondo ${t(c, 'te', 'Lei')}, cosa potremmo migliorare?`,
              'Ci farebbe piacere sapere cosa possiamo migliorare.',
            ],
            1,
          ),
        ],
      },
      {
        id: 'invite-back',
        why: 'Invites them to say more and to come back',
        write: (c) => [
          `Grazie di averci scelto e di aver trovato il tempo di scrivere.`,
          `La prossima volta vorremmo meritare cinque stelle: se ${t(c, 'ti va', 'Le va')}, ${reach(c)} e ${t(c, 'raccontaci', 'ci racconti')} di più.`,
        ],
      },
      {
        id: 'acknowledge-and-improve',
        why: 'Acknowledges the point and promises to do better',
        write: (c) => [
          `Apprezziamo che ${t(c, 'tu ci abbia', 'ci abbia')} raccontato com'è andata${c.mainPoint ? `, soprattutto per quanto riguarda ${c.mainPoint}` : ''}.`,
          pick(
            c,
            [
              `Lavoriamo ogni giorno per migliorare e speriamo di convincer${t(c, 'ti', 'La')} la prossima volta.`,
              `I ${t(c, 'tuoi', 'Suoi')} commenti ci aiutano a migliorare.`,
              'Ne terremo conto per la prossima volta.',
            ],
            2,
          ),
        ],
      },
    ],
    light: [
      {
        id: 'friendly-line',
        why: 'Not about the business: one short friendly line',
        write: (c) => pick(c, [['Grazie della visita! 😊'], ['Grazie per il messaggio! 😊'], ['Grazie del pensiero! 😊']]),
      },
      {
        id: 'friendly-wave',
        why: 'A short wave back',
        write: (c) => [t(c, 'Che bello leggerti, buona giornata!', 'Che piacere leggerLa, buona giornata!')],
      },
      { id: 'friendly-thanks', why: 'A short thank-you', write: () => ['Grazie di seguirci!'] },
    ],
    ignore: [],
  },
};
