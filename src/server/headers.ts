// The headers the proxy and the Node adapter agree on.

/**
 * Always on the proxy's answers, and on the adapter's own: never cached by a CDN or the browser,
 * and never run as a page on the app's origin, whatever Riffyn (or an HTML error page in front of
 * it) sends.
 */
export const SAFETY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
};

/**
 * The header through which `toNodeHandler` tells the proxy the request target exactly as it
 * arrived, before the URL parser resolved `..`, `%2e%2e`, `.` and backslashes (a `Request`'s URL
 * is always resolved). The proxy refuses a request whose URL is not this very target, so what it
 * forwards is what the app's own middleware matched on. Safe to receive from anyone: it can only
 * make the proxy refuse, never make it forward, and it is never forwarded itself.
 */
export const RAW_TARGET_HEADER = 'x-riffyn-login-kit-raw-target';
