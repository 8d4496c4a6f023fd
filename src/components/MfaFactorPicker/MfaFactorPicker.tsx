import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type ClipboardEvent,
  type FormEvent,
} from 'react';
import { mfaMessages } from '../../i18n/mfa.js';
import { ErrorAlert } from '../shared/ErrorAlert.js';
import { mergeMessages, slotProps, visuallyHidden } from '../shared/styling.js';
import { useCountdown } from '../shared/useCountdown.js';
import { useFocusOnMount } from '../shared/useFocusOnMount.js';
import { factorHint, factorKind, factorLabel, sortFactors } from './factors.js';
import type { MfaFactorPickerProps, MfaFactorPickerState } from './MfaFactorPicker.types.js';
import { cleanPassCode, formatCountdown, PASSCODE_LENGTH } from './passcode.js';

/** Beyond this difference between the server's clock and this device's, TOTP codes start to fail. */
const CLOCK_SKEW_LIMIT_MS = 30_000;

/**
 * The MFA step of the Riffyn sign-in: which factor (a radio group when the server offered several),
 * one field for the 6-digit code (paste and autofill friendly, sent automatically once complete),
 * the time left before the code request dies, and an expired view with "Start again".
 * It only renders: the caller (AuthFlow, or an app with `useAuth`) owns the flow.
 */
export function MfaFactorPicker(props: MfaFactorPickerProps) {
  const {
    factors,
    selectedFactorId,
    onChooseFactor,
    onSubmit,
    pending = false,
    error = null,
    expiresAt,
    expired = false,
    warnBeforeMs = 60_000,
    clockSkewMs = 0,
    username,
    onRestart,
    autoFocus = true,
    headingLevel = 2,
    messages: overrides,
    ref,
  } = props;
  const messages = useMemo(() => mergeMessages(mfaMessages, overrides), [overrides]);
  const { root, slot } = slotProps(props);
  const id = useId();
  const ids = {
    heading: `${id}-heading`,
    groupError: `${id}-group-error`,
    input: `${id}-code`,
    hint: `${id}-hint`,
    fieldError: `${id}-field-error`,
    alert: `${id}-alert`,
  };

  const sorted = useMemo(() => sortFactors(factors), [factors]);
  // With one factor there is nothing to choose, whatever the caller's selectedFactorId says.
  const selected = sorted.find((f) => f.id === selectedFactorId) ?? (sorted.length === 1 ? sorted[0]! : null);
  const choosing = sorted.length > 1 && selected === null;

  // --- time ---------------------------------------------------------------------------------
  const secondsLeft = useCountdown(expired ? null : expiresAt);
  // Set when a submit finds the deadline passed between two ticks of the countdown; keyed by the
  // deadline so a new code request (a new expiresAt) starts afresh.
  const [timedOutAt, setTimedOutAt] = useState<number | null>(null);
  const isExpired =
    expired ||
    secondsLeft === 0 ||
    (timedOutAt !== null && timedOutAt === expiresAt) ||
    error?.kind === 'mfa-expired';
  const inWarning = !isExpired && secondsLeft !== null && secondsLeft * 1000 <= warnBeforeMs;

  // The warning's sentence is fixed when it first appears, so the live region speaks once instead
  // of every second. It is set after the first render, so a region already on the page changes.
  const [warned, setWarned] = useState<{ deadline: number | null; seconds: number } | null>(null);
  const warning = warned !== null && warned.deadline === expiresAt ? warned : null;
  useEffect(() => {
    if (inWarning && warning === null && secondsLeft !== null) setWarned({ deadline: expiresAt, seconds: secondsLeft });
  }, [inWarning, warning, secondsLeft, expiresAt]);

  const state: MfaFactorPickerState = isExpired
    ? 'expired'
    : pending
      ? 'pending'
      : choosing
        ? 'choosing'
        : inWarning
          ? 'warning'
          : 'entering';

  // --- focus --------------------------------------------------------------------------------
  // Decided once: moving focus again when a factor is chosen would yank it out of the radio group.
  const [focusTarget] = useState<'heading' | 'input'>(() => (choosing || isExpired ? 'heading' : 'input'));
  const headingRef = useFocusOnMount<HTMLHeadingElement>(autoFocus && focusTarget === 'heading');
  const inputRef = useFocusOnMount<HTMLInputElement>(autoFocus && focusTarget === 'input');
  const firstRadioRef = useRef<HTMLInputElement>(null);

  // When the step expires the code field disappears; focus goes to the heading, which now says
  // so, instead of falling to <body> (only if focus was in this step, or already lost).
  const wasExpired = useRef(isExpired);
  useLayoutEffect(() => {
    if (isExpired && !wasExpired.current) {
      const heading = headingRef.current;
      const active = document.activeElement;
      const rootElement = heading?.closest('[data-slot="root"]');
      if (!active || active === document.body || rootElement?.contains(active)) heading?.focus();
    }
    wasExpired.current = isExpired;
  }, [isExpired, headingRef]);

  // --- the code -----------------------------------------------------------------------------
  const [code, setCode] = useState('');
  const [codeIncomplete, setCodeIncomplete] = useState(false);
  const [factorMissing, setFactorMissing] = useState(false);
  // The last value handed to onSubmit: the same value is never sent automatically twice, so an
  // error (or a re-render) cannot loop into resubmitting a code the server refused.
  const lastSubmitted = useRef<string | null>(null);
  const caret = useRef<number | null>(null);

  // A wrong code: clear the field and put the user back in it, ready for the next code. The
  // alert says what happened; the field is described by it too.
  useEffect(() => {
    if (error?.kind !== 'invalid-passcode') return;
    setCode('');
    setCodeIncomplete(false);
    inputRef.current?.focus();
  }, [error, inputRef]);

  // Dropping a typed letter must not throw the caret to the end of the field.
  useLayoutEffect(() => {
    const input = inputRef.current;
    const at = caret.current;
    caret.current = null;
    if (input && at !== null && input === document.activeElement) input.setSelectionRange(at, at);
  }, [code, inputRef]);

  function submit(value: string, automatic: boolean) {
    if (pending || isExpired) return;
    if (expiresAt !== null && Date.now() >= expiresAt) {
      setTimedOutAt(expiresAt);
      return;
    }
    if (selected === null) {
      setFactorMissing(true);
      // Only a deliberate submit moves focus: typing the 6th digit should not throw the user out of the field.
      if (!automatic) firstRadioRef.current?.focus();
      return;
    }
    if (value.length !== PASSCODE_LENGTH) {
      if (!automatic) {
        setCodeIncomplete(true);
        inputRef.current?.focus();
      }
      return;
    }
    if (automatic && value === lastSubmitted.current) return;
    lastSubmitted.current = value;
    onSubmit(value);
  }

  function enter(next: string) {
    setCode(next);
    setCodeIncomplete(false);
    if (next.length === PASSCODE_LENGTH && next !== code) submit(next, true);
  }

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const raw = event.target.value;
    const at = event.target.selectionStart;
    caret.current = at === null ? null : cleanPassCode(raw.slice(0, at)).length;
    enter(cleanPassCode(raw));
  }

  // A pasted complete code replaces what was there, rather than being appended to stray digits.
  function handlePaste(event: ClipboardEvent<HTMLInputElement>) {
    const pasted = cleanPassCode(event.clipboardData.getData('text'));
    if (pasted.length !== PASSCODE_LENGTH || pending) return;
    event.preventDefault();
    caret.current = PASSCODE_LENGTH;
    enter(pasted);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(code, false);
  }

  function choose(factorId: string) {
    setFactorMissing(false);
    onChooseFactor(factorId);
  }

  // --- render -------------------------------------------------------------------------------
  const Heading = `h${headingLevel}` as const;
  const codeInvalid = codeIncomplete || error?.kind === 'invalid-passcode';
  const describedBy = [
    ids.hint,
    codeIncomplete && ids.fieldError,
    error?.kind === 'invalid-passcode' && ids.alert,
  ].filter(Boolean);
  const skewSeconds = Math.round(Math.abs(clockSkewMs) / 1000);
  const selectedKind = selected ? factorKind(selected) : 'totp';
  const radioName = `${id}-factor`;

  return (
    <section
      {...root('mfa-factor-picker')}
      ref={ref}
      aria-labelledby={ids.heading}
      data-state={state}
    >
      <Heading {...slot('heading')} id={ids.heading} ref={headingRef} tabIndex={-1}>
        {isExpired ? messages.expiredHeading : messages.heading}
      </Heading>
      {username ? <p {...slot('description')}>{messages.signingInAs(username)}</p> : null}

      {isExpired ? (
        <p {...slot('expired')}>{messages.expiredBody}</p>
      ) : (
        <>
          {Math.abs(clockSkewMs) > CLOCK_SKEW_LIMIT_MS ? (
            <p {...slot('warning')} data-warning="clock-skew">
              {messages.clockSkew(skewSeconds, clockSkewMs > 0)}
            </p>
          ) : null}

          {sorted.length > 1 ? (
            <fieldset {...slot('factor-group')} aria-describedby={factorMissing ? ids.groupError : undefined}>
              <legend {...slot('legend')}>{messages.chooseFactor}</legend>
              {factorMissing ? (
                <p {...slot('field-error')} id={ids.groupError}>
                  {messages.chooseFactorFirst}
                </p>
              ) : null}
              {sorted.map((factor, index) => {
                const label = factorLabel(factor, messages.factorLabels);
                const hint = factorHint(factor, messages.vendorNames, label);
                const checked = factor.id === selected?.id;
                return (
                  <label
                    key={factor.id}
                    {...slot('factor-option')}
                    data-state={checked ? 'checked' : 'unchecked'}
                    data-kind={factorKind(factor)}
                  >
                    <input
                      {...slot('factor-radio')}
                      ref={index === 0 ? firstRadioRef : undefined}
                      type="radio"
                      name={radioName}
                      value={factor.id}
                      checked={checked}
                      onChange={() => choose(factor.id)}
                    />
                    <span {...slot('factor-text')}>
                      <span {...slot('factor-label')}>{label}</span>
                      {/* The space keeps "label hint" apart in the radio's accessible name. */}
                      {hint ? <> <span {...slot('factor-hint')}>{hint}</span></> : null}
                    </span>
                  </label>
                );
              })}
            </fieldset>
          ) : selected ? (
            <p {...slot('factor-single')} data-kind={selectedKind}>
              {messages.usingFactor(
                factorLabel(selected, messages.factorLabels),
                factorHint(selected, messages.vendorNames, factorLabel(selected, messages.factorLabels)),
              )}
            </p>
          ) : null}
        </>
      )}

      {/* Always mounted, so an error arriving later is announced (see ErrorAlert). */}
      <ErrorAlert error={isExpired ? null : error} messages={messages.errors} slot={slot('alert')} id={ids.alert} />

      {isExpired ? (
        <div {...slot('actions')}>
          <button {...slot('restart')} type="button" data-variant="primary" onClick={onRestart}>
            {messages.restart}
          </button>
        </div>
      ) : (
        <form {...slot('form')} noValidate onSubmit={handleSubmit}>
          <div {...slot('field')} data-state={codeInvalid ? 'invalid' : 'valid'}>
            <label {...slot('label')} htmlFor={ids.input}>
              {messages.codeLabel}
            </label>
            <p {...slot('hint')} id={ids.hint}>
              {messages.codeHints[selectedKind]}
            </p>
            <input
              {...slot('input')}
              ref={inputRef}
              id={ids.input}
              name="passCode"
              // Not type="number": no spin buttons, no scroll-wheel changes, leading zeros kept.
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]*"
              // Room for a pasted "123 456" or "123-456"; the value is cleaned to 6 digits anyway.
              maxLength={24}
              spellCheck={false}
              autoCorrect="off"
              enterKeyHint="done"
              value={code}
              onChange={handleChange}
              onPaste={handlePaste}
              readOnly={pending}
              aria-invalid={codeInvalid}
              aria-describedby={describedBy.join(' ')}
            />
            {codeIncomplete ? (
              <p {...slot('field-error')} id={ids.fieldError}>
                {messages.codeIncomplete}
              </p>
            ) : null}
          </div>

          {expiresAt !== null ? (
            <div {...slot('timer')}>
              {secondsLeft !== null ? (
                <p {...slot('countdown')} role="timer" data-state={inWarning ? 'warning' : 'running'}>
                  {messages.expiresIn(formatCountdown(secondsLeft), secondsLeft)}
                </p>
              ) : null}
              {/* Polite and always mounted while there is a deadline; filled once, not every second. */}
              <div {...slot('time-warning')} role="status">
                {warning ? (
                  <p {...slot('warning')} data-warning="time">
                    {messages.timeWarning(warning.seconds)}
                  </p>
                ) : null}
              </div>
            </div>
          ) : null}
          <p {...slot('progress')} role="status" data-visually-hidden="" style={visuallyHidden}>
            {pending ? messages.checking : null}
          </p>

          <div {...slot('actions')}>
            <button {...slot('submit')} type="submit" data-variant="primary" aria-disabled={pending || undefined}>
              {pending ? messages.verifying : messages.verify}
            </button>
            <button {...slot('restart')} type="button" data-variant="secondary" onClick={onRestart}>
              {messages.restart}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
