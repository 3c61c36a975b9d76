/**
 * Function words (articles, pronouns, prepositions, conjunctions, auxiliaries) of the languages
 * the classifier reads. They carry weight in the models (bigrams, char n-grams) but are never
 * shown to the user as a reason: "'a'" or "'an ipod'" explain nothing. Negators are kept out
 * of these lists on purpose ("not", "pas", "nicht" do explain a tone).
 */
const LISTS: Record<string, string> = {
  en: `a an the and or but if then than so as of at by for from in into on onto to up down out over under with within without
    around near along across behind beside beyond toward towards via until till since while
    about above after again against before below between during through off is am are was were be been being have has had having
    do does did doing will would shall should can could may might must i me my mine myself we us our ours ourselves you your
    yours yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves this that
    these those there here what which who whom whose when where why how all any both each few more most other some such only own
    same too very just also s t im ive id ill youre youve its it's i'm i've i'd i'll you're you've he's she's we're they're
    that's there's let's`,
  fr: `le la les l un une des du de d au aux et ou mais donc or ni car que qu qui quoi dont où ce c cet cette ces ça ca se s
    je j me m moi tu te t toi il elle on nous vous ils elles lui leur leurs eux mon ma mes ton ta tes son sa ses notre nos votre
    vos à a en dans par pour sur sous avec chez vers entre est es suis sommes êtes sont été être ai as avons avez ont avait
    y c'est j'ai qu'il l'on d'un d'une aussi très`,
  de: `der die das den dem des ein eine einen einem einer eines und oder aber denn sondern dass daß ob wenn als wie zu zum zur
    im in an am auf aus bei mit nach von vor für über unter durch um ich mich mir du dich dir er ihn ihm sie es wir uns ihr euch
    ihnen mein meine dein deine sein seine unser euer ist bin bist sind seid war waren sein hat habe hast haben hatte wird werden
    wurde auch noch so da hier dies diese dieser dieses man sich`,
  es: `el la los las lo un una unos unas y e o u pero sino que de del a al en con por para sin sobre entre hasta desde
    yo me mi mis tú tu tus te ti él ella ello nos nosotros nosotras vosotros os ellos ellas les le se su sus nuestro nuestra
    es soy eres somos son era fue ser estar está están estoy he ha han has hay este esta estos estas ese esa esos esas
    como cuando donde muy más ya también`,
  it: `il lo la i gli le un uno una un' l e ed o ma che di del dello della dei degli delle a al allo alla ai agli alle da dal
    dalla in nel nello nella nei con su sul sulla per tra fra io me mi tu te ti lui lei noi ci voi vi loro si suo sua suoi sue
    mio mia miei nostro vostro è sono sei siamo siete era essere ho hai ha abbiamo avete hanno questo questa questi queste
    quello quella come quando dove anche molto più già`,
  pt: `o a os as um uma uns umas e ou mas que de do da dos das em no na nos nas por pelo pela pelos pelas para com sem sobre
    ao aos à às eu me mim meu minha meus minhas tu te ti você vocês ele ela eles elas lhe lhes se seu sua seus suas nosso nossa
    é sou és somos são era foi ser estar está estão estou tem têm ter há este esta estes estas esse essa isso isto aquele
    como quando onde muito mais já também`,
  ar: `في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين و او أو ثم هو هي هم انا أنا انت أنت نحن كان كانت يكون قد لقد
    كل بعض ما ان إن أن لا`,
  hi: `का की के को में से पर और या है हैं था थे थी हो तो ही भी यह वह ये वो मैं हम तुम आप इस उस एक कि जो`,
};

const SETS = new Map<string, Set<string>>();
for (const [language, list] of Object.entries(LISTS)) SETS.set(language, new Set(list.split(/\s+/).filter((w) => w !== '')));
const ENGLISH = SETS.get('en')!;
// Other languages' texts mix in English function words ("the", "a" in hashtags and quotes).
for (const [language, set] of SETS) if (language !== 'en') for (const word of ENGLISH) set.add(word);

/**
 * True for a function word of the text's language (English words count in every language;
 * a language without a list uses the English one). Per language, not one set for all: the
 * German article "die" is an English threat.
 */
export function isStopWord(word: string, language = 'en'): boolean {
  return (SETS.get(language) ?? ENGLISH).has(word);
}

/** The set isStopWord checks for a language (for callers that test many words). */
export function stopWordsOf(language = 'en'): ReadonlySet<string> {
  return SETS.get(language) ?? ENGLISH;
}

export const STOP_WORD_LANGUAGES = [...SETS.keys()];
