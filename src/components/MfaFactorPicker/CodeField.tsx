import { useState, type CSSProperties, type Ref } from 'react';
import type { FactorKind, MfaMessages } from '../../i18n/mfa.js';
import type { MfaFactorPickerSlot } from './MfaFactorPicker.types.js';
import { cleanPassCode, PASSCODE_LENGTH } from './passcode.js';
import { nameOnceLive } from '../shared/hydration.js';

export interface CodeFieldProps {
  slot: (name: MfaFactorPickerSlot) => { 'data-slot': string; className: string | undefined };
  /** The step's id; the field's parts are `${id}-code`, `${id}-hint`, `${id}-incomplete`. */
  id: string;
  inputRef: Ref<HTMLInputElement>;
  /** The chosen factor's kind, for the hint. */
  kind: FactorKind;
  /** The longest code it takes; a code of exactly `PASSCODE_LENGTH` is sent once complete. */
  maxLength: number;
  /** The digits held now, drawn in the boxes. */
  code: string;
  /** The kit is live (see `useHydrated`). */
  live: boolean;
  /** Draw the boxes (live, and styled: unstyled, the field alone shows the digits). */
  boxes: boolean;
  pending: boolean;
  /** Sent too short. */
  incomplete: boolean;
  /** "Too short" was just said in a live region with focus here: not also the field's description. */
  incompleteSaid?: boolean | undefined;
  /** The alert is about this code: the field is invalid (not described by the alert, which is read as it arrives with focus here). */
  wrongCode: boolean;
  /** The clocks differ: the warning describes the field. */
  skewed: boolean;
  /** A new value, cleaned to digits, typed or pasted. */
  onEnter: (code: string) => void;
  messages: Pick<MfaMessages, 'codeLabel' | 'codeLabelAnyLength' | 'codeHints' | 'sentWhenComplete' | 'codeIncomplete' | 'codeTooShort'>;
}

/**
 * The one field for the code: paste and autofill friendly, digits only. Once the kit is live a box
 * per digit is drawn under it (hidden from assistive technology: the field itself is what they
 * read), the one the next digit goes to ringed while the field has focus.
 */
export function CodeField(props: CodeFieldProps) {
  // Taken apart here: the compiler's ref check reads `inputRef` as a ref holder, and every
  // other `props.x` read with it.
  const { slot, id, kind, maxLength, pending, incomplete, incompleteSaid, messages, inputRef, live, boxes, wrongCode, skewed, code, onEnter } = props;
  const fixedLength = maxLength === PASSCODE_LENGTH;
  const invalid = incomplete || wrongCode;
  // Six boxes; for a code of unknown length (6-10 digits) one more for each digit typed past six.
  const cells = Math.min(maxLength, Math.max(PASSCODE_LENGTH, code.length));
  // Where the caret is: the box it types into.
  const [caret, setCaret] = useState<number | null>(null);
  const active = Math.min(caret ?? code.length, code.length, cells - 1);
  return (
    <div {...slot('field')} data-state={invalid ? 'invalid' : 'valid'}>
      <label {...slot('label')} htmlFor={`${id}-code`}>
        {fixedLength ? messages.codeLabel : messages.codeLabelAnyLength}
      </label>
      <p {...slot('hint')} id={`${id}-hint`}>
        {messages.codeHints[kind === 'totp' || kind === 'hardware' ? kind : 'other']}
        {fixedLength ? ` ${messages.sentWhenComplete}` : null}
      </p>
      <div {...slot('code-box')}>
      {boxes ? (
        <div {...slot('code-cells')} aria-hidden="true" dir="ltr">
          {Array.from({ length: cells }, (_, i) => (
            <span key={i} data-state={i === active ? 'active' : code[i] ? 'filled' : 'empty'}>
              {code[i]}
            </span>
          ))}
        </div>
      ) : null}
      <input
        {...slot('input')}
        ref={inputRef}
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
        style={live ? ({ '--rlk-code-length': cells } as CSSProperties) : undefined}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
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
          onEnter(next);
        }}
        // A pasted complete code replaces what was there, rather than being appended to stray digits.
        onPaste={(event) => {
          const pasted = cleanPassCode(event.clipboardData.getData('text'), maxLength);
          if (pasted.length < PASSCODE_LENGTH || pending) return;
          event.preventDefault();
          onEnter(pasted);
        }}
        readOnly={pending}
        aria-invalid={invalid}
        // Every message about the field: what to type, the clocks, what went wrong.
        aria-describedby={[`${id}-hint`, skewed && `${id}-skew`, incomplete && !incompleteSaid && `${id}-incomplete`]
          .filter(Boolean)
          .join(' ')}
      />
      </div>
      {incomplete && (
        <p {...slot('field-error')} id={`${id}-incomplete`}>
          {fixedLength ? messages.codeIncomplete : messages.codeTooShort}
        </p>
      )}
    </div>
  );
}
