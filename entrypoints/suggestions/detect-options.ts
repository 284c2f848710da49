import type { DetectOptions } from '../../utils/detect';
import type { BoxContext } from '../../utils/sites';

/**
 * What the detector is told about a box: its language and where the text goes.
 * A box of unknown kind (the generic finder, the demo page) says nothing, so the
 * text decides alone. `addressed` comes from the site adapter when it gives one;
 * until then a direct message is addressed and anything else is left to the text
 * (an @mention in it still counts).
 */
export function detectOptionsFor(lang: string, context: BoxContext): DetectOptions {
  if (context.surface === 'unknown') return { lang };
  const given = (context as BoxContext & { addressed?: unknown }).addressed;
  const addressed = typeof given === 'boolean' ? given : context.surface === 'direct' ? true : undefined;
  return { lang, surface: context.surface, addressed };
}
