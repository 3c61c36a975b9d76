import type { ComposeContext, PhraseBank } from '../types';
import { answerOrGap, factSentence, leadIntoFact, pick, shortGap } from './util';
import { closingLine } from '../closing';

/** "email me at x" (imperative, lower case). */
/** Their occasion ahead: a wedding is congratulated, any other is one we would love to help celebrate. */
function occasionToComeLine(occasion: string): string {
  return /wedding|engagement|rehearsal|reception/u.test(occasion)
    ? `Congratulations, and we'd love to be part of your ${occasion}!`
    : `We'd love to help you celebrate your ${occasion}!`;
}

function reach(c: ComposeContext): string {
  switch (c.channel.kind) {
    case 'dm':
      return `send us a DM at ${c.channel.value}`;
    case 'email':
      return `email me at ${c.channel.value}`;
    case 'phone':
      return `call us on ${c.channel.value}`;
    case 'url':
      return `get in touch at ${c.channel.value}`;
    default:
      return 'get in touch with us [how to reach you]';
  }
}

/** "I'm so sorry your son was hurt, and I hope he's recovering well": the wish for whoever was hurt or ill. */
function wellWish(c: ComposeContext, lead: 'so sorry' | 'sorry to hear'): string {
  const who = c.harmed ? `your ${c.harmed.who}` : 'you';
  const was = c.harmed ? 'was' : 'were';
  const they = c.harmed ? { he: "he's", she: "she's", they: "they're" }[c.harmed.pronoun] : "you're";
  const that = lead === 'so sorry' ? "I'm so sorry" : "I'm sorry to hear";
  return c.harm === 'injury'
    ? `${that} ${who} ${was} hurt, and I hope ${they} recovering well.`
    : `${that} ${who} ${was} unwell, and I hope ${they} feeling better.`;
}

/** "I hope your daughter is feeling better.": the wish after an apology that already said sorry. */
function hopeWish(c: ComposeContext): string {
  const who = c.harmed ? `your ${c.harmed.who} is` : "you're";
  return c.harm === 'injury' ? `I hope ${who} recovering well.` : `I hope ${who} feeling better.`;
}

/** What to send so we can find their case. */
function detail(c: ComposeContext): string {
  switch (c.kind) {
    case 'hotel':
      return 'your booking name and dates';
    case 'shop':
      return 'your order number';
    case 'app':
      return 'the email address on your account';
    case 'service':
      return 'the date of your appointment';
    default:
      return `the day and time of your ${c.noun}`;
  }
}

export const en: PhraseBank = {
  greeting: (c) => (c.name ? `Hi ${c.name},` : 'Hi there,'),
  families: {
    complaint: [
      {
        id: 'fix-first',
        why: 'Names what went wrong, apologises, and offers to put it right',
        write: (c) => [
          [
            c.kindWords ? (c.liked ? `Thank you for the kind words about ${c.liked}.` : 'Thank you for the kind words.') : '',
            c.restated
              ? `I'm really sorry ${c.restated}.`
              : c.points
                ? `I'm really sorry about ${c.points}.`
                : `I'm really sorry your ${c.noun} went this way.`,
          ]
            .filter(Boolean)
            .join(' '),
          c.harm ? hopeWish(c) : '',
          c.spoiledOccasion ? `That's not how ${c.spoiledOccasion} should have gone.` : '',
          c.unanswered ? "I'm also sorry nobody got back to you: that's on us." : '',
          c.person && !c.person.praised
            ? `I'll talk to ${c.person.name} and the team about it.`
            : c.billing
              ? "A charge like that should never happen, and I'm on it."
              : c.kind === 'app'
                ? pick(c, [
                    "We want the app to work better than this for you, and I'm on it.",
                    "I'm looking into it with the team today.",
                    "The app should just work for you, and I'm on it.",
                  ])
                : pick(c, [
                    `We want every ${c.noun} to be better than this, and I'm on it.`,
                    "I'm looking into it with the team today.",
                    `Every ${c.noun} should go smoothly, and I'm on it.`,
                  ]),
          c.refund ? "I'll look into the refund myself today." : '',
          c.answer ? factSentence(c, c.answer) : c.openQuestion ? "On your question: I'll find out and tell you straight." : '',
          c.unanswered
            ? `I'm picking this up myself: please ${reach(c)} and I'll reply to you personally today.`
            : pick(
                c,
                [
                  `Could you ${reach(c)}? I'd like to make this right.`,
                  `If you ${reach(c)}, I'll make this right with you.`,
                  `Please ${reach(c)} so I can put this right.`,
                ],
                1,
              ),
        ],
      },
      {
        id: 'ask-for-detail',
        why: 'Asks for the details so the problem can be traced',
        write: (c) => [
          `Thank you for telling us, and I apologise${c.mainPoint ? ` for ${c.mainPoint}` : ''}.`,
          `Could you ${reach(c)}${c.short ? '' : ` with ${detail(c)}`}? I'll look into it myself and get back to you.`,
        ],
      },
      {
        id: 'take-it-private',
        why: 'Short: moves the conversation to a private channel',
        write: (c) => [
          `Thank you for letting us know, and my apologies.`,
          `Please ${reach(c)}: I'd like to sort this out with you personally.`,
        ],
      },
    ],
    escalation: [
      {
        id: 'urgent-private',
        why: 'Takes it seriously, fast, and moves it to a private channel',
        write: (c) => [
          c.harm ? wellWish(c, 'so sorry') : c.short ? `I'm so sorry.` : `Thank you for raising this, and I'm so sorry.`,
          c.unanswered ? "I'm also sorry nobody got back to you: that's on us." : '',
          c.points
            ? `What you describe about ${c.points} is something we take very seriously, and I'm looking into it personally today.`
            : `We take this very seriously, and I'm looking into it personally today.`,
          c.phishing ? "We never ask for card details or passwords by email or message: please don't reply to it or open its links." : '',
          `Please ${reach(c)} so we can talk directly.`,
        ],
      },
      {
        id: 'ask-for-detail',
        why: 'Asks for the full details in private before anything else',
        write: (c) => [
          `I'm sorry: this should never happen, and I'd like to hear every detail from you.`,
          `Could you ${reach(c)} with ${detail(c)}? I'll come back to you today.`,
        ],
      },
      {
        id: 'short-private',
        why: 'Short and calm: no argument in public',
        write: (c) => [`I'm sorry, and I'm on it now.`, `Please ${reach(c)} and I'll reply to you personally today.`],
      },
    ],
    legal: [
      {
        id: 'acknowledge-route',
        why: 'Acknowledges, admits nothing, routes it to the owner privately',
        write: (c) => [
          [c.harm ? wellWish(c, 'sorry to hear') : '', `Thank you for your message${c.points ? ` about ${c.points}` : ''}.`]
            .filter(Boolean)
            .join(' '),
          `I've passed it to our management team, who will contact you directly.`,
          `Please ${reach(c)} so we have your details.`,
        ],
      },
      {
        id: 'hold-formal',
        why: 'Formal holding reply: the rest happens in private',
        write: (c) => [
          `Thank you for getting in touch. We have received your message and are giving it our full attention.`,
          `As advisers are now involved, we will continue the conversation privately: please ${reach(c)}.`,
        ],
      },
      {
        id: 'short-hold',
        why: 'Brief: confirms receipt and gives the private channel',
        write: (c) => [`Thanks for letting us know. Our management will be in touch in private; you can ${reach(c)}.`],
      },
    ],
    question: [
      {
        id: 'answer',
        why: 'Answers the question',
        write: (c) => [
          c.kindWords
            ? `Thank you for the kind words${c.liked ? ` about ${c.liked}` : ''}, and for asking${c.topic ? ` about ${c.topic}` : ''}!`
            : `Thanks for asking${c.topic ? ` about ${c.topic}` : ''}!`,
          c.occasionToCome ? occasionToComeLine(c.occasionToCome) : '',
          answerOrGap(c),
          c.thankedPerson ? `I'll pass your thanks on to ${c.thankedPerson}.` : '',
          closingLine(c),
        ],
      },
      {
        id: 'short-answer',
        why: 'The answer in a line',
        write: (c) => [
          c.answerPart ? leadIntoFact(c, 'Good question', c.answerPart, true) : `Good question! ${c.gap ? shortGap(c.gap) : ''}`,
          c.answerPart
            ? pick(
                c,
                [
                  'Hope that helps, and do shout if anything else comes up.',
                  "Hope that helps! If anything else comes up, just let us know here and we'll sort it.",
                ],
                3,
              )
            : 'Thanks for reaching out.',
        ],
      },
      {
        id: 'offer-more-help',
        why: 'Offers to help further in private',
        write: (c) => [`Happy to help with anything else you need: just ${reach(c)}.`, `We'll get back to you quickly.`],
      },
    ],
    fan: [
      {
        id: 'thank-and-name-it',
        why: 'Thanks them and says back what they loved',
        write: (c) => [
          pick(c, ['Thank you so much!', 'Thank you, this is lovely to read!', 'What a lovely review, thank you!']),
          c.relief ? (c.harmed ? `I'm so glad your ${c.harmed.who} is okay.` : "I'm so glad you're okay.") : '',
          c.praised
            ? pick(
                c,
                [
                  `So glad you loved ${c.praised}.`,
                  `We're thrilled you enjoyed ${c.praised}.`,
                  `Really happy to hear you loved ${c.praised}.`,
                ],
                1,
              )
            : 'It means a lot that you took the time to write.',
          c.pet ? `We love that your ${c.pet} felt at home too!` : '',
          c.person?.praised
            ? `I'll make sure ${c.person.name}${c.place ? ` and the team in ${c.place}` : ''} ${c.place ? 'hear' : 'hears'} this.`
            : c.place
              ? `I'll pass this on to the team in ${c.place}.`
              : '',
          c.occasion ? `So happy to have been part of your ${c.occasion}!` : '',
          c.lasting ? "So glad they're still going strong!" : '',
          c.occasionToCome && c.occasionToCome !== c.occasion ? occasionToComeLine(c.occasionToCome) : '',
          // A happy customer's booking or catering question, answered from the facts.
          c.answer ? factSentence(c, c.answer) : (c.gap ?? ''),
          c.wished ? `I've passed your suggestion about ${c.wished} on to the team, too.` : '',
          closingLine(c),
        ],
      },
      {
        id: 'warm-thanks',
        why: 'A warm thank-you in other words',
        write: (c) => [
          `This made our day, thank you!`,
          c.praised ? `What you said about ${c.praised} will make the whole team smile.` : 'Reviews like this keep the whole team going.',
          closingLine(c, 1),
        ],
      },
      {
        id: 'invite-to-share',
        why: 'Invites them to become an advocate',
        write: () => [
          `Thanks for the kind words!`,
          `If you have a moment, tell a friend or tag us next time: it really helps a small team like ours.`,
        ],
      },
    ],
    lukewarm: [
      {
        id: 'ask-what-would-be-great',
        why: 'Thanks them and asks what would have made it great',
        write: (c) => [
          pick(c, [
            'Thanks for the honest feedback.',
            'Thank you for taking the time to write this.',
            'Thanks for telling us how it went.',
          ]),
          c.liked ? `Glad you enjoyed ${c.liked}.` : '',
          c.person?.praised ? `I'll pass your thanks on to ${c.person.name}.` : '',
          c.points
            ? c.pointsUnjudged
              ? `I've passed on what you said about ${c.points} to the team.`
              : `You're right to mention ${c.points}, and I've passed it on to the team.`
            : '',
          c.wished ? `I've passed your suggestion about ${c.wished} on to the team, too.` : '',
          pick(
            c,
            [
              `What one thing would have made your ${c.noun} great?`,
              'What could we have done better?',
              `What would have made it a five-star ${c.noun} for you?`,
            ],
            1,
          ),
        ],
      },
      {
        id: 'invite-back',
        why: 'Invites them to say more and to come back',
        write: (c) => [
          `Thank you for choosing us and for taking the time to write.`,
          `We'd love to earn five stars next time: if you're happy to, ${reach(c)} and tell us more.`,
        ],
      },
      {
        id: 'acknowledge-and-improve',
        why: 'Acknowledges the point and promises to do better',
        write: (c) => [
          `Appreciate you telling us how it went${c.mainPoint ? `, especially about ${c.mainPoint}` : ''}.`,
          `We're always working to do better, and we hope to win you over next time.`,
        ],
      },
    ],
    light: [
      {
        id: 'friendly-line',
        why: 'Not about the business: one short friendly line',
        write: (c) => [pick(c, ['Thanks for being here! 😊', 'Lovely to see you here! 😊', 'Thanks for saying hi! 😊'])],
      },
      { id: 'friendly-wave', why: 'A short wave back', write: () => ['Love this, have a great day!'] },
      { id: 'friendly-thanks', why: 'A short thank-you', write: () => ['Thanks for stopping by our page!'] },
    ],
    ignore: [],
  },
};
