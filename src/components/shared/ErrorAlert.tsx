import { useEffect, useState } from 'react';
import { asAuthError, type AuthError, type AuthErrorKind } from '../../core/errors.js';
import { calmSeconds, describeError, type ErrorMessages } from '../../i18n/errors.js';
import { AlertIcon } from './icons.js';

export interface ErrorAlertProps {
  /** Typed as an AuthError, but an app's own call state may hold anything a call threw. */
  error: AuthError | null | undefined;
  messages: ErrorMessages;
  /** `data-slot` + class for the region, from the owning component's `useSlotProps`. */
  slot: { 'data-slot': string; className: string | undefined };
  id?: string | undefined;
}

/**
 * The kinds whose server text can say something the kit's sentence does not (why an account is
 * not allowed, which field the server refused). For the others ("Invalid username or password"
 * after "That username and password do not match", "User Locked" after "This account is locked…")
 * it would only say the same thing twice.
 */
const SERVER_WORDS_ADD: ReadonlySet<AuthErrorKind> = new Set(['forbidden', 'invalid-input', 'no-mfa-factor', 'malformed']);

/**
 * The live region for a step's error. It is always in the DOM, empty when there is no error,
 * because screen readers announce changes to an existing live region far more reliably than a
 * region that appears with its text already in it. Server text is rendered as a text node only,
 * direction-isolated so its punctuation stays put in a right-to-left page.
 *
 * Nothing in it changes while it is up (any change to an alert is read out again): a rate limit's
 * wait is said as the server asked it, which stays true; the time left is the owner's countdown.
 */
export function ErrorAlert({ messages, slot, id, ...props }: ErrorAlertProps) {
  // A step that mounts with its error (the sign-in form after the session ended) first puts the
  // region up empty, then fills it: a region that arrives with its text is often not read.
  const [mounted, setMounted] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- one render after mount, on purpose (see above)
  useEffect(() => setMounted(true), []);
  // Anything else (a plain Error from an app's rename call, say) has no kind to word: it is said
  // as the kit's own failure rather than leaving an empty alert.
  const error = mounted ? props.error && asAuthError(props.error) : null;
  const wait = error?.kind === 'rate-limited' ? error.retryAfter : 0;
  return (
    <div {...slot} id={id} role="alert" aria-atomic="true" data-state={error ? error.kind : 'none'}>
      {error ? (
        <>
          <AlertIcon />
          <div>
            <p>
              {wait ? `${messages.kinds[error.kind]} ${messages.waitAsked(calmSeconds(wait))}` : describeError(error, messages)}
            </p>
            {error.serverMessage && SERVER_WORDS_ADD.has(error.kind) ? (
              <p data-slot="server-message">
                {messages.serverSaid} <bdi>{error.serverMessage}</bdi>
              </p>
            ) : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
