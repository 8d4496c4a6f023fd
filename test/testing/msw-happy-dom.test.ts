// @vitest-environment happy-dom
// happy-dom, which the README names beside jsdom: its Headers keep the case a client wrote the
// names in (`Authorization`, `access-token` as given), where jsdom's and Node's lower-case them.
// The handlers must hand the mock lower-case names either way, or every call that sends a
// credential header is refused as unauthenticated.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRiffynClient } from '../../src/api/client.js';
import { listApiKeys, logout, refreshAccessToken } from '../../src/api/session-calls.js';
import { createMockRiffyn, DEMO_PASSWORD } from '../../src/testing/index.js';
import { riffynHandlers } from '../../src/testing/msw.js';

const mock = createMockRiffyn();
const server = setupServer(...riffynHandlers(mock));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('runs under happy-dom, whose Headers keep the names as written', () => {
  expect(navigator.userAgent).toMatch(/HappyDOM/);
  const headers = new Headers({ Authorization: 'Basic x' });
  expect([...headers.keys()]).toEqual(['Authorization']);
});

it('signs in and makes the calls after it through a same-origin client', async () => {
  const client = createRiffynClient({ baseUrl: '' });
  const signedIn = await client.login({ username: 'new-user', password: DEMO_PASSWORD });
  expect(signedIn).toMatchObject({ status: 'SUCCESS', accessToken: expect.any(String) });
  const accessToken = (signedIn as { accessToken: string }).accessToken;
  expect(await listApiKeys(client, { accessToken })).toEqual(expect.any(Array));
  expect(await refreshAccessToken(client, {}, { accessToken })).toMatchObject({ accessToken: expect.any(String) });
  await logout(client, { accessToken });
  // The Basic credentials and the access-token header reached the mock: every call answered 2xx.
  expect(mock.requests.map((entry) => entry.status)).toEqual([200, 200, 200, expect.any(Number)]);
  expect(mock.requests.every((entry) => entry.status < 300)).toBe(true);
});
