/**
 * French rules. Elisions are split before matching ("qu'on" → que on,
 * "j'aimerais" → je aimerais) and accents folded ("bientôt" → bientot).
 * French negation is mostly "pas"/"plus" after the verb, so "ne" alone is not
 * a negator and a short lookahead is used.
 */
import type { LanguageRules } from '../types.ts';

/** What people go out for: "un resto", "une bière", "un petit apéro", "une balade". */
const OUTING = [
  'cafe', 'kawa', 'the', 'verre', 'coup !de', 'pot !commun !de', 'fete !de !des !du', 'biere', 'bierre', 'binouze', 'mousse', 'apero', 'apero dinatoire', 'resto', 'restau', 'restaurant',
  'bouffe', 'repas', 'dej', 'dejeuner', 'ptit dej', 'petit dej', 'petit dejeuner', 'brunch', 'diner', 'soiree', 'sortie', 'cine', 'cinema', 'expo',
  'concert', 'balade', 'ballade', 'promenade', 'rando', 'randonnee', 'footing', 'jogging', 'tennis', 'foot', 'padel', 'squash', 'bowling', 'karaoke',
  'escape game', 'pique nique', 'barbecue', 'bbq', 'raclette', 'fondue', 'pizza', 'sushi', 'sushis', 'tapas', 'kebab', 'burger', 'bout !de',
  'facetime', 'visio', 'appel !a !de !au !aux', 'call', 'coup de fil', 'coup de tel', 'skype', 'zoom', 'week end', 'weekend', 'aprem',
  'partie !de !du !des', 'match', 'viree', 'escapade', 'petit verre', 'petite bouffe', 'cafe virtuel', 'point visio', 'point telephonique', 'point rapide', 'petit point !sur !de !du !des', 'point !sur !de !du !des !d !com !final !faible !fort !commun !noir !important !a !au !aux', 'verre en terrasse', 'terrasse',
  'cocktail', 'vin', 'petit vin', 'pinte', 'afterwork', 'after work', 'after !de !des !du', 'lunch', 'souper', 'happy hour', 'echange !de !des !du !standard', 'rencontre', 'rencontre informelle', 'rendez vous !chez !avec !pour !a !au !medical', 'gouter', 'crepe', 'crepes', 'soiree jeux', 'soiree film', 'film !de', 'spa', 'shopping', 'plage', 'piscine',
  // Drinks by name: "qu'on se boive une petite Orval", "on se prend un spritz".
  'spritz', 'mojito', 'pastis', 'ricard', 'bouteille', 'pression', 'chope', 'godet', 'tournee', 'orval', 'leffe', 'moules frites', 'poutine',
];

export const fr: LanguageRules = {
  code: 'fr',
  macros: {
    ADV: [
      'vraiment', 'absolument', 'trop', 'bien', 'vite', 'un jour', 'bientot', 'ensemble', 'encore', 'aussi', 'serieux', 'grave', 'beaucoup', 'tellement',
      'clairement', 'carrement', 'definitivement', 'peut etre', 'serieusement', 'de nouveau', 'enfin', 'tous les deux', 'toutes les deux', 'vite fait', 'tous', 'toutes', 'tous ensemble', 'toutes ensemble',
      'tout a fait', 'volontiers', 'bien sur', 'evidemment', 'totalement', 'largement', 'toujours',
    ],
    WE: ['on', 'nous', 'toi et moi', 'vous et moi'],
    // Outings that need "we": "on devrait sortir", but "j'ai envie de sortir" may be alone.
    ACT_WE: ['sortir !les !le !la !des !du !ton !ta !tes !mon !ma !mes !son !sa !ses !nos !vos !ce !cette !ces', 'aller marcher', 'se promener', 'aller courir', 'se balader', 'aller se balader', 'aller se promener', 'aller souper', 'souper ensemble', 'aller luncher', 'aller bruncher', 'bruncher ensemble'],
    MODAL: [
      'devrait', 'devrions', 'pourrait', 'pourrions', 'doit', 'doit absolument', 'va', 'devra', 'pourra', 'se', 'se fait', 'se voit', 'se fera',
      'pourrons', 'ira', 'devrais', 'pourrais', 'doit vraiment', 'doit trop', 'essaie de', 'essaye de', 'essaiera de', 'essayera de', 'tente de',
      'devrait essayer de', 'pourrait essayer de', 'doit essayer de', 'va essayer de', 'devrait tenter de',
    ],
    MUST_THAT: ['il faut que on', 'faut que on', 'il faudrait que on', 'faudrait que on', 'il faut absolument que on', 'faut absolument que on', 'faut vraiment que on', 'il faut vraiment que on', 'il faudra que on', 'faudra que on', 'je veux que on', 'jaimerais que on', 'je aimerais que on', 'je aimerais trop que on', 'je aimerais beaucoup que on', 'je voudrais que on', 'ce serait bien que on', 'ce serait cool que on', 'jespere que on', 'je espere que on', 'ai hate que on', 'hate que on', 'je ai hate que on',
      // "Il faudrait vraiment qu'on": the impersonal "il" must stay inside the match, or it reads as a third party.
      ...cross(['il faut', 'il faudrait', 'il faudra'], ['vraiment', 'absolument', 'trop', 'grave', 'ben', 'bien', 'quand meme', 'juste', 'vraiment absolument', 'tellement', 'serieusement', 'carrement', 'clairement', 'definitivement'], ['que on']),
      'il serait temps que on', 'serait temps que on', 'il est temps que on', 'il est grand temps que on', 'il serait grand temps que on', 'ce est le moment que on'],
    ACT: [
      'se voir', 'se voie', 'se voit', 'se revoir', 'se revoie', 'se revoit', 'se retrouver', 'se retrouve', 'se capter', 'se capte', 'se parler',
      'se parle', 'se appeler', 'se appelle', 'se faire un cafe', 'se faire un resto', 'se faire un verre', 'se faire une bouffe', 'se faire un apero',
      'se faire une soiree', 'se faire un facetime', 'se faire une visio', 'se fait un cafe', 'se fait un resto', 'se fait un verre', 'se fait une bouffe',
      'se fait un apero', 'se fait une soiree', 'se fait un facetime', 'se fait une visio', 'se faire un ciné', 'se faire un cine', 'se fait un cine',
      'prendre un cafe', 'prenne un cafe', 'prendre un verre', 'prenne un verre', 'boire un verre', 'boire un cafe', 'boire un coup', 'aller boire un verre',
      'aller boire un coup', 'aller boire un cafe', 'dejeuner ensemble', 'diner ensemble', 'aller dejeuner', 'aller diner', 'sortir ensemble',
      'rattraper le temps perdu', 'rattrape le temps perdu', 'remettre ca', 'remette ca', 'remet ca', 'se connecter', 'echanger', 'discuter',
      'collaborer', 'organiser un call', 'organiser un appel', 'faire un call', 'faire un appel', 'faire un point', 'se faire un point',
      'se donner des nouvelles', 'passer un moment ensemble', 'jaser', 'jase', 'papoter', 'papote', 'bavarder', 'bavarde', 'se jaser',
      // "faut qu'on se pose", "on devrait se poser un de ces jours" (chill together), not "se poser la question".
      'se pose !la !les !des !une !un !cette !ces !sur !dessus !de !du !le !question !questions !trop !beaucoup', 'se poser !la !les !des !une !un !cette !ces !sur !dessus !de !du !le !question !questions !trop !beaucoup',
      'se poser un de ces', 'se poser un jour', 'se poser un moment', 'se poser un soir', 'se poser un week end', 'se pose un de ces', 'se pose un jour', 'se pose un moment', 'se pose un soir',
      'se rejoindre', 'se rejoigne', 'se telephoner', 'se telephone', 'se faire signe',
      // "on devrait organiser un truc tous ensemble", "on pourrait se prévoir quelque chose".
      ...['organiser', 'se organiser', 'prevoir', 'se prevoir', 'se faire', 'se caler', 'caler', 'planifier', 'se planifier', 'se refaire', 'refaire'].flatMap((verb) => ['un truc', 'quelque chose', 'un petit truc', 'qqch', 'un petit quelque chose'].map((thing) => `${verb} ${thing}`)), 'faire un truc ensemble', 'faire quelque chose ensemble',
      // Reconnecting: "qu'on reprenne contact", "on devrait se remettre à jour".
      'reprendre contact', 'reprenne contact', 'renouer le contact', 'renoue le contact', 'se remettre a jour', 'se remette a jour', 'se remettre au jus', 'se remette au jus',
      // Subjunctive after "qu'on": "ce serait bien qu'on échange", "ça vous dirait qu'on en discute de vive voix ?".
      'echange !de !des !nos !vos !les !le !la !mon !ma !mes !ton !ta !tes !un !une !quelques !plein !leurs !ses !son !sa !souvent !regulierement !par !tout !tous !beaucoup !trop !encore !juste', 'collabore', 'se rencontre', 'se rencontrer', 'en discute de vive voix', 'en parle de vive voix', 'en discute autour', 'en parle autour', 'en discute ensemble',
    ],
    DESIRE: [
      'je aimerais', 'je aimerais beaucoup', 'je aimerais bien', 'je aimerais trop', 'je adorerais', 'ca te dirait de', 'ca vous dirait de',
      'ca te dit de', 'ce serait sympa de', 'ce serait cool de', 'ce serait bien de', 'ce serait genial de', 'ce serait top de', 'je ai hate de',
      'ca me ferait plaisir de', 'ca me ferait tres plaisir de', 'je serais ravi de', 'je serais ravie de', 'je serais heureux de', 'je serais heureuse de',
      'ce serait un plaisir de', 'je serais honore de', 'je serais honoree de', 'je espere que on pourra', 'jespere que on pourra', 'je voudrais',
      'serais ravi de', 'serais ravie de', 'ravi de', 'ravie de', 'je suis partant pour', 'je suis partante pour', 'partant pour', 'partante pour',
      'auriez vous un moment pour', 'aurais tu un moment pour', 'seriez vous disponible pour', 'serais tu dispo pour', 'tu es dispo pour',
      'te es dispo pour', 'es tu dispo pour', 'seriez vous ouvert a', 'seriez vous ouverte a', 'serais tu partant pour',
      'seriez vous partant pour', 'seriez vous partante pour', 'seriez vous dispo pour', 'seriez vous disponibles pour', 'etes vous disponible pour',
      'etes vous dispo pour', 'es tu disponible pour', 'tu serais disponible pour', 'vous seriez disponible pour', 'serais tu disponible pour',
      'avez vous un moment pour', 'avez vous du temps pour', 'auriez vous du temps pour', 'as tu un moment pour', 'aurais tu du temps pour',
      'aurais tu un moment pour', 'auriez vous quelques minutes pour', 'je serais interesse par', 'je serais interessee par', 'je serais interesse de',
      'je serais interessee de', 'je serais tres interesse par', 'je serais tres interessee par', 'je suis preneur de', 'je suis preneuse de',
      'je serais preneur de', 'je serais preneuse de', 'serait il possible de', 'est il possible de', 'serait ce possible de', 'ce serait possible de',
      'ca serait possible de', 'je serais ravi de', 'au plaisir de', 'je me ferais un plaisir de', 'je me ferai un plaisir de', 'je serais enchante de',
      'je serais enchantee de', 'je serais curieux de', 'je serais curieuse de', 'je adorerais', 'je aimerais vraiment', 'je aimerais tellement',
      'je voudrais bien', 'je voudrais vraiment', 'je aimerai', 'je aimerai bien', 'jaimerai', 'jaimerais',
      'je aimerais beaucoup beaucoup', 'je adorerai', 'ca me plairait de', 'ca me plairait bien de', 'ca me dirait bien de', 'ca me tente de', 'je me verrais bien',
      'je suis ouvert a', 'je suis ouverte a', 'je serais ouvert a', 'je serais ouverte a', 'je suis partant pour', 'je suis chaud pour', 'je suis chaude pour',
      'je suis toujours partant pour', 'je suis toujours partante pour', 'ca nous ferait plaisir de', 'ca me ferait vraiment plaisir de', 'ca me ferait trop plaisir de',
      'ca me ferait super plaisir de', 'ca me ferait grand plaisir de', 'cela me ferait plaisir de', 'ce serait avec plaisir que je', 'je serais heureux de',
      'nous serions ravis de', 'nous serions heureux de', 'je serais tres heureux de', 'je serais tres heureuse de',
      'je souhaiterais', 'je souhaiterais beaucoup', 'je souhaiterais vivement', 'nous souhaiterions', 'je souhaite', 'je souhaitais', 'je aimerais vous proposer',
      'je voudrais vous proposer', 'je me permets de vous proposer', 'je souhaiterais vous proposer', 'je aimerais te proposer', 'je voulais te proposer',
      'je voulais vous proposer', 'puis je vous proposer', 'je vous propose', 'je te propose',
      // "Accepteriez-vous un petit échange ?", "je me permets de vous solliciter pour un échange".
      'accepteriez vous', 'accepteriez vous de', 'accepterais tu', 'accepterais tu de', 'vous accepteriez', 'vous accepteriez de', 'tu accepterais', 'tu accepterais de',
      'seriez vous de accord pour', 'accepteriez vous que je', 'accepterais tu que je', 'vous accepteriez que je', 'tu accepterais que je', 'seriez vous de accord que je', 'serais tu de accord que je', 'je me permets de vous solliciter pour', 'je me permets de te solliciter pour', 'je me permets de vous solliciter afin de', 'je souhaiterais vous solliciter pour',
    ],
    DESIRE_ACT: [
      'te voir', 'te revoir', 'vous voir', 'vous revoir', 'vous rencontrer', 'te rencontrer', 'se voir', 'se revoir', 'echanger', 'discuter',
      'prendre un cafe', 'boire un verre', 'boire un cafe', 'un cafe', 'un verre', 'un appel', 'un call', 'un echange', 'un court echange', 'collaborer',
      'vous demander conseil', 'te demander conseil', 'demander conseil', 'en discuter', 'en parler', 'parler', 'te parler', 'vous parler',
      'pouvoir discuter', 'pouvoir echanger', 'dejeuner', 'diner', 'un resto', 'un apero', 'une visio', 'un facetime', 'qu on se revoie', 'te appeler',
      'vous appeler', 'un cafe virtuel', 'se capter', 'te retrouver !ici !sur !parmi', 'vous retrouver !ici !sur !parmi', 'une collaboration', 'un partenariat', 'une rencontre',
      'un rendez vous', 'un rdv', 'un petit cafe', 'un petit echange', 'un echange telephonique', 'un echange informel', 'un appel rapide', 'un court appel',
      'un petit appel', 'un point', 'un petit point', 'une visio rapide', 'un dejeuner', 'un dej', 'un the', 'une biere', 'un apero', 'une bouffe', 'un brunch',
      'faire connaissance', 'faire votre connaissance', 'faire ta connaissance', 'echanger avec vous', 'echanger avec toi', 'discuter avec vous',
      'en echanger', 'travailler ensemble', 'bosser ensemble', 'travailler avec vous', 'travailler avec toi', 'vous entendre', 'avoir votre avis',
      'avoir votre regard', 'avoir votre retour', 'recueillir votre avis', 'beneficier de votre experience', 'en savoir plus sur votre parcours',
      'en savoir plus sur vos projets', 'en apprendre plus sur votre parcours', 'en savoir plus sur votre', 'en savoir plus sur vos', 'en savoir plus sur ton',
      'en savoir plus sur tes', 'en apprendre plus sur votre', 'en apprendre plus sur vos', 'en savoir davantage sur votre', 'en apprendre davantage sur votre', 'vous poser quelques questions', 'te poser quelques questions',
      'passer te voir', 'passer vous voir', 'venir te voir', 'venir vous voir', 'te rendre visite', 'vous rendre visite', 'se retrouver', 'se parler',
      'se reparler', 'se appeler', 'te revoir vite', 'se revoir vite', 'poursuivre la discussion', 'poursuivre cet echange', 'poursuivre nos echanges',
      'poursuivre notre echange', 'poursuivre notre discussion', 'continuer la discussion', 'continuer cette discussion', 'continuer notre discussion', 'en discuter plus longuement',
      'en parler plus longuement', 'en discuter de vive voix', 'en parler de vive voix', 'te recevoir', 'vous recevoir', 'te croiser', 'vous croiser',
      // "Serait-il possible d'organiser un court échange ?", "accepteriez-vous de partager votre expérience ?".
      ...['organiser', 'prevoir', 'planifier', 'caler', 'convenir de', 'fixer', 'programmer'].flatMap((verb) => ['un echange', 'un court echange', 'un petit echange', 'un appel', 'un call', 'un point', 'une visio', 'un rendez vous', 'une rencontre'].map((act) => `${verb} ${act}`)),
      ...cross(['vous pose', 'te pose', 'vous poser', 'te poser'], ['quelques questions', 'des questions', 'deux trois questions', 'deux ou trois questions', 'une ou deux questions']), 'vous appelle', 'te appelle',
      'partager votre experience', 'me partager votre experience', 'me partager votre parcours', 'me faire part de votre experience', 'me parler de votre parcours', 'me parler de votre metier', 'me presenter votre parcours', 'me parler de ton parcours',
    ],
    // What people go out for: "un resto", "une bière", "un petit apéro", "une balade".
    OUTING,
    // "Dis-moi quand t'es dispo pour un resto": an outing after "pour" is a reason to meet, not a task.
    FOOD: ['un', 'une', 'un petit', 'une petite', 'le', 'la'].flatMap((article) => OUTING.map((outing) => `${article} ${outing}`)),
    // Drinks and meals that only go with company after "j'aimerais prendre ...".
    DRINK: ['cafe', 'kawa', 'the', 'verre', 'coup !de', 'pot !commun !de', 'biere', 'bierre', 'binouze', 'apero', 'cocktail', 'petit cafe', 'petit verre', 'resto', 'dej', 'brunch', 'verre ensemble', 'cafe ensemble'],
    VISIT_WHEN_SOFT: ['un de ces jours', 'un de ces quatre', 'un de ces 4', 'un de ces week ends', 'a le occasion', 'un jour !sur !de !par !ou', 'quand tu veux', 'quand vous voulez', 'quand ca te dit', 'quand ca vous dit', 'cet ete', 'cet hiver', 'pendant les vacances', 'un week end', 'un weekend'],
    SERAIS: ['je serais', 'serais', 'je serais vraiment', 'je serais tres', 'je serais trop', 'je serais tellement', 'je serais super', 'nous serions', 'on serait', 'je serai vraiment'],
    GLAD: ['content', 'contente', 'heureux', 'heureuse', 'ravi', 'ravie', 'enchante', 'enchantee', 'honore', 'honoree', 'curieux', 'curieuse', 'interesse', 'interessee', 'ravis', 'contents', 'heureuses', 'partant', 'partante', 'chaud', 'chaude', 'dispo', 'disponible', 'ouvert', 'ouverte'],
    ASKIF: ['je voulais savoir si', 'je me demandais si', 'je voulais te demander si', 'je voulais vous demander si', 'dis moi si', 'est ce que'],
    AVAIL_Q: [
      'tu serais dispo', 'tu serais disponible', 'tu es dispo', 'tu etais dispo', 'vous seriez disponible', 'vous seriez dispo', 'vous etes disponible',
      'vous etiez disponible', 'tu serais partant', 'tu serais partante', 'tu serais chaud', 'tu serais chaude', 'tu serais libre', 'vous seriez ouvert',
      'vous seriez ouverte', 'vous seriez interesse', 'vous seriez interessee', 'tu serais interesse', 'tu serais interessee', 'tu serais ok', 'vous seriez partant',
      'vous seriez partante', 'tu es partant', 'tu es partante', 'tu es chaud', 'tu es chaude', 'tu etais partant', 'tu etais partante', 'tu aurais le temps',
      'vous auriez le temps', 'tu aurais un moment', 'vous auriez un moment',
    ],
    WHEN_WE: ['quand est ce que on', 'ce est quand que on', 'quand que on', 'quand est ce que nous', 'quand esce que on', 'quand es ce que on', 'quand est ce quon', 'ce est pour quand que on', 'on se voit quand', 'quand est ce que tu et moi'],
    // Articles and small adjectives before an outing: "un petit", "une bonne", "notre prochain".
    ART: [
      'un', 'une', 'des', 'le', 'la', 'les', 'un petit', 'une petite', 'un ptit', 'une ptite', 'un bon', 'une bonne', 'un vrai', 'une vraie', 'un autre',
      'une autre', 'notre', 'nos', 'un nouveau', 'une nouvelle', 'un gros', 'une grosse', 'un dernier', 'une derniere', 'petit', 'petite', 'ptit', 'ptite',
      'un petit coup de', 'au', 'aux', 'a le', 'a la',
    ],
    // Infinitives that take an outing: "se faire un resto", "aller boire une bière", "se caler un call".
    INF_DO: [
      'se faire', 'se refaire', 'se prendre', 'se reprendre', 'prendre', 'reprendre', 'se boire', 'boire', 'aller boire', 'aller prendre', 'aller faire',
      'aller se faire', 'se caler', 'caler', 'organiser', 'se organiser', 'planifier', 'prevoir', 'se prevoir', 'se programmer', 'programmer', 'faire',
      'refaire', 'se manger', 'manger', 'aller manger', 'se payer', 'se offrir', 'aller', 'se refaire un petit', 'partager', 'se partager',
      'aller se boire', 'aller se prendre', 'convenir de', 'convenir d', 'fixer', 'se fixer', 'se organiser un petit', 'se taper', 'se mater', 'se regarder',
    ],
    // Reciprocal infinitives only ("se faire un resto"): with "il faut" or "j'ai envie de", "manger une pizza" may be alone.
    INF_SE: [
      'se faire', 'se refaire', 'se prendre', 'se reprendre', 'se boire', 'se caler', 'se organiser', 'se prevoir', 'se programmer', 'se manger', 'se payer',
      'se offrir', 'se refaire un petit', 'se partager', 'aller se boire', 'aller se prendre', 'aller se faire', 'se faire un petit', 'se planifier', 'se taper', 'se retaper', 'se mater', 'se regarder',
    ],
    // The same verbs conjugated after "on" / "qu'on": "on se fait un resto", "qu'on se refasse une bière".
    FIN_DO: [
      'se fait', 'se refait', 'se fasse', 'se refasse', 'se prend', 'se prenne', 'se reprend', 'se reprenne', 'se boit', 'se boive', 'se cale',
      'se fera', 'se refera', 'se prendra', 'se mange', 'se paie', 'se paye', 'se offre', 'se programme', 'se prevoit', 'se organise', 'se planifie',
      'se ferait', 'se referait', 'se prevoie', 'se planifie', 'se tente', 'se tenterait', 'se fait tenter par', 'se tape', 'se tapera', 'se retape', 'se mate', 'se matera', 'se regarde',
    ],
    FIN_DO_PLAIN: [
      'prend', 'prenne', 'reprend', 'reprenne', 'boit', 'boive', 'va boire', 'aille boire', 'va prendre', 'aille prendre', 'va se faire', 'aille se faire',
      'va manger', 'aille manger', 'va au', 'aille au', 'va a', 'aille a', 'va faire', 'aille faire', 'organise', 'cale', 'planifie', 'prevoit', 'programme',
      'fait', 'fasse', 'refait', 'refasse', 'fera', 'refera', 'prendra', 'ira boire', 'ira manger', 'ira au', 'ira prendre', 'mange',
      'va se boire', 'va se prendre', 'prevoie', 'aille faire',
    ],
    // "Et si on se faisait un resto ?": the imperfect of a suggestion.
    FIN_DO_SI: ['se faisait', 'se refaisait', 'se prenait', 'se calait', 'se tapait', 'se matait', 'se buvait', 'allait boire', 'allait prendre', 'allait au', 'faisait', 'organisait', 'se organisait', 'se prevoyait', 'se mangeait'],
    // "j'ai envie de te voir", "hâte de te revoir", "vivement qu'on se voie".
    ENVIE: [
      'je ai envie de', 'je ai trop envie de', 'je ai tellement envie de', 'je ai grave envie de', 'je ai vraiment envie de', 'je ai tres envie de',
      'je ai hate de', 'je ai trop hate de', 'je ai tellement hate de', 'je ai vraiment hate de', 'il me tarde de', 'je meurs de envie de',
      'au plaisir de', 'je me rejouis de', 'il serait temps de', 'il est temps de', 'il est grand temps de', 'il serait grand temps de', 'je espere', 'je espere vraiment', 'en esperant', 'jespere', 'je veux', 'je veux vraiment', 'je veux trop', 'je serais content de', 'je serais contente de',
    ],
    ENVIE_BARE: ['envie de', 'trop envie de', 'tellement envie de', 'grave envie de', 'hate de', 'trop hate de', 'tellement hate de', 'grave hate de', 'trop trop hate de'],
    ENVIE_QUE: [
      'envie que on', 'hate que on', 'vivement que on', 'il me tarde que on', 'trop hate que on', 'tellement hate que on', 'trop envie que on',
    ],
    // Seeing the reader: "te voir", "vous revoir", "te serrer dans mes bras".
    SEE_YOU: [
      'te voir', 'te revoir', 'vous voir', 'vous revoir', 'te retrouver !ici !sur !parmi', 'vous retrouver !ici !sur !parmi', 'se voir', 'se revoir', 'se retrouver', 'te serrer dans mes bras',
      'te faire un calin', 'passer te voir', 'venir te voir', 'passer vous voir', 'venir vous voir', 'te rendre visite', 'vous rendre visite',
      'te rencontrer', 'vous rencontrer', 'te recevoir', 'vous recevoir', 'te accueillir', 'vous accueillir', 'te appeler', 'te faire un coucou',
      'se capter', 'se recapter', 'se revoir vite', 'te revoir vite', 'se voire', 'se revoire', 'te voire', 'te revoire', 'passer un moment avec toi',
      'passer du temps avec toi', 'passer du temps ensemble', 'se faire un moment', 'te embrasser', 'vous embrasser', 'faire ta connaissance',
      'faire votre connaissance', 'echanger avec vous', 'echanger avec toi', 'discuter avec vous', 'discuter avec toi',
    ],
    // Reciprocal verbs after "qu'on": "qu'on se voie", "qu'on se capte".
    SEE_EACH: [
      'se voie', 'se voit', 'se voye', 'se vois', 'se revoie', 'se revoit', 'se revoye', 'se revois', 'se retrouve', 'se capte', 'se recapte',
      'se verra', 'se reverra', 'se retrouvera', 'se captera', 'se parle', 'se reparle', 'se appelle', 'se rappelle', 'se voit enfin', 'se revoit enfin',
      'se fasse ca', 'se refasse ca', 'remette ca', 'se fasse un truc', 'se croise', 'se fasse un moment', 'se voient', 'se fasse signe',
    ],
    // Invitations asked as questions: "ça te dit un resto ?", "t'es chaud pour un ciné ?".
    INVITE_Q: [
      'ca te dit', 'ca te dirait', 'ca te tente', 'ca te tenterait', 'ca vous dit', 'ca vous dirait', 'ca vous tente', 'ca vous tenterait', 'ca te branche',
      'ca te brancherait', 'ca vous branche', 'tu es dispo quand pour', 'tu serais dispo quand pour', 'tu etais dispo pour', 'vous etiez disponible pour', 'tu etais partant pour', 'tu etais partante pour', 'ca te tente tu', 'ca te dit tu', 'ca te tenterait tu', 'ca vous tente tu', 'je te propose', 'je vous propose', 'je propose', 'je te propose qu on',
      'seriez vous de accord pour', 'serais tu de accord pour', 'tu serais de accord pour', 'vous seriez de accord pour', 'tu es de accord pour', 'vous etes de accord pour', 'tu es chaud pour', 'tu es chaude pour', 'tu es partant pour', 'tu es partante pour', 'tu es dispo pour',
      'tu serais chaud pour', 'tu serais chaude pour', 'tu serais partant pour', 'tu serais partante pour', 'tu serais dispo pour', 'chaud pour',
      'chaude pour', 'chauds pour', 'chaudes pour', 'dispo pour', 'dispos pour', 'partant pour', 'partante pour', 'partants pour', 'vous etes partants pour',
      'vous seriez partants pour', 'vous etes chauds pour', 'vous etes dispo pour', 'vous seriez dispo pour', 'motive pour', 'motivee pour', 'tu es motive pour',
      'tu es motivee pour', 'ca te ferait plaisir', 'tu serais dispo', 'tu aurais le temps pour', 'tu as le temps pour', 'tu as un moment pour',
    ],
    // "passe à la maison quand tu veux", "viens dîner un de ces soirs".
    VISIT_HEAD: [
      'passe', 'passez', 'viens', 'venez', 'repasse', 'repassez', 'reviens', 'revenez', 'tu passes', 'tu viens', 'vous passez', 'vous venez',
      'tu peux passer', 'tu peux venir', 'vous pouvez passer', 'vous pouvez venir', 'tu repasses', 'tu reviens', 'passe donc', 'viens donc', 'passez donc', 'venez donc', 'repassez donc', 'repasse donc',
      // "On passera vous faire un coucou quand vous serez prêts".
      'on passera', 'on viendra', 'on passerait', 'on viendrait', 'on va passer', 'on va venir', 'nous passerons', 'nous viendrons', 'on passera bien', 'on viendra bien',
      'tu peux passer nous voir', 'tu peux venir nous voir', 'tu peux toujours passer', 'tu peux toujours venir', 'il faut que tu passes',
      'faut que tu passes', 'faut que tu viennes', 'il faut que tu viennes', 'faudrait que tu passes', 'faudrait que tu viennes', 'tu devrais passer', 'tu devrais venir',
      'vous devriez passer', 'vous devriez venir', 'tu dois passer', 'tu dois venir', 'je passerai', 'je passerais', 'je viendrai', 'je viendrais',
      'je repasserai', 'je vais passer', 'je vais venir', 'je dois passer', 'je devrais passer', 'il faut que je passe', 'faut que je passe', 'faudrait que je passe',
      'je passerais bien', 'je viendrais bien', 'ne hesite pas a passer', 'hesite pas a passer', 'ne hesite pas a venir', 'hesite pas a venir',
      'ne hesitez pas a passer', 'hesitez pas a passer', 'ne hesitez pas a venir', 'hesitez pas a venir',
    ],
    VISIT_WHERE: [
      'a la maison', 'chez moi', 'chez nous', 'a le appart', 'a la casa', 'me voir', 'nous voir', 'te voir', 'vous voir', 'dans le coin', 'boire un verre',
      'boire un coup', 'boire un cafe', 'prendre un cafe', 'prendre un verre', 'prendre le apero', 'prendre le the', 'manger', 'diner', 'dejeuner', 'bruncher',
      'nous rendre visite', 'me rendre visite', 'te rendre visite', 'a le apero', 'en vacances', 'quand tu veux', 'chez toi', 'chez vous', 'te faire un coucou',
      'me faire un coucou', 'nous faire un coucou', 'faire un coucou', 'vous faire un coucou', 'vous voir a', 'te voir a', 'a la campagne', 'a la mer', 'a la montagne', 'un soir', 'un week end', 'un weekend',
      'nous voir a', 'me voir a', 'boire le apero', 'faire un tour', 'a le occasion', 'passer un week end', 'passer quelques jours', 'quelques jours',
      'dormir', 'squatter', 'feter ca', 'a paris', 'sur paris', 'a lyon', 'sur lyon', 'en ville', 'a la maison boire un verre', 'la voir', 'le voir', 'les voir', 'la rencontrer', 'le rencontrer', 'les rencontrer', 'vous faire un bisou', 'te faire un bisou',
    ],
    VISIT_WHEN: [
      'quand tu veux', 'quand vous voulez', 'quand tu peux', 'quand vous pouvez', 'quand tu es dispo', 'quand vous etes dispo', 'quand tu as le temps',
      'quand vous avez le temps', 'quand tu auras le temps', 'quand vous aurez le temps', 'quand tu as un moment', 'quand tu auras un moment', 'un de ces jours',
      'un de ces quatre', 'un de ces soirs', 'un de ces week ends', 'un jour !sur !de !par !ou', 'a le occasion', 'quand tu passes', 'quand tu es dans le coin',
      'quand tu seras dans le coin', 'quand tu reviens', 'quand tu rentres', 'quand tu reviendras', 'quand tu rentreras', 'quand ca te chante', 'quand tu le souhaites',
      'quand vous le souhaitez', 'quand tu souhaites', 'bientot', 'tres bientot', 'n importe quand', 'quand tu le sens', 'a tout moment', 'quand ca te dit',
      'quand ca vous dit', 'quand tu seras dispo', 'quand tu seras de retour', 'quand tu voudras', 'quand vous voudrez', 'quand vous passez', 'si tu passes',
      'si vous passez', 'si tu es dans le coin', 'quand tu es de passage', 'si tu es de passage', 'quand tu passeras', 'des que tu peux', 'des que tu veux',
      'des que tu as un moment', 'des que possible', 'prochainement', 'plus souvent', 'un week end', 'un soir', 'un de ces 4', 'a ta convenance',
      'a votre convenance', 'sans souci', 'la porte est ouverte', 'ma porte est ouverte', 'quand tu es de retour', 'quand tu es libre', 'quand tu seras libre',
      'quand vous serez', 'quand tu seras', 'quand ca vous arrange', 'quand ca te arrange', 'quand vous serez prets', 'quand vous serez dispo', 'quand ca vous convient', 'quand ca te convient', 'quand ca vous va', 'quand ca te va', 'quand vous aurez un moment',
    ],
    // "Dis-moi quand tu es dispo": what the reader is asked about.
    LMK_TAIL: [
      'dispo', 'dispos', 'disponible', 'disponibles', 'libre', 'libres', 'temps !de', 'moment', 'creux', 'passes', 'passez', 'veux !du !de !des !un !une !le !la !les !me !te !que', 'voulez !du !de !des !un !une !le !la !les !me !que',
      'veux que on', 'voulez que on', 'peux !me !te !nous !le !la !les !pas !y !en !lui !leur', 'pouvez !me !nous !le !la !les !pas !y !en !lui !leur', 'souhaitez !que', 'souhaites !que', 'souhaitez que on', 'souhaites que on', 'dit', 'tente', 'chaud', 'chaude', 'partant',
      'partante', 'coin', 'disponibilites', 'envie de te voir', 'envie de se voir', 'envie que on', 'motive', 'motivee', 'de retour', 'de passage',
      'passeras', 'reviendras', 'rentreras', 'voudras', 'voudrez', 'auras le temps', 'aurez le temps', 'as un creux', 'es en ville', 'es sur paris', 'min',
      'minutes', 'mn', 'minute', 'seconde', 'secondes', 'sec', 'instant', 'deux secondes', 'deux minutes', 'seras dispo', 'serez disponible', 'dans le coin', 'dans les parages', 'dans la region', 'en ville', 'dans ma ville', 'de le coin', 'arrange', 'arrangera', 'convient', 'conviendra', 'va !bien !mieux', 'irait',
    ],
    // After "quand" only: "dis-moi si tu viens" asks about a plan already made.
    LMK_WHEN_TAIL: ['viens', 'venez', 'reviens', 'revenez', 'rentres', 'rentrez', 'arrives', 'arrivez', 'es la', 'etes la', 'es rentre', 'es rentree', 'seras la', 'seras rentre'],
    // "Auriez-vous 20 minutes à m'accorder", "tu as un moment pour un café ?".
    HAVE_TIME: [
      'auriez vous', 'avez vous', 'aurais tu', 'as tu', 'tu as', 'tu aurais', 'vous auriez', 'vous avez', 'pourriez vous me accorder', 'pourrais tu me accorder',
      'pourriez vous me consacrer', 'auriez vous encore', 'tu aurais pas', 'vous auriez pas', 'est ce que tu as', 'est ce que tu aurais', 'est ce que vous avez',
      'est ce que vous auriez', 'auriez vous par hasard', 'avez vous par hasard', 'tu aurais par hasard', 'serait il possible de avoir', 'pourrions nous avoir',
      'je pourrais avoir', 'je pourrais vous prendre', 'je pourrais te prendre', 'puis je vous prendre', 'puis je te prendre',
    ],
    TIME_AMOUNT: [
      'un moment', 'un instant', 'un peu de temps', 'du temps', 'quelques minutes', 'un creux', 'un creneau', 'un petit moment', 'un petit creneau',
      'une demi heure', 'une petite demi heure', 'un quart de heure', 'cinq minutes', 'dix minutes', 'quinze minutes', 'vingt minutes', 'trente minutes',
      '5', '10', '15', '20', '25', '30', '45', '5 min', '10 min', '15 min', '20 min', '30 min', '5 mn', '10 mn', '15 mn', '20 mn', '30 mn',
      '5 minutes', '10 minutes', '15 minutes', '20 minutes', '25 minutes', '30 minutes', '45 minutes', 'une heure', 'une petite heure',
    ],
    TIME_FOR: ['a me accorder', 'a me consacrer', 'pour moi', 'a nous accorder', 'a me octroyer', 'pour echanger', 'pour discuter', 'pour en discuter', 'pour en parler', 'pour un echange'],
    // "Ce serait cool de", "ça serait top qu'on".
    NICE_HEAD: ['ce serait', 'ca serait', 'cela serait', 'il serait', 'il serait vraiment', 'ce serais', 'ca serais', 'se serait', 'ce serait vraiment', 'ca serait vraiment', 'ce serait trop', 'ca serait trop'],
    NICE: [
      'cool', 'bien', 'sympa', 'genial', 'top', 'super', 'chouette', 'un plaisir', 'un honneur', 'interessant', 'tres interessant', 'vraiment bien', 'trop bien',
      'trop cool', 'le feu', 'ouf', 'parfait', 'agreable', 'sympathique', 'enrichissant', 'precieux', 'utile', 'fun', 'marrant', 'drole', 'canon', 'le pied',
      'trop chouette', 'super sympa', 'hyper sympa', 'trop sympa', 'tellement bien', 'tres sympa', 'tres agreable', 'un vrai plaisir', 'un reel plaisir',
      'avec plaisir', 'stylé', 'style', 'magique', 'incroyable', 'formidable', 'excellent', 'ideal', 'pas mal', 'chanme', 'bien sympa', 'vraiment sympa',
    ],
    NICE_ACT: [
      'se voir', 'se revoir', 'se retrouver', 'se capter', 'se parler', 'se reparler', 'se appeler', 'te voir', 'te revoir', 'vous voir', 'vous revoir',
      'vous rencontrer', 'te rencontrer', 'echanger', 'discuter', 'en discuter', 'en parler', 'collaborer', 'travailler ensemble', 'bosser ensemble',
      'se voire', 'se revoire', 'remettre ca', 'se refaire ca', 'refaire ca', 'passer du temps ensemble', 'se connecter',
      'reprendre contact', 'renouer le contact', 'se remettre a jour', 'se remettre au jus',
      'faire connaissance', 'faire votre connaissance', 'faire ta connaissance', 'se rencontrer', 'te recevoir', 'vous recevoir',
    ],
    // Pros with a topic: "je suis disponible pour échanger", "je reste à votre disposition pour en discuter".
    AVAILABLE: [
      'je suis dispo', 'je suis disponible', 'je reste dispo', 'je reste disponible', 'je serais dispo', 'je serais disponible', 'je serai dispo',
      'je serai disponible', 'je reste a votre disposition', 'je reste a ta disposition', 'je me tiens a votre disposition', 'je me tiens a ta disposition',
      'je suis a votre disposition', 'je suis a ta disposition', 'reste disponible', 'reste dispo', 'je suis libre', 'je suis tout a fait disposee',
      'je suis tout a fait dispose', 'je suis dispose', 'je suis disposee', 'je suis tres disponible', 'je suis volontiers disponible', 'suis disponible',
      'suis dispo', 'toujours dispo', 'toujours disponible', 'je suis toujours dispo', 'je suis toujours disponible', 'je suis toujours partant',
      'je suis toujours partante', 'je suis partant', 'je suis partante', 'je suis chaud', 'je suis chaude', 'moi je suis dispo', 'je suis ouvert',
      'je suis ouverte', 'je serais ouvert', 'je serais ouverte',
    ],
    OPEN_ACT: [
      'pour echanger', 'pour discuter', 'pour en discuter', 'pour en parler', 'pour un echange', 'pour un appel', 'pour un call', 'pour un cafe',
      'pour un verre', 'pour un dej', 'pour un dejeuner', 'pour un resto', 'pour une visio', 'pour se voir', 'pour te voir', 'pour vous voir',
      'pour vous rencontrer', 'pour se capter', 'pour un cafe virtuel', 'pour une rencontre', 'pour un point', 'pour collaborer', 'a un echange',
      'a une collaboration', 'a un appel', 'a un cafe', 'a une rencontre', 'a un partenariat', 'pour un apero', 'pour une biere', 'pour une bouffe',
      'pour un ciné', 'pour un cine',
    ],
    MISS: [
      'tu me manques !de', 'vous me manquez !de', 'tu nous manques !de', 'vous nous manquez !de', 'tu me manque !de', 'tu me manques trop', 'tu me manques tellement',
      'tu me mank', 'tu me manks', 'tu me manke', 'tu me mankes', 'me manques !de', 'me manquez !de', 'nous manques !de',
      'nous manquez !de', 'me mank', 'me manks', 'vous me manques', 'tu nous manque', 'vous me manquer', 'ca me manque de te voir', 'ca me manque de vous voir',
      'tu me manque trop', 'toi tu me manques', 'tu me manques de ouf', 'tu me manques grave', 'tu me manques a mourir',
      'ton absence me pese', 'tu me manques enormement', 'me manque de te voir', 'je me ennuie de toi', 'je me ennuie de vous',
      'je me ennuie tellement de toi', 'je me ennuie trop de toi', 'je me ennuie beaucoup de toi', 'on se ennuie de toi', 'on se ennuie de vous', 'je me ennuie de vous autres',
    ],
    LMK: [
      'dis moi', 'dites moi', 'dis nous', 'dites nous', 'faites nous signe', 'fais nous signe', 'tenez nous au courant', 'tiens nous au courant', 'fais moi signe', 'faites moi signe', 'appelle moi', 'appelez moi', 'ecris moi', 'ecrivez moi', 'previens moi', 'tiens moi au courant',
      'ne hesitez pas', 'ne hesite pas', 'hesite pas', 'hesitez pas', 'ne hesitez pas a me faire signe', 'hesitez pas a me faire signe',
      'ne hesite pas a me faire signe', 'hesite pas a me faire signe', 'ne hesitez pas a me contacter', 'ne hesite pas a me contacter', 'hesite pas a me contacter',
      'hesitez pas a me contacter', 'ne hesitez pas a revenir vers moi', 'ne hesitez pas a me ecrire', 'ne hesite pas a me ecrire', 'hesite pas a me ecrire',
      'ne hesite pas a me appeler', 'ne hesitez pas a me appeler', 'hesite pas a me appeler', 'ne hesite pas a me envoyer un message', 'passe me voir', 'passe nous voir', 'viens nous voir', 'viens me voir', 'passez nous voir',
      'venez nous voir', 'tu me diras', 'vous me direz', 'tu me dis', 'vous me dites', 'fais moi savoir', 'faites moi savoir', 'tenez moi au courant',
      'prevenez moi', 'bip moi', 'bipe moi', 'sonne moi', 'envoie moi un message', 'envoie moi un msg', 'envoie moi un texto', 'ecris moi un message',
      'fais moi un message', 'fais moi un signe', 'laisse moi un message', 'tu me fais signe', 'vous me faites signe', 'tu me previens', 'vous me prevenez',
      'tu me tiens au courant', 'vous me tenez au courant', 'tu me fais un signe', 'hesite surtout pas', 'hesitez surtout pas', 'ne hesite surtout pas',
      'ne hesitez surtout pas', 'ne hesitez jamais', 'tu me fais savoir', 'appelle moi', 'rappelle moi', 'texte moi', 'fais moi un texto', 'fais moi un sms',
    ],
    // "Dis-moi tes dispos" ("tes" is read as "tu es").
    ASK_SLOTS: ['dis moi', 'dites moi', 'donne moi', 'donnez moi', 'envoie moi', 'envoyez moi', 'indique moi', 'indiquez moi', 'file moi', 'balance moi', 'tu me donnes', 'vous me donnez', 'tu me envoies', 'vous me envoyez', 'tu me diras', 'vous me direz', 'tu me dis', 'vous me dites', 'je attends', 'tiens moi au courant de', 'tenez moi au courant de', 'tu me tiens au courant de', 'tu me donneras', 'vous me donnerez', 'tu me enverras', 'vous me enverrez', 'partage moi', 'partagez moi'],
    SLOTS: ['tu es dispos', 'tu es disponibilites', 'vos dispos', 'vos disponibilites', 'vos creneaux', 'tu es creneaux', 'quelques creneaux', 'des creneaux', 'des dispos', 'tes dispos', 'tes disponibilites', 'tes creneaux', 'ta dispo', 'votre dispo', 'vos dispo'],
    VAGUE: [
      'un de ces jours', 'un de ces quatre', 'un jour', 'bientot', 'a le occasion', 'quand tu veux', 'quand vous voulez', 'quand tu es dispo',
      'quand tu as le temps', 'quand tu as un moment', 'un de ces soirs', 'dans les prochaines semaines', 'prochainement', 'plus souvent', 'vite',
      'quand tu rentres', 'quand tu passes', 'a un moment', 'quand tu auras le temps', 'quand vous aurez le temps', 'quand tu peux', 'des que possible',
      'quand te as le temps', 'quand te es dispo', 'un de ces 4', 'un de ces week ends', 'un de ces midis', 'un de ces matins', 'un week end', 'un soir',
      'un midi', 'un de ses jours', 'un de ses quatre', 'un de ses 4', 'dans les semaines a venir', 'dans les mois a venir', 'dans les prochains mois',
      'dans les prochains temps', 'dans les temps a venir', 'quand vous le souhaitez', 'quand tu le souhaites', 'a votre convenance', 'a ta convenance',
      'quand vous serez disponible', 'quand vous etes disponible', 'quand tu seras dispo', 'quand tu auras un moment', 'quand vous aurez un moment',
      'si le occasion se presente', 'le occasion', 'a une occasion', 'a la occasion', 'quand ca te dit', 'quand ca vous dit', 'quand ca te chante',
      'quand tu veux bien', 'des que tu peux', 'des que tu as un moment', 'des que vous pouvez', 'un de ces quatres', 'n importe quand', 'a tout moment',
      'quand vous pouvez', 'quand tu reviens', 'quand tu reviendras', 'quand tu rentreras', 'quand tu seras de retour', 'quand tu es de retour',
      'quand tu seras dans le coin', 'quand tu es dans le coin', 'si tu passes dans le coin', 'quand tu seras de passage', 'a un moment donne',
      'a loccasion', 'pour de vrai', 'irl', 'en personne', 'de vive voix', 'tres vite', 'la prochaine fois',
      'une prochaine fois', 'une autre fois', 'la semaine prochaine', 'le mois prochain', 'dans la semaine', 'dans le mois', 'ce mois ci', 'un de ces soirs', 'un de ces jours prochains', 'ces prochains jours', 'un jour ou le autre',
      'cet ete', 'cet hiver', 'ce printemps', 'cet automne', 'cette annee', 'quand tu veux', 'quand vous voulez', 'quand on peut', 'quand on veut',
      'quand on a le temps', 'des que on peut', 'quand on pourra', 'quand je serai', 'quand je passerai', 'quand je rentre', 'quand je reviens',
      'quand je rentrerai', 'quand je reviendrai', 'quand je suis sur', 'quand je suis dans le coin', 'quand je suis de passage', 'quand je passe', 'quand on sera',
      'quand tu seras', 'quand vous serez', 'quand tu es sur', 'quand tu es en ville', 'si je passe', 'si tu passes', 'a ton retour', 'a votre retour',
      'a mon retour', 'avant la fin de le annee', 'avant la fin du mois', 'avant la fin de le ete', 'avant les vacances', 'avant la rentree', 'un moment donne', 'un me ment donne', 'quand ca se calme', 'quand ca sera plus calme', 'quand les choses se calment', 'un de ces jours', 'a la rentree', 'apres les vacances', 'pendant les vacances',
      ...['lundis', 'mardis', 'mercredis', 'jeudis', 'vendredis', 'samedis', 'dimanches', 'week ends', 'midis', 'matins', 'aprems', 'apres midis'].flatMap((day) => [`un de ces ${day}`, `un de ses ${day}`]),
    ],
    GREETING: ['coucou', 'salut', 'bonjour', 'hello', 'hey', 'oh', 'ah', 'bon', 'alors', 'et', 'mais', 'mdr', 'lol', 'bref', 'sinon', 'ok', 'bah', 'ben'],
    CONNECTOR: ['et', 'mais', 'puis'],
    PERSONS: ['je', 'on', 'nous', 'tu', 'vous', 'moi', 'toi'],
    REGISTER_CUES: ['connecter', 'linkedin', 'ajout', 'invitation', 'conference', 'article', 'publication', 'recherche', 'startup', 'entreprise', 'carriere', 'contacter'],
    SKIPPABLE: ['lui', 'leur', 'me', 'te', 'nous', 'vous', 'aussi', 'vraiment', 'ne'],
    PURPOSE: ['pour'],
    FREE: ['dispo', 'disponible', 'temps', 'moment', 'dispos', 'disponibles', 'libre', 'libres', 'creux'],
    // Only its presence matters: with it, "quand tu es dispo pour <task>" is rejected (see checkPurpose).
    WHEN_FREE: [],
    TALK: [
      'en parler', 'en discuter', 'discuter', 'echanger', 'parler', 'se voir', 'te voir', 'vous voir', 'se capter', 'se retrouver', 'papoter', 'bavarder',
      'te parler', 'vous parler', 'un echange', 'un appel', 'un call', 'une visio', 'un facetime', 'un point', 'collaborer', 'se revoir', 'te revoir',
    ],
    // Closing formulas: "on se parle bientôt !" says goodbye.
    SIGN_OFF: ['on se parle bientot', 'on se reparle bientot', 'on se voit bientot', 'a bientot', 'a tres vite', 'a tres bientot', 'on se appelle bientot', 'on se rappelle bientot', 'on se voit vite', 'on se voit tres vite', 'on se parle vite', 'on se reparle vite', 'on se appelle vite', 'on se capte vite', 'on se capte bientot', 'au plaisir de vous lire', 'au plaisir de te lire', 'au plaisir de vous revoir', 'au plaisir de te revoir', 'au plaisir', 'hate de te voir', 'hate de te revoir', 'hate de vous voir', 'hate de vous revoir', 'trop hate de te voir', 'trop hate de te revoir', 'hate de te retrouver', 'hate de vous retrouver'],
    SUBJECT_WORDS: ['on', 'nous', 'je', 'tu', 'il', 'faut', 'ca', 'ce'],
    // "plus souvent", "plus tard", "pas mal": not negations.
    NEG_NEUTRALIZED_BY: ['souvent', 'tard', 'mal', 'sur'],
    // "collaborer avec l'équipe marketing", "échanger nos places": work on a thing, not a wish to meet.
    OBJECT_VERBS: ['collaborer', 'echanger', 'connecter', 'collabore', 'echange'],
    OBJECT_STARTS: ['le', 'la', 'les', 'nos', 'vos', 'mes', 'tes', 'ses', 'leurs', 'leur', 'des', 'du', 'ce', 'cette', 'ces', 'mon', 'ma', 'ton', 'ta', 'son', 'sa', 'notre', 'votre'],
    WORK_MANNER: ['etroitement', 'davantage', 'mieux', 'efficacement', 'en interne', 'a distance'],
    OBJECT_SKIP: ['un', 'peu', 'ensemble', 'bien', 'vraiment'],
    READER: ['toi', 'vous', 'moi', 'nous', 'te', 'ton', 'ta', 'tes', 'votre', 'vos', 'tu'],
    WITH: ['avec'],
    // Where the reader would come to: "tu montes quand sur Paris" (not "à la maison", a household question).
    COME_TO: ['sur', 'en !retard !avance !cours', 'au !boulot !bureau !travail !taf', 'a !la', 'dans le coin', 'nous voir', 'me voir', 'chez nous', 'chez moi', 'par ici', 'dans la region', 'au pays', 'au bercail'],
    // Where or how we'd meet: "on se retrouve en terrasse un de ces jours", "on se capte en visio bientôt".
    MEET_WHERE: [
      'en terrasse', 'autour de un cafe', 'autour de un verre', 'autour de une biere', 'autour de un the', 'autour de un apero', 'autour de un dej', 'chez moi', 'chez toi', 'chez vous',
      'a la maison', 'en ville', 'en visio', 'par visio', 'par telephone', 'au tel', 'au telephone', 'en vrai', 'sur paris', 'a paris', 'dans le coin', 'quelque part', 'tous ensemble', 'entre nous',
    ],
  },
  patterns: [
    { p: '@WE @ADV* @MODAL @ADV* [@ACT|@ACT_WE]' },
    { p: '@MUST_THAT @ADV* [se|prenne|remette|rattrape|organise|fasse|aille|sorte|refasse|reprenne|puisse|pourra|pourrait|arrive a] _3 [voie|voit|voye|vois|revoie|revoit|revoye|revois|retrouve|capte|parle|appelle|cafe|verre|ca|temps|resto|apero|soiree|ensemble|fait|verra|reverra|retrouvera|captera|reparle|rappelle|se voir|se revoir|se retrouver|se capter|se appeler|echanger|discuter|collaborer|se rencontrer]' },
    { p: '@MUST_THAT @ADV* [trouve|se trouve|se cale|cale|fixe|se fixe|prevoie|se prevoie|planifie|se planifie|se garde|garde|bloque|se bloque] @ART [moment|date|creneau|soiree|soir|week end|weekend|jour|journee|dej|moment ensemble|aprem]' },
    // Outings: "faut qu'on se refasse une bière", "on se cale un café", "on devrait aller au ciné".
    { p: '@MUST_THAT @ADV* [@FIN_DO|@FIN_DO_PLAIN] @ART? @OUTING' },
    { p: '@WE @ADV* @MODAL @ADV* @INF_DO @ART? @OUTING' },
    { p: 'on @ADV* @FIN_DO @ADV* @ART? @OUTING' },
    { p: 'on @ADV* @FIN_DO_PLAIN @ADV* @ART? @OUTING', needsVague: true },
    { p: '[et si on|et si nous|si on] [@FIN_DO_SI|@FIN_DO|@FIN_DO_PLAIN] @ART? @OUTING', needsVague: true },
    // "Et si on se faisait un petit week-end ?", "et si on se revoyait ?": the imperfect after "et si" suggests.
    { p: '[et si on|et si nous] @FIN_DO_SI @ADV* @ART? @OUTING', atClauseStart: true },
    { p: '[et si on|et si nous] [se voyait|se revoyait|se retrouvait|se captait|se appelait|se parlait|se organisait un truc|se faisait un truc|remettait ca|se refaisait ca|se refaisait un truc|sortait ensemble]', atClauseStart: true },
    // Asking when the reader comes to town: "tu montes quand sur Paris ?", "quand est-ce que tu rentres en France ?".
    { p: '[tu|vous|te] [montes|descends|passes|viens|reviens|rentres|remontes|redescends|montez|descendez|passez|venez|revenez|rentrez] quand @COME_TO', kind: 'social' },
    { p: '[quand est ce que tu|quand est ce que vous|ce est quand que tu|ce est quand que vous|quand que tu|quand tu] [montes|descends|passes|viens|reviens|rentres|remontes|redescends|montez|descendez|passez|venez|revenez|rentrez] @COME_TO', kind: 'social' },
    // Inverted questions: "Pourrions-nous échanger ?", "pourrait-on se voir ?".
    { p: '[pourrions|devrions|pourrons|pourrait|devrait|pourra] [nous|on] @ADV* [@ACT|@NICE_ACT]' },
    { p: '[pourrions|devrions|pourrons|pourrait|devrait|pourra] [nous|on] @ADV* @INF_DO @ART? @OUTING' },
    { p: '@DESIRE @ADV* [de|d]? @ADV* @INF_SE @ART? @OUTING' },
    { p: '@DESIRE @ADV* [de|d]? @ADV* [prendre|boire|aller boire|aller prendre|reprendre|partager|aller manger|manger|organiser|faire|aller a|aller au|aller faire] @ART @DRINK' },
    // Invitations as questions: "ça te dit un resto ?", "t'es chaud pour un ciné ?", "ça te dirait qu'on se voie ?".
    { p: '@INVITE_Q [de|d]? @ADV* [@NICE_ACT|@SEE_YOU]' },
    { p: '@INVITE_Q [de|d]? @ADV* @INF_DO @ART? @OUTING' },
    { p: '@INVITE_Q [de|d]? @ADV* @ART @OUTING' },
    { p: '@INVITE_Q [de|d]? @ADV* [passer|venir|repasser] @VISIT_WHERE', kind: 'social' },
    { p: '[tu veux|vous voulez|tu voudrais|vous voudriez|veux tu|voulez vous|voudrais tu|voudriez vous] @ADV* [passer|venir|sortir|aller boire|aller prendre|aller manger|diner|dejeuner|bruncher]', needsVague: true },
    { p: '[tu veux|vous voulez|tu voudrais|vous voudriez|veux tu|voulez vous|voudrais tu|voudriez vous] @ADV* @INF_DO @ART? @OUTING', needsVague: true },
    // "J'ai envie de te voir", "hâte de te revoir", "vivement qu'on se voie".
    { p: '@ENVIE @ADV* @SEE_YOU' },
    { p: '@ENVIE @ADV* @INF_SE @ART? @OUTING' },
    { p: '@ENVIE_BARE @ADV* @SEE_YOU', atClauseStart: true },
    // "Ce serait cool d'aller boire un verre" (the "de se voir" / "qu'on se voie" forms go through DESIRE and MUST_THAT, see below).
    { p: '@NICE_HEAD @ADV* @NICE [de|d] @ADV* @INF_DO @ART? @OUTING' },
    // Open invitations to visit: "passe à la maison quand tu veux", "viens dîner un de ces soirs".
    // notAfter: "je vous reviens dès que possible" (I'll get back to you), "il passe quand il veut".
    { p: '@VISIT_HEAD @ADV* @VISIT_WHERE* @VISIT_WHEN', kind: 'social', notAfter: ['je', 'vous', 'te', 'me', 'il', 'elle', 'ils', 'elles', 'qui', 'lui', 'leur', 'y', 'en'] },
    { p: '[tu es|vous etes|tu seras|vous serez|es|etes|sois|soyez] [toujours]? [le|la|les]? [bienvenu|bienvenue|bienvenus|bienvenues] [chez nous|chez moi|a la maison|quand tu veux|quand vous voulez|a le appart|a tout moment]', kind: 'social' },
    { p: '[je te invite|je vous invite|on te invite|on vous invite] @ADV* [a|au|pour|a le|a la]? @ART? [resto|restau|restaurant|cafe|verre|apero|dej|dejeuner|diner|brunch|biere|the|pot|bouffe|ciné|cine|cinema|manger|bruncher|boire un verre|boire un coup|prendre un verre|prendre un cafe|boire une biere|prendre le apero]' },
    { p: '[je passerai|je passerais|je viendrai|je viendrais|je repasserai|je vais passer|je vais venir|je dois passer|je devrais passer|il faut que je passe|faut que je passe|je passerais bien|je viendrais bien|je passe] @ADV* [te voir|vous voir|chez toi|chez vous|te faire un coucou|vous faire un coucou|te dire bonjour|boire un verre|prendre un cafe|te rendre visite|vous rendre visite]', needsVague: true, kind: 'social' },
    { p: '[il faut que je|faut que je|faudrait que je|il faudrait que je|faudra que je|il faudra que je|je dois absolument|je dois|je devrais|je dois vraiment] @ADV* [te voie|te voye|te vois|vous voie|te revoie|te revois|passe te voir|passe vous voir|vienne te voir|te rende visite|passer te voir|passer vous voir|venir te voir|te rendre visite|vous rendre visite]', kind: 'social' },
    { p: '[il faut que je|faut que je|faudrait que je|il faudrait que je|je dois absolument|je dois|je devrais] @ADV* [te appelle|vous appelle|te appeler|vous appeler|te passe un coup de fil|te passer un coup de fil]', needsVague: true },
    { p: '[il faut|faut|il faudrait|faudrait|il faudra|faudra] @ADV* [se voir|se revoir|se capter|se retrouver|remettre ca|se refaire ca|se appeler|se voire|se revoire|se faire signe|se recapter|se voir vite|se revoir vite]' },
    { p: '[il faut|faut|il faudrait|faudrait|il faudra|faudra] @ADV* @INF_SE @ART? @OUTING' },
    // "On se voit quand ?", "c'est quand qu'on se fait un resto ?", "à quand la prochaine ?".
    { p: 'on @ADV* [se voit|se revoit|se capte|se retrouve|se fait ca|se refait ca|se cale ca|se fait un truc|se recapte|se refait un truc] [quand !meme]', kind: 'social' },
    { p: '@WHEN_WE @ADV* [@SEE_EACH|se voit|se revoit|sort|voit|revoit|se refait ca|se fait ca|remet ca]' },
    { p: '@WHEN_WE @ADV* [@FIN_DO|@FIN_DO_PLAIN] @ART? @OUTING' },
    { p: 'a quand @ART? [prochain|prochaine|petit|petite|nouveau|nouvelle]? [@OUTING|retrouvailles|prochaine !saison !episode !version !mise !edition !etape !reunion !sortie !maj !fois|prochaine fois|revoyure]', atClauseStart: true, kind: 'social' },
    { p: '[a refaire|a renouveler|a refaire vite|a refaire tres vite|a refaire bientot|vivement les retrouvailles|vivement la prochaine|vivement le prochain|vivement notre prochain|vivement notre prochaine|vivement la prochaine fois]', atClauseStart: true, kind: 'social' },
    // "Dis-moi tes dispos", "je suis dispo quand tu veux", "auriez-vous 20 minutes à m'accorder".
    { p: '@ASK_SLOTS @SLOTS' },
    { p: '@AVAILABLE @ADV* [@OPEN_ACT|@VAGUE]' },
    { p: '@HAVE_TIME @TIME_AMOUNT [minutes|min|mn]? @TIME_FOR' },
    { p: '[@DESIRE|je aurais aime|je aurais bien aime|je aurais voulu] @ADV* [avoir|recueillir|solliciter|beneficier de] [votre|ton|vos|tes] [avis|regard|retour|retours|eclairage|conseil|conseils|point de vue|expertise|experience]', needsVague: true, kind: 'business' },
    { p: '@MUST_THAT @ADV* @ACT' },
    // "J'aimerais poursuivre la conversation autour d'un déjeuner à l'occasion": only with a vague time ("continuer la discussion sur le point 3" is a meeting).
    { p: '@DESIRE @ADV* [poursuivre|continuer|prolonger|approfondir|reprendre] [la|cette|notre|nos|le|cet] [conversation|discussion|echange|echanges]', needsVague: true },
    { p: '@DESIRE @ADV* [@DESIRE_ACT|@ACT]' },
    { p: '@MISS', kind: 'social', notAfter: ['il', 'elle', 'ca', 'cela', 'qui', 'ils', 'elles', 'lui'] },
    { p: '@LMK _3 [quand|si|des que|des] _3 @LMK_TAIL', checkPurpose: true },
    { p: '@LMK _3 [quand|des que|des] _2 @LMK_WHEN_TAIL' },
    { p: '[passe|viens|venez|passez|tu viens|tu passes|tu viendras|tu passeras|vous viendrez|vous passerez|vous venez|vous passez|viens donc|passe donc|tu viendrais|tu passerais|vous viendriez|ne hesite pas a passer|hesite pas a passer|ne hesite pas a venir|hesite pas a venir|ne hesitez pas a passer|hesitez pas a passer|ne hesitez pas a venir|hesitez pas a venir] [nous|me] voir', kind: 'social' },
    { p: '[faut que tu|il faut que tu|il faudrait que tu|faudrait que tu|faudra que tu|il faudra que tu|tu dois|tu devrais|vous devriez|il faut que vous|faut que vous|vous devez] @ADV* [viennes|passes|veniez|passiez|venir|passer] [nous voir|me voir|a la maison|chez nous|chez moi|nous rendre visite|me rendre visite|a le appart|a la casa|en vacances]', kind: 'social' },
    { p: '[quand est ce que tu|quand est ce que vous|ce est quand que tu|quand que tu|ce est quand que vous] [viens|venez|passes|passez|reviens|revenez|repasses] @VISIT_WHERE', kind: 'social' },
    { p: '@VISIT_HEAD [a|en|sur|dans] _2 @VISIT_WHEN_SOFT', kind: 'social' },
    { p: '[que on|qu on] @ADV* [se voie|se revoie|se voye|se revoye|se fasse|se refasse|se capte|se retrouve|se prenne|se boive|se cale] @ART? @OUTING?', atClauseStart: true },
    { p: '[@MUST_THAT|on] @ADV* [se fasse|se organise|se cale|se prevoie|se fait|se refait|se refasse|se planifie|se prevoit|organise|se programme|fasse|refasse] [un truc|quelque chose|un petit truc|qqch|un petit quelque chose|un moment]' },
    { p: '[je te appelle|je vous appelle|je te appellerai|je vous appellerai|je te rappelle|je te fais signe|je vous fais signe|je te ferai signe|je vous ferai signe|je te recontacte|je vous recontacte|je te tiens au courant|je te fais un appel|je te passe un coup de fil|je te passerai un coup de fil]', needsVague: true },
    { p: '@ASKIF @AVAIL_Q [@OPEN_ACT|@VAGUE]' },
    { p: '[quand tu veux|quand vous voulez|quand tu peux|quand vous pouvez|des que tu veux|quand ca te dit|quand ca vous dit] @OPEN_ACT', atClauseStart: true },
    { p: 'ca [me|nous] [dirait|tenterait|tente|dit|plairait] [bien]? @ART @OUTING [avec toi|avec vous|ensemble|tous les deux|toutes les deux]' },
    { p: '[si|quand|si jamais|si un jour|des que|le jour ou] [tu|vous] [passes|passez|viens|venez|es|etes|rentres|reviens|revenez|rentrez|as|avez|seras|serez|passeras|passerez] _3 [fais moi signe|dis moi|appelle moi|on se voit|on se fait|faites moi signe|previens moi|preveniez moi|ecris moi|tu me fais signe|tu me dis|on se capte|on se boit|on se prend|passe me voir|passe nous voir|viens me voir|viens nous voir]' },
    { p: '[tu es dispo|tu es libre|tu serais dispo|tu serais libre|vous etes dispo|vous etes disponible|vous seriez disponible|vous seriez dispo|es tu dispo|es tu libre|etes vous disponible|seriez vous disponible|tu es disponible] [@VAGUE|quand !meme]' },
    { p: '[avec plaisir|volontiers|ce sera avec plaisir|ca sera avec plaisir|avec grand plaisir|tres volontiers] @OPEN_ACT', needsVague: true },
    { p: 'on [se voit|se fait|se capte|se retrouve|se refait|remet ca|se voit quand|se revoit|se appelle|se parle|se reparle|se telephone|se rappelle|se verra|se reverra|se retrouvera|se recapte|se fait signe|se fait ca|se refait ca|se cale ca|se fait un truc|se pose|se posera|se rejoint|se rejoindra|se tel|se facetime|se skype|se rattrape|se croise|se parlera|se appellera|se rappellera|se telephonera|se capte un moment|se pose un moment|se organise ca|se prevoit ca|se planifie ca|se cale un truc|se organise un truc|se voit tu|se revoit tu|se capte tu|se parle tu|se appelle tu|se fait tu|jase|papote] [@OPEN_ACT|@MEET_WHERE|ca|un truc|quelque chose]? @ADV* @VAGUE' },
    { p: 'on remet ca' },
    // Saying yes to a plan floated: "carrément, on se fait ça", "ok on se refait ça !".
    { p: 'on @ADV* [se fait ca|se refait ca|se le fait|se le refait|se la fait|se la refait|se organise ca|se prevoit ca|se planifie ca|se cale ca|se programme ca|organise ca|prevoit ca|planifie ca|cale ca|se trouve un moment|se trouve un creneau]', atClauseStart: true, kind: 'social' },
    // Bare outing plus vagueness: "café bientôt ??", "resto un de ces quatre ?".
    { p: '[@DRINK|bouffe|diner|souper|cine|apero dinatoire|petite bouffe|petit resto|petite biere|petit apero] @ADV* [bientot|un de ces jours|un de ces quatre|un de ces 4|a le occasion|quand tu veux|quand vous voulez|un jour|un soir|prochainement]', atClauseStart: true },
    // The IOU drink: "tu me dois toujours une bière", "je te dois un café".
    { p: '[tu me dois|vous me devez|tu nous dois|vous nous devez|je te dois|je vous dois|on te doit|on vous doit|te me dois] @ADV* [toujours|encore|au moins]? @ART @DRINK', kind: 'social' },
    // "on pourrait en discuter un de ces jours", "je serais ravie qu'on en parle un de ces jours": only with a vague time ("faut qu'on en parle" is just chat).
    { p: '[@MUST_THAT|@WE_COULD] @ADV* [en parle|en discute|en reparle|en rediscute|en parler|en discuter|en reparler|en rediscuter|en causer|en cause|en jaser|en jase]', needsVague: true },
    { p: '[un|une|un petit|une petite|un ptit|une ptite|petit|petite|ptit|ptite|un bon|une bonne|une nouvelle|un nouveau] @OUTING @ADV* @VAGUE', atClauseStart: true },
    { p: '[faisons|organisons|prenons|planifions|calons|programmons|prevoyons] _3 [call|appel|point|visio|cafe|verre|echange|dej|dejeuner|resto|apero]' },
    { p: '[ravi|ravie|heureux|heureuse|content|contente] @ADV* de @ADV* [echanger|discuter|en discuter|en parler] _4 [quand|si|autour]', kind: 'business' },
    { p: '[ne hesitez pas|ne hesite pas|hesitez pas|hesite pas] _4 [discuter|echanger|contacter|appeler|ecrire]', kind: 'business' },
    { p: '@DESIRE @ADV* [collaborer|echanger|vous demander conseil|demander conseil|un echange|un court echange|un appel|un call]', kind: 'business' },
    { p: '[ce serait|ca serait] @ADV* [un plaisir|genial|top|super] de collaborer', kind: 'business' },
    { p: 'on [devrait|pourrait] [se connecter|organiser un call|faire un call|organiser un appel|faire un point|collaborer]', kind: 'business' },
  ],
  expansions: {
    "t'es": ['tu', 'es'],
    "t'as": ['tu', 'as'],
    tes: ['tu', 'es'],
    "t'etais": ['tu', 'etais'],
    "aujourd'hui": ['aujourdhui'],
    dispo: ['dispo'],
    stp: ['sil', 'te', 'plait'],
    bcp: ['beaucoup'],
    tkt: ['tkt'],
    qd: ['quand'],
    kan: ['quand'],
    "qu'on": ['que', 'on'],
    quon: ['que', 'on'],
    kon: ['que', 'on'],
    qon: ['que', 'on'],
    jai: ['je', 'ai'],
    jaimerais: ['je', 'aimerais'],
    jaimerai: ['je', 'aimerais'],
    jadorerais: ['je', 'adorerais'],
    jespere: ['je', 'espere'],
    jvoudrais: ['je', 'voudrais'],
    jsuis: ['je', 'suis'],
    chui: ['je', 'suis'],
    chuis: ['je', 'suis'],
    jserais: ['je', 'serais'],
    jpasse: ['je', 'passe'],
    jte: ['je', 'te'],
    jvais: ['je', 'vais'],
    jveux: ['je', 'veux'],
    g: ['je', 'ai'],
    "k'on": ['que', 'on'],
    bi1tot: ['bientot'],
    bi1to: ['bientot'],
    biento: ['bientot'],
    bientt: ['bientot'],
    b1tot: ['bientot'],
    jvoulais: ['je', 'voulais'],
    jpense: ['je', 'pense'],
    ajd: ['aujourdhui'],
    auj: ['aujourdhui'],
    aujd: ['aujourdhui'],
    mtn: ['maintenant'],
    mnt: ['maintenant'],
    dem1: ['demain'],
    dm1: ['demain'],
    dmain: ['demain'],
    csoir: ['ce', 'soir'],
    tmq: ['tu', 'me', 'manques'],
    ptet: ['peut', 'etre'],
    ptetre: ['peut', 'etre'],
    vrmt: ['vraiment'],
    trp: ['trop'],
    tro: ['trop'],
    grv: ['grave'],
    slt: ['salut'],
    cc: ['coucou'],
    bjr: ['bonjour'],
    pr: ['pour'],
    cest: ['ce', 'est'],
    sa: ['ca'],
    rdv: ['rendez', 'vous'],
    dispos: ['dispos'],
    aprem: ['aprem'],
    "aprèm": ['aprem'],
    "apres-m": ['aprem'],
  },
  negators: ['pas', 'plus', 'jamais', 'rien', 'aucun', 'aucune', 'personne', 'non'],
  // "n'oublie pas que tu me dois une bière": a reminder, not a refusal.
  negationExceptions: ['hesitez', 'hesite', 'si', 'oublie', 'oubliez', 'oublions'],
  negationLookahead: 3,
  pastMarkers: [
    'aurait du', 'aurions du', 'aurais du', 'se voyait', 'se voyaient', 'avant !ton !ta !tes !votre !vos !que !de !qu !mon !ma !mes !notre !nos !la !le !les !l', 'hier', 'ce matin', 'etait genial', 'etait top', 'merci pour', 'merci de',
    'me as manque', 'te as manque', 'ai manque', 'voulais !savoir !te !vous !proposer !demander', 'devait', 'devions', 'la semaine derniere', 'est bien amuses', 'on a fait', 'ai pris',
    // Reported speech with "dit" ("Marie dit qu'on devrait se voir", "il m'a dit que"): "dit" alone is no report verb, since
    // "ça te dit ?", "si ça te dit" and "ça dit quoi" open invitations and greetings.
    'a dit', 'ont dit', 'avait dit', 'a demande', 'ont demande', 'avait demande', 'avaient dit', 'me dit que', 'nous dit que', 'te dit que il', 'dit que on devrait', 'dit que on pourrait', 'dit que on doit',
    'dit que on va', 'dit que on devra', 'dit que on pourra', 'dit que il faudrait', 'dit que il faut', 'dit que faudrait', 'dit que faut', 'dit que nous', 'dit que vous devriez', 'dit que tu devrais',
  ],
  reportVerbs: [
    'disait', 'dise', 'raconte', 'pense', 'trouve', 'veut', 'voudrait', 'aimerait', 'disent', 'disaient', 'racontent', 'pensent', 'trouvent',
    'veulent', 'voudraient', 'aimeraient', 'proposent', 'suggere', 'suggerent', 'affirme', 'affirment', 'pretend', 'pretendent', 'estime', 'estiment',
  ],
  thirdParty: ['il', 'elle', 'ils', 'elles', 'lui', 'leur', 'mere', 'pere', 'maman', 'papa', 'soeur', 'frere', 'grand', 'mamie', 'papi', 'chef', 'manager', 'tout le monde', 'parents', 'copain', 'copine', 'mari', 'femme', 'cousin', 'cousine', 'tante', 'oncle', 'collegue', 'collegues', 'patron', 'patronne', 'boss', 'fils', 'fille', 'enfants', 'gamins', 'gosses', 'mec', 'meuf', 'ont'],
  timeWords: [
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'aujourdhui', 'demain', 'ce soir', 'midi', 'minuit', 'noel',
    'apres demain', 'tantot', 'tout a le heure',
  ],
  // "T'as des enfants maintenant ?", "tu fais quoi maintenant ?": these days, not a time.
  timePhrases: ['maintenant !<quoi !<ou !<enfants !<enfant !<marie !<mariee !<maries !<aussi !<toi', 'ce soir', 'ce matin', 'cet apres midi', 'ce week end', 'ce weekend', 'apres demain', 'tout de suite', 'cet aprem', 'cette aprem', 'demain aprem', 'dans une heure', 'dans 10 minutes', 'dans 5 minutes', 'tout a le heure', 'plus tard', 'a plus tard', 'le week end prochain'],
  clockPrepositions: ['a', 'vers', 'avant', 'apres'],
  numberWords: ['une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'midi', 'minuit'],
  monthNames: ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'le'],
  leadIns: ['vraiment', 'franchement', 'serieux', 'honnetement', 'sinon'],
  conditionOpeners: ['si', 'quand', 'des'],
  clauseStarters: ['ca va', 'comment ca va', 'comment vas', 'au fait', 'merci', 'bisous', 'bises', 'cordialement', 'bien a vous', 'bonne journee', 'joyeux', 'bravo'],
  laughter: ['mdr', 'ptdr', 'lol', 'haha', 'hahaha', 'xd', 'mdrr'],
  businessCues: [
    'parcours', 'projet', 'collaboration', 'collaborer', 'collabore', 'dossier', 'dossiers', 'conseil', 'reconversion', 'experience', 'recherche', 'metier', 'carriere', 'appel',
    // Not "vous": group chats say "ça vous dirait" too; formal verbs carry the register instead.
    'call', 'conference', 'entreprise', 'souhaitez', 'souhaiteriez', 'convenance', 'disposition', 'discuter', 'startup', 'poste', 'equipe', 'data', 'produit', 'echange', 'echanger', 'connecter', 'virtuel',
    'professionnel', 'point', 'madame', 'monsieur', 'projets', 'collaborations', 'conseils', 'echanges', 'experiences', 'postes', 'equipes', 'produits',
    'metiers', 'activite', 'activites', 'agence', 'agences', 'societe', 'secteur', 'expertise', 'expert', 'experte', 'partenariat', 'partenariats', 'mission',
    'missions', 'clients', 'client', 'solution', 'solutions', 'business', 'recrutement', 'stage', 'alternance', 'candidature', 'cv', 'entretien',
    'domaine', 'nomination', 'role', 'fonctions', 'strategie', 'marketing', 'levee', 'investissement', 'investisseurs', 'saas', 'b2b',
    'synergies', 'synergie', 'complementaires', 'opportunite', 'opportunites', 'professionnelle', 'travaux', 'these', 'publication', 'article',
    'webinaire', 'evenement', 'intervention', 'podcast', 'reseau', 'networking', 'mentorat', 'mentor', 'freelance',
    'consultant', 'consulting', 'cabinet', 'association', 'fondateur', 'fondatrice', 'entrepreneuriat', 'entrepreneur', 'entrepreneure', 'entrepreneuse', 'collab', 'freelances', 'illustratrice', 'illustrateur', 'ceo', 'cto', 'rh', 'recruteur', 'recruteuse', 'sujet', 'sujets', 'management', 'discute', 'discutions', 'fonds', 'thread', 'post',
  ],
  strongBusinessCues: ['madame', 'monsieur', 'cordialement', 'seriez', 'auriez', 'linkedin', 'salutations', 'permets', 'veuillez', 'respectueusement', 'pourriez', 'agreer'],
  // Longing for the reader ("miss you"): in a broadcast with nobody addressed there is no one to answer it.
  longing: ['manque', 'manques', 'manquez', 'manquer', 'manquera'],
};

/** Every "a b c" from one word or phrase of each list, in order. */
function cross(...lists: string[][]): string[] {
  return lists.reduce<string[]>((acc, list) => acc.flatMap((head) => list.map((tail) => `${head} ${tail}`.trim())), ['']);
}

// Heads that take "qu'on + subjunctive" join MUST_THAT ("ce serait cool qu'on se voie", "ça te dit qu'on se fasse un resto"),
// heads that take "de + infinitive" join DESIRE ("ce serait top de se revoir", "je serais ravi d'échanger"):
// one list each keeps the pattern count, and so the per-message cost, low. ENVIE ("j'ai envie de") stays apart:
// "j'ai envie de sortir / de dîner" may be alone, so it only takes SEE_YOU and reciprocal outings.
{
  const m = fr.macros as Record<string, string[]>;
  const niceHeads = cross(m.NICE_HEAD ?? [], m.NICE ?? []);
  const gladHeads = cross(m.SERAIS ?? [], m.GLAD ?? []);
  const pleasure = cross(['ca', 'cela', 'ca me', 'ca nous', 'cela me', 'cela nous'], ['ferait', 'ferais'], ['', 'trop', 'tellement', 'vraiment', 'super', 'grand', 'tres'], ['plaisir', 'du bien']);
  const wish = cross(['je aimerais', 'je voudrais', 'je adorerais', 'je aimerai', 'jaimerais'], ['', 'bien', 'trop', 'beaucoup', 'tellement', 'vraiment', 'grave']);
  const wantQ = ['tu veux', 'vous voulez', 'tu voudrais', 'vous voudriez', 'tu veux pas', 'veux tu', 'voulez vous', 'voudrais tu', 'voudriez vous', 'je propose', 'je te propose', 'je vous propose'];
  m.MUST_THAT = [
    ...(m.MUST_THAT ?? []),
    ...cross([...(m.ENVIE_QUE ?? []).map((head) => head.replace(/ que on$/, '')), ...niceHeads, ...gladHeads, ...pleasure, ...wish, ...(m.INVITE_Q ?? []).filter((head) => !/ (pour|a)$/.test(head)), ...wantQ], ['que on']),
    ...cross(['je ai', 'je ai trop', 'je ai tellement', 'je ai vraiment', 'trop', 'tellement'], ['envie', 'hate'], ['que on']),
  ];
  m.WE_COULD = cross(['on', 'nous'], ['devrait', 'pourrait', 'devrions', 'pourrions', 'pourra', 'pourrons', 'devra', 'va', 'doit', 'peut', 'pourrait peut etre']);
  m.DESIRE = [...(m.DESIRE ?? []), ...cross([...niceHeads, ...gladHeads, ...pleasure], ['de', 'par'])];
  m.DESIRE_ACT = [...(m.DESIRE_ACT ?? []), ...(m.SEE_YOU ?? []), ...(m.NICE_ACT ?? [])];
  // "quand t'as 5 min", "dès que tu auras un moment", "quand j'ai deux minutes": free time, not a clock time.
  m.VAGUE = [...(m.VAGUE ?? []), ...cross(['quand tu as', 'quand te as', 'quand tu auras', 'quand vous avez', 'quand vous aurez', 'des que tu as', 'des que tu auras', 'si tu as', 'quand on a', 'des que on a'],
    ['2 min', '5 min', '10 min', '2 minutes', '5 minutes', '10 minutes', '2 mn', '5 mn', 'deux minutes', 'cinq minutes', 'dix minutes', 'deux secondes', '2 sec', '5 sec', 'une minute', 'un instant', 'un moment', 'un creux', 'un creneau', 'un peu de temps', 'du temps', 'le temps', 'un petit moment', 'une seconde'])];
  // "ça me manque de papoter avec toi", "nos soirées me manquent", "ta voix me manque".
  m.MISS = [
    ...(m.MISS ?? []),
    ...cross(['ca me manque', 'ca me manque trop', 'ca me manque tellement', 'ca me manque grave', 'ca nous manque', 'cela me manque'], ['de'], ['te voir', 'vous voir', 'te parler', 'vous parler', 'papoter avec toi', 'parler avec toi', 'discuter avec toi', 'rigoler avec toi', 'trainer avec toi', 'passer du temps avec toi', 'te serrer dans mes bras', 'te entendre', 'te avoir', 'vous avoir']),
    ...cross(['ca me manque', 'ca me manque trop', 'ca me manque tellement', 'ca nous manque'], ['nos', 'tu es', 'ta', 'ton']),
    ...cross(['tu me manques', 'tu me manque', 'vous me manquez', 'tu nous manques', 'tu nous manque', 'vous nous manquez', 'tu me mank', 'tu me manks'], ['de ouf', 'de fou', 'de malade', 'a mort', 'a en mourir', 'de dingue']),
    ...cross(['ta voix', 'ton rire', 'ton sourire', 'ta presence', 'ta bonne humeur', 'ta bouille', 'ta tete', 'ta compagnie', 'tu es calins', 'tu es blagues', 'tu es messages', 'tu es visites', 'vos visites', 'votre compagnie', 'nos discussions', 'nos conversations', 'nos soirees', 'nos aperos', 'nos papotages', 'nos fous rires', 'nos delires', 'nos moments', 'nos sorties', 'nos cafes', 'nos balades', 'nos dejs', 'nos appels', 'nos echanges', 'nos restos', 'nos week ends', 'nos moments ensemble', 'nos petites soirees', 'nos petits cafes', 'nos virees', 'nos debriefs'],
      ['me manque', 'me manquent', 'nous manque', 'nous manquent', 'me manque trop', 'me manquent trop', 'me manquent tellement', 'me manque tellement']),
  ];
  m.TIME_FOR = [...(m.TIME_FOR ?? []), ...cross(['pour'], [...(m.DESIRE_ACT ?? []), ...cross(['un', 'une', 'un petit', 'une petite'], OUTING)])];
}
