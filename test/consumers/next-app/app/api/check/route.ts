// A route handler using the React-free entry on the server: a sign-in and a refused one.
import { createRiffynClient, isAuthError } from 'riffyn-login-kit/core';

export const dynamic = 'force-dynamic';

export async function GET() {
  const client = createRiffynClient({ baseUrl: process.env.RIFFYN_API_URL ?? '' });
  const accepted = await client.login({ username: 'key-holder', password: 'demo-password' });
  let refused = 'no error';
  try {
    await client.login({ username: 'key-holder', password: 'wrong' });
  } catch (error) {
    refused = isAuthError(error) ? error.kind : 'not an AuthError';
  }
  return Response.json({ accepted: accepted.status, refused });
}
