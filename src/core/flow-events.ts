import type { AuthEvent, AuthState } from './auth-machine.js';
import { factorKind, type FactorKind } from './factors.js';
import type { AuthErrorKind } from './errors.js';
import { showsApiKey, usernameOf, type FlowStep } from './selectors.js';

/**
 * What happened in the sign-in, for analytics and error reporting (`onEvent`). Never a secret:
 * no password, code, stateToken, key or token, and the username only when the app asks for it.
 */
export type AuthFlowEvent = { username?: string | undefined } & (
  | { type: 'step'; step: FlowStep }
  | { type: 'login'; action: 'sent' | 'succeeded' | 'mfa-required' | 'restarted' }
  | { type: 'login'; action: 'failed'; errorKind: AuthErrorKind }
  | { type: 'mfa'; action: 'factor-chosen'; factorKind: FactorKind }
  | { type: 'mfa'; action: 'sent' | 'succeeded' | 'expired' | 'extending' | 'extended' }
  | { type: 'mfa'; action: 'failed' | 'extend-failed'; errorKind: AuthErrorKind }
  | { type: 'apiKey'; action: 'shown' | 'copied' | 'downloaded' | 'saved' | 'renamed' }
  | { type: 'session'; action: 'restored' | 'extended' | 'expired' | 'signed-out' }
  | { type: 'session'; action: 'failed'; errorKind: AuthErrorKind }
);

/** `AuthFlowEvent` without the username the emitter adds. */
export type AuthFlowEventBody = AuthFlowEvent extends infer E ? (E extends unknown ? Omit<E, 'username'> : never) : never;

/**
 * The events one transition makes (`before` → `after` through `event`), in order; none when the
 * machine refused the event. Pure, so the stream is decided once, next to the machine.
 */
export function flowEvents(before: AuthState, event: AuthEvent, after: AuthState): AuthFlowEventBody[] {
  if (after === before) return [];
  const keyShown: AuthFlowEventBody[] = showsApiKey(after) && !showsApiKey(before) ? [{ type: 'apiKey', action: 'shown' }] : [];
  switch (event.type) {
    case 'LOGIN':
      return [{ type: 'login', action: 'sent' }];
    case 'LOGIN_SUCCEEDED':
      return [{ type: 'login', action: 'succeeded' }, ...keyShown];
    case 'MFA_REQUIRED':
      return after.status === 'mfaRequired'
        ? [{ type: 'login', action: 'mfa-required' }]
        : [{ type: 'login', action: 'failed', errorKind: 'no-mfa-factor' }];
    case 'LOGIN_FAILED':
      return [{ type: 'login', action: 'failed', errorKind: event.error.kind }];
    case 'CHOOSE_FACTOR': {
      const factor = after.status === 'mfaRequired' ? after.factors.find((f) => f.id === event.factorId) : undefined;
      return factor ? [{ type: 'mfa', action: 'factor-chosen', factorKind: factorKind(factor) }] : [];
    }
    case 'VERIFY':
      return [{ type: 'mfa', action: 'sent' }];
    case 'VERIFY_SUCCEEDED':
      return [{ type: 'mfa', action: 'succeeded' }, ...keyShown];
    case 'VERIFY_FAILED':
      return after.status === 'mfaExpired'
        ? [{ type: 'mfa', action: 'expired' }]
        : [{ type: 'mfa', action: 'failed', errorKind: event.error.kind }];
    case 'MFA_TIMED_OUT':
      return [{ type: 'mfa', action: 'expired' }];
    case 'MFA_EXTEND':
      return [{ type: 'mfa', action: 'extending' }];
    case 'MFA_EXTENDED':
      return [{ type: 'mfa', action: 'extended' }];
    case 'MFA_EXTEND_FAILED':
      return [{ type: 'mfa', action: 'extend-failed', errorKind: event.error.kind }];
    case 'ACKNOWLEDGE_API_KEY':
      return [{ type: 'apiKey', action: 'saved' }, ...(after.status === 'sessionExpired' ? [{ type: 'session', action: 'expired' } as const] : [])];
    case 'API_KEY_RENAMED':
      return [{ type: 'apiKey', action: 'renamed' }];
    case 'SESSION_EXTENDED':
      return [{ type: 'session', action: 'extended' }];
    case 'SESSION_FAILED':
    case 'SESSION_TIMED_OUT': {
      if (event.type === 'SESSION_FAILED' && event.error.kind !== 'session-expired') {
        return [{ type: 'session', action: 'failed', errorKind: event.error.kind }];
      }
      // Under the key the session's end is told once the key is saved (the flow moves on then).
      return after.status === 'sessionExpired' ? [{ type: 'session', action: 'expired' }] : [];
    }
    case 'RESTART':
      return [{ type: 'login', action: 'restarted' }];
    case 'RESTORED':
      return [{ type: 'session', action: 'restored' }];
    case 'SESSION_SYNCED':
      return [{ type: 'session', action: 'extended' }];
    case 'RESTORE':
    case 'RESTORE_FAILED':
      return [];
    case 'LOGOUT':
      return before.status === 'authenticated' ? [{ type: 'session', action: 'signed-out' }] : [{ type: 'login', action: 'restarted' }];
  }
}

/** The username an event is about: the flow's after the event, or before it when that is gone (sign-out). */
export const eventUsername = (before: AuthState, after: AuthState): string => usernameOf(after) || usernameOf(before);
