import { primed } from '@/lib/classifier/pattern-priming';
import { isStopWord } from '@/lib/classifier/stopwords';
import {
  fold,
  foldWithMap,
  allMatches,
  DENIED_PROBLEM,
  DENIED_PROBLEM_AT_START,
  HANDLED_INPUT,
  NEGATED_PRAISE,
  PAYMENT_METHOD,
  PRAISE,
  PRAISE_SLANG_ALL,
  PROBLEM,
  SERVED_COLD,
  TIME_SAVING_VERB,
  TROUBLE,
} from './cues';
import { withSituations } from './situations';
import { leanWordClasses } from './word-classes';

/**
 * What exactly the person said: each point is an aspect (waiting time, temperature, a named
 * staff member, a product...), its polarity, and the words from the item that say it. The
 * reply composer names these points back in its own frame ("the 25-minute wait").
 */
import { ASPECTS, type Point } from '@/lib/classifier/labels';

export { ASPECTS };
export type { Point };
export type Aspect = Point['aspect'];
export type Polarity = Point['polarity'];

/** Adjectives that say what was wrong with a dish or a product (English; other languages keep their own word order). */
const DETAIL = primed(
  /(?<![\p{L}-])(lukewarm|tepid|cold|stone cold|dry(?![ -]?(?:rub|rubs|aged|cleaning|cleaner|ice|january|martini|gin|cider|sherry|white|riesling|humou?r|run))|soggy(?! (?:days?|weather|mornings?|afternoons?|evenings?|weekends?|walks?|hikes?|trips?))|bland|burnt(?! ends?)|sour|stale|tough|greasy|overcooked|undercooked|raw|salty|rubbery|chewy|watery|mushy|flavourless|flavorless|tasteless|inedible|mouldy|moldy|broken|torn|faded|ripped|cracked|chipped|dented|scratched|damaged|faulty|defective|leaking|leaky|wobbly|lumpy|saggy|uncomfortable|dim|incredible|amazing|delicious|perfect|fresh|tender|juicy|crispy|fluffy|spotless|quiet|comfortable|comfy|beautiful|noisy|tiny|cramped|dated|excellent|smaller|skimpy|shrunken)(?![\p{L}])/iu,
);

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/**
 * Aspect words (folded: lower case, no accents). The first group of each pattern is the
 * phrase kept as the point's text. Ordered from specific to general: an earlier match wins
 * where two overlap.
 */
const LEXICON: { aspect: Aspect; pattern: string; only?: string[] }[] = [
  // Health and safety.
  {
    aspect: 'safety',
    pattern:
      "((?:fractured|broke|broken|sprained|twisted|injured|hurt|cut|burnt|burned) (?:my|his|her|our|their) (?:wrist|ankle|arm|leg|hand|finger|back|knee|hip|gum|lip|mouth|tooth|head|foot)|slipped|(?:piece|bit|shard) of (?:metal|wire|bone)(?: wire)?|metal wire|wire brush bristles?|(?:metal |wire |grill[- ]brush |brush )bristles?|bristles?|bout de (?:metal|fer)|morceau de metal|trozo de metal|metallstuck|metallsplitter|pezzo di metallo|pedaco de metal|gluten|coeliac|celiac|celiaque|celiac[oa]|zoliakie|celiachia|mouse|mice|rats?|cockroach(?:es)?|souris|cafards?|rongeurs?|raton|ratas?|cucarachas?|maus|ratten?|kakerlaken?|topi|topo|scarafaggi?|(?<!(?<![\\p{L}\\p{N}])(?:el|un|al|buen|mal|otro|ese|este|largo|mucho|poco|cada) )ratos?|(?<!(?<![\\p{L}\\p{N}])(?:y|e|muy|bastante|super|son|es|era|eran|mas|tan|bien|bonitas) )baratas?(?! (?:y|e|pero|mas|como) )|piece of glass|(?<!(?<![\\p{L}\\p{N}])(?:a|one|two|another|per|by the|large|small|et|ett|au|un|par|du|le) )glass(?! of(?![\\p{L}]))|shard|peanut allerg\\w*|allerg\\w*|food poisoning|bed ?bugs?|(?<!(?<![\\p{L}\\p{N}])(?:a few|few|couple of|two|three|first|second|some|several|after|last|more) )bites|wet floor|fractured wrist|data ?leck|datenleck|(?<!(?<![\\p{L}\\p{N}])(?:au|un|par|mon|ton|notre|deux|trois|petit|grand) )verre(?! (?:de|d')(?![\\p{L}]))|cristal|vetro|vidro|intoxica\\w+|intossica\\w+|avvelenament\\w+|lebensmittelvergiftung|punaises de lit|chinches|bettwanzen|cimici|carbon monoxide(?: alarm)?|(?:smoke |fire |co )?alarm|gas leak|smell of gas|monoxyde de carbone|monoxido de carbono|kohlenmonoxid|monossido di carbonio|monoxido de carbono|hairs?|cheveux?|haare?|capell[io]|cabelos?|(?:piece|bit) of plastic|plastic|bout de plastique|plastique|plastico|plastik|plastica|mou?ld|moisissures?|moho|schimmel|muffa|bolor|insects?|insectes?|insectos?|insekten?|insetti|insetos|grapas?|agrafes?|staples?|heftklammern?|graffette|agrafos?|hives|epi-?pens?|anaphyla\\w*|urticaire|urticaria|nesselsucht|orticaria|allergic reaction|reaction allergique|reaccion alergica|allergische reaktion|reazione allergica|reacao alergica|reactions?|reaccion|reaktion|reazione|reacao|rash|blisters?|ampoules?|ampollas?|blasen|rozaduras?|scheuerstellen|druckstellen|vesciche|vescica|bolhas?|vesciche|bolhas|dyes?|tintes?|teintures?|farbstoff\\w*|tintur\\w+|security|hacked|hack|(?:(?:first|second|third)[- ]degree )?burns?(?! (?:night|out|off))|scald(?:ed|s|ing)?|brulures?|quemaduras?|verbrennung(?:en)?|ustion[ei]|queimaduras?)",
  },
  // Apps.
  // (Before the general app words: "the expense categories can't be edited" names the categories, not "expense".)
  { aspect: 'app', pattern: '((?:expense|income|tax|spending|transaction|custom) categor(?:y|ies))', only: ['en'] },
  // Parts of an app's screen: "the PDF preview", "the Send button", "my logo", "the time tracker", "the start/stop button".
  {
    aspect: 'app',
    pattern:
      '((?:pdf |print |invoice |email )?preview|(?:send|start|stop|start/stop|save|submit|pay|export|login|log in|sign in|share|download|upload|delete|back|menu) button|logo(?! (?:desde|que|a seguir|no|na|nos|nas|depois|apos|em|ao|a|de|do|da|di|del|della)(?![\\p{L}]))|time ?tracker|timer|(?:vorschau|apercu|vista previa|anteprima|pre-visualizacao)(?: (?:du|del|des|de la|der|da|do) pdf)?)',
    only: ['en', 'fr', 'es', 'de', 'it', 'pt'],
  },
  {
    aspect: 'app',
    pattern:
      '(logs? (?:me |you |us )?out|logged (?:me |us )?out|logging (?:me |us )?out|signing (?:me |us )?out|log ?out|sign(?:s|ed) (?:me |us )?out|ipad app|ipad|tablet|bank details|bank account|iban|two-factor|2fa|password|invoice numbers?|numbering|notifications?|payment reminders?|automatic (?:payment )?reminders?|reminders?|api|integrations?|zapier|mobile app|setup|set-up|onboarding|templates?|dashboard|reporting|reports?|(?:bank )?reconciliation|bank feeds?|bank sync|payroll|(?:vat|tax) returns?|quotes|estimates|mileage tracking|mileage|timesheets?|multi-currency(?: support)?|currency support|(?:expense|receipt) scanning|scanning|receipts?|(?<!own )expenses?|pdf invoices?|line items?|datev export|csv export|export|sync|timer|sidebar|classic layout|layout|dark mode|recurring invoices?|invoices?|invoicing|bookkeeping|time tracking|expense tracking|android app|android|ios app|iphone|web app|desktop app|update|login|log in|einloggen|anmeld\\w+|passwort|kennwort|mot de passe|me connecter|contrasena|iniciar sesion|palabra-passe|senha|iniciar sessao|crash\\w*|bug\\w*|outage|e-rechnung|xrechnung|rechnungs?-?app|rechnungen|faktur\\w*|fattur\\w*|factur\\w*|app)',
  },
  // Food and drink (cafés, restaurants, hotel breakfasts).
  {
    aspect: 'product',
    pattern:
      '(banana bread|flapjacks?|tartare(?: de (?:boeuf|bœuf|saumon|thon))?|turkey|halloumi(?: stack| wrap| fries)?|shakshuka|collard greens|collards|hot links?|tacos?|nachos|confit(?: de canard)?|omelettes?|omelets?|wraps?|cheesecakes?|carbonnades?(?: flamandes?)?|potjevleesch|waterzooi|welsh|cruffins?|cronuts?|morning buns?|costillas|costelas|costine|cotes levees|côtes levées|rippchen|spare ?ribs|burrata(?:-tomates?(?: anciennes)?)?|mozza(?:rella)?|(?:vanilla bean )?ice creams?|(?:peach |apple |blackberry |cherry |berry )?cobblers?|crumbles?|banana pudding|fondue|raclette|tapas|churros|bacalhau|francesinhas?|bratwurst|currywurst|strudel|lasagnes?|lasagna|gnocchi|carbonara|magret(?: de canard)?|cassoulet|ramen|sushi|mussels|oysters?|prawns?|shrimps?|clams|scallops?|squid|calamari|moules?(?: frites| marinieres?)?|huitres?|crevettes?|gambas|calamars?|coquilles saint-jacques|mejillones|almejas|ostras|langostinos|calamares|muscheln|austern|garnelen|scampi|cozze|vongole|gamberi|gamberoni|ostriche|mexilhoes|ameijoas|camaroes|lulas|flat whites?|lattes?|cappuccinos?|espressos?|cortados?|mochas?|americanos?|coffees?(?! (?:machine|maker)s?)|teas?|hot chocolates?|oat milk|soy milk|almond milk|milk|smoothies?|juices?|cardamom buns?|cinnamon buns?|buns?|croissants?|almond croissants?|pastr(?:y|ies)|cakes?|brownies?|cookies?|scones?|muffins?|toasties?|sandwich(?:es)?|bagels?|sourdough|smashed avocado|avocado toast|avocado|eggs? benedict|eggs|porridge|granola|pancakes?|waffles?|decaf|caffeine|smoked wings|wings|slaw|toast|tarte tatin|bacon (?:sarnie|butty|roll|bap)|sausage (?:sarnie|butty|roll|bap)|sarnies?|butty|butties|lemon drizzle(?: cake)?|cinnamon swirls?|babka|eclairs? au (?:cafe|chocolat)|éclairs? au (?:café|chocolat)|eclairs?|éclairs?|saint-honor(?:e|é)|paris-brest|mille-feuilles?|macarons?|chouquettes?|cannel(?:e|é)s?|kouign-amann|flan p(?:a|â)tissier|tarte au citron|tartes?|tarts?|mousse au chocolat|mousse|creme brulee|crepes?|gateaux?|salades?|soupes?|poulet|poisson|viande|fromages?|oeufs? benedicte|oeufs?|boeuf bourguignon|boeuf|hachis parmentier|tartas?|pasteles?|ensaladas?|sopas?|pollo|pescado|carne|quesos?|huevos|postres?|tortilla|paella|croquetas|torten?|salate?|suppen?|hahnchen|fisch|fleisch|kase|brot|eier|nachtisch|schnitzel|pizzas?|pasta|risotto|gelato|tiramisu|insalat[ae]|zupp[ae]|pesce|formaggi?o?|uova|dolci|dolce|bolos?|saladas?|frango|peixe|queijo|ovos|sobremesa|pasteis de nata|pastel de nata|brunch|breakfast buffet|breakfast|lunch|dinner|burnt ends|brisket|pulled pork|ribs?|sausages?|jalapeno cheddar sausage|mac and cheese|mac ?n ?cheese|beans|cornbread|coleslaw|pickles?|bark|sauces?|family platter|platter|sides|banana pudding|pudding|burgers?|fries|steak frites|steak|duck|chicken|fish|salad|soup|quiche|dessert|wine|beer|cocktails?|prosecco|blanquette|plat du jour|pain perdu|frites|canard|croque(?:[- ](?:madame|monsieur|veggie|vegetarien|provencal|hawaien))?|tartine|vin|biere|menu|food|meal|dish(?:es)?|portions?|desayuno|comida|plato|cafe|fruhstucksbuffet|fruhstuck|essen|kaffee|kuchen|colazione|cibo|piatto|pequeno-almoco|prato|bolo)',
  },
  // Packaging and the little touches of an online order.
  {
    aspect: 'packaging',
    pattern:
      '((?<!(?:chica|chico|senora|senor|señora|señor|persona|muchacha|muchacho|chavala|chaval|nina|niño|nino|niña) de la )caja|cajas|boite|carton|scatola|caixa|karton|schachtel|handwritten note|hand-written note|bilhetinho\\w*|bilhete|carte manuscrite|tarjeta escrita|notita|packaging|(?<=(?:beautifully|nicely|well|badly|poorly|carefully|lovingly|securely|perfectly|so|was|were|came|arrived) )(?:packed|wrapped)|gift wrap\\w*|embalagem|embalad\\w+|emballage|emballe\\w*|embalaje|verpackung|verpackt|imballaggio|imballat\\w+)',
  },
  // Pets: dogs and cats staying or eating with their people, their fees, bowls and baskets.
  {
    aspect: 'pets',
    pattern:
      '((?:pet|dog) (?:fee|charge|bowl|bed|policy)s?|(?<!(?<![\\p{L}\\p{N}])(?:hot|corn) )dogs?|dachshunds?|puppy|puppies|(?:cocker )?spaniels?|labradors?|terriers?|retrievers?|poodles?|pugs?|beagles?|collies?|whippets?|lurchers?|greyhounds?|schnauzers?|corgis?|huskies|husky|cockapoos?|cavapoos?|doggos?|pups?(?! (?:of|up))|kittens?|pets?|frais (?:pour|de) (?:chien|animaux)|animaux de compagnie|animal de compagnie|animaux|(?<!comme (?:des|un) )chiens?|chiots?|teckels?|mascotas?|perr(?:it)?[oa]s?|cachorr(?:it)?[oa]s?|hund(?:e|en|es)?|dackel[ns]?|haustier(?:e|en)?|katzen?|welpen?|cagnolin[oa]|cani|bassott[oi]|animali domestici|animale domestico|animali|animais de estimacao|animal de estimacao|animais|caes|cao(?:zinho)?|pet friendly|dog friendly)',
  },
  { aspect: 'pets', pattern: '(chats?)', only: ['fr'] },
  { aspect: 'pets', pattern: '(gat(?:it)?[oa]s?)', only: ['es', 'pt'] },
  { aspect: 'pets', pattern: '(cane|gatt[oi]|gatta)', only: ['it'] },
  // Videos and posts people comment on.
  {
    aspect: 'product',
    pattern:
      '(photos?|pictures?|fotos?|images?|permission|tutorial|video|vid[eé]o|episode|recipe|recette|receta|rezept|ricetta|receita|haul|unboxing|guide)',
  },
  // Shops: what was bought.
  {
    aspect: 'product',
    pattern:
      '((?:rayas|riscas|righe|streifen|stripes|striped|rayures)(?: (?:azules|azul|blue|bleues|blu|azuis|blaue[n]?|rojas|red|verdes|green))?)',
  },
  // The wrong thing brought or sent ("wrong order", "pas la bonne commande", "falsche Bestellung").
  {
    aspect: 'order',
    pattern:
      '(wrong (?:order|item|dish|size|colou?r)|(?<=got (?:my|our|the) )order(?= wrong)|(?<=(?:my|our|the) )order(?= (?:was|came(?: out)?|arrived) (?:all )?wrong)|(?<=mixed up (?:my|our|the) )order|(?:mauvaise|mauvais) (?:commande|plat|taille|article|couleur)|pas (?:la bonne commande|le bon plat|la bonne taille)|commande (?:erronee|incorrecte|incomplete)|erreur (?:de|dans la|sur la) commande|(?:pedido|plato|articulo) (?:equivocado|incorrecto|incompleto)|(?:talla|color) equivocad[oa]|falsche[snr]? (?:bestellung|gericht|artikel|grosse|farbe|essen|lieferung)|(?:ordine|piatto|articolo) (?:sbagliat[oa]|incomplet[oa])|(?:taglia|colore) sbagliat[oa]|(?:pedido|prato|artigo|tamanho) (?:errad[oa]|incomplet[oa])|encomenda (?:errada|incompleta)|cor errada)',
  },
  {
    aspect: 'size',
    pattern:
      '((?:la |die |the |a )?(?:talla|taille|taglia|tamanho|size(?! of (?:my|your|his|her|an?)\\b)|grosse|grose)(?: \\d{2})?|(?:runs?|running|fits?|comes?|are|is) (?:a bit |a little |slightly |very |really |quite |half a size |a half size |a size |a full size )?(?:narrow|small|large|big|wide|tight|loose)|too (?:small|big|narrow|tight|wide|loose)|narrow|tight|pinch(?:es|ing)?|width|etroite?s?|estrech[oa]s?|apertad[oa]s?|zu eng|stretti?e?|apertados?|muy pequenas?|demasiado pequenas?|trop petites?|zu klein|zu gross|troppo piccol\\w|muito pequen\\w+)',
  },
  // Belongings lost, left or taken (a laptop, a wallet, a suitcase), in six languages.
  {
    aspect: 'product',
    pattern:
      '(laptop|wallet|purse|passport|jewell?ery|handbag|suitcases?|luggage|ordinateur portable|portefeuille|passeport|valises?|bagages|bijoux|port(?:á|a)til|ordenador|cartera|pasaporte|maletas?|equipaje|joyas|geldb(?:ö|o)rse|reisepass|koffer|gep(?:ä|a)ck|schmuck|portatile|portafoglio|passaporto|valigi[ae]|bagagli|gioielli|carteira|passaporte|bagagem|joias)',
  },
  { aspect: 'product', pattern: '(camera)', only: ['en'] },
  { aspect: 'product', pattern: '(malas?)', only: ['pt'] },
  // A smell, with what it smells of ("glue/chemical smell", "odeur de moisi", "Gestank").
  {
    aspect: 'quality',
    pattern:
      '(smel(?:led|lt|ls|ling|ly) (?:strongly |badly |really |so )?(?:of|like) (?:stale |old |cigarette |wet )?(?:smoke|cigarettes?|damp|mou?ld|sewage|bleach|weed|drains?|fish|paint|gas|feet|sweat|urine|wee|pee|dog|bins?|rubbish|garbage|chemicals?|glue|rubber|plastic|petrol|diesel|vinegar|ammonia|mildew|solvents?)|(?:(?:glue|chemical|rubber|plastic|paint|weird|strong|awful|horrible|funny|musty|damp|bad|burnt|sewage|smoke|cigarette)[/ -]?){0,3}(?:smell|odou?r|stench|(?<=(?:a|the) )stink)|odeurs?(?: de (?:colle|moisi|produit chimique|plastique|tabac|egout|brule|gaz|fumee))?|sentait (?:le|la) (?:gaz|brule|moisi|tabac|fumee|renferme|cigarette|egout|javel)|(?:mal )?olor(?: a (?:pegamento|quimico|humedad|tabaco|plastico|gas|quemado))?|olia a (?:gas|humedad|quemado|tabaco|cerrado|lejia)|(?:chemischer |starker )?(?:gasgeruch|geruch|gestank)|(?:stark |extrem |komisch )?nach (?:gas|rauch|schimmel|zigaretten|abfluss|kanal)(?: gerochen| riecht| roch| gestunken| stinkt)|odore(?: di (?:colla|muffa|plastica|fumo|gas))?|puzza(?: di (?:gas|fumo|muffa))?|cheiro(?: a (?:cola|mofo|plastico|tabaco|gas|queimado))?|cheirava a (?:gas|mofo|queimado)|fedor)',
  },
  {
    aspect: 'quality',
    pattern:
      '(mancha de pegamento|mancha|stain|tache|fleck|macchia|pegamento|glue|colle|kleber|colla|cinta descosida|cinta|ribbon|costuras?|seams?|coutures?|nahte?|cuciture|descosid[oa]s?|handmade|hecho a mano|hechas a mano|a mano|fait main|handgemacht|fatto a mano|feito a mao|taller|atelier|werkstatt|artesan\\w*|linen|lino|lin|leinen|cotton|algodon|coton|baumwolle|cotone|algodao|canvas|lona|suede|ante|leather|cuero|cuir|leder|pelle|couro|jute|insoles?|plantillas?|semelles? interieures?|einlegesohlen?|solette|palmilhas?|sole|sola|suela|semelle|sohle|soletta|stitching|seams?|colou?r|color|shade|fabric|strap|stitch\\w*)',
  },
  {
    aspect: 'product',
    pattern:
      '(espadrilles?|alpargatas?|wedges|wedge (?:heels?|sandals?|espadrilles?)|(?:las |unas )?de cu[nñ]a|cu[nñ]as|compensees|keilabsatz\\w*|zeppe|zeppa|cunhas?|shoes?|sandals?|sneakers?|trainers?|boots?|zapatos?|zapatillas?|sandalias?|botas?|sapatos?|sapatilhas?|sandálias?|sandalias?|chaussures?|baskets?|sandales?|bottes?|schuhe|turnschuhe|sandalen|stiefel|scarpe|sandali|stivali|pairs?|pares?)',
  },
  // Hotels.
  {
    aspect: 'room',
    pattern:
      "((?:room|zimmer|chambre|habitacion|camera|quarto) ?\\d{2,4}|coffee (?:machine|maker)s?|espresso machines?|patio heaters?|heaters?|heat lamps?|parasols?|nespresso(?: machine)?|kettles?|toasters?|hair ?dryers?|machine a cafe|cafetera|kaffeemaschine|macchina del caffe|maquina de cafe|air con(?:ditioning)?|a/c|climatisation|clim|aire acondicionado|klimaanlage|aria condizionata|ar condicionado|heating|spa pool|pool|piscines?|piscinas?|schwimmbad|hallenbad|spa|bar|minibar|gym|lift|elevator|balcony|balcony door|balkon|balkongdorr|balcon|gelander|railing|rambarde|garde-corps|barandilla|ringhiera|guarda-corpos?|window(?! (?:seat|table|spot|bench|counter))|fenster|fenetre|ventana|finestra|janela|(?<!(?:out|outside|round|around) the |next )door(?!\\s?step)|(?<!(?:je|tu|on|il|elle|ils|elles|nous|vous) (?:les |la |le |l')?)(?<!j'(?:les |la |le )?)porte|puerta|tur|porta|kettle|room safe|tv|shower|(?:live |exposed |loose |bare )?wires|(?:power |electric |electrical )?cables?|cables? electriques?|cables? electricos?|cavi elettrici|cavo elettrico|cabos? eletricos?|bed|towels?|bathrooms?|restrooms?|toilets?|washrooms?|loos?|toilettes|banos?|aseos|toiletten|bagni|bagno|banheiros?|room|rooms|zimmer|chambres?|habitacion(?:es)?|quartos?|vista|view|terrazza|terrace|terrasse|lake views?|(?:bedside |reading |desk |floor )lamps?|lamps?|carpets?|(?:high |baby |plastic |folding )?chairs?|chaises?|sillas?|stuhle|sedie|cadeiras?|(?:travel |baby )?cots?|cribs?|culle|culla|lettin[oi](?: da campeggio)?|cunas?|lits? (?:bebe|parapluie|pour bebe)|babybett(?:en)?|reisebett(?:en)?|bercos?|camas? de bebe|(?:back|front|side|parking|car) lot|shuttle|navette|lanzadera|navetta|(?:airport |station )?transfers?|transfert|traslado|parking lots?|car ?parks?|parking garages?|parking|garage|tiefgarage|einfahrt|zufahrt|garageneinfahrt|parcheggio|parkplatz|aparcamiento|estacionamento|lobby|check-in|einchecken|reception|rezeption|parken|housekeeping|room service|(?:room )?upgrade|surclassement|wi-?fi|wlan|internet|connexion|conexion|connessione|conexao|verbindung)",
  },
  // Waiting and slowness.
  {
    aspect: 'wait',
    pattern:
      "((?:une demi-heure|demi-heure|media hora|eine halbe stunde|halbe stunde|mezz'ora|mezzora|meia hora|meia-hora)(?: (?:d'attente|de espera|wartezeit|di attesa))?|(?:\\d+(?:[.,:]\\d+)? ?(?:(?:bonnes|grosses|longues|buenos|largos|gute|lange|buoni|lunghi|bons|longos) )?|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|half an?|une|un|una|eine?|uma?) |un')(?:-? ?)(?:minutes?|mins?|hours?|hrs?|heures?|minutos?|horas?|minuten|stunden?|minuti|ore|ora|minut[ay]?|minuter|minutter|minuten|timmar|timer|uur|godzin[ay]?|dias|days|jours|dias|tage|giorni|h\\d{2}|h)\\b(?: (?:wait|of waiting|d'attente|de espera|wartezeit|di attesa))?|\\d+h\\d{2}|(?:queues?|lines?) (?:out|outside|round|around) the (?:door|block|corner)|queues?|lines? out the door|hour-long lines|long lines|(?<!(?:\\d|two|three|four|five|six|ten|twelve|many|more|few|extra|several|some|empty|blank|code|text) )lines(?! (?:of|on|in) (?:the |an? |my |your )?(?:invoice|page|pdf|document|code|text|bill|receipt))|waited|waiting|wait|(?<!(?<![\\p{L}\\p{N}])(?:wifi|wi-fi|wlan|internet|app|website|site|connection|connexion|conexion|verbindung|sito|connessione|ligacao|rede|signal|laptop|computer) (?:is |was |ist |war |est |etait |es |era |e )?(?:very |so |too |really |super |sehr |zu |tres |trop |muy |muito |molto |troppo )?)slow(?:-ish)?|attente|retard|(?<!(?<![\\p{L}\\p{N}])(?:wifi|wi-fi|wlan|internet|app|website|site|connection|connexion|conexion|verbindung|sito|connessione|ligacao|rede|signal|laptop|computer) (?:is |was |ist |war |est |etait |es |era |e )?(?:very |so |too |really |super |sehr |zu |tres |trop |muy |muito |molto |troppo )?)lent|espera|esperando|(?<!(?<![\\p{L}\\p{N}])(?:wifi|wi-fi|wlan|internet|app|website|site|connection|connexion|conexion|verbindung|sito|connessione|ligacao|rede|signal|laptop|computer) (?:is |was |ist |war |est |etait |es |era |e )?(?:very |so |too |really |super |sehr |zu |tres |trop |muy |muito |molto |troppo )?)lento|warten|gewartet|(?<!(?<![\\p{L}\\p{N}])(?:wifi|wi-fi|wlan|internet|app|website|site|connection|connexion|conexion|verbindung|sito|connessione|ligacao|rede|signal|laptop|computer) (?:is |was |ist |war |est |etait |es |era |e )?(?:very |so |too |really |super |sehr |zu |tres |trop |muy |muito |molto |troppo )?)langsam|wartezeit|attesa|aspettat\\w*|ritardo|demora|atraso|esperei)",
  },
  {
    aspect: 'temperature',
    pattern:
      // Not the weather: "no inverno faz frio", "il fait froid", "es ist kalt".
      '((?<!(?<![\\p{L}\\p{N}])(?:faz|fazia|hace|hacia|fa|faceva|fait|faisait|il fait|es ist|ist es|war es) )(?:lukewarm|tepid|stone cold|cold|freezing|tiede|froid\\w*|frio|fria|frios|frias|templad\\w|lauwarm|kalt\\w*|freddo|fredda|tiepid\\w|morno|morna))',
  },
  {
    aspect: 'noise',
    pattern:
      "((?:kitchen |bathroom )?extractor(?: fans?| hoods?)?|(?:fans?|air ?con\\w*|fridge|minibar|generator|ventilation) (?:humming|buzzing|whirring|droning|rattling)|(?:paper-?|wafer-?)?thin walls|kept (?:us|me) (?:up|awake)|(?:couldn'?t|could not|didn'?t|did not|can'?t) sleep|sleepless night|drilling|building works?|construction noise|hellh(?:ö|o)rig\\w*|insonoris\\w*|insonoriz\\w*|isolamento ac(?:ú|u)stico|marteau-piqueur|chantier|(?:building|construction) site|jackhammer|pneumatic drill|presslufthammer|baustelle|martello pneumatico|cantiere|britadeira|street noise|traffic noise|(?:patio |new |outdoor )?speakers?|music|noise|noisy|(?<!out )loud|squeak(?:s|ing|y)?|creak(?:s|ing|y)?|rattl(?:es|ed|ing)|grinc\\w+|cruj\\w+|quietsch\\w*|knarr\\w*|cigol\\w*|scricchiol\\w*|rangem|rangia|rangeu|bruits? de (?:la )?(?:rue|circulation)|bruits?|bruyante?s?|travaux|musique|ruido de (?:la )?calle|ruidos?|ruidos[oa]s?|obras|musica|strassenlarm|larm|laut|rumore (?:della |dalla )?strada|rumori|rumore|rumoros[oaie]|lavori|cantiere|barulho da rua|barulho|barulhent[oa]s?|ruido|basse|basses|bass|wummern\\w*|gedrohne|hogljud\\w*|hogljutt|bullrig[at]?|stojig[at]?|stoy|buller|lawaai\\w*|luidruchtig\\w*|gehorig\\w*)",
  },
  {
    aspect: 'cleanliness',
    pattern:
      '(dirty|filthy|sticky(?! (?:toffee|rice|buns?|wings|ribs|date|pudding|chicken|pork|bbq|glaze))|clean|spotless|dust|dirt|cleanliness|proprete|salete|poussiere|sale(?= (?:et|partout))|crasseu\\w*|propre|suciedad|limpieza|polvo|suci[oa]s?|limpi[oa]s?|schmutz\\w*|dreck\\w*|staub\\w*|sauberkeit|sauber|sporcizia|pulizia|polvere|sporc[oaih]+|pulit[oaie]|sujidade|sujeira|limpeza|po(?= (?:em|nos|por))|suj[oa]s?|limp[oa]s?)',
  },
  {
    aspect: 'booking',
    pattern:
      '(reservation|booking|booked table|(?<!(?:across|under|over|on|off|around) (?:the |our |my |a )?)table|reservee|reserva|reservierung|tisch|prenotazione|tavolo|anniversaire|birthday|anniversary|anniversario|cumpleanos|geburtstag|honeymoon|lune de miel|luna de miel|flitterwochen|luna di miele|viaggio di nozze|lua de mel|wedding|mariage|boda|hochzeit|matrimonio|casamento|graduation party)',
  },
  {
    aspect: 'delivery',
    pattern:
      '(return labels?|returns? labels?|shipping labels?|etiquettes? de retour|etiquetas? de devolucion|etiquetas? de devolucao|rucksendeetikett\\w*|retourenschein\\w*|etichett[ae] di reso|click (?:&|and) collect|pickup|pick-up|pick up|delivery order|delivery|delivered|parcel|package|tracking|order #?\\d+|(?:order|pedido|commande|comanda|bestellung|ordine|encomenda|n[o°º]\\.?|ref\\.?)\\s*(?:n[o°º]\\.?\\s*|#\\s*)?[a-z]{1,4}-\\d{3,}\\w*|(?<!(?:ticket|case|ref|reference|request|issue|invoice|rechnung|facture|factura|fattura|fatura|chamado|incidencia)\\.? (?:no\\.? |number |nr\\.? |n. )?)#\\d{3,}\\w*|#[a-z]+-?\\d+\\w*|livraison|livree|colis|commande|envio|envios|(?<!(?<![\\p{L}\\p{N}])(?:he|has|ha|hemos|han|habia|había|haber|hayan|hubiera|ya) )pedido|paquete|seguimiento|lieferung|paket|bestellung|consegna|pacco|spedizione|ordine|entrega|encomenda|pacote)',
  },
  // Tax and ways to pay, named as such: "verlegde btw", "Umsatzsteuer auf den Rechnungen", "el pago con Bizum".
  {
    aspect: 'billing',
    pattern:
      '(customs (?:charges?|fees?|duty|duties)|import (?:duty|duties|fees?|tax(?:es)?)|(?:frais|droits) de douane|(?:gastos|tasas|derechos) de aduanas?|zollgebuhr\\w*|einfuhrumsatzsteuer|dazi(?: doganali)?|spese (?:di )?dogan\\w*|taxas? alfandeg\\w*|direitos alfandegarios|reverse[- ]charge(?: vat)?|autoliquidation|inversion del sujeto pasivo|inversione contabile|autoliquidacao|vat (?:rates?|numbers?|invoices?)|vat|tva|mwst|mehrwertsteuer|umsatzsteuer|steuersatze?|tax rates?|sales tax|bizum|mb ?way|multibanco|paypal|apple pay|google pay|klarna|twint|satispay)',
  },
  // ("btw" is "by the way" in English chat.)
  { aspect: 'billing', pattern: '(verlegde btw|btw)', only: ['nl'] },
  // The bill in a French restaurant ("les deux risottos étaient sur l'addition"); "addition" is no bill in English.
  { aspect: 'billing', pattern: '(addition|note salee)', only: ['fr'] },
  // A plan renewed for another year, the charge they did not expect.
  {
    aspect: 'billing',
    pattern:
      '((?:auto-?)?renew(?:ed|al)|automatic renewal|renouvellement(?: automatique)?|renouvele|renovacion(?: automatica)?|renovado|verlangerung|verlangert|automatische verlangerung|rinnovo(?: automatico)?|rinnovato|renovacao(?: automatica)?|renovada)',
  },
  {
    aspect: 'billing',
    pattern:
      '((?:charged|billed) (?:me |us )?(?:for )?(?:an? |one |two |three |\\d+ )?(?:extra|additional|more) nights?|(?:two|three|\\d+) (?:extra|more) nights?|addebitat[oaie] (?:\\S+ ){0,3}nott[ei] in piu|(?:una|due|tre|\\d+) nott[ei] in piu|factur\\w* (?:\\S+ ){0,3}nuits? (?:de trop|en trop|supplementaires)|nuits? en trop|cobrad[oa]s? (?:\\S+ ){0,3}noches? de mas|noches? de mas|(?:eine|zwei|drei|\\d+) nachte? zu viel|nacht zu viel|noites? a mais|charged (?:\\w+ ){1,2}twice|(?:taken|paid|debited|billed|deducted|charged|came out|gone out|taken out) twice|double[- ](?:charged|billed|payment|charge)|charged (?:\\w+ ){0,2}two times|debite\\w* (?:\\S+ ){0,3}deux fois|preleve\\w* deux fois|double (?:prelevement|debit|facturation)|cobrad[oa]s? dos veces|cobr[\\w-]+ dos veces|cobro duplicado|doble cobro|zweimal abgebucht|zweimal (?:\\S+ ){0,3}(?:berechnet|abgebucht|belastet)|doppelt (?:abgebucht|berechnet|belastet)|doppelte abbuchung|addebitat[oaie] (?:\\S+ ){0,3}due volte|doppio addebito|cobrad[oa]s? (?:\\S+ ){0,3}duas vezes|cobr[\\w-]+ duas vezes|cobranca (?:em )?duplicad[oa]|unpaid overtime|overtime|heures supplementaires|horas extras?|uberstunden|straordinari|salary|wages|salaire|paie|sueldo|salario|lohn|gehalt|stipendio|(?:automatic |mandatory )?service charge|service fee|surcharge|booking fee|fees?|(?<!(?<![\\p{L}\\p{N}])(?:pas|plus|bien|tres|trop|tout|assez|etait|etaient|est|sont|bien au|au) )frais(?! (?:et|comme|du jour|maison)(?![\\p{L}]))|supplements?|recargo|suplemento|gebuhr\\w*|aufpreis|coperto|taxa de servico|taxas?|deposit|acompte|caution|fianza|senal|kaution|anzahlung|caparra|deposito|sinal|charged twice|double charged|overcharged|charged me|charged us|money back|cancellation flow|cancellation|cancel|annulation|cancelacion|cancellazione|cancelamento|refund|deposit|subscription|abo|kundigung|abgebucht|abbuchung|debite deux fois|debite|rembours\\w*|reembolso|devolucion|dinero|dinheiro|(?<=(?:mon|notre|l.) )argent|(?<=(?:mein|das|unser) )geld|(?<=(?:i miei|i nostri|i) )soldi|rimborso|reembolso|devolucao|tap water|carafe)',
  },
  // Names of two words a chunk must not split ("the happy" of "happy hour", "the mac" of "mac n cheese").
  { aspect: 'product', pattern: "(happy hour|happy-hour|mac (?:and|n|'n'|&) cheese|mac ?n ?cheese|fish (?:and|n|&) chips)" },
  {
    aspect: 'price',
    pattern:
      '((?:£|€|\\$|chf ?)(?:\\d{1,3}(?:[,.]\\d{3})+|\\d+)(?:[.,]\\d{2})?|\\d+(?:[.,]\\d{2})? ?(?:€|eur|euros?|chf|francs?|franchi|dollars|pounds)|(?<![\\p{L}\\p{N}.,])\\d{1,3} ?(?:p|pence|cents?|centimes?|centimos?|centesimi)(?![\\p{L}\\p{N}])|pricey|overpriced|expensive|price|prices|prix|cher|chere|caro|cara|precio|teuer|preis|prezzo|costoso|preco)',
  },
  {
    aspect: 'access',
    pattern:
      '((?:no (?:space|room) for|nowhere to (?:put|park|leave|fit)) (?:a |the |my |our )?(?:pram|buggy|stroller|pushchair|wheelchair)s?|(?:tables? (?:are |were )?)?(?:crammed|cramped|squeezed)(?: together| in)?|too close together|(?:pas de|aucune) place pour (?:la |une |le |un )?(?:poussette|fauteuil)|tables? (?:collees|serrees)|(?:sin|no hay) (?:sitio|espacio) para (?:el |la |un |una )?(?:carrito|cochecito|silla de ruedas)|mesas (?:muy )?(?:pegadas|apretadas)|kein platz fur (?:den |einen )?(?:kinderwagen|rollstuhl)|tische (?:zu )?eng|nessuno spazio per (?:il |un |la )?(?:passeggino|carrozzina|sedia a rotelle)|tavoli (?:troppo )?(?:attaccati|vicini)|sem espaco para (?:o |um |a )?(?:carrinho|cadeira de rodas)|mesas (?:muito )?(?:coladas|juntas)|' +
      'wheelchair|step-free|accessible|(?:wheelchair |access |disabled )ramps?|ramps?(?= (?:at|by|to|for) (?:the |your |ur )?(?:\\p{L}+ )?(?:door|entrance|wheelchairs?|prams?|buggies))|rampes? d.acces|rampas? (?:de acceso|para (?:sillas|cadeiras))|rollstuhlrampe|fauteuil roulant|accessibilite|silla de ruedas|rollstuhl|barrierefrei|sedia a rotelle|cadeira de rodas|high chair|highchair|ladestation\\w*|elektroauto\\w*|e-auto|loja fisica|tienda fisica|boutique)',
  },
  // Words that mean something else in another language ("camera footage", "Big Mesa BBQ").
  { aspect: 'room', pattern: '(camer[ae]|(?<!a )lett[oi])', only: ['it'] },
  // Common things in Italian the shared lists miss ("il materasso era scomodo", "la doccia fredda", "il conto sbagliato").
  {
    aspect: 'room',
    pattern: '(materass[oi]|riscaldamento|docc(?:ia|e)|asciugaman[oi]|lenzuol[oa]|balcon[ei]|ascensor[ei]|armadi[oi])',
    only: ['it'],
  },
  {
    aspect: 'product',
    pattern:
      '(pane|tort[ae]|bistecc[ae]|patatine(?: fritte)?|vin[oi]|caffe|cappuccin[oi]|cornett[oi]|brioche|pizz[ae]|pasta|risotto|tiramisu|gelat[oi]|birr[ae]|suol[ae]|lacci|scarp[ae]|sandal[oi]|espadrillas?|cuciture)',
    only: ['it'],
  },
  { aspect: 'billing', pattern: '(conto|abbonamento|fattur[ae]|addebit[oi])', only: ['it'] },
  { aspect: 'service', pattern: '(servizio clienti|assistenza clienti|assistenza)', only: ['it'] },
  { aspect: 'product', pattern: '(tisanes?|infusions?)', only: ['fr'] },
  // Everyday things the lists lacked, found by a probe of common nouns (English unless marked).
  {
    aspect: 'room',
    pattern: '(pillows?|duvets?|(?<!spread)sheets|carpets?|wardrobes?|curtains|key ?cards?|room keys?|lighting)',
    only: ['en'],
  },
  {
    aspect: 'product',
    pattern:
      '(cutlery|napkins?|(?<!(?<![\\p{L}\\p{N}])(?:his|her|their|licen[cs]e|number|registration|my|car) )plates?|straws?|lids?|linings?|(?<!out of the )box(?:es)?)',
    only: ['en'],
  },
  { aspect: 'delivery', pattern: '(couriers?)', only: ['en'] },
  {
    aspect: 'app',
    pattern:
      '(tax settings|payment links?|client portal|chat ?bot|help (?:centre|center)|search(?: bar| function)?|filters|calendar|pricing page|downgrade|(?:annual|yearly|monthly|pro|free|starter|basic|premium) (?:plan|tier|subscription))',
    only: ['en'],
  },
  {
    aspect: 'product',
    pattern:
      '(laces|shoelaces|sizing|discount codes?|promo codes?|coupon codes?|smokers?|pecan pie|margaritas?|lemonade|cinnamon rolls?|chai(?: latte)?|matcha(?: latte)?|buffet)',
    only: ['en'],
  },
  // Everyday things of a room the lists lacked (six languages): the air conditioner, the safe, the hairdryer, the
  // shutters, the sheets, the remote ("il condizionatore non funzionava", "le coffre-fort", "el mando de la tele").
  {
    aspect: 'room',
    pattern:
      '(condizionatore|climatizzatore|cassaforte|caja fuerte|coffre-fort|coffre fort|(?<=(?:the|a|room|in-room|our|my) )safe(?! (?:to|for|and|enough|with|from|bet|space|place|haven|distance|side|choice|option)(?![\\p{L}]))|(?<=(?:der|den|dem|ein|einen|kein|keinen) )safe|phon|asciugacapelli|secador(?: de pelo| de cabelo)?|seche-cheveux|seche cheveux|volets?|rollladen|rolllade|jalousien?|estores|lencois|sabanas|telecomando|mando(?: de la (?:tele|television)| a distancia)|telecommande|comando da (?:tv|televisao)|fernbedienung)',
  },
  // A buckle (six languages), a search bar and a control panel (fr, es, de).
  { aspect: 'product', pattern: '(buckles?|boucles?|hebillas?|schnallen?|fibbi[ae]|fivelas?)' },
  {
    aspect: 'app',
    pattern: '(barre de recherche|panel de control|panel de usuario|suchleiste|suchfeld|barra di ricerca|barra de pesquisa)',
  },
  // Somewhere to plug in: "are there plugs/sockets near the tables?" (six languages).
  {
    aspect: 'room',
    pattern:
      '((?:plug|power|charging|usb) (?:sockets?|outlets?|points?|ports?)|(?<![\\p{L}-])(?:plugs|sockets|outlets)(?![\\p{L}-])|prises? (?:electriques?|de courant|usb)|enchufes?|steckdosen|prese (?:elettriche|di corrente|usb)|tomadas?(?! de (?:decisao|posse|consciencia)))',
  },
  // The décor, and a vegetarian or vegan option (six languages).
  { aspect: 'room', pattern: '(decor|decoration|deco|decoracion|dekoration|deko|einrichtung|arredamento|arredi|decoracao)' },
  // A tip added to the bill: "nos cargaron 20% de propina automática", "a 18% gratuity", "service charge".
  {
    aspect: 'billing',
    pattern:
      '((?:auto(?:matic)?[- ]?)?gratuity|service charge|propinas?|pourboires?|trinkgeld|mancia|gorjetas?|frais de service|servicio incluido|coperto)',
  },
  // Dye that ran: "a tinta vermelha passou para os pés", "the dye came off on my feet".
  { aspect: 'quality', pattern: '(tinta|tinte|dye|teinture|farbe|colore|tintura)', only: ['pt', 'es', 'en', 'fr', 'de', 'it'] },
  // A vehicle damaged in the car park: "caved in the tailgate", "la carrosserie rayée" (the car itself is in NOT_A_THING).
  {
    aspect: 'product',
    pattern:
      '(tailgate|bumper|windshield|windscreen|paintwork|wing mirror|carrosserie|pare-brise|parabrisas|carroceria|windschutzscheibe|stossstange|karosserie|parabrezza|carrozzeria|para-brisas)',
  },
  {
    aspect: 'product',
    pattern:
      '((?:vegetarian|vegan|veggie|plant-based|gluten-free) (?:options?|choices?|dish(?:es)?|mains?)|options? (?:vegetariennes?|veganes?|vegetaliennes?|sans gluten)|plats? (?:vegetariens?|vegans?)|opcion(?:es)? (?:vegetarianas?|veganas?|sin gluten)|platos? (?:vegetarianos?|veganos?)|vegetarische[snr]? (?:gericht(?:e)?|option(?:en)?|auswahl|alternative)|vegane[snr]? (?:gericht(?:e)?|option(?:en)?|auswahl|alternative)|opzion[ei] (?:vegetarian[ae]|vegan[ae]|senza glutine)|piatt[oi] (?:vegetarian[oi]|vegan[oi])|opc(?:ao|oes) (?:vegetarianas?|veganas?|sem gluten)|pratos? (?:vegetarianos?|veganos?))',
  },
  {
    aspect: 'room',
    pattern:
      '(patio|junior suite|suites?|sauna|hot tub|jacuzzi|(?:back|front|top|bottom|last|first|entrance|door|stone|concrete|wooden|garden|terrace|patio|porch) steps?)',
    only: ['en'],
  },
  { aspect: 'billing', pattern: '(city tax|tourist tax|resort fee)', only: ['en'] },
  {
    aspect: 'app',
    pattern: '(riconciliazione bancaria|modalita scura|esportazione(?: pdf)?|chat di supporto|calendario)',
    only: ['it'],
  },
  { aspect: 'product', pattern: '(iuta|tela|guida alle taglie|codice sconto)', only: ['it'] },
  // (Not "trois soirs de suite", "par la suite", "suite à votre message".)
  {
    aspect: 'room',
    pattern: '(junior suite|(?<!(?<![\\p{L}\\p{N}])(?:de|par la|a la) )suite(?! (?:a|au|aux)(?![\\p{L}]))|sauna)',
    only: ['it', 'fr', 'es', 'pt', 'de'],
  },
  { aspect: 'billing', pattern: '(tassa di soggiorno|spese)', only: ['it'] },
  { aspect: 'app', pattern: '(bankabgleich|ausgaben)', only: ['de'] },
  { aspect: 'product', pattern: '(grossentabelle|rabattcode|gutscheincode)', only: ['de'] },
  { aspect: 'delivery', pattern: '(bestellbestatigung|shuttlebus)', only: ['de'] },
  { aspect: 'delivery', pattern: '(estafetas?)', only: ['pt'] },
  { aspect: 'app', pattern: '(free trial|trial|website|web ?site|checkout|newsletters?)', only: ['en'] },
  { aspect: 'billing', pattern: '(vouchers?|gift ?cards?|loyalty cards?)', only: ['en'] },
  {
    aspect: 'room',
    pattern: '(schlussel|vorhange|beleuchtung|toiletten?|hochstuhl)',
    only: ['de'],
  },
  {
    aspect: 'product',
    pattern: '(vorspeisen?|hauptgerichte?|hauptgang|sosse|sossen|riemen|farbe|stoff|besteck|teller|tassen?|tuten?|glaser|glas)',
    only: ['de'],
  },
  { aspect: 'app', pattern: '(testphase|website|webseite)', only: ['de'] },
  { aspect: 'billing', pattern: '(gutscheine?|gutscheinkarte)', only: ['de'] },
  {
    aspect: 'room',
    pattern: '(chiav[ei]|tend[ae]|illuminazione|seggiolon[ei])',
    only: ['it'],
  },
  {
    aspect: 'product',
    pattern:
      '(antipast[oi]|salsa|porzion[ei]|panin[oi]|cinturin[oi]|tacc[oh]i?|color[ei]|tessut[oi]|fodera|posate|bicchier[ei]|tazz[ae]|borsa)',
    only: ['it'],
  },
  {
    aspect: 'app',
    pattern: '(tracciamento|promemoria|sincronizzazione|notifich?[ae]|aggiornamento|sito)',
    only: ['it'],
  },
  { aspect: 'billing', pattern: '(ricevut[ae]|buon[oi] regalo|buon[oi])', only: ['it'] },
  { aspect: 'service', pattern: '(empregad[oa]s?|funcionari[oa]s?)', only: ['pt'] },
  { aspect: 'room', pattern: '(lits?)', only: ['fr'] },
  { aspect: 'room', pattern: '(camas?)', only: ['es', 'pt'] },
  { aspect: 'room', pattern: '(bett(?:en)?)', only: ['de'] },
  { aspect: 'booking', pattern: '(mesa)', only: ['es', 'pt'] },
  { aspect: 'quality', pattern: '(cor(?= (?:e|era|nao|diferente|errada|desbot)))', only: ['pt'] },
  { aspect: 'service', pattern: '(personal)', only: ['de', 'es'] },
  // Someone at their post, unnamed: "Rude guy on till", "the girl behind the counter", "the lady at reception".
  {
    aspect: 'staff',
    pattern:
      '((?:guy|girl|lady|man|woman|bloke|lad|kid|person|chap|fella|dude) (?:on|at|behind) (?:the )?(?:till|tills|counter|register|desk|front desk|reception|door|bar|checkout|pass|grill))',
    only: ['en'],
  },
  // A member of staff without a name ("Serveuse désagréable", "il cameriere è stato scortese").
  {
    aspect: 'staff',
    pattern:
      '(serveuse|serveur|livreur|receptionniste|camarer[oa]|repartidor|recepcionista|kellner(?:in)?|bedienung|lieferant|fahrer(?:in)?|rezeptionist(?:in)?|camerier[ae]|corriere|receptionist[ae]|empregad[oa]|estafeta|rececionista|vendeuse|vendeur|caissiere|caissier|dependient[ao]|cajer[oa]|vendedor(?:a)?|verkauferin|verkaufer|kassiererin|kassierer|commess[oa]|cassier[ae]|atendente|funcionari[oa])',
    only: ['fr', 'es', 'de', 'it', 'pt'],
  },
  {
    aspect: 'service',
    pattern: '(front of house|customer service|service|support|staff|team|personnel|equipe|equipo|personale|equipa|atencion al cliente)',
  },
];

/**
 * German compounds hold the aspect in one of their parts: "Hundegebühr" is a fee (its head),
 * "Kündigungsbestätigung" is about cancelling, "Straßenlärm" is noise. Stems are folded; the
 * head (the last part) decides, else the first part. Whole words the lexicon knows are taken first.
 */
const GERMAN_STEMS: { aspect: Aspect; stems: string[] }[] = [
  {
    aspect: 'billing',
    stems: [
      'rechnung',
      'umsatzsteuer',
      'mehrwertsteuer',
      'steuersatz',
      'kurtaxe',
      'taxe',
      'gebuhr',
      'kundigung',
      'abbuchung',
      'lastschrift',
      'erstattung',
      'ruckerstattung',
      'kaution',
      'anzahlung',
      'abo',
      'abonnement',
      'zahlung',
      'storno',
      'stornierung',
      'mahngebuhr',
    ],
  },
  {
    aspect: 'app',
    stems: [
      'mahnung',
      'erinnerung',
      'vorlage',
      'export',
      'import',
      'anhang',
      'update',
      'absturz',
      'login',
      'passwort',
      'benachrichtigung',
      'synchronisierung',
      'schnittstelle',
      'funktion',
      'oberflache',
      'dashboard',
      'pdf',
      'app',
      'rechnungsnummer',
      'e-rechnung',
      'xrechnung',
      'beleg',
      'konto',
      'einstellung',
      'vorschau',
      'dunkelmodus',
      'erfassung',
      'zeiterfassung',
      'buchhaltung',
      'auswertung',
      'kalender',
      'bericht',
      'statistik',
      'scanner',
      'integration',
      'angebot',
      'kundenverwaltung',
      'verwaltung',
      'steuerberater',
    ],
  },
  { aspect: 'pets', stems: ['hund', 'dackel', 'katze', 'haustier', 'welpe'] },
  { aspect: 'noise', stems: ['larm', 'krach', 'gerausch', 'baustelle', 'musik', 'verkehr'] },
  { aspect: 'cleanliness', stems: ['schmutz', 'dreck', 'staub', 'sauberkeit', 'hygiene'] },
  { aspect: 'delivery', stems: ['lieferung', 'paket', 'sendung', 'versand', 'zustellung', 'bestellung', 'lieferzeit', 'liefer'] },
  { aspect: 'price', stems: ['preis', 'kosten', 'aufpreis', 'zuschlag'] },
  { aspect: 'booking', stems: ['reservierung', 'buchung', 'tischreservierung'] },
  { aspect: 'wait', stems: ['wartezeit', 'warteschlange'] },
  {
    aspect: 'room',
    stems: [
      'kabel',
      'steckdose',
      'zimmer',
      'dusche',
      'badezimmer',
      'klimaanlage',
      'heizung',
      'balkon',
      'terrasse',
      'fenster',
      'bett',
      'matratze',
      'handtuch',
      'handtucher',
      'aufzug',
      'parkplatz',
      'stellplatz',
      'garage',
      'parkhaus',
      'sauna',
      'pool',
      'minibar',
      'kissen',
      'bettwasche',
      'seeblick',
      'aussicht',
    ],
  },
  {
    aspect: 'service',
    stems: ['personal', 'mitarbeiter', 'kellner', 'bedienung', 'rezeption', 'kundenservice', 'kundendienst', 'support'],
  },
  {
    aspect: 'product',
    stems: [
      'fruhstuck',
      'essen',
      'suppe',
      'salat',
      'schnitzel',
      'kuchen',
      'torte',
      'kaffee',
      'brot',
      'wurst',
      'fleisch',
      'fisch',
      'pizza',
      'nudeln',
      'burger',
      'pommes',
      'bier',
      'wein',
      'schuh',
      'schnursenkel',
      'speisekarte',
      'sandale',
      'espadrille',
      'gericht',
      'menu',
      'buffet',
    ],
  },
];
const GERMAN_HEAD_ENDINGS = ['', 'e', 'en', 'n', 's', 'es', 'er'];
const GERMAN_LINKS = ['', 's', 'es', 'e', 'n', 'en', 'er', '-'];

/** The aspect a German word (folded) holds as a compound part, or undefined. */
export function germanCompoundAspect(word: string): Aspect | undefined {
  const parts = word.split('-').filter(Boolean);
  const head = parts[parts.length - 1] ?? word;
  let best: { aspect: Aspect; length: number } | undefined;
  for (const { aspect, stems } of GERMAN_STEMS)
    for (const stem of stems)
      if (
        GERMAN_HEAD_ENDINGS.some((end) => head.endsWith(stem + end) && head.length >= stem.length + end.length) &&
        (!best || stem.length > best.length)
      )
        best = { aspect, length: stem.length };
  if (best) return best.aspect;
  const first = parts[0] ?? word;
  for (const { aspect, stems } of GERMAN_STEMS)
    for (const stem of stems)
      if (stem.length >= 3 && GERMAN_LINKS.some((link) => first.startsWith(stem + link) && first.length - stem.length - link.length >= 3))
        return aspect;
  if (parts.length > 1)
    for (const part of parts.slice(0, -1)) for (const { aspect, stems } of GERMAN_STEMS) if (stems.includes(part)) return aspect;
  return undefined;
}

const COMPILED = LEXICON.map(({ aspect, pattern, only }) => ({
  aspect,
  only,
  regex: primed(new RegExp(leanWordClasses(`${B}${pattern}${E}`), 'gu')),
}));
/**
 * Whether any aspect pattern matches: the same pattern objects, read from the start and left at the
 * start (a second copy of each without `g` was compiled again: ~6 % of a cold first reading).
 */
const namesAnAspect = (folded: string) =>
  COMPILED.some(({ regex }) => {
    regex.lastIndex = 0;
    const found = regex.test(folded);
    regex.lastIndex = 0;
    return found;
  });

/** Being seated, served or shown in at a later time than booked, in six languages (folded). */
/** "Ordered at 10:15. The toastie came at 10:50": what they ordered, served at a time in the next sentence (folded). */
/** Their own lateness told just before a length of time (folded): "our train was", "we were about". */
const OWN_LATENESS_BEFORE =
  /(?:(?:our|my|the) (?:train|flight|plane|bus|ferry|coach|taxi|uber)|we|i) (?:was|were|got in|arrived|ran|landed)(?: (?:about|like|maybe|nearly|almost|over))? $/u;
const CAME_AT =
  /(?<![\p{L}])(?:(?:came|arrived|was ready|were ready|(?:wasn'?t|weren'?t|was not|were not|not) ready|turned up|showed up|brought|served|finally got|arrive|arrivee?s?|llego|llegaron|kam|kamen|arrivat[oaie]|chegou|chegaram)(?:\s+\p{L}+){0,3}\s+(?:at|til|till|until|a|a las|um|alle|as)\s+\d|(?:it'?s|it is) now \d)/u;
const SEATED = primed(
  /(?<![\p{L}])(?:seated|sat down|got a table|shown to (?:a|our) table|installe\w*|place\w* a|sentad[oa]s|nos sentaron|platziert|einen tisch bekommen|sedut[io]|fatti accomodare|sentaram|sentad[oa]s)(?![\p{L}])/u,
);

/** An English plural noun opening a clause, with a verdict after "were"/"are" (not "we are", "you guys are"). */
const BARE_PLURAL_SUBJECT = primed(
  /(?:^|[,;]\s*)(?:but\s+|and\s+)?((?:[\p{L}-]+\s+)?[\p{L}-]{2,}[^s\s]s)\s+(?:were|are)\s+(?:just |only |a bit |very |really |so |too |quite |pretty |kinda |way )?(?:average|mediocre|meh|bland|tiny|small|cramped|squeezed|overpriced|pricey|cold|lukewarm|dry(?![ -]?(?:rub|rubs|aged|cleaning|cleaner|ice|january|martini|gin|cider|sherry|white|riesling|humou?r|run))|soggy(?! (?:days?|weather|mornings?|afternoons?|evenings?|weekends?|walks?|hikes?|trips?))|stale|overcooked|undercooked|raw|burnt|greasy|salty|rubbery|chewy|watery|mushy|tasteless|inedible|tough|great|amazing|lovely|delicious|fab|fabulous|excellent|superb|perfect|huge|generous|dirty|filthy|sticky|stained|uncomfortable|comfy|comfortable|noisy|loud|slow|late|wrong|missing|broken|cracked|damaged|faulty)(?![\p{L}])/iu,
);

/** A thing, then words saying it was not there (six languages); an aside in brackets may come between. */
const MISSING_AFTER =
  /(?<![\p{L}])(?:(?:the|my|our|their|le|la|les|el|los|las|mi|der|die|das|mein\p{L}*|il|lo|i|gli|o|a|os|as)\s+|l['’]\s*)((?:[\p{L}-]+\s+){0,3}?[\p{L}-]{3,})(?:\s*\([^)]{0,40}\))?\s+(?:(?:was|were) (?:missing(?!\s+(?:[€$£\d]|the |a |an |some |half |one |two |three |several |parts? |pieces? |items? |lines? |pages? |[\p{L}-]+ of ))|not in the bag|not included|left out)|(?:wasn'?t|weren'?t|was not|were not) (?:even |actually )?in the (?:bag|box|order|delivery|parcel|package)|never (?:came|arrived|turned up)|n['’](?:é|e)tai(?:t|ent) pas (?:dedans|dans le sac|dans la commande|là|la)|manquai(?:t|ent)|no (?:venía|venia|venían|venian|estaba|estaban|llegó|llego)(?: en (?:la bolsa|el pedido))?|faltaba(?:n)?|fehlte(?:n)?|war(?:en)? nicht (?:dabei|in der tüte|im paket)|mancava(?:no)?|non c['’]era|não (?:veio|vieram)|nao (?:veio|vieram)|faltava(?:m)?)(?![\p{L}])/giu;

/** Words after "without"/"ohne"/"sans" that are not things that should have come. */
const NOT_MISSED =
  /^(?:word|words|wort|worte|mot|mots|palabra|parola|palavra|explanation|erklarung|explication|explicacion|spiegazione|explicacao|apology|entschuldigung|excuses?|disculpas?|scuse|desculpas?|warning|notice|reason|grund|raison|razon|motivo|problem|probleme|problema|doubt|zweifel|doute|duda|dubbio|duvida)(?:\s|$)/u;

const SMELL_WORD =
  /(?<![\p{L}])(?:smell|smel(?:led|lt|ls|ling)|odou?r|stench|stink|odeurs?|sentait|olor|olia|gasgeruch|geruch|gestank|gerochen|riecht|roch|odore|puzza|cheiro|cheirava|fedor)(?![\p{L}])/u;

/** Staff roles a named person follows ("our server Brianna"), and cue words around names. */
const ROLE_BEFORE_NAME = primed(
  /(?:(?:credo|penso|mi pare|forse) si chiam[ai]|(?:je crois qu'(?:elle|il)|elle|il) s'appel(?:le|ait)|(?:creo que )?se llamaba|(?:acho que )?se chamava|server|waiter|waitress|barista|host|hostess|manager|receptionist|chef|bartender|guy|lady|man at the till|tjener|servitor|servitris|servitrice|ober|serveerster|kelner|kelnerka|cambrer|cambrera|mesero|mesera|mozo|moza|garcom|garconete|atendente|(?:gesprach|call|session|demo|termin|appel|llamada|sesion|chiamata|sessione|chamada|sessao) (?:mit|with|avec|con|com)|serveur|serveuse|camarero|camarera|kellner|kellnerin|cameriere|cameriera|empregad[oa]|frau|herr|mme|madame|monsieur|senor|senora|signora|signor|thank you to|thanks to|shout-out to|shout out to|special mention (?:to|for)|big thanks to|mention speciale (?:a|pour)|un grand merci a|me atendio|nos atendio|nos atendieron|atendid[oa]s? por|me atendeu|nos atendeu|atendid[oa]s? pel[oa]|bedient von|beraten von|un grazie (?:speciale )?a|grazie speciale a|ci ha servit[oi]|servit[io] da|danke,|danke an|merci a|gracias a|grazie a|obrigad[oa] a|especially|particularly|in particolare|soprattutto|en particulier|surtout|especialmente|sobre todo|besonders|vor allem|em especial|sobretudo)(?:,?\s+(?:a|to|al|a la|an|ao|alla|aux|au))?,?\s+$/u,
);
const VERB_AFTER_NAME = primed(
  /^\s+(?:at|on|in|from|behind) the (?:bar|terrace|desk|front desk|reception|counter|door|till|register|pass|grill|pool|spa)\s+(?:remembered|was|were|made|knew|sorted|helped|greeted|brought|recommended|went|took|looked|found|gave|treated|is)(?![\p{L}])|^(?:,\s*(?:(?:notre|our|nuestro|nuestra|unser(?:e|er)?|il nostro|la nostra|o nosso|a nossa|the|mon|ma|mi|one of (?:the|your|our)|l'une? (?:des|de vos)|uno de (?:los|vuestros)|una de (?:las|vuestras)|einer (?:der|eurer|ihrer)|uno dei|una delle|um dos|uma das)\s+\p{L}+(?:\s+\p{L}+)?|(?:on|over|via|by|par|per|por|pelo|pela|uber|über)\s+[^,.!?]{2,30}),)?\s+(?:(?:me|nos) (?:dijo|dijeron|recomendo|aconsejo|explico|ayudo)|told (?:me|us)|(?:m'a|nous a) (?:dit|conseille)|(?:hat|hatte) (?:mir|uns) (?:gesagt|geraten|empfohlen)|(?:mi|ci) ha (?:detto|consigliato)|(?:me|nos) (?:disse|aconselhou|recomendou)|(?:aus (?:dem|der)|vom|von der|from|du|de la|del|della|do|da) (?:support|service|team|kundendienst|kundenservice|empfang|rezeption|kuche|kueche|buchhaltung|accueil|reception|cuisine|soporte|servizio clienti|assistenza|atendimento)|(?:aux|au) petits soins|(?:was|etait|fue|war|era) (?:aux petits soins|adorable|un amour|un sol|ein schatz|un tesoro|um amor)|and (?:her|his|their) (?:crew|team|staff|colleagues|kitchen team|gang)|moved|pulled|made sure|rescued|remembering|knowing|bringing|helping|recommending|sorting|making|getting|squeezed|swapped|stayed (?:late|back|on)|came (?:over|running|out|by|to)|drove|packed|wrapped|baked|decorated|talked|brought|helped|recommended|remembered|noticed|ran|made|went|kept|took|gave|sang|greeted|welcomed|explained|sorted|fixed|walked|suggested|checked|showed|treated|handled|answered|found|carried|offered|upgraded|organi[sz]ed|arranged|surprised|spotted|chatted|let (?:us|me|my|our|him|her|them|the kids)|got us|(?:who|that) (?:drives|runs|works|makes|serves|cooks|bakes|manages|does)|on the (?:\p{L}+ ){0,3}(?:shift|rota)|the (?:(?:night|day|head|hotel|shuttle|duty|pool|spa|bar|floor|front desk|breakfast|young|lovely|friendly) )?(?:porter|concierge|doorman|bellboy|bellhop|driver|pitmaster|manager|owner|chef|server|waiter|waitress|barista|bartender|receptionist|host|hostess|housekeeper|cleaner|guide|instructor|therapist|masseuse|masseur|sommelier|baker|cook|lifeguard|valet|attendant)(?![\p{L}])|(?:vom|von der) (?:shuttle|fahrdienst|bar|spa|fruhstuck|frühstück|frühstucksteam|restaurant|zimmerservice|housekeeping|concierge|empfang|team)|a (?:g[ée]r[ée]|servi|accueilli|conseill[ée]|aid[ée]|recommand[ée]|expliqu[ée]|trouv[ée]|organis[ée]|pr[ée]par[ée]|pris soin|offert|propos[ée]|r[ée]gl[ée]|install[ée]|apport[ée]|d[ée]cor[ée]|rattrap[ée]|sauv[ée]|attendu)(?![\p{L}])|ha (?:gestito|sistemato|servito|accolto|consigliato|aiutato|spiegato|trovato|organizzato|preparato|offerto|portato|risolto|aspettato|salvato)(?![\p{L}])|(?:recomend[oó]|ayud[oó]|atendi[oó]|explic[oó]|resolvi[oó]|prepar[oó]|trajo|organiz[oó]|esper[oó]|ajudou|resolveu|explicou|recomendou|tratou|atendeu|preparou|esperou|organizou)(?![\p{L}])|(?:hat|hatte) (?:sofort|sogar|extra|trotzdem|direkt|noch|uns|mir|mich|alles|persönlich|personlich)(?![\p{L}])|looked after|went out of|bent over|did (?:a|an|the|my|our)|knows|served|was so|was amazing|was great|was lovely|could not|couldn't|(?:always |even )?remembers|behind the (?:bar|counter|till)|(?:at|on|behind) (?:the )?(?:bar|counter|till|reception|front desk|desk|phone|coffee machine|machine|grill|pass|door|floor|register|pit|smoker|espresso machine|cutting (?:block|board)|carving (?:station|board|block)|block|kitchen|window|host stand|checkout|cash register|egg station|station)|hat uns|nous a|nous ont|nos|ci ha|alla reception|al bancone|à l'accueil|a l'accueil|en (?:la )?recepci[oó]n|an der rezeption|na rece[cç][aã]o|no balc[aã]o|took care|en (?:salle|cuisine|caisse)|au (?:comptoir|bar|service)|est (?:adorable|g[eé]nial[e]?|top|super|aux petits soins|tr[eè]s (?:gentil(?:le)?|sympa|attentionn[eé]e?))|a (?:[eé]t[eé]) (?:adorable|g[eé]nial[e]?|parfait[e]?|aux petits soins)|(?:fue|es) (?:un amor|encantador[a]?|genial)|war (?:super|toll|klasse|sehr (?:nett|freundlich|hilfsbereit))|(?:[eè]|e stat[oa]) (?:gentilissim[oa]|fantastic[oa]|bravissim[oa])|(?:foi|é|e) (?:super|incr[ií]vel|simp[aá]tic[oa]|impec[aá]vel)|(?:della|dalla|de la|de l['’]|del|de|da|do|von der|vom|from(?: the)?) (?:reception|accueil|recepci[oó]n|rezeption|rece[cç][aã]o|front desk|desk|bar|cuisine|cucina|cocina|kuche|küche|sala|salle|spa|service))/u,
);
const NOT_NAMES = new Set([
  // Days and months ("the manager Sunday night"): when, not who.
  ...'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december'.split(
    ' ',
  ),
  // Adverbs that open a sentence ("Only found out when…", "Still no reply").
  'only',
  'still',
  'just',
  'also',
  'even',
  'never',
  // Question words that open a sentence ("Why did my subscription renew…" named a "Why").
  'why',
  'what',
  'when',
  'where',
  'who',
  'how',
  'which',
  'pourquoi',
  'quand',
  'comment',
  'por qué',
  'porque',
  'cuando',
  'donde',
  'warum',
  'wieso',
  'wann',
  'perche',
  'perché',
  'quando',
  'dove',
  'onde',
  // Pronoun-like words that open a sentence in English.
  'nothing',
  'everything',
  'something',
  'nobody',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'anyone',
  'nowhere',
  // Pronouns that open a sentence in French, Spanish, German, Italian and Portuguese.
  'on',
  'nous',
  'elle',
  'ils',
  'elles',
  'je',
  'vous',
  'nosotros',
  'ellos',
  'ella',
  'wir',
  'sie',
  'er',
  'es',
  'ich',
  'noi',
  'lui',
  'lei',
  'loro',
  'nos',
  // Clitic pronouns that open a sentence before its verb ("Me atendió Pilar", "Nos ayudó", "Mi ha servito").
  'me',
  'te',
  'se',
  'os',
  'les',
  'mi',
  'ti',
  'ci',
  'vi',
  'ne',
  'lhe',
  'eles',
  'ela',
  'eu',
  'i',
  'the',
  'we',
  'you',
  'they',
  'he',
  'she',
  'my',
  'our',
  'and',
  'but',
  'so',
  'it',
  'this',
  'that',
  'best',
  'just',
  'great',
  'thank',
  'thanks',
  'hi',
  'hello',
  'love',
  'please',
  'not',
  'no',
  'yes',
  'ok',
  'okay',
  'le',
  'la',
  'les',
  'un',
  'une',
  'el',
  'los',
  'las',
  'der',
  'die',
  'das',
  'il',
  'lo',
  'gli',
  'o',
  'a',
  'os',
  'as',
  'nessuno',
  'nadie',
  'personne',
  'niemand',
  'ninguem',
  'qualcuno',
  'alguien',
  'jemand',
  'alguem',
  'tutti',
  'todos',
  'tous',
  'alle',
  'everyone',
  'nobody',
  'someone',
  // Staff nouns, capitalised in German and at a sentence start ("Unfreundliches Personal an der Rezeption").
  'personal',
  'personale',
  'personnel',
  'mitarbeiter',
  'mitarbeiterin',
  'bedienung',
  'kellner',
  'kellnerin',
  'service',
  'team',
  'staff',
  'chef',
  'chefin',
  'rezeption',
  'empfang',
  'equipe',
  'equipo',
  'pessoal',
  'funcionarios',
  // Titles, said with the name that follows them ("Danke an Herrn Rossi").
  'herr',
  'herrn',
  'frau',
  'mr',
  'mrs',
  'ms',
  'monsieur',
  'madame',
  'mme',
]);

const NUMBER = '(?:\\d{1,3}(?:[,.]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,:]\\d+)?)';
/** A clock time written like a French or German duration ("placés à 20h50"): five o'clock or later. */
const CLOCK_TIME = primed(
  /^(?:[5-9]|1\d|2[0-3])\s?h(?:\s?\d{2})?(?![\p{L}\p{N}])(?!.*(?:d'attente|de retard|d'attesa|de espera|de atraso|wartezeit))/iu,
);

const AMOUNT = primed(
  new RegExp(
    `(?:[£€$]|chf ?)${NUMBER}|${NUMBER} ?(?:€|eur|euros?|chf|francs?|franchi|dollars|pounds)(?![\\p{L}])|\\d+(?:[.,]\\d+)? ?%|${B}\\d{1,2} ?(?:p|pence)${E}|${NUMBER} ?(?:cents?|centimes?|c[eé]ntimos?|centesimi|c[eê]ntimos)${E}`,
    'iu',
  ),
);
/** Words that make the duration after them a promise ("told 20 min"), not the wait itself. */
const PROMISED_BEFORE = primed(
  /(?:told|said|promised|quoted|estimated|supposed to (?:be|take)|should (?:be|take)|expected|they said|on nous a dit|annonce|nos dijeron|dijeron|man sagte(?: uns)?|angekundigt|ci hanno detto|avevano detto|disseram|prometeram)(?:\s+(?:us|me|it|it'd|it would|would|was|be|take|about|around|approx|ca|ungefahr|environ|unos|circa|cerca de|ready in|ready within|in|within))*\s*$/u,
);

/**
 * Colours and materials said after a thing in French, Spanish, Italian, Portuguese ("negras", "verde
 * oliva", "veganas", "bleu marine"): part of what they bought, said back with it. One or two words.
 */
const ROMANCE_DESCRIPTION =
  /^(?:\s+(?:sans gluten|sin gluten|senza glutine|sem gluten|sans lactose|sin lactosa|senza lattosio|sem lactose|negr[oa]s?|blanc[oa]s?|blanch?e?s?|azul(?:es)?|azuis|verdes?(?: (?:oliva|agua|militar|menta|botella))?|vert(?:e|s|es)?(?: (?:olive|d'eau|sapin))?|roj[oa]s?|rouges?|ross[oaie]|vermelh[oa]s?|rosas?|roses?|amarill[oa]s?|amarel[oa]s?|jaunes?|gialle?|gialli|beiges?|marr[oó]n(?:es)?|marrons?|castanh[oa]s?|gris(?:es)?|grigi[oe]?|cinzent[oa]s?|crudos?|cru(?:e|s|es)?|naturales?|naturais|vegan[oa]s?|vegan[ei]|v[ée]g[ée]tal(?:e|es|iens?)?|noir(?:e|s|es)?|ner[oaie]|bleu(?:e|s|es)?(?: marine)?|blu|marino|marinho|marine|dorad[oa]s?|dor[ée](?:e|s|es)?|plateado?s?|terracota|terracotta|mostaza|moutarde|senape|mostarda|camel|kaki|caqui)){1,2}(?![\p{L}])/u;

/** "Clean" as an adjective, in six languages (folded). */
const CLEAN_WORD =
  /^(?:clean|spotless|spotlessly clean|propres?|impeccable|limpi[oa]s?|impecable|sauber|blitzsauber|pulit[oaie]|pulitissim[oaie]|limp[oa]s?|impecave(?:l|is))$/u;

/** A saving verb before a duration ("saves me an hour", "spart mir jede Woche eine Stunde"), folded. */
/** "Sent my first invoice in about 5 minutes", "set it all up in 10 minutes": how quickly they did a task themselves, not a wait. */
const QUICK_TASK_BEFORE =
  /(?<![\p{L}])(?:sent|send|set (?:it |everything |things |myself |us )?up|setup|signed up|created|made|built|did|done|finished|billed|invoiced|imported|exported|processed|generated|sorted|fixed|resolved|answered|replied|got (?:it |everything |all )?(?:set up|done|sorted))(?:\s+[\p{L}\p{N}'#-]+){0,7}\s+(?:in|within)\s+(?:about|just|only|under|less than|around|roughly|like|barely|literally)?\s*$/u;
/** Getting started that took them minutes (folded, before the duration): "setup took", "the whole migration only took". */
const QUICK_START_TOOK =
  /(?<![\p{L}])(?:setup|set-up|setting (?:it |everything )?up|installation|installing|install|sign-?up|signing up|onboarding|migration|migrating|import|importing|switching(?: over)?|moving (?:everything )?over|getting started|registration|the whole (?:thing|process|switch))(?:\s+[\p{L}'-]+){0,3}\s+(?:only |just |literally )?(?:took|takes|was done in|was over in)\s+(?:only|just|about|under|less than|around|roughly|literally|like|maybe|barely)?\s*$/u;
const TIME_SAVED_BEFORE = new RegExp(`(?<![\\p{L}])${TIME_SAVING_VERB}(?:\\s+[\\p{L}']+){0,4}\\s*$`, 'u');

const DURATION = new RegExp(
  `${B}(?:une demi-heure|demi-heure|media hora|eine halbe stunde|halbe stunde|mezz'ora|mezzora|meia hora|meia-hora)${E}|${B}(?:${NUMBER} ?-?|(?:an?|one|two|three|half an?|une|un|una|eine?|uma?)[ -]|un')(?:minutes?|mins?|hours?|hrs?|heures?|h(?=\\d)|minutos?|horas?|minuten|stunden?|minuti|ore|ora|minut[ay]?|minuter|minutter|timmar|timer|uur|godzin[ay]?|days|jours|d[ií]as|tage|giorni)${E}(?:\\d{2})?|\\d+h\\d{2}`,
  'iu',
);
const ORDER_NUMBER = /#[\p{L}]*-?\d[\w-]*|(?<![\p{L}\d-])[A-Z]{1,4}-\d{3,}[\w-]*/u;

/**
 * Words that end a noun phrase in the fallback chunker: verdicts, common verbs and other
 * words that are not things, in the six languages (folded).
 */
/** The words of a simile right before a thing ("malades comme des", "sick as a"): what follows is no thing of theirs. */
const SIMILE_BEFORE =
  /(?<![\p{L}])(?:comme (?:des|un|une)|as an?|like an?|como (?:un|una|unos|um|uma)|wie (?:ein|eine)|come (?:un|una|dei)) $/iu;

/** The start of a simile right before a thing, with one word of the thing's own allowed between ("tough as shoe leather"). */
const SIMILE_LEAD =
  /(?<![\p{L}])(?:(?:tough|hard|dry|chewy|cold|hot|flat|salty|sweet|thin|thick|rubbery|burnt|black|bland|stiff|soft|sharp|heavy|slow|quiet|loud|dead|greasy|oily|sour|bitter|warm|raw|stale|tight|loose|rough|smooth|cheap|old|pale|grey|gray|white|sticky|soggy(?! (?:days?|weather|mornings?|afternoons?|evenings?|weekends?|walks?|hikes?|trips?))|limp|chalky|watery|dense|brittle|crunchy) as(?: an?)?|\p{L}{3,} (?:comme (?:de la|de l'|du|des|un|une)|como (?:una?|unos)|wie (?:ein|eine|einer)|come (?:una?|il|lo)))(?: \p{L}+)? $/iu;

/** Capitalised short words that are names of things as written (folded). */
const ACRONYM =
  /^(?:pdf|pdfs|csv|api|sms|gps|bbq|ipa|vat|iva|tva|mwst|usb|wifi|wi-fi|tv|ac|ios|ipad|iphone|nfc|qr|url|ui|ux|faq|hdr|dm|dms|eu|uk|us|usa|gdpr|rgpd|dsgvo|sepa|iban|bic|mbway|nyc|la|abc|b&b|bnb|blt|pb&j|ok)$/u;

/** Every time the thing is written (case aside), `holds` is true of the text before and after it. */
function everyMention(text: string, thing: string, holds: (before: string, after: string) => boolean): boolean {
  const lower = text.toLowerCase();
  const needle = thing.toLowerCase();
  let at = lower.indexOf(needle);
  if (at < 0) return false;
  for (; at >= 0; at = lower.indexOf(needle, at + 1))
    if (!holds(lower.slice(Math.max(0, at - 40), at), lower.slice(at + needle.length, at + needle.length + 12))) return false;
  return true;
}

/** Every time the thing is written, a counter, cabinet or shelf follows it ("the pastry counter"). */
function onlyAsAPlace(text: string, thing: string): boolean {
  return everyMention(text, thing, (_, after) => /^ (?:counter|cabinet|case|display|shelf|shelves|section|aisle)(?![\p{L}])/u.test(after));
}

/** Every time the thing is written, a simile leads to it. */
function onlyInSimiles(text: string, thing: string): boolean {
  return everyMention(text, thing, (before) => SIMILE_LEAD.test(before));
}

const NOT_A_THING = new Set(
  // Bins in idioms of waste ("39,90 € tirados a la basura", "money down the drain").
  `basura poubelle lixo spazzatura drain nahe send cheers hell heck amor amour tesoro flight flights train trains plane ferry groupes groups gruppi grupos gruppen window seat seats outras outros otras otros autres others altre altri
   stellungnahme erklarung entschuldigung ruckmeldung explication explicacion spiegazione explicacao
   was were is are be been got get gets came come went go goes had has have did do does said told asked ordered order tried try
   found took take made make know knew think thought ate eat drank drink love loved loves like liked want wanted need needed pay paid
   see saw seen feel felt look looked looks keep kept give gave put say wait waited back really still even never always ever again
   just lol omg tbh haha xx x ok okay yes no not thank thanks please sorry hi hello hey dear guys team today tonight yesterday tomorrow
   week weekend morning evening night day days time times minutes hours hour year years
   cause causa raison motivo grund reason reasons bit bocado pouco poco peu bisschen
   eindruck impression impresion impressione impressao dankeschon luna lune moon mond lua hill
   middle centre center edge edges free review reviews
   semana semanas semaine semaines woche wochen settimana settimane mes meses mois monat monate mese mesi ano anos annee annees jahr jahre anno anni
   pongo hago voy tengo quiero pido llamo escribo pondre hare ponho faco vou tenho quero peco ligo escrevo metto faccio vado voglio chiamo scrivo mets fais vais veux appelle ecris mache gehe rufe schreibe
   pasada hammer traum dinguerie tuerie paura
   peccato pity shame dommage lastima pena schade wunsch souhait deseo desiderio desejo wish hope espoir esperanza hoffnung speranza esperanca
   intentional deliberate normal acceptable expected voulu normale gewollt absicht proposito accettabile aceitavel aceptable
   first second third last primer primera primero segundo segunda tercer tercera ultimo ultima premier premiere deuxieme dernier derniere erste ersten erster zweite zweiten letzte letzten primo secondo terzo primeiro primeira terceiro terceira
   right behind outside inside underneath below above beneath nearby there here away down over around next
   depuis desde seit pendant durante avant apres antes despues vor nach prima dopo depois vers hacia chez entre sous sur sobre unter uber sotto sopra
   matin mattina manana morgen manha soir sera noche abend noite aujourd'hui hoy heute oggi hoje demain manana morgen domani amanha
   explanation explication explicacion erklarung spiegazione explicacao answer reponse respuesta antwort risposta resposta
   monthly yearly weekly daily annual annually mensuel mensual monatlich mensile mensal
   ne pas plus rien non nicht kein keine nao nada niente nuit noche nacht notte noite
   husband wife partner son daughter kids kid children child baby friend friends mum mom dad mother father family parents boyfriend girlfriend
   mari femme fils fille enfants enfant marido mujer esposa hijo hija hijos ninos mann frau sohn tochter kinder kind marito moglie figlio figlia figli bambini filho filha filhos
   monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
   lunes martes miercoles jueves viernes sabado domingo montag dienstag mittwoch donnerstag freitag samstag sonntag
   lunedi martedi mercoledi giovedi venerdi sabato domenica segunda terca quarta quinta sexta
   girl guy lady bloke lad woman man boy since until till rest reste resto todas todos todo toda tutte tutti tutta toutes tous tout alle allen aller alles ogni cada chaque every each nothing rien nada niente nichts
   best better good great nice lovely amazing awesome perfect excellent fantastic wonderful delicious incredible worst bad terrible awful
   horrible poor cold hot warm little bit lot much many every all some one two three four five first last next other another same new old
   favourite favorite whole full half real proper sure such way thing things stuff place visit trip though although because while
   alors donc puis parce porque pero aunque obwohl weil perche perché porque embora entao
   est etait ete fait faire suis avons avez ont vais va allons venu venus pris prendre mange manger bu trouve dit demande commande
   tres trop bien bon bonne mal merci bonjour vraiment encore deja jamais toujours rien tout tous toute toutes fois jour soir
   fue era es esta estaba estan fui fuimos tengo tiene tenemos hace hizo pedi pedido comimos dijo muy mas bien bueno buena mal gracias hola
   nunca siempre todo todos toda vez dia noche ist war waren sind hat hatte haben wurde wurden bin sehr gut schlecht danke hallo
   immer nie alles mal tag abend e ha hanno abbiamo stato stata sono molto bene buono buona male grazie ciao sempre mai tutto volta giorno sera
   foi era estava tem tinha temos muito bem bom boa mal obrigado obrigada ola sempre nunca tudo vez dia noite
   vossas vossos vossa vosso nossas nossos vuestras vuestros vostre vostri vostra vostro votres notres eure euren unsere
   diz dizem dice dicen dit disent sagt sagen dicono mostra mostram muestra indica zeigt affiche pone aparece appare
   primeira primeiras primeiro primeiros terceira terceiras terceiro terceiros tercer tercera terceras terceros premiere premieres deuxieme troisieme erste ersten zweite zweiten dritte dritten terzo terza terzi terze
   atendeu atenderam atendieron atendio respondeu responderam respondio contestaron contesto repondu rispose risposto antwortete
   only ahead expense expenses minute second moment afterwards sao car truck van funktioniert klappt
   jahr jahre jahres monat monate woche wochen principle principe principio prinzip
   lado vieram veio vem chegaram chegou apareceram apareceu
   cool nightmare joke disaster shambles point bottom tho genuinely massive usual hype
   esto eso aquello isto isso aquilo questo quello ceci cela dies maravilla maravilha merveille meraviglia wonder delight gem locura
   super supers due volte fois veces vezes mal twice porte portent portons llevo llevas llevamos llevan lleve llevaba llevabamos indosso indossi indossa indossiamo indossano calzo calzamos
   charm charme fascino encanto compense compensent rattrape rattrapent compensa compensan compenso compensou compensam ripaga ripagano entschadigt entschadigen
   meriterait meriteraient devrait devraient pourrait pourraient serait seraient merecia mereceria deberia podria verdiente sollte konnte meriterebbe dovrebbe potrebbe mereceria deveria poderia
   chance luck world step steps uhr morgens rain weather snow wind pluie lluvia regen pioggia chuva saying says telling stating showing shows
   mejor mejores peor peores meilleur meilleure meilleurs meilleures pire pires migliore migliori peggiore peggiori melhor melhores pior piores beste besten bester schlechteste
   in-laws inlaws grandma grandmother grandpa grandfather grandparents grand-mere grand-pere abuela abuelo nonna nonno oma opa avo avos
   if si se wenn falls qualora caso without sans sin ohne senza sem
   pair pairs paire paires paar paio paia
   teniais habiais estabais erais ibais gente gens leute
   didnt dont doesnt wasnt werent isnt arent cant couldnt wouldnt shouldnt wont havent hasnt hadnt aint
   complaint complaints plainte plaintes queja quejas beschwerde reclamo reclamacao reclamacion
   rather instead
   member members membre membres miembro miembros mitglied mitglieder membro membri
   summer summers winter winters spring autumn fall season ete hiver printemps automne verano veranos invierno primavera otono sommer herbst frühling estate inverno autunno verao outono`.split(
    /\s+/u,
  ),
);

interface Token {
  word: string;
  at: number;
  /** Punctuation stands between this word and the one before. */
  pause: boolean;
  /** Only "&" stands between this word and the one before ("fish & chips", "pistachio & raspberry loaf"). */
  ampersand: boolean;
}

function tokensOf(sentence: string): Token[] {
  let end = 0;
  return [...sentence.matchAll(/[@#]?[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((m) => {
    // Punctuation between two words ends a phrase: "did the job, nothing fancy" is not one thing.
    const between = sentence.slice(end, m.index!);
    const pause = /[,.;:!?()\[\]"“”«»…–—/]/u.test(between);
    end = m.index! + m[0].length;
    return { word: m[0], at: m.index!, pause, ampersand: /^\s*&\s*$/u.test(between) };
  });
}

function replyLang(language: string): string {
  return ['en', 'fr', 'es', 'de', 'it', 'pt'].includes(language) ? language : 'en';
}

/** A word that can be part of a thing's name: not a function word, verdict, common verb, handle or number. */
function isContentToken(tokens: Token[], i: number, lang: string): boolean {
  const token = tokens[i];
  if (!token) return false;
  const f = fold(token.word).replace(/’/gu, "'");
  const capitalisedInside = /^\p{Lu}/u.test(token.word) && lang !== 'de' && i > 0;
  return (
    !/^[@#\d]/u.test(token.word) &&
    !/'/u.test(f) &&
    !capitalisedInside &&
    !isStopWord(f, lang) &&
    !isStopWord(f, 'en') &&
    !NOT_A_THING.has(f)
  );
}

/**
 * The noun phrase starting at token `i`: up to four content words, joined in French,
 * Spanish, Italian and Portuguese by "de/au/di/do…" ("mousse au chocolat", "scone de queijo").
 */
/** An English participle ("vanished", "wrapped"), not a short word or an "-eed" noun ("red", "bed", "seed"). */
const ENGLISH_PARTICIPLE = /^\p{L}{3,}(?<!e)ed$/u;

function nounPhraseAt(tokens: Token[], i: number, lang: string): { text: string; next: number; words: number } | undefined {
  if (!isContentToken(tokens, i, lang)) return undefined;
  const words = [tokens[i]!.word];
  let j = i + 1;
  while (words.length < 4 && j < tokens.length && !tokens[j]!.pause) {
    // German: a noun phrase ends at its noun ("Zahlungserinnerungen gehen" is a noun and a verb).
    if (lang === 'de' && /^\p{Lu}/u.test(tokens[j - 1]!.word) && !/^\p{Lu}/u.test(tokens[j]!.word)) break;
    // English: a participle after the noun is its verb ("the server vanished", "a medium poured").
    // ("the pickled red onions", "a flower bed", "the seed loaf": short words and "-eed" are no participles.)
    if (lang === 'en' && ENGLISH_PARTICIPLE.test(tokens[j]!.word)) break;
    if (isContentToken(tokens, j, lang)) {
      words.push(tokens[j]!.ampersand ? `& ${tokens[j]!.word}` : tokens[j]!.word);
      j++;
    } else if (
      lang !== 'en' &&
      lang !== 'de' &&
      CONNECTOR.test(fold(tokens[j]!.word)) &&
      isContentToken(tokens, j + 1, lang) &&
      !tokens[j + 1]!.pause
    ) {
      words.push(tokens[j]!.word, tokens[j + 1]!.word);
      j += 2;
    } else break;
  }
  const text = words.join(' ');
  if (text.replace(/[^\p{L}]/gu, '').length < 4) return undefined;
  // "Just wrapped our offsite", "beautifully wrapped": a lone participle is what happened, not a thing.
  if (lang === 'en' && words.length === 1 && ENGLISH_PARTICIPLE.test(text)) return undefined;
  // German things are nouns, and nouns have capitals ("nicht kompliziert" is not a thing).
  if (lang === 'de' && !words.some((word) => /^\p{Lu}/u.test(word))) return undefined;
  return { text, next: j, words: words.length };
}

/**
 * The fallback when no word list knows what they talked about: runs of content words (not
 * function words, verdicts or common verbs), e.g. "brown butter banana bread", "mousse au
 * chocolat", "scone de queijo". Longest runs near a verdict first.
 */
function contentChunks(sentence: string, language: string): string[] {
  const lang = replyLang(language);
  const verdict = PRAISE.test(fold(sentence)) || PROBLEM.test(fold(sentence)) || TROUBLE.test(fold(sentence));
  const tokens = tokensOf(sentence);
  const chunks: { text: string; score: number }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    // A noun phrase starts after a determiner or possessive ("the brown butter banana bread",
    // "la mousse au chocolat", "o scone de queijo"); verbs and adverbs rarely follow one.
    if (!isDeterminer(fold(tokens[i - 1]!.word), lang)) continue;
    // "pour le payer", "sans la lire": an object pronoun before a verb, not an article before a noun.
    if (
      i >= 2 &&
      /^(?:pour|sans|de|a|pas|peux|veux|faut|vais|va|doit|dois|para|sin|per|senza|um|zu)$/u.test(fold(tokens[i - 2]!.word)) &&
      /(?:er|ir|re|ar)$/u.test(fold(tokens[i]!.word)) &&
      i + 1 >= tokens.length
    )
      continue;
    if (
      i >= 2 &&
      /^(?:pour|sans|pas|peux|veux|faut|vais|doit|dois|para|sin|per|senza)$/u.test(fold(tokens[i - 2]!.word)) &&
      /(?:er|ir|re|ar)$/u.test(fold(tokens[i]!.word))
    )
      continue;
    // "j'ai dû payer le repas": an infinitive before an article is a verb, not a thing.
    if (
      ['fr', 'es', 'it', 'pt'].includes(lang) &&
      /(?:er|ir|ar|re)$/u.test(fold(tokens[i]!.word)) &&
      tokens[i + 1] &&
      isDeterminer(fold(tokens[i + 1]!.word), lang)
    )
      continue;
    // "las estrené el sábado", "lo pedí": an object pronoun before a verb in the past, not an article before a noun.
    if (
      (lang === 'es' || lang === 'pt') &&
      /^(?:la|las|lo|los|le|les|o|os|a|as)$/u.test(fold(tokens[i - 1]!.word)) &&
      /(?:[éó]|aste|asteis|amos|aron|ieron|iste|isteis|imos|ei|ou|aram|eram|iram)$/u.test(tokens[i]!.word) &&
      !/^(?:cafe|bebe|menu|sofa|cafe con leche)$/u.test(fold(tokens[i]!.word))
    )
      continue;
    // "ya no me las quito", "se lo dije", "je te le donne": an article-like word after a pronoun is a pronoun too.
    if (
      i >= 2 &&
      ['fr', 'es', 'it', 'pt'].includes(lang) &&
      /^(?:me|te|se|nos|os|le|les|lhe|lhes|ce|ci|vi|ne|gli|no|ya|ja|nao)$/u.test(fold(tokens[i - 2]!.word)) &&
      /^(?:la|las|lo|los|le|les|l|o|os|a|as)$/u.test(fold(tokens[i - 1]!.word))
    )
      continue;
    // "not a pilgrimage", "pas un drame": a thing said not to be, not a thing they had.
    if (i >= 2 && /^(?:not|no|never|pas|jamais|nicht|kein|keine|non|nao|sin|ni|nem|neanche)$/u.test(fold(tokens[i - 2]!.word))) continue;
    const phrase = nounPhraseAt(tokens, i, lang);
    if (!phrase) continue;
    // "demorou 10 dias a chegar": Portuguese "a" before an infinitive is not an article.
    if (
      lang === 'pt' &&
      fold(tokens[i - 1]!.word) === 'a' &&
      phrase.words === 1 &&
      /(?:ar|er|ir)$/u.test(fold(phrase.text)) &&
      !/^(?:lugar|jantar|colher|mulher|bar|mar|par|prazer|poder)$/u.test(fold(phrase.text))
    )
      continue;
    chunks.push({ text: phrase.text, score: Math.min(phrase.words, 3) + (verdict ? 1 : 0) });
    i = phrase.next - 1;
  }
  return chunks.sort((a, b) => b.score - a.score).map((c) => c.text);
}

/**
 * Verbs of choosing, buying and tasting, and "best": what follows names a thing they had
 * ("ordered the smoked wings", "j'ai commandé le tartare", "pedí unas bravas", "die beste Pizza").
 */
const CHOICE_WORD = primed(
  /^(?:ordered|tried|bought|chose|picked|loved|recommend|commande|commandee|commandes|goute|achete|adore|essaye|pedi|pedimos|probe|probamos|compre|compramos|elegi|bestellt|probiert|gekauft|ausprobiert|ordinato|ordinata|provato|comprato|assaggiato|pedimos|provei|provamos|comprei|encomendei|adorei|best|meilleur|meilleure|meilleurs|mejor|mejores|beste|besten|bester|bestes|miglior|migliore|migliori|melhor|melhores)$/u,
);

/** Words before a thing that was not there: "missing the fries", "il manquait le plat", "sin la salsa". */
const MISSING_WORD = primed(
  /^(?:missing|without|forgot|forgotten|omitted|manquait|manque|manquaient|sans|faltaba|faltaban|falto|sin|fehlte|fehlten|ohne|mancava|mancavano|senza|faltava|faltavam|sem|oublie|oubliee|oublies|oubliees|olvidaron|olvido|dimenticato|dimenticata|dimenticati|dimenticate|esqueceram|esqueceu)$/u,
);

function chosenThings(sentence: string, language: string): { text: string; missing: boolean }[] {
  const lang = replyLang(language);
  const tokens = tokensOf(sentence);
  const found: { text: string; missing: boolean }[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    // English "without" means missing after a serving verb ("turned up without the avocado"), not in "lines without the brisket to back it up".
    const missing =
      MISSING_WORD.test(fold(tokens[i]!.word)) &&
      (fold(tokens[i]!.word) !== 'without' ||
        /(?:came|arrived|turned up|showed up|served|delivered|sent|shipped|brought)\s+(?:\S+\s+){0,3}$/u.test(
          fold(sentence.slice(0, tokens[i]!.at)),
        ));
    const wrongAfter = /^(?:wrong|incorrect)$/u.test(fold(tokens[i + 1]?.word ?? '')) && DETERMINER.test(fold(tokens[i]!.word));
    if (!missing && !wrongAfter && !CHOICE_WORD.test(fold(tokens[i]!.word))) continue;
    // "sin una sola rozadura", "without a single blister": a fault that did not happen is not missing.
    if (missing && DENIED_PROBLEM_AT_START.test(fold(sentence.slice(tokens[i]!.at)))) continue;
    // "commandé", "goûté": the French participle, not the noun "commande" ("Commande à emporter").
    if (
      /^(?:commande|commandee|commandes|goute|achete|adore|essaye|pedi|probe|compre|elegi)$/u.test(fold(tokens[i]!.word)) &&
      !/[éí]/u.test(tokens[i]!.word)
    )
      continue;
    let j = i + 1;
    for (let k = 0; k < 2 && j < tokens.length && isDeterminer(fold(tokens[j]!.word), lang); k++) j++;
    // "tried reinstalling": an activity, not a thing (but "tried the pudding" is one).
    if (lang === 'en' && j === i + 1 && /ing$/u.test(tokens[j]?.word ?? '')) continue;
    // "without a doubt", "sans plus": only a thing after an article was missing.
    if (missing && j === i + 1) continue;
    // "with the wrong tax number": the wrong thing is the complaint, said with its adjective.
    if (lang === 'en' && /^(?:wrong|incorrect)$/u.test(fold(tokens[j]?.word ?? ''))) {
      const wrong = nounPhraseAt(tokens, j + 1, lang);
      if (wrong) found.push({ text: `${tokens[j]!.word.toLowerCase()} ${wrong.text}`, missing: false });
      continue;
    }
    const phrase = nounPhraseAt(tokens, j, lang);
    if (phrase) found.push({ text: phrase.text, missing });
  }
  return found;
}

const DETERMINER = primed(
  /^(?:the|my|our|your|his|her|their|a|an|this|these|those|some|unos|unas|uns|umas|quelques|einige|alcuni|alcune|le|la|les|l|un|une|mon|ma|mes|notre|nos|votre|vos|ce|cette|ces|du|des|el|los|las|mi|mis|nuestro|nuestra|nuestros|nuestras|este|esta|estos|estas|der|die|das|den|dem|des|ein|eine|einen|einem|mein|meine|meinen|unser|unsere|eure|euer|euren|eurem|deine|dein|deinen|ihre|ihren|il|lo|gli|i|uno|una|mio|mia|questo|questa|o|os|as|um|uma|meu|minha|nosso|nossa|este|esta)$/u,
);
const CONNECTOR = primed(/^(?:de|du|des|au|aux|a|di|del|della|al|alla|do|da|dos|das|con|com)$/u);

/** Short words that are articles in one language and "or", "and", "to" in another ("o" is Portuguese "the", Spanish "or"). */
function isDeterminer(word: string, lang: string): boolean {
  if (word === 'o' || word === 'os' || word === 'as') return lang === 'pt';
  if (word === 'i') return lang === 'it';
  if (word === 'a') return lang === 'en' || lang === 'pt';
  // "that pistachio loaf": in English also a demonstrative before a thing they had.
  if (word === 'that') return lang === 'en';
  return DETERMINER.test(word);
}

/** A clause that opens "The X (Y) was/est/war …": X is a thing with a verdict. */
const SUBJECT_NP = primed(
  /^\s*(?:(?:las|los|les|os|as|la|el|le|o|a) (?:de|du|da|do|di|con|com|avec|en) |(?:the|my|our|le|la|les|el|los|las|mi|mis|il|lo|i|gli|o|a|os|as|der|die|das|unser\w*|mein\w*)\s+|l')((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]{3,})\s+(?:is|was|were|are|came|arrived|tasted|looked|felt|turned up|est|etait|était|étaient|sont|a été|arrive|arrivé|arrivée|arrivés|only (?:has|have|shows|lists|offers|lets|allows|accepts)|(?:doesn'?t|does not|don'?t|won'?t|can'?t) (?:have|show|list|offer|work|let|load|save|sync|accept)|es|son|sont|sono|são|sao|era|eran|fue|fueron|estaba|estaban|llego|llegó|ist|war|waren|kam|è|erano|sono|é|foi|estava|chegou|veio|vieram|(?:a (?:touch|tad|bit|little|wee bit)|slightly|way|far|rather|a little too|a bit too) (?:over-?cooked|under-?cooked|overdone|dry|salty|cold|bland|tough|chewy|greasy|sweet|soggy|burnt|raw|small|pricey|loud|slow|stale|rubbery)|laisse (?:à|a) d[ée]sirer|leaves (?:a lot |much |something )?to be desired|deja (?:mucho |bastante |algo )?que desear|lässt (?:\p{L}+ )?zu wünschen übrig|lasst (?:\p{L}+ )?zu wunschen ubrig|lascia (?:molto |un po' )?a desiderare|deixa (?:muito |bastante )?a desejar)\b/iu,
);

/** Sentences, cut at . ! ? ; and line breaks (numbers like 11.50 and 8:30 stay whole). */
export function sentencesOf(text: string): string[] {
  return (
    text
      // Emoji between words end a sentence in social posts ("…your bachelor party 🤠🔥 the three meat plate is NO joke").
      // (Not after an abbreviation: "für ca. 25 Personen", "e.g. the brisket", "Mr. Patel".)
      .split(
        /(?<=[.!?;…])(?<!(?<![\p{L}])(?:[Cc]a|[Aa]pprox|[Ee]nv|[Aa]prox|z\.\s?[Bb]|bzw|evtl|inkl|ggf|usw|ecc|e\.g|i\.e|vs|[Mm]rs?|[Mm]s|[Dd]r|[Ss]t|[Nn]r|[Tt]el|[Ss]ig|[Ss]ra?)\.)(?!\d)\s+|\n+|(?<=[!?])(?=\p{Lu})|(?<=\p{L}\s*)(?:\p{Extended_Pictographic}\uFE0F?)+\s+(?=\p{L})/u,
      )
      .map((s) => s.trim())
      .filter((s) => /[\p{L}\p{N}]/u.test(s))
  );
}

/** A softener before a problem (folded): "I say this with love", "with all due respect", "love you guys but". */
const SOFTENER =
  /(?<![\p{L}])(?:(?:i |we )?(?:say|mean|write|post) (?:this|it) with (?:love|respect|all the love)|with (?:all )?(?:due )?respect|(?:i |we )?(?:love|adore) (?:you guys|y'?all|this place|you) but|(?:i |we )?say this as (?:a|an) (?:\p{L}+ )?(?:fan|regular|customer))(?![\p{L}])/giu;

function polarityOf(clause: string): Polarity {
  // "has ruined every other flat white for me", "the brisket is criminal": praise in trouble's words.
  // ("I say this with love: the light has been out": a softener before a problem is no praise.)
  const f = fold(clause).replace(PRAISE_SLANG_ALL, ' great ').replace(DENIED_PROBLEM, ' ').replace(SOFTENER, ' ');
  const bad =
    PROBLEM.test(f) ||
    /\b(?:not|no|never|n't|pas|nunca|nicht|kein|non|nao)\b.{0,20}\b(?:good|great|work\w*|worth|bon|bien|bueno|gut|buono|bom|funziona\w*|fonctionn\w*|marche|funciona\w*|funktionier\w*|load\w*|open\w*|arrive\w*)|\b(?:doesn't|didn't|don't|won't|wouldn't|can't|couldn't)\s+(?:work|load|open|arrive|sync|connect)|\b(?:marche|marchait|fonctionne|fonctionnait|functiona|funcionaba|funktioniert|funktionierte)\s+(?:pas|plus|nicht|mehr)\b/u.test(
      f,
    );
  // "das Zimmer war nicht sauber", "pas propre": praise under a negation is a problem, not praise.
  const unnegated = f.replace(NEGATED_PRAISE, ' ');
  const negated = unnegated !== f;
  // Stars given in words are praise of what they are given for ("five stars for the staff and the view").
  const good =
    PRAISE.test(unnegated) ||
    /(?<![\p{L}])(?:five|5) stars? for|cinq etoiles pour|cinco estrellas (?:para|por)|funf sterne fur|cinque stelle per|cinco estrelas (?:para|pel)|10\/10 for/u.test(
      f,
    );
  if ((bad || negated) && !good) return 'negative';
  if (good && !bad) return 'positive';
  if (bad && good) return 'negative';
  return 'neutral';
}

/** "à mon goût", "para mi gusto", "für meinen Geschmack", "per i miei gusti", "para o meu gosto", "for my taste" (folded). */
const MY_TASTE =
  /(?<![\p{L}])(?:(?:a|pour) mon gout|(?:a|para) mi gusto|fur meinen geschmack|per i miei gusti|para o meu gosto|for my taste)(?![\p{L}])/u;

/** Parts of a clause joined by "and", commas or "with": each can hold its own verdict. */
const PART_BREAK = /\s*[,;]\s*|\s+(?:and|with|et|avec|y|con|und|mit|e|com)\s+/giu;

/** The polarity of the part of a clause around offset `at`, or `fallback` when that part has no verdict. */
function partPolarity(clause: string, at: number, fallback: Polarity, end = at): Polarity {
  let from = 0;
  let to = clause.length;
  // (A softener's "with", "I say this with love: the light…", is no break, and its "love" no praise.)
  clause = clause.replace(SOFTENER, (softener) => ' '.repeat(softener.length));
  for (const m of clause.matchAll(PART_BREAK)) {
    if (m.index! + m[0].length <= at) from = m.index! + m[0].length;
    // The thing's own "and" ("mac and cheese was great, sausage bland") does not end its part.
    else if (m.index! >= end) {
      to = m.index!;
      break;
    }
  }
  const own = polarityOf(clause.slice(from, to));
  return own === 'neutral' ? fallback : own;
}

/** A "but" followed by a verdict and no subject of its own (folded): "but overcooked", "mais bien trop cuit", "ma troppo salato". */
const BARE_VERDICT_AFTER_BUT =
  /^(?:but|mais|pero|aber|ma|mas|porem)\s+(?:(?:a bit|a little|slightly|way|far|much|really|so|completely|totally|too|very|bien|un peu|tres|trop|vraiment|beaucoup trop|muy|demasiado|un poco|bastante|zu|viel zu|etwas|sehr|ganz|troppo|un po'?|molto|muito|um pouco|demais)\s+)*(?:over-?cooked|under-?cooked|overdone|cold|lukewarm|dry|salty|bland|burnt|raw|tough|chewy|rubbery|soggy(?! (?:days?|weather|mornings?|afternoons?|evenings?|weekends?|walks?|hikes?|trips?))|greasy|stale|small|tiny|cramped|noisy|loud|dirty|expensive|overpriced|cuit|cuite|froid|froide|tiede|sale|salee|fade|sec|seche|brule|brulee|cru|crue|cher|chere|bruyant|bruyante|frio|fria|seco|seca|salado|salada|crudo|cruda|quemado|quemada|pasado|pasada|caro|cara|ruidoso|ruidosa|kalt|trocken|versalzen|verbrannt|zah|teuer|laut|freddo|fredda|secco|secca|salato|salata|bruciato|bruciata|scotto|scotta|caro|cara|rumoroso|rumorosa|frio|fria|salgado|salgada|cru|crua|queimado|queimada|passado|passada|barulhento|barulhenta)(?![\p{L}])/u;

/** Clauses of a sentence: praise and a problem often sit on either side of "but". */
function clausesOf(sentence: string): string[] {
  return sentence
    .split(
      // (German "die Einfahrt ist aber so eng": "aber" after the verb is "however" inside the clause.)
      /(?<!(?<![\p{L}])(?:ist|war|sind|waren|wird|wurde|hat|hatte|haben|kostet|kostete))\s*(?:,\s*|\s)(?=(?:but|however|though|mais|pero|aber|jedoch|ma|mas|porem|sin embargo)\b|(?:però|porém|tuttavia|allerdings)(?![\p{L}]))|\s+-\s+|,\s+(?=and\s)/iu,
    )
    .filter(Boolean);
}

function cleanPhrase(phrase: string): string {
  return phrase.replace(/^[\s,.;:!?'"“”«»()-]+|[\s,.;:!?'"“”«»()-]+$/gu, '').replace(/\s+/gu, ' ');
}

/**
 * The people named as staff: "our server Brianna", "thank you to Tom", "Hugo talked us through".
 * Names are capitalised words that a role or a verb cue sits next to.
 */
function namedPeople(text: string, exclude: Set<string>): { name: string; index: number }[] {
  const found: { name: string; index: number }[] = [];
  // (Not after a hyphen: "Onboarding-Gespräch" is a German compound. "DeShawn", "McKenna" are one name.)
  for (const m of text.matchAll(/(?<![\p{L}@#-])(\p{Lu}(?:\p{Ll}{1,2}\p{Lu}(?=\p{Ll}{2}))?[\p{Ll}'’-]{1,20})(?![\p{L}])/gu)) {
    const name = m[1]!;
    const index = m.index!;
    if (NOT_NAMES.has(name.toLowerCase()) || exclude.has(name.toLowerCase()) || /^I['’]/u.test(name)) continue;
    // "All'arrivo", "Dell'hotel": an elided article and its word, not a name.
    if (/^\p{Lu}\p{Ll}{0,4}['’]\p{Ll}/u.test(name)) continue;
    // "Asked at the till…", "Ordered the brisket…": a sentence opened by its verb, the "I" left out (not Alfred or Ahmed).
    if (
      /^\p{Lu}\p{Ll}{2,}ed$/u.test(name) &&
      !/(?:fred|mmed|hmed|ared)$/u.test(name) &&
      /(?:^|[.!?]\s*)$/u.test(text.slice(0, index).trimEnd())
    )
      continue;
    // "Server was lovely": a role, not a name.
    if (ROLE_BEFORE_NAME.test(`${fold(name)} `)) continue;
    // A title between the cue and the name ("Danke an Herrn Keller") is read past.
    const titled = TITLE_BEFORE.exec(text.slice(Math.max(0, index - 12), index));
    const cueEnd = titled ? index - titled[0].length + titled[0].search(/\S/u) : index;
    const before = fold(text.slice(Math.max(0, cueEnd - 30), cueEnd));
    const after = text.slice(index + name.length, index + name.length + 60).toLowerCase();
    const parenthesised =
      (/\(\s*$/.test(before) && /^[\s,]*(?:i think|je crois|creo)?[\s,?]*\)/u.test(after)) ||
      // "the hostess (Kayla, per her name tag)": a role, then the name in brackets.
      STAFF_ROLE_BEFORE_BRACKET.test(before);
    // "Un grazie speciale a Luca", "obrigado ao João", "shoutout to Dominique", "ask for Tomasz".
    const thanked =
      /(?:danke|merci|gracias|grazie|obrigad[oa]|thanks|thank you|thx|shout-?\s?outs?|kudos|props),?\s+$/u.test(before) ||
      /(?:danke\p{L}*|dank|mercis?|gracias|grazie|obrigad[oa]|thanks|thank you|thx|shout-?\s?outs?|kudos|props)(?:\s+\p{L}{1,14}){0,2}\s+(?:to|a|ao|a\s+la|al|an|alla|all'|aux|au)\s+$/u.test(
        before,
      ) ||
      /(?:^|[\s,.!(])(?:ask for|demandez|demande[rz]?|pregunt(?:a|ad|en|ar) por|frag(?:t|en sie)? nach|chiedete di|chiedi di|pergunt(?:e|em|ar) (?:pel[oa]|por))\s+$/u.test(
        before,
      ) ||
      /\(\s*(?:danke|merci|gracias|grazie|thanks),?\s+$/u.test(before);
    // "un accueil aux petits oignons par Inès", "served by Jess", "atendidos por Marta": who did the serving.
    const servedBy =
      /(?:accueil|accueilli\w*|servie?s?|service|welcome|served|greeted|looked after|taken care of|atendid[oa]s?|servid[oa]s?|atencion|recibid[oa]s?|empfang|bedient|betreut|accolt[io]|servit[io]|seguit[io]|acolhid[oa]s?|recebid[oa]s?)(?:\s+\S+){0,4}\s+(?:by|par|por|von|da|dalla|dal|pela|pelo|de|di)\s+$/u.test(
        fold(text.slice(Math.max(0, index - 60), index)),
      );
    const roleBefore = ROLE_BEFORE_NAME.test(before) || thanked || servedBy;
    // "das Personal hat uns…": after an article a capitalised word is a German noun, not a name
    // ("merci à Julien" ends in "a" too, but there a thank-you comes first).
    // ("A Rita do apoio ao cliente ajudou-me", "la Giulia della reception ci ha aiutato": in Portuguese and Italian a
    // name takes an article, so a name there is one when a role or a verb of service follows.)
    const articledName =
      /(?:^|\s)(?:o|a|il|la)\s+$/u.test(before) &&
      /^\s+(?:d[oa]s?|del|della|dello|dal|dalla)\s+(?:apoio|atendimento|rece[cç][aã]o|loja|balc[aã]o|servizio|reception|assistenza|negozio|cassa|sala|cozinha|cucina)|^\s+(?:ajudou|atendeu|explicou|resolveu|recomendou|ci ha|mi ha|ha (?:aiutato|consigliato|risolto))/u.test(
        after,
      );
    if (
      !roleBefore &&
      !articledName &&
      /(?:^|\s)(?:das|der|die|den|dem|des|ein|eine|einen|unser\w*|ihr\w*|le|la|les|el|la|il|lo|the|o|a)\s+$/u.test(before)
    )
      continue;
    // "in Lugano hat uns das Taxi…", "en Madrid nos cobraron": a place, not who did it.
    if (!roleBefore && /(?:^|\s)(?:in|nach|aus|en|em|near)\s+$/u.test(before)) continue;
    if (roleBefore || articledName || VERB_AFTER_NAME.test(after) || parenthesised || ROLE_THEN_VERDICT.test(after)) {
      // "Herr Rinaldi", "Mrs Patel", "Madame Roux": the title stays with the name a reply says back.
      const title = titled?.[1];
      // (Said in the nominative: "Herrn Rossi" after "Danke an" is Herr Rossi; a German reply declines it again.)
      const said = title ? `${title === 'Herrn' ? 'Herr' : title} ${name}` : name;
      if (!found.some((p) => p.name === said || p.name === name))
        found.push({ name: said, index: title ? index - title.length - 1 : index });
    }
  }
  return found;
}

/** The name, its role in apposition, then a bare verdict: "Léa, notre serveuse, adorable", "Tom, our waiter, brilliant". */
const ROLE_THEN_VERDICT =
  /^,\s*(?:notre|our|nuestr[oa]|unser(?:e|er)?|il nostro|la nostra|o nosso|a nossa|the|mon|ma|mi|la|le|el|der|die|il|o|a)\s+\p{L}+(?:\s+\p{L}+)?,\s+(?:(?:vraiment|super|tres|très|so|really|muy|sehr|molto|muito)\s+)?(?:adorable|charmante?|gentille?|parfaite?|g[eé]niale?|top|lovely|amazing|wonderful|fantastic|brilliant|excellent|great|superb|encantador[a]?|amabil[ií]sim[oa]|simp[aá]tic[oa]|freundlich|toll|hilfsbereit|gentilissim[oa]|bravissim[oa]|impec[aá]vel|rude|d[eé]sagr[eé]able|antip[aá]tic[oa]|unfreundlich|scortese|maleducad[oa])(?![\p{L}])/iu;

/** A role word, then an opening bracket: the name inside is the person's ("the hostess (Kayla, per her name tag)"). */
const STAFF_ROLE_BEFORE_BRACKET =
  /(?:^|[\s])(?:host|hostess|server|waiter|waitress|barista|bartender|manager|receptionist|driver|chef|cook|porter|concierge|agent|rep|guy|girl|lady|woman|man|serveur|serveuse|camarer[oa]|kellner(?:in)?|bedienung|camerier[ea]|empregad[oa]|atendente|recepcionista|rezeptionist(?:in)?)\s*\(\s*$/u;

/** A title right before a name ("Herr Rinaldi", "Mrs Patel", "Madame Roux"), with the space after it. */
const TITLE_BEFORE =
  /(?:^|[\s(])((?:Herrn?|Frau|Mr|Mrs|Ms|Monsieur|Madame|Mme|Señor|Señora|Sr|Sra|Signor|Signora|Sig|Sig\.ra|Dona|Dom)\.?)\s+$/u;

/**
 * Function words of languages without word lists that read as things in English or in the concepts
 * table (folded, whole word): Dutch "door" is "by", "room" cream, Swedish "men" is "but".
 */
export const FUNCTION_WORD_IN: Record<string, RegExp> = {
  nl: /^(?:door|over|want|toen|dan|room)$/u,
  sv: /^(?:men|barn)$/u,
  da: /^(?:men)$/u,
};

export interface PointsOptions {
  /** Words never taken as a person's name: the brand's own words, the author's name. */
  exclude?: string[];
  /** The item's language: words that mean something else elsewhere are read only in theirs. */
  language?: string;
  /** Add the person's own noun phrases when the word lists find little (default true). */
  fallback?: boolean;
}

/**
 * What follows a thing's head noun in English: "the sourdough loaves you sell have got noticeably
 * smaller" (a head noun and a "you sell" may come between), the verdict word captured.
 */
export const HEAD_VERB_VERDICT = primed(
  /s?(?:\s+\p{L}+?(?:e?s)?)?(?:\s+(?:you|they|we)\s+(?:sell|make|serve|do|bake|offer))?\s+(?:was|were|is|are|came out|came back|turned out|came|arrived|tasted|looked|felt|(?:have |has |)(?:got|gotten|become|became)|(?:are |is )?getting)\s+(?:a bit |very |really |so |too |quite |completely |totally |noticeably |much |way |a lot |even )?(\p{L}+)/iuy,
);
/** The same in French, Spanish, Italian, Portuguese (folded): "la camera era sporca", and the adjective right after the noun: "un brunch tiède", "la colazione scarsa". */
export const HEAD_ROMANCE_VERDICT = primed(
  /\s+(?:(?:sont arrivee?s|est arrivee?|a ete|ont ete|etaient|etait|est|sont|estaban|estaba|llegaron|llego|ha sido|han sido|fue|fueron|eran|era|son|es|e stat[oaie]|sono stat[oaie]|erano|sono|e arrivat[oaie]|arrivat[oaie]|e|foi|foram|estavam|estava|chegaram|chegou|vieram|veio|war|waren|ist|sind)\s+)?(?:(?:un peu|trop|tres|assez|muy|demasiado|un poco|bastante|molto|troppo|un po'|muito|bem|demasiado|sehr|ziemlich|total|extrem|echt)\s+)?(\p{L}+)/uy,
);
const NOT_AFTER_LETTER = /(?<![\p{L}])/uy;

/**
 * The first match of `(?<![\p{L}])` + head + tail (a sticky pattern with one group) in text, as one
 * pattern built around the head would find it, without compiling a pattern per head word (each
 * cost ~1 ms, for every new word). The head is letters and hyphens; `caseless` matches it as the
 * `i` flag does. A head with other letters than a–z is matched with the pattern built for it.
 */
export function afterHead(text: string, head: string, tail: RegExp, caseless: boolean): { group: string; end: number } | undefined {
  const wanted = caseless ? head.toLowerCase() : head;
  if (caseless && !/^[a-z-]+$/u.test(wanted)) {
    const built = new RegExp(`(?<![\\p{L}])${head}${tail.source}`, tail.flags.replace('y', '')).exec(text);
    return built ? { group: built[1]!, end: built.index + built[0].length } : undefined;
  }
  for (let at = 0; at + wanted.length <= text.length; at++) {
    if (!holdsHead(text, at, wanted, caseless)) continue;
    NOT_AFTER_LETTER.lastIndex = at;
    if (!NOT_AFTER_LETTER.test(text)) continue;
    tail.lastIndex = at + wanted.length;
    const m = tail.exec(text);
    if (m) return { group: m[1]!, end: tail.lastIndex };
  }
  return undefined;
}

/** Whether text holds head (lower case a–z and hyphens when caseless) at `at`: ASCII letters in either case, and the two other letters the `i` flag folds to them (Kelvin sign, long s). */
function holdsHead(text: string, at: number, head: string, caseless: boolean): boolean {
  for (let i = 0; i < head.length; i++) {
    const c = text.charCodeAt(at + i);
    const h = head.charCodeAt(i);
    if (c === h) continue;
    if (!caseless || h < 97 || h > 122) return false;
    if (c !== h - 32 && !(h === 107 && c === 0x212a) && !(h === 115 && c === 0x17f)) return false;
  }
  return true;
}

/** A defect said of "it" or "they" at a sentence's start (folded): "they were tough", "saturday night it came out cold". */
const PRONOUN_DEFECT =
  /^\s*(?:\p{L}+ ){0,3}?(?:it|they)(?: (?:was|were|came|arrived|tasted|turned up|came out|looked))(?: (?:so|very|really|too|a|bit|little|kind|of|kinda|all|completely|totally|straight|up|just|still|already|quite|pretty|super|absolutely|properly|incredibly|rather|slightly|way|far|bone|stone)){0,3} (lukewarm|tepid|cold|stone cold|dry|soggy|bland|burnt|stale|tough|greasy|overcooked|undercooked|raw|rubbery|chewy|watery|mushy|flavourless|flavorless|tasteless|inedible|mouldy|moldy)(?![\p{L}])(?! (?:outside|out there|weather|today|tonight|in there|in here|day|night|morning|evening|afternoon)(?![\p{L}]))/u;

/**
 * Gives the defect of a pronoun sentence to the dish the sentence before named ("They were tough…"
 * after "the ribs"): its detail (the temperature when the sentence says one, which then is no point
 * of its own) and a negative verdict. In place; English only.
 */
function pronounDefects(text: string, points: Point[]): void {
  const sentences = sentencesOf(text);
  for (let i = 1; i < sentences.length; i += 1) {
    const defect = PRONOUN_DEFECT.exec(fold(sentences[i]!))?.[1];
    if (!defect) continue;
    // The dish of the nearest sentence before that names one, two sentences back at most.
    const before = [sentences[i - 1]!, sentences[i - 2] ?? ''].map((sentence) => fold(sentence));
    const named = (sentence: string) =>
      points.filter((p) => p.aspect === 'product' && !p.person && !p.detail && sentence.includes(fold(p.text))).pop();
    const thing = named(before[0]!) ?? named(before[1]!);
    // (A shake or a beer served cold is as it should be.)
    if (!thing || SERVED_COLD.test(fold(`${thing.text} was ${defect}`))) continue;
    const temperature = points.find((p) => p.aspect === 'temperature' && sentences[i]!.toLowerCase().includes(p.text.toLowerCase()));
    if (temperature) points.splice(points.indexOf(temperature), 1);
    thing.detail = temperature ? fold(temperature.text) : defect;
    thing.polarity = 'negative';
  }
}

/** A cooking word is part of the dish: "smoked turkey", "pulled pork", "iced latte". */
const COOKING_WORD =
  /^(?:smoked|grilled|roasted|fried|baked|pulled|braised|stuffed|poached|scrambled|toasted|glazed|cured|marinated|sliced|shredded|iced|whipped|mashed|steamed|seared|charred|candied|pickled|salted|spiced)$/u;

/** Words of a hotel's room types ("Superior Lake View", "Junior Suite", "Deluxe Double"). */
const ROOM_TYPE_WORD =
  /^(?:superior|deluxe|junior|standard|classic|executive|family|double|twin|king|queen|single|triple|quadruple|garden|lake|sea|ocean|river|mountain|city|pool|park|view|premium|premier|comfort|economy|budget|studio|penthouse|presidential|club|balcony|terrace|courtyard|luxury|signature|grand|panoramic|corner|accessible|connecting|honeymoon|bridal)$/u;

/**
 * Title-case words right before a lower-case thing, as the English thing's own name, kept as written:
 * "Beef rib Saturday is…" (replies lower-case a sentence's first word), "a Superior Lake View room";
 * `startsSentence` when the words open a sentence. Each word must be one the compound rule would take (no function word, size or verdict),
 * so "Great coffee" stays "coffee". `before` is the clause up to the thing; the length counts the
 * characters taken, spaces included. Undefined when there is none.
 */
function titledModifier(before: string): { text: string; length: number; startsSentence: boolean } | undefined {
  const run = /(?<![\p{L}\p{N}'’@#./_&-])((?:\p{Lu}[\p{Ll}'’-]+\s+){1,3})$/u.exec(before.slice(-60));
  if (!run) return undefined;
  const words = run[1]!.trim().split(/\s+/u);
  const fine = words.every((word) => {
    const lower = fold(word);
    return (
      lower.length >= 3 &&
      !isStopWord(lower, 'en') &&
      !NOT_A_THING.has(lower) &&
      !DETAIL.test(lower) &&
      (!/ly$|ing$|ed$/u.test(lower) || COOKING_WORD.test(lower)) &&
      !/^(?:some|any|every|each|more|less|extra|large|small|medium|big|huge|tiny|great|good|best|nice|lovely|amazing|awesome|terrible|awful|worst|decent|solid|okay|fine|superb|fantastic|fab|top|proper|real|pure|absolute|total|utter|brilliant|wonderful|excellent|gorgeous|stunning|beautiful|delicious|perfect|tasty|yummy|dem|dis|dat|dese|dose)$/u.test(
        lower,
      )
    );
  });
  if (!fine) return undefined;
  const runStart = before.length - run[0].length;
  const startsSentence = /^[\s"“'(]*$/u.test(before.slice(0, runStart)) || /[.!?:]\s*$/u.test(before.slice(0, runStart));
  return { text: run[1]!.trim().replace(/\s+/gu, ' '), length: run[0].length, startsSentence };
}

/**
 * The points a person makes, most specific first, at most six. Deterministic and
 * language-aware through the folded cue lists; unknown languages get the aspects whose
 * words they share (numbers, amounts, product names).
 */
export function extractPoints(text: string, options: PointsOptions = {}): Point[] {
  const foreignLanguage = options.language !== undefined && !LIST_LANGUAGES.has(options.language);
  const exclude = new Set((options.exclude ?? []).flatMap((w) => w.toLowerCase().split(/[^\p{L}]+/u)).filter(Boolean));
  const points: Point[] = [];
  const seen = new Set<string>();
  const add = (point: Point) => {
    const key = `${point.aspect}:${fold(point.text)}`;
    if (seen.has(key)) return;
    // "un peu trop sucrée à mon goût", "para mi gusto": their taste is the measure, not a thing of ours.
    if (/^(?:go[uû]t|gusto|geschmack|gusti|gosto|taste)$/iu.test(point.text.trim()) && MY_TASTE.test(fold(text))) return;
    // "the only thing", "our own expense": a phrase of words that name nothing is no thing (a wait or a price has its number).
    if (
      point.aspect === 'product' &&
      !point.person &&
      !point.amount &&
      !point.detail &&
      fold(point.text)
        .split(/[\s-]+/u)
        .every((word) => NOT_A_THING.has(word) || /^(?:the|a|an|my|our|own|your|this|that)$/u.test(word))
    )
      return;
    // A longer phrase already covers this one ("almond croissant" covers "croissant").
    if (points.some((p) => fold(p.text).includes(fold(point.text)) && p.aspect === point.aspect)) return;
    seen.add(key);
    points.push(point);
  };

  for (const person of namedPeople(text, exclude)) {
    const sentence = sentencesOf(text).find((s) => s.includes(person.name)) ?? text;
    // "Jamie was lovely but the food arrived cold": the verdict of the person's own clause, not the sentence's.
    const clause = clausesOf(sentence).find((c) => c.includes(person.name));
    // Words that praise a person though not a dish ("Kayla was sweet", "a star", "attentive").
    const personPraise =
      clause &&
      /(?<![\p{L}])(?:sweet|attentive|a (?:star|gem|sweetheart|legend)|(?:= ?|absolute |total |an? )legend|legendary|so kind|lovely|welcoming|patient)(?![\p{L}])/u.test(
        fold(clause),
      );
    const own = clause && clause !== sentence ? (personPraise && !PROBLEM.test(fold(clause)) ? 'positive' : polarityOf(clause)) : 'neutral';
    // "…our train was 40 minutes late, and Paolo on the terrace remembered my Aperol": the part with the name speaks for
    // them; another part's trouble is not laid on them by name.
    const at = sentence.indexOf(person.name);
    const part = partPolarity(sentence, at, 'neutral', at + person.name.length);
    const whole = polarityOf(sentence);
    // (Only a name opening its own part with "and": "the hostess (Kayla…) told us", "le serveur, Kévin, nous a…" keep the verdict.)
    const ownPart = /(?:^|[,;]\s*|\s)(?:and|et|y|und|e|but)\s+$/iu.test(sentence.slice(0, at));
    const polarity = own !== 'neutral' ? own : part !== 'neutral' ? part : whole === 'negative' && ownPart ? 'neutral' : whole;
    add({ aspect: 'staff', polarity, text: person.name, person: person.name });
  }

  const sentences = sentencesOf(text);
  sentences.forEach((sentence, sentenceIndex) => {
    // "But the music!" then "It has got louder and louder.": the next sentence says what was wrong.
    const next = sentences[sentenceIndex + 1];
    // Only a short exclamation borrows the next sentence's verdict; a full sentence has its own.
    const short = (sentence.match(/\p{L}+/gu) ?? []).length <= 5;
    const nextSays = short && next !== undefined && !namesAnAspect(fold(next)) ? polarityOf(next) : 'neutral';
    const clauses = clausesOf(sentence);
    for (const [clauseIndex, clause] of clauses.entries()) {
      const firstPoint = points.length;
      const own = polarityOf(clause);
      // "The steak was good but overcooked", "le magret était bon mais bien trop cuit": a verdict after
      // the "but" with no subject of its own is the last word on this clause's thing.
      const after = clauses[clauseIndex + 1];
      const overruled = after !== undefined && BARE_VERDICT_AFTER_BUT.test(fold(after)) && polarityOf(after) === 'negative';
      const polarity = overruled ? 'negative' : own === 'neutral' ? nextSays : own;
      const foldedClause = fold(clause);
      const mixedClause = !overruled && PRAISE.test(foldedClause) && (PROBLEM.test(foldedClause) || TROUBLE.test(foldedClause));
      const { folded, map } = foldWithMap(clause);
      // "read a crumpled coffee-stained receipt perfectly": what was handled is not a point of theirs.
      // (Nor is a fault said not to have happened: "without a single blister".)
      const taken: [number, number][] = [...folded.matchAll(HANDLED_INPUT), ...folded.matchAll(DENIED_PROBLEM)].map(
        (m) => [m.index!, m.index! + m[0].length] as [number, number],
      );
      // "The pints were nice and cold": no temperature to apologise for.
      const servedCold = SERVED_COLD.test(foldedClause);
      for (const { aspect, regex, only } of COMPILED) {
        if (only && !only.includes(options.language ?? 'und')) continue;
        if (aspect === 'temperature' && servedCold) continue;
        let previous: { start: number; end: number; point: Point } | undefined;
        for (const m of allMatches(regex, folded)) {
          const start = m.index!;
          const end = start + m[0].length;
          if (taken.some(([a, b]) => start < b && end > a)) continue;
          // A function word of the item's language that a word list knows as a thing ("verwend door jullie team").
          if (FUNCTION_WORD_IN[options.language ?? 'en']?.test(m[0].trim())) continue;
          taken.push([start, end]);
          // Two words of one list side by side are one thing: "invoice templates", "room service".
          if (
            previous &&
            folded.slice(previous.end, start) === ' ' &&
            (options.language ?? 'en') === 'en' &&
            aspect !== 'wait' &&
            aspect !== 'price' &&
            !/^(?:logs?|logged|signs?|signed)\b/u.test(m[0])
          ) {
            previous.point.text = cleanPhrase(clause.slice(map[previous.start]!, map[end]!));
            previous.end = end;
            continue;
          }
          // "croque-monsieur", "pain-au-chocolat": the word goes on past a hyphen.
          const continued = /^(?:-\p{L}+)+/u.exec(clause.slice(map[end]!))?.[0] ?? '';
          // Not an adjective made with a hyphen ("coffee-stained", "gluten-free", "sugar-heavy").
          const hyphenated = /-\p{L}*(?:ed|ing|ful|less|free|like|ish|heavy|based|friendly|y)$/u.test(continued) ? '' : continued;
          let original = cleanPhrase(clause.slice(map[start]!, map[end]!) + hyphenated);
          if (!original) continue;
          // A title-case name taken before the thing ("Superior Lake View room") makes it no person's name.
          let titled = false;
          // English compounds: "potato salad", "cheese toastie" (a lower-case content word before the dish).
          if (aspect === 'product' && (options.language ?? 'en') === 'en') {
            // (Not a handle's or a link's tail: "@rustyspurbbq happy hour".)
            const before = /(?<![\p{L}\p{N}'’@#./_-])([a-z][a-z-]{2,})\s+$/u.exec(clause.slice(Math.max(0, map[start]! - 20), map[start]!));
            const word = before?.[1];
            const wordStart = start - (before?.[0].length ?? 0);
            if (
              word &&
              !taken.some(([a, b]) => wordStart < b && start > a && !(a === start)) &&
              // (A cooking word is part of the dish: "smoked turkey", "pulled pork", "iced latte".)
              (!/ly$|ing$|ed$/u.test(word) || COOKING_WORD.test(word)) &&
              !isStopWord(word, 'en') &&
              !NOT_A_THING.has(word) &&
              !DETAIL.test(word) &&
              !/^(?:some|any|every|each|more|less|extra|large|small|medium|big|huge|tiny)$/u.test(word) &&
              // (A verb of the person's, "who only drinks tea", "she orders the brisket".)
              !/^(?:drinks|eats|orders|gets|likes|loves|hates|takes|wants|needs|makes|prefers|brings|buys|sells|serves|tries|grabs|skips|misses|shares|has|does|is|was)$/u.test(
                word,
              )
            ) {
              original = `${word} ${original}`;
            } else if (!word) {
              const named = titledModifier(clause.slice(0, map[start]!));
              // (Only one word opening a sentence, whose capital is the sentence's: elsewhere it is a name, "Big Mesa", "Tell Luis".)
              if (named?.startsSentence && !named.text.includes(' ') && !taken.some(([a, b]) => start - named.length < b && start > a)) {
                original = `${named.text} ${original}`;
                titled = true;
              }
            }
          }
          // A room's name in title case: "a Superior Lake View room", "the Garden Suite".
          if (aspect === 'room' && (options.language ?? 'en') === 'en' && /^\p{Ll}/u.test(original)) {
            const named = titledModifier(clause.slice(0, map[start]!));
            // Words of a room type only: "the Hilton Garden Inn room" names the hotel. (A word the lists
            // know, "View", was passed over as a name, so it is no point of its own.)
            if (named && named.text.split(' ').every((word) => ROOM_TYPE_WORD.test(fold(word)))) {
              original = `${named.text} ${original}`;
              titled = true;
            }
          }
          // A dish's complement in French, Spanish, Italian, Portuguese: "tarta de queso", "scone de queijo".
          if ((aspect === 'product' || aspect === 'quality') && ['fr', 'es', 'it', 'pt'].includes(options.language ?? '')) {
            // Its colour or what it is made of first: "las alpargatas negras de cuña", "as alpargatas veganas", "lona verde oliva".
            const described = ROMANCE_DESCRIPTION.exec(clause.slice(map[end]!));
            const describedLength = described?.[0].length ?? 0;
            if (described) original = `${original}${described[0].replace(/\s+/gu, ' ')}`;
            const complement =
              /^\s+(?:au|aux|à la|a la|de la|de|du|des|di|al|alla|del|della|con|com|do|da|dos|das)\s+([\p{L}’-]{3,})/u.exec(
                clause.slice(map[end]! + describedLength),
              );
            const word = complement ? fold(complement[1]!) : '';
            if (complement && !isStopWord(word, options.language!) && !NOT_A_THING.has(word) && !/^\p{Lu}/u.test(complement[1]!)) {
              original = `${original}${complement[0].replace(/\s+/gu, ' ')}`;
            }
          }
          // "Kanelsnurren var dog lidt tør": in a language the lists were not written for, a short
          // English word is often one of its own ("dog" is Danish for "though").
          if (foreignLanguage && FALSE_FRIENDS.has(m[0])) continue;
          // A capitalised word mid-sentence is a name ("Big Mesa BBQ"), except in German (nouns) and for app words (PDF, DATEV).
          const startsSentence = /^[\s"“'(]*$/u.test(clause.slice(0, map[start]!)) || /[.!?:]\s*$/u.test(clause.slice(0, map[start]!));
          const shouted = clause === clause.toUpperCase();
          if (
            !titled &&
            options.language !== 'de' &&
            aspect !== 'app' &&
            aspect !== 'billing' &&
            /^\p{Lu}\p{Ll}/u.test(original) &&
            !startsSentence &&
            !shouted
          )
            continue;
          // "installés à 20h45", "at 7:15": a clock time, not a length of wait.
          if (
            aspect === 'wait' &&
            /\d/u.test(m[0]) &&
            /(?:^|\s)(?:a|at|um|alle|as|a las|vers|around|by|until|till|bis|hasta|jusqu'?a|fino alle|ate)\s*$/u.test(
              folded.slice(Math.max(0, start - 10), start),
            )
          )
            continue;
          // "dropped every 10 minutes", "toutes les 5 minutes": how often, not a wait.
          if (
            aspect === 'wait' &&
            /(?<![\p{L}])(?:every|each|toutes les|tous les|cada|alle|jede[nr]?|ogni|a cada)\s+(?:(?:few|couple of|other)\s+)?$/u.test(
              folded.slice(Math.max(0, start - 16), start),
            )
          )
            continue;
          // "Ready in exactly 20 minutes like it said", "in 20 Minuten eingerichtet", "gone in 20 minutes flat": speed as
          // praise; "our train was 40 minutes late": their lateness; "25 minutes, which is fine": a wait they accept.
          if (
            aspect === 'wait' &&
            // (Not a promise quoted back in scorn: "'ready in about 20 minutes' MY ASS".)
            !/['"‘“]/u.test(folded.slice(Math.max(0, start - 30), start)) &&
            (/(?:ready|done|sorted|fixed|set up|solved|resolved|answered|replied|gone|delivered|arrived|served|there|here|sortis|sorties|sorti|servis|servies|repartis|eingerichtet|erledigt|gelost|geliefert|fertig|pret|prete|prets|livre|listo|lista|resuelto|pronto|pronta|risolto|consegnat\w|resolvido|entregue)\s+(?:in|within|en|em|dans)\s+(?:(?:just|only|exactly|under|about|less than|nur|genau|knapp|seulement|solo|apenas|exactement|exactamente|esattamente)\s+)?$/u.test(
              folded.slice(Math.max(0, start - 40), start),
            ) ||
              /^\s*(?:flat|on the dot|chrono|top chrono|pile|montre en main|(?:just )?(?:like|as) (?:it|they|the (?:app|site|website|email|text)) said|as promised|wie versprochen|comme promis|como prometido|come promesso|(?:\p{L}+\s+){0,4}(?:eingerichtet|erledigt|gelost|geklart|installiert|configure|configurado|configurato|resolvido|resuelto|risolto|regle))(?![\p{L}])/u.test(
                folded.slice(end, end + 48),
              ) ||
              (/^\s*late(?![\p{L}])/u.test(folded.slice(end, end + 8)) &&
                OWN_LATENESS_BEFORE.test(folded.slice(Math.max(0, start - 40), start))) ||
              // "the driver still waited for us": someone of theirs or ours waiting for them is care, not a wait.
              (/^wait/u.test(m[0]) &&
                /(?:driver|shuttle|taxi|staff|host|hostess|chef|kitchen|team|someone|he|she|they) (?:(?:still|had|was|were|kindly|patiently|even) )*$/u.test(
                  folded.slice(Math.max(0, start - 30), start),
                ) &&
                /^\s+(?:for us|for me|up for)/u.test(folded.slice(end, end + 12))) ||
              /^\s*,?\s*(?:which|that|and that)(?:'s| is| was) (?:(?:totally|completely|perfectly|absolutely) )?(?:fine|normal|ok|okay|fair|expected|reasonable|no big deal|not a problem)(?![\p{L}])/u.test(
                folded.slice(end, end + 40),
              ))
          )
            continue;
          // "Don't want to be that person grilling the server for 10 min": a wait they imagine, not one they had.
          if (
            aspect === 'wait' &&
            /(?:don'?t|do not|wouldn'?t|would not|never) (?:want|wanna|like) to(?: be)?(?:[^.!?]{0,50})$/u.test(
              folded.slice(Math.max(0, start - 70), start),
            )
          )
            continue;
          // "Drove 30 min", "a 10-minute walk": travel, not a wait ("wasted an hour": time lost on something else).
          if (
            aspect === 'wait' &&
            (/(?:wasted|lost|drove|drive|driving|walked|walk|danced|dancing|baile|bailamos|danse|dansant|getanzt|ballato|ballando|dancei|dancamos|wore|worn|wearing|hiked|hiking|swam|slept|flew|flight|ride|rode|trip|travel\w*|came|fahrt|gefahren|viaje|conduje|trajet|route|viaggio|guidato|viagem|argued|arguing|debated|discussed|chatted|(?:after|before) (?:i |we )?(?:argued|arguing|explaining|explained|insisting|insisted))\s+(?:with (?:\p{L}+ ){1,2})?(?:for\s+)?$/u.test(
              folded.slice(Math.max(0, start - 14), start),
            ) ||
              /^\s*-?\s*(?:drive|walk|ride|flight|trip|away)/u.test(folded.slice(end, end + 8)) ||
              // "after an hour of walking", "au bout d'une heure de marche": how long they used it, not a wait.
              /^\s*(?:of\s+\w+ing|of (?:use|wear|wearing)|in the (?:rain|sun|snow|wash|water)|de (?:marche|port|utilisation)|de (?:caminar|uso)|(?:zu fu(?:ss|ß)|tragen)|di (?:cammino|uso)|de (?:caminhada|uso))/u.test(
                folded.slice(end, end + 16),
              ))
          )
            continue;
          // "This 6 minute tutorial", "a 2-hour tour": a length said of a thing, not a wait ("a 40 minute wait" is one).
          if (
            aspect === 'wait' &&
            /^\d+\s?-?\s?(?:minute|hour|day|week)$/u.test(m[0]) &&
            /^\s*-?\s*(?!(?:wait|waiting|queue|delay|line|hold|holdup|late|delayed)(?![\p{L}]))\p{L}{3,}/u.test(
              folded.slice(end, end + 20),
            ) &&
            !/^\s*(?:and|or|of|for|to|in|on|at|with|then|the|before|after|until|till|ago|later|behind|past|longer|more|now|again|just|only|wait\w*)(?![\p{L}])/u.test(
              folded.slice(end, end + 12),
            )
          )
            continue;
          // "We got there at 11:10 (10 minutes late because of the metro)", "I was 5 min late": their own lateness, not a wait.
          if (
            aspect === 'wait' &&
            /^\s*late(?![\p{L}])/u.test(folded.slice(end, end + 8)) &&
            (/(?:\(|(?<![\p{L}])(?:we|i)(?:'re|'m| are| am| were| was| got there| arrived| turned up| showed up| got in| ran| came)?(?: \p{L}+){0,2})\s*(?:about |around |like |only |just )?$/u.test(
              folded.slice(Math.max(0, start - 30), start),
            ) ||
              /^\s*late (?:because of|due to|thanks to|cause of|with) (?:the |our |my )?(?:traffic|metro|train|tube|bus|parking|babysitter|kids|rain|snow|flight|taxi|uber)/u.test(
                folded.slice(end, end + 40),
              ))
          )
            continue;
          // "Treats waiting in the room", "a bottle of prosecco waiting for us": things made ready, not a wait.
          if (
            aspect === 'wait' &&
            m[0] === 'waiting' &&
            /^\s+(?:for (?:us|me|them|him|her)(?:\s+(?:in|on|at|when|upon)(?![\p{L}])|\s*[,.!]|\s*$)|(?:in|on) (?:the |our |my )?(?:room|suite|bed|fridge|pillow|minibar))/u.test(
              folded.slice(end, end + 30),
            )
          )
            continue;
          // "Still thinking about it three days later": how long a memory lasted, not a wait.
          if (
            aspect === 'wait' &&
            /^\s*later/u.test(folded.slice(end, end + 8)) &&
            /(?:think\w*|dream\w*|crav\w*|talk\w*|rav\w*) (?:about|of) (?:it|them|this|that)\s*$/u.test(
              folded.slice(Math.max(0, start - 40), start),
            )
          )
            continue;
          // "se despegó la plantilla a los 6 días", "the strap broke after 3 weeks": how long it lasted, not a wait.
          if (
            aspect === 'wait' &&
            /(?:a los|a las|a la|al cabo de|after|au bout de|nach|dopo|ao fim de|apos|within|en|in|em) (?:only |just |seulement |solo |nur |apenas )?$/u.test(
              folded.slice(Math.max(0, start - 20), start),
            ) &&
            /(?:despeg|rompi|romp|broke|came apart|fell apart|came off|peel|descos|scucit|staccat|rott|kaputt|gerissen|abgebrochen|cass|decoll|decous|partiu|descol|soltou|rasg|split|cracked|ripped|tore|torn|quej|corte|sangr|grapa|herid|blister|ampoll|bolha)/u.test(
              folded,
            )
          )
            continue;
          // Days are a wait only when the words say so ("12 días sin llegar", not "5 jours avant l'arrivée").
          if (
            aspect === 'wait' &&
            /(?:days?|jours?|dias|tage|giorni)$/u.test(m[0]) &&
            !/(?:wait|still|since|took|takes|taking|sin llegar|esperando|depuis|seit|desde|never|nunca|jamais|todavia|ainda|ancora|immer noch|noch|demor\w*|tardo|tardaron|tardou|dauerte|gedauert|ci sono voluti|ha impiegato|ont mis|a mis|il a fallu|lleva\w*|sin moverse|sem se mexer|parad[oa]|bloque\w*|fermo|bloccat\w*|steht|haengt|hangt)/u.test(
              folded,
            )
          )
            continue;
          // "no se parece a la foto", "diferente da foto": the photo is what they compare with, not a thing.
          if (
            aspect === 'product' &&
            /^(?:photos?|fotos?|foto|pictures?|images?|bild|bilder)$/u.test(m[0]) &&
            /(?:parec\w*|diferente|different|distint[oa]|differente|comme|wie|como|than|from|sur|auf|nella|na|sulla|en)(?: \p{L}+){0,3} $/u.test(
              folded.slice(Math.max(0, start - 32), start),
            )
          )
            continue;
          // "good eggs" about the staff, "a gem" about a waiter: praise of people, not a dish.
          if (
            aspect === 'product' &&
            /(?:staff|team|people|they|he|she|server|waiter|waitress|owners?|guys|lads|everyone)\s+(?:were|are|is|was)\s+(?:(?:a|such|real|really|very|absolute|proper|so)\s+)*(?:good|great|lovely|nice|real)?\s*$/u.test(
              folded.slice(Math.max(0, start - 60), start),
            )
          )
            continue;
          // In a clause that praises one thing and faults another without a "but" ("the staff
          // were lovely and the room was filthy"), each thing takes the verdict of its own part.
          const point: Point = {
            aspect,
            polarity: mixedClause ? partPolarity(clause, map[start]!, polarity, map[end]) : polarity,
            text: original,
          };
          if (aspect === 'product' || aspect === 'quality' || aspect === 'room') {
            // The word that says what was wrong or right, next to the thing: "the ribs were dry", "cold quiche".
            // Within the thing's own stretch of words: "mattress seams: tiny dark spots" does not make the seams tiny.
            const near = [
              clause
                .slice(Math.max(0, map[start]! - 12), map[start]!)
                .split(/[:;()]|\s[-–—]\s/u)
                .pop(),
              clause.slice(map[start]!, map[end]!),
              afterThing(clause.slice(map[end]!, Math.min(clause.length, map[end]! + 28)).split(/[:;()]|\s[-–—]\s/u)[0]!),
            ].join('');
            const detail = [...near.matchAll(new RegExp(DETAIL.source, 'giu'))]
              // "it hasn't faded", "not dry at all": a verdict denied is none.
              .filter(
                (d) =>
                  !/(?:n['’]t|(?<![\p{L}])(?:not|never|no))\s+(?:(?:been|yet|even|at all|really|got|gotten|become)\s+)?$/iu.test(
                    near.slice(0, d.index),
                  ),
              )
              .map((d) => d[1]!.toLowerCase())
              .find(
                (d) =>
                  !original.toLowerCase().includes(d) &&
                  !taken.some(([a, b]) => folded.slice(a, b).includes(d) && !(a === start && b === end)),
              );
            if (detail) point.detail = detail;
          }
          // "placés à 20h50": a time of day, not a wait (the gap between two times is read below).
          if (aspect === 'wait' && CLOCK_TIME.test(original.trim())) continue;
          // "booked 48 hours ahead", "requested two weeks in advance": how early they asked, not a wait.
          if (
            aspect === 'wait' &&
            /^\s*(?:ahead|in advance|beforehand|before(?:hand)? (?:arrival|we (?:came|arrived))|early|notice|a l'avance|con antelacion|de antemano|im voraus|vorher|in anticipo|prima|com antecedencia|antes)(?![\p{L}])/u.test(
              fold(clause.slice(map[end]!, map[end]! + 30)),
            )
          )
            continue;
          if (aspect === 'wait') {
            // "'ready in about 20 minutes' MY ASS": a promise quoted back, not the wait they had.
            if (
              /['"‘“][^'"‘“’”]{0,30}$/u.test(folded.slice(Math.max(0, start - 30), start)) &&
              /^[^'"‘“’”]{0,12}['"’”]/u.test(folded.slice(end, end + 13))
            )
              continue;
            // "told 20 min", "on nous a dit 10 minutes": the promise, not the wait they had.
            if (PROMISED_BEFORE.test(fold(clause.slice(Math.max(0, map[start]! - 28), map[start]!)))) continue;
            // "spart mir jede Woche locker eine Stunde", "saves me two hours a week": time saved, not waited.
            if (TIME_SAVED_BEFORE.test(fold(clause.slice(Math.max(0, map[start]! - 40), map[start]!)))) continue;
            if (QUICK_TASK_BEFORE.test(fold(clause.slice(Math.max(0, map[start]! - 60), map[start]!)))) continue;
            // "Setup took 10 minutes", "the import only took a few minutes": a quick start, not a wait.
            if (/min/iu.test(original) && QUICK_START_TOOK.test(fold(clause.slice(Math.max(0, map[start]! - 60), map[start]!)))) continue;
            // The first duration that is not a promise ("said 10 minutes and we waited an hour").
            const duration = [...clause.matchAll(new RegExp(DURATION.source, `${DURATION.flags.replace('g', '')}g`))].find(
              (m) =>
                !PROMISED_BEFORE.test(fold(clause.slice(Math.max(0, m.index - 28), m.index))) &&
                !CLOCK_TIME.test(clause.slice(m.index)) &&
                // (Not their own lateness: "our flight was 50 minutes late".)
                !(
                  /^\s*late(?![\p{L}])/u.test(fold(clause.slice(m.index + m[0].length, m.index + m[0].length + 8))) &&
                  OWN_LATENESS_BEFORE.test(fold(clause.slice(Math.max(0, m.index - 40), m.index)))
                ),
            )?.[0];
            if (duration) point.amount = duration.trim();
            // "on a attendu 25 minutes l'addition": a wait with its length is a grievance unless praised.
            if (duration && point.polarity === 'neutral') point.polarity = 'negative';
            // Late rather than waiting in line: "45 min de retard", "an hour late".
            if (/(?<![\p{L}])(?:late|delay\w*|retard\w*|retraso|verspat\w*|ritardo|atraso)(?![\p{L}])/u.test(fold(clause)))
              point.detail = 'delay';
          }
          if (aspect === 'price' || aspect === 'billing') {
            const amount = clause.match(AMOUNT)?.[0];
            if (amount) point.amount = amount.trim();
            // "$1,200 catering deposit": the amount is the deposit's, not a price of its own.
            if (aspect === 'price' && points.some((p) => p.aspect === 'billing' && p.amount && fold(p.amount) === fold(original))) continue;
          }
          if (aspect === 'delivery') {
            const order = clause.match(ORDER_NUMBER)?.[0];
            if (order) point.amount = order;
          }
          const before = points.length;
          add(point);
          previous = points.length > before ? { start, end, point } : undefined;
        }
      }
      // German compounds the word lists do not know whole ("Hundegebühr", "Kündigungsbestätigung").
      if (options.language === 'de') {
        for (const m of folded.matchAll(/[\p{L}][\p{L}-]{3,}/gu)) {
          const start = m.index!;
          const end = start + m[0].length;
          if (taken.some(([a, b]) => start < b && end > a)) continue;
          const original = clause.slice(map[start]!, map[end]!);
          // Nouns have capitals ("anhängen", "gebucht" are verbs), unless the whole clause is written in lower case.
          // ("Das vergessen wir nie": a capital only at the start is the sentence's, and its verb stays a verb.)
          const lowerCaseClause = !/\p{Lu}/u.test(clause);
          if (!/^\p{Lu}/u.test(original) && !/-/u.test(original) && !lowerCaseClause) continue;
          const aspect = germanCompoundAspect(m[0]);
          if (!aspect) continue;
          taken.push([start, end]);
          const point: Point = { aspect, polarity: mixedClause ? partPolarity(clause, map[start]!, polarity) : polarity, text: original };
          // "die Hundegebühr von 30 CHF": the sum is the fee's.
          const amount = aspect === 'price' || aspect === 'billing' ? clause.match(AMOUNT)?.[0] : undefined;
          if (amount) {
            point.amount = amount.trim();
            const price = points.findIndex((p) => p.aspect === 'price' && fold(p.text) === fold(point.amount!));
            if (price >= 0 && aspect === 'billing') points.splice(price, 1);
          }
          add(point);
        }
      }
      // "The onion soup was great", "Le bœuf bourguignon est arrivé tiède": the subject of a
      // verdict is a thing they had, even when no word list knows it.
      // At the clause's start or after "and"/"but" inside it ("…an hour late and the tarte tatin was squashed").
      // Every part has its own subject: "the lasagne was cold and the curry was bland", "Noodles were overcooked, dumplings were raw".
      const joins = clause.split(
        /\s+(?=(?:and|but|et|mais|y|pero|und|aber|e|ma|mas|par contre|en revanche|cependant|however|sin embargo|jedoch|però|porém|contudo)\s+(?:(?:the|le|la|les|el|los|las|il|lo|i|gli|o|a|os|as|der|die|das)\s|l['’]))|,\s+/iu,
      );
      const subjects = joins
        // "…, die nicht kompliziert ist": after a comma, German der/die/das opens a relative clause, not a subject.
        .filter((part) => !(options.language === 'de' && /^(?:der|die|das|den|dem)\s/iu.test(part)))
        .map(
          (part) =>
            SUBJECT_NP.exec(
              part.replace(
                /^\s*(?:and|but|et|mais|y|pero|und|aber|e|ma|mas|par contre|en revanche|cependant|however|sin embargo|jedoch|però|porém|contudo)\s+/iu,
                '',
              ),
            ) ??
            // English plurals need no article: "Mains were just average", "Tables are squeezed so close together".
            ((options.language ?? 'en') === 'en' ? BARE_PLURAL_SUBJECT.exec(part) : null),
        )
        .filter((m): m is RegExpExecArray => m !== null);
      for (const subject of subjects) {
        // People are not points ("my husband was sick"), nor are pronouns.
        if (
          !/^(?:it|this|that|they|we|everything|all|rest|resto|reste|girl|guy|lady|man|woman|boy|lad|bloke|people|girl at the \w+|guy at the \w+|lady at the \w+|man at the \w+|woman at the \w+|server|waiter|waitress|waiters|servers|barista|host|hostess|manager|receptionist|chef|owner|serveur|serveuse|serveurs|camarer[oa]s?|kellner\w*|camerier[ei]|cameriera|empregad[oa]s?|garcon|recepcionista|gerente|ca|cela|todo|alles|tutto|tudo|service|staff|team|husband|wife|partner|son|daughter|kids?|children|child|baby|friends?|mum|mom|dad|mother|father|family|parents|boyfriend|girlfriend|mari|femme|fils|fille|enfants?|marido|mujer|esposa|hijos?|hijas?|ninos|mann|frau|sohn|tochter|kinder|kind|marito|moglie|figli[oa]?|bambini|filh[oa]s?|criancas?)$/iu.test(
            fold(subject[1]!.trim()),
          )
        ) {
          const phrase = cleanPhrase(subject[1]!);
          const covered = points.some((p) => fold(phrase).includes(fold(p.text)) || fold(p.text).includes(fold(phrase)));
          if (phrase && phrase.length <= 40 && !covered)
            add({
              aspect: 'product',
              polarity: mixedClause ? partPolarity(clause, clause.indexOf(phrase), polarity) : polarity,
              text: phrase,
            });
        }
      }
      // "la mousse au chocolat (7,50 €) n'était pas dedans", "the dips were missing": missing, said after the thing.
      for (const m of clause.matchAll(MISSING_AFTER)) {
        const thing = m[1]!.trim();
        if (thing.length > 40 || exclude.has(thing.toLowerCase()) || NOT_A_THING.has(fold(thing))) continue;
        // "a client an invoice that was missing…": a relative clause's subject, not the thing that was missing.
        if (/\s(?:that|which|who|que|qui|che|die|der|das|den|dem)$/iu.test(thing)) continue;
        const known = points.find((p) => !p.person && (fold(p.text) === fold(thing) || fold(thing).endsWith(fold(p.text))));
        if (known) {
          known.text = thing.length > known.text.length ? thing : known.text;
          known.detail = 'missing';
          known.polarity = 'negative';
        } else add({ aspect: 'product', polarity: 'negative', text: thing, detail: 'missing' });
      }
      // What they ordered, bought, tried or call the best, even when no word list knows it.
      for (const { text: thing, missing } of chosenThings(clause, options.language ?? 'en')) {
        if (thing.length > 40 || exclude.has(thing.toLowerCase())) continue;
        // "ohne ein Wort der Entschuldigung", "without a word", "sans un mot": no thing was missing.
        if (missing && NOT_MISSED.test(fold(thing))) continue;
        // "forgot your customers in Austria": people forgotten are a grievance, not a missing thing.
        if (
          missing &&
          /^(?:(?:your|our|the|their) )?(?:customers?|clients?|users?|people|guests?|us|me|kunden|clientes?|clienti)(?: |$)/u.test(
            fold(thing),
          )
        )
          continue;
        if (missing) {
          // What was missing is the complaint, even if a word list already named it.
          const known = points.find((p) => !p.person && fold(p.text) === fold(thing));
          if (known) {
            known.detail = 'missing';
            known.polarity = 'negative';
          } else add({ aspect: 'product', polarity: 'negative', text: thing, detail: 'missing' });
          continue;
        }
        // "smoked wings" says more than the listed "wings": the longer name replaces it.
        const shorter = points.find(
          (p) => p.aspect === 'product' && !p.person && fold(thing).includes(fold(p.text)) && fold(thing) !== fold(p.text),
        );
        if (shorter) {
          shorter.text = thing;
          continue;
        }
        const covered = points.some((p) => fold(thing).includes(fold(p.text)) || fold(p.text).includes(fold(thing)));
        if (!covered)
          add({ aspect: 'product', polarity: mixedClause ? partPolarity(clause, clause.indexOf(thing), polarity) : polarity, text: thing });
      }
      // The things an overruled clause named take the verdict after its "but" as their detail ("steak", "overcooked").
      const overruledDetail = overruled ? DETAIL.exec(after)?.[1]?.toLowerCase() : undefined;
      if (overruledDetail)
        for (const point of points.slice(firstPoint))
          if (!point.person && !point.detail && (point.aspect === 'product' || point.aspect === 'room' || point.aspect === 'quality'))
            point.detail = overruledDetail;
    }
  });
  // Nothing specific from the word lists: say back their own content words.
  // (How they paid is not what they said: "Paid with PayPal, … the navy wedges were out of stock".)
  const specific = points.filter(
    (p) =>
      !p.person &&
      p.aspect !== 'service' &&
      p.aspect !== 'wait' &&
      p.aspect !== 'price' &&
      !(p.aspect === 'billing' && PAYMENT_METHOD.test(fold(p.text))),
  );
  if (specific.length < 2 && options.fallback !== false) {
    const handled = [...fold(text).matchAll(HANDLED_INPUT), ...fold(text).matchAll(DENIED_PROBLEM)].map((m) => m[0]);
    for (const sentence of sentences.slice(0, 4)) {
      const polarity = polarityOf(sentence);
      const foldedSentence = fold(sentence);
      const mixed = PRAISE.test(foldedSentence) && (PROBLEM.test(foldedSentence) || TROUBLE.test(foldedSentence));
      // "PEACH COBBLER." said alone: a sentence of one to three content words is the thing itself.
      const bare = sentence.replace(/[\p{Extended_Pictographic}\uFE0F.!]+/gu, '').trim();
      const words = bare.split(/\s+/u);
      // Shouted ("PEACH COBBLER.") or with emoji ("brisket 🔥"), and no verb ("posting pics" is what they do).
      const lone =
        /^[\p{L}' -]{4,40}$/u.test(bare) &&
        (bare === bare.toUpperCase() || /\p{Extended_Pictographic}/u.test(sentence)) &&
        words.length <= 3 &&
        words.every((w) => !/(?:ing|ed)$/iu.test(w)) &&
        words.every((w) => w.length >= 3 && !isStopWord(fold(w), options.language ?? 'en') && !NOT_A_THING.has(fold(w)))
          ? [bare === bare.toUpperCase() ? bare.toLowerCase() : bare]
          : [];
      for (const chunk of [...lone, ...contentChunks(sentence, options.language ?? 'en')].slice(0, 1)) {
        if (points.some((p) => fold(chunk).includes(fold(p.text)) || fold(p.text).includes(fold(chunk)))) continue;
        // "Herrn Keller" is the Herr Keller already named.
        if (
          points.some(
            (p) =>
              p.person &&
              fold(chunk)
                .split(/[^\p{L}]+/u)
                .includes(fold(p.person.split(' ').pop()!)),
          )
        )
          continue;
        if (handled.some((words) => words.includes(fold(chunk)))) continue;
        if (exclude.has(chunk.toLowerCase())) continue;
        // "malades comme des chiens", "sick as a dog": a simile is no thing of theirs.
        // (A fixed pattern on the words before the chunk: a pattern built per chunk was compiled thousands of times.)
        if (SIMILE_BEFORE.test(sentence.slice(0, Math.max(0, sentence.indexOf(chunk))))) continue;
        add({ aspect: 'product', polarity: mixed ? partPolarity(sentence, sentence.indexOf(chunk), polarity) : polarity, text: chunk });
        if (points.filter((p) => !p.person).length >= 3) break;
      }
    }
  }
  // "Réservation à 20h, installés à 20h45", "booked for 7pm, seated at 7:40", "ordered pickup at
  // 6:10 … walked out at 7:05": the wait is the gap between the two times.
  // The booking's time and the seating's may be two sentences apart ("Booked for 7pm. Didn't get seated til 7:50").
  if (!points.some((p) => p.aspect === 'wait' && p.amount)) {
    const pairs = sentences.slice(0, -1).map((sentence, i) => `${sentence} ${sentences[i + 1]}`);
    for (const sentence of [...sentences, ...pairs.filter((pair) => SEATED.test(fold(pair)) || CAME_AT.test(fold(pair)))]) {
      if (
        !/(?:reserv|(?<![\p{L}])resa(?![\p{L}])|(?<![\p{L}])rezza?(?![\p{L}])|book|prenot|table for|tisch|order|pick ?up|commande|pedido|pedi|bestell|ordin|encomend)/u.test(
          fold(sentence),
        )
      )
        continue;
      // "booked for 7 … seated until 7:45": a bare hour after "for"/"at" is a time too.
      const times = [
        ...fold(sentence).matchAll(
          /(?<![\p{L}\d])(\d{1,2})(?:(?:h|:)(\d{2})?|\s?(am|pm))(?![\p{L}\d])|(?<=(?<![\p{L}])(?:for|at|pour|a|para las|a las|fur|um|per le|alle|para as|as) )([01]?\d|2[0-4])(?![\p{L}\d:.,%])(?! (?:people|persons|guests|personnes|personas|personen|persone|pessoas|of us|adults|kids))/gu,
        ),
      ].map((m) => {
        if (m[4]) return Number(m[4]) * 60;
        let hours = Number(m[1]);
        if (m[3] === 'pm' && hours < 12) hours += 12;
        return hours * 60 + Number(m[2] ?? 0);
      });
      // "7pm … seated til 7:50": a later time without "pm" is in the same half of the day.
      // "pickup for 6:30 … showed up 6:35, food wasn't ready till 7:10": three times in order, the wait runs first to last.
      const ends =
        times.length === 2 ? times : times.length === 3 && times[0]! <= times[1]! && times[1]! <= times[2]! ? [times[0]!, times[2]!] : [];
      const gap = ends.length === 2 ? (ends[1]! < ends[0]! && ends[1]! < 720 ? ends[1]! + 720 : ends[1]!) - ends[0]! : 0;
      if (gap >= 15 && gap <= 180) {
        points.push({ aspect: 'wait', polarity: 'negative', text: `${gap} min`, amount: `${gap} min` });
        break;
      }
    }
  }
  // "the wrap was soggy": the word that says what was wrong with a thing named elsewhere in the sentence.
  if ((options.language ?? 'en') === 'en') {
    for (const point of points) {
      if (point.detail || point.person || (point.aspect !== 'product' && point.aspect !== 'room' && point.aspect !== 'quality')) continue;
      const head = point.text
        .split(' ')
        .pop()!
        .replace(/[^\p{L}-]/gu, '');
      if (head.length < 3) continue;
      const word = afterHead(text, head, HEAD_VERB_VERDICT, true)?.group.toLowerCase();
      if (word && DETAIL.test(word) && !point.text.toLowerCase().includes(word)) point.detail = word;
    }
  }
  // "les desserts étaient froids", "la sopa llegó fría": the verdict after the verb goes with the thing in French, Spanish, Italian, Portuguese.
  if (['fr', 'es', 'it', 'pt', 'de'].includes(options.language ?? '')) {
    const foldedText = foldWithMap(text);
    for (const point of points) {
      if (
        point.detail ||
        point.person ||
        (point.aspect !== 'product' &&
          point.aspect !== 'room' &&
          point.aspect !== 'quality' &&
          point.aspect !== 'booking' &&
          point.aspect !== 'staff' &&
          point.aspect !== 'packaging')
      )
        continue;
      const head = fold(
        point.text
          .split(' ')
          .pop()!
          .replace(/[^\p{L}-]/gu, ''),
      );
      if (head.length < 3) continue;
      const near = afterHead(foldedText.folded, head, HEAD_ROMANCE_VERDICT, false);
      const word = near?.group;
      if (word && VERDICT_AFTER_NOUN.test(word)) {
        // The word as written: folding can change lengths ("bœuf" → "boeuf"), so offsets go through the map.
        const end = near.end;
        point.detail = text.slice(foldedText.map[end - word.length]!, foldedText.map[end]!);
      }
    }
  }
  // "la camera era sporca": the verdict said with its thing is not a point of its own as well.
  // "tough as shoe leather", "tasted like cardboard": the thing of a simile is no thing of theirs;
  // nor the foot of '"5-7 days" my foot', disbelief in a promise quoted.
  // ("under the pastry counter": a counter or cabinet named by what it holds is a place, not the thing.)
  const unlikened = points.filter(
    (p) =>
      p.person ||
      (!onlyInSimiles(text, p.text) &&
        !(/^foot$/iu.test(p.text) && /["”’']\s*my foot(?![\p{L}])/iu.test(text)) &&
        !(p.aspect === 'product' && onlyAsAPlace(text, p.text))),
  );
  const verdicts = new Set(unlikened.filter((p) => p.detail && !p.person).map((p) => fold(p.detail!)));
  const kept = unlikened.filter(
    (p) =>
      !((p.aspect === 'cleanliness' || p.aspect === 'temperature' || p.aspect === 'noise') && verdicts.has(fold(p.text))) &&
      // "Serveuse désagréable" is a point; "le serveur était adorable" is a person, not a thing they had.
      // (A member of staff in a grievance is its point: "la dependienta estuvo todo el rato con el móvil".)
      !(p.aspect === 'staff' && !p.person && !p.detail && p.polarity !== 'negative') &&
      // "Brisket was solid too": a capital at a sentence's start that the word lists know as a thing is no name.
      !(p.person && points.some((q) => !q.person && fold(q.text) === fold(p.person!))),
  );
  // "the air conditioning rattled": the noise said as a noun ("the rattling").
  for (const point of kept) {
    // "las de cuña de yute" (the wedge ones): said back as the wedge itself ("la cuña de yute").
    if (point.aspect === 'product' && /^(?:(?:las|unas|los|unos)\s+)?de\s+cu[nñ]a/iu.test(point.text))
      point.text = point.text.replace(/^(?:(?:las|unas|los|unos)\s+)?de\s+/iu, '');
    // "2 lbs brisket", "500g de queso": the unit of an amount is not part of the thing.
    if (
      point.aspect === 'product' &&
      /^(?:lbs?|pounds?|oz|ounces?|kg|kilos?|g|grams?|grammes?|gramos?|litres?|liters?|l|ml|cl|pints?|x)\s+(?:(?:de|of|di|do|da)\s+)?\p{L}/iu.test(
        point.text,
      )
    )
      point.text = point.text.replace(/^\p{L}+\s+(?:(?:de|of|di|do|da)\s+)?/u, '');
    // "alpargatas azul-marinho tamanho (37)": the size word left at the end goes with its number, not the thing.
    if (point.aspect === 'product' && / (?:tamanho|talla|taille|taglia|size|gr(?:o|ö)(?:ss|ß)e|numero|número)$/iu.test(point.text))
      point.text = point.text.replace(/ \p{L}+$/u, '');
    // "WHAT HAPPENED TO THE RIBS", "straight up COLD": shouting is not how the thing is named back (PDF, BBQ, SMS stay).
    if (!point.person && /^[\p{Lu}'’&\s-]{3,}$/u.test(point.text) && !ACRONYM.test(fold(point.text))) point.text = point.text.toLowerCase();
    const sound = point.aspect === 'noise' ? /^(squeak|creak|rattl)(?:s|es|ed|ing|y)?$/iu.exec(point.text) : null;
    if (sound) point.text = `${sound[1]!.toLowerCase()}ing`;
    // "They got my order wrong", "our order came out wrong": the wrong order.
    if (point.aspect === 'order' && /^orders?$/iu.test(point.text)) {
      point.text = 'wrong order';
      point.polarity = 'negative';
    }
    // "Renewed me for another year", "renouvelé sans prévenir": the renewal, said as a noun.
    if (point.aspect === 'billing') {
      const renewal: Record<string, string> = {
        renewed: 'renewal',
        'auto-renewed': 'renewal',
        autorenewed: 'renewal',
        renouvele: 'renouvellement',
        renovado: 'renovación',
        renovada: 'renovação',
        verlangert: 'Verlängerung',
        rinnovato: 'rinnovo',
      };
      const noun = renewal[fold(point.text)];
      if (noun) {
        point.text = noun;
        point.polarity = 'negative';
      }
    }
    // "addebitato due notti in più", "charged us for two extra nights": the charge, said as a noun.
    if (point.aspect === 'billing') {
      const charged = /^(?:(?:charged|billed) (?:me |us )?(?:for )?|addebitat[oaie] |factur\p{L}* |cobrad[oa]s? )(.+)$/iu.exec(point.text);
      if (charged && /nights?|nott[ei]|nuits?|noches?/iu.test(charged[1]!)) {
        const rest = charged[1]!;
        point.text = /^(?:charged|billed)/iu.test(point.text)
          ? `charge for ${rest.replace(/^(?:an?|one) /iu, '')}`
          : /^addebit/iu.test(point.text)
            ? `addebito di ${rest}`
            : /^factur/iu.test(point.text)
              ? `facturation de ${rest}`
              : `cobro de ${rest}`;
      }
    }
    // "hellhörig", "mal insonorisée": the walls letting sound through, said as a noun.
    if (point.aspect === 'noise') {
      const f = fold(point.text);
      if (f.startsWith('hellhorig')) point.text = 'Hellhörigkeit';
      else if (f.startsWith('insonoris')) point.text = 'insonorisation';
      else if (/^insonorizzat/u.test(f)) point.text = 'insonorizzazione';
      else if (/^insonoriz/u.test(f)) point.text = options.language === 'pt' ? 'isolamento acústico' : 'insonorización';
    }
  }
  // "The air conditioning rattled all night": one fault, "the rattling air conditioning", not two.
  for (const sound of [...kept]) {
    if (sound.aspect !== 'noise' || !/^(?:rattl|squeak|creak)ing$/u.test(sound.text)) continue;
    const thing = kept.find(
      (p) =>
        p !== sound &&
        !p.person &&
        !p.detail &&
        new RegExp(`${p.text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\s+(?:\\p{L}+\\s+)?${sound.text.slice(0, 5)}`, 'iu').test(text),
    );
    if (!thing) continue;
    thing.detail = sound.text;
    thing.polarity = 'negative';
    kept.splice(kept.indexOf(sound), 1);
  }
  // "Tables are squeezed": the tables, said cramped.
  for (const point of kept) {
    const crowded = /^(tables?)\s+(?:are |were )?(?:crammed|cramped|squeezed)/iu.exec(point.text);
    if (point.aspect === 'access' && crowded) {
      point.text = crowded[1]!;
      point.detail = 'cramped';
      point.polarity = 'negative';
    }
  }
  // A smell is a grievance unless it is praised ("smells amazing", "a lovely scent of bread").
  const praisedSmell =
    /(?:smells? (?:so |really )?(?:amazing|great|lovely|nice|good|divine|incredible|heavenly)|(?:lovely|nice|great|amazing|gorgeous|beautiful|wonderful|delicious|fresh) (?:smell|scent|aroma)|sent (?:tellement )?bon|huele (?:muy )?bien|riecht (?:so )?gut|profuma|cheira (?:muito )?bem)/iu.test(
      text,
    );
  for (const point of kept) {
    if (point.aspect !== 'quality' || !SMELL_WORD.test(fold(point.text))) continue;
    if (!praisedSmell) point.polarity = 'negative';
    // "smelled of smoke" → "smell of smoke".
    const english = /^smel(?:led|lt|ls|ling|ly) (?:strongly |badly |really |so )?(?:of|like) (.+)$/iu.exec(point.text);
    if (english) point.text = `smell of ${english[1]}`;
    // Said as a noun: "nach Gas gerochen" → "Gasgeruch", "sentait le gaz" → "odeur de gaz", "olía a gas" → "olor a gas".
    const german = /nach (\p{L}+) (?:gerochen|riecht|roch|gestunken|stinkt)/iu.exec(point.text);
    if (german) point.text = `${german[1]!.charAt(0).toUpperCase()}${german[1]!.slice(1).toLowerCase()}geruch`;
    const romance = /^(?:sentait l[ea]|olia a|olía a|cheirava a) (\p{L}+)$/iu.exec(point.text);
    if (romance) {
      const lead = /^sentait/iu.test(point.text) ? 'odeur de' : /^chei/iu.test(point.text) ? 'cheiro a' : 'olor a';
      point.text = `${lead} ${romance[1]}`;
    }
  }
  // "Tardaron dos semanas en llegar", "a mis deux semaines à arriver", "demorou duas semanas a chegar":
  // how long it took to come, as a delay with its length.
  const tookToCome = TOOK_TO_COME.exec(fold(text));
  if (tookToCome && !kept.some((p) => p.aspect === 'wait' && p.amount) && kept.length < 8) {
    const at = fold(text).indexOf(tookToCome[1]!);
    const amount = text.slice(at, at + tookToCome[1]!.length);
    kept.push({ aspect: 'wait', polarity: 'negative', text: amount, amount, detail: 'delay' });
  }
  // "Super comfortable right out of the box", "muy cómodas": comfort said of what they wear or sit
  // on, with no thing named beside it, is the point itself, said as a noun.
  // ("lo cómodas que son": the adjective itself is no thing, "las cómodas" would be chests of drawers.)
  for (const adjective of kept.filter((p) => COMFORT_WORD.test(fold(p.text)))) kept.splice(kept.indexOf(adjective), 1);
  for (const sentence of sentencesOf(text)) {
    const folded = fold(sentence);
    if (!COMFORT.test(folded) || kept.length >= 6) continue;
    if (kept.some((p) => p.aspect !== 'safety' && folded.includes(fold(p.text)))) continue;
    const noun = COMFORT_NOUN[replyLang(options.language ?? 'en')] ?? 'comfort';
    if (!kept.some((p) => p.text === noun)) kept.push({ aspect: 'quality', polarity: polarityOf(sentence), text: noun });
  }
  // "chegaram ao Porto em 2 dias 👏": a parcel that came fast is praise of the delivery, said as a noun.
  // (search ignores the pattern's global flag and its lastIndex, which read.ts's replace needs.)
  if (fold(text).search(FAST_DELIVERY) >= 0 && kept.length < 6 && !kept.some((p) => p.aspect === 'delivery' && p.polarity === 'negative')) {
    const noun = FAST_DELIVERY_NOUN[replyLang(options.language ?? 'en')] ?? 'quick delivery';
    if (!kept.some((p) => p.text === noun)) kept.push({ aspect: 'delivery', polarity: 'positive', text: noun });
  }
  // "asked you to delete my account and all my data under GDPR": their deletion request is the point, said as a noun.
  if (DATA_DELETION.test(fold(text)) && kept.length < 8) {
    const noun = DATA_DELETION_NOUN[replyLang(options.language ?? 'en')] ?? 'data deletion request';
    for (const p of kept.filter((q) =>
      /^(?:account|data|receipt|konto|daten|compte|donnees|cuenta|datos|conta|dados|dati)$/iu.test(fold(q.text)),
    ))
      kept.splice(kept.indexOf(p), 1);
    if (!kept.some((p) => p.text === noun)) kept.unshift({ aspect: 'app', polarity: 'negative', text: noun });
  }
  // "the old ones lasted much longer", "me duraban bastante más", "halten nicht lange": how long a thing lasts
  // is the point, said as a noun ("the durability", "la durabilidad").
  for (const sentence of sentencesOf(text)) {
    const folded = fold(sentence);
    if (!DURABILITY.test(folded) || kept.length >= 6) continue;
    const noun = DURABILITY_NOUN[replyLang(options.language ?? 'en')] ?? 'durability';
    if (!kept.some((p) => p.text === noun)) kept.push({ aspect: 'quality', polarity: 'negative', text: noun });
  }
  // "The color in the photos is a lovely sage green. What arrived is basically grey.": praise of the
  // listing is what they expected; what came is the fault.
  if (AS_PICTURED.test(fold(text)) && AS_RECEIVED.test(fold(text))) {
    for (const sentence of sentencesOf(text)) {
      if (!AS_PICTURED.test(fold(sentence))) continue;
      for (const point of kept) {
        if (point.polarity === 'positive' && !point.person && sentence.includes(point.text) && !AS_PICTURED_WORD.test(fold(point.text)))
          point.polarity = 'negative';
      }
    }
  }
  // "Would love a dark mode", "please add a Linux version": a thing wished for is neither praised nor faulted.
  const wishes = wishedThings(text);
  if (wishes.length > 0) {
    const foldedWhole = fold(text);
    for (const point of kept) {
      if (point.person) continue;
      const at = foldedWhole.indexOf(fold(point.text));
      if (at >= 0 && wishes.some((w) => at >= w.start && at < w.end)) {
        point.polarity = 'neutral';
        point.detail = 'wish';
      }
    }
    for (const wish of wishes) {
      if (kept.some((p) => p.detail === 'wish' && wish.thing.toLowerCase().includes(p.text.toLowerCase()))) continue;
      // Nothing the word lists know there: the words themselves ("a Linux version").
      if (points.length < 8 && /\p{L}{3,}/u.test(wish.thing))
        kept.push({ aspect: 'product', polarity: 'neutral', text: wish.thing, detail: 'wish' });
    }
  }
  // "Chambre propre mais très bruyante", "camera pulita ma datata": "clean" said plainly is praise of the
  // cleanliness, whatever the rest of the clause complains of (unless negated: "pas propre", "not clean").
  const foldedText = fold(text);
  for (const point of kept) {
    if (point.aspect !== 'cleanliness' || !CLEAN_WORD.test(fold(point.text).trim())) continue;
    const word = fold(point.text).trim();
    const at = foldedText.indexOf(word);
    const before = at >= 0 ? foldedText.slice(Math.max(0, at - 24), at) : '';
    const after = at >= 0 ? foldedText.slice(at + word.length, at + word.length + 30) : '';
    const negation =
      /(?<![\p{L}])(?:not|never|n'?t|pas|plus|no|nicht|kein\w*|non|nao|nem|ni|nunca|jamais|mai|nie|hardly|barely|less than|wasn'?t|weren'?t|isn'?t|aren'?t)(?![\p{L}])/u;
    // ("a clean fork is not too much to ask": in English a "clean" before its noun is what they wanted.)
    const said =
      word !== 'clean' || /(?:was|were|is|are|so|very|really|super|spotlessly|immaculately|perfectly|nice and|and|,)\s*$/u.test(before);
    if (said && !negation.test(before.split(/[.!?]/u).pop() ?? '') && !negation.test(after.split(/[.!?]/u)[0] ?? ''))
      point.polarity = 'positive';
  }
  // "on nous a compté deux fondants qu'on n'a jamais eus": the charge for what they never had is the point.
  const billedNeverHad = chargedNeverHad(text);
  if (billedNeverHad && !kept.some((p) => p.aspect === 'billing' && p.polarity === 'negative')) {
    // (The verb and its things, cut out by the fallback chunker, are the same charge: "cobraron dos cafés".)
    const said = fold(billedNeverHad.text).split(' ').slice(2).join(' ');
    for (const p of kept.filter((q) => q.aspect === 'product' && fold(q.text).endsWith(said))) kept.splice(kept.indexOf(p), 1);
    kept.unshift(billedNeverHad);
  }
  // "What happened to the ribs? They were tough as shoe leather and cold in the middle.": a sentence
  // opening on "it" or "they" that says a defect is about the thing the sentence before named.
  if ((options.language ?? 'en') === 'en') pronounDefects(text, kept);
  // "I wish there was…": the wish's own words are no thing.
  const things = kept.filter((p) => !/^(?:wish|would|please|hope)(?![\p{L}])/iu.test(p.text));
  return withSituations(text, things).slice(0, 8);
}

/**
 * A charge for things they never had, in French, Spanish, Italian and Portuguese (English is said
 * by the replies' own clause): "on nous a compté deux fondants qu'on n'a jamais eus" → "facturation de
 * deux fondants" (said "la facturation de deux fondants").
 */
const CHARGED_NEVER_HAD: { pattern: RegExp; noun: string }[] = [
  {
    pattern:
      /(?:on (?:nous a|m'a)|ils nous ont|vous nous avez|on nous avait)\s*(?:compte|facture|fait payer)e?s?\s+((?:deux|trois|quatre|un|une|des|\d+)\s+[\p{L}' -]{3,40}?)\s*,?\s+(?:qu'on|que nous|que je|qu'ils?|qu'elles?)\s+(?:n'|ne\s+)?(?:a|avons|ai|ont)?\s*(?:jamais|pas)\s/u,
    noun: 'facturation de',
  },
  {
    pattern:
      /(?:nos|me)\s+(?:cobraron|cobrasteis|han cobrado|habeis cobrado|cobro)\s+((?:dos|tres|cuatro|un|una|unos|unas|\d+)\s+[\p{L} -]{3,40}?)\s*,?\s+que\s+(?:no|nunca)\s/u,
    noun: 'cobro de',
  },
  {
    pattern:
      /(?:ci|mi)\s+hanno\s+(?:fatto pagare|addebitato|messo in conto|contato)\s+((?:due|tre|quattro|un|una|uno|dei|delle|\d+)\s+[\p{L}' -]{3,40}?)\s*,?\s+(?:che\s+(?:non|mai)|mai)\s/u,
    noun: 'addebito di',
  },
  {
    pattern:
      /(?:cobraram-(?:nos|me)|(?:nos|me)\s+cobraram)\s+((?:dois|duas|tres|um|uma|uns|umas|\d+)\s+[\p{L} -]{3,40}?)\s*,?\s+que\s+(?:nunca|nao)\s/u,
    noun: 'cobrança de',
  },
];

function chargedNeverHad(text: string): Point | undefined {
  const folded = foldWithMap(text);
  for (const { pattern, noun } of CHARGED_NEVER_HAD) {
    const m = pattern.exec(folded.folded);
    if (!m) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const thing = text.slice(folded.map[start]!, folded.map[start + m[1]!.length]!).trim();
    return { aspect: 'billing', polarity: 'negative', text: `${noun} ${thing}` };
  }
  return undefined;
}

/** Words that wish for a thing (folded), ending where the thing begins: "would love a", "please add", "j'aimerais un". */
const WISH_LEAD =
  "(?<![\\p{L}])(?:(?:only |just |really )?wish (?:the|your) (?:\\p{L}+ ){1,3}?(?:had|supported|offered|would (?:add|support|offer|have)|could (?:do|add|have)) |(?:would|'d|wd) (?:really |so |absolutely )?love (?:to (?:see|have|get) )?|(?:i |we )?wish (?:you (?:had|would add|did) |there (?:was|were) |it (?:had|could do) |they (?:had|would add) )|please (?:add|bring back|bring|make|consider)|(?:it )?(?:would|will) be (?:great|nice|good|amazing|awesome|cool|handy|useful) (?:if (?:you|it|there) (?:had|added|could add|was|were) |to (?:have|see|get) )|(?:hope|hoping) (?:you|they) (?:add|bring|introduce|make|get)|hoping for|(?:can|could) you (?:please )?(?:add|bring back|make)|feature request:?|only (?:thing )?missing (?:is|:)|(?:j'aimerais|j'adorerais|on aimerait) (?:bien )?(?:avoir |voir )?|ce serait (?:bien|top|genial|super) (?:d'avoir|de pouvoir avoir)|il (?:ne )?manque (?:juste |seulement )?|me encantaria (?:tener |ver )?|ojala (?:hubiera|tuvierais|anadais|pongais)|(?:estaria|seria) (?:bien|genial|guay) tener|ich wunsche mir|(?:ware|waere) (?:schon|toll|super|klasse|praktisch),? wenn es|es fehlt (?:nur |noch )?|mi piacerebbe (?:avere |vedere )?|sarebbe (?:bello|utile|fantastico|comodo) avere|manca (?:solo |soltanto )?|adoraria (?:ter |ver )?|seria (?:otimo|bom|legal|util) ter|gostaria de ter|falta (?:so |apenas )?)\\s*(?:(?:a|an|the|some|more|un|une|des|le|la|les|el|los|las|unos|unas|ein|eine|einen|den|die|das|uno|una|il|lo|gli|um|uma|o|os|as|de|du|mehr|plus de|mas|piu|mais) )?";

/** What the listing showed: photos, pictures, the website, the description (six languages, folded). */
const AS_PICTURED = primed(
  /(?<![\p{L}])(?:in the (?:photos?|pictures?|images?|listing|advert|ad)|pictured|(?:on|from) (?:the|your) (?:website|site|listing|page)|advertised|described|sur (?:les|la) photos?|en (?:las|la) fotos?|auf (?:den|dem) (?:fotos?|bildern?|bild)|nelle foto|nas fotos|na foto)(?![\p{L}])/u,
);
/** What came or was seen in person (folded). */
const AS_RECEIVED =
  /(?<![\p{L}])(?:what (?:arrived|came|i got|we got|i received|we received|turned up)|arrived|in (?:real life|person|reality)|irl|actually|(?:ce qui|ce que j'ai) (?:est arrive|recu)|en vrai|en realidad|lo que (?:llego|recibi)|in wirklichkeit|was (?:ankam|geliefert wurde)|in realta|quello che e arrivato|o que chegou|na realidade)(?![\p{L}])/u;
const AS_PICTURED_WORD = /^(?:photos?|pictures?|images?|listing|website|site|page|fotos?|bilder|bild|foto)$/u;

/** How long a thing took to come, in five languages (folded); the length is captured. */
const TOOK_TO_COME = primed(
  /(?<![\p{L}])(?:tard(?:o|aron|aba|aban)|demor(?:o|aron|ou|aram)|(?:a|ont) mis|(?:ha|hanno|ci ha|ci hanno) messo|(?:hat|haben) (?:ganze |uber )?)\s*((?:dos|tres|cuatro|cinco|diez|quince|deux|trois|quatre|cinq|dix|quinze|due|tre|quattro|cinque|dieci|quindici|duas|tres|quatro|cinco|dez|quinze|zwei|drei|vier|funf|zehn|\d+) (?:dias|semanas|meses|jours|semaines|mois|giorni|settimane|mesi|tage|wochen|monate))(?: (?:en|a|para|pour|per|ad|da|para|bis))? (?:llegar|chegar|arriver|arrivare|ankommen|gedauert)/u,
);

/** Comfortable, in six languages (folded). */
const COMFORT = primed(
  /(?<![\p{L}])(?:comfortable|comfy|comodos?|comodas?|confortables?|bequem(?:e|er|en)?|comod[oaei]|confortave(?:l|is)|confortaveis)(?![\p{L}])/u,
);
/** A comfort adjective and nothing else ("cómodas"), built once for the reading's hot path. */
const COMFORT_WORD = primed(new RegExp(`^(?:${COMFORT.source})$`, 'u'));
/** A parcel that came within a few days (folded, six languages): "chegaram ao Porto em 2 dias 👏" is praise. */
export const FAST_DELIVERY =
  /(?<![\p{L}])(?:arrived|came|delivered|got here|chegaram|chegou|llegaron|llego|arrivee?s?|arrive|sont arrivees?|arrivat[oiae]|sono arrivat[oiae]|angekommen|geliefert|kamen|kam)(?: (?:ao|a|al|in|en|to|at|nach|à|a la|no|na) (?:\p{L}+ ){0,2})? ?(?:in|em|en|dans|entro|within|innerhalb von|binnen) (?:just |only |apenas |solo |seulement |nur )?(?:1|2|3|one|two|three|un|uno|una|um|uma|dos|tres|dois|duas|deux|trois|due|tre|zwei|drei|24|48) (?:days?|dias|jours|giorni|tagen?|hours?|horas|heures|ore|stunden)(?![\p{L}])/gu;

const FAST_DELIVERY_NOUN: Record<string, string> = {
  en: 'quick delivery',
  fr: 'livraison rapide',
  es: 'envío tan rápido',
  de: 'schnelle Lieferung',
  it: 'spedizione veloce',
  pt: 'entrega rápida',
};

/** A request to delete their account or data (folded, six languages). */
const DATA_DELETION = primed(
  /(?<![\p{L}])(?:(?:delete|deleted|deleting|erase|erased|remove|removed) (?:\p{L}+ ){0,4}(?:data|account)|(?:data|account) (?:\p{L}+ ){0,3}(?:deleted|erased|removed)|(?:right to |request for )?erasure|right to be forgotten|art(?:icle|\.|ikel)? ?17|(?:supprim|suppress|effac)\p{L}* (?:\p{L}+ ){0,4}(?:donnees|compte)|droit a l'oubli|(?:borr|elimin|suprim)\p{L}* (?:\p{L}+ ){0,4}(?:datos|cuenta)|derecho al olvido|(?:losch|entfern)\p{L}* (?:\p{L}+ ){0,4}(?:daten|konto|kontos)|(?:daten|konto)(?:s)? (?:\p{L}+ ){0,3}(?:zu )?(?:loschen|geloscht)|loschantrag|loschung|(?:cancell|elimin|rimuov)\p{L}* (?:\p{L}+ ){0,4}(?:dati|account)|diritto all'oblio|(?:apag|elimin|remov)\p{L}* (?:\p{L}+ ){0,4}(?:dados|conta))(?![\p{L}])/u,
);
const DATA_DELETION_NOUN: Record<string, string> = {
  en: 'data deletion request',
  fr: 'demande de suppression de vos données',
  es: 'solicitud de eliminación de datos',
  de: 'Löschantrag',
  it: 'richiesta di cancellazione dei dati',
  pt: 'pedido de eliminação de dados',
};

/** Lasting less than it should, or than another (folded, six languages). */
const DURABILITY = primed(
  /(?<![\p{L}])(?:(?:didn'?t|did not|don'?t|do not|won'?t|doesn'?t|does not) last|lasted (?:\p{L}+ ){0,2}(?:longer|less|only|barely)|(?:wore|worn) (?:out|through) (?:after|within|in)|dur(?:aban|aron|an|aba) (?:\p{L}+ )?(?:mas|menos|poco)|no (?:me )?(?:han |ha )?durad[oa]s?|(?:ne )?durent (?:pas|moins|peu)|(?:ont|a|avaient) dure (?:\p{L}+ )?(?:plus|moins|peu)|(?:halten|hielten|hielt|halt) (?:\p{L}+ )?(?:nicht|kaum|weniger|langer)(?: lange)?|durano (?:poco|meno|di piu)|(?:hanno|ha) durato (?:poco|meno|di piu)|duram (?:pouco|menos|mais)|duraram (?:pouco|menos|mais))(?![\p{L}])/u,
);
const DURABILITY_NOUN: Record<string, string> = {
  en: 'durability',
  fr: 'durabilité',
  es: 'durabilidad',
  de: 'Haltbarkeit',
  it: 'durata',
  pt: 'durabilidade',
};
const COMFORT_NOUN: Record<string, string> = {
  en: 'comfort',
  fr: 'confort',
  es: 'comodidad',
  de: 'Tragekomfort',
  it: 'comodità',
  pt: 'conforto',
};

/** The things a person wishes for, with where the wish and its thing sit in the folded text. */
function wishedThings(text: string): Array<{ start: number; end: number; thing: string }> {
  const foldedText = foldWithMap(text);
  const found: Array<{ start: number; end: number; thing: string }> = [];
  for (const m of foldedText.folded.matchAll(WISHED_THING)) {
    const start = m.index! + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    // The thing in the person's own letters, without a trailing "though", "too" or "please".
    const thing = text
      .slice(foldedText.map[start]!, foldedText.map[end]!)
      .replace(
        /\s+(?:though|too|as well|please|pls|soon|someday|one day|in the future|at some point|aussi|bitte|por favor|per favore|tambien|auch)$/iu,
        '',
      )
      .trim();
    // The rest of its clause belongs to the wish too ("a widget for the home screen").
    const rest = /[.!?;]|\s(?:but|mais|pero|aber|ma|mas)\s/u.exec(foldedText.folded.slice(end));
    found.push({ start: m.index!, end: rest ? end + rest.index : foldedText.folded.length, thing });
  }
  return found;
}

/** The thing after a wish: up to four words, to the end of the clause. */
const WISHED_THING = new RegExp(
  `${WISH_LEAD}((?:[\\p{L}\\p{N}-]+)(?: (?!(?:and|but|or|so|because|if|et|mais|y|pero|und|aber|e|ma|mas|for|to)(?![\\p{L}]))[\\p{L}\\p{N}-]+){0,3})`,
  'gu',
);

/**
 * The words after a thing that may say its verdict, up to a comma that starts the next thing:
 * "average breakfast, room a bit dated" does not make the breakfast dated ("the soup, cold and bland" keeps it).
 */
function afterThing(after: string): string {
  const list = /^([^,]*),\s*(\p{L}+)/u.exec(after);
  if (!list) return after;
  return new RegExp(`^(?:${DETAIL.source})$`, 'iu').test(list[2]!) ? after : list[1]!;
}

/** The languages the word lists are written in ('und': too short to tell, read as any of them). */
export const LIST_LANGUAGES: ReadonlySet<string> = new Set(['en', 'fr', 'es', 'de', 'it', 'pt', 'und']);

/** Short words of the lists that are common words of other languages (folded). */
const FALSE_FRIENDS = new Set([
  'dog',
  'dogs',
  'men',
  'god',
  'bad',
  'hot',
  'fin',
  'kind',
  'gift',
  'pet',
  'rat',
  'mist',
  'hell',
  'fast',
  'bar',
  'kat',
  'tea',
  'bed',
  'sur',
  'mal',
  'art',
  'bag',
]);

/** Verdicts said after the noun in French, Spanish, Italian, Portuguese (folded), kept with the thing. */
const VERDICT_AFTER_NOUN = primed(
  /^(?:froid|froide|froids|froides|tiede|tiedes|sec|secs|seche|seches|dur|durs|dure|dures|fade|fades|brule|brulee|brules|brulees|mou|molle|mous|molles|sale|sales|casse|cassee|casses|cassees|frio|fria|frios|frias|templad[oa]s?|sec[oa]s?|dur[oa]s?|quemad[oa]s?|sucio|sucia|sucios|sucias|rot[oa]s?|sos[oa]s?|fredd[oa]|freddi|fredde|tiepid[oa]|tiepidi|tiepide|secc[oa]|secchi|secche|bruciat[oa]|bruciati|bruciate|sporc[oa]|sporchi|sporche|rott[oa]|rotti|rotte|insipid[oa]|insipidi|insipide|morn[oa]s?|queimad[oa]s?|suj[oa]s?|partid[oa]s?|sem sabor|poussiereu(?:x|se|ses)|crasseu(?:x|se|ses)|polveros[oaie]|empoeirad[oa]s?|rasgad[oa]s?|manchad[oa]s?|macchiat[oaie]|tache(?:e|s|es)?|errad[oa]s?|equivocad[oa]s?|sbagliat[oaie]|scars[oaie]|escas[oa]s?|escass[oa]s?|maigres?|carissim[oaie]|carisim[oa]s?|hors de prix|fades?|insipid[oaie]|sosos?|sosas?|desagreables?|impolie?s?|grossiere?s?|antipatic[oaie]|antipatic[oa]s?|sgarbat[oaie]|scortes[ei]|maleducat[oaie]|groser[oa]s?|bordes?|mal-educad[oa]s?|abiert[oa]s?|aberta|abertas|ouverte?s?|apert[oaie]|danad[oa]s?|danificad[oa]s?|abime(?:e|s|es)?|endommage(?:e|s|es)?|ammaccat[oaie]|rott[oaie]|unfreundlich|unhoflich|frech|arrogant|genervt|lauwarm|versalzen|verbrannt|schmutzig|dreckig|kaputt)$/u,
);
