/**
 * Frequent function words per language, for guessing a message's language before any language's
 * rules are loaded. Kept apart from the rules (lang/<code>.ts) because the guess needs all five lists
 * at once and they are small, while each language's rules load only when a message needs them.
 */
import type { LanguageCode } from '../types.ts';

export const FUNCTION_WORDS: Record<LanguageCode, readonly string[]> = {
  en: [
    'the', 'and', 'you', 'we', 'to', 'is', 'it', 'of', 'that', 'should', 'i', 'my', 'your', 'with', 'for', 'are', 'be', 'this', 'have', 'so',
    'miss', 'hang', 'out', 'lets', 'let', 'us', 'would', 'love', 'sometime', 'soon', 'when', 'what', 'hey', 'hi', 'u', 'me', 'coffee', 'just',
    'get', 'up', 'catch', 'on', 'at', 'in', 'lol', 'omg', 'can', 'will', 'not', 'how', 'was', 'do', 'about', 'am', 'ur',
  ],
  es: [
    'el', 'la', 'los', 'las', 'que', 'de', 'y', 'en', 'un', 'una', 'es', 'por', 'con', 'para', 'te', 'me', 'mi', 'tu', 'nos', 'pero', 'muy', 'hola',
    'deberiamos', 'quedar', 'quedamos', 'vernos', 'extrano', 'echo', 'menos', 'tenemos', 'hay', 'algun', 'dia', 'pronto', 'cuando', 'puedas',
    'tomar', 'algo', 'cafe', 'ganas', 'verte', 'encantaria', 'gustaria', 'jaja', 'jajaja', 'oye', 'ver', 'si', 'mucho', 'estos', 'avisame',
    'podriamos', 'vamos', 'llamada', 'charlar', 'tienes', 'estas', 'como', 'usted', 'contigo', 'mas',
  ],
  fr: [
    'le', 'la', 'les', 'de', 'des', 'et', 'un', 'une', 'est', 'en', 'que', 'qui', 'pour', 'pas', 'on', 'nous', 'vous', 'tu', 'je', 'me', 'te', 'ce',
    'ca', 'avec', 'mais', 'coucou', 'salut', 'bonjour', 'devrait', 'voir', 'manques', 'manquez', 'faut', 'se', 'un', 'jour', 'ces', 'jours', 'bientot',
    'quand', 'veux', 'dispo', 'cafe', 'verre', 'aimerais', 'serait', 'mdr', 'il', 'elle', 'sur', 'du', 'au', 'avec', 'votre', 'ton', 'par', 'moi',
    'toi', 'fais', 'dis', 'ai', 'as', 'revoie', 'voie', 'nous', 'hate',
  ],
  de: [
    'der', 'die', 'das', 'und', 'ist', 'ich', 'du', 'wir', 'uns', 'dich', 'nicht', 'mit', 'mal', 'wieder', 'sollten', 'mussen', 'lass', 'vermisse',
    'fehlst', 'mir', 'ein', 'einen', 'eine', 'auf', 'zu', 'es', 'bald', 'wenn', 'zeit', 'hast', 'gern', 'gerne', 'treffen', 'sehen', 'kaffee',
    'bier', 'auch', 'noch', 'doch', 'schon', 'wie', 'hallo', 'sie', 'ihnen', 'wurde', 'freuen', 'uber', 'lust', 'bitte', 'irgendwann', 'was',
    'wann', 'dabei', 'sowas', 'bin', 'sag', 'dir', 'mich', 'nen', 'jetzt', 'hab', 'gehen', 'bock', 'vermiss',
  ],
  pt: [
    'o', 'os', 'as', 'de', 'do', 'da', 'e', 'em', 'um', 'uma', 'que', 'para', 'com', 'nao', 'voce', 'vc', 'a', 'gente', 'se', 'eu', 'me', 'te', 'mas',
    'muito', 'oi', 'ola', 'devia', 'saudade', 'saudades', 'falta', 'sinto', 'bora', 'vamos', 'precisamos', 'qualquer', 'dia', 'desses', 'logo', 'quando',
    'puder', 'cafe', 'tomar', 'adoraria', 'gostaria', 'kkkk', 'kkk', 'to', 'ta', 'tudo', 'bem', 'pra', 'ver', 'seu', 'sua', 'tua', 'nos', 'no', 'na',
    'marcar', 'conversa', 'estou', 'esta', 'isso', 'vamo', 'agente', 'tou', 'tambem', 'voces', 'tens', 'gostava', 'adorava', 'beijinhos', 'beijos',
    'obrigado', 'obrigada', 'alguma', 'coisa', 'sdds', 'fixe', 'bue', 'tenho', 'temos', 'avisa', 'combinar', 'entao', 'tava', 'aparece',
  ],
};
