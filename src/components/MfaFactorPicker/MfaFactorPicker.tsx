import { forwardRef, useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import { takesTypedCode, type AuthFactor } from '../../core/auth-response.js';
import type { AuthError } from '../../core/errors.js';
import { calmSeconds } from '../../i18n/errors.js';
import { mfaMessages } from '../../i18n/mfa.js';
import { CardFooter, CardHeader } from '../shared/Card.js';
import { Countdown } from '../shared/Countdown.js';
import { ErrorAlert } from '../shared/ErrorAlert.js';
import { mergeMessages, slotProps } from '../shared/styling.js';
import { isolate } from '../shared/text.js';
import { useCountdown, useRetryWait } from '../shared/useCountdown.js';
import { moveFocus } from '../shared/focus.js';
import { nameOnceLive, useHydrated, useKeepTyped, visuallyHiddenOnceLive } from '../shared/hydration.js';
import { useAnnouncement } from '../shared/useAnnouncement.js';
import { factorHint, factorKind, factorLabel, sortFactors } from './factors.js';
import type { MfaFactorPickerProps } from './MfaFactorPicker.types.js';
import { cleanPassCode, MAX_PASSCODE_LENGTH, PASSCODE_LENGTH, passCodeLength } from './passcode.js';

/**
 * The MFA step of the Riffyn sign-in: which factor (a radio group when the server offered several,
 * the first one that takes a typed code chosen already), one field for the code (paste and
 * autofill friendly; a 6-digit one is sent once complete), the time left before the code request
 * dies, and an expired view with "Start again". Factors a typed code cannot complete (push, SMS…)
 * are listed as unavailable. It only renders: the caller (AuthFlow, or an app with `useAuth`)
 * owns the flow. `ref` reaches the root `<section>`.
 */
export const MfaFactorPicker = forwardRef<HTMLElement, MfaFactorPickerProps>(function MfaFactorPicker(props, ref) {
  const {
    pending,
    error,
    expiresAt,
    warnBeforeMs = 60_000,
    clockSkewMs = 0,
    username,
    autoFocus = true,
    headingLevel = 2,
    onExtend,
    extending = false,
  } = props;
  const messages = mergeMessages(mfaMessages, props.messages);
  const { root, slot, target } = slotProps(props);
  // The heading's id; every other part's is `${id}-…`.
  const id = useId();
  const label = (factor: AuthFactor) => factorLabel(factor, messages.factorLabels);
  const hint = (factor: AuthFactor) => factorHint(factor, messages.vendorNames, label(factor));

  const sorted = sortFactors(props.factors);
  const usable = sorted.filter(takesTypedCode);
  const several = sorted.length > 1;
  // Only a factor that takes a typed code can be the one the code is for; with one factor there is
  // nothing to choose, whatever the caller's selectedFactorId says.
  const selected = usable.find((f) => f.id === props.selectedFactorId) ?? (several ? null : usable[0]) ?? null;
  // None can be completed here (say, only push): nothing to type, only "Start again".
  const stuck = !usable.length;
  const choosing = several && !selected && !stuck;
  // A caller that has not chosen yet gets the first usable factor chosen for it, so a user who just
  // types the code is not told to choose first.
  useEffect(() => {
    if (choosing) props.onChooseFactor(usable[0]!.id);
  }, [choosing]);
  const kind = selected ? factorKind(selected) : 'totp';
  // Codes of a known length (6) go as soon as they are complete; longer ones when the user says so.
  const maxLength = passCodeLength(kind);
  const fixedLength = maxLength === PASSCODE_LENGTH;
  const live = useHydrated();

  // --- time ---------------------------------------------------------------------------------
  const secondsLeft = useCountdown(props.expired ? null : expiresAt);
  // The bar's full length: the time left when this deadline first showed.
  const [span, setSpan] = useState<[number | null, number | null]>([expiresAt, secondsLeft]);
  if (span[0] !== expiresAt) setSpan([expiresAt, secondsLeft]);
  const expired = props.expired || secondsLeft === 0 || error?.kind === 'mfa-expired';
  // 429 with Retry-After: no code goes until the wait is over (a countdown under Verify says how long).
  const retryLeft = useRetryWait(error);
  const waiting = retryLeft! > 0;
  // The error on show: typing a new code puts it away (a wrong code's alert is about the last one),
  // and so does the end of a rate limit's wait; a wait in progress stays up, as Verify still waits.
  const [dismissed, setDismissed] = useState<AuthError | null>(null);
  const shown = error === dismissed || retryLeft === 0 ? null : error;
  const wrongCode = shown?.kind === 'invalid-passcode';
  const inWarning = !expired && secondsLeft !== null && secondsLeft * 1000 <= warnBeforeMs;
  // The warning's sentence is fixed when it first appears, so the live region speaks once instead
  // of every second. It is set after the first render, so a region already on the page changes.
  // Keyed by the deadline: a new code request warns afresh.
  const [warned, setWarned] = useState<[number | null, number]>();
  const warning = warned?.[0] === expiresAt ? warned![1] : null;

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
  // After every render: fix the time warning (above), then focus.
  useEffect(() => {
    if (inWarning && warning === null) setWarned([expiresAt, secondsLeft!]);
    if (extendedFrom.current !== null && expiresAt !== extendedFrom.current) {
      if (!expired) {
        setExtended([expiresAt, secondsLeft ?? 0]);
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
  const [factorMissing, setFactorMissing] = useState(false);
  // What the user caused where focus stays put (Enter in the field, a 6th digit before a factor).
  const [said, say] = useAnnouncement();
  // The last value handed to onSubmit: the same value is never sent automatically twice, so an
  // error (or a re-render) cannot loop into resubmitting a code the server refused.
  const lastSent = useRef<string>(undefined);

  // A wrong code: clear the field (an empty entry, so no "incomplete" either) and put the user
  // back in it, ready for the next code. The alert says what happened; the field is described by it too.
  // An error already there on mount moves focus only with autoFocus (a docs page must not scroll).
  const seenError = useRef(autoFocus ? undefined : error);
  useEffect(() => {
    if (seenError.current === error) return;
    seenError.current = error;
    if (error?.kind !== 'invalid-passcode') return;
    enter('');
    inputRef.current?.focus();
  }, [error]);

  // `automatic`: the 6th digit arrived. Only a deliberate submit moves focus.
  function submit(value: string, automatic?: boolean) {
    // The deadline may pass between two ticks of the countdown; the next render shows the expired view.
    if (pending || expired || waiting || Date.now() >= (expiresAt ?? Infinity)) return;
    if (!selected) {
      setFactorMissing(true);
      if (automatic) say(messages.chooseFactorFirst);
      else firstRadioRef.current?.focus();
    } else if (value.length < PASSCODE_LENGTH) {
      setIncomplete(true);
      // Focus moving to the field reads its description, the new error with it; already there, say it.
      if (document.activeElement === inputRef.current) say(fixedLength ? messages.codeIncomplete : messages.codeTooShort);
      else inputRef.current?.focus();
    } else if (!automatic || value !== lastSent.current) {
      lastSent.current = value;
      props.onSubmit(value);
    }
  }

  function enter(next: string, typed?: boolean) {
    if (typed && shown && !waiting) setDismissed(shown);
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
  const Heading = `h${headingLevel}` as 'h2';
  const codeInvalid = incomplete || wrongCode;
  const skewed = Math.abs(clockSkewMs) > 30_000;
  // The main action once the step has expired; beside Verify, a secondary one.
  const restart = (variant?: string) => (
    <button {...slot('restart')} type="button" data-variant={variant} style={target} onClick={props.onRestart}>
      {messages.restart}
    </button>
  );

  return (
    <section
      {...root('mfa-factor-picker')}
      ref={ref}
      aria-labelledby={id}
      data-state={expired ? 'expired' : pending ? 'pending' : choosing ? 'choosing' : inWarning ? 'warning' : 'entering'}
    >
      <CardHeader slot={slot} logo={props.logo}>
        <Heading {...slot('heading')} id={id} ref={headingRef} tabIndex={-1}>
          {expired ? messages.expiredHeading : messages.heading}
        </Heading>
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

          {several ? (
            <fieldset {...slot('factor-group')} aria-describedby={factorMissing ? `${id}-choose` : undefined}>
              <legend {...slot('legend')}>{messages.chooseFactor}</legend>
              {factorMissing && (
                <p {...slot('field-error')} id={`${id}-choose`}>
                  {messages.chooseFactorFirst}
                </p>
              )}
              {sorted.map((factor, index) => {
                const off = !takesTypedCode(factor);
                const option = `${id}-factor-${index}`;
                // The radio is named by the factor alone; the vendor and why it cannot be used here
                // are its description.
                return (
                  <label
                    key={factor.id}
                    {...slot('factor-option')}
                    data-state={off ? 'unavailable' : factor === selected ? 'checked' : 'unchecked'}
                  >
                    <input
                      {...slot('factor-radio')}
                      ref={index ? undefined : firstRadioRef}
                      type="radio"
                      name={`${id}-factor`}
                      value={factor.id}
                      checked={factor === selected}
                      disabled={off}
                      style={target}
                      aria-labelledby={option}
                      aria-describedby={off || hint(factor) ? `${option}-hint` : undefined}
                      onChange={() => {
                        setFactorMissing(false);
                        props.onChooseFactor(factor.id);
                      }}
                    />
                    <span {...slot('factor-text')}>
                      <span {...slot('factor-label')} id={option}>
                        {label(factor)}
                      </span>
                      {off || hint(factor) ? (
                        <span {...slot('factor-hint')} id={`${option}-hint`}>
                          {off ? messages.factorUnavailable : hint(factor)}
                        </span>
                      ) : null}
                    </span>
                  </label>
                );
              })}
            </fieldset>
          ) : (
            sorted[0] && <p {...slot('factor-single')}>{messages.usingFactor(label(sorted[0]), hint(sorted[0]))}</p>
          )}
          {stuck && <p {...slot('warning')}>{messages.noUsableFactor}</p>}
        </>
      )}

      {/* Always mounted, so an error arriving later is announced (see ErrorAlert). */}
      <ErrorAlert error={expired ? null : shown} messages={messages.errors} slot={slot('alert')} id={`${id}-alert`} />

      {expired || stuck ? (
        <div {...slot('actions')}>{restart('primary')}</div>
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
          <div {...slot('field')} data-state={codeInvalid ? 'invalid' : 'valid'}>
            <label {...slot('label')} htmlFor={`${id}-code`}>
              {fixedLength ? messages.codeLabel : messages.codeLabelAnyLength}
            </label>
            <p {...slot('hint')} id={`${id}-hint`}>
              {messages.codeHints[kind === 'totp' || kind === 'hardware' ? kind : 'other']}
              {fixedLength ? ` ${messages.sentWhenComplete}` : null}
            </p>
            <input
              {...slot('input')}
              ref={attachInput}
              id={`${id}-code`}
              name={nameOnceLive(live, 'passCode')}
              // Not type="number": no spin buttons, no scroll-wheel changes, leading zeros kept.
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]*"
              // Room for a pasted "123 456" or "123-456"; the value is cleaned to digits anyway.
              maxLength={24}
              spellCheck={false}
              autoCorrect="off"
              enterKeyHint="done"
              // Digits read left to right in any page; the stylesheet draws a box per digit: six, and
              // for a code of unknown length (6-10 digits) one more for each digit typed past six.
              dir="ltr"
              // Set once live, never as a style attribute in server HTML (see useLiveStyle); 6 until then.
              style={live ? ({ '--rlk-code-length': Math.min(maxLength, Math.max(PASSCODE_LENGTH, code.length)) } as CSSProperties) : undefined}
              required
              onChange={(event) => {
                const input = event.target;
                const raw = input.value;
                const next = cleanPassCode(raw, maxLength);
                if (next !== raw) {
                  // Dropping a typed letter must not throw the caret to the end of the field.
                  const at = cleanPassCode(raw.slice(0, input.selectionStart!), maxLength).length;
                  input.value = next;
                  input.setSelectionRange(at, at);
                }
                enter(next, true);
              }}
              // A pasted complete code replaces what was there, rather than being appended to stray digits.
              onPaste={(event) => {
                const pasted = cleanPassCode(event.clipboardData.getData('text'), maxLength);
                if (pasted.length < PASSCODE_LENGTH || pending) return;
                event.preventDefault();
                enter(pasted, true);
              }}
              readOnly={pending}
              aria-invalid={codeInvalid}
              // Every message about the field: what to type, the clocks, what went wrong.
              aria-describedby={[
                `${id}-hint`,
                skewed && `${id}-skew`,
                incomplete && `${id}-incomplete`,
                wrongCode && `${id}-alert`,
              ]
                .filter(Boolean)
                .join(' ')}
            />
            {incomplete && (
              <p {...slot('field-error')} id={`${id}-incomplete`}>
                {fixedLength ? messages.codeIncomplete : messages.codeTooShort}
              </p>
            )}
          </div>

          {secondsLeft !== null && (
            // Whole minutes until the last one: it changes once a minute, and reads naturally.
            <Countdown
              slot={slot}
              seconds={secondsLeft}
              total={span[1]}
              text={messages.expiresIn(calmSeconds(secondsLeft))}
              warning={inWarning}
            >
              {/* Polite and always mounted while there is a deadline; filled once, not every second. */}
              <div {...slot('time-warning')} role="status">
                {warning !== null ? (
                  <p {...slot('warning')}>
                    {messages.timeWarning(warning)}
                    {onExtend ? ` ${messages.timeWarningAction}` : null}
                  </p>
                ) : extended?.[0] === expiresAt ? (
                  <p {...slot('warning')} data-state="extended">
                    {/* To the nearest minute: a fresh 5-minute request read a second early is not "6 minutes". */}
                    {messages.timeExtended(extended![1] > 60 ? Math.round(extended![1] / 60) * 60 : extended![1])}
                  </p>
                ) : null}
              </div>
              {warning !== null && onExtend ? (
                <button
                  {...slot('more-time')}
                  type="button"
                  data-state={extending ? 'pending' : 'idle'}
                  style={target}
                  aria-disabled={extending || undefined}
                  onClick={() => {
                    if (extending) return;
                    extendedFrom.current = expiresAt;
                    onExtend();
                  }}
                >
                  {extending ? messages.gettingMoreTime : messages.moreTime}
                </button>
              ) : null}
            </Countdown>
          )}
          <p {...slot('progress')} role="status" {...visuallyHiddenOnceLive(live)}>
            {pending ? messages.checking : said}
          </p>

          <div {...slot('actions')}>
            <button
              {...slot('submit')}
              type="submit"
              data-variant="primary"
              data-state={pending ? 'pending' : waiting ? 'waiting' : 'idle'}
              style={target}
              aria-disabled={pending || waiting || undefined}
              // Until hydrated, Enter and a click send nothing (see useHydrated).
              disabled={!live}
              // Its name stays put while the wait runs; the countdown under it is its description.
              aria-describedby={!pending && waiting ? `${id}-wait` : undefined}
            >
              {pending ? messages.verifying : messages.verify}
            </button>
            {waiting ? (
              <Countdown
                slot={slot}
                id={`${id}-wait`}
                seconds={retryLeft!}
                total={error!.retryAfter!}
                text={messages.errors.retryIn(calmSeconds(retryLeft!))}
              />
            ) : null}
            {restart()}
          </div>
        </form>
      )}
      <CardFooter slot={slot} footer={props.footer} />
    </section>
  );
});
