/**
 * The calendar reader's worker: one job in, one answer out. Started by extension/calendars/read-off-thread.ts
 * (in the options page, in Firefox's background, in Chrome's offscreen document) and terminated
 * by it if a file takes longer than the time limit. Built by WXT as a plain script with no
 * extension API, since a worker has none.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { answerReadJob, isReadJob } from '../extension/calendars/read-job';

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: unknown): void };
  scope.onmessage = (event) => {
    scope.postMessage(isReadJob(event.data) ? answerReadJob(event.data) : { ok: false, problem: { code: 'unexpected' } });
  };
});
