/**
 * The plain request/response shapes the mock Riffyn speaks, and the small HTTP chores it needs
 * (Basic auth decoding, JSON answers, random tokens). No HTTP library, so the same handler serves
 * msw in a browser and node:http in the demo server.
 */

export interface MockRequest {
  method: string;
  /** Path and query (`/v1/auth?x=1`) or an absolute URL. */
  url: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body?: string | undefined;
}

export interface MockResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** `''` for no body. */
  body: string;
}

export type BasicAuth =
  | { kind: 'none' }
  | { kind: 'garbled' }
  | { kind: 'basic'; username: string; password: string };

/**
 * Decodes `Authorization: Basic …` as UTF-8 (RFC 7617 `charset="UTF-8"`): base64 to bytes, then a
 * fatal TextDecoder, so a client that sent Latin-1 or raw `btoa` of a non-ASCII password fails
 * loudly instead of matching by accident.
 */
export function readBasicAuth(header: string | undefined): BasicAuth {
  if (header === undefined || header.trim() === '') return { kind: 'none' };
  const match = /^Basic\s+([A-Za-z0-9+/]+={0,2})\s*$/i.exec(header);
  if (!match) return { kind: 'garbled' };
  let text: string;
  try {
    const binary = atob(match[1]!);
    text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return { kind: 'garbled' };
  }
  const colon = text.indexOf(':');
  if (colon <= 0) return { kind: 'garbled' };
  return { kind: 'basic', username: text.slice(0, colon), password: text.slice(colon + 1) };
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): MockResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

export function textResponse(status: number, body: string, contentType: string): MockResponse {
  return { status, headers: { 'content-type': contentType }, body };
}

/** Parses a JSON object body; `null` for anything else (absent, invalid, an array). */
export function readJsonObject(body: string | undefined): Record<string, unknown> | null {
  if (body === undefined || body.trim() === '') return null;
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** A prefixed random token. The prefix says "made by the mock" in any log; the rest is unguessable. */
export function randomToken(prefix: string, bytes = 24): string {
  const random = globalThis.crypto.getRandomValues(new Uint8Array(bytes));
  return prefix + Array.from(random, (b) => b.toString(16).padStart(2, '0')).join('');
}
