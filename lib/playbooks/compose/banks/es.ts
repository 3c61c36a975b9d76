import type { ComposeContext, PhraseBank } from '../types';
import { registerOf } from '../phrases';
import { answerOrGap, cap, factSentence, leadIntoFact, pick, shortGap } from './util';
import { closingLine } from '../closing';

/** "tú" on social sites, "usted" on review sites. */
const t = (c: ComposeContext, informal: string, formal: string) => (c.formal ? formal : informal);

/**
 * A question answered from a fact the brand wrote with "tú" ("si dudas entre dos tallas, elige la
 * mayor") is answered in "tú" all through: never "su pregunta" and "si dudas" in one reply.
 */
function inFactRegister(c: ComposeContext): ComposeContext {
  if (!c.answer || !c.formal || (c.factLanguage && c.factLanguage !== 'es')) return c;
  return registerOf(c.answer, 'es') === 'informal' || TU_VERBS.test(c.answer) ? { ...c, formal: false } : c;
}
/** Verbs that say "tú" where no pronoun does: "si dudas…, elige la mayor". */
const TU_VERBS =
  /(?<![\p{L}])(?:puedes|tienes|quieres|necesitas|prefieres|sabes|dudas|eliges|elige|escoge|pide|mira|consulta|escríbenos|llámanos|recibes|pagas|vienes)(?![\p{L}])/iu;

/** Imperative: "escríbenos a x" / "escríbanos a x". */
function reach(c: ComposeContext): string {
  switch (c.channel.kind) {
    case 'dm':
      return t(c, `escríbenos por mensaje privado (${c.channel.value})`, `escríbanos por mensaje privado (${c.channel.value})`);
    case 'email':
      return t(c, `escríbeme a ${c.channel.value}`, `escríbame a ${c.channel.value}`);
    case 'phone':
      return t(c, `llámanos al ${c.channel.value}`, `llámenos al ${c.channel.value}`);
    case 'url':
      return t(c, `contáctanos en ${c.channel.value}`, `contáctenos en ${c.channel.value}`);
    default:
      return t(c, 'contáctanos [cómo contactarte]', 'contáctenos [cómo contactarle]');
  }
}

function detail(c: ComposeContext): string {
  switch (c.kind) {
    case 'hotel':
      return t(c, 'el nombre de la reserva y tus fechas', 'el nombre de la reserva y sus fechas');
    case 'shop':
      return t(c, 'tu número de pedido', 'su número de pedido');
    case 'app':
      return t(c, 'el correo de tu cuenta', 'el correo de su cuenta');
    case 'service':
      return t(c, 'la fecha de tu cita', 'la fecha de su cita');
    default:
      return t(c, 'el día y la hora de tu visita', 'el día y la hora de su visita');
  }
}

export const es: PhraseBank = {
  // "Hola, Ana:" opens a letter; on Instagram, X or YouTube it is "¡Hola, Ana!".
  greeting: (c) => (c.formal ? (c.name ? `Hola, ${c.name}:` : 'Hola:') : c.name ? `¡Hola, ${c.name}!` : '¡Hola!'),
  families: {
    complaint: [
      {
        id: 'fix-first',
        why: 'Names what went wrong, apologises, and offers to put it right',
        write: (c) => [
          [
            c.kindWords
              ? c.liked
                ? `Gracias por lo que ${t(c, 'dices', 'dice')} de ${c.liked}.`
                : `Gracias por ${t(c, 'tus', 'sus')} amables palabras.`
              : '',
            c.points ? `Sentimos mucho lo de ${c.points}.` : 'Sentimos mucho lo que ha pasado.',
          ]
            .filter(Boolean)
            .join(' '),
          c.specialDay ? 'Sabemos que era para un día especial, y eso lo hace aún peor.' : '',
          c.person && !c.person.praised
            ? `Lo hablaré con ${c.person.name} y con el equipo.`
            : pick(c, [
                'Queremos hacerlo mejor y ya me estoy ocupando.',
                'No es lo que queremos para nuestros clientes, y ya me estoy ocupando.',
                'No está a la altura de lo que queremos ofrecer; ya me estoy ocupando.',
              ]),
          c.refund ? t(c, 'Reviso tu reembolso personalmente hoy mismo.', 'Reviso su reembolso personalmente hoy mismo.') : '',
          c.answer
            ? factSentence(c, c.answer)
            : c.openQuestion
              ? t(
                  c,
                  'Sobre tu pregunta: lo consulto y te doy una respuesta clara.',
                  'Sobre su pregunta: lo consulto y le doy una respuesta clara.',
                )
              : '',
          `${t(c, '¿Puedes', '¿Puede')} ${reachInfinitive(c)}? ${pick(
            c,
            [
              t(c, 'Quiero solucionarlo contigo.', 'Quiero solucionarlo con usted.'),
              t(c, 'Me gustaría arreglarlo contigo.', 'Me gustaría arreglarlo con usted.'),
              'Quiero dejarlo resuelto cuanto antes.',
            ],
            1,
          )}`,
        ],
      },
      {
        id: 'ask-for-detail',
        why: 'Asks for the details so the problem can be traced',
        write: (c) => [
          `Gracias por contárnoslo, y ${t(c, 'discúlpanos', 'discúlpenos')}${c.mainPoint ? ` por ${c.mainPoint}` : ''}.`,
          `Quiero entender bien qué pasó: ${reach(c)}${c.short ? '' : ` con ${detail(c)}`} y me encargo personalmente.`,
        ],
      },
      {
        id: 'take-it-private',
        why: 'Short: moves the conversation to a private channel',
        write: (c) => [
          pick(c, [`${t(c, 'Perdona', 'Disculpe')} las molestias.`, 'Sentimos mucho las molestias.', 'Lamentamos lo ocurrido.'], 2),
          `${cap(reach(c))}: ${t(c, 'me gustaría resolverlo contigo directamente', 'me gustaría resolverlo con usted directamente')}.`,
        ],
      },
    ],
    escalation: [
      {
        id: 'urgent-private',
        why: 'Takes it seriously, fast, and moves it to a private channel',
        write: (c) => [
          c.short
            ? 'Lo sentimos de verdad.'
            : pick(c, [
                `Gracias por avisarnos, y lo sentimos de verdad.`,
                'Lo sentimos de verdad, y gracias por contárnoslo.',
                'Gracias por escribirnos; lo sentimos muchísimo.',
              ]),
          c.points
            ? `Nos tomamos muy en serio lo que ${t(c, 'cuentas', 'cuenta')} sobre ${c.points}, y me ocupo personalmente hoy.`
            : 'Nos lo tomamos muy en serio, y me ocupo personalmente hoy.',
          c.phishing
            ? `Nunca pedimos datos de tarjeta ni contraseñas por email o mensaje: por favor, ${t(c, 'no respondas ni abras sus enlaces', 'no responda ni abra sus enlaces')}.`
            : '',
          `${cap(reach(c))} para hablarlo directamente.`,
        ],
      },
      {
        id: 'ask-for-detail',
        why: 'Asks for the full details in private before anything else',
        write: (c) => [
          `Lo sentimos: esto no debería pasar nunca, y quiero conocer todos los detalles.`,
          `${cap(reach(c))} con ${detail(c)}; ${t(c, 'te', 'le')} respondo hoy mismo.`,
        ],
      },
      {
        id: 'short-private',
        why: 'Short and calm: no argument in public',
        write: (c) => [
          `${t(c, 'Perdona', 'Disculpe')}, ya me estoy ocupando.`,
          `${cap(reach(c))} y ${t(c, 'te', 'le')} contesto personalmente hoy.`,
        ],
      },
    ],
    legal: [
      {
        id: 'acknowledge-route',
        why: 'Acknowledges, admits nothing, routes it to the owner privately',
        write: (c) => [
          `Gracias por ${t(c, 'tu', 'su')} mensaje${c.points ? ` sobre ${c.points}` : ''}.`,
          `Lo he trasladado a la dirección, que se pondrá en contacto ${t(c, 'contigo', 'con usted')} directamente.`,
          `${cap(reach(c))} para que tengamos ${t(c, 'tus', 'sus')} datos.`,
        ],
      },
      {
        id: 'hold-formal',
        why: 'Formal holding reply: the rest happens in private',
        write: (c) => [
          `Hemos recibido ${t(c, 'tus', 'sus')} comentarios y nos los tomamos en serio.`,
          `Seguiremos la conversación en privado: ${reach(c)}.`,
        ],
      },
      {
        id: 'short-hold',
        why: 'Brief: confirms receipt and gives the private channel',
        write: (c) => [
          `Gracias por el aviso. La dirección ${t(c, 'te', 'le')} contactará en privado; también ${t(c, 'puedes', 'puede')} ${reachInfinitive(c)}.`,
        ],
      },
    ],
    question: [
      {
        id: 'answer',
        why: 'Answers the question',
        write: (given) => {
          const c = inFactRegister(given);
          return [
            c.kindWords
              ? `¡Gracias por ${c.liked ? `lo que ${t(c, 'dices', 'dice')} de ${c.liked}` : `${t(c, 'tus', 'sus')} amables palabras`} y por ${t(c, 'tu', 'su')} pregunta${c.topic ? ` sobre ${c.topic}` : ''}!`
              : `¡Gracias por ${t(c, 'tu', 'su')} pregunta${c.topic ? ` sobre ${c.topic}` : ''}!`,
            answerOrGap(c),
            c.thankedPerson ? `Le haré llegar ${t(c, 'tu', 'su')} agradecimiento a ${c.thankedPerson}.` : '',
            closingLine(c, 0, 'other'),
          ];
        },
      },
      {
        id: 'short-answer',
        why: 'The answer in a line',
        write: (given) => {
          const c = inFactRegister(given);
          return [
            c.answerPart ? leadIntoFact(c, 'Buena pregunta', c.answerPart) : `¡Buena pregunta! ${c.gap ? shortGap(c.gap) : ''}`,
            c.answerPart
              ? pick(
                  c,
                  [
                    `Esperamos que ${t(c, 'te', 'le')} sirva, y aquí estamos para lo que haga falta.`,
                    `¡Esperamos que ${t(c, 'te', 'le')} sirva! Si surge cualquier otra duda, ${t(c, 'escríbenos', 'escríbanos')} por aquí.`,
                  ],
                  3,
                )
              : 'Gracias por escribirnos.',
          ];
        },
      },
      {
        id: 'offer-more-help',
        why: 'Offers to help further in private',
        write: (given) => {
          const c = inFactRegister(given);
          return [`Si ${t(c, 'tienes', 'tiene')} cualquier otra duda, ${reach(c)}.`, `${t(c, 'Te', 'Le')} contestamos enseguida.`];
        },
      },
    ],
    fan: [
      {
        id: 'thank-and-name-it',
        why: 'Thanks them and says back what they loved',
        write: (c) => [
          pick(c, ['¡Muchísimas gracias!', '¡Mil gracias!', '¡Gracias de corazón!']),
          c.praised
            ? `Nos alegra mucho que ${t(c, 'te hayan gustado', 'le hayan gustado')} ${c.praised}.`.replace(
                // One thing in the singular ("le haya gustado la talla"); two or more keep the plural.
                (c.praisedItems?.length ?? 1) <= 1 ? /hayan gustado (el|la) /u : /$^/u,
                'haya gustado $1 ',
              )
            : `${t(c, 'Tu', 'Su')} mensaje nos ha hecho mucha ilusión.`,
          c.pet ? `¡Y qué alegría que ${t(c, 'tu', 'su')} ${c.pet === 'cat' ? 'gato' : 'perro'} se sintiera como en casa!` : '',
          c.person?.praised || c.place
            ? `Le pasaré ${t(c, 'tus', 'sus')} palabras a ${[c.person?.praised ? c.person.name : '', c.place ? `todo el equipo de ${c.place}` : ''].filter(Boolean).join(' y a ')}.`
            : '',
          c.occasion ? `¡Qué alegría haber formado parte de ${t(c, 'tu', 'su')} ${c.occasion}!` : '',
          c.lasting ? '¡Qué alegría saber que siguen como el primer día!' : '',
          // A happy customer's booking or catering question, answered from the facts.
          c.answer ? factSentence(c, c.answer) : (c.gap ?? ''),
          c.wished ? `También he pasado al equipo ${t(c, 'tu', 'su')} sugerencia sobre ${c.wished}.` : '',
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
              `${t(c, 'Nos has alegrado', 'Nos ha alegrado')} el día, ¡gracias!`,
              `${t(c, 'Tu', 'Su')} mensaje nos ha sacado una sonrisa, ¡gracias!`,
              '¡Qué mensaje tan bonito, gracias!',
            ],
            2,
          ),
          c.praised
            ? `A todo el equipo le encantará leer lo que ${t(c, 'dices', 'dice')} sobre ${c.praised}.`
            : 'Comentarios así dan alas a todo el equipo.',
          closingLine(c, 1, 'drop'),
        ],
      },
      {
        id: 'invite-to-share',
        why: 'Invites them to become an advocate',
        write: (c) => [
          `¡Gracias por ${t(c, 'tus', 'sus')} palabras!`,
          `Si ${t(c, 'te apetece', 'le apetece')}, ${t(c, 'recomiéndanos', 'recomiéndenos')} o ${t(c, 'etiquétanos', 'etiquétenos')} la próxima vez: a un equipo pequeño como el nuestro le ayuda muchísimo.`,
        ],
      },
    ],
    lukewarm: [
      {
        id: 'ask-what-would-be-great',
        why: 'Thanks them and asks what would have made it great',
        write: (c) => [
          pick(c, [
            `Gracias por ${t(c, 'tu', 'su')} opinión sincera.`,
            `Gracias por ${t(c, 'tomarte', 'tomarse')} el tiempo de contarnos cómo fue.`,
            `Gracias por ${t(c, 'tu', 'su')} valoración.`,
          ]),
          c.liked ? `Nos alegra leer lo que ${t(c, 'dices', 'dice')} de ${c.liked}.` : '',
          c.person?.praised ? `Le pasaré ${t(c, 'tus', 'sus')} palabras a ${c.person.name}.` : '',
          c.points
            ? c.pointsUnjudged
              ? `Ya he trasladado al equipo lo que ${t(c, 'comentas', 'comenta')} sobre ${c.points}.`
              : `${t(c, 'Tienes', 'Tiene')} razón en lo que ${t(c, 'dices', 'dice')} sobre ${c.points}, y ya se lo he comentado al equipo.`
            : '',
          c.wished ? `También he pasado al equipo ${t(c, 'tu', 'su')} sugerencia sobre ${c.wished}.` : '',
          // What we could have done better, not what would have made it "perfect".
          pick(
            c,
            [
              c.kind === 'app' ? '¿Qué podríamos mejorar?' : '¿Qué podríamos haber hecho mejor?',
              `¿Qué ${t(c, 'crees', 'cree')} que podríamos mejorar?`,
              'Nos ayudaría mucho saber qué podríamos mejorar.',
            ],
            1,
          ),
        ],
      },
      {
        id: 'invite-back',
        why: 'Invites them to say more and to come back',
        write: (c) => [
          `Gracias por elegirnos y por ${t(c, 'tomarte', 'tomarse')} el tiempo de escribir.`,
          `Nos encantaría ganarnos las cinco estrellas la próxima vez: si ${t(c, 'quieres', 'quiere')}, ${reach(c)} y ${t(c, 'cuéntanos', 'cuéntenos')} más.`,
        ],
      },
      {
        id: 'acknowledge-and-improve',
        why: 'Acknowledges the point and promises to do better',
        write: (c) => [
          `Agradecemos que nos ${t(c, 'cuentes', 'cuente')} cómo fue${c.mainPoint ? `, sobre todo lo de ${c.mainPoint}` : ''}.`,
          pick(
            c,
            [
              `Trabajamos cada día para mejorar y esperamos convencer${t(c, 'te', 'le')} la próxima vez.`,
              `${t(c, 'Tus', 'Sus')} comentarios nos ayudan a mejorar.`,
              'Lo tendremos muy en cuenta para la próxima vez.',
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
        write: (c) =>
          pick(c, [
            ['¡Gracias por pasarte! 😊'],
            [t(c, '¡Qué alegría recibir tu mensaje! 😊', '¡Qué alegría recibir su mensaje! 😊')],
            ['¡Gracias por el mensaje! 😊'],
          ]),
      },
      {
        id: 'friendly-wave',
        why: 'A short wave back',
        write: (c) => [t(c, '¡Qué bien leerte por aquí, feliz día!', '¡Qué bien leerle por aquí, feliz día!')],
      },
      { id: 'friendly-thanks', why: 'A short thank-you', write: () => ['¡Gracias por seguirnos!'] },
    ],
    ignore: [],
  },
};

/** After "¿Puede(s)": the infinitive is the same for tú and usted. */
function reachInfinitive(c: ComposeContext): string {
  switch (c.channel.kind) {
    case 'dm':
      return `escribirnos por mensaje privado (${c.channel.value})`;
    case 'email':
      return `escribirme a ${c.channel.value}`;
    case 'phone':
      return `llamarnos al ${c.channel.value}`;
    case 'url':
      return `contactarnos en ${c.channel.value}`;
    default:
      return t(c, 'contactarnos [cómo contactarte]', 'contactarnos [cómo contactarle]');
  }
}
