import type { ComposeContext, PhraseBank } from '../types';
import { answerOrGap, cap, factSentence, leadIntoFact, shortGap } from './util';
import { closingLine } from '../closing';

/** French replies use "vous" everywhere: brands address customers formally in French. */
const NOUN: Record<string, string> = {
  visit: 'votre visite',
  stay: 'votre séjour',
  order: 'votre commande',
  meal: 'votre repas',
  account: 'votre expérience avec nous',
  appointment: 'votre rendez-vous',
  experience: 'votre expérience',
};
const noun = (c: ComposeContext) => NOUN[c.nounKey] ?? 'votre expérience';

/** Imperative: "écrivez-moi à x". */
function reach(c: ComposeContext): string {
  switch (c.channel.kind) {
    case 'dm':
      return `écrivez-nous en message privé (${c.channel.value})`;
    case 'email':
      return `écrivez-moi à ${c.channel.value}`;
    case 'phone':
      return `appelez-nous au ${c.channel.value}`;
    case 'url':
      return `contactez-nous via ${c.channel.value}`;
    default:
      return 'contactez-nous [comment vous joindre]';
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
      return 'nous contacter [comment vous joindre]';
  }
}

function detail(c: ComposeContext): string {
  switch (c.kind) {
    case 'hotel':
      return 'le nom de la réservation et vos dates de séjour';
    case 'shop':
      return 'votre numéro de commande';
    case 'app':
      return "l'adresse e-mail de votre compte";
    case 'service':
      return 'la date de votre rendez-vous';
    default:
      return 'la date et l’heure de votre venue';
  }
}

export const fr: PhraseBank = {
  greeting: (c) => (c.name ? `Bonjour ${c.name},` : 'Bonjour,'),
  families: {
    complaint: [
      {
        id: 'fix-first',
        why: 'Names what went wrong, apologises, and offers to put it right',
        write: (c) => [
          c.points ? `Nous sommes sincèrement désolés pour ${c.points}.` : `Nous sommes sincèrement désolés pour ce qui s'est passé.`,
          c.person && !c.person.praised ? `J'en parle avec ${c.person.name} et l'équipe.` : `Nous voulons faire mieux, et je m'en occupe.`,
          c.refund ? 'Je regarde moi-même la question du remboursement dès aujourd’hui.' : '',
          c.answer
            ? factSentence(c, c.answer)
            : c.openQuestion
              ? 'Quant à votre question, je me renseigne et je vous réponds sans détour.'
              : '',
          `Pouvez-vous ${reachInfinitive(c)} ? Je tiens à arranger les choses.`,
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
          `Merci de nous avoir prévenus, et pardon pour ce désagrément.`,
          `${cap(reach(c))} : j'aimerais régler cela directement avec vous.`,
        ],
      },
    ],
    escalation: [
      {
        id: 'urgent-private',
        why: 'Takes it seriously, fast, and moves it to a private channel',
        write: (c) => [
          c.short ? 'Nous sommes vraiment désolés.' : `Merci de nous avoir alertés, et nous sommes vraiment désolés.`,
          c.points
            ? `Ce que vous décrivez concernant ${c.points} est pris très au sérieux, et je m'en occupe personnellement aujourd'hui.`
            : `Nous prenons cela très au sérieux, et je m'en occupe personnellement aujourd'hui.`,
          `${cap(reach(c))} afin que nous puissions en parler directement.`,
        ],
      },
      {
        id: 'ask-for-detail',
        why: 'Asks for the full details in private before anything else',
        write: (c) => [
          `Toutes nos excuses : cela n'aurait jamais dû arriver, et je souhaite connaître chaque détail.`,
          `Pouvez-vous ${reachInfinitive(c)} en indiquant ${detail(c)} ? Je reviens vers vous dans la journée.`,
        ],
      },
      {
        id: 'short-private',
        why: 'Short and calm: no argument in public',
        write: (c) => [
          `Pardon pour cela, je m'en occupe tout de suite.`,
          `${cap(reach(c))} et je vous réponds personnellement aujourd'hui.`,
        ],
      },
    ],
    legal: [
      {
        id: 'acknowledge-route',
        why: 'Acknowledges, admits nothing, routes it to the owner privately',
        write: (c) => [
          `Merci pour votre message${c.points ? ` concernant ${c.points}` : ''}.`,
          `Je l'ai transmis à notre direction, qui vous contactera directement.`,
          `Pouvez-vous ${reachInfinitive(c)} afin que nous ayons vos coordonnées ?`,
        ],
      },
      {
        id: 'hold-formal',
        why: 'Formal holding reply: the rest happens in private',
        write: (c) => [`Nous avons bien reçu vos remarques et nous les prenons au sérieux.`, `La suite se fera en privé : ${reach(c)}.`],
      },
      {
        id: 'short-hold',
        why: 'Brief: confirms receipt and gives the private channel',
        write: (c) => [
          `Merci de nous avoir prévenus. Notre direction reviendra vers vous en privé ; vous pouvez aussi ${reachInfinitive(c)}.`,
        ],
      },
    ],
    question: [
      {
        id: 'answer',
        why: 'Answers the question',
        write: (c) => [`Merci pour votre question${c.topic ? ` sur ${c.topic}` : ''} !`, answerOrGap(c), closingLine(c)],
      },
      {
        id: 'short-answer',
        why: 'The answer in a line',
        write: (c) => [
          c.answerPart ? leadIntoFact(c, 'Bonne question', c.answerPart) : `Bonne question ! ${c.gap ? shortGap(c.gap) : ''}`,
          c.answerPart
            ? 'En espérant que cela vous aide : n’hésitez pas si autre chose vous vient à l’esprit.'
            : 'Merci de nous avoir écrit.',
        ],
      },
      {
        id: 'offer-more-help',
        why: 'Offers to help further in private',
        write: (c) => [`Pour toute autre question, ${reach(c)}.`, `Nous vous répondrons rapidement.`],
      },
    ],
    fan: [
      {
        id: 'thank-and-name-it',
        why: 'Thanks them and says back what they loved',
        write: (c) => [
          `Merci beaucoup !`,
          c.praised ? `Ravis que vous ayez aimé ${c.praised}.` : 'Votre message nous fait très plaisir.',
          c.person?.praised ? `Je transmets vos compliments à ${c.person.name}.` : '',
          c.occasion ? `Ravis d'avoir fait partie de votre ${c.occasion} !` : '',
          closingLine(c),
        ],
      },
      {
        id: 'warm-thanks',
        why: 'A warm thank-you in other words',
        write: (c) => [
          `Vous avez illuminé notre journée !`,
          c.praised
            ? `Toute l'équipe sera ravie de lire ce que vous dites sur ${c.praised}.`
            : "Des retours comme le vôtre font avancer toute l'équipe.",
          closingLine(c, 1),
        ],
      },
      {
        id: 'invite-to-share',
        why: 'Invites them to become an advocate',
        write: () => [
          `Merci pour ce joli retour !`,
          `Si l'envie vous prend, parlez de nous autour de vous ou identifiez-nous la prochaine fois : cela aide énormément une équipe comme la nôtre.`,
        ],
      },
    ],
    lukewarm: [
      {
        id: 'ask-what-would-be-great',
        why: 'Thanks them and asks what would have made it great',
        write: (c) => [
          `Merci pour votre retour honnête.`,
          c.liked ? `Ravis de lire vos mots sur ${c.liked}.` : '',
          c.points ? `Vous avez raison pour ${c.points}, et j'en ai fait part à l'équipe.` : '',
          `Dites-nous ce qui aurait fait de ${noun(c)} un moment parfait.`,
        ],
      },
      {
        id: 'invite-back',
        why: 'Invites them to say more and to come back',
        write: (c) => [
          `Merci de nous avoir choisis et d'avoir pris le temps d'écrire.`,
          `Nous aimerions mériter cinq étoiles la prochaine fois : si vous le souhaitez, ${reach(c)} pour nous en dire plus.`,
        ],
      },
      {
        id: 'acknowledge-and-improve',
        why: 'Acknowledges the point and promises to do better',
        write: (c) => [
          `Merci de nous dire comment cela s'est passé${c.mainPoint ? `, notamment pour ${c.mainPoint}` : ''}.`,
          `Nous travaillons chaque jour à faire mieux et espérons vous convaincre la prochaine fois.`,
        ],
      },
    ],
    light: [
      { id: 'friendly-line', why: 'Not about the business: one short friendly line', write: () => ['Merci de votre passage ! 😊'] },
      { id: 'friendly-wave', why: 'A short wave back', write: () => ['Ça nous fait plaisir, belle journée à vous !'] },
      { id: 'friendly-thanks', why: 'A short thank-you', write: () => ['Merci de suivre notre page !'] },
    ],
    ignore: [],
  },
};
