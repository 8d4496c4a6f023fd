// jsdom (the unit project's default): what component tests and stories do, a same-origin client
// (baseUrl '') with handlers resolved against the page's location.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRiffynClient } from '../../src/api/client.js';
import { AuthError } from '../../src/core/errors.js';
import { createMockRiffyn, DEMO_PASSWORD } from '../../src/testing/index.js';
import { riffynHandlers } from '../../src/testing/msw.js';

const mock = createMockRiffyn();
const server = setupServer(...riffynHandlers(mock));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('answers a same-origin client under jsdom', async () => {
  expect(typeof document).toBe('object');
  const client = createRiffynClient({ baseUrl: '' });
  expect(await client.login({ username: 'new-user', password: DEMO_PASSWORD })).toMatchObject({
    status: 'SUCCESS',
    apiKey: expect.any(String),
  });
  const error: unknown = await client.login({ username: 'new-user', password: 'wrong' }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AuthError);
  expect((error as AuthError).kind).toBe('invalid-credentials');
  expect(mock.requests.map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual([
    'POST /v1/auth 200',
    'POST /v1/auth 401',
  ]);
});
