import { forwardRef, useCallback, useEffect, useId, useLayoutEffect, useRef, type Ref } from 'react';
import { sessionTimeoutMessages } from '../../i18n/session-timeout.js';
import { useSessionTimeout, type UseSessionTimeoutResult } from '../../react/useSessionTimeout.js';
import { ErrorAlert } from '../shared/ErrorAlert.js';
import { StepHeading } from '../shared/StepHeading.js';
import { mergeMessages, useSlotProps } from '../shared/styling.js';
import type { SessionTimeoutWarningProps, SessionTimeoutWarningSlot } from './SessionTimeoutWarning.types.js';

// useLayoutEffect warns when rendered on a server; the dialog never is (it needs a session), but
// the module may be imported there.
const useBrowserLayoutEffect = typeof document == 'undefined' ? useEffect : useLayoutEffect;

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * Warns before the accessToken ends, in a modal dialog: "Stay signed in" (or Escape) extends the
 * session, "Sign out" signs out. Put it anywhere under `<AuthProvider>`, beside `<AuthFlow>` or in
 * a headless app: it renders nothing until the warning is due. When time runs out the dialog goes
 * and the flow is back at sign-in with the username kept (`<AuthFlow>` says why). `ref` reaches
 * the `<dialog>` while it is open.
 *
 * ```tsx
 * <AuthProvider client={client}>
 *   <SessionTimeoutWarning warnBeforeMs={120_000} onSignOut={() => navigate('/')} />
 *   <App />
 * </AuthProvider>
 * ```
 */
export const SessionTimeoutWarning = forwardRef<HTMLDialogElement, SessionTimeoutWarningProps>(function SessionTimeoutWarning(props, ref) {
  const timeout = useSessionTimeout(props);
  return timeout.status === 'warning' ? <WarningDialog {...props} timeout={timeout} dialogRef={ref} /> : null;
});

/** The open dialog: mounted only while warning, so opening and closing follow mount and unmount. */
function WarningDialog(props: SessionTimeoutWarningProps & { timeout: UseSessionTimeoutResult; dialogRef: Ref<HTMLDialogElement> }) {
  const { timeout, headingLevel = 2 } = props;
  const messages = mergeMessages(sessionTimeoutMessages, props.messages);
  const id = useId();
  const dialog = useRef<HTMLDialogElement | null>(null);
  const { dialogRef } = props;
  const attach = useCallback(
    // eslint-disable-next-line react-hooks/immutability -- a ref callback runs at commit, not during render
    (element: HTMLDialogElement | null) => {
      dialog.current = element;
      if (typeof dialogRef == 'function') dialogRef(element);
      // eslint-disable-next-line react-hooks/immutability -- the app's ref object, forwarded: that is what a ref is for
      else if (dialogRef) dialogRef.current = element;
    },
    [dialogRef],
  );
  const { root, slot, target } = useSlotProps<SessionTimeoutWarningSlot, HTMLDialogElement>(props, { dir: messages.dir, ref: attach });

  // Modal: the page behind is inert and focus starts on "Stay signed in". Closing (on unmount)
  // gives focus back to what had it before, where that is still in the page.
  useBrowserLayoutEffect(() => {
    const element = dialog.current!;
    element.showModal();
    return () => element.close();
  }, []);
  // Chromium lets a second Escape close a dialog whose cancel was prevented; the warning stands
  // until the session is extended, so it comes back.
  useEffect(() => {
    if (!dialog.current!.open) dialog.current!.showModal();
  });

  const pending = timeout.extendState.isPending;
  return (
    <dialog
      {...root('session-timeout-warning')}
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-description`}
      data-state={pending ? 'pending' : 'warning'}
      onCancel={(event) => {
        // Escape extends, as "Stay signed in" does: the user is clearly there.
        event.preventDefault();
        timeout.extend();
      }}
    >
      <div {...slot('header')}>
        <StepHeading slot={slot} level={headingLevel} id={`${id}-heading`}>
          {messages.heading}
        </StepHeading>
      </div>
      {/* Its words change only at a few steps (announceSeconds): heard then, and on opening as the description. */}
      <p {...slot('description')} id={`${id}-description`} role="status">
        {messages.body(messages.timeLeft(timeout.announceSeconds!))}
      </p>
      {/* For the eye only: a screen reader would hear every second of it. */}
      <p {...slot('countdown')} aria-hidden="true">
        {clock(timeout.secondsLeft!)}
      </p>
      <ErrorAlert error={timeout.extendState.error} messages={messages.errors} slot={slot('alert')} />
      <div {...slot('actions')}>
        <button
          {...slot('stay')}
          type="button"
          data-variant="primary"
          data-state={pending ? 'pending' : undefined}
          aria-disabled={pending || undefined}
          style={target}
          onClick={timeout.extend}
        >
          {messages.stay}
        </button>
        <button
          {...slot('sign-out')}
          type="button"
          style={target}
          onClick={() => {
            timeout.signOut();
            props.onSignOut?.();
          }}
        >
          {messages.signOut}
        </button>
      </div>
    </dialog>
  );
}
