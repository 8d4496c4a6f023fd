/**
 * The header through which `toNodeHandler` tells the proxy the request target exactly as it
 * arrived, before the URL parser resolved `..`, `%2e%2e`, `.` and backslashes (a `Request`'s URL
 * is always resolved). The proxy refuses a request whose URL is not this very target, so what it
 * forwards is what the app's own middleware matched on. Safe to receive from anyone: it can only
 * make the proxy refuse, never make it forward, and it is never forwarded itself.
 */
export const RAW_TARGET_HEADER = 'x-riffyn-login-kit-raw-target';
