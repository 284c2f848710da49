import type { DetectOptions } from '../../core/detect';
import type { BoxContext } from '../../page/sites';

/**
 * What the detector is told about a box: its language and where the text goes.
 * A box of unknown kind (the generic finder, the demo page) says nothing, so the
 * text decides alone. `addressed` comes from the site adapter when it gives one;
 * until then a direct message or a reply is addressed and a post is not (an
 * @mention in its text still counts: the detector reads it).
 */
export function detectOptionsFor(lang: string, context: BoxContext): DetectOptions {
  if (context.surface === 'unknown') return { lang };
  const given = (context as BoxContext & { addressed?: unknown }).addressed;
  const addressed = typeof given === 'boolean' ? given : context.surface === 'direct' || context.surface === 'comment';
  return { lang, surface: context.surface, addressed };
}
