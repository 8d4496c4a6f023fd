import { useId, useRef, useState, type FormEvent } from 'react';
import type { ApiKeyMessages } from '../../i18n/api-key.js';
import type { AuthCallState } from '../../react/useAuth.js';
import { ErrorAlert } from '../shared/ErrorAlert.js';
import type { slotProps } from '../shared/styling.js';
import { API_KEY_NAME_MAX_LENGTH, type ApiKeyRevealSlot } from './ApiKeyReveal.types.js';

type Problem = 'required' | 'tooLong' | 'unchanged';

export interface RenameFormProps {
  /** The key's current name (from props, so it follows a successful rename). */
  name: string;
  onRename: (name: string) => void;
  state: AuthCallState;
  messages: Pick<ApiKeyMessages, 'rename' | 'errors'>;
  slot: ReturnType<typeof slotProps<ApiKeyRevealSlot>>['slot'];
}

/** Why a draft name cannot be sent, or null when it can. */
export function checkKeyName(draft: string, current: string): Problem | null {
  const name = draft.trim();
  if (name === '') return 'required';
  if (name.length > API_KEY_NAME_MAX_LENGTH) return 'tooLong';
  if (name === current) return 'unchanged';
  return null;
}

/** "Key name" prefilled with the current name, a Rename button, and the call's outcome. */
export function RenameForm({ name, onRename, state, messages, slot }: RenameFormProps) {
  const id = useId();
  const inputId = `${id}-input`;
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const alertId = `${id}-alert`;
  const inputRef = useRef<HTMLInputElement>(null);

  const [draft, setDraft] = useState(name);
  const [problem, setProblem] = useState<Problem | null>(null);
  // When the name changes (the rename went through, or the app renamed it), the field follows it.
  const [shownName, setShownName] = useState(name);
  if (shownName !== name) {
    setShownName(name);
    setDraft(name);
    setProblem(null);
  }

  const pending = state.isPending;
  const serverError = pending ? null : state.error;
  const invalid = problem !== null || serverError?.kind === 'conflict' || serverError?.kind === 'invalid-input';
  const describedBy = [hintId, problem ? problemId : null, serverError ? alertId : null].filter(Boolean).join(' ');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const found = checkKeyName(draft, name);
    setProblem(found);
    if (found) {
      inputRef.current?.focus();
      return;
    }
    onRename(draft.trim());
  };

  const problemText =
    problem === 'required'
      ? messages.rename.required
      : problem === 'tooLong'
        ? messages.rename.tooLong(API_KEY_NAME_MAX_LENGTH)
        : problem === 'unchanged'
          ? messages.rename.unchanged
          : null;

  return (
    <form {...slot('rename')} noValidate onSubmit={submit} aria-busy={pending || undefined} data-state={pending ? 'pending' : state.isSuccess ? 'success' : serverError ? 'error' : 'idle'}>
      <div {...slot('field')}>
        <label {...slot('label')} htmlFor={inputId}>
          {messages.rename.label}
        </label>
        <p {...slot('hint')} id={hintId}>
          {messages.rename.hint(API_KEY_NAME_MAX_LENGTH)}
        </p>
        <div {...slot('rename-row')}>
          <input
            {...slot('input')}
            ref={inputRef}
            id={inputId}
            name="apiKeyName"
            type="text"
            autoComplete="off"
            spellCheck={false}
            required
            value={draft}
            readOnly={pending}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              setDraft(event.target.value);
              if (problem) setProblem(null);
            }}
          />
          <button
            {...slot('rename-submit')}
            type="submit"
            data-variant="secondary"
            aria-disabled={pending || undefined}
            data-state={pending ? 'pending' : 'idle'}
          >
            {pending ? messages.rename.pending : messages.rename.submit}
          </button>
        </div>
        {problemText ? (
          <p {...slot('field-error')} id={problemId}>
            {problemText}
          </p>
        ) : null}
      </div>
      <ErrorAlert error={serverError} messages={messages.errors} slot={slot('alert')} id={alertId} />
      <p {...slot('status')} role="status" data-state={state.isSuccess && !pending ? 'success' : 'idle'}>
        {state.isSuccess && !pending && !problem ? messages.rename.renamed(name) : null}
      </p>
    </form>
  );
}
