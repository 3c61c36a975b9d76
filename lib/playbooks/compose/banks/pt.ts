import { listOf } from '../point-phrases';
import type { ComposeContext, PhraseBank } from '../types';
import { answerOrGap, cap, factSentence, leadIntoFact, shortGap } from './util';
import { closingLine } from '../closing';

/** Portuguese replies use the courteous third person ("o seu", "pode"), fine on every site. */
const NOUN: Record<string, string> = {
  visit: 'a sua visita',
  stay: 'a sua estadia',
  order: 'a sua encomenda',
  meal: 'a sua refeição',
  account: 'a sua experiência connosco',
  appointment: 'a sua marcação',
  experience: 'a sua experiência',
};
const noun = (c: ComposeContext) => NOUN[c.nounKey] ?? NOUN.experience!;

/** Imperative: "escreva-me para x". */
function reach(c: ComposeContext): string {
  switch (c.channel.kind) {
    case 'dm':
      return `envie-nos uma mensagem privada (${c.channel.value})`;
    case 'email':
      return `escreva-me para ${c.channel.value}`;
    case 'phone':
      return `ligue-nos para o ${c.channel.value}`;
    case 'url':
      return `contacte-nos em ${c.channel.value}`;
    default:
      return 'contacte-nos [como o contactar]';
  }
}

function detail(c: ComposeContext): string {
  switch (c.kind) {
    case 'hotel':
      return 'o nome da reserva e as datas da estadia';
    case 'shop':
      return 'o número da encomenda';
    case 'app':
      return 'o e-mail da sua conta';
    case 'service':
      return 'a data da marcação';
    default:
      return 'o dia e a hora da visita';
  }
}

export const pt: PhraseBank = {
  greeting: (c) => (c.name ? `Olá, ${c.name}!` : 'Olá!'),
  families: {
    complaint: [
      {
        id: 'fix-first',
        why: 'Names what went wrong, apologises, and offers to put it right',
        write: (c) => [
          [
            c.kindWords ? (c.liked ? `Obrigado pelo que diz sobre ${c.liked}.` : 'Obrigado pelas suas palavras simpáticas.') : '',
            c.points
              ? `Lamentamos muito o que aconteceu com ${c.points}.`.replace(/com (o|os) /u, (m, a) => (a === 'o' ? 'com o ' : 'com os '))
              : 'Lamentamos muito o que aconteceu.',
          ]
            .filter(Boolean)
            .join(' '),
          c.person && !c.person.praised
            ? `Vou falar com ${c.person.name} e com a equipa.`
            : 'Queremos fazer melhor, e já estou a tratar disso.',
          c.refund ? 'Vou verificar pessoalmente o seu reembolso ainda hoje.' : '',
          c.answer ? factSentence(c, c.answer) : c.openQuestion ? 'Quanto à sua pergunta: vou informar-me e respondo-lhe com clareza.' : '',
          `Pode ${reachInfinitive(c)}? Gostaria de resolver isto.`,
        ],
      },
      {
        id: 'ask-for-detail',
        why: 'Asks for the details so the problem can be traced',
        write: (c) => [
          `Obrigado por nos dizer, e pedimos desculpa${c.mainPoint ? ` pelo sucedido com ${c.mainPoint}` : ''}.`,
          `Quero perceber exatamente o que se passou: ${reach(c)}${c.short ? '' : ` com ${detail(c)}`} e trato disto pessoalmente.`,
        ],
      },
      {
        id: 'take-it-private',
        why: 'Short: moves the conversation to a private channel',
        write: (c) => [`Obrigado pelo aviso, e desculpe o incómodo.`, `${cap(reach(c))}: gostaria de resolver isto diretamente consigo.`],
      },
    ],
    escalation: [
      {
        id: 'urgent-private',
        why: 'Takes it seriously, fast, and moves it to a private channel',
        write: (c) => [
          c.short ? 'Lamentamos imenso.' : `Obrigado por nos alertar, e lamentamos imenso.`,
          c.points
            ? `Levamos muito a sério o que descreve sobre ${c.points}, e vou tratar disto pessoalmente hoje.`
            : 'Levamos isto muito a sério, e vou tratar disto pessoalmente hoje.',
          `${cap(reach(c))} para podermos falar diretamente.`,
        ],
      },
      {
        id: 'ask-for-detail',
        why: 'Asks for the full details in private before anything else',
        write: (c) => [
          `Pedimos desculpa: isto nunca devia acontecer, e quero conhecer todos os detalhes.`,
          `${cap(reach(c))} com ${detail(c)}; respondo-lhe ainda hoje.`,
        ],
      },
      {
        id: 'short-private',
        why: 'Short and calm: no argument in public',
        write: (c) => [`Desculpe, já estou a tratar disto.`, `${cap(reach(c))} e respondo-lhe pessoalmente hoje.`],
      },
    ],
    legal: [
      {
        id: 'acknowledge-route',
        why: 'Acknowledges, admits nothing, routes it to the owner privately',
        write: (c) => [
          `Obrigado pela sua mensagem${c.points ? ` sobre ${c.points}` : ''}.`,
          `Encaminhei-a para a direção, que entrará em contacto consigo diretamente.`,
          `${cap(reach(c))} para termos os seus contactos.`,
        ],
      },
      {
        id: 'hold-formal',
        why: 'Formal holding reply: the rest happens in private',
        write: (c) => [`Recebemos as suas observações e levamo-las a sério.`, `Continuaremos a conversa em privado: ${reach(c)}.`],
      },
      {
        id: 'short-hold',
        why: 'Brief: confirms receipt and gives the private channel',
        write: (c) => [`Obrigado pelo aviso. A direção vai contactá-lo em privado; entretanto, ${reach(c)}.`],
      },
    ],
    question: [
      {
        id: 'answer',
        why: 'Answers the question',
        write: (c) => [`Obrigado pela pergunta${c.topic ? ` sobre ${c.topic}` : ''}!`, answerOrGap(c), closingLine(c)],
      },
      {
        id: 'short-answer',
        why: 'The answer in a line',
        write: (c) => [
          c.answerPart ? leadIntoFact(c, 'Boa pergunta', c.answerPart) : `Boa pergunta! ${c.gap ? shortGap(c.gap) : ''}`,
          c.answerPart ? 'Esperamos que ajude, e estamos cá para o que precisar.' : 'Obrigado por nos escrever.',
        ],
      },
      {
        id: 'offer-more-help',
        why: 'Offers to help further in private',
        write: (c) => [`Para qualquer outra dúvida, ${reach(c)}.`, 'Respondemos rapidamente.'],
      },
    ],
    fan: [
      {
        id: 'thank-and-name-it',
        why: 'Thanks them and says back what they loved',
        write: (c) => [
          `Muito obrigado!`,
          c.praised
            ? `Ficamos muito felizes por ter gostado ${listOf(
                (c.praisedItems ?? [c.praised]).map((item) => `de ${item}`),
                'pt',
              )}.`
            : 'A sua mensagem deixou-nos muito contentes.',
          c.person?.praised || c.place
            ? `Vou passar os seus elogios a ${[c.person?.praised ? c.person.name : '', c.place ? `toda a equipa de ${c.place}` : ''].filter(Boolean).join(' e a ')}.`
            : '',
          c.occasion ? `Que bom termos feito parte ${/a$/u.test(c.occasion.split(' ')[0] ?? '') ? 'da sua' : 'do seu'} ${c.occasion}!` : '',
          closingLine(c),
        ],
      },
      {
        id: 'warm-thanks',
        why: 'A warm thank-you in other words',
        write: (c) => [
          `Alegrou-nos o dia, obrigado!`,
          c.praised ? `Toda a equipa vai adorar ler o que diz sobre ${c.praised}.` : 'Comentários assim motivam toda a equipa.',
          closingLine(c, 1),
        ],
      },
      {
        id: 'invite-to-share',
        why: 'Invites them to become an advocate',
        write: () => [
          `Obrigado pelas palavras simpáticas!`,
          `Se quiser, fale de nós aos seus amigos ou identifique-nos da próxima vez: ajuda muito uma equipa pequena como a nossa.`,
        ],
      },
    ],
    lukewarm: [
      {
        id: 'ask-what-would-be-great',
        why: 'Thanks them and asks what would have made it great',
        write: (c) => [
          `Obrigado pela sua opinião sincera.`,
          c.liked ? `Ficamos contentes por ler o que diz sobre ${c.liked}.` : '',
          c.points ? `Tem razão sobre ${c.points}, e já passei a mensagem à equipa.` : '',
          `O que teria tornado ${noun(c)} perfeita?`,
        ],
      },
      {
        id: 'invite-back',
        why: 'Invites them to say more and to come back',
        write: (c) => [
          `Obrigado por nos escolher e por ter tido tempo para escrever.`,
          `Gostaríamos de merecer cinco estrelas da próxima vez: se quiser, ${reach(c)} e conte-nos mais.`,
        ],
      },
      {
        id: 'acknowledge-and-improve',
        why: 'Acknowledges the point and promises to do better',
        write: (c) => [
          `Agradecemos que nos tenha contado como correu${c.mainPoint ? `, sobretudo sobre ${c.mainPoint}` : ''}.`,
          'Trabalhamos todos os dias para melhorar e esperamos convencê-lo da próxima vez.',
        ],
      },
    ],
    light: [
      { id: 'friendly-line', why: 'Not about the business: one short friendly line', write: () => ['Obrigado pela visita! 😊'] },
      { id: 'friendly-wave', why: 'A short wave back', write: () => ['Que bom ver-vos por aqui, bom dia!'] },
      { id: 'friendly-thanks', why: 'A short thank-you', write: () => ['Obrigado por nos acompanharem!'] },
    ],
    ignore: [],
  },
};

/** After "Pode": "escrever-me para x". */
function reachInfinitive(c: ComposeContext): string {
  switch (c.channel.kind) {
    case 'dm':
      return `enviar-nos uma mensagem privada (${c.channel.value})`;
    case 'email':
      return `escrever-me para ${c.channel.value}`;
    case 'phone':
      return `ligar-nos para o ${c.channel.value}`;
    case 'url':
      return `contactar-nos em ${c.channel.value}`;
    default:
      return 'contactar-nos [como o contactar]';
  }
}
