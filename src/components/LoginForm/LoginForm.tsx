import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type MouseEvent,
  type Ref,
} from 'react';
import { flushSync } from 'react-dom';
import { useForm, useWatch } from 'react-hook-form';
import type { AuthError } from '../../core/errors.js';
import { loginFormMessages, type LoginFormMessages } from '../../i18n/login-form.js';
import { ErrorAlert } from '../shared/ErrorAlert.js';
import { mergeMessages, slotProps } from '../shared/styling.js';
import { useCountdown } from '../shared/useCountdown.js';
import { useFocusOnMount } from '../shared/useFocusOnMount.js';
import type { LoginFormProps, LoginFormValues } from './LoginForm.types.js';

type FieldName = keyof LoginFormValues;
/** Validation results are codes, not sentences, so a `messages` change rewords errors already shown. */
type FieldProblem = 'required' | 'colon';

function usernameProblem(value: string): FieldProblem | null {
  if (value.trim() === '') return 'required';
  // RFC 7617 splits user-id and password at the first ':'; the server would read another username.
  if (value.includes(':')) return 'colon';
  return null;
}

/** Nothing is trimmed: spaces are legal password characters and must reach the server as typed. */
function passwordProblem(value: string): FieldProblem | null {
  return value === '' ? 'required' : null;
}

function problemText(field: FieldName, problem: FieldProblem, messages: LoginFormMessages): string {
  if (field === 'password') return messages.passwordRequired;
  return problem === 'colon' ? messages.usernameHasColon : messages.usernameRequired;
}

function retryDeadline(error: AuthError | null): number | null {
  return error?.kind === 'rate-limited' && error.retryAfter !== undefined && error.retryAfter > 0
    ? Date.now() + error.retryAfter * 1000
    : null;
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/**
 * The username + password step of the Riffyn sign-in. Uncontrolled inputs (react-hook-form), so
 * password managers and autofill work; values go to `onSubmit` exactly as typed. The component
 * never sends anything itself: the caller passes `pending` and `error` back in.
 *
 * @example
 * const { state, isPending, login } = useAuth();
 * <LoginForm onSubmit={login} pending={isPending} error={state.status === 'idle' ? state.error : null} />
 */
export function LoginForm(props: LoginFormProps) {
  const {
    onSubmit,
    pending = false,
    error = null,
    defaultUsername = '',
    autoFocus = false,
    headingLevel = 2,
    messages: messageOverrides,
    ref,
    id,
  } = props;
  const messages = useMemo(() => mergeMessages(loginFormMessages, messageOverrides), [messageOverrides]);
  const { root, slot } = slotProps(props);

  const reactId = useId();
  const base = id ?? `rlk-login${reactId.replace(/:/g, '')}`;
  const ids = {
    heading: `${base}-heading`,
    alert: `${base}-alert`,
    username: `${base}-username`,
    usernameError: `${base}-username-error`,
    password: `${base}-password`,
    passwordError: `${base}-password-error`,
    capsLock: `${base}-caps-lock`,
    status: `${base}-status`,
  };

  const { register, handleSubmit, control, formState, getValues, getFieldState, resetField } =
    useForm<LoginFormValues>({
      defaultValues: { username: defaultUsername, password: '' },
      mode: 'onSubmit',
      reValidateMode: 'onChange',
      shouldFocusError: true,
    });
  const { errors } = formState;
  const [username, password] = useWatch({ control, name: ['username', 'password'] });

  // A prefilled username (after "start again") arriving while mounted replaces only an untouched field.
  const firstDefault = useRef(defaultUsername);
  useEffect(() => {
    if (defaultUsername === firstDefault.current) return;
    firstDefault.current = defaultUsername;
    if (!getFieldState('username').isDirty) resetField('username', { defaultValue: defaultUsername });
  }, [defaultUsername, getFieldState, resetField]);

  // ---- focus on mount: the first field that still needs typing --------------------------------
  const [focusTarget] = useState<FieldName | null>(() =>
    autoFocus ? (defaultUsername === '' ? 'username' : 'password') : null,
  );
  const usernameFocusRef = useFocusOnMount<HTMLInputElement>(focusTarget === 'username');
  const passwordFocusRef = useFocusOnMount<HTMLInputElement>(focusTarget === 'password');
  const rootRef = useRef<HTMLDivElement | null>(null);
  const usernameRef = useRef<HTMLInputElement | null>(null);
  const passwordRef = useRef<HTMLInputElement | null>(null);
  const setRootRef = useCallback(
    (element: HTMLDivElement | null) => {
      rootRef.current = element;
      assignRef(ref, element);
    },
    [ref],
  );

  // ---- one request per submit ------------------------------------------------------------------
  // A ref, not state: two submit events in the same tick both run before any re-render.
  const lockRef = useRef(false);
  const [awaiting, setAwaiting] = useState(false);
  const release = useCallback(() => {
    lockRef.current = false;
    setAwaiting(false);
  }, []);
  const wasPending = useRef(pending);
  useEffect(() => {
    if (wasPending.current && !pending) release();
    wasPending.current = pending;
  }, [pending, release]);
  // A new error is the answer to the last submit. Clearing it (null) is not: callers often clear
  // the error as they send, and releasing then would let a held Enter key send again.
  useEffect(() => {
    if (error) release();
  }, [error, release]);

  // ---- rate limit: count down from the moment this error arrived --------------------------------
  const [retry, setRetry] = useState(() => ({ error, deadline: retryDeadline(error) }));
  let deadline = retry.deadline;
  if (retry.error !== error) {
    deadline = retryDeadline(error);
    setRetry({ error, deadline });
  }
  // useCountdown re-renders once a second. The seconds are read from the deadline itself, so the
  // render right after a new error (before the hook's effect has caught up) is already right.
  useCountdown(deadline);
  const secondsLeft = deadline === null ? null : Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  const waiting = secondsLeft !== null && secondsLeft > 0;
  const busy = pending || awaiting;
  const blocked = busy || waiting;

  // ---- password visibility and caps lock --------------------------------------------------------
  const [passwordVisible, setPasswordVisible] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const [passwordFocused, setPasswordFocused] = useState(false);
  const readCapsLock = (event: KeyboardEvent | MouseEvent) => setCapsLock(event.getModifierState('CapsLock'));
  const showCapsLock = passwordFocused && capsLock;

  const togglePassword = () => {
    const input = passwordRef.current;
    const hadFocus = input !== null && input.ownerDocument.activeElement === input;
    const start = input?.selectionStart ?? null;
    const end = input?.selectionEnd ?? null;
    // Synchronously, so the caret can be put back on the re-typed input right away.
    flushSync(() => setPasswordVisible((visible) => !visible));
    if (hadFocus && input && start !== null && end !== null) input.setSelectionRange(start, end);
  };

  // ---- submit ---------------------------------------------------------------------------------------
  const submitValid = (values: LoginFormValues) => {
    // Validation is async: a second submit from the same tick gets here after the first one.
    if (lockRef.current) return;
    lockRef.current = true;
    setAwaiting(true);
    onSubmit({ username: values.username, password: values.password });
  };
  const onFormSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Back to dots on submit, so no browser keeps the password as plain form history.
    setPasswordVisible(false);
    if (blocked || lockRef.current) return;
    if (deadline !== null && Date.now() < deadline) return;
    void handleSubmit(submitValid)(event);
  };
  const releaseOnEdit = () => {
    if (lockRef.current && !pending) release();
  };

  // ---- what is invalid, and why ---------------------------------------------------------------------
  const credentialsRefused = error?.kind === 'invalid-credentials';
  const inputRefused = error?.kind === 'invalid-input';
  const usernameIssue =
    (errors.username?.message as FieldProblem | undefined) ?? (inputRefused ? usernameProblem(username) : null);
  const passwordIssue =
    (errors.password?.message as FieldProblem | undefined) ?? (inputRefused ? passwordProblem(password) : null);
  const usernameInvalid = usernameIssue !== null || credentialsRefused;
  const passwordInvalid = passwordIssue !== null || credentialsRefused;

  // On a new error, move focus to the first field at fault, unless it is already on one or the
  // user has gone elsewhere on the page. An error already there on mount moves focus only with
  // `autoFocus` (and then wins over the plain autoFocus target, which effects run before this one).
  const focusedForError = useRef<AuthError | null>(focusTarget === null ? error : null);
  useEffect(() => {
    if (!error || focusedForError.current === error) return;
    focusedForError.current = error;
    const values = getValues();
    const target: FieldName | null =
      error.kind === 'invalid-credentials'
        ? 'username'
        : error.kind === 'invalid-input'
          ? usernameProblem(values.username)
            ? 'username'
            : passwordProblem(values.password)
              ? 'password'
              : null
          : null;
    if (!target) return;
    const rootElement = rootRef.current;
    const active = rootElement?.ownerDocument.activeElement ?? null;
    const focusInForm = active !== null && rootElement?.contains(active) === true;
    // Focus on another part of the page is the user's choice; leave it there.
    if (active !== null && active !== rootElement?.ownerDocument.body && !focusInForm) return;
    if (focusInForm && active.getAttribute('aria-invalid') === 'true') return;
    // Directly, not react-hook-form's setFocus: that waits a macrotask, after screen readers have
    // started on the alert.
    (target === 'username' ? usernameRef : passwordRef).current?.focus();
    // Only a new error moves focus; typing does not.
  }, [error, getValues]);

  const describedBy = (...idsOrNull: Array<string | false | null>) => idsOrNull.filter(Boolean).join(' ') || undefined;

  const usernameField = register('username', { validate: (value) => usernameProblem(value) ?? true });
  const passwordField = register('password', { validate: (value) => passwordProblem(value) ?? true });
  const Heading = `h${headingLevel}` as 'h2';

  const submitLabel = busy
    ? messages.submitPending
    : waiting
      ? messages.submitRetryIn(secondsLeft)
      : messages.submit;

  return (
    <div
      {...root('login-form')}
      ref={setRootRef}
      data-state={busy ? 'pending' : waiting ? 'rate-limited' : error ? 'error' : 'idle'}
    >
      <Heading {...slot('heading')} id={ids.heading}>
        {messages.heading}
      </Heading>
      <form
        {...slot('form')}
        aria-labelledby={ids.heading}
        aria-busy={busy || undefined}
        noValidate
        onSubmit={onFormSubmit}
      >
        <ErrorAlert error={error} messages={messages.errors} slot={slot('alert')} id={ids.alert} />

        <div {...slot('field')} data-field="username" data-invalid={usernameInvalid || undefined}>
          <label {...slot('label')} htmlFor={ids.username}>
            {messages.usernameLabel}
          </label>
          <input
            {...slot('input')}
            {...usernameField}
            ref={(element) => {
              usernameField.ref(element);
              usernameRef.current = element;
              usernameFocusRef.current = element;
            }}
            onChange={(event) => {
              releaseOnEdit();
              return usernameField.onChange(event);
            }}
            id={ids.username}
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            required
            readOnly={pending}
            aria-invalid={usernameInvalid || undefined}
            aria-describedby={describedBy(usernameIssue && ids.usernameError, credentialsRefused && ids.alert)}
          />
          {usernameIssue ? (
            <p {...slot('field-error')} id={ids.usernameError}>
              {problemText('username', usernameIssue, messages)}
            </p>
          ) : null}
        </div>

        <div {...slot('field')} data-field="password" data-invalid={passwordInvalid || undefined}>
          <label {...slot('label')} htmlFor={ids.password}>
            {messages.passwordLabel}
          </label>
          <div {...slot('input-row')}>
            <input
              {...slot('input')}
              {...passwordField}
              ref={(element) => {
                passwordField.ref(element);
                passwordRef.current = element;
                passwordFocusRef.current = element;
              }}
              onChange={(event) => {
                releaseOnEdit();
                return passwordField.onChange(event);
              }}
              onBlur={(event) => {
                setPasswordFocused(false);
                return passwordField.onBlur(event);
              }}
              onFocus={() => setPasswordFocused(true)}
              onKeyDown={readCapsLock}
              onKeyUp={readCapsLock}
              onMouseDown={readCapsLock}
              id={ids.password}
              type={passwordVisible ? 'text' : 'password'}
              autoComplete="current-password"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              required
              readOnly={pending}
              aria-invalid={passwordInvalid || undefined}
              aria-describedby={describedBy(
                passwordIssue && ids.passwordError,
                showCapsLock && ids.capsLock,
                credentialsRefused && ids.alert,
              )}
            />
            <button
              {...slot('toggle')}
              type="button"
              aria-pressed={passwordVisible}
              aria-controls={ids.password}
              data-state={passwordVisible ? 'visible' : 'hidden'}
              // Keep focus (and the caret) in the field when it is clicked while typing.
              onMouseDown={(event) => {
                if (event.currentTarget.ownerDocument.activeElement === passwordRef.current) event.preventDefault();
              }}
              onClick={togglePassword}
            >
              {passwordVisible ? messages.hidePassword : messages.showPassword}
            </button>
          </div>
          {passwordIssue ? (
            <p {...slot('field-error')} id={ids.passwordError}>
              {problemText('password', passwordIssue, messages)}
            </p>
          ) : null}
          {/* Always in the DOM so the polite announcement is reliable; empty while Caps Lock is off. */}
          <div {...slot('caps-lock')} id={ids.capsLock} role="status" data-state={showCapsLock ? 'on' : 'off'}>
            {showCapsLock ? <p {...slot('warning')}>{messages.capsLockOn}</p> : null}
          </div>
        </div>

        <button
          {...slot('submit')}
          type="submit"
          data-variant="primary"
          data-state={busy ? 'pending' : waiting ? 'waiting' : 'idle'}
          aria-disabled={blocked || undefined}
        >
          {submitLabel}
        </button>
        {/* Said once when a rate-limit wait is over; the countdown itself is never announced. */}
        <div {...slot('status')} id={ids.status} role="status">
          {deadline !== null && secondsLeft === 0 ? messages.retryReady : null}
        </div>
      </form>
    </div>
  );
}
