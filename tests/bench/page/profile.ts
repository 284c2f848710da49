/**
 * Reading a V8 CPU profile (CDP `Profiler.stop`) for the page benchmark: how much main-thread time had
 * one of Someday's frames anywhere on the stack. Content scripts run in the page's isolate, so their
 * frames appear in the page's profile under the extension's URL.
 */

export interface CpuProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileShare {
  /** Milliseconds of samples with a matching frame anywhere on the stack. */
  ms: number;
  /** Milliseconds the profile covered. */
  totalMs: number;
  /** The heaviest matching functions by self time, for finding what to fix. */
  top: { name: string; ms: number }[];
}

/**
 * Sums the samples whose stack holds a frame `isOurs` accepts. A sample lasts until the next one
 * (the last until the profile's end), as DevTools counts it.
 */
export function shareOfProfile(profile: CpuProfile, isOurs: (url: string) => boolean, topCount = 8): ProfileShare {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const ours = new Map<number, boolean>();
  const isOursNode = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = (node !== undefined && isOurs(node.callFrame.url)) || (up !== undefined && isOursNode(up));
    ours.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<string, number>();
  let at = profile.startTime;
  const times: number[] = [];
  for (const delta of deltas) times.push((at += delta));
  let ms = 0;
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    const duration = ((times[i + 1] ?? profile.endTime) - (times[i] ?? profile.endTime)) / 1000;
    if (duration <= 0 || !isOursNode(id)) continue;
    ms += duration;
    const node = byId.get(id)!;
    const label = (frame: CpuProfileNode['callFrame']) =>
      `${frame.functionName || '(top level)'} ${frame.url.replace(/^[a-z-]+:\/\/[^/]+\//, '')}`;
    let caller = parent.get(id);
    while (caller !== undefined && !isOurs(byId.get(caller)!.callFrame.url)) caller = parent.get(caller);
    const name = isOurs(node.callFrame.url)
      ? label(node.callFrame)
      : `${node.callFrame.functionName || node.callFrame.url || '(native)'} (called by ${caller === undefined ? 'Someday' : label(byId.get(caller)!.callFrame)})`;
    self.set(name, (self.get(name) ?? 0) + duration);
  }
  const top = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, topCount)
    .map(([name, time]) => ({ name, ms: time }));
  return { ms, totalMs: (profile.endTime - profile.startTime) / 1000, top };
}
