import type { AuthError } from '../../core/errors.js';
import { describeError, type ErrorMessages } from '../../i18n/errors.js';

export interface ErrorAlertProps {
  error: AuthError | null | undefined;
  messages: ErrorMessages;
  /** `data-slot` + class for the region, from the owning component's `slotProps`. */
  slot: { 'data-slot': string; className: string | undefined };
  id?: string | undefined;
}

/**
 * The live region for a step's error. It is always in the DOM, empty when there is no error,
 * because screen readers announce changes to an existing live region far more reliably than a
 * region that appears with its text already in it. Server text is rendered as a text node only.
 */
export function ErrorAlert({ error, messages, slot, id }: ErrorAlertProps) {
  return (
    <div {...slot} id={id} role="alert" aria-atomic="true" data-state={error ? error.kind : 'none'}>
      {error ? (
        <>
          <p>{describeError(error, messages)}</p>
          {error.serverMessage && error.kind !== 'aborted' ? (
            <p data-slot="server-message">
              {messages.serverSaid} {error.serverMessage}
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
