/// <reference types="node" />
/**
 * `riffyn-login-kit/node`: runs a Fetch API handler (such as `createRiffynProxy`'s) on Node's own
 * HTTP server, Express or Connect (Vite's dev server). Its own entry, so Fetch-only runtimes and
 * bundles never load node: code.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RAW_TARGET_HEADER, SAFETY_HEADERS } from './headers.js';

/** A request as Express and Connect hand it over: `originalUrl` keeps the mount path they strip from `url`. */
export type NodeRequest = IncomingMessage & { originalUrl?: string | undefined };

/** `(req, res)`: a `node:http` request listener, and Express/Connect middleware that always answers. */
export type NodeHandler = (req: NodeRequest, res: ServerResponse) => Promise<void>;

/** The socket's peer address of each Request `toNodeHandler` made. */
const peers = new WeakMap<Request, string>();

/**
 * The address of the machine that sent a Request `toNodeHandler` made: the socket's peer, for
 * `createRiffynProxy`'s `clientAddress`. Behind a load balancer that is the balancer's own
 * address: read the header it sets instead. `null` for any other Request.
 *
 * @example
 * createRiffynProxy({ upstream, clientAddress, signInLimit: { max: 10, windowMs: 60_000 } });
 */
export const clientAddress = (request: Request): string | null => peers.get(request) ?? null;

/**
 * Adapts `(request: Request) => Promise<Response>` to Node: builds a `Request` (the body streamed,
 * its `signal` aborted when the browser disconnects) and writes the `Response` back. The request
 * target as it arrived goes along in the `x-riffyn-login-kit-raw-target` header (a `Request`'s
 * URL has `..`, `%2e%2e` and backslashes resolved), so `createRiffynProxy` can refuse a path
 * that is not exactly one of its calls.
 *
 * @example
 * import express from 'express';
 * import { createRiffynProxy } from 'riffyn-login-kit/core';
 * import { toNodeHandler } from 'riffyn-login-kit/node';
 *
 * const app = express();
 * app.use('/v1', toNodeHandler(createRiffynProxy({ upstream: 'https://api.app.riffyn.com' })));
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>): NodeHandler {
  return async (req, res) => {
    const disconnected = new AbortController();
    // 'close' also fires after a normal answer; only an unfinished one means the browser left.
    res.once('close', () => {
      if (!res.writableFinished) disconnected.abort();
    });

    let response: Response;
    try {
      response = await handler(toRequest(req, disconnected.signal));
    } catch {
      // The handler's own error stays on the server; the browser learns only that it failed.
      response = new Response('{"error":"Internal error."}', {
        status: 500,
        headers: { 'content-type': 'application/json; charset=utf-8', ...SAFETY_HEADERS },
      });
    }
    if (res.destroyed) return;
    try {
      await write(response, res);
    } catch {
      // A body that failed half-way cannot be answered any more; dropping the socket says so.
      res.destroy();
    }
  };
}

async function write(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  if (response.body) {
    for await (const chunk of response.body) {
      if (res.destroyed) return;
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
    }
  }
  res.end();
}

function toRequest(req: NodeRequest, signal: AbortSignal): Request {
  const given = req.originalUrl ?? req.url ?? '/';
  const target = given.startsWith('/') ? given : `/${given}`;
  // Concatenated, not resolved: a target like `//other.host/v1/auth` must stay a path on this host.
  const url = new URL(`http://${hostOf(req)}${target}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue; // HTTP/2 pseudo-headers
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  // Ours, whatever the browser sent under that name: the URL parser has just resolved `..`,
  // `%2e%2e` and backslashes, which the middleware in front of this handler did not. Encoded,
  // since a header value cannot hold every byte a target can.
  headers.set(RAW_TARGET_HEADER, encodeURIComponent(target));
  const method = (req.method ?? 'GET').toUpperCase();
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const request = new Request(url, {
    method,
    headers,
    signal,
    ...(hasBody && { body: bodyStream(req), duplex: 'half' }),
  });
  if (req.socket?.remoteAddress) peers.set(request, req.socket.remoteAddress);
  return request;
}

/** The Host header when it makes a valid URL (it is the browser's to set), else `localhost`. */
function hostOf(req: IncomingMessage): string {
  const host = req.headers.host ?? '';
  return /^[\w.-]+(:\d+)?$|^\[[\d:a-fA-F.]+\](:\d+)?$/.test(host) ? host : 'localhost';
}

/**
 * The request body as a web stream. Cancelling it (a handler refusing an oversize body) drains the
 * rest instead of destroying the socket, which would also destroy the answer.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Buffer) => {
        if (cancelled) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.once('end', () => {
        if (!cancelled) controller.close();
      });
      req.once('error', (error) => {
        if (!cancelled) controller.error(error);
      });
      req.pause();
    },
    pull() {
      req.resume();
    },
    cancel() {
      cancelled = true;
      req.resume();
    },
  });
}
