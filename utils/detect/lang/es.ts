/**
 * Spanish rules (Spain and Latin America). Words are folded before matching,
 * so every form here is written without accents: "deberíamos" → deberiamos.
 */
import type { LanguageRules } from '../types.ts';

/** Every "a b" for a in heads, b in tails: verb forms × objects without typing each pair. */
const cross = (heads: string[], tails: string[]): string[] => heads.flatMap((h) => tails.map((t) => `${h} ${t}`));

/** Things people propose to share: "un cafecito", "unas birras", "una ruta". */
const PLAN_NOUN = [
  'un cafe', 'un cafecito', 'un cafelito', 'un cafe virtual', 'algo !de !para !mas !que', 'algo rico', 'unas cervezas', 'una cerveza', 'unas cervecitas', 'una cervecita',
  'unas birras', 'una birra', 'unas birritas', 'unas canas', 'una cana', 'unas canitas', 'unas chelas', 'una chela', 'unos tragos', 'un trago',
  'unas copas', 'una copa', 'un vino', 'unos vinos', 'un vinito', 'unos vinitos', 'un vermut', 'un vermu', 'un vermutillo', 'unas tapas', 'un brunch',
  'una cena', 'una cenita', 'una comida', 'una comidita', 'un almuerzo', 'un desayuno', 'una merienda', 'unos mates', 'un mate', 'un te',
  'una videollamada !al !a', 'una llamada !al !a !con', 'una videollamadita', 'un facetime', 'un zoom', 'una quedada', 'una juntada', 'una escapada', 'un viaje',
  'una ruta', 'una excursion', 'un paseo', 'una caminata', 'un plan', 'un planazo', 'un finde', 'una visita', 'una charla', 'una charlita',
  'una partida', 'una barbacoa', 'un asado', 'una carne asada', 'una pizza', 'unas pizzas', 'unos tacos', 'un pintxo', 'unos pintxos',
  'una rumba', 'una parrillada', 'una comilona', 'unos mates', 'unas empanadas', 'unas pupusas', 'unas arepas', 'un pisco', 'unos piscos', 'un tinto', 'unos tintos',
];

/** Present tense as a proposal: "¿hacemos una videollamada cuando puedas?", "cuando quieras nos echamos unas cañas". */
const PROPOSE = [
  'quedamos', 'nos vemos', 'cenamos', 'comemos', 'salimos !de !del', 'hablamos', 'charlamos', 'nos juntamos', 'nos llamamos', 'coincidimos', 'nos reunimos',
  'nos ponemos al dia', 'nos escapamos', 'platicamos', 'quedamos para', 'nos vemos para',
  'armamos algo', 'nos hacemos una visita', 'te hago una visita', 'os hago una visita',
  ...cross(['tomamos', 'nos tomamos', 'hacemos', 'nos hacemos', 'echamos', 'nos echamos', 'organizamos', 'montamos', 'planeamos', 'nos pegamos'], PLAN_NOUN),
];

/** Amounts of someone's time asked for: "¿tendrías 20 minutos para una llamada?". */
const SPARE = [
  'un rato', 'un ratito', 'un ratillo', 'un momento', 'un momentito', 'unos minutos', 'unos minutitos', 'un par de minutos', 'media hora', 'una hora', 'un hueco', 'un huequito',
  'tiempo', 'un poco de tiempo', 'algo de tiempo', ...cross(['5', '10', '15', '20', '25', '30', '45', 'cinco', 'diez', 'quince', 'veinte', 'treinta'], ['minutos', 'min', 'mins', 'minutillos', 'minutitos']),
];

/** Vague times that can open or close a proposal ("un día de estos quedamos", "te llamo un día de estos"); unlike VAGUE, no bare "ya". */
const SOON = [
  'un dia de estos', 'uno de estos dias', 'algun dia de estos', 'algun dia', 'un dia', 'cualquier dia', 'cualquier dia de estos', 'pronto', 'prontito', 'en algun momento',
  'algun finde', 'un finde', 'algun fin de semana', 'un fin de semana', 'la semana que viene', 'la proxima semana', 'en estos dias', 'estos dias', 'mas adelante',
  'cuando puedas', 'cuando quieras', 'cuando vuelvas', 'cuando vengas', 'cuando te venga bien', 'a la vuelta', 'en breve', 'cuando sea', 'alguna tarde', 'alguna noche',
  'cuanto antes', 'de nuevo', 'otra vez', 'este verano', 'en verano', 'en vacaciones', 'a la vuelta de vacaciones', 'a la vuelta del verano',
  'a la vuelta del viaje', 'cuando vuelvas de vacaciones', 'despues del verano', 'despues de vacaciones', 'en los proximos dias',
];

export const es: LanguageRules = {
  code: 'es',
  macros: {
    ADV: ['muy', 'mucho', 'ya', 'de verdad', 'en serio', 'definitivamente', 'sin falta', 'si o si', 'tambien', 'pronto', 'mas', 'algun dia', 'otra vez', 'porfa', 'por favor', 'xfa', 'un dia', 'alguna vez',
      'un dia de estos', 'uno de estos dias', 'algun dia de estos', 'algun finde', 'muchisimo', 'un monton', 'un huevo', 'tanto', 'demasiado', 'un chingo', 'mogollon',
      'horrores', 'mazo', 'bastante', 'un montonazo', 'una barbaridad'],
    WE_MODAL: [
      'deberiamos', 'tenemos que', 'tendriamos que', 'hay que', 'habria que', 'podriamos', 'a ver si', 'ojala', 'ojala podamos', 'vamos a',
      'tenemos q', 'necesitamos', 'nos toca', 'debemos', 'quiero que', 'me encantaria que', 'me gustaria que', 'estaria bien', 'seria genial',
      'estaria genial', 'seria bueno', 'a ver cuando', 'cuando', 'podemos', 'queremos',
      // "deberíamos de quedar" (dialectal), future and impersonal "toca", invitations as questions: "¿qué tal si / y si quedamos?"
      'deberiamos de', 'tendremos que', 'habra que', 'tocaria', 'toca', 'ya toca', 'a ver si podemos', 'a ver si ya', 'que tal si', 'y si', 'por que no',
      'estaria guay', 'seria guay', 'estaria chulo', 'estaria padre', 'estaria chido', 'estaria chevere', 'seria chevere', 'estaria buenisimo',
      'estaria bueno', 'molaria', 'me encantaria que pudieramos', 'me gustaria que pudieramos', 'ojala pudieramos', 'a ver si podemos',
      'tenemos que volver a', 'deberiamos volver a', 'hay que volver a', 'podriamos volver a',
    ],
    ACT: [
      'quedar', 'quedamos', 'quedemos', 'vernos', 'nos vemos', 'veamos', 'nos veamos', 'nos viramos', 'nos vieramos', 'volver a vernos', 'vernos mas',
      'juntarnos', 'nos juntamos', 'reunirnos', 'encontrarnos', 'ponernos al dia', 'nos ponemos al dia', 'tomar algo', 'tomamos algo', 'nos tomamos algo',
      'tomar un cafe', 'tomamos un cafe', 'tomar unas cervezas', 'tomar una cerveza', 'tomar unas copas', 'tomar un vino', 'tomar unos tragos',
      'ir a comer', 'ir a cenar', 'salir a cenar', 'salir a comer', 'salir !de !del !a !al !ya !corriendo', 'cenar', 'comer juntos', 'almorzar', 'desayunar', 'merendar',
      'hablar !con', 'hablarnos', 'llamarnos', 'hacer una videollamada', 'una videollamada', 'videollamada', 'hacer una llamada', 'hacer esto otra vez',
      'hacerlo otra vez', 'repetir', 'repetirlo', 'caminar', 'ir a caminar', 'pasear', 'charlar', 'platicar', 'conversar', 'echar un cafe',
      'echar unas cervezas', 'vernos pronto', 'hacer algo', 'hacer un plan', 'organizar algo', 'ir al cine', 'quedar para cenar', 'quedar para comer',
      'conectar', 'colaborar', 'agendar una llamada', 'una llamada', 'un cafe', 'cafe', 'un cafe virtual', 'unas cervezas', 'algo', 'una charla',
      // Present-tense proposals after "a ver si / ¿y si / ¿qué tal si": "a ver si coincidimos", "¿y si salimos un día?"
      'salimos !de !del !a !al !ya', 'cenamos', 'comemos', 'nos juntamos', 'nos llamamos', 'coincidimos', 'coincidir', 'nos reunimos', 'nos escapamos', 'escaparnos',
      'quedamos un dia', 'vernos las caras', 'vernos en persona', 'conocernos en persona', 'reencontrarnos', 'ponernos al corriente', 'ir de canas',
      'ir de tapas', 'ir de copas', 'ir de birras', 'ir de cervezas', 'salir de fiesta', 'salir de copas', 'salir de canas', 'salimos de fiesta',
      'quedar contigo', 'quedar con vosotros', 'juntarse !con', 'celebrarlo', 'celebrarlo juntos', 'festejarlo', 'brindar por ello', 'cuadrar agendas', 'cuadramos agendas', 'cuadremos agendas',
      'nos organizamos y quedamos', 'nos organizamos y nos vemos', 'nos organizamos para quedar', 'nos organizamos para vernos', 'verse !la !el !esa !ese !las !los !una !un !esta !este !todas !todos', 'armar algo', 'verte', 'veros', 'visitarte', 'visitaros', 'ir a verte', 'ir a veros', 'pasar a verte', 'pasar un rato juntos',
      'pasar un rato juntas', 'comer juntas', 'cenar juntos', 'cenar juntas', 'hacer algo juntos', 'hacer algo juntas', 'cuadrar algo', 'montar algo',
      'hablar por telefono', 'ir a tomar algo', 'ir a tomar un cafe', 'ir a por unas cervezas', 'quedar a tomar algo', 'quedar a comer', 'quedar a cenar',
      ...cross(['ir por', 'vamos por', 'ir a por', 'vamos a por', 'ir a tomar', 'tomar', 'tomamos', 'nos tomamos', 'tomarnos', 'echar', 'echamos', 'nos echamos', 'hacer', 'hacemos', 'organizar', 'organizamos', 'montar', 'montamos', 'planear', 'planeamos', 'tener', 'tenemos', 'armar', 'armamos', 'pegarnos', 'nos pegamos'], PLAN_NOUN)
        .filter((phrase) => !/^(tener|tenemos|echar|echamos|nos echamos) algo/.test(phrase)),
    ],
    DESIRE: [
      'me encantaria', 'me gustaria', 'me gustaria mucho', 'me encantaria mucho', 'que ganas de', 'tengo ganas de', 'tengo muchas ganas de',
      'muchas ganas de', 'ganas de', 'estaria bien', 'seria genial', 'seria un placer', 'estaria encantado de', 'estaria encantada de',
      'encantado de !conectar !conocerte !conocerle !conoceros', 'encantada de !conectar !conocerte !conocerle !conoceros', 'me apetece', 'te apetece', 'te animas a', 'ojala podamos', 'sera genial', 'estaria genial', 'sería bueno',
      'seria bueno', 'te parece', 'te parece si', 'te parecería', 'te pareceria', 'te pareceria bien', 'te importaria si', 'tendrias un rato para',
      'tienes un rato para', 'tendria un rato para', 'me encantaria tener la oportunidad de', 'me gustaria tener la oportunidad de',
      'me encantaria contar contigo para', 'quiero', 'quiero verte', 'te animas',
      // Conditional and second-person offers: "¿te apetecería que charlásemos?", "¿os apetece un café?", "¿le gustaría...?"
      'te apeteceria', 'te gustaria', 'te interesaria', 'te encantaria', 'os apetece', 'os apeteceria', 'os gustaria', 'le apetece', 'le apeteceria',
      'le gustaria', 'le interesaria', 'les gustaria', 'les apeteceria', 'te late', 'se te antoja', 'se os antoja', 'te provoca', 'te cuadra',
      'te va', 'te hace', 'os hace', 'te pinta', 'que te parece', 'que te pareceria', 'que os parece', 'que le parece', 'le parece', 'le pareceria',
      'os animais a', 'te animarias a', 'nos encantaria', 'nos gustaria', 'me apeteceria', 'me muero de ganas de', 'muero de ganas de', 'me mola',
      'me molaria', 'estaria guay', 'seria guay', 'estaria chulo', 'estaria padre', 'estaria chido', 'que ganas tengo de', 'tengo unas ganas de',
      'que ilusion', 'me haria ilusion', 'me haria mucha ilusion', 'seria un gusto', 'seria un honor', 'encantado de poder', 'encantada de poder',
      'quisiera', 'va siendo hora de !cenar !comer !almorzar !desayunar !merendar !salir !ir !irnos !dormir', 'ya va siendo hora de !cenar !comer !almorzar !desayunar !merendar !salir !ir !irnos !dormir', 'ya es hora de !cenar !comer !almorzar !desayunar !merendar !salir !ir !irnos !dormir', 'te vendria bien', 'le vendria bien', 'os vendria bien', 'te viene bien', 'le viene bien', 'os viene bien', 'te viene bien para', 'te va bien para', 'os viene bien para', 'le viene bien para', 'te vendria bien para', 'te cuadra para', 'te encaja', 'le encaja', 'os encaja', 'te encajaria', 'le encajaria', 'os encajaria', 'te iria bien', 'le iria bien',
      'me encantaria poder', 'me gustaria poder', 'espero poder', 'espero que podamos', 'ojala podamos',
    ],
    DESIRE_ACT: [
      'verte', 'verte pronto', 'verla', 'verlo', 'volver a verte', 'conocerte', 'vernos', 'quedar', 'que quedemos', 'que nos veamos', 'que nos vieramos',
      'tomar un cafe', 'tomar algo', 'un cafe', 'una cerveza', 'unas cervezas', 'un cafe virtual', 'charlar', 'hablar', 'conversar', 'platicar',
      'conectar', 'colaborar', 'una llamada', 'una charla', 'una colaboracion', 'pedirte consejo', 'pedirle consejo', 'aprender de tu experiencia',
      'conocer tu experiencia', 'conocer mas', 'saber mas', 'ponernos al dia', 'juntarnos', 'salir !de !del !a !al !ya', 'cenar', 'comer', 'ir a comer', 'llamarte',
      'una videollamada', 'una breve llamada', 'una llamada rapida', 'una llamadita', 'una reunion', 'una breve reunion', 'una reunion rapida', 'una breve charla',
      // Subjunctive proposals: "que charlásemos", "que nos tomemos algo".
      ...cross(['que'], ['charlemos', 'charlasemos', 'charlaramos', 'hablemos', 'hablasemos', 'hablaramos', 'quedasemos', 'quedaramos', 'nos viesemos',
        'nos juntemos', 'nos juntaramos', 'nos juntasemos', 'tomemos algo', 'tomaramos algo', 'tomasemos algo', 'nos tomemos algo', 'nos tomaramos algo',
        'nos pongamos al dia', 'nos pusieramos al dia', 'conversemos', 'conversaramos', 'platiquemos', 'platicaramos', 'conectemos', 'colaboremos',
        'colaborasemos', 'colaboraramos', 'nos llamemos', 'hagamos algo', 'salgamos', 'cenemos', 'comamos', 'nos conozcamos', 'coincidamos',
        'nos reunamos', 'nos reunieramos', 'vengas', 'vinieras', 'vinieses', 'vengais', 'nos visites', 'me visites', 'nos visiteis']),
      ...PLAN_NOUN,
      'tomar una cerveza', 'tomar unas cervezas', 'tomar unas canas', 'tomar unas birras', 'tomar un vino', 'invitarte a un cafe', 'invitarte a comer',
      'invitarte a cenar', 'invitaros a cenar', 'invitaros a comer', 'invitarle a un cafe', 'conocerle', 'conoceros', 'conocerla', 'conocerlo', 'veros',
      'visitarte', 'visitaros', 'ir a verte', 'ir a veros', 'hablar contigo', 'charlar contigo', 'conversar contigo', 'hablar con usted',
      'conversar con usted', 'comentar contigo', 'comentarlo contigo', 'comentar con usted', 'intercambiar ideas', 'intercambiar impresiones',
      'compartir ideas', 'explorar sinergias', 'explorar una colaboracion', 'explorar posibles colaboraciones', 'conocer tu trabajo', 'conocer su trabajo',
      'conocer su experiencia', 'conocer vuestro trabajo', 'aprender de ti', 'aprender de usted', 'aprender de su experiencia', 'escuchar tu opinion',
      'conocer tu opinion', 'conocer su opinion', 'saber tu opinion', 'tener tu opinion', 'quedar contigo', 'vernos pronto', 'coincidir',
      'hacer algo juntos', 'hacer algo juntas', 'ir de canas', 'ir de tapas', 'ir de copas', 'salir de fiesta',
      ...cross(['ir por', 'ir a por', 'ir a tomar', 'ir a comer', 'ir a cenar', 'salir por'], PLAN_NOUN),
      ...cross(['robarte', 'robarle', 'robaros', 'quitarte', 'quitarle'], ['un rato', 'un ratito', 'un momento', 'unos minutos', '5 minutos', '10 minutos', '15 minutos', '20 minutos', '30 minutos', 'media hora']),
      ...cross(['pedirte', 'pedirle', 'pediros', 'preguntarte', 'preguntarle'], ['consejo', 'un consejo', 'algo de consejo', 'algunos consejos', 'un par de consejos',
        'orientacion', 'algo de orientacion', 'un poco de orientacion', 'tu opinion', 'su opinion', 'opinion', 'unos minutos', 'un rato', 'feedback', 'ayuda', 'algo de ayuda']),
    ],
    // "te extraño", its spellings ("te estraño", "t extraño"), future ("te voy a extrañar") and impersonal ("se te extraña", "me haces falta").
    MISS: [
      ...cross(['te', 't', 'os', 'los', 'las'], ['extrano', 'extranamos', 'estrano', 'extranio', 'extrano mucho', 'extranare', 'extranaremos',
        'estoy extranando', 'estamos extranando', 're extrano', 're extranamos', 'recontra extrano', 'extrano banda', 'extrano un monton', 'voy a extranar', 'vamos a extranar', 'echo de menos', 'hecho de menos', 'echamos de menos', 'echare de menos',
        'echaremos de menos']).filter((phrase) => !/^(los|las) (echo|hecho|echamos|echare|echaremos|voy|vamos)/.test(phrase)),
      'extranandote', 'extranandoos', 'echandote de menos', 'voy a extranarte', 'vamos a extranarte', 'voy a extranaros', 'se te extrana', 'se os extrana',
      'se te echa de menos', 'se os echa de menos', 'se te extrana mucho', 'me haces falta !para', 'me haces mucha falta !para', 'nos haces falta !para',
      'nos haces mucha falta !para', 'me haceis falta !para', 'nos haceis falta !para', 'como te extrano', 'cuanto te extrano', 'extranote', 'extranarte',
    ],
    MISS_SPLIT: ['te echo', 'os echo', 'te echamos', 'os echamos', 'te hecho', 'os hecho', 'se te echa', 'se os echa', 'te estoy echando', 'te voy a echar', 'te echare'],
    LMK: [
      'avisame', 'avisa', 'avisanos', 'llamame', 'escribeme', 'dime', 'mandame un mensaje', 'hablame', 'me avisas', 'me dices', 'me llamas', 'me escribes',
      // Plural and formal imperatives, voseo and texting forms.
      'avisadme', 'avisadnos', 'llamadme', 'escribidme', 'decidme', 'avise', 'aviseme', 'llameme', 'escribame', 'digame', 'avisame vos', 'llamame vos',
      'escribime', 'avisame porfa', 'me avisais', 'me decis', 'me escribis', 'me llamais', 'me das un toque', 'dame un toque', 'dadme un toque',
      'pegame un toque', 'mandame un whatsapp', 'mandame un wasap', 'mandame un msj', 'escribeme un mensaje', 'tirame un mensaje', 'hazme saber',
      'hagame saber', 'me mandas un mensaje', 'me pegas un toque', 'me haces saber', 'marcame', 'hazme una llamada', 'hazme una videollamada', 'hazme un facetime',
      'me marcas', 'llamame por video',
      // "échame un grito / dame una voz / pégame un telefonazo"
      ...cross(['echame', 'pegame', 'dame', 'me echas', 'me pegas', 'me das', 'echadme', 'dadme'], ['un grito', 'una voz', 'un telefonazo', 'un silbido', 'un toque', 'un fonazo']),
    ],
    // "avísame cuando estés libre", not "avísame cuando llegues": the condition must be free time, a visit or the reader's wish.
    WHEN_FREE: [
      'cuando sea', 'cuando quieras', 'cuando puedas', 'cuando querais', 'cuando podais', 'cuando quiera', 'cuando pueda', 'cuando estes libre',
      'cuando esteis libres', 'cuando este libre', 'si estas libre', 'si tienes un rato', 'si tienes tiempo', 'cuando tengas un rato', 'cuando tengas tiempo',
      'cuando tengas un hueco', 'cuando tengas un momento', 'cuando tenga un momento', 'cuando tenga tiempo', 'cuando tengais un rato', 'cuando tengas un ratito',
      'cuando te venga bien', 'cuando os venga bien', 'cuando le venga bien', 'cuando te vaya bien', 'cuando te cuadre', 'cuando te apetezca',
      'cuando os apetezca', 'si te apetece', 'si os apetece', 'si te animas', 'si os animais', 'si quieres quedar', 'si quieres que quedemos',
      'si quieres que nos veamos', 'si quieres tomar algo', 'cuando vengas', 'cuando vuelvas', 'cuando vengais', 'cuando volvais', 'si vienes', 'si venis',
      'si vuelves', 'si pasas', 'si pasais', 'cuando pases', 'cuando paseis', 'si andas', 'cuando andes', 'si estas por', 'cuando estes por',
      'si algun dia', 'si en algun momento', 'si alguna vez', 'cuando bajes', 'si bajas', 'cuando subas', 'si subes', 'si caes', 'cuando caigas',
      'en cuanto puedas', 'en cuanto vengas', 'en cuanto vuelvas', 'en cuanto estes libre', 'en cuanto tengas un rato', 'cuando estes de vuelta',
      'cuando te viene bien', 'cuando os viene bien', 'cuando le viene bien', 'cuando te va bien', 'cuando estas libre',
      'cuando tienes un rato', 'cuando tienes tiempo', 'que dia te viene bien', 'que dia te va bien', 'cuando te cuadra', 'cuando te vendria bien',
      'cuando estes mas tranquilo', 'cuando estes mas tranquila', 'cuando esteis mas tranquilos', 'cuando estes mejor',
    ],
    // The same conditions opening a sentence: "si algún día pasas por Sevilla me escribes".
    COND_VERB: [
      'vengas', 'vienes', 'vengais', 'venis', 'vuelvas', 'vuelves', 'volvais', 'volveis', 'pases', 'pasas', 'paseis', 'pasais', 'te pases', 'te pasas',
      'andes', 'andas', 'andeis', 'andais', 'bajes', 'bajas', 'subas', 'subes', 'caigas', 'caes', 'estes por', 'estas por', 'esteis por', 'estais por',
      'estes libre', 'estas libre', 'esteis libres', 'estes mas', 'esteis mas', 'estes menos', 'esteis menos', 'estes mejor', 'estes de vuelta',
      'esteis de vuelta', 'tengas un rato', 'tienes un rato', 'tengas tiempo', 'tienes tiempo', 'tengas un hueco', 'tengas un momento', 'tenga un momento',
      'tengais un rato', 'puedas', 'podais', 'pueda', 'quieras', 'querais', 'te apetezca', 'te apetece', 'os apetezca', 'os apetece', 'te animes', 'te animas',
      'os animeis', 'te venga bien', 'os venga bien', 'le venga bien', 'te cuadre', 'os cuadre', 'le cuadre', 'te vaya bien', 'os vaya bien', 'le vaya bien',
      'te encaje', 'le encaje', 'os encaje',
    ],
    // What follows such a condition: get in touch, meet, visit, invite.
    COND_RESP: [
      'avisame', 'avisadme', 'avisanos', 'avisadnos', 'llamame', 'llamadme', 'escribeme', 'escribidme', 'dime', 'decidme', 'aviseme', 'escribame', 'llameme',
      'me avisas', 'me avisais', 'me escribes', 'me escribis', 'me llamas', 'me dices', 'me decis', 'me das un toque', 'me pegas un toque', 'dame un toque',
      'nos vemos', 'quedamos', 'tomamos algo', 'nos tomamos algo', 'tomamos un cafe', 'nos tomamos un cafe', 'nos juntamos', 'cenamos', 'comemos', 'salimos',
      'te invito', 'os invito', 'le invito', 'me paso', 'nos pasamos', 'paso a verte', 'paso a veros', 'voy a verte', 'voy a veros', 'te hago una visita',
      'os hacemos una visita', 'os hago una visita', 'te llamo y', 'hablamos', 'charlamos', 'nos ponemos al dia', 'aqui estoy', 'aqui me tienes', 'cuenta conmigo',
      'ya sabes donde estoy', 'ya sabes donde encontrarme', 'mi puerta esta abierta', 'estare encantado', 'estare encantada', 'encantado', 'encantada',
      'echame un grito', 'pegame un grito', 'dame una voz', 'me echas un grito', 'me pegas un grito', 'te llamo', 'nos llamamos', 'me dejo caer', 'me escapo', 'te espero', 'os espero', 'te esperamos', 'os esperamos', ...PROPOSE,
      ...cross(['te vienes', 'os venis', 'te pasas', 'os pasais', 'vienes', 'venis'], ['a casa', 'por casa', 'a cenar', 'a comer', 'a vernos', 'a verme', 'a tomar algo', 'un rato']),
    ],
    // Visits offered by the writer: "me paso a conoceros", "te hago una visita".
    VISIT: [
      ...cross(['me paso', 'paso', 'pasare', 'nos pasamos', 'me acerco', 'nos acercamos', 'me dejo caer', 'voy', 'ire', 'vamos', 'iremos', 'me escapo', 'nos escapamos'],
        ['a verte', 'a veros', 'a conocerte', 'a conoceros', 'a visitarte', 'a visitaros', 'a saludarte', 'a saludaros', 'por tu casa', 'por vuestra casa',
          'a conocer al bebe', 'a conocer a la peque', 'a conocer al peque', 'a conocer a la nena', 'a conocer al nene']),
      'te hago una visita', 'os hago una visita', 'os hacemos una visita', 'te hacemos una visita', 'te visito', 'os visito', 'te visitamos', 'os visitamos',
    ],
    PLAN_NOUN,
    PLAN_DEF: cross(['el', 'la', 'las', 'los', 'ese', 'esa', 'esas', 'esos', 'nuestro', 'nuestra', 'nuestras', 'nuestros', 'aquel', 'aquella', 'aquellas'],
      ['cafe', 'cafecito', 'cena', 'cenita', 'comida', 'cerveza', 'cervezas', 'birra', 'birras', 'canas', 'copas', 'vinos', 'vino', 'quedada', 'viaje', 'escapada',
        'ruta', 'videollamada', 'llamada', 'visita', 'charla', 'plan', 'brunch', 'vermut', 'tapas', 'juntada', 'asado', 'excursion']),
    // Present tense as a proposal: "¿hacemos una videollamada cuando puedas?"
    PROPOSE,
    SOON,
    // Clitic climbing: "nos tenemos que ver", "nos deberíamos poner al día".
    NOS_MODAL: ['nos tenemos que', 'nos tenemos q', 'nos tendriamos que', 'nos deberiamos', 'nos podriamos', 'nos tendremos que', 'nos vamos a tener que', 'nos hemos de',
      'nos tenemos que volver a', 'nos tendriamos que volver a', 'nos tenemos que ir a', 'nos podemos'],
    NOS_ACT: ['ver !la !el !los !las !esa !ese !eso !esto !con !lo', 'ver mas', 'ver pronto', 'juntar !con', 'reunir !con', 'poner al dia !con', 'poner al corriente',
      'escapar', 'llamar', 'tomar algo', 'echar algo', 'ir de canas', 'ir de copas', 'ir de tapas', 'ir de birras', 'ir de fiesta'],
    // "busquemos un hueco para un café", "¿cuadramos un día para vernos?"
    FIND_SLOT: cross(['busquemos', 'buscamos', 'buscar', 'cuadremos', 'cuadramos', 'cuadrar', 'encontremos', 'encontrar', 'miremos', 'miramos', 'mirar', 'saquemos', 'sacamos',
      'sacar', 'busco', 'buscare', 'cerremos', 'cerramos', 'fijemos', 'fijamos', 'fijar', 'pongamos', 'ponemos', 'poner', 'agendemos', 'agendamos'],
      ['un dia', 'un hueco', 'un huequito', 'un rato', 'un momento', 'una fecha', 'un finde', 'hueco', 'fecha', 'dia', 'una tarde', 'una noche', 'un ratito']),
    SPARE,
    // "espero verte", "me muero por verte", "extraño verte": seeing the reader.
    SEE: ['verte', 'veros', 'vernos', 'volver a verte', 'volver a veros', 'que nos veamos', 'que nos volvamos a ver', 'abrazarte', 'daros un abrazo', 'darte un abrazo',
      'quedar contigo', 'hablar contigo', 'charlar contigo', 'tomar algo contigo', 'tomar un cafe contigo', 'estar contigo', 'pasar tiempo contigo', 'pasar tiempo juntos',
      'nuestras charlas', 'nuestras conversaciones', 'nuestros cafes', 'nuestras quedadas', 'nuestros planes', 'nuestras risas', 'nuestras cenas', 'nuestras birras',
      'nuestras canas', 'nuestras tardes', 'nuestras salidas', 'nuestras juntadas', 'nuestras llamadas', 'nuestros vinos', 'tus abrazos', 'tus audios', 'tus risas',
      'tus chistes', 'vuestras visitas', 'vuestras risas', 'tus visitas', 'nuestros paseos', 'nuestros desayunos', 'nuestros findes'],
    // The reader coming over: "tienes que venir a vernos", "a ver si te vienes un finde".
    COME: ['venir', 'venirte', 'veniros', 'vienes', 'te vienes', 'venis', 'os venis', 'vengas', 'te vengas', 'vengais', 'pasarte', 'pasaros', 'te pasas', 'os pasais',
      'te pases', 'os paseis', 'dejarte caer', 'dejaros caer', 'te dejas caer', 'os dejais caer', 'te dejes caer', 'bajar', 'bajas', 'subir', 'subes', 'visitarnos', 'visitarme',
      'nos visitas', 'me visitas', 'nos visiteis', 'nos visites', 'me visites', 'venir a vernos', 'venir a verme', 'volver', 'vuelves', 'volveis', 'te escapas', 'escaparte', 'os escapais'],
    COME_MODAL: ['tienes que', 'teneis que', 'tendrias que', 'tendriais que', 'deberias', 'deberiais', 'a ver si', 'a ver cuando', 'ojala', 'por que no', 'te tienes que',
      'os teneis que', 'tienes q', 'a ver si ya', 'haber si', 'aver si', 'espero que', 'me encantaria que', 'me gustaria que', 'cuando vas a', 'cuando vais a'],
    COME_WHERE: ['a vernos', 'a verme', 'por casa', 'por aqui', 'a visitarnos', 'a visitarme', 'a conocernos', 'por mi casa', 'por nuestra casa', 'a tomar algo'],
    // Advice and a bit of someone's time: professional asks.
    ADVICE_ASK: [
      ...cross(['pedirte', 'pedirle', 'pediros', 'preguntarte', 'preguntarle'], ['consejo', 'un consejo', 'algo de consejo', 'algunos consejos', 'un par de consejos',
        'orientacion', 'algo de orientacion', 'un poco de orientacion', 'tu opinion', 'su opinion', 'opinion', 'feedback', 'algo de feedback']),
      'conocer tu experiencia', 'conocer su experiencia', 'aprender de tu experiencia', 'aprender de su experiencia', 'conectar', 'colaborar',
      'una colaboracion', 'pedirte consejo', 'explorar sinergias', 'explorar una colaboracion', 'explorar posibles colaboraciones', 'intercambiar impresiones',
    ],
    VAGUE: [
      'algun dia', 'un dia', 'un dia de estos', 'uno de estos dias', 'pronto', 'cuando puedas', 'cuando quieras', 'en algun momento', 'algun finde',
      'mas seguido', 'otra vez', 'la semana que viene', 'la proxima semana', 'cuando vengas', 'cuando vuelvas', 'cuando tengas un rato', 'mas a menudo',
      'cuando te venga bien', 'cuando estes libre', 'en el futuro', 'un finde', 'un fin de semana', 'proximamente', 'un dia de estos', 'alguna vez', 'algun momento', 'ya',
      'algun dia de estos', 'algun finde de estos', 'cualquier dia', 'cualquier dia de estos', 'cuando sea', 'cuando podais', 'cuando querais', 'cuando pueda',
      'cuando quiera', 'cuando os venga bien', 'cuando le venga bien', 'cuando tengas tiempo', 'cuando tengas un momento', 'cuando tenga un momento',
      'cuando tengas un hueco', 'cuando te apetezca', 'cuando os apetezca', 'cuando te cuadre', 'cuando te vaya bien', 'cuando vengais', 'cuando volvais',
      'cuando estes por aqui', 'cuando pases por', 'si pasas por', 'si vienes por', 'mas adelante', 'en estos dias', 'estos dias', 'en breve', 'prontito',
      'prontisimo', 'cuanto antes', 'algun fin de semana', 'alguna tarde', 'alguna noche', 'alguna manana', 'algun rato', 'de nuevo', 'a ver cuando',
      'en algun momento dado', 'en los proximos dias', 'en las proximas semanas', 'cuando se pueda', 'cuando podamos', 'en otra ocasion', 'la proxima vez que', 'la proxima que',
    ],
    GREETING: ['hola', 'oye', 'ey', 'buenas', 'bueno', 'pues', 'y', 'pero', 'jaja', 'jajaja', 'ay', 'amiga', 'amigo', 'tio', 'tia', 'guapa', 'porfa', 'xfa', 'por favor', 'vale', 'ok', 'che', 'wey', 'mira', 'guapo', 'bro', 'chaval', 'chavales', 'chicas', 'chicos', 'gente', 'cari', 'carino', 'manito', 'loco', 'loca', 'boludo', 'boluda', 'parce', 'mija', 'mijo', 'nena', 'nene'],
    CONNECTOR: ['y', 'pero', 'tambien', 'e'],
    PERSONS: ['yo', 'nosotros', 'me', 'te', 'nos', 'tu'],
    REGISTER_CUES: ['conectar', 'perfil', 'linkedin', 'charla', 'congreso', 'conferencia', 'ponencia', 'articulo', 'publicacion', 'investigacion', 'startup', 'empresa',
      'startups', 'empresas', 'contratacion', 'reclutamiento', 'webinar', 'consultoria', 'emprendimiento', 'portfolio', 'vacante',
      'summit', 'networking', 'meetup', 'aceleradora', 'incubadora', 'fundador', 'fundadora', 'cofundador', 'cofundadora', 'ceo', 'cto', 'keynote', 'panel'],
    SKIPPABLE: ['le', 'les', 'te', 'nos', 'me', 'tambien', 'muy', 'mucho'],
    PURPOSE: ['para'],
    FREE: ['libre', 'rato', 'tiempo', 'bien', 'puedas', 'puedes', 'cuadre', 'cuadra', 'hueco', 'momento', 'pronto', 'dia', 'estos', 'dias', 'finde', 'semana'],
    // Closing formulas: "¡hablamos pronto!" says goodbye; "¿hablamos pronto?" proposes.
    SIGN_OFF: ['hablamos pronto', 'hablamos', 'nos hablamos', 'nos hablamos pronto', 'hablamos luego', 'charlamos pronto', 'nos vemos pronto', 'hasta pronto'],
    SUBJECT_WORDS: ['deberiamos', 'tenemos', 'hay', 'me', 'te', 'vamos'],
  },
  patterns: [
    { p: '@WE_MODAL @ADV* @ACT @ADV*' },
    { p: '[nosotros|tu y yo]? @WE_MODAL @ADV* [@ACT|vernos|quedar]' },
    { p: '@DESIRE @ADV* @DESIRE_ACT', notAfter: ['tiene', 'tienen', 'tenia', 'tenian', 'tendra', 'tuvo'] },
    // "¿te parece si tomamos un café?", "¿te importaría si nos vemos un día?"
    { p: '[te parece si|que te parece si|le parece si|os parece si|que os parece si|te importaria si|le importaria si|te parece que|te apetece que|y si] @PROPOSE' },
    // "sigo con ganas de ese café", "tengo ganas de esas cañas, cuando puedas me dices".
    { p: '[sigo con|seguimos con|sigo teniendo|aun tengo|todavia tengo] @ADV* ganas de [@PLAN_DEF|@DESIRE_ACT]' },
    { p: '@DESIRE @ADV* @PLAN_DEF', needsVague: true },
    // "necesito un brunch contigo", "me hace falta un café con vosotras".
    { p: '[necesito|necesitamos|me hace falta|nos hace falta|me urge|nos urge] @PLAN_NOUN @ADV* [contigo|con vosotros|con vosotras|con usted|con vos|juntos|juntas]' },
    { p: '[me muero por|muero por|nos morimos por|extrano|extranio|estrano|extranamos|echo de menos|echamos de menos|hecho de menos] @SEE', kind: 'social' },
    { p: '[espero|esperamos|espero poder|esperamos poder] @SEE', needsVague: true },
    // "¿tendrías 20 minutos algún día para una llamada?", "¿te puedo robar media hora algún día?"
    { p: '[tienes|tendrias|tendria|tiene|teneis|tendriais|tendras|tendra] usted? @SPARE @VAGUE? para @DESIRE_ACT' },
    { p: '[tienes|tendrias|tendria|tiene|teneis|tendriais|tendras|tendra] usted? @SPARE @SOON', checkPurpose: true },
    { p: '[te puedo robar|le puedo robar|os puedo robar|puedo robarte|puedo robarle|podria robarte|podria robarle|te podria robar|le podria robar] @SPARE', needsVague: true },
    // "si te apetece, sigamos la conversación con un café", "retomemos la charla cuando vuelvas".
    { p: '[sigamos|continuemos|retomemos] [la|esta|nuestra|esa] [conversacion|charla|platica]', needsVague: true },
    { p: '[sigamos|continuemos|retomemos] [la|esta|nuestra|esa] [conversacion|charla|platica] _5 [con|tomando] @PLAN_NOUN' },
    { p: '@DESIRE @ADV* [que nos|vernos|verte|que] _2 [veamos|vieramos|vemos|verte|quedar|quedemos]' },
    { p: '@MISS', kind: 'social' },
    { p: '[yo]? @MISS_SPLIT @ADV* de menos', kind: 'social' },
        { p: '@LMK @ADV* @WHEN_FREE' },
    { p: '[cuando|si|en cuanto] @VAGUE? @COND_VERB _4 [@COND_RESP|@VISIT]' },
    { p: '[cuando|si] @VAGUE? [te apetece|te apeteciera|te apetezca|os apetece|le apetece|te interesa|te interesaria|le interesa|te animas|te viene bien|tienes un rato] @ADV* @DESIRE_ACT' },
    { p: '@PROPOSE _2 @VAGUE' },
    { p: '[quedemos|veamonos|juntemonos|salgamos !de|llamemonos|veamonos|reunamonos|escapemonos] _4 @VAGUE?' },
    { p: '[hagamos|tomemos|organicemos|montemos|planeemos|echemos|hagamonos|tomemonos|armemos|armamos] @PLAN_NOUN' },
    { p: '[vamos por|vamos a por|vamos a tomar|vamos de|nos vamos de] [@PLAN_NOUN|canas|tapas|copas|birras|cervezas|chelas|vinos]', needsVague: true },
    { p: '@VISIT', needsVague: true },
    { p: '[te invito|os invito|le invito|les invito|te invitamos|os invitamos|te puedo invitar|os puedo invitar|le puedo invitar|puedo invitarte|puedo invitaros|puedo invitarle|dejame invitarte|dejadme invitaros|te dejo invitar] @ADV* a [comer|cenar|almorzar|desayunar|merendar|un cafe|un cafecito|una cerveza|unas cervezas|unas canas|unas birras|una birra|unas chelas|un trago|una copa|algo|un vino|un vinito|tomar algo|mi casa|casa|una cena|un brunch|unas tapas|un helado]' },
    { p: '[tenemos|tengo|nos queda|queda|sigue|seguimos con|tenemos todavia|tenemos aun] [@PLAN_NOUN|@PLAN_DEF] @ADV* [pendiente !con|pendientes !con]' },
    { p: '[tenemos pendiente|tenemos pendientes|queda pendiente|nos queda pendiente|sigue pendiente|tengo pendiente] [@PLAN_NOUN|@PLAN_DEF]' },
    { p: '[nos debemos|te debo|os debo|le debo|me debes|me debeis|nos debes|nos debeis] [@PLAN_NOUN|@PLAN_DEF]' },
    { p: '[te vienes|os venis|te apuntas|os apuntais|te unes|te sumas|os sumais] @ADV* [a|al]? [@DESIRE_ACT|@ACT]', needsVague: true },
    { p: '[cuando|a ver cuando] [nos vemos|quedamos|nos juntamos|tomamos algo|nos tomamos algo|te dejas caer|os dejais caer|nos visitas|me visitas|vienes a vernos|venis a vernos|vienes a verme|podemos quedar|podemos vernos|puedes quedar|podeis quedar|nos ponemos al dia|repetimos|lo repetimos]' },
    { p: '@COME_MODAL @COME @ADV* @COME_WHERE' },
    { p: '@COME_MODAL @COME', needsVague: true },
    { p: '[ven|venid|vente|venios|veniros|pasate|pasaos|dejate caer|dejaos caer|bajate|subete|escapate] _3 [@SOON|@COME_WHERE]' },
    { p: '@SOON [quedamos|nos vemos|te llamo|os llamo|nos llamamos|te hago una visita|os hago una visita|me paso|nos pasamos|me dejo caer|@PROPOSE|@VISIT]', atClauseStart: true },
    { p: '[te llamo|os llamo|llamame|llamadme|nos llamamos|me paso|me dejo caer] @SOON' },
    { p: '[te espero|os espero|te esperamos|os esperamos] _3 @SOON' },
    { p: '@NOS_MODAL @ADV* @NOS_ACT' },
    { p: '@FIND_SLOT para? @DESIRE_ACT' },
    { p: '@PLAN_NOUN @ADV* @VAGUE', atClauseStart: true },
    { p: 'hay que repetir', kind: 'social' },
    { p: '[tomamos|nos tomamos|echamos|nos echamos|hacemos|nos hacemos] @PLAN_NOUN', atClauseStart: true },
    { p: '[estaria encantado|estaria encantada|encantado|encantada|feliz] @ADV* de @ADV* [charlar|hablar|conversar|ayudar|ayudarte|ayudarle|ayudaros|echarte una mano|echarle una mano|charlarlo|hablarlo|comentarlo] _2 [cuando|si]', kind: 'business' },
    { p: '[hablamos|charlamos] [cuando quieras|cuando puedas|pronto]', kind: 'business' },
    // "quedo a tu disposición para una llamada", "quedo a la espera de tu disponibilidad para un café".
    { p: '[quedo|quedamos|estoy|estamos|estare|estaremos] [a tu disposicion|a su disposicion|a vuestra disposicion|atento a tu disponibilidad|atenta a tu disponibilidad|atento a su disponibilidad|atenta a su disponibilidad|a la espera de tu disponibilidad|a la espera de su disponibilidad|disponible|disponibles] para @DESIRE_ACT', kind: 'business' },
    { p: '@DESIRE @ADV* @ADVICE_ASK', kind: 'business' },
    { p: 'sera|seria|estaria @ADV* [genial|un placer|bien|ideal] @ADV* colaborar', kind: 'business' },
    { p: '[podriamos|deberiamos|podemos|que tal si|y si|te parece si|le parece si|os parece si] [agendar|hacer|organizar|tener|programar|coordinar|cuadrar|agendamos|hacemos|organizamos|tenemos|programamos|cuadramos|buscar|buscamos] [una|un] [llamada|reunion|charla|cafe virtual|call|videollamada|meet|zoom|reunion rapida|llamada rapida|hueco]', kind: 'business' },
  ],
  expansions: {
    q: ['que'],
    xq: ['porque'],
    xfa: ['por', 'favor'],
    porfa: ['por', 'favor'],
    tb: ['tambien'],
    tmb: ['tambien'],
    finde: ['finde'],
    d: ['de'],
    pa: ['para'],
    ud: ['usted'],
  },
  negators: ['no', 'nunca', 'jamas', 'ni', 'tampoco', 'nada'],
  negationExceptions: ['por', 'que'],
  negationLookahead: 2,
  pastMarkers: [
    'deberiamos haber', 'debimos', 'debieramos haber', 'solia', 'soliamos', 'hubieramos', 'hubiera', 'ayer', 'anoche', 'fue genial', 'fue un placer',
    'gracias por', 'lo pasamos', 'quedamos en', 'queria verte', 'queriamos', 'la semana pasada', 'el otro dia', 'extrane', 'nos pusimos', 'tome un cafe',
    'te extrane', 'ibamos a',
  ],
  reportVerbs: ['dice', 'dijo', 'dicen', 'decia', 'comento', 'conto', 'manda', 'mando', 'quiere', 'quieren', 'piensa', 'cree', 'pregunto', 'dicho', 'contado',
    'comentado', 'dijeron', 'contaron', 'comentaron', 'escribio', 'escrito', 'preguntado', 'mandado', 'dijiste', 'decian'],
  thirdParty: ['el', 'ella', 'ellos', 'ellas', 'madre', 'mama', 'papa', 'padre', 'hermana', 'hermano', 'abuela', 'abuelo', 'jefe', 'jefa', 'novio', 'novia', 'todos'],
  timeWords: [
    'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'hoy', 'manana', 'mediodia', 'medianoche', 'ahora', 'ahorita', 'luego',
    // "finde" alone is any weekend ("algún finde de estos"); "este finde" / "el finde" are in timePhrases.
    'esta noche', 'navidad', 'nochevieja',
  ],
  timePhrases: ['esta noche', 'esta tarde', 'esta manana', 'este finde', 'este fin de semana', 'el finde', 'el fin de semana', 'el proximo finde', 'el finde que viene', 'finde que viene', 'pasado manana', 'en un rato', 'en una hora', 'ahora mismo', 'a las', 'en 5 minutos', 'en 10 minutos', 'ya mismo',
    'despues de clase', 'despues del trabajo', 'despues del curro', 'despues de currar', 'a la salida', 'al salir del trabajo', 'al salir de clase'],
  clockPrepositions: ['las', 'la', 'sobre', 'hacia', 'desde', 'hasta'],
  numberWords: ['una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce'],
  monthNames: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'de'],
  leadIns: ['yo', 'tambien', 'creo', 'por', 'favor', 'ya', 'cierto'],
  conditionOpeners: ['cuando', 'si', 'en cuanto'],
  clauseStarters: ['que tal', 'como estas', 'como va', 'como te va', 'por cierto', 'oye', 'gracias', 'besos', 'un abrazo', 'saludos', 'feliz', 'felicidades', 'pd'],
  laughter: ['jaja', 'jajaja', 'jajajaja', 'jeje', 'jejeje', 'jsjs', 'jajaj', 'xd'],
  businessCues: [
    'trabajo', 'carrera', 'experiencia', 'proyecto', 'proyectos', 'colaboracion', 'colaborar', 'conectar', 'consejo', 'sector', 'industria', 'empresa',
    'startup', 'startups', 'producto', 'investigacion', 'propuesta', 'estimado', 'estimada', 'usted', 'congreso', 'charla', 'ia', 'diseno', 'equipo',
    'llamada', 'reunion', 'virtual', 'profesional', 'oportunidad', 'perfil', 'linkedin',
    'colaboraciones', 'equipos', 'empresas', 'productos', 'oportunidades', 'consultoria', 'orientacion', 'onboarding', 'contratacion', 'reclutamiento',
    'negocio', 'negocios', 'cliente', 'clientes', 'mentoria', 'sinergias', 'inversion', 'inversores', 'emprendimiento', 'marketing', 'freelance',
    'agencia', 'sectores', 'feedback', 'cv', 'portfolio', 'vacante', 'vacantes', 'aceleracion', 'aceleradora', 'incubadora', 'pricing', 'saas', 'b2b',
    'plataforma', 'roadmap', 'mentor', 'mentora', 'inversor', 'inversora', 'fondo', 'ronda',
  ],
  strongBusinessCues: ['estimado', 'estimada', 'usted', 'saludos cordiales', 'atentamente', 'linkedin'],
  functionWords: [
    'el', 'la', 'los', 'las', 'que', 'de', 'y', 'en', 'un', 'una', 'es', 'por', 'con', 'para', 'te', 'me', 'mi', 'tu', 'nos', 'pero', 'muy', 'hola',
    'deberiamos', 'quedar', 'quedamos', 'vernos', 'extrano', 'echo', 'menos', 'tenemos', 'hay', 'algun', 'dia', 'pronto', 'cuando', 'puedas',
    'tomar', 'algo', 'cafe', 'ganas', 'verte', 'encantaria', 'gustaria', 'jaja', 'jajaja', 'oye', 'ver', 'si', 'mucho', 'estos', 'avisame',
    'podriamos', 'vamos', 'llamada', 'charlar', 'tienes', 'estas', 'como', 'usted', 'contigo', 'mas',
  ],
};
