/** Written by `npm run train:detector`: each language's model in its own module, so a loader can bring them in one at a time. */
import { enModel } from './en.ts';
import { esModel } from './es.ts';
import { frModel } from './fr.ts';
import { deModel } from './de.ts';
import { ptModel } from './pt.ts';

export const MODEL_ASSETS: Record<string, unknown> = { en: enModel, es: esModel, fr: frModel, de: deModel, pt: ptModel };
