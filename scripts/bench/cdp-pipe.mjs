// Chromium driven through the DevTools protocol over a pipe, with only the domains a measure needs.
// Playwright enables the Runtime domain on every page, and with it on V8 records a detailed stack
// (source positions: a re-parse of the whole script) for every Error a page creates; react-dom
// creates four while it starts. No visitor has DevTools open, so the first-visit measure
// (first-visit.mjs) drives the browser this way instead.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

/** Starts Chromium; `send(method, params, sessionId)` resolves with the result, `on(listener)`
 *  hears every event, `close()` ends the browser and removes its profile. */
export function launchCdpBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'pm-bench-cdp-'));
  const browser = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [, , , toBrowser, fromBrowser] = browser.stdio;
  let nextId = 1;
  const pending = new Map();
  const listeners = new Set();
  let buffered = '';
  // Messages are JSON, each ended by a NUL byte.
  fromBrowser.on('data', (chunk) => {
    buffered += chunk.toString('utf8');
    let end;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (waiting !== undefined) {
        pending.delete(message.id);
        if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
        else waiting.resolve(message.result);
      } else for (const listener of listeners) listener(message);
    }
  });
  const exited = new Promise((resolve) => browser.once('exit', resolve));
  exited.then(() => {
    for (const { method, reject } of pending.values()) reject(new Error(`${method}: the browser exited`));
    pending.clear();
  });
  return {
    send(method, params = {}, sessionId) {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { method, resolve, reject });
        toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
      });
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      toBrowser.write(`${JSON.stringify({ id: nextId++, method: 'Browser.close' })}\0`);
      const killLater = setTimeout(() => browser.kill(), 5_000);
      await exited;
      clearTimeout(killLater);
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}
