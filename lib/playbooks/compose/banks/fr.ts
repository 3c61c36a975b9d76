import { fold } from '@/lib/reading/cues';
import { listOf } from '../point-phrases';
import type { ComposeContext, PhraseBank } from '../types';
import { answerOrGap, cap, factSentence, leadIntoFact, pick, shortGap } from './util';
import { closingLine } from '../closing';

/** "vous" on review sites, Facebook, X and LinkedIn; "tu" where French brands write it (Instagram, TikTok). */
const t = (c: ComposeContext, tu: string, vous: string) => (c.formal ? vous : tu);

/** Imperative: "écrivez-moi à x" / "écris-moi à x". */
function reach(c: ComposeContext): string {
  switch (c.channel.kind) {
    case 'dm':
      return t(c, `écris-nous en message privé (${c.channel.value})`, `écrivez-nous en message privé (${c.channel.value})`);
    case 'email':
      return t(c, `écris-moi à ${c.channel.value}`, `écrivez-moi à ${c.channel.value}`);
    case 'phone':
      return t(c, `appelle-nous au ${c.channel.value}`, `appelez-nous au ${c.channel.value}`);
    case 'url':
      return t(c, `contacte-nous via ${c.channel.value}`, `contactez-nous via ${c.channel.value}`);
    default:
      return t(c, 'contacte-nous [comment te joindre]', 'contactez-nous [comment vous joindre]');
  }
}

/** Infinitive after "Pouvez-vous": "m'écrire à x". */
function reachInfinitive(c: ComposeContext): string {
  switch (c.channel.kind) {
    case 'dm':
      return `nous écrire en message privé (${c.channel.value})`;
    case 'email':
      return `m'écrire à ${c.channel.value}`;
    case 'phone':
      return `nous appeler au ${c.channel.value}`;
    case 'url':
      return `nous contacter via ${c.channel.value}`;
    default:
      return t(c, 'nous contacter [comment te joindre]', 'nous contacter [comment vous joindre]');
  }
}

function detail(c: ComposeContext): string {
  switch (c.kind) {
    case 'hotel':
      return t(c, 'le nom de la réservation et tes dates de séjour', 'le nom de la réservation et vos dates de séjour');
    case 'shop':
      return t(c, 'ton numéro de commande', 'votre numéro de commande');
    case 'app':
      return t(c, "l'adresse e-mail de ton compte", "l'adresse e-mail de votre compte");
    case 'service':
      return t(c, 'la date de ton rendez-vous', 'la date de votre rendez-vous');
    default:
      return t(c, 'la date et l’heure de ta venue', 'la date et l’heure de votre venue');
  }
}

export const fr: PhraseBank = {
  // "Bonjour" in both registers: a complaint on Instagram is not greeted with "Salut".
  greeting: (c) => (c.name ? `Bonjour ${c.name},` : 'Bonjour,'),
  families: {
    complaint: [
      {
        id: 'fix-first',
        why: 'Names what went wrong, apologises, and offers to put it right',
        write: (c) => [
          [
            c.kindWords
              ? c.liked
                ? `Merci pour ${t(c, 'tes', 'vos')} mots sur ${c.liked}.`
                : `Merci pour ${t(c, 'tes', 'vos')} mots aimables.`
              : '',
            c.points ? `Nous sommes sincèrement désolés pour ${c.points}.` : `Nous sommes sincèrement désolés pour ce qui s'est passé.`,
          ]
            .filter(Boolean)
            .join(' '),
          c.specialDay ? 'Nous savons que c’était pour un moment important, ce qui rend cela encore plus regrettable.' : '',
          c.person && !c.person.praised
            ? `J'en parle avec ${c.person.name} et l'équipe.`
            : pick(c, [
                `Nous voulons faire mieux, et je m'en occupe.`,
                `Ce n'est pas ce que nous voulons pour nos clients, et je m'en occupe personnellement.`,
                `Ce n'est pas à la hauteur de nos exigences : je m'en occupe.`,
              ]),
          c.refund ? 'Je regarde moi-même la question du remboursement dès aujourd’hui.' : '',
          c.answer
            ? factSentence(c, c.answer)
            : c.openQuestion
              ? t(
                  c,
                  'Quant à ta question, je me renseigne et je reviens vers toi avec une réponse claire.',
                  'Quant à votre question, je me renseigne et je reviens vers vous avec une réponse claire.',
                )
              : '',
          `${t(c, 'Peux-tu', 'Pouvez-vous')} ${reachInfinitive(c)} ? ${pick(
            c,
            ['Je tiens à arranger les choses.', "J'aimerais arranger cela.", 'Je tiens à rattraper cela.'],
            1,
          )}`,
        ],
      },
      {
        id: 'ask-for-detail',
        why: 'Asks for the details so the problem can be traced',
        write: (c) => [
          `Merci de nous l'avoir signalé, et toutes nos excuses${c.mainPoint ? ` pour ${c.mainPoint}` : ''}.`,
          `Je voudrais comprendre précisément ce qui s'est passé : ${reach(c)}${c.short ? '' : ` en indiquant ${detail(c)}`}, et je m'en charge personnellement.`,
        ],
      },
      {
        id: 'take-it-private',
        why: 'Short: moves the conversation to a private channel',
        write: (c) => [
          pick(
            c,
            [
              `Merci de nous avoir prévenus, et pardon pour ce désagrément.`,
              'Désolés pour ce désagrément, et merci de nous avoir prévenus.',
              `Merci pour ${t(c, 'ton', 'votre')} message, et pardon pour ce contretemps.`,
            ],
            2,
          ),
          `${cap(reach(c))} : j'aimerais régler cela directement avec ${t(c, 'toi', 'vous')}.`,
        ],
      },
    ],
    escalation: [
      {
        id: 'urgent-private',
        why: 'Takes it seriously, fast, and moves it to a private channel',
        write: (c) => [
          c.short
            ? 'Nous sommes vraiment désolés.'
            : pick(c, [
                `Merci de nous avoir alertés, et nous sommes vraiment désolés.`,
                `Nous sommes vraiment désolés, et merci de nous l'avoir signalé.`,
                `Merci de nous avoir prévenus : nous sommes vraiment désolés.`,
              ]),
          c.points
            ? `Ce que ${t(c, 'tu décris', 'vous décrivez')} concernant ${c.points} est pris très au sérieux, et je m'en occupe personnellement aujourd'hui.`
            : `Nous prenons cela très au sérieux, et je m'en occupe personnellement aujourd'hui.`,
          c.phishing
            ? `Nous ne demandons jamais de coordonnées bancaires ni de mot de passe par e-mail ou message : ${t(c, "ne réponds pas et n'ouvre pas ses liens", "ne répondez pas et n'ouvrez pas ses liens")}.`
            : '',
          `${cap(reach(c))} afin que nous puissions en parler directement.`,
        ],
      },
      {
        id: 'ask-for-detail',
        why: 'Asks for the full details in private before anything else',
        write: (c) => [
          `Toutes nos excuses : cela n'aurait jamais dû arriver, et je souhaite connaître chaque détail.`,
          `${t(c, 'Peux-tu', 'Pouvez-vous')} ${reachInfinitive(c)} en indiquant ${detail(c)} ? Je reviens vers ${t(c, 'toi', 'vous')} dans la journée.`,
        ],
      },
      {
        id: 'short-private',
        why: 'Short and calm: no argument in public',
        write: (c) => [
          `Pardon pour cela, je m'en occupe tout de suite.`,
          `${cap(reach(c))} et je ${t(c, 'te', 'vous')} réponds personnellement aujourd'hui.`,
        ],
      },
    ],
    legal: [
      {
        id: 'acknowledge-route',
        why: 'Acknowledges, admits nothing, routes it to the owner privately',
        write: (c) => [
          `Merci pour ${t(c, 'ton', 'votre')} message${c.points ? ` concernant ${c.points}` : ''}.`,
          `Je l'ai transmis à notre direction, qui ${t(c, 'te', 'vous')} contactera directement.`,
          `${t(c, 'Peux-tu', 'Pouvez-vous')} ${reachInfinitive(c)} afin que nous ayons ${t(c, 'tes', 'vos')} coordonnées ?`,
        ],
      },
      {
        id: 'hold-formal',
        why: 'Formal holding reply: the rest happens in private',
        write: (c) => [
          `Nous avons bien reçu ${t(c, 'tes', 'vos')} remarques et nous les prenons au sérieux.`,
          `La suite se fera en privé : ${reach(c)}.`,
        ],
      },
      {
        id: 'short-hold',
        why: 'Brief: confirms receipt and gives the private channel',
        write: (c) => [
          `Merci de nous avoir prévenus. Notre direction reviendra vers ${t(c, 'toi', 'vous')} en privé ; ${t(c, 'tu peux', 'vous pouvez')} aussi ${reachInfinitive(c)}.`,
        ],
      },
    ],
    question: [
      {
        id: 'answer',
        why: 'Answers the question',
        write: (c) => [
          c.kindWords
            ? `Merci pour ${t(c, 'tes', 'vos')} ${c.liked ? `mots sur ${c.liked}` : 'mots aimables'} et pour ${t(c, 'ta', 'votre')} question${c.topic ? ` sur ${c.topic}` : ''} !`
            : `Merci pour ${t(c, 'ta', 'votre')} question${c.topic ? ` sur ${c.topic}` : ''} !`,
          answerOrGap(c),
          c.thankedPerson ? `Je transmets ${t(c, 'tes', 'vos')} remerciements à ${c.thankedPerson}.` : '',
          closingLine(c, 0, 'other'),
        ],
      },
      {
        id: 'short-answer',
        why: 'The answer in a line',
        write: (c) => [
          c.answerPart ? leadIntoFact(c, 'Bonne question', c.answerPart) : `Bonne question ! ${c.gap ? shortGap(c.gap) : ''}`,
          c.answerPart
            ? pick(
                c,
                [
                  t(
                    c,
                    'En espérant que ça t’aide : n’hésite pas si autre chose te vient à l’esprit.',
                    'En espérant que cela vous aide : n’hésitez pas si autre chose vous vient à l’esprit.',
                  ),
                  t(
                    c,
                    'J’espère que ça t’aide ! Si une autre question se présente, écris-nous simplement ici.',
                    'J’espère que cela vous aide ! Si une autre question se présente, écrivez-nous simplement ici.',
                  ),
                ],
                3,
              )
            : 'Merci de nous avoir écrit.',
        ],
      },
      {
        id: 'offer-more-help',
        why: 'Offers to help further in private',
        write: (c) => [`Pour toute autre question, ${reach(c)}.`, `Nous ${t(c, 'te', 'vous')} répondrons rapidement.`],
      },
    ],
    fan: [
      {
        id: 'thank-and-name-it',
        why: 'Thanks them and says back what they loved',
        write: (c) => [
          pick(c, ['Merci beaucoup !', 'Un grand merci !', 'Merci mille fois !']),
          c.praised
            ? `Ravis que ${t(c, 'tu aies', 'vous ayez')} aimé ${c.praised}.`
            : t(c, "Ça nous touche que tu aies pris le temps d'écrire.", "Nous sommes touchés que vous ayez pris le temps d'écrire."),
          c.pet ? `Et quel plaisir que ${t(c, 'ton', 'votre')} ${c.pet === 'cat' ? 'chat' : 'chien'} se soit senti comme chez lui !` : '',
          c.person?.praised || c.place
            ? `Je transmets ${t(c, 'tes', 'vos')} compliments à ${[c.person?.praised ? c.person.name : '', c.place ? `toute l'équipe de ${c.place}` : ''].filter(Boolean).join(' et à ')}.`
            : '',
          c.occasion
            ? `Ravis d'avoir fait partie de ${t(c, /^(?:lune|fete|soiree|cremaillere|remise)/u.test(fold(c.occasion)) ? 'ta' : 'ton', 'votre')} ${c.occasion} !`
            : '',
          // A happy customer's booking or catering question, answered from the facts.
          c.answer ? factSentence(c, c.answer) : (c.gap ?? ''),
          c.wished ? `J'ai aussi transmis à l'équipe ${t(c, 'ta', 'votre')} suggestion au sujet de ${c.wished}.` : '',
          closingLine(c, 0, 'other'),
        ],
      },
      {
        id: 'warm-thanks',
        why: 'A warm thank-you in other words',
        write: (c) => [
          // "Vous avez illuminé notre journée" is "made our day" word for word: no French CM writes it.
          pick(
            c,
            [
              t(c, 'Ton message nous a fait super plaisir !', 'Votre message nous a fait très plaisir !'),
              'Quel joli message !',
              'Ça nous a fait chaud au cœur !',
            ],
            2,
          ),
          c.praised
            ? `Toute l'équipe sera ravie de lire ce que ${t(c, 'tu dis', 'vous dites')} sur ${c.praised}.`
            : `Des retours comme le ${t(c, 'tien', 'vôtre')} donnent le sourire à toute l'équipe.`,
          closingLine(c, 1, 'drop'),
        ],
      },
      {
        id: 'invite-to-share',
        why: 'Invites them to become an advocate',
        write: (c) => [
          `Merci pour ce joli retour !`,
          t(
            c,
            `Si l'envie te prend, parle de nous autour de toi ou identifie-nous la prochaine fois : ça aide énormément une équipe comme la nôtre.`,
            `Si l'envie vous prend, parlez de nous autour de vous ou identifiez-nous la prochaine fois : cela aide énormément une équipe comme la nôtre.`,
          ),
        ],
      },
    ],
    lukewarm: [
      {
        id: 'ask-what-would-be-great',
        why: 'Thanks them and asks what would have made it great',
        write: (c) => [
          pick(c, [
            `Merci pour ${t(c, 'ton', 'votre')} retour honnête.`,
            `Merci d'avoir pris le temps de partager ${t(c, 'ton', 'votre')} avis.`,
            `Merci pour ce retour sincère.`,
          ]),
          c.liked ? `Ravis de lire ${t(c, 'tes', 'vos')} mots sur ${c.liked}.` : '',
          c.person?.praised ? `Je transmets ${t(c, 'tes', 'vos')} compliments à ${c.person.name}.` : '',
          c.points
            ? `${c.pointsUnjudged ? `J'ai transmis à l'équipe ${t(c, 'ta', 'votre')} remarque au sujet` : `${t(c, 'Tu as', 'Vous avez')} raison au sujet`} ${listOf(
                (c.points === c.mainPoint || !c.pointItems?.length ? [c.points] : c.pointItems).map((item) => `de ${item}`),
                'fr',
              )}${c.pointsUnjudged ? '' : ", et j'en ai fait part à l'équipe"}.`
            : '',
          c.wished ? `J'ai aussi transmis à l'équipe ${t(c, 'ta', 'votre')} suggestion au sujet de ${c.wished}.` : '',
          // What we could have done better, not what would have made it "perfect": a lukewarm review is not a near miss.
          pick(
            c,
            [
              `${t(c, 'Dis', 'Dites')}-nous ce que nous ${c.kind === 'app' ? 'pourrions améliorer' : 'aurions pu faire mieux'}.`,
              `Qu'aurions-nous pu faire mieux, selon ${t(c, 'toi', 'vous')} ?`,
              `${t(c, 'Ton', 'Votre')} avis nous aide : que pourrions-nous améliorer ?`,
            ],
            1,
          ),
        ],
      },
      {
        id: 'invite-back',
        why: 'Invites them to say more and to come back',
        write: (c) => [
          `Merci de nous avoir choisis et d'avoir pris le temps d'écrire.`,
          `Nous aimerions mériter cinq étoiles la prochaine fois : si ${t(c, 'tu le souhaites', 'vous le souhaitez')}, ${reach(c)} pour nous en dire plus.`,
        ],
      },
      {
        id: 'acknowledge-and-improve',
        why: 'Acknowledges the point and promises to do better',
        write: (c) => [
          `Merci de nous dire comment cela s'est passé${c.mainPoint ? `, notamment pour ${c.mainPoint}` : ''}.`,
          pick(
            c,
            [
              `Nous travaillons chaque jour à faire mieux et espérons ${t(c, 'te', 'vous')} convaincre la prochaine fois.`,
              `${t(c, 'Tes', 'Vos')} remarques nous aident à progresser.`,
              `Nous en tenons compte et espérons ${t(c, 'te', 'vous')} faire changer d'avis la prochaine fois.`,
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
            [t(c, 'Merci de ton passage ! 😊', 'Merci de votre passage ! 😊')],
            [t(c, 'Merci pour ton petit mot ! 😊', 'Merci pour votre petit mot ! 😊')],
            [t(c, 'Ça fait plaisir de te lire ! 😊', 'Ça fait plaisir de vous lire ! 😊')],
          ]),
      },
      { id: 'friendly-wave', why: 'A short wave back', write: () => ['Ça nous fait plaisir, belle journée à vous !'] },
      { id: 'friendly-thanks', why: 'A short thank-you', write: () => ['Merci de suivre notre page !'] },
    ],
    ignore: [],
  },
};
