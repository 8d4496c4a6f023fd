import type { ComponentProps, ReactNode } from 'react';
import type { LoginFormSlot } from './LoginForm.types.js';

export interface LoginFieldProps {
  slot: (name: LoginFormSlot) => { 'data-slot': string; className: string | undefined };
  /** The input's id; its error's is `${id}-error`. */
  id: string;
  label: string;
  /** The field's own error, worded; null when its value is fine. */
  error: string | null;
  /** Also true when the alert is about both fields (refused credentials). */
  invalid: true | undefined;
  /** The input's props: react-hook-form's registration, its type, autocomplete and handlers. */
  input: ComponentProps<'input'>;
  describedBy: string | undefined;
  /** Beside the input, in one row with it (the password's show toggle). */
  beside?: ReactNode;
  /** At the end of the field (the Caps Lock warning). */
  children?: ReactNode;
}

/** One field of the sign-in form: its label, the input, and the field's error under it. */
export function LoginField({ slot, id, label, error, invalid, input, describedBy, beside, children }: LoginFieldProps) {
  const control = (
    <input
      {...slot('input')}
      {...input}
      id={id}
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      required
      aria-invalid={invalid}
      aria-describedby={describedBy}
    />
  );
  return (
    <div {...slot('field')} data-state={invalid && 'invalid'}>
      <label {...slot('label')} htmlFor={id}>
        {label}
      </label>
      {beside ? (
        <div {...slot('input-row')}>
          {control}
          {beside}
        </div>
      ) : (
        control
      )}
      {error ? (
        <p {...slot('field-error')} id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}
