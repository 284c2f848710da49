/**
 * Chrome's offscreen document (reason WORKERS) for the background: a service worker cannot start
 * a dedicated worker, this page can. It takes one read per port from extension/calendars/read-off-thread.ts,
 * runs it in a fresh worker with the time limit, and answers on the same port. It keeps no state;
 * the background closes it when no read is pending.
 */
import { browser } from 'wxt/browser';
import { isReadJob } from '../../extension/calendars/read-job';
import { READER_PORT, readInWorker, startReaderWorker, type HostRequest } from '../../extension/calendars/read-off-thread';

function isHostRequest(value: unknown): value is HostRequest {
  const request = value as Partial<HostRequest> | null;
  return typeof request === 'object' && request !== null && isReadJob(request.job) && typeof request.timeLimitMs === 'number';
}

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== READER_PORT) return;
  port.onMessage.addListener((request: unknown) => {
    if (!isHostRequest(request)) {
      port.postMessage({ ok: false, problem: { code: 'unexpected' } });
      return;
    }
    void readInWorker(request.job, { createWorker: startReaderWorker, timeLimitMs: request.timeLimitMs }).then((reply) => {
      try {
        port.postMessage(reply);
      } catch {
        // The background gave up on this read (its own guard) and closed the port.
      }
    });
  });
});
