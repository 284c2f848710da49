/** The suggestion card's text (messages/card.ts) for the content side; see area.ts. */
import { areaTranslator } from './area';
import { card } from './messages/card';

export const t = areaTranslator(card);
