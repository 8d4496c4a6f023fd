/**
 * msw v2 handlers that answer every `/v1/*` request from a mock Riffyn, for Storybook stories and
 * tests (`setupServer(...riffynHandlers(mock, { baseUrl }))` in Node, `setupWorker` in a browser).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockRiffyn } from './mock-riffyn.js';

export interface RiffynHandlersOptions {
  /**
   * The `baseUrl` the client was given, e.g. `https://api.riffyn.test`. `''` (the default) means
   * same-origin: msw resolves `/v1/*` against the page's location, so it needs a browser or jsdom.
   */
  baseUrl?: string | undefined;
}

export function riffynHandlers(mock: MockRiffyn, { baseUrl = '' }: RiffynHandlersOptions = {}): HttpHandler[] {
  const base = baseUrl.replace(/\/+$/, '');
  // A baseUrl with a path (`https://host/riffyn`) is stripped so the mock sees `/v1/...` as Riffyn would.
  const prefix = new URL(base || '/', 'http://base.invalid').pathname.replace(/\/+$/, '');

  return [
    http.all(`${base}/v1/*`, async ({ request }) => {
      const url = new URL(request.url);
      const path = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : url.pathname;
      const body = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
      const answer = await mock.handle({
        method: request.method,
        url: path + url.search,
        // Lower-cased here: the mock reads `authorization`, `access-token`, and happy-dom's Headers
        // keep the case the client wrote (jsdom's and Node's lower-case them).
        headers: Object.fromEntries([...request.headers].map(([name, value]) => [name.toLowerCase(), value])),
        ...(body === '' ? {} : { body }),
      });
      // A null body for 204/304: the Response constructor rejects any body with those statuses.
      const nullBody = answer.status === 204 || answer.status === 304 || answer.body === '';
      return new HttpResponse(nullBody ? null : answer.body, { status: answer.status, headers: answer.headers });
    }),
  ];
}
