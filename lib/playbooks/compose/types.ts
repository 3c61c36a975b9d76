import type { Family } from '../family';
import type { ReplyLanguage } from './point-phrases';

export type BusinessKind = 'cafe' | 'restaurant' | 'hotel' | 'shop' | 'app' | 'service';
/** Who the person is to the business, from what they said (for the closing line). */
export type Relation = 'first' | 'regular' | 'leaving' | 'prospect' | 'unknown';
export type ChannelKind = 'dm' | 'email' | 'phone' | 'url' | 'none';

/** Everything a phrase bank needs to write one reply body. */
export interface ComposeContext {
  language: ReplyLanguage;
  /** Formal address (vous, Sie, usted, Lei) — review sites and professional networks. */
  formal: boolean;
  /**
   * A number from the item's text, the same every time: picks one of a fixed sentence's wordings
   * so two items do not get the same words. Unset (the editor's defaults): the first wording.
   */
  seed?: number;
  /** The person speaks for several people ("we stayed", "torneremo"): a closing line speaks to them all. */
  party?: boolean;
  /** A first name to greet by, never a full name or a handle. */
  name?: string;
  brand: string;
  kind: BusinessKind;
  /** What a customer has with the business, in English: visit, stay, order, meal, experience. */
  noun: string;
  /** The profile's noun key (visit, stay, order, meal, account, appointment, or the user's own word). */
  nounKey: string;
  /** The person's points said back ("the 25-minute wait and the lukewarm flat whites"), or ''. */
  points: string;
  /** The same points one phrase each, for languages that put each in its case ("zur Wartezeit und zum Zimmer"). */
  pointItems?: string[];
  /** In an English complaint, what went wrong said back as a clause ("the quiche was cold in the middle"), when it can be said plainly. */
  restated?: string;
  /** The first point alone, for shorter sentences. */
  mainPoint: string;
  /** In a lukewarm review that also criticised something: what they liked, said apart from the criticism. */
  liked?: string;
  /** A fan's or lukewarm reviewer's wish ("would love a dark mode"): thanked for as an idea and passed on. */
  wished?: string;
  /** A complaint that also praised us (mixed, or four or five stars): thanked before the apology, with `liked` when a thing was named. */
  kindWords?: boolean;
  /** What they praised, one phrase each (for languages that repeat a preposition before each: "gostado da X e da Y"). */
  praisedItems?: string[];
  /** What they praised, or ''. */
  praised: string;
  /** Their occasion in their own word ("honeymoon", "boda"), for a fan reply: never "glad you loved the wedding". */
  occasion?: string;
  /** In a complaint, the occasion it spoiled, said from our side ("your dad's 60th"), English only. */
  spoiledOccasion?: string;
  /** A special day named in a complaint in another language (a wedding, a birthday): said without its name. */
  specialDay?: boolean;
  /** The branch of a chain a fan named ("Lille"): the reply thanks that team. */
  place?: string;
  /** A staff member they named, with the polarity of what they said. */
  person?: { name: string; praised: boolean };
  /** A fan's pet was made welcome ("our dachshund had his own basket"): said back about the pet, never as a thing they loved. */
  pet?: 'dog' | 'cat';
  /** A question's asker thanked a staff member by name ("thank you to Priya … quick q"): the answer passes it on. */
  thankedPerson?: string;
  channel: { kind: ChannelKind; value: string };
  /** The answer to their question, from the profile's facts. */
  answer?: string;
  /** The facts' language (the profile's first language) when it is not the reply's: the fact is quoted with a label. */
  factLanguage?: ReplyLanguage;
  /** The part of that fact closest to what they asked. */
  answerPart?: string;
  /** A marked gap when the answer is not known: "[answer: do you have a high chair?]". */
  gap?: string;
  /** What the question is about, said back ("the high chair"). */
  topic?: string;
  /** Where the details are written (the profile's website): set when the short answer would repeat a long one. */
  detailsUrl?: string;
  refund: boolean;
  /** A question inside a complaint that the facts do not answer. */
  openQuestion: boolean;
  /** First visit, regular, not coming back, not been yet: the closing line fits it. */
  relation?: Relation;
  /** An order delivered or picked up rather than a visit. */
  online?: boolean;
  /** They say nobody answered them (emails, calls, a ticket left open): the reply owns the silence and does not just repeat the channel. */
  unanswered?: boolean;
  /** A fake message in our name fishing for their details: the reply warns them (and readers) not to answer it. */
  phishing?: boolean;
  /** Someone was hurt or fell ill: the reply wishes them well first (this admits nothing). */
  harm?: 'injury' | 'illness';
  /** Their own occasion still to come that they want us part of ("wedding", "40th"), English only. */
  occasionToCome?: string;
  /** A lukewarm review's points carry no verdict we could read: they are thanked for, not agreed with. */
  pointsUnjudged?: boolean;
  /** A fan thanking us for our care when they or someone with them was ill or hurt: the reply is glad they are okay. */
  relief?: boolean;
  /** A fan praising how well what they bought has lasted ("three summers and still going strong"). */
  lasting?: boolean;
  /** Who was hurt or ill when it was not the writer ("my son" → "your son"), with the pronoun to use. */
  harmed?: { who: string; pronoun: 'he' | 'she' | 'they' };
  /** What went wrong is a charge (a double charge, a charge after cancelling): said as billing, not as the app or the visit. */
  billing?: boolean;
  /** X and other tight sites: keep it to the essentials. */
  short: boolean;
}

/** One way of answering: an intent name, why it is offered, and the body it writes. */
export interface Intent {
  id: string;
  why: string;
  /** Body sentences in order; later ones are dropped first when the site's limit is tight. */
  write(context: ComposeContext): string[];
}

export interface PhraseBank {
  greeting(context: ComposeContext): string;
  families: Record<Family, Intent[]>;
}
