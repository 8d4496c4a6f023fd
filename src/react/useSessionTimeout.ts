import { useEffect, useState } from 'react';
import { sessionDeadline } from '../core/selectors.js';
import type { AuthCallState } from '../core/call-state.js';
import { useAuth } from './useAuth.js';
import { useExtendSession } from './useSessionCalls.js';

/** WCAG 2.2.1 asks for at least 20 seconds to respond: a shorter warning is lengthened to this. */
export const MIN_SESSION_WARNING_MS = 20_000;

export interface UseSessionTimeoutOptions {
  /** How long before the accessToken ends the warning starts (ms). Default 120 000; at least 20 000. */
  warnBeforeMs?: number | undefined;
  /** The new accessToken's lifetime in seconds when extended (1 to 21 600). Default: the server's 30 minutes. */
  extendBySeconds?: number | undefined;
}

/**
 * `off`: no session, or one without an end; `active`: signed in, not near the end; `warning`: the
 * end is within `warnBeforeMs`; `expired`: the accessToken ran out (or was refused) and the flow
 * is back at sign-in with the username kept.
 */
export type SessionTimeoutStatus = 'off' | 'active' | 'warning' | 'expired';

export interface UseSessionTimeoutResult {
  status: SessionTimeoutStatus;
  /** When the accessToken ends: epoch ms on the local clock; null without a session. */
  expiresAt: number | null;
  /** Whole seconds left while `warning` (updated every second, for a visible countdown); else null. */
  secondsLeft: number | null;
  /**
   * `secondsLeft` rounded up to the step worth announcing (whole minutes, then 60, 30 and 10):
   * it changes a few times per warning, never every second. Null unless `warning`.
   */
  announceSeconds: number | null;
  /** Extends the session through `useExtendSession`; ignored while a call is pending. */
  extend(): void;
  /** The extend call's state: pending, error. */
  extendState: AuthCallState;
  /** Signs out (`useAuth().logout`). */
  signOut(): void;
}

/** The step a number of seconds left is announced at. */
const announceStep = (seconds: number) => (seconds > 60 ? Math.ceil(seconds / 60) * 60 : seconds > 30 ? 60 : seconds > 10 ? 30 : 10);

/**
 * The session's end as a warning: the headless part of `<SessionTimeoutWarning>`, for an app that
 * draws its own dialog. Needs an `<AuthProvider>` above it. The deadline is a clock time: after a
 * sleeping laptop or a background tab wakes, the next render reads the clock again (on
 * `visibilitychange` and `focus`), so the warning is never late by the time the device slept.
 *
 * @example
 * const { status, announceSeconds, extend, signOut } = useSessionTimeout({ warnBeforeMs: 180_000 });
 * if (status === 'warning') return <MyDialog left={announceSeconds} onStay={extend} onLeave={signOut} />;
 */
export function useSessionTimeout(options: UseSessionTimeoutOptions = {}): UseSessionTimeoutResult {
  const { state, logout } = useAuth();
  const { extendSession, extendSessionState } = useExtendSession();
  const warnMs = Math.max(MIN_SESSION_WARNING_MS, options.warnBeforeMs ?? 120_000);
  const expiresAt = sessionDeadline(state);
  // Read from the clock on every render; `now` only makes the timers below cause one.
  const [now, setNow] = useState(0);
  // eslint-disable-next-line react-hooks/purity -- a clock-time deadline: every render reads the real clock (a woken laptop is never late)
  const left = expiresAt === null ? null : expiresAt - Date.now();
  const warning = left !== null && left <= warnMs;

  useEffect(() => {
    if (expiresAt === null) return;
    const tick = () => setNow(Date.now());
    // Once a second while warning (the visible countdown), else once, when the warning is due.
    const wait = warning ? 1000 : expiresAt - warnMs - Date.now();
    const id = setTimeout(tick, Math.min(Math.max(wait, 0), 2 ** 31 - 1));
    document.addEventListener('visibilitychange', tick);
    addEventListener('focus', tick);
    return () => {
      clearTimeout(id);
      document.removeEventListener('visibilitychange', tick);
      removeEventListener('focus', tick);
    };
  }, [expiresAt, warnMs, warning, now]);

  const secondsLeft = warning ? Math.max(0, Math.ceil(left / 1000)) : null;
  return {
    status: state.status === 'sessionExpired' ? 'expired' : expiresAt === null ? 'off' : warning ? 'warning' : 'active',
    expiresAt,
    secondsLeft,
    announceSeconds: secondsLeft === null ? null : announceStep(secondsLeft),
    extend: () => {
      if (!extendSessionState.isPending) extendSession(options.extendBySeconds);
    },
    extendState: extendSessionState,
    signOut: logout,
  };
}
