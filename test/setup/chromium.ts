// Debian's chromium everywhere Playwright launches: no browser download works on this network.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Not --disable-features: it would replace Playwright's own list. Resolve nothing but loopback,
  // so Chromium's background calls to Google hosts fail at once instead of hanging.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];
