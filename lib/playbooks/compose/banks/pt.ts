import { listOf } from '../point-phrases';
import type { ComposeContext, PhraseBank } from '../types';
import { answerOrGap, cap, factSentence, leadIntoFact, pick, shortGap } from './util';
import { closingLine } from '../closing';

/**
 * Portuguese replies use the courteous third person ("o seu", "pode"), fine on every site, and
 * words that say nothing of anyone's gender: "obrigado/obrigada" agrees with who signs, "convencê-lo"
 * with who reads, so the replies say "agradecemos" and "consigo".
 */
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
            c.kindWords ? (c.liked ? `Agradecemos o que diz sobre ${c.liked}.` : 'Agradecemos as suas palavras simpáticas.') : '',
            c.points
              ? `Lamentamos muito o que aconteceu com ${c.points}.`.replace(/com (o|os) /u, (m, a) => (a === 'o' ? 'com o ' : 'com os '))
              : 'Lamentamos muito o que aconteceu.',
          ]
            .filter(Boolean)
            .join(' '),
          c.specialDay ? 'Sabemos que era para um dia especial, o que torna tudo ainda pior.' : '',
          c.person && !c.person.praised
            ? `Vou falar com ${c.person.name} e com a equipa.`
            : pick(c, [
                'Queremos fazer melhor, e já estou a tratar disso.',
                'Não é isto que queremos para os nossos clientes, e já estou a tratar disso.',
                'Não está à altura do que queremos oferecer; já estou a tratar disso.',
              ]),
          c.refund ? 'Vou verificar pessoalmente o seu reembolso ainda hoje.' : '',
          c.answer ? factSentence(c, c.answer) : c.openQuestion ? 'Quanto à sua pergunta: vou informar-me e respondo-lhe com clareza.' : '',
          `Pode ${reachInfinitive(c)}? ${pick(c, ['Gostaria de resolver isto.', 'Quero encontrar uma solução consigo.', 'Faço questão de resolver isto.'], 1)}`,
        ],
      },
      {
        id: 'ask-for-detail',
        why: 'Asks for the details so the problem can be traced',
        write: (c) => [
          `Agradecemos que nos tenha avisado, e pedimos desculpa${c.mainPoint ? ` pelo sucedido com ${c.mainPoint}` : ''}.`,
          `Quero perceber exatamente o que se passou: ${reach(c)}${c.short ? '' : ` com ${detail(c)}`} e trato disto pessoalmente.`,
        ],
      },
      {
        id: 'take-it-private',
        why: 'Short: moves the conversation to a private channel',
        write: (c) => [
          pick(
            c,
            ['Agradecemos o aviso, e pedimos desculpa pelo incómodo.', 'Pedimos desculpa pelo incómodo.', 'Lamentamos o sucedido.'],
            2,
          ),
          `${cap(reach(c))}: gostaria de resolver isto diretamente consigo.`,
        ],
      },
    ],
    escalation: [
      {
        id: 'urgent-private',
        why: 'Takes it seriously, fast, and moves it to a private channel',
        write: (c) => [
          c.short
            ? 'Lamentamos imenso.'
            : pick(c, [
                'Agradecemos o alerta, e lamentamos imenso.',
                'Lamentamos imenso, e agradecemos que nos tenha avisado.',
                'Agradecemos a sua mensagem; lamentamos muito o sucedido.',
              ]),
          c.points
            ? `Levamos muito a sério o que descreve sobre ${c.points}, e vou tratar disto pessoalmente hoje.`
            : 'Levamos isto muito a sério, e vou tratar disto pessoalmente hoje.',
          c.phishing
            ? 'Nunca pedimos dados do cartão nem palavras-passe por email ou mensagem: por favor, não responda nem abra as ligações.'
            : '',
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
          `Agradecemos a sua mensagem${c.points ? ` sobre ${c.points}` : ''}.`,
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
        write: (c) => [`Agradecemos o aviso. A direção vai entrar em contacto consigo em privado; entretanto, ${reach(c)}.`],
      },
    ],
    question: [
      {
        id: 'answer',
        why: 'Answers the question',
        write: (c) => [
          c.kindWords
            ? `Agradecemos ${c.liked ? `o que diz sobre ${c.liked}` : 'as suas palavras simpáticas'} e a sua pergunta${c.topic ? ` sobre ${c.topic}` : ''}!`
            : `Agradecemos a pergunta${c.topic ? ` sobre ${c.topic}` : ''}!`,
          answerOrGap(c),
          c.thankedPerson ? `Vou transmitir o seu agradecimento a ${c.thankedPerson}.` : '',
          closingLine(c, 0, 'other'),
        ],
      },
      {
        id: 'short-answer',
        why: 'The answer in a line',
        write: (c) => [
          c.answerPart ? leadIntoFact(c, 'Boa pergunta', c.answerPart) : `Boa pergunta! ${c.gap ? shortGap(c.gap) : ''}`,
          c.answerPart
            ? pick(
                c,
                [
                  'Esperamos que ajude, e estamos cá para o que precisar.',
                  'Esperamos que ajude! Se surgir mais alguma dúvida, é só dizer por aqui.',
                ],
                3,
              )
            : 'Vou confirmar com a equipa e respondo-lhe aqui.',
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
          pick(c, ['Um enorme obrigado!', 'Agradecemos de coração!', 'Agradecemos imenso as suas palavras!']),
          c.praised
            ? `Ficamos muito felizes por ter gostado ${listOf(
                (c.praisedItems ?? [c.praised]).map((item) => `de ${item}`),
                'pt',
              )}.`
            : 'A sua mensagem deixou-nos muito contentes.',
          c.pet ? `E que bom que o seu ${c.pet === 'cat' ? 'gato' : 'cão'} se sentiu em casa!` : '',
          c.person?.praised || c.place
            ? `Vou passar os seus elogios a ${[c.person?.praised ? c.person.name : '', c.place ? `toda a equipa de ${c.place}` : ''].filter(Boolean).join(' e a ')}.`
            : '',
          c.occasion ? `Que bom termos feito parte ${/a$/u.test(c.occasion.split(' ')[0] ?? '') ? 'da sua' : 'do seu'} ${c.occasion}!` : '',
          c.lasting ? 'Que bom saber que continuam a durar!' : '',
          // A happy customer's booking or catering question, answered from the facts.
          c.answer ? factSentence(c, c.answer) : (c.gap ?? ''),
          c.wished ? `Também passei à equipa a sugestão sobre ${c.wished}.` : '',
          closingLine(c, 0, 'other'),
        ],
      },
      {
        id: 'warm-thanks',
        why: 'A warm thank-you in other words',
        write: (c) => [
          pick(c, ['A sua mensagem alegrou-nos o dia!', 'Que mensagem tão simpática!', 'Ficámos radiantes com a sua mensagem!'], 2),
          c.praised ? `Toda a equipa vai adorar ler o que diz sobre ${c.praised}.` : 'Comentários assim motivam toda a equipa.',
          closingLine(c, 1, 'drop'),
        ],
      },
      {
        id: 'invite-to-share',
        why: 'Invites them to become an advocate',
        write: () => [
          'Um grande obrigado pelas palavras simpáticas!',
          `Se quiser, fale de nós aos seus amigos ou identifique-nos da próxima vez: ajuda muito uma equipa pequena como a nossa.`,
        ],
      },
    ],
    lukewarm: [
      {
        id: 'ask-what-would-be-great',
        why: 'Thanks them and asks what would have made it great',
        write: (c) => [
          pick(c, [
            'Agradecemos a sua opinião sincera.',
            'Agradecemos que tenha partilhado a sua experiência.',
            'Agradecemos a sua avaliação.',
          ]),
          c.liked ? `Ficamos contentes por ler o que diz sobre ${c.liked}.` : '',
          c.person?.praised ? `Vou passar os seus elogios a ${c.person.name}.` : '',
          c.points
            ? c.pointsUnjudged
              ? `Já passei à equipa o que diz sobre ${c.points}.`
              : `Tem razão no que diz sobre ${c.points}, e já passei a mensagem à equipa.`
            : '',
          c.wished ? `Também passei à equipa a sugestão sobre ${c.wished}.` : '',
          // What we could have done better, not what would have made it "perfect".
          pick(
            c,
            [
              c.kind === 'app' ? 'O que podemos fazer melhor?' : 'O que poderíamos ter feito melhor?',
              'O que acha que poderíamos melhorar?',
              'Gostaríamos de saber o que podemos melhorar.',
            ],
            1,
          ),
        ],
      },
      {
        id: 'invite-back',
        why: 'Invites them to say more and to come back',
        write: (c) => [
          'Agradecemos a sua escolha e o tempo que dedicou a escrever-nos.',
          `Gostaríamos de merecer cinco estrelas da próxima vez: se quiser, ${reach(c)} e conte-nos mais.`,
        ],
      },
      {
        id: 'acknowledge-and-improve',
        why: 'Acknowledges the point and promises to do better',
        write: (c) => [
          `Agradecemos que nos tenha contado como correu${c.mainPoint ? `, sobretudo sobre ${c.mainPoint}` : ''}.`,
          pick(
            c,
            [
              'Trabalhamos todos os dias para melhorar e esperamos estar à altura da próxima vez.',
              'Os seus comentários ajudam-nos a melhorar.',
              'Vamos ter isto em conta para a próxima vez.',
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
        write: (c) => pick(c, [['Agradecemos a visita! 😊'], ['Que bom ler a sua mensagem! 😊'], ['Um grande obrigado pela mensagem! 😊']]),
      },
      { id: 'friendly-wave', why: 'A short wave back', write: () => ['Que bom ver-vos por aqui, bom dia!'] },
      { id: 'friendly-thanks', why: 'A short thank-you', write: () => ['Um grande obrigado por nos acompanharem!'] },
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
