import type { ComposeContext, PhraseBank } from '../types';
import { answerOrGap, cap, factSentence, leadIntoFact, pick, shortGap } from './util';
import { closingLine } from '../closing';
import { accusative, closed, dativeList, germanGender, zu, zuList } from '../german';

/** "du" on social sites, "Sie" on review sites and professional networks. */
const t = (c: ComposeContext, du: string, sie: string) => (c.formal ? sie : du);

/** Imperative clause: "schreiben Sie mir an x" / "schreib mir an x". */
function reach(c: ComposeContext): string {
  switch (c.channel.kind) {
    case 'dm':
      return t(c, `schreib uns per Direktnachricht (${c.channel.value})`, `schreiben Sie uns per Direktnachricht (${c.channel.value})`);
    case 'email':
      return t(c, `schreib mir an ${c.channel.value}`, `schreiben Sie mir an ${c.channel.value}`);
    case 'phone':
      return t(c, `ruf uns an unter ${c.channel.value}`, `rufen Sie uns an unter ${c.channel.value}`);
    case 'url':
      return t(c, `melde dich über ${c.channel.value}`, `melden Sie sich über ${c.channel.value}`);
    default:
      return t(c, 'melde dich bei uns [Kontaktweg]', 'melden Sie sich bei uns [Kontaktweg]');
  }
}

function detail(c: ComposeContext): string {
  switch (c.kind) {
    case 'hotel':
      return t(c, 'deinem Buchungsnamen und den Daten deines Aufenthalts', 'Ihrem Buchungsnamen und den Daten Ihres Aufenthalts');
    case 'shop':
      return t(c, 'deiner Bestellnummer', 'Ihrer Bestellnummer');
    case 'app':
      return t(c, 'der E-Mail-Adresse deines Kontos', 'der E-Mail-Adresse Ihres Kontos');
    case 'service':
      return t(c, 'dem Datum deines Termins', 'dem Datum Ihres Termins');
    default:
      return t(c, 'Tag und Uhrzeit deines Besuchs', 'Tag und Uhrzeit Ihres Besuchs');
  }
}

/** The points one phrase each (the shortened reply on X names only the main one). */
function items(c: ComposeContext): string[] {
  if (!c.points) return [];
  if (c.points === c.mainPoint || !c.pointItems?.length) return [c.points];
  return c.pointItems;
}
/** "die Wartezeit und das Zimmer": the accusative after "was … betrifft". */
const accusativeList = (phrases: string[]) =>
  phrases.length <= 1
    ? accusative(phrases[0] ?? '')
    : `${phrases.slice(0, -1).map(accusative).join(', ')} und ${accusative(phrases[phrases.length - 1]!)}`;
const praisedOf = (c: ComposeContext) => c.praisedItems ?? (c.praised ? [c.praised] : []);
/** A visit is over ("waren"); an app or an order is still in use ("sind"). */
const stillInUse = (c: ComposeContext) => c.kind === 'app' || c.kind === 'shop' || c.online === true;
/** "bei Ihrer Hochzeit", "bei deinem Geburtstag": the occasion, a noun with its capital, in the dative. */
function occasionWith(c: ComposeContext, occasion: string): string {
  const noun = occasion.replace(/^\p{Ll}/u, (x) => x.toUpperCase());
  const ending = { m: 'em', n: 'em', f: 'er', pl: 'en' }[germanGender(noun)];
  return `${t(c, 'dein', 'Ihr')}${ending} ${noun}`;
}

export const de: PhraseBank = {
  greeting: (c) => (c.name ? `Hallo ${c.name},` : t(c, 'Hallo,', 'Guten Tag,')),
  families: {
    complaint: [
      {
        id: 'fix-first',
        why: 'Names what went wrong, apologises, and offers to put it right',
        write: (c) => [
          [
            c.kindWords
              ? c.liked
                ? `Danke für das Lob ${zu(c.liked)}.`
                : t(c, 'Danke für deine freundlichen Worte.', 'Danke für Ihre freundlichen Worte.')
              : '',
            c.points
              ? c.short
                ? // "Das tut uns leid, vor allem was … betrifft" has no main clause for "vor allem" to lean on.
                  `Das mit ${closed(dativeList(items(c)))} tut uns leid.`
                : // An app or an order is still in use: what does not work now, not what "was" on a visit.
                  `Es tut uns wirklich leid, dass nicht alles so ${c.kind === 'app' ? 'funktioniert, wie es sollte' : 'war, wie es sein sollte'}, vor allem was ${closed(accusativeList(items(c)))} betrifft.`
              : `Es tut uns wirklich leid, wie das gelaufen ist.`,
          ]
            .filter(Boolean)
            .join(' '),
          c.specialDay ? 'Wir wissen, dass es um einen besonderen Anlass ging, und das macht es noch ärgerlicher.' : '',
          c.person && !c.person.praised
            ? `Ich spreche mit ${c.person.name} und dem Team darüber.`
            : pick(c, [
                'Wir wollen es besser machen, und ich kümmere mich persönlich darum.',
                'So soll es bei uns nicht sein, und ich kümmere mich persönlich darum.',
                'Das entspricht nicht unserem Anspruch; ich kümmere mich persönlich darum.',
              ]),
          c.refund ? t(c, 'Deine Erstattung prüfe ich heute noch persönlich.', 'Ihre Erstattung prüfe ich heute noch persönlich.') : '',
          c.answer
            ? factSentence(c, c.answer)
            : c.openQuestion
              ? t(
                  c,
                  'Zu deiner Frage: Ich kläre das und gebe dir eine klare Antwort.',
                  'Zu Ihrer Frage: Ich kläre das und gebe Ihnen eine klare Antwort.',
                )
              : '',
          `${cap(reach(c))}, ${pick(c, ['damit wir das in Ordnung bringen können.', 'dann finden wir gemeinsam eine Lösung.', 'ich möchte das gern wiedergutmachen.'], 1)}`,
        ],
      },
      {
        id: 'ask-for-detail',
        why: 'Asks for the details so the problem can be traced',
        write: (c) => [
          c.mainPoint
            ? `Danke für ${t(c, 'deinen', 'Ihren')} Hinweis ${zu(c.mainPoint)}, und entschuldige${t(c, '', 'n Sie')} bitte den Ärger.`
            : `Danke, dass ${t(c, 'du uns Bescheid gibst', 'Sie uns Bescheid geben')}, und entschuldige${t(c, '', 'n Sie')} bitte den Ärger.`,
          c.short
            ? `${cap(reach(c))}, dann kümmere ich mich persönlich darum.`
            : `Ich möchte genau verstehen, was passiert ist: ${reach(c)} mit ${detail(c)}, dann kümmere ich mich persönlich darum.`,
        ],
      },
      {
        id: 'take-it-private',
        why: 'Short: moves the conversation to a private channel',
        write: (c) => [
          pick(
            c,
            [
              `Das tut mir leid, so sollte es nicht sein.`,
              'Entschuldigung, das hätte nicht passieren dürfen.',
              `Das tut uns leid, und danke für ${t(c, 'deine', 'Ihre')} Nachricht.`,
            ],
            2,
          ),
          `${cap(reach(c))}, ich möchte das gern direkt mit ${t(c, 'dir', 'Ihnen')} klären.`,
        ],
      },
    ],
    escalation: [
      {
        id: 'urgent-private',
        why: 'Takes it seriously, fast, and moves it to a private channel',
        write: (c) => [
          c.short
            ? 'Das tut uns sehr leid.'
            : pick(c, [
                `Danke, dass ${t(c, 'du uns informierst', 'Sie uns informieren')}, und es tut uns sehr leid.`,
                `Es tut uns sehr leid, und danke, dass ${t(c, 'du uns Bescheid gibst', 'Sie uns Bescheid geben')}.`,
                `Danke für ${t(c, 'deine', 'Ihre')} Nachricht; es tut uns sehr leid.`,
              ]),
          c.points
            ? `Was ${t(c, 'du', 'Sie')} ${closed(zuList(items(c)))} ${t(c, 'schreibst', 'schreiben')}, nehmen wir sehr ernst, und ich kümmere mich heute persönlich darum.`
            : 'Wir nehmen das sehr ernst, und ich kümmere mich heute persönlich darum.',
          c.phishing
            ? `Wir fragen nie per E-Mail oder Nachricht nach Kartendaten oder Passwörtern: ${t(c, 'Bitte antworte nicht darauf und öffne keine Links daraus', 'Bitte antworten Sie nicht darauf und öffnen Sie keine Links daraus')}.`
            : '',
          `${cap(reach(c))}, damit wir direkt sprechen können.`,
        ],
      },
      {
        id: 'ask-for-detail',
        why: 'Asks for the full details in private before anything else',
        write: (c) => [
          `Das tut mir leid: So etwas darf nicht passieren, und ich möchte alle Einzelheiten erfahren.`,
          `${cap(reach(c))} mit ${detail(c)}; ich melde mich heute noch.`,
        ],
      },
      {
        id: 'short-private',
        why: 'Short and calm: no argument in public',
        write: (c) => [
          `Entschuldige${t(c, '', 'n Sie')} bitte, ich bin schon dran.`,
          `${cap(reach(c))}, ich antworte ${t(c, 'dir', 'Ihnen')} heute persönlich.`,
        ],
      },
    ],
    legal: [
      {
        id: 'acknowledge-route',
        why: 'Acknowledges, admits nothing, routes it to the owner privately',
        write: (c) => [
          `Danke für ${t(c, 'deine', 'Ihre')} Nachricht${c.points ? ` ${zuList(items(c))}` : ''}.`,
          `Ich habe sie an unsere Geschäftsleitung weitergegeben, die sich direkt bei ${t(c, 'dir', 'Ihnen')} meldet.`,
          `${cap(reach(c))}, damit wir ${t(c, 'deine', 'Ihre')} Kontaktdaten haben.`,
        ],
      },
      {
        id: 'hold-formal',
        why: 'Formal holding reply: the rest happens in private',
        write: (c) => [
          `Wir haben ${t(c, 'deine', 'Ihre')} Hinweise erhalten und nehmen sie ernst.`,
          `Alles Weitere besprechen wir nicht öffentlich: ${reach(c)}.`,
        ],
      },
      {
        id: 'short-hold',
        why: 'Brief: confirms receipt and gives the private channel',
        write: (c) => [
          `Danke für die Nachricht. Unsere Geschäftsleitung meldet sich direkt; ${t(c, 'du kannst', 'Sie können')} uns auch so erreichen: ${c.channel.value || '[Kontaktweg]'}.`,
        ],
      },
    ],
    question: [
      {
        id: 'answer',
        why: 'Answers the question',
        write: (c) => [
          c.kindWords
            ? `Danke für ${c.liked ? `das Lob ${zu(c.liked)}` : t(c, 'deine freundlichen Worte', 'Ihre freundlichen Worte')} und für ${t(c, 'deine', 'Ihre')} Frage${c.topic ? ` ${zu(c.topic)}` : ''}!`
            : `Danke für ${t(c, 'deine', 'Ihre')} Frage${c.topic ? ` ${zu(c.topic)}` : ''}!`,
          answerOrGap(c),
          c.thankedPerson ? `Ich richte ${c.thankedPerson} ${t(c, 'deinen', 'Ihren')} Dank gern aus.` : '',
          closingLine(c, 0, 'other'),
        ],
      },
      {
        id: 'short-answer',
        why: 'The answer in a line',
        write: (c) => [
          c.answerPart ? leadIntoFact(c, 'Gute Frage', c.answerPart) : `Gute Frage! ${c.gap ? shortGap(c.gap) : ''}`,
          c.answerPart
            ? pick(
                c,
                [
                  'Wir hoffen, das hilft, und sind für alles Weitere gern da.',
                  `Wir hoffen, das hilft! Wenn noch etwas offen ist, ${t(c, 'melde dich', 'melden Sie sich')} einfach hier bei uns.`,
                ],
                3,
              )
            : `Schön, dass ${t(c, 'du dich meldest', 'Sie sich melden')}.`,
        ],
      },
      {
        id: 'offer-more-help',
        why: 'Offers to help further in private',
        write: (c) => [`Noch weitere Fragen? ${cap(reach(c))}.`, `Wir antworten schnell.`],
      },
    ],
    fan: [
      {
        id: 'thank-and-name-it',
        why: 'Thanks them and says back what they loved',
        write: (c) => [
          pick(c, ['Vielen herzlichen Dank!', 'Herzlichen Dank!', 'Tausend Dank!']),
          c.praised
            ? `Schön, dass ${t(c, 'du', 'Sie')} mit ${dativeList(praisedOf(c))} so zufrieden ${stillInUse(c) ? t(c, 'bist', 'sind') : t(c, 'warst', 'waren')}.`
            : `${t(c, 'Deine', 'Ihre')} Nachricht freut uns sehr.`,
          c.pet
            ? c.pet === 'cat'
              ? `Und wie schön, dass sich ${t(c, 'deine', 'Ihre')} Katze bei uns so wohlgefühlt hat!`
              : `Und wie schön, dass sich ${t(c, 'dein', 'Ihr')} Hund bei uns so wohlgefühlt hat!`
            : '',
          c.person?.praised || c.place
            ? `Ich richte ${[c.person?.praised ? c.person.name : '', c.place ? `dem ganzen Team in ${c.place}` : ''].filter(Boolean).join(' und ')} ${t(c, 'dein', 'Ihr')} Lob gern aus.`
            : '',
          c.occasion ? `Schön, dass wir bei ${occasionWith(c, c.occasion)} dabei sein durften!` : '',
          c.lasting ? 'Schön zu hören, dass sie so lange halten!' : '',
          // A happy customer's booking or catering question, answered from the facts.
          c.answer ? factSentence(c, c.answer) : (c.gap ?? ''),
          c.wished ? `${t(c, 'Deinen', 'Ihren')} Vorschlag ${zu(c.wished)} habe ich auch an das Team weitergegeben.` : '',
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
              `Damit ${t(c, 'hast du', 'haben Sie')} uns den Tag versüßt, danke!`,
              'Wie schön, das zu lesen, danke!',
              'Was für eine schöne Nachricht, danke!',
            ],
            2,
          ),
          c.praised
            ? `Das ganze Team freut sich über ${t(c, 'deine', 'Ihre')} Worte ${zuList(praisedOf(c))}.`
            : 'Solche Rückmeldungen motivieren das ganze Team.',
          closingLine(c, 1, 'drop'),
        ],
      },
      {
        id: 'invite-to-share',
        why: 'Invites them to become an advocate',
        write: (c) => [
          `Danke für die lieben Worte!`,
          `Wenn ${t(c, 'du magst', 'Sie mögen')}, ${t(c, 'erzähl', 'erzählen Sie')} gern weiter von uns: Das hilft einem kleinen Team wie unserem sehr.`,
        ],
      },
    ],
    lukewarm: [
      {
        id: 'ask-what-would-be-great',
        why: 'Thanks them and asks what would have made it great',
        write: (c) => [
          pick(c, [
            `Danke für ${t(c, 'deine', 'Ihre')} ehrliche Rückmeldung.`,
            `Danke für ${t(c, 'dein', 'Ihr')} offenes Feedback.`,
            `Danke, dass ${t(c, 'du dir', 'Sie sich')} die Zeit für ${t(c, 'deine', 'Ihre')} Bewertung genommen ${t(c, 'hast', 'haben')}.`,
          ]),
          c.liked ? `Das Lob ${zu(c.liked)} freut uns.` : '',
          c.person?.praised ? `Ich richte ${c.person.name} ${t(c, 'dein', 'Ihr')} Lob gern aus.` : '',
          c.points
            ? `${t(c, 'Deinen', 'Ihren')} Hinweis ${closed(zuList(items(c)))} nehmen wir ernst, und ich habe ihn an das Team weitergegeben.`
            : '',
          c.wished ? `${t(c, 'Deinen', 'Ihren')} Vorschlag ${zu(c.wished)} habe ich auch an das Team weitergegeben.` : '',
          // What we could have done better ("Was hätte Ihr Aufenthalt … gemacht" also put the stay in the wrong case).
          pick(
            c,
            [
              // An app is still in use: what we can do better, not what we could have done.
              c.kind === 'app' ? 'Was können wir besser machen?' : 'Was hätten wir besser machen können?',
              `Was können wir ${t(c, 'deiner', 'Ihrer')} Meinung nach besser machen?`,
              c.kind === 'app' ? `Was fehlt ${t(c, 'dir', 'Ihnen')} noch am meisten?` : 'Was sollten wir beim nächsten Mal anders machen?',
            ],
            1,
          ),
        ],
      },
      {
        id: 'invite-back',
        why: 'Invites them to say more and to come back',
        write: (c) => [
          `Danke, dass ${t(c, 'du dich', 'Sie sich')} für uns entschieden und uns geschrieben ${t(c, 'hast', 'haben')}.`,
          `Beim nächsten Mal möchten wir fünf Sterne verdienen: ${reach(c)} und ${t(c, 'erzähl', 'erzählen Sie')} uns gern mehr.`,
        ],
      },
      {
        id: 'acknowledge-and-improve',
        why: 'Acknowledges the point and promises to do better',
        write: (c) => [
          `Danke für ${t(c, 'deine', 'Ihre')} Einschätzung${c.mainPoint ? `, gerade ${zu(c.mainPoint)}` : ''}.`,
          pick(
            c,
            [
              `Wir arbeiten jeden Tag daran, besser zu werden, und hoffen, ${t(c, 'dich', 'Sie')} beim nächsten Mal zu überzeugen.`,
              `${t(c, 'Deine', 'Ihre')} Hinweise helfen uns, besser zu werden.`,
              `Wir nehmen das mit und hoffen, ${t(c, 'dich', 'Sie')} beim nächsten Mal zu begeistern.`,
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
        write: (c) => pick(c, [['Danke fürs Vorbeischauen! 😊'], ['Danke für die lieben Zeilen! 😊'], ['Das freut uns, danke! 😊']]),
      },
      {
        id: 'friendly-wave',
        why: 'A short wave back',
        write: (c) => [t(c, 'Schön, dass du hier bist! Einen schönen Tag noch.', 'Schön, dass Sie hier sind! Einen schönen Tag noch.')],
      },
      {
        id: 'friendly-thanks',
        why: 'A short thank-you',
        write: (c) => [t(c, 'Danke, dass du uns folgst!', 'Danke, dass Sie uns folgen!')],
      },
    ],
    ignore: [],
  },
};
