import { useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import type { ApiKeyMessages } from '../../i18n/api-key.js';
import type { AuthCallState } from '../../core/call-state.js';
import { ErrorAlert } from '../shared/ErrorAlert.js';
import { ignoredByPasswordManagers } from '../shared/password-managers.js';
import { nameOnceLive, useHydrated, useKeepTyped } from '../shared/hydration.js';
import type { useSlotProps } from '../shared/styling.js';
import { useTimeout } from '../shared/useTimeout.js';
import { API_KEY_NAME_MAX_LENGTH as MAX, type ApiKeyRevealSlot } from './ApiKeyReveal.types.js';

export interface RenameFormProps {
  /** The key's current name (from props, so it follows a successful rename). */
  name: string;
  onRename: (name: string) => void;
  state?: AuthCallState | undefined;
  messages: Pick<ApiKeyMessages, 'rename' | 'errors'>;
  slot: ReturnType<typeof useSlotProps<ApiKeyRevealSlot>>['slot'];
  /** The unstyled minimum target size for the button (see `useSlotProps`). */
  target?: CSSProperties | undefined;
  /** Focus the name field when the form appears (it was asked for, and the button asking is gone). */
  focusOnMount?: boolean | undefined;
}

/** "Key name" prefilled with the current name and a Rename button on one row, and the call's outcome. */
export function RenameForm({ name, onRename, state, messages, slot, target, focusOnMount }: RenameFormProps) {
  const m = messages.rename;
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(name);
  const [problem, setProblem] = useState<string | null>(null);
  // When the name changes (the rename went through, or the app renamed it), the field follows it.
  const [shownName, setShownName] = useState(name);
  if (shownName !== name) {
    setShownName(name);
    setDraft(name);
    setProblem(null);
  }

  const live = useHydrated();
  const focused = useRef(!focusOnMount);
  useEffect(() => {
    if (focused.current) return;
    focused.current = true;
    inputRef.current?.focus();
  });
  const attachInput = useKeepTyped(inputRef, setDraft);
  const pending = state?.isPending;
  const serverError = pending ? null : state?.error;
  const success = state?.isSuccess && !pending;
  const invalid = !!problem || serverError?.kind === 'conflict' || serverError?.kind === 'invalid-input';
  // "Renamed to …" is said once and then leaves the step (the field shows the new name anyway).
  const [saidFor, setSaidFor] = useState<string | null>(null);
  const saying = !!success && !problem && saidFor !== name;
  useTimeout(saying, 4000, () => setSaidFor(name));

  return (
    <form
      {...slot('rename')}
      // Never a GET (the name in the URL), should anything submit it without the kit.
      method="post"
      noValidate
      aria-busy={pending || undefined}
      data-state={pending ? 'pending' : success ? 'success' : serverError ? 'error' : 'idle'}
      onSubmit={(event) => {
        event.preventDefault();
        if (pending) return;
        // What the field holds: an extension may have changed it without an input event.
        const held = inputRef.current?.value ?? draft;
        if (held !== draft) setDraft(held);
        const next = held.trim();
        const found = !next ? m.required : next.length > MAX ? m.tooLong(MAX) : next === name ? m.unchanged : null;
        setProblem(found);
        if (found) inputRef.current?.focus();
        else onRename(next);
      }}
    >
      <div {...slot('field')}>
        <label {...slot('label')} htmlFor={`${id}-input`}>
          {m.label}
        </label>
        <div {...slot('rename-row')}>
          <input
            {...slot('input')}
            ref={attachInput}
            id={`${id}-input`}
            name={nameOnceLive(live, 'apiKeyName')}
            type="text"
            // A key's name, never a username: no manager may fill it or offer to save it.
            {...ignoredByPasswordManagers}
            spellCheck={false}
            required
            value={draft}
            readOnly={pending}
            aria-invalid={invalid || undefined}
            aria-describedby={[problem && `${id}-problem`, serverError && `${id}-alert`].filter(Boolean).join(' ') || undefined}
            onChange={(event) => {
              setDraft(event.target.value);
              setProblem(null);
            }}
          />
          <button
            {...slot('rename-submit')}
            type="submit"
            data-state={pending ? 'pending' : 'idle'}
            style={target}
            aria-disabled={pending || undefined}
            disabled={!live}
          >
            {pending ? m.pending : m.submit}
          </button>
        </div>
        {problem ? (
          <p {...slot('field-error')} id={`${id}-problem`}>
            {problem}
          </p>
        ) : null}
      </div>
      <ErrorAlert error={serverError} messages={messages.errors} slot={slot('alert')} id={`${id}-alert`} />
      <p {...slot('status')} role="status">
        {saying ? m.renamed(name) : null}
      </p>
    </form>
  );
}
