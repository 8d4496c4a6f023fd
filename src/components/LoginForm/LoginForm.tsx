import { forwardRef, useEffect, useId, useRef, useState, type ComponentProps, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { useForm } from 'react-hook-form';
import { credentialProblem as check, type CredentialProblem as Problem } from '../../core/basic-auth.js';
import type { AuthError } from '../../core/errors.js';
import { loginFormMessages } from '../../i18n/login-form.js';
import { CardFooter, CardHeader } from '../shared/Card.js';
import { calmSeconds } from '../../i18n/errors.js';
import { ErrorAlert } from '../shared/ErrorAlert.js';
import { moveFocus } from '../shared/focus.js';
import { nameOnceLive, typedBeforeHydration, useHydrated } from '../shared/hydration.js';
import { StepHeading } from '../shared/StepHeading.js';
import { SubmitButton } from '../shared/SubmitButton.js';
import { mergeMessages, useSlotProps } from '../shared/styling.js';
import { useAnnouncement } from '../shared/useAnnouncement.js';
import { useDismissibleError } from '../shared/useDismissibleError.js';
import { useRetryWait } from '../shared/useRetryWait.js';
import { LoginField } from './LoginField.js';
import type { LoginFormProps, LoginFormValues } from './LoginForm.types.js';
import { PasswordField } from './PasswordField.js';

type Field = keyof LoginFormValues;
const FIELDS: Field[] = ['username', 'password'];

// What is wrong with a value is `check`ed as the key of its message, so a `messages` change
// rewords an error already shown. Passwords are never trimmed: spaces are legal and reach the
// server as typed.

/**
 * The username + password step of the Riffyn sign-in. Uncontrolled inputs (react-hook-form), so
 * password managers and autofill work, and typing re-renders nothing; values go to `onSubmit`
 * exactly as typed. The component never sends anything itself: the caller passes `pending` and
 * `error` back in. `ref` reaches the root `<div>` (React 18 and 19).
 *
 * ```tsx
 * const { state, isPending, login } = useAuth();
 * <LoginForm onSubmit={login} pending={isPending} error={state.status === 'idle' ? state.error : null} />
 * ```
 */
export const LoginForm = forwardRef<HTMLDivElement, LoginFormProps>(function LoginForm(props, ref) {
  const { onSubmit, pending = false, error = null, defaultUsername = '', autoFocus, headingLevel = 2 } = props;
  const messages = mergeMessages(loginFormMessages, props.messages);
  const { root, slot, target } = useSlotProps(props, { dir: messages.dir, ref });
  const live = useHydrated();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  // By id, not name: the fields have no name until the kit is live (a hydrating first commit has none).
  const input = (name: Field) => formRef.current!.ownerDocument.getElementById(`${id}-${name}`) as HTMLInputElement;

  const { register, handleSubmit, formState, getValues, getFieldState, resetField, setValue } = useForm<LoginFormValues>({
    defaultValues: { username: defaultUsername, password: '' },
    // react-hook-form's defaults do the rest: validate on submit, then again on every change (so a
    // fixed field clears as it is typed), and focus the first field at fault.
  });

  // A prefilled username (after "start again") arriving while mounted replaces only an untouched field.
  const shownDefault = useRef(defaultUsername);
  useEffect(() => {
    if (shownDefault.current === defaultUsername) return;
    shownDefault.current = defaultUsername;
    if (!getFieldState('username').isDirty) resetField('username', { defaultValue: defaultUsername });
  }, [defaultUsername, getFieldState, resetField]);

  // One request per submit. The ref stops a second submit from the same tick (validation is async,
  // so both get past the render that would show the first); the state shows it. An answer
  // (`pending` ending, or a new error) or an edit opens the form again.
  const sentRef = useRef(false);
  const [sent, setSent] = useState(false);
  const reopen = () => {
    if (!sentRef.current) return;
    sentRef.current = false;
    setSent(false);
  };
  useEffect(() => {
    if (!pending) reopen();
  }, [pending]);
  // Not on a cleared error: callers often clear it as they send, and a held Enter would send again.
  useEffect(() => {
    if (error) reopen();
  }, [error]);

  // 429: hold the button from the moment this error arrived, under a countdown.
  const wait = useRetryWait(error);
  const busy = pending || sent;
  const waiting = !!wait && !wait.over;
  const blocked = busy || waiting;

  // The error on show. Editing a field puts it away (it was about what was typed before).
  const { shown, dismiss } = useDismissibleError(error, wait);

  const [visible, setVisible] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  // Set only when it changes: keystrokes must not re-render the form.
  const readCapsLock = (event: KeyboardEvent | MouseEvent) => {
    const on = event.getModifierState('CapsLock');
    if (on !== capsLock) setCapsLock(on);
  };

  // `invalid-credentials` marks both fields. An `invalid-input` error marks the fields at fault as
  // their values stand; typing re-renders only when that verdict changes.
  const credentialsRefused = shown?.kind === 'invalid-credentials';
  const inputRefused = error?.kind === 'invalid-input';
  // The alert does not describe the fields: focus moves to a field as the alert is read (or stays
  // in it), and a screen reader would say the reason twice, once as the alert and once as the
  // focused field's new description. The fields are marked invalid; the alert above says why.
  const problem = (name: Field): Problem | null =>
    (formState.errors[name]?.message as Problem | undefined) ?? (inputRefused ? check(name, getValues(name)) : null);
  const problems = [problem('username'), problem('password')];
  // A new object is never equal to the last, so each call renders.
  const [, rerender] = useState({});
  // A mistake found at submit where focus stays put (Enter in the empty field) is said here.
  const [said, say] = useAnnouncement();
  // The field whose error was just said there: not described by it until focus leaves it (a new
  // description of the focused field is spoken too, so it would be said twice).
  const [hushed, setHushed] = useState<Field | null>(null);
  const onEdit = () => {
    if (!pending) reopen();
    dismiss();
    say(null);
    if (inputRefused && String([problem('username'), problem('password')]) !== String(problems)) rerender({});
  };

  // Focus on mount with autoFocus (the first field still to type), then on each new error about
  // the fields: the first one at fault, unless focus is already on one or the user went elsewhere
  // on the page. An error already there on mount counts as new only with autoFocus: without it the
  // ref starts out holding that error; with it, `undefined` (never a prop value) marks the first run.
  const seenError = useRef<AuthError | null | undefined>(autoFocus ? undefined : error);
  useEffect(() => {
    const known = seenError.current === error;
    if (seenError.current === undefined) input(defaultUsername ? 'password' : 'username').focus();
    seenError.current = error;
    if (known || !error) return;
    const target: Field | null =
      credentialsRefused || (inputRefused && problems[0])
        ? 'username'
        : inputRefused && problems[1]
          ? 'password'
          : null;
    // Directly, not react-hook-form's setFocus: that waits a macrotask, after screen readers
    // have started on the alert.
    if (target && document.activeElement?.getAttribute('aria-invalid') !== 'true') moveFocus(input(target));
    // Only a new error moves focus; typing does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error]);

  const togglePassword = () => {
    const field = input('password');
    const { selectionStart, selectionEnd } = field;
    const focused = field === document.activeElement;
    // Synchronously, so the caret can be put back on the re-typed input right away.
    flushSync(() => setVisible(!visible));
    if (focused) field.setSelectionRange(selectionStart, selectionEnd);
  };

  const attached = useRef(new Set<Field>());
  const ids = (...parts: unknown[]) => parts.filter(Boolean).map((part) => `${id}-${String(part)}`).join(' ') || undefined;

  /** The props of one field, for `LoginField`; `input` are the input's own beyond registration. */
  const field = (name: Field, input: ComponentProps<'input'>) => {
    const issue = problem(name);
    const registered = register(name, { validate: (value) => check(name, value) ?? true, onChange: onEdit });
    const password = name === 'password';
    return {
      slot,
      id: `${id}-${name}`,
      label: messages[`${name}Label`],
      error: issue && messages[issue],
      invalid: !!issue || credentialsRefused || undefined,
      input: {
        ...registered,
        // No name in the server's HTML: a script's submit() before hydration then carries nothing typed.
        name: nameOnceLive(live, name),
        // react-hook-form empties the field when it first takes it: keep what was typed before
        // hydration (once; it calls this ref again on every render).
        ref: (element: HTMLInputElement | null) => {
          const typed = attached.current.has(name) ? null : typedBeforeHydration(element);
          if (element) attached.current.add(name);
          registered.ref(element);
          if (typed !== null) setValue(name, typed, { shouldDirty: true });
        },
        ...input,
        // The Caps Lock warning is for the password field only: leaving it ends the warning.
        onBlur: (event: FocusEvent<HTMLInputElement>) => {
          if (capsLock) setCapsLock(false);
          if (hushed === name) setHushed(null);
          return registered.onBlur(event);
        },
      },
      describedBy: ids(hushed !== name && issue && `${name}-error`, password && capsLock && 'caps-lock'),
    };
  };

  return (
    // A region named by the heading, so the heading sits inside a landmark with the form.
    <div
      {...root('login-form')}
      role="region"
      aria-labelledby={`${id}-heading`}
      data-state={busy ? 'pending' : blocked ? 'rate-limited' : shown ? 'error' : 'idle'}
    >
      <CardHeader slot={slot} logo={props.logo}>
        <StepHeading slot={slot} level={headingLevel} id={`${id}-heading`}>
          {messages.heading}
        </StepHeading>
        {props.subtitle ? <p {...slot('subtitle')}>{props.subtitle}</p> : null}
      </CardHeader>
      <form
        {...slot('form')}
        ref={formRef}
        aria-labelledby={`${id}-heading`}
        aria-busy={busy || undefined}
        // Never a GET (the password in the URL), should anything submit it without the kit.
        method="post"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // Back to dots on submit, so no browser keeps the password as plain form history.
          setVisible(false);
          // A new attempt: the last one's error no longer applies, whatever this one finds.
          dismiss();
          if (blocked) {
            // Enter during a rate limit's wait: said once how long is left (the button does not count).
            if (waiting) say(messages.errors.retryIn(calmSeconds(Math.max(1, Math.ceil((wait.until - Date.now()) / 1000)))));
            return;
          }
          const focused = document.activeElement;
          // What the fields hold is what is checked and sent: a password manager (or Safari's
          // autofill) may have filled them without the events react-hook-form listens to.
          for (const name of FIELDS) {
            const held = input(name).value;
            if (held !== getValues(name)) setValue(name, held, { shouldDirty: true });
          }
          void handleSubmit(
            (values) => {
              if (sentRef.current) return;
              sentRef.current = true;
              setSent(true);
              onSubmit(values);
            },
            (errors) => {
              // react-hook-form focuses the first field at fault, whose description is the error;
              // when focus is there already nothing would be said.
              const first = FIELDS.find((name) => errors[name])!;
              if (focused !== input(first)) return;
              setHushed(first);
              say(FIELDS.map((name) => errors[name] && messages[errors[name].message as Problem]).filter(Boolean).join(' '));
            },
          )(event);
        }}
      >
        <LoginField {...field('username', { type: 'text', autoComplete: 'username' })} />
        <PasswordField
          {...field('password', {
            type: visible ? 'text' : 'password',
            autoComplete: 'current-password',
            onKeyDown: readCapsLock,
            onKeyUp: readCapsLock,
            onMouseDown: readCapsLock,
          })}
          visible={visible}
          onToggle={togglePassword}
          toggleLabel={messages.showPassword}
          capsLockId={`${id}-caps-lock`}
          capsLock={capsLock ? messages.capsLockOn : null}
          target={target}
        />
        {/* By the button, under the fields: arriving, it moves nothing the user is about to type in.
            Filled once the form is no longer busy: screen readers may hold back what changes inside an aria-busy element. */}
        <ErrorAlert error={busy ? null : shown} messages={messages.errors} slot={slot('alert')} id={`${id}-alert`} />
        <SubmitButton
          slot={slot}
          target={target}
          waitId={`${id}-wait`}
          pending={busy}
          wait={wait}
          label={messages.submit}
          pendingLabel={messages.submitPending}
          messages={messages.errors}
        />
        {/* Said once when a rate-limit wait is over; the countdown itself is never announced. */}
        <div {...slot('status')} role="status">
          {wait?.over ? messages.retryReady : said}
        </div>
      </form>
      <CardFooter slot={slot} footer={props.footer} />
    </div>
  );
});
