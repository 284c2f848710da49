/**
 * Register: whether a wish is a business one, from cue words in its sentence (topic), around it
 * (register, for LinkedIn-style notes) or anywhere in the message (sign-offs, salutations).
 */
import { WINDOW } from './compile.ts';
import type { Bounds, CompiledLanguage, WordInfo } from './engine.ts';

export function hasStrongBusinessRegister(info: readonly WordInfo[]): boolean {
  for (let k = 0; k < info.length; k++) if ((info[k] as WordInfo).strongBusinessCue) return true;
  return false;
}

/** Running count of cue words, so "any cue between a and b" is one subtraction. */
export function cueCounts(info: readonly WordInfo[], register: boolean, lang: CompiledLanguage): Int32Array {
  // Reused between calls (only indexes 0..length are ever read); grown as needed.
  let counts = register ? lang.scratchRegister : lang.scratchTopic;
  if (counts.length < info.length + 1) {
    counts = new Int32Array((info.length + 1) * 2);
    if (register) lang.scratchRegister = counts;
    else lang.scratchTopic = counts;
  }
  counts[0] = 0;
  for (let k = 0; k < info.length; k++) counts[k + 1] = (counts[k] ?? 0) + ((register ? info[k]?.registerCue : info[k]?.businessCue) ? 1 : 0);
  return counts;
}

/**
 * Topic cues ("career", "project") count in the wish's own sentence; register
 * cues ("keynote", "founder") also in the sentences right before and after,
 * where a LinkedIn note usually says why it is writing.
 */
export function hasCueNear(counts: Int32Array, bounds: Bounds, from: number, to: number, reach: number): boolean {
  let a = from;
  let b = to;
  if (reach > 0) {
    if (a > 0) a = Math.max(bounds.starts[a - 1] ?? a, a - WINDOW);
    if (b < bounds.length) b = Math.min(bounds.ends[b] ?? b, b + WINDOW);
  }
  return (counts[b] ?? 0) - (counts[a] ?? 0) > 0;
}

