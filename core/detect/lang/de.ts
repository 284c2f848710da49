/**
 * German rules. Umlauts are folded before matching ("müssen" → mussen,
 * "würde" → wurde) and the verb usually comes last, so patterns allow a short
 * gap between the modal and the activity ("wir sollten uns mal wieder treffen").
 */
import type { LanguageRules } from '../types.ts';

export const de: LanguageRules = {
  code: 'de',
  macros: {
    ADV: ['mal', 'wieder', 'mal wieder', 'unbedingt', 'dringend', 'echt', 'wirklich', 'bald', 'endlich', 'doch', 'gerne', 'gern', 'ganz', 'sehr', 'bitte', 'irgendwann', 'demnachst', 'zusammen', 'auch', 'ja', 'ofter',
      'ma', 'nochmal', 'noch mal', 'endlich mal', 'vielleicht', 'einfach', 'halt', 'ruhig', 'mega', 'voll', 'total', 'langsam', 'eigentlich', 'dann', 'schon',
      'gemeinsam', 'wieder mal', 'wohl', 'jetzt endlich', 'so', 'soo', 'sooo', 'so gern', 'so gerne', 'riesig', 'wahnsinnig', 'tierisch', 'unheimlich', 'richtig', 'super', 'wieda', 'mol',
      // "wir zwei sollten …", "wir beide müssen …", "müssen wir uns auf jeden Fall sehen".
      'zwei', 'beide', 'zwei beiden', 'drei', 'auf jeden fall', 'auf alle falle', 'jedenfalls', 'definitiv', 'sowieso', 'eh'],
    MODAL: ['sollten', 'mussen', 'mussten', 'konnten', 'sollen', 'wollen', 'werden', 'konnen', 'mussen unbedingt', 'mussn', 'wolln', 'solln', 'mussen echt', 'miassn', 'soitn', 'sollat', 'sott',
      // Swiss 'mir müend/münd/sötted/chönd/wänd', Bavarian 'miaßn/kenntn'.
      'muend', 'mund', 'mond', 'mues', 'sottid', 'chond', 'chonnd', 'chonnted', 'chonntet', 'wand', 'wend', 'kenntn', 'kennan', 'miassatn'],
    VERB: [
      'treffen', 'sehen', 'wiedersehen', 'trinken', 'trinken gehen', 'essen', 'essen gehen', 'quatschen', 'telefonieren', 'facetimen', 'skypen',
      'wiederholen', 'unternehmen', 'kochen', 'feiern', 'feiern gehen', 'spazieren', 'spazieren gehen', 'besuchen', 'vernetzen', 'zusammenarbeiten',
      'austauschen', 'auszutauschen', 'fruhstucken', 'brunchen', 'kino gehen', 'stand bringen', 'abhangen', 'chillen', 'plaudern', 'reden', 'sprechen',
      'zu sehen', 'zu treffen', 'zu telefonieren', 'zu sprechen', 'zu quatschen', 'gehen', 'verabreden', 'zusammensetzen', 'austausch',
      'zoomen', 'videochatten', 'videotelefonieren', 'telen', 'bouldern', 'klettern', 'wandern', 'grillen', 'shoppen', 'bummeln', 'zocken', 'tanzen',
      'tanzen gehen', 'wandern gehen', 'schwimmen gehen', 'bouldern gehen', 'klettern gehen', 'shoppen gehen', 'bummeln gehen', 'abhangen', 'zu besuchen',
      'wiederzusehen', 'kennenlernen', 'kennenzulernen', 'connecten', 'kurzschliessen', 'unterhalten',
      // Dialect infinitives: Swiss 'treffe', 'gseh', Bavarian 'treffn'.
      'treffe', 'traffe', 'gseh', 'gsee', 'treffn', 'seng', 'bsueche',
    ],
    // Activities a wish names, as infinitives (also the "wir" form: "wann gehen wir wandern").
    ACTV: [
      'trinken', 'essen', 'quatschen', 'telefonieren', 'facetimen', 'skypen', 'zoomen', 'videochatten', 'videotelefonieren', 'telen', 'wiederholen',
      'unternehmen', 'kochen', 'feiern', 'spazieren', 'vernetzen', 'zusammenarbeiten', 'austauschen', 'fruhstucken', 'brunchen', 'kino', 'stand bringen',
      'plaudern', 'chillen', 'abhangen', 'wandern', 'bouldern', 'klettern', 'grillen', 'shoppen', 'bummeln', 'zocken', 'tanzen', 'picknicken', 'radeln',
      'joggen', 'schwimmen', 'kaffee trinken', 'bier trinken', 'einen trinken', 'einen heben', 'ins kino', 'in den biergarten', 'auf ein bier', 'auf einen kaffee',
      'auf einen wein', 'auf nen kaffee', 'auf n bier', 'auf nen drink', 'auf einen drink', 'connecten', 'netzwerken', 'kurzschliessen',
      // Verbless destinations ('wir sollten mal in die Kneipe'), Austrian/Swiss 'auf a Bier', 'zum Käfele'.
      'in die kneipe', 'in ne kneipe', 'in die bar', 'in ne bar', 'in ne cocktailbar', 'in die sauna', 'ins theater', 'ins konzert', 'ins museum', 'ins cafe',
      'in den club', 'auf ein konzert', 'auf nen wein', 'auf ein glas wein', 'auf einen cocktail', 'auf nen cocktail', 'auf ein eis', 'auf nen doner',
      'auf a bier', 'auf a kaffee', 'auf an kaffee', 'auf an wein', 'auf a glaserl', 'auf an spritzer', 'auf a achterl', 'auf a bierli', 'zum kafele', 'zum kafi', 'zum kaffi',
      'zum kaffee', 'zum brunch', 'zum fruhstuck',
      // Regional talk verbs (north 'schnacken', Bavarian 'ratschen', Austrian 'plauschen', Swiss 'abmache' = to meet up).
      'schnacken', 'klonen', 'ratschen', 'plauschen', 'quasseln', 'babbeln', 'schwatzen', 'tratschen', 'labern', 'fachsimpeln', 'anstossen', 'zusammensitzen', 'zusammenhocken', 'abmache', 'go trinke', 'go esse', 'kafele', 'zum kafi',
    ],
    // Get-togethers named by a noun: "wir müssen dringend n Mädelsabend machen".
    NOUNACT: [
      'madelsabend', 'madelsabende', 'madelstag', 'madelswochenende', 'jungsabend', 'jungsabende', 'mannerabend', 'spieleabend', 'spieleabende', 'filmabend',
      'filmabende', 'serienabend', 'grillabend', 'kochabend', 'weinabend', 'pizzaabend', 'cocktailabend', 'kinoabend', 'quatschabend', 'kaffeedate', 'kaffeeklatsch',
      'ausflug', 'tagesausflug', 'roadtrip', 'kurztrip', 'wochenendtrip', 'stadtetrip', 'picknick', 'wellnesstag', 'spieletag', 'brunchdate', 'videoabend',
      'skypeabend', 'grillparty', 'wiedersehen', 'klassentreffen', 'treffen', 'jahrgangstreffen', 'abitreffen', 'ehemaligentreffen', 'familientreffen',
      'stammtisch', 'kneipenabend', 'kneipentour', 'plausch', 'kaffeeplausch', 'feierabendbier', 'afterwork', 'radtour', 'fondueabend', 'racletteabend', 'serienmarathon', 'spieleabend', 'zockabend', 'zockerabend', 'wiedersehenstreffen', 'weinprobe', 'treffen mit allen', 'reunion', 'wiedersehensfeier',
    ],
    // Unambiguously social activities (no "austauschen", "wiederholen": those also name chores).
    SOCIAL_ACT: [
      'quatschen', 'telefonieren', 'facetimen', 'skypen', 'zoomen', 'videochatten', 'videotelefonieren', 'telen', 'plaudern', 'chillen', 'abhangen', 'feiern',
      'feiern gehen', 'brunchen', 'fruhstucken', 'kaffee trinken', 'bier trinken', 'was trinken', 'einen trinken', 'was trinken gehen', 'essen gehen',
      'was essen gehen', 'trinken gehen', 'wandern', 'wandern gehen', 'bouldern', 'klettern', 'grillen', 'zocken', 'ins kino', 'tanzen gehen', 'kochen',
      'zusammen kochen', 'zusammen essen', 'auf ein bier', 'auf einen kaffee', 'auf nen kaffee', 'auf n bier', 'auf einen wein',
      'schnacken', 'klonen', 'ratschen', 'plauschen', 'quasseln', 'babbeln', 'schwatzen', 'fachsimpeln', 'anstossen', 'zusammensitzen', 'zusammenhocken', 'abmache',
    ],
    // A wish's closing request after its condition: "wenn du Zeit hast, melde dich" (not "melde dich beim Chef").
    LMK_END: [
      'melde dich !beim !bei', 'melde dich bei mir', 'meld dich !beim !bei', 'meld dich bei mir', 'melde dich einfach !beim !bei', 'meld dich einfach !beim !bei',
      'meldet euch !beim !bei', 'meldet euch bei mir', 'meldet euch bei uns', 'melden sie sich !beim !bei', 'melden sie sich bei mir', 'melden sie sich gern',
      'melden sie sich gerne', 'sag bescheid', 'sag mir bescheid', 'sag einfach bescheid', 'gib bescheid', 'gib mir bescheid', 'ruf an', 'ruf mal an',
      'ruf mich an', 'ruf mich mal an', 'ruf einfach an', 'schreib mir', 'schreib mir einfach', 'komm vorbei', 'komm mal vorbei', 'komm doch mal vorbei',
      'komm gern vorbei', 'schau vorbei', 'schau mal vorbei', 'ping mich an',
    ],
    // Questions proposing to do something together, verb first: "telefonieren wir mal?".
    WIR_Q: [
      'treffen wir uns', 'telefonieren wir', 'quatschen wir', 'chillen wir', 'facetimen wir', 'skypen wir', 'zoomen wir', 'brunchen wir',
      'fruhstucken wir', 'feiern wir', 'wandern wir', 'grillen wir', 'zocken wir', 'telen wir', 'plaudern wir',
      'verabreden wir uns', 'unternehmen wir', 'bouldern wir', 'klettern wir', 'tanzen wir', 'shoppen wir',
    ],
    // "sag Bescheid, wann du Zeit hast": when the reader is free, not when something happens.
    WHEN: [
      'wann du zeit hast', 'wann du mal zeit hast', 'wann es dir passt', 'wann es ihnen passt', 'wann es euch passt', 'wann du kannst', 'wann ihr zeit habt',
      'wann sie zeit haben', 'wann du lust hast', 'wann ihr lust habt', 'wann du frei bist', 'wann sie mal zeit haben', 'wann es bei dir passt', 'wann es bei ihnen passt',
      'wann es bei dir zeitlich passt', 'wann es ihnen zeitlich passt', 'wann es dir zeitlich passt',
    ],
    // Vague "sometime" adverbs that turn such a question into a wish.
    // Without a bare "mal": "sehen wir uns mal den Film an" is no wish.
    VADV_SEE: ['mal wieder', 'wieder mal', 'endlich', 'endlich mal', 'endlich wieder', 'nochmal', 'irgendwann', 'demnachst', 'bald', 'bald mal', 'bald wieder', 'ofter', 'die tage', 'wieder'],
    VADV: ['mal', 'ma', 'mal wieder', 'wieder mal', 'endlich', 'endlich mal', 'endlich wieder', 'nochmal', 'noch mal', 'irgendwann', 'demnachst', 'bald', 'bald mal', 'bald wieder', 'zusammen', 'ofter', 'die tage', 'mal zusammen', 'gemeinsam'],
    // What one misses together: "ich vermisse unsere langen Gespräche".
    MISSED: [
      'gesprache', 'telefonate', 'abende', 'quatschabende', 'spieleabende', 'filmabende', 'treffen', 'kaffeedates', 'kaffeepausen', 'mittagspausen', 'ausfluge',
      'wanderungen', 'spaziergange', 'touren', 'unterhaltungen', 'zeit', 'dates', 'abenteuer', 'roadtrips', 'madelsabende', 'jungsabende', 'kochabende',
      'weinabende', 'brunches', 'fruhstucke', 'telefonate', 'sprachnachrichten', 'quatschrunden', 'nachte', 'diskussionen', 'lacher', 'lachanfalle',
    ],
    // Seeing the reader again, as an infinitive: "dich bald wiederzusehen", "euch mal wieder zu sehen".
    SEE_YOU: ['dich zu sehen', 'euch zu sehen', 'dich bald zu sehen', 'euch bald zu sehen', 'dich mal wieder zu sehen', 'euch mal wieder zu sehen', 'dich wieder zu sehen',
      'euch wieder zu sehen', 'dich endlich wieder zu sehen', 'dich zu treffen', 'euch zu treffen', 'dich bald zu treffen', 'dich mal zu treffen', 'dich mal wieder zu treffen',
      'euch mal wieder zu treffen', 'sie zu treffen', 'sie kennenzulernen', 'sie bald zu sehen', 'sie wiederzusehen'],
    NICE: ['schon', 'toll', 'cool', 'super', 'klasse', 'nice', 'genial', 'mega', 'nett', 'prima', 'wunderbar', 'lustig', 'spannend'],
    // How a "wär schön, wenn wir …" clause ends when it is about meeting.
    MEET_END: ['treffen', 'wiedersehen', 'uns sehen', 'wieder sehen', 'verabreden', 'telefonieren', 'austauschen', 'besuchen', 'vorbeikommst', 'vorbeikommt', 'vorbeikommen',
      'vorbeischauen', 'zusammen essen', 'was trinken', 'zusammensetzen', 'kurzschliessen', 'zusammenarbeiten', 'vernetzen', 'kennenlernen', 'quatschen', 'telefonieren', 'facetimen',
      'skypen', 'zoomen', 'plaudern', 'chillen', 'abhangen', 'feiern', 'brunchen', 'fruhstucken', 'kaffee trinken', 'was trinken gehen', 'essen gehen', 'trinken gehen',
      'wandern', 'bouldern', 'klettern', 'grillen', 'zusammen kochen', 'ins kino', 'auf ein bier', 'auf einen kaffee', 'auf nen kaffee'],
    // Being in town: "in Hamburg", "in der Nähe", "bei uns" (not "in der Küche", "im Büro").
    AROUND: ['in !der !dem !den !die !einem !einer !meinem !meiner !deinem !deiner !eurem !unserem !unserer', 'in der nahe', 'in der gegend', 'in der stadt', 'in der ecke',
      'in der gegend', 'in town', 'hier', 'da', 'bei uns', 'bei mir', 'im land', 'im lande', 'zuruck', 'vor ort', 'nach !hause', 'in den suden', 'in den norden', 'auf der durchreise'],
    // A joint undertaking with the reader (not "mit der Agentur").
    COOP: ['zusammenarbeit !mit', 'zusammenarbeit mit ihnen', 'zusammenarbeit mit dir', 'zusammenarbeit mit euch', 'kooperation !mit', 'kooperation mit ihnen', 'kooperation mit dir',
      'kooperation mit euch', 'austausch !mit', 'austausch mit ihnen', 'austausch mit dir', 'austausch mit euch', 'gesprach !mit', 'gesprach mit ihnen', 'gesprach mit dir',
      'treffen !mit', 'treffen mit dir', 'treffen mit euch', 'treffen mit ihnen', 'kennenlernen', 'call', 'telefonat', 'wiedersehen'],
    // What one owes or is owed: "du schuldest mir noch 'nen Döner", "das Bier steht noch aus".
    OWED: ['kaffee', 'bier', 'drink', 'essen', 'wein', 'abendessen', 'mittagessen', 'pizza', 'eis', 'runde', 'cocktail', 'bierchen', 'doner', 'kebab', 'burger', 'currywurst', 'schnitzel', 'getrank', 'fruhstuck', 'brunch', 'kaffeechen', 'weinchen', 'dinner', 'lunch', 'spritzer', 'radler', 'schnaps', 'kaffi', 'essen gehen'],
    // An open condition after a 'wär'-clause ("wenn auch nur kurz" looks back).
    COND_OPEN: ['wenn !auch', 'falls', 'sobald'],
    NEEDS_PRONOUN: ['sehen', 'wiedersehen', 'treffen', 'zu sehen', 'zu treffen', 'gehen', 'besuchen', 'sprechen', 'reden'],
    PRONOUN: ['uns', 'dich', 'euch', 'sie', 'ihnen', 'mich'],
    MISS: ['ich vermisse dich', 'vermisse dich', 'vermiss dich', 'ich vermiss dich', 'ich vermisse euch', 'vermisse euch', 'du fehlst mir', 'ihr fehlt mir', 'du fehlst uns', 'ihr fehlt uns', 'wir vermissen dich', 'wir vermissen euch', 'vermissen dich',
      'vermiss euch', 'ich vermiss euch', 'vermissen euch', 'vermis dich', 'vermisse di', 'vermiss di', 'fehlst mir', 'fehlst uns', 'mir fehlst du', 'uns fehlst du',
      'sehnsucht nach dir', 'sehnsucht nach euch', 'vermisse dich', 'vermisse euch', 'vermiss dich', 'vermiss dich', 'fehlst mir voll',
      'sehne mich nach dir', 'sehne mich nach euch', 'ich sehne mich nach dir', 'ich sehne mich nach euch', 'vermisse eu', 'vermiss eu', 'miss you', 'miss u', 'miss ya', 'vermisse dich so', 'fehlst du mir', 'vermissu', 'vermiss dich so'],
    LMK: ['melde dich', 'meld dich', 'melden sie sich', 'sag bescheid', 'sag mir bescheid', 'ruf mich an', 'ruf an', 'schreib mir', 'gib bescheid', 'gib mir bescheid', 'melde dich gern', 'melden sie sich gern', 'melden sie sich gerne', 'komm vorbei', 'komm doch mal vorbei', 'komm mal vorbei', 'komm uns besuchen', 'komm mich besuchen',
      'meldet euch', 'meldet euch gern', 'melde dich einfach', 'meld dich einfach', 'meld dich gern', 'meld dich gerne', 'melde dich gerne', 'melde dich mal', 'meld dich mal',
      'melde dich doch', 'meld dich doch', 'schreib mir einfach', 'schreib mir gern', 'schreib einfach', 'schreibt mir', 'schreiben sie mir', 'ping mich an', 'ping mich',
      'kommt vorbei', 'kommt doch mal vorbei', 'komm gern vorbei', 'komm gerne vorbei', 'kommt gern vorbei', 'schau vorbei', 'schau mal vorbei', 'schau doch mal vorbei',
      'schaut vorbei', 'schaut mal vorbei', 'melden sie sich einfach', 'lass mich wissen', 'lass es mich wissen', 'lasst mich wissen', 'lassen sie mich wissen',
      'lassen sie es mich wissen', 'sag mir', 'schreib mir', 'sagen sie mir', 'kontaktieren sie mich', 'kontaktieren sie mich gern', 'kontaktieren sie mich gerne'],
    LUST: ['lust auf', 'bock auf', 'hast du lust auf', 'hast du bock auf', 'hattest du lust auf', 'habt ihr lust auf', 'hatten sie lust auf', 'lust auf einen', 'lust auf ein', 'interesse an', 'interesse an einem',
      // "wenn ihr mal Lust auf Besuch habt": plural 'ihr' is the reader here, not a third party.
      'ihr lust auf', 'ihr mal lust auf', 'ihr mal wieder lust auf', 'ihr bock auf', 'ihr mal bock auf', 'ihr mal wieder bock auf', 'ihr interesse an'],
    DRINK: ['kaffee', 'einen kaffee', 'ein bier', 'bier', 'ein kaffee', 'einen wein', 'wein', 'ein glas wein', 'drinks', 'einen drink', 'essen', 'ein essen', 'abendessen', 'mittagessen', 'brunch', 'fruhstuck', 'pizza', 'einen spaziergang', 'ein telefonat', 'einen call', 'ein treffen', 'ein gesprach', 'ein kurzes gesprach', 'einen austausch', 'einen virtuellen kaffee', 'ein kaffee', 'eis',
      'nen kaffee', 'n kaffee', 'nen drink', 'n drink', 'cocktails', 'nen cocktail', 'einen cocktail', 'n bier', 'nen wein', 'ne pizza', 'tee', 'einen tee', 'kaffeetrinken',
      'videocall', 'einen videocall', 'nen call', 'nem call', 'einem call', 'nen videocall', 'nen spaziergang', 'n spaziergang', 'ne runde', 'kino', 'nen film', 'nen kinoabend', 'nen brunch', 'ein kennenlernen', 'kennenlernen', 'zoom', 'einen zoom', 'teams call', 'austausch', 'gesprach', 'telefonat', 'einen spaziergang',
      // Compounds and visits: "Zeit für ein kurzes Telefongespräch?", "Lust auf Besuch?".
      'telefongesprach', 'kennenlerngesprach', 'videogesprach', 'videotelefonat', 'zoomcall', 'kennenlerncall', 'austauschgesprach', 'kaffeeplausch', 'plausch', 'besuch', 'spritzer', 'radler', 'bierchen', 'weinchen', 'kafi', 'kaffi'],
    VAGUE: [
      'mal', 'irgendwann', 'bald', 'demnachst', 'bei gelegenheit', 'ofter', 'mal wieder', 'in den nachsten wochen', 'wenn du zeit hast', 'wenn du magst',
      'wenn es passt', 'wenn es dir passt', 'wenn es ihnen passt', 'jederzeit', 'in zukunft', 'bei zeiten', 'irgendwann mal', 'wenn du lust hast',
      'ma', 'nochmal', 'noch mal', 'die tage', 'in den nachsten tagen', 'bald mal', 'wann immer', 'wenn ihr zeit habt', 'wenn sie zeit haben', 'wenn ihr lust habt',
      'wenn sie lust haben', 'wenn du bock hast', 'wenn du mal zeit hast', 'endlich mal', 'endlich wieder', 'zeitnah', 'gelegentlich',
    ],
    GREETING: ['hey', 'hi', 'hallo', 'moin', 'servus', 'na', 'oh', 'ach', 'also', 'und', 'aber', 'haha', 'ok', 'okay', 'ja', 'jo', 'du', 'liebe', 'lieber', 'bitte'],
    CONNECTOR: ['und', 'aber'],
    PERSONS: ['ich', 'wir', 'du', 'uns', 'dich', 'mich', 'ihr'],
    // Not "unternehmen": "was unternehmen" is a night out far more often than a company.
    REGISTER_CUES: ['vernetzen', 'profil', 'linkedin', 'xing', 'vortrag', 'konferenz', 'artikel', 'beitrag', 'forschung', 'startup', 'karriere', 'firma', 'kontaktanfrage', 'synergien', 'position', 'branche', 'vernetzung', 'connecten', 'netzwerken', 'talk', 'keynote', 'panel', 'webinar', 'podcast', 'networking', 'zusammenarbeit', 'kooperation'],
    SKIPPABLE: ['wurde', 'mochte', 'sehr', 'gern', 'gerne', 'auch', 'mal'],
    PURPOSE: [],
    FREE: [],
    // Closing formulas: "wir hören uns!" says goodbye.
    SIGN_OFF: ['bis bald', 'wir horen uns', 'wir horen uns bald', 'wir sprechen uns', 'wir sprechen uns bald', 'man sieht sich', 'wir sehen uns bald'],
    SUBJECT_WORDS: ['wir', 'ich', 'lass', 'lasst', 'du'],
  },
  patterns: [
    // Dialect subjects: Swiss/Saxon 'mir sötted eus …', Bavarian 'mia miassn uns …'.
    { p: '[wir|mir|mer|mia] @ADV* @MODAL @ADV* [uns|dich|euch] @ADV* _4 @VERB' },
    { p: '[wir|mir|mer|mia] @ADV* @MODAL _5 [@ACTV|@NOUNACT]' },
    // "wir sollten mal wieder was zusammen machen" (a bare "wir müssen was machen" is a chore).
    { p: 'wir @ADV* @MODAL @ADV* [mal wieder|wieder mal|wieder|zusammen|gemeinsam] @ADV* [was|etwas] @ADV* [machen|unternehmen]' },
    { p: 'wir @ADV* @MODAL @ADV* [was|etwas] @ADV* [zusammen|gemeinsam|mal wieder zusammen] @ADV* [machen|unternehmen]' },
    { p: '[wollen|sollen|sollten|konnten|konnen|mussen|mussten] wir @ADV* [mal wieder|wieder mal|wieder|zusammen|gemeinsam|bald mal|endlich mal|endlich wieder] @ADV* [was|etwas] @ADV* [zusammen|gemeinsam]? [machen|unternehmen|starten]' },
    // Subject dropped in chat: "müssen uns echt mal wieder sehen!".
    { p: '[mussen|sollten|mussten|mussn] @ADV* [uns|dich|euch] _4 @VERB', atClauseStart: true },
    // Modal first: "vielleicht können wir uns ja mal treffen", "sollten wir mal wieder zusammen kochen?".
    { p: '[konnen|konnten|sollten|mussen|mussten|sollen|wollen] wir @ADV* uns @ADV* _4 [treffen|sehen|wiedersehen|verabreden|zusammensetzen|@SOCIAL_ACT]', needsVague: true },
    { p: '[konnen|konnten|sollten|mussen|mussten|sollen|wollen] wir @ADV* _4 [@SOCIAL_ACT|@NOUNACT]', needsVague: true },
    { p: '[lass|lasst|lassen|lassen sie] uns @ADV* _7 [@ACTV|treffen|sehen|sprechen|reden|gehen|machen|verabreden|zusammensetzen]' },
    // "lass mal wieder treffen", "lass mal quatschen die Tage" (not "lass mal sehen").
    { p: '[lass|lasst] mal @ADV* _3 [@ACTV|treffen|verabreden|zusammensetzen|zusammen machen|gemeinsam machen|was machen|was unternehmen]' },
    { p: '[lass|lasst|lassen] [uns|sie uns] _4 [einen call|ein telefonat|einen kaffee|ein bier|einen termin] _4 [machen|trinken|finden|vereinbaren|ausmachen|sprechen]?' },
    { p: 'ich @ADV* [wurde|wurd|mochte] @ADV* [dich|euch|sie] @ADV* _3 [sehen|wiedersehen|treffen|kennenlernen|besuchen|sprechen]' },
    { p: '[wurde|wurd|mochte] ich @ADV* [dich|euch|sie] _3 [sehen|wiedersehen|treffen|kennenlernen|besuchen|sprechen]' },
    { p: '[wurde|wurd] @ADV* [dich|euch] _3 [sehen|wiedersehen|treffen|kennenlernen|besuchen]', atClauseStart: true },
    // Inviting for coffee or a meal: "würde ich Sie gern auf einen Kaffee einladen", "darf ich dich mal zum Essen einladen?".
    { p: '[ich wurde|wurde ich|ich mochte|mochte ich|darf ich|durfte ich|ich lade|ich lad|ich will|ich wurd|wurd ich] @ADV* [dich|euch|sie] @ADV* [auf|zu|zum|zur] _2 [kaffee|bier|wein|drink|drinks|essen|abendessen|mittagessen|brunch|fruhstuck|pizza|eis|cocktail|tee|glas|bierchen|kaffeechen|weinchen|dinner|lunch]' },
    { p: 'ich @ADV* wurde @ADV* [mich|uns]? @ADV* [freuen|gern|gerne] _6 [auszutauschen|austauschen|austausch|sprechen|telefonieren|kaffee|erfahren|kennenzulernen|zusammenzuarbeiten|gesprach|einholen|wiederzusehen|@SEE_YOU|kontakt|vernetzen|kennenlernen|telefonat|call|videocall]' },
    { p: '[wurde|wurd] mich @ADV* [freuen|uber] _6 [auszutauschen|austauschen|austausch|telefonieren|kennenzulernen|zusammenzuarbeiten|gesprach|wiederzusehen|@SEE_YOU|kontakt|vernetzen|telefonat|kaffee]', atClauseStart: true },
    { p: 'ich @ADV* wurde [sie|dich|euch|ihnen]? @ADV* [gern|gerne|sehr gerne|sehr gern] _6 [ins gesprach|in kontakt|rat|einholen|austauschen|sprechen|telefonieren|gelegenheit|kennenlernen|zusammenarbeiten|vernetzen|kennenzulernen|wiedersehen]' },
    { p: '[gern|gerne|sehr gerne|sehr gern] [wurde|mochte] ich _9 [ins gesprach|in kontakt|auszutauschen|austauschen|austausch|sprechen|telefonieren|kennenlernen|kennenzulernen|vernetzen|zusammenarbeiten|zusammenzuarbeiten|treffen|wiedersehen|einladen|rat|einholen]' },
    { p: 'ich? [wurde|wurd|mochte] @ADV* [gern|gerne] _3 [mit dir|mit euch|mit ihnen] _4 [@ACTV|reden|sprechen|treffen|austauschen]' },
    { p: 'ich @ADV* [freu|freue] mich @ADV* [wenn|auf|uber] _5 [sehen|treffen|wiedersehen|austausch|gesprach|kaffee|bier|telefonieren|treffen]' },
    { p: 'ich? @ADV* [freu|freue] mich @ADV* [drauf|darauf|schon|sehr] _4 [wiederzusehen|dich zu sehen|euch zu sehen|wiedersehen]', needsVague: true },
    { p: '[ware|es ware|das ware|ich fande es|fande ich es|ich fande|fande ich] @ADV* [schon|toll|super|klasse|cool|genial|moglich|nett|prima|spitze|mega|wunderbar] _8 [sehen|treffen|wiedersehen|wiederzusehen|telefonieren|quatschen|auszutauschen|austauschen|sprechen|kaffee|bier|kennenzulernen|kennenlernen|@SOCIAL_ACT]' },
    { p: '@MISS', kind: 'social', notAfter: ['sie', 'kinder', 'eltern', 'leute', 'jungs', 'madels', 'beide', 'freunde', 'kollegen', 'alle', 'hunde', 'katzen'] },
    // "ich werde dich vermissen"; "ich vermisse unsere langen Gespräche"; "ich vermisse es, mit dir zu quatschen".
    { p: '[ich|wir]? [werde|werd|werden] [dich|euch] @ADV* vermissen', kind: 'social', notAfter: ['sie', 'kinder', 'eltern', 'leute', 'alle', 'er'] },
    { p: '[ich|wir]? [vermisse|vermiss|vermissen] [unsere|unser|unseren] _2 @MISSED', kind: 'social', notAfter: ['sie', 'kinder', 'eltern', 'leute', 'alle'] },
    { p: '[ich|wir]? [vermisse|vermiss|vermissen] [die|das|den|unsere] _3 [mit dir|mit euch]', kind: 'social', notAfter: ['sie', 'kinder', 'eltern', 'leute', 'alle'] },
    { p: '[ich|wir]? [vermisse|vermiss|vermissen] es _4 [mit dir|mit euch|dich|euch]', kind: 'social', notAfter: ['sie', 'kinder', 'eltern', 'leute', 'alle'] },
    { p: '@LUST _2 [@DRINK|@NOUNACT]' },
    { p: '@LMK _4 [wenn|falls|sobald|@WHEN]' },
    { p: '[ruf|ruft|rufen sie|rufen] [mich|uns|doch|mal|einfach|gern|gerne|ruhig|halt]* an _4 [wenn|falls|sobald]' },
    { p: '[sag|sagt|sagen sie|gib|gebt|geben sie] [mir|uns|einfach|gern|gerne|doch|mal|kurz|ruhig]* bescheid _4 [wenn|falls|sobald|@WHEN]' },
    // "Lass uns das bald nachholen!", "holen wir nach!", "du schuldest mir noch ein Bier".
    { p: '[lass|lasst|lassen] uns das @ADV* [nachholen|wiederholen]' },
    { p: 'wir @ADV* @MODAL das @ADV* [nachholen|wiederholen]' },
    { p: 'holen wir [das]? @ADV* nach', atClauseStart: true },
    { p: '[ich schulde|schulde|ich schuld|du schuldest|schuldest|ihr schuldet] [dir|euch|ihnen|mir|uns] @ADV* _3 @OWED' },
    // "ich bin dir noch ein Bier schuldig", "du hast noch nen Kaffee bei mir gut", "das Bier von der Wette steht noch aus".
    { p: '[bin|ich bin|bist|du bist|wir sind|sind] [dir|euch|ihnen|mir|uns] @ADV* _2 @OWED schuldig' },
    { p: '[hast|habt|haben sie|du hast|ihr habt] @ADV* _2 @OWED bei [mir|uns] @ADV* gut' },
    { p: '[das|der|die|den|mein|dein|unser|euer|deine|meine]? @OWED _4 [steht|stehen] [ubrigens|ja|doch|immer|auch|eigentlich]* noch [ja|immer]? aus', kind: 'social', notAfter: ['fur', 'von', 'vom', 'zum', 'beim', 'uber', 'der', 'des', 'die', 'mit', 'das', 'den', 'dem', 'ein', 'einem'] },
    // "Hoffentlich sehen wir uns bald", "wir sehen uns hoffentlich bald wieder".
    { p: 'hoffentlich [sehen|treffen] wir uns' },
    { p: 'wir [sehen|treffen] uns hoffentlich' },
    // "wir telefonieren die Tage mal".
    { p: 'wir [telefonieren|quatschen|facetimen|skypen|zoomen|telen] @ADV* [die tage|bald mal|mal|irgendwann|demnachst|mal wieder|bald]' },
    { p: '[darf ich|durfte ich] [sie|dich|euch] _3 um _3 [gesprach|telefonat|austausch|call|termin|treffen|kennenlernen|rat]' },
    { p: '[gern|gerne|jederzeit] stehe ich _5 [austausch|gesprach|zur verfugung|telefonat|call]', kind: 'business' },
    // The condition first: "wenn du mal Zeit hast, melde dich".
    { p: '[wenn|falls|sobald] [du|ihr|sie] @ADV* [zeit|lust|bock] _3 @LMK_END' },
    // "ich ruf dich die Tage mal an", "ich komm dich mal besuchen", "ich muss dich unbedingt mal besuchen".
    { p: 'ich @ADV* [ruf|rufe] [dich|euch] @ADV* [mal|bald|demnachst|irgendwann|die tage|bei gelegenheit] @ADV* an' },
    { p: 'ich @ADV* [komm|komme|besuch|besuche] [dich|euch|di|eu] @ADV* [mal|bald|demnachst|irgendwann|bei gelegenheit|endlich] @ADV* [besuchen]?' },
    { p: 'ich @ADV* [muss|musste|sollte|will|mochte|werde] [dich|euch] @ADV* [mal|bald|demnachst|irgendwann|unbedingt|endlich|mal wieder|wieder] @ADV* _2 [besuchen|besuchen kommen|wiedersehen|treffen|anrufen]' },
    { p: '[komm|kommt|kommen sie|schau|schaut|schauen sie] [doch|mal|uns|mich|bald|wieder|mal wieder|gern|gerne|einfach|ruhig|bei mir|bei uns|endlich]* [vorbei|besuchen]' },
    { p: '[besuch|besucht|besuchen sie] [mich|uns] @ADV* [mal|bald|irgendwann|mal wieder|wieder mal|demnachst|endlich mal]' },
    // Subjectless "Lust, mal wieder zu telefonieren?".
    { p: '[lust|bock] _5 [zu telefonieren|zu quatschen|zu treffen|zu skypen|zu facetimen|zu brunchen|zu fruhstucken|zu feiern|zu wandern|zu kochen|zu grillen|@SOCIAL_ACT]', atClauseStart: true },
    // "Wie wär's mal wieder mit nem Bier?"
    { p: 'wie [ware|wars|war|wares|warst] es? @ADV* mit _2 [@DRINK|@NOUNACT]', needsVague: true },
    // A get-together proposed with an indefinite article needs no 'mal': "wie wär's mit einem Klassentreffen?"; "wie wär's, wenn wir uns mal treffen?".
    { p: 'wie [ware|wars|war|wares|warst] es? @ADV* mit [einem|nem|ner|einer|m|n|ein|nen|ne] _1 @NOUNACT' },
    { p: 'wie [ware|wars|war|wares|warst] es? @ADV* [wenn|falls] [wir|du|ihr|sie] _6 @MEET_END' },
    { p: '[was haltst du|was haltet ihr|was halten sie] [davon|von einem|von nem|von ner|von einer|von n] _7 [@MEET_END|@NOUNACT]' },
    { p: '[gerne|gern] [konnen|konnten] wir _3 [telefonieren|telefonisch|sprechen|treffen|austauschen|kurzschliessen|zusammensetzen|unterhalten]' },
    { p: '[hatten|hattest|habt|hast|haben] [sie|du|ihr] @ADV* _6 [zeit|lust|bock|interesse] _8 [gesprach|telefonat|kaffee|austausch|call|treffen|auszutauschen|telefonieren|sprechen|videocall|tipps|rat|ratschlage|einschatzung|kennenlernen|kennenzulernen|telefongesprach|kennenlerngesprach|videotelefonat|videogesprach|zoomcall|bier|wein|drink|essen|quatschen|zu quatschen|was zu machen|was zu unternehmen|vorbeizukommen|vorbeikommen|vorbeizuschauen|zu besuchen|@ACTV|@NOUNACT]' },
    { p: '[konnten wir|wollen wir|sollen wir] _7 [telefonieren|sprechen|treffen|austauschen|sehen|kaffee|trinken|@ACTV|@NOUNACT]' },
    { p: '[ware es moglich|ware es denkbar] _7 [telefonieren|sprechen|treffen|austauschen|kaffee|kennenzulernen|kennenlernen|auszutauschen|gesprach|call]', kind: 'business' },
    { p: '[konnen|konnten] wir @ADV* [gerne|gern] _5 [call|telefonieren|sprechen|treffen|austauschen|kaffee|gesprach|termin|telefonat|videocall]' },
    // An open condition of being around: "wenn du mal wieder in Hamburg bist, meld dich!" (not "wenn du am Bahnhof bist").
    { p: '[wenn|falls|sobald] [du|ihr|sie] [mal|mal wieder|wieder mal|irgendwann|irgendwann mal|zufallig|zufallig mal|mal zufallig] @AROUND _3 [bist|seid|sind|kommst|kommt|kommen] @LMK_END' },
    // "Ich würde mich freuen, wenn wir uns bei Gelegenheit … austauschen könnten", "es würde mich freuen, wenn wir uns mal wieder sehen".
    { p: '[ich|es|das]? [wurde|wurd|wurden] [mich|uns] @ADV* freuen [wenn|falls] [wir|du|sie|ihr] _9 [austauschen|treffen|wiedersehen|uns sehen|wieder sehen|uns mal sehen|sprechen|unterhalten|kennenlernen|vernetzen|verabreden|zusammensetzen|kurzschliessen|connecten|besuchen|vorbeikommen|vorbeischauen|gesprach|telefonat|austausch|kaffee|call|videocall|@SOCIAL_ACT]' },
    // A meeting slot for a purpose: "vielleicht finden wir ja demnächst einen Termin für ein erstes Kennenlernen?".
    { p: '[finden wir|machen wir|vereinbaren wir|suchen wir|konnen wir|konnten wir|sollen wir|sollten wir|wollen wir|wir sollten|wir konnten|wir mussten] @ADV* _3 [termin|zeitfenster|slot|zeit] _2 [fur|zum|zu] _3 [kennenlernen|gesprach|austausch|call|telefonat|videocall|treffen|kaffee]' },
    // "Ich fände eine Zusammenarbeit wirklich spannend", "ich fände es spannend, uns auszutauschen".
    { p: '[ich fande|fande ich|ich wurde] [eine|ein|einen|nen|ne] _4 @COOP _6 [spannend|interessant|toll|super|klasse|cool|bereichernd|wertvoll|schon|genial|mega]' },
    { p: '[ware es|es ware|das ware|ware|ich fande es|fande ich es|ich fande|fande ich] @ADV* [spannend|interessant|bereichernd|wertvoll] _8 [auszutauschen|austauschen|austausch|kennenzulernen|kennenlernen|zusammenzuarbeiten|zusammenarbeit|kooperation|gesprach|zu vernetzen|vernetzen|kaffee|telefonat|call|videocall|zu quatschen]' },
    // "Hätte Bock, da mal in nem Call tiefer einzusteigen", "hätte Lust, mal wieder mit dir zu quatschen".
    { p: '[hatte|hatt|hatten|ich hatte|wir hatten|hatte ich|hatten wir] @ADV* [lust|bock|interesse] _7 [zu telefonieren|zu quatschen|zu treffen|zu skypen|zu facetimen|zu plaudern|zu brunchen|auszutauschen|kennenzulernen|wiederzusehen|vorbeizukommen|@SEE_YOU|zu fachsimpeln|mit dir|mit euch|mit ihnen|nen call|nem call|einen call|einem call|videocall|telefonat|gesprach|austausch]' },
    // "Kommst du mal wieder vorbei?", "wann kommt ihr endlich mal vorbei?".
    { p: '[kommst du|kommt ihr|kommen sie|kommst] @VADV_SEE @ADV* [vorbei|zu besuch|vorbeischauen]' },
    // "Wär cool, wenn wir uns mal wieder treffen würden" ("wär" folds to "war": only with a following "wenn").
    { p: '[war|ware|es war|es ware|das war|das ware|wars|ich fand|fand ich|ich fande|fande ich|ich fande es|fande ich es] @ADV* [@NICE] [wenn|falls] [wir|du|ihr|sie] _6 @MEET_END' },
    { p: '@NICE [war|ware|wars|ware es|war es] [wenn|falls] [wir|du|ihr|sie] _6 @MEET_END', atClauseStart: true },
    // "Wär echt cool, mal wieder auf ein Bier zu gehen, wenn du noch in der Gegend bist": only an open condition makes 'wär' (folded to 'war') a wish.
    { p: '[war|wars|war es] @ADV* @NICE _8 [zu gehen|zu treffen|wiederzusehen|zu quatschen|zu telefonieren|@SEE_YOU|zu plaudern|zu grillen|zu kochen|vorbeizukommen] @COND_OPEN' },
    // Seeing each other too rarely: "wir sehen uns viel zu selten".
    { p: 'wir [sehen|treffen|horen|sprechen] uns @ADV* [viel zu selten|zu selten|echt selten|so selten|kaum noch|viel zu wenig|zu wenig]', kind: 'social' },
    // "Wann passt es dir mal für ein Telefonat?"
    { p: 'wann [passt es|passts|passt] [dir|ihnen|euch] @ADV* [fur|zu|zum|auf] _3 [telefonat|gesprach|call|kaffee|treffen|austausch|videocall|bier|essen|kennenlernen|wein|drink]' },
    // "Du musst uns unbedingt mal besuchen kommen!", "ihr müsst mal wieder vorbeikommen".
    { p: '[du musst|ihr musst|du solltest|ihr solltet] [uns|mich]? @ADV* [vorbeikommen|vorbeischauen|rumkommen|zu besuch kommen|besuchen kommen|uns besuchen|mich besuchen|uns besuchen kommen|mich besuchen kommen]' },
    // Questions: "wann chillen wir mal wieder zusammen?", "treffen wir uns mal wieder?", "gehen wir mal wieder essen?".
    { p: 'wann @ADV* @WIR_Q @VADV' },
    { p: 'sehen wir uns @VADV_SEE', atClauseStart: true },
    { p: 'wann @ADV* gehen wir @VADV _3 [@ACTV|aus|feiern|tanzen]' },
    { p: '@WIR_Q @VADV', atClauseStart: true },
    { p: 'gehen wir @VADV _3 [@ACTV|aus]', atClauseStart: true },
    // "Irgendwann gehen wir wieder zusammen wandern", "demnächst treffen wir uns".
    { p: '[irgendwann|demnachst|bald mal|irgendwann mal] [gehen|machen] wir @ADV* _2 [@ACTV|@NOUNACT]' },
    { p: '[irgendwann|demnachst|bald mal|irgendwann mal] [@WIR_Q|sehen wir uns]' },
    { p: 'wann [hast du|habt ihr|hatten sie|hattest du|hast] @ADV* [mal|mal wieder|wieder mal|endlich mal|endlich wieder] [zeit|lust|bock]' },
    { p: '[auf|zum]? [ein|einen|nen|n|a|an]? [kaffee|bier|wein|drinks|essen|brunch|kino|spritzer|radler|bierchen|drink|cocktail|weinchen|kaffeechen|kafi|eis|pizza|doner|fruhstuck|lunch|mittagessen|abendessen|sekt|aperol|spritz] @ADV* [bald|demnachst|irgendwann|mal|die tage|mal wieder|bei gelegenheit|nachstens]', atClauseStart: true },
    { p: '[wann|wann endlich] [sehen|treffen] wir uns' },
    { p: '[das|dass] [mussen|sollten|mussten|mussn] wir @ADV* [wiederholen|nachholen]' },
    { p: 'ich? hoffe @ADV* wir [sehen|treffen] uns' },
    { p: 'ich @ADV* [stehe|bin] @ADV* [jederzeit|gern|gerne|immer|offen] _4 [austausch|gesprach|zur verfugung|telefonat|kennenlernen|call|videocall]', kind: 'business' },
    { p: 'wir @ADV* [sollten|konnten|mussen] @ADV* [uns|mal]? @ADV* [vernetzen|zusammenarbeiten|kooperieren|connecten|kurzschliessen|netzwerken]', kind: 'business' },
    // Group chats: "Wer hat Lust, dass wir mal wieder wandern gehen?", "hat jemand Bock auf nen Spieleabend?".
    { p: '[wer hat|wer hatte|hat wer|hat jemand|hatte wer|hatte jemand|hat irgendwer|wer von euch hat] @ADV* [lust|bock] _8 [@ACTV|@NOUNACT|@MEET_END|mitzukommen]' },
    // "Könnten Sie sich vorstellen, mal mit mir zu telefonieren?", "kannst du dir vorstellen, dass wir uns mal treffen?".
    { p: '[konnten|konnen|kannst|konntest|konntet|konnt] [sie|du|ihr] [sich|dir|euch] @ADV* vorstellen _9 [zu telefonieren|zu treffen|zu sprechen|zu quatschen|auszutauschen|kennenzulernen|zusammenzuarbeiten|vorbeizukommen|wiederzusehen|zu besuchen|gesprach|telefonat|call|kaffee|austausch|videocall|@SEE_YOU|@MEET_END]' },
    // Visiting: "würden wir so gern mal vorbeikommen", "ich würde euch gern bald mal besuchen".
    { p: '[ich wurde|wurde ich|wir wurden|wurden wir|ich wurd|wurd ich|ich mochte|mochte ich|wir mochten|mochten wir] @ADV* [dich|euch|sie]? @ADV* [mal|bald|irgendwann|demnachst|mal wieder|wieder mal|bald mal|endlich mal] @ADV* _3 [vorbeikommen|vorbeischauen|rumkommen|besuchen|besuchen kommen|zu besuch kommen|vorbei kommen]' },
    // "kommen Sie doch mal auf ein Glas Wein vorbei", "komm mal zum Essen rüber".
    { p: '[komm|kommt|kommen sie|schau|schaut|schauen sie] [doch|mal|uns|mich|bald|wieder|mal wieder|gern|gerne|einfach|ruhig|bei mir|bei uns|endlich]* [auf|zum|zu|zur|fur] _3 [vorbei|ruber|rum]', needsVague: true },
    // Wine, beer or dinner at home is a neighbourly invite even in the polite 'Sie'.
    { p: '[komm|kommt|kommen sie|schau|schaut|schauen sie] [doch|mal|uns|mich|bald|wieder|mal wieder|gern|gerne|einfach|ruhig|bei mir|bei uns|endlich]* [auf|zum|zu|zur] [ein|einen|nen|n|a|an]? [glas wein|glaschen wein|wein|weinchen|bier|bierchen|drink|sekt|grillen|abendessen|essen|spritzer|cocktail] [vorbei|ruber|rum]', kind: 'social', needsVague: true },
    // A meeting offered as an afterthought: "würde gern Ihre Einschätzung hören, vielleicht bei einem Kaffee?".
    { p: '[wurde|wurd|mochte] @ADV* [bei gelegenheit]? @ADV* [gern|gerne] _9 [bei|auf|uber] [einem|einen|nem|nen|ein|n] _1 [kaffee|call|videocall|telefonat|mittagessen|lunch|bier|drink|gesprach|austausch|zoom|glas]', needsVague: true },
    // "Es wird (höchste) Zeit, dass wir uns mal wieder sehen", "höchste Zeit für ein Wiedersehen!".
    { p: '[es wird|wird|wirds|es ist hochste|es ist allerhochste|ist hochste|hochste|allerhochste] @ADV* [hochste|allerhochste]? zeit [dass|das|fur|furs] _6 [@MEET_END|@NOUNACT|uns sehen|euch sehen|dich sehen]' },
    // Generic subject: "man müsste sich mal wieder treffen".
    { p: 'man @ADV* [sollte|musste|konnte|muss|sollt] @ADV* sich _4 [treffen|sehen|wiedersehen|verabreden|zusammensetzen|austauschen|kurzschliessen]', needsVague: true },
    // "wir müssen es endlich mal schaffen, uns zu treffen".
    { p: '[schaffen|hinkriegen|hinbekommen] @ADV* [uns|dich|euch] @ADV* _3 [zu treffen|zu sehen|wiederzusehen|zu besuchen|zu telefonieren]', needsVague: true },
    { p: '[wir|mir|mer|mia] @ADV* @MODAL es @ADV* [schaffen|hinkriegen|hinbekommen] @ADV* [uns|dich|euch] @ADV* _3 [zu treffen|zu sehen|wiederzusehen|zu besuchen|zu telefonieren]' },
    // "Magst du mal vorbeikommen?", "wollt ihr bald mal zum Grillen rüberkommen?".
    { p: '[magst du|mochtest du|mogt ihr|mochtet ihr|mochten sie|wollt ihr|willst du|wollen sie] @ADV* _4 [vorbeikommen|vorbeischauen|rumkommen|ruberkommen|besuchen kommen|uns besuchen|mich besuchen|zu besuch kommen|uns treffen|mich treffen|telefonieren|quatschen|facetimen|skypen|zoomen|brunchen|was trinken gehen|essen gehen|trinken gehen|feiern gehen]', needsVague: true },
    // Coming home for a visit: "wann kommst du mal wieder nach Hause?".
    { p: 'wann [kommst du|kommt ihr|kommen sie] @ADV* [mal wieder|wieder mal|endlich mal wieder|endlich wieder mal] @ADV* _2 [nach hause|heim|her|ruber|zu besuch|vorbei|in die heimat]' },
    // "wir brauchen dringend mal wieder nen Mädelsabend".
    { p: '[wir|ich] @ADV* [brauchen|brauche|brauch] @ADV* _3 @NOUNACT', needsVague: true },
    // Missing the reader in a subordinate clause: "weil ich dich so vermisse", "wie sehr du mir fehlst".
    { p: 'ich [dich|euch|di] @ADV* [vermisse|vermiss]', kind: 'social' },
    { p: '[du|ihr] [mir|uns] @ADV* [fehlst|fehlt]', kind: 'social', notAfter: ['das', 'was', 'die', 'der'] },
    // "Wann bist du mal wieder in Berlin?", Swiss "wann bisch wieder mal in Züri?" (not "wann bist du wieder da?").
    { p: 'wann [bist du|bist|seid ihr|sind sie] @ADV* [mal wieder|wieder mal|endlich mal wieder|endlich wieder mal] @AROUND' },
    // "Ich würde so gern mal wieder was mit dir machen", "Lust, mal was mit mir zu unternehmen?".
    { p: '[was|etwas] @ADV* [mit dir|mit euch|mit ihnen|mit mir|mit uns] @ADV* [machen|unternehmen|zu machen|zu unternehmen|starten]', needsVague: true },
    // The occasion offered as a question: "vielleicht ergibt sich ja mal die Gelegenheit für ein Gespräch?".
    { p: '[ergibt|findet|bietet|gibt] sich @ADV* [die|eine|ja]? @ADV* [gelegenheit|moglichkeit|chance|zeit] [fur|zu|zum|auf] _2 [@DRINK|@NOUNACT|treffen]' },
    // "Magst du mir mal bei nem virtuellen Kaffee erzählen …", "können Sie mir bei einem Call …".
    { p: '[magst du|mochtest du|mochten sie|willst du|wollen sie|kannst du|konntest du|konnen sie|konnten sie|hattest du lust|hatten sie lust] @ADV* _4 bei [einem|nem|m] _1 [kaffee|call|videocall|telefonat|mittagessen|lunch|bier|drink|gesprach|zoom|kaffeeplausch|wein]', needsVague: true },
    // A condition of interest, then the activity: "falls du Bock hast, mal über X zu fachsimpeln – meine DMs sind offen".
    { p: '[wenn|falls|sobald] [du|ihr|sie] @ADV* [lust|bock|interesse] [hast|habt|haben]? @ADV* _9 [zu fachsimpeln|zu quatschen|zu telefonieren|zu plaudern|zu schnacken|auszutauschen|kennenzulernen|zu treffen|zu skypen|zu zoomen|@SEE_YOU]' },
    { p: '[meine|unsere] [dms|dm|pms|pm|tur|turen|inbox] [sind|ist|steht|stehen] [dir|euch|ihnen]? @ADV* [jederzeit|immer]? offen', needsVague: true },
    // An open yes: "bin sowas von dabei, sag wann", "wir sind dabei, sag einfach wann".
    { p: '[bin|ich bin|sind|wir sind] _3 dabei [sag|sagt|sagen sie|sag mir|sag einfach|gib bescheid|sag bescheid] [mir|einfach|nur|halt|du]* wann?' },
    { p: '[mussen|sollten|mussten|mussn] wir @ADV* [wiederholen|nachholen]', atClauseStart: true },
    { p: 'ich? wurde mich @ADV* uber [einen|ein] _2 [austausch|gesprach|telefonat|kaffee|kennenlernen|call|videocall|anruf] freuen', kind: 'business' },
    { p: 'ich? [wurde|wurd] mich @ADV* uber [einen|ein|eine|nen|ne] _2 [wiedersehen|treffen|besuch|bier|abend|essen|anruf] freuen' },
  ],
  expansions: {
    "geht's": ['geht', 'es'],
    gehts: ['geht', 'es'],
    "wie's": ['wie', 'es'],
    hab: ['habe'],
    "hab's": ['habe', 'es'],
    vermiss: ['vermiss'],
    freu: ['freue'],
    "ist's": ['ist', 'es'],
    "gibt's": ['gibt', 'es'],
    // Spoken spellings: "sehn", "wolln", "müssn", "lass ma".
    sehn: ['sehen'],
    wiedersehn: ['wiedersehen'],
    wolln: ['wollen'],
    solln: ['sollen'],
    mussn: ['mussen'],
    konn: ['konnen'],
    ma: ['mal'],
    // Swiss and Austrian forms: "mir sötted eus …", "ich chume di go bsueche", "gemma amal auf a Bier".
    sotted: ['sollten'],
    sottet: ['sollten'],
    sotte: ['sollten'],
    eus: ['uns'],
    chume: ['komme'],
    chum: ['komme'],
    bsueche: ['besuchen'],
    gemma: ['gehen', 'wir'],
    gehma: ['gehen', 'wir'],
    amal: ['mal'],
    amoi: ['mal'],
    us: ['uns'],
    amol: ['mal'],
    moi: ['mal'],
    emol: ['mal'],
    treffn: ['treffen'],
    // Texting contractions: "haste Lust", "kannste mal", "biste mal wieder da".
    haste: ['hast', 'du'],
    hattste: ['hattest', 'du'],
    hattst: ['hattest', 'du'],
    kannste: ['kannst', 'du'],
    willste: ['willst', 'du'],
    magste: ['magst', 'du'],
    kommste: ['kommst', 'du'],
    biste: ['bist', 'du'],
    // Swiss: "hesch Zit?", "bisch mal wieder in Züri", "wämmer/gömmer mal …".
    hesch: ['hast', 'du'],
    hasch: ['hast', 'du'],
    bisch: ['bist', 'du'],
    chunsch: ['kommst', 'du'],
    zit: ['zeit'],
    luscht: ['lust'],
    wammer: ['wollen', 'wir'],
    gommer: ['gehen', 'wir'],
    sollemer: ['sollen', 'wir'],
    wieda: ['wieder'],
  },
  negators: ['nicht', 'nie', 'kein', 'keine', 'keinen', 'keinem', 'niemals', 'nichts', 'nix', 'leider'],
  negationExceptions: ['oder'],
  negationLookahead: 3,
  pastMarkers: [
    'hatten !sie !du !ihr !lust !bock !interesse !gern !gerne', 'hatte !sie !du !lust !bock !interesse !gern !gerne', 'fruher', 'gestern', 'war super !wenn !falls', 'war toll !wenn !falls', 'war schon !wenn !falls', 'danke fur', 'wollte', 'wollten', 'haben uns',
    'gesehen', 'vermisst', 'letzte woche', 'letztes mal', 'vorhin', 'war ich', 'habe dich !lieb !so !mega !echt !total !voll !ganz',
    // Conditions about a need or an arrival, not about time to meet: "melde dich, wenn du Fragen hast".
    'du fragen', 'du noch fragen', 'ihr fragen', 'ihr noch fragen', 'sie fragen haben', 'sie noch fragen', 'du was brauchst', 'du etwas brauchst',
    'du noch was brauchst', 'du hilfe', 'du hilfe brauchst', 'ihr hilfe', 'sie hilfe', 'du angekommen', 'du gut angekommen', 'ihr angekommen',
    'ihr gut angekommen', 'sie angekommen', 'angekommen bist', 'du zuhause bist', 'du zu hause bist', 'du daheim bist', 'du fertig bist', 'ihr fertig seid',
    'du probleme', 'sie probleme', 'sie fragen',
  ],
  reportVerbs: ['sagt', 'sagte', 'sagten', 'meint', 'meinte', 'meinten', 'erzahlt', 'erzahlte', 'erzahlten', 'lasst', 'findet', 'fanden', 'will', 'mochte', 'wurde gern',
    'schrieb', 'schrieben', 'gesagt', 'gemeint', 'vorgeschlagen', 'schlug', 'behauptet', 'behauptete'],
  thirdParty: ['er', 'mama', 'mutter', 'papa', 'vater', 'oma', 'opa', 'schwester', 'bruder', 'chef', 'chefin', 'sie wurde', 'alle', 'ihm', 'ihr'].filter((w) => !w.includes(' ')),
  timeWords: [
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'heute', 'morgen', 'ubermorgen', 'heute abend', 'gleich',
    'spater', 'mittag', 'mitternacht', 'wochenende', 'heut', 'nachmittag', 'vormittag', 'uhr', 'weihnachten', 'silvester',
  ],
  // "vermisse dich jetzt schon", "du wohnst jetzt auch hier", "jetzt endlich mal" are no appointment; "einen Abend" is no date.
  timePhrases: ['jetzt !schon !auch !endlich !echt !wirklich !unbedingt !dringend !langsam <schon <bist <wohnst <seid <wohnt <lebst <lebt <arbeitest <studierst', 'abend <einen <nen <n <ein <schonen <netten <gemutlichen <gemeinsamen <lustigen', 'heute abend', 'heute nachmittag', 'dieses wochenende', 'am wochenende', 'in einer stunde', 'in 10 minuten', 'in 5 minuten', 'gleich morgen', 'nachste woche am'],
  clockPrepositions: ['um', 'gegen', 'ab', 'am', 'bis', 'von'],
  numberWords: ['eins', 'zwei', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwolf', 'halb'],
  monthNames: ['januar', 'februar', 'marz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'jan', 'feb', 'sept', 'okt', 'nov', 'dez'],
  leadIns: ['ehrlich', 'echt', 'also', 'vielleicht'].filter((w) => w !== 'also'),
  conditionOpeners: ['wenn', 'falls', 'sobald'],
  clauseStarters: ['wie geht', 'wie lauft', 'wie war', 'ubrigens', 'danke', 'liebe grusse', 'lg', 'viele grusse', 'beste grusse', 'mit freundlichen grussen', 'alles gute', 'gluckwunsch', 'hor mal', 'hor zu', 'horma', 'na ja'],
  laughter: ['haha', 'hahaha', 'hehe', 'lol', 'xd', 'hihi'],
  businessCues: [
    'arbeit', 'projekt', 'kooperation', 'zusammenarbeit', 'rat', 'berufseinstieg', 'austausch', 'austauschen', 'auszutauschen', 'gesprach', 'call',
    'produktmanagement', 'grunderin', 'grunder', 'erfahrungen', 'erfahrung', 'sie', 'ihnen', 'ihre', 'ihren', 'firma', 'team',
    'vernetzen', 'karriere', 'zusammenarbeiten', 'kooperieren', 'gesprach', 'erfahrungen', 'termin', 'virtuellen', 'herr', 'frau', 'forschung',
    'kooperationen', 'synergien', 'tipps', 'bewerbung', 'branche', 'videocall', 'geschaftlich', 'kunden', 'produkt', 'expertise', 'einschatzung',
    'connecten', 'netzwerken', 'vernetzung', 'abstimmen', 'kurzschliessen', 'remote', 'finanzierung',
    'seed', 'investoren', 'investor', 'startup', 'werdegang', 'beratung', 'fundraising', 'finanzierungsrunde', 'fachsimpeln', 'produktmanagement', 'berufserfahrung',
  ],
  // Not a bare "sehr": "würde mich sehr freuen" is as social as it is formal; "Sehr geehrte" has its own cue.
  strongBusinessCues: ['geehrter', 'geehrte', 'freundlichen', 'freundliche', 'ihnen', 'linkedin', 'xing'],
  // Longing for the reader ("miss you"): in a broadcast with nobody addressed there is no one to answer it.
  longing: ['vermiss', 'vermis', 'fehlst', 'fehlt mir', 'fehlt uns', 'fehlen mir', 'sehnsucht', 'sehne mich'],
};
