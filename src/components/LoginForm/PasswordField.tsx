import type { CSSProperties } from 'react';
import { ShowToggle } from '../shared/ShowToggle.js';
import { LoginField, type LoginFieldProps } from './LoginField.js';

export interface PasswordFieldProps extends Omit<LoginFieldProps, 'beside' | 'children'> {
  /** The password is shown as text. */
  visible: boolean;
  onToggle: () => void;
  /** The toggle's name ("Show password"), the same in both states. */
  toggleLabel: string;
  /** The Caps Lock region's id, and its sentence while Caps Lock is on (null when off). */
  capsLockId: string;
  capsLock: string | null;
  /** The unstyled minimum target size for the toggle (see `slotProps`). */
  target?: CSSProperties | undefined;
}

/** The password field: a show/hide toggle beside the input, and a Caps Lock warning under it. */
export function PasswordField({ visible, onToggle, toggleLabel, capsLockId, capsLock, target, ...field }: PasswordFieldProps) {
  const { slot, id } = field;
  return (
    <LoginField
      {...field}
      beside={
        <ShowToggle
          {...slot('toggle')}
          shown={visible}
          label={toggleLabel}
          style={target}
          aria-controls={id}
          // Keep focus (and the caret) in the field when it is clicked while typing.
          onMouseDown={(event) => {
            if (document.activeElement?.id === id) event.preventDefault();
          }}
          onClick={onToggle}
        />
      }
    >
      {/* Always in the DOM so the polite announcement is reliable; empty while Caps Lock is off. */}
      <div {...slot('caps-lock')} id={capsLockId} role="status">
        {capsLock ? <p {...slot('warning')}>{capsLock}</p> : null}
      </div>
    </LoginField>
  );
}
