import { forwardRef, useEffect, useId, useRef, useState } from 'react';
import { takesTypedCode } from '../../core/auth-response.js';
import { mfaMessages } from '../../i18n/mfa.js';
import { CardFooter, CardHeader } from '../shared/Card.js';
import { calmSeconds } from '../../i18n/errors.js';
import { ErrorAlert } from '../shared/ErrorAlert.js';
import { StepHeading } from '../shared/StepHeading.js';
import { SubmitButton } from '../shared/SubmitButton.js';
import { mergeMessages, useSlotProps } from '../shared/styling.js';
import { isolate } from '../shared/text.js';
import { useDismissibleError } from '../shared/useDismissibleError.js';
import { useRetryWait } from '../shared/useRetryWait.js';
import { moveFocus } from '../shared/focus.js';
import { nameOnceLive, useHydrated, useKeepTyped, visuallyHiddenOnceLive } from '../shared/hydration.js';
import { useAnnouncement } from '../shared/useAnnouncement.js';
import { factorKind } from '../../core/factors.js';
import { defaultFactor, orderFactors } from '../../core/selectors.js';
import { CodeField } from './CodeField.js';
import { FactorChoice } from './FactorChoice.js';
import type { MfaFactorPickerProps } from './MfaFactorPicker.types.js';
import { cleanPassCode, MAX_PASSCODE_LENGTH, PASSCODE_LENGTH, passCodeLength } from './passcode.js';
import { TimeLeft } from './TimeLeft.js';
import { useCodeDeadline } from './useCodeDeadline.js';

/**
 * The MFA step of the Riffyn sign-in: which factor (a radio group when the server offered several,
 * the first one that takes a typed code chosen already), one field for the code (paste and
 * autofill friendly; a 6-digit one is sent once complete), the time left before the code request
 * dies, and an expired view with "Start again". Factors a typed code cannot complete (push, SMS…)
 * are named under one collapsed line, or left out (`unavailableFactors`). It only renders: the caller (AuthFlow, or an app with `useAuth`)
 * owns the flow. `ref` reaches the root `<section>`.
 */
export const MfaFactorPicker = forwardRef<HTMLElement, MfaFactorPickerProps>(function MfaFactorPicker(props, ref) {
  const { pending, error, expiresAt, warnBeforeMs = 60_000, clockSkewMs = 0, username, autoFocus = true } = props;
  const { headingLevel = 2, onExtend, extending = false } = props;
  const messages = mergeMessages(mfaMessages, props.messages);
  const { root, slot, target } = useSlotProps(props, { dir: messages.dir, ref });
  // The heading's id; every other part's is `${id}-…`.
  const id = useId();

  const sorted = orderFactors(props.factors);
  const usable = sorted.filter(takesTypedCode);
  const several = sorted.length > 1;
  // Only a factor that takes a typed code can be the one the code is for; with one factor there is
  // nothing to choose, whatever the caller's selectedFactorId says.
  const selected = usable.find((f) => f.id === props.selectedFactorId) ?? (several ? null : usable[0]) ?? null;
  // None can be completed here (say, only push): nothing to type, only "Start again".
  const stuck = !usable.length;
  const choosing = several && !selected && !stuck;
  // A caller that has not chosen yet gets the default chosen for it (the machine's own rule), so a
  // user who just types the code is not told to choose first.
  useEffect(() => {
    if (choosing) props.onChooseFactor(defaultFactor(props.factors)!.id);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per entry into "choosing", not on every new factors array
  }, [choosing]);
  const kind = selected ? factorKind(selected) : 'totp';
  // Codes of a known length (6) go as soon as they are complete; longer ones when the user says so.
  const maxLength = passCodeLength(kind);
  const fixedLength = maxLength === PASSCODE_LENGTH;
  const live = useHydrated();

  // --- time ---------------------------------------------------------------------------------
  const { expired, warning: inWarning, warnedAt, total, secondsNow } = useCodeDeadline(expiresAt, { expired: props.expired, warnBeforeMs, error });
  // 429 with Retry-After: no code goes until the wait is over (a countdown under Verify says how long).
  const wait = useRetryWait(error);
  const waiting = !!wait && !wait.over;
  // The error on show: typing a new code puts it away (a wrong code's alert is about the last one).
  const { shown, dismiss } = useDismissibleError(error, wait);
  const wrongCode = shown?.kind === 'invalid-passcode';

  // --- focus --------------------------------------------------------------------------------
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const firstRadioRef = useRef<HTMLInputElement>(null);
  // On mount (with autoFocus): the code field when there is nothing to choose, else the heading;
  // decided once, as moving focus when a factor is chosen would yank it out of the radio group.
  // When the step expires the code field disappears: focus goes to the heading, which now says so.
  const wasExpired = useRef<boolean>(undefined);
  // "Get more time" was pressed for this deadline; a new one says so once and puts the user back
  // in the code field (the button went with the warning).
  const extendedFrom = useRef<number | null>(null);
  const [extended, setExtended] = useState<[number | null, number]>();
  // After every render (and after the time warning is fixed): focus.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- on purpose after every render: each guard below compares with a ref
  useEffect(() => {
    if (extendedFrom.current !== null && expiresAt !== extendedFrom.current) {
      if (!expired) {
        setExtended([expiresAt, secondsNow() ?? 0]);
        moveFocus(inputRef.current);
      }
      extendedFrom.current = null;
    }
    if (wasExpired.current === undefined ? autoFocus : expired && !wasExpired.current) {
      moveFocus((choosing || expired ? headingRef : inputRef).current);
    }
    wasExpired.current = expired;
  });

  // --- the code -----------------------------------------------------------------------------
  const [code, setCode] = useState('');
  const [incomplete, setIncomplete] = useState(false);
  // Said where focus already was: the field's description stays as it was (see CodeField).
  const [incompleteSaid, setIncompleteSaid] = useState(false);
  const [factorMissing, setFactorMissing] = useState(false);
  // What the user caused where focus stays put (Enter in the field, a 6th digit before a factor).
  const [said, say] = useAnnouncement();
  // The last value handed to onSubmit: the same value is never sent automatically twice, so an
  // error (or a re-render) cannot loop into resubmitting a code the server refused.
  const lastSent = useRef<string>(undefined);

  // A wrong code: clear the field (an empty entry, so no "incomplete" either) and put the user
  // back in it, ready for the next code. The alert says what happened (once: it does not describe the field).
  // An error already there on mount moves focus only with autoFocus (a docs page must not scroll).
  const seenError = useRef(autoFocus ? undefined : error);
  useEffect(() => {
    if (seenError.current === error) return;
    seenError.current = error;
    if (error?.kind !== 'invalid-passcode') return;
    enter('');
    inputRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per new error; `enter` is this render's, and the same every render
  }, [error]);

  // `automatic`: the 6th digit arrived. Only a deliberate submit moves focus.
  function submit(value: string, automatic?: boolean) {
    // The deadline may pass between two ticks of the countdown; the next render shows the expired view.
    // Enter during a rate limit's wait: said once how long is left (the Verify button does not count).
    if (waiting && !automatic && !pending) say(messages.errors.retryIn(calmSeconds(Math.max(1, Math.ceil((wait.until - Date.now()) / 1000)))));
    if (pending || expired || waiting || Date.now() >= (expiresAt ?? Infinity)) return;
    if (!selected) {
      setFactorMissing(true);
      if (automatic) say(messages.chooseFactorFirst);
      else firstRadioRef.current?.focus();
    } else if (value.length < PASSCODE_LENGTH) {
      setIncomplete(true);
      // Focus moving to the field reads its description, the new error with it; already there, say it.
      const here = document.activeElement === inputRef.current;
      setIncompleteSaid(here);
      if (here) say(fixedLength ? messages.codeIncomplete : messages.codeTooShort);
      else inputRef.current?.focus();
    } else if (!automatic || value !== lastSent.current) {
      lastSent.current = value;
      props.onSubmit(value);
    }
  }

  function enter(next: string, typed?: boolean) {
    if (typed) dismiss();
    // Uncontrolled, so a value a password manager set without events is not overwritten by a render.
    if (inputRef.current && inputRef.current.value !== next) inputRef.current.value = next;
    say(null);
    setCode(next);
    setIncomplete(false);
    if (fixedLength && next.length === PASSCODE_LENGTH && next !== code) submit(next, true);
  }

  // A code typed (or autofilled) before hydration stays in the field.
  const attachInput = useKeepTyped(inputRef, (typed) => {
    const digits = cleanPassCode(typed, MAX_PASSCODE_LENGTH);
    inputRef.current!.value = digits;
    setCode(digits);
  });

  // --- render -------------------------------------------------------------------------------
  const skewed = Math.abs(clockSkewMs) > 30_000;
  // Always mounted, so an error arriving later is announced (see ErrorAlert). Under the code, by
  // the button: arriving, it moves nothing the user is about to type in.
  const alert = <ErrorAlert error={expired ? null : shown} messages={messages.errors} slot={slot('alert')} id={`${id}-alert`} />;
  // The main action once the step has expired; under Verify, a quiet link.
  const restart = (variant: string) => (
    <button {...slot('restart')} type="button" data-variant={variant} style={target} onClick={props.onRestart}>
      {messages.restart}
    </button>
  );

  return (
    <section
      {...root('mfa-factor-picker')}
      aria-labelledby={id}
      data-state={expired ? 'expired' : pending ? 'pending' : choosing ? 'choosing' : inWarning ? 'warning' : 'entering'}
    >
      <CardHeader slot={slot} logo={props.logo}>
        <StepHeading slot={slot} level={headingLevel} id={id} focusRef={headingRef}>
          {expired ? messages.expiredHeading : messages.heading}
        </StepHeading>
        {username && <p {...slot('description')}>{messages.signingInAs(isolate(username))}</p>}
      </CardHeader>

      {expired ? (
        <p {...slot('expired')}>{messages.errors.kinds['mfa-expired']}</p>
      ) : (
        <>
          {skewed && (
            // Beyond this difference between the clocks, TOTP codes start to fail.
            <p {...slot('warning')} data-warning="clock-skew" id={`${id}-skew`}>
              {messages.clockSkew(Math.round(Math.abs(clockSkewMs) / 1000), clockSkewMs > 0)}
            </p>
          )}
          <FactorChoice
            slot={slot}
            target={target}
            id={id}
            factors={sorted}
            selected={selected}
            missing={factorMissing}
            firstRadioRef={firstRadioRef}
            unavailable={props.unavailableFactors ?? 'collapsed'}
            messages={messages}
            onChoose={(factorId) => {
              setFactorMissing(false);
              props.onChooseFactor(factorId);
            }}
          />
          {stuck && <p {...slot('warning')}>{messages.noUsableFactor}</p>}
        </>
      )}

      {expired || stuck ? (
        <>
          {alert}
          <div {...slot('actions')}>{restart('primary')}</div>
        </>
      ) : (
        <form
          {...slot('form')}
          // Never a GET (the code in the URL), should anything submit it without the kit.
          method="post"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            // What the field holds: a password manager may have filled it without any event.
            const held = cleanPassCode(inputRef.current?.value ?? code, maxLength);
            if (held !== code) {
              inputRef.current!.value = held;
              setCode(held);
              setIncomplete(false);
            }
            submit(held);
          }}
        >
          {/* For password managers: which account this one-time code is for (Chromium's password-form
              guidance), so a manager holding several picks the right one. Never shown, never focused. */}
          {username ? <input type="text" name={nameOnceLive(live, 'username')} autoComplete="username" value={username} readOnly hidden /> : null}
          <CodeField
            slot={slot}
            id={id}
            inputRef={attachInput}
            kind={kind}
            maxLength={maxLength}
            code={code}
            live={live}
            boxes={live && !props.unstyled}
            pending={!!pending}
            incomplete={incomplete}
            incompleteSaid={incompleteSaid}
            wrongCode={wrongCode}
            skewed={skewed}
            messages={messages}
            onEnter={(next) => enter(next, true)}
          />

          {expiresAt != null && (
            <TimeLeft
              slot={slot}
              target={target}
              deadline={expiresAt}
              total={total}
              warning={inWarning}
              warnedAt={warnedAt}
              extendedTo={extended?.[0] === expiresAt ? extended[1] : null}
              onExtend={
                onExtend &&
                (() => {
                  extendedFrom.current = expiresAt;
                  onExtend();
                })
              }
              extending={extending}
              messages={messages}
            />
          )}
          <p {...slot('progress')} role="status" {...visuallyHiddenOnceLive(live)}>
            {pending ? messages.checking : said}
          </p>

          {alert}
          <div {...slot('actions')}>
            <SubmitButton
              slot={slot}
              target={target}
              waitId={`${id}-wait`}
              pending={!!pending}
              wait={wait}
              label={messages.verify}
              pendingLabel={messages.verifying}
              messages={messages.errors}
            />
            {restart('link')}
          </div>
        </form>
      )}
      <CardFooter slot={slot} footer={props.footer} />
    </section>
  );
});
