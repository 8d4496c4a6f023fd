/**
 * On an element showing a secret (the revealed API key): the markers common session-replay and
 * analytics tools read as "never record this". Most mask `<input>` values by default but not a
 * `<textarea>`'s, and a replay would keep the one-time key on the vendor's servers. LogRocket:
 * `data-private`; Sentry Replay: `data-sentry-block` and `data-sentry-mask`; Hotjar:
 * `data-hj-suppress`; Datadog: `data-dd-privacy="hidden"`; Microsoft Clarity: `data-clarity-mask`;
 * PostHog: `data-ph-no-capture`.
 */
export const hiddenFromSessionReplay = {
  'data-private': 'true',
  'data-sentry-block': 'true',
  'data-sentry-mask': 'true',
  'data-hj-suppress': 'true',
  'data-dd-privacy': 'hidden',
  'data-clarity-mask': 'true',
  'data-ph-no-capture': 'true',
} as const;
