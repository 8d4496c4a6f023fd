import type { CSSProperties, RefObject } from 'react';
import { takesTypedCode, type AuthFactor } from '../../core/auth-response.js';
import type { MfaMessages } from '../../i18n/mfa.js';
import { factorHint, factorLabel } from './factors.js';
import type { MfaFactorPickerSlot } from './MfaFactorPicker.types.js';

export interface FactorChoiceProps {
  slot: (name: MfaFactorPickerSlot) => { 'data-slot': string; className: string | undefined };
  /** The unstyled minimum target size for the radios (see `slotProps`). */
  target?: CSSProperties | undefined;
  /** The step's id; each option's is `${id}-factor-<index>`. */
  id: string;
  /** In the order shown. */
  factors: AuthFactor[];
  selected: AuthFactor | null;
  /** A code came before a factor was chosen: the group says to choose first. */
  missing: boolean;
  onChoose: (factorId: string) => void;
  /** Takes focus when a code is sent before a factor is chosen. */
  firstRadioRef: RefObject<HTMLInputElement | null>;
  /** Those a typed code cannot complete: under one line that opens to name them, or left out. */
  unavailable: 'collapsed' | 'hidden';
  messages: Pick<MfaMessages, 'factorLabels' | 'vendorNames' | 'chooseFactor' | 'chooseFactorFirst' | 'otherFactors' | 'usingFactor'>;
}

/**
 * Which factor the code is for: a radio group when several take a typed code, else one sentence
 * naming the only one. Those a typed code cannot complete (push, SMS…) take no room: one line,
 * "Other methods aren't available here", that opens to name them (or nothing, by prop).
 */
export function FactorChoice({ slot, target, id, factors, selected, missing, onChoose, firstRadioRef, unavailable, messages }: FactorChoiceProps) {
  const label = (factor: AuthFactor) => factorLabel(factor, messages.factorLabels);
  const hint = (factor: AuthFactor) => factorHint(factor, messages.vendorNames, label(factor));
  const usable = factors.filter(takesTypedCode);
  const others = factors.filter((factor) => !takesTypedCode(factor));
  // With none usable, the only one is still named (the step says it cannot be completed here).
  const single = usable.length > 1 ? null : (usable[0] ?? (factors.length === 1 ? factors[0] : null));
  return (
    <>
      {usable.length > 1 ? (
        <fieldset {...slot('factor-group')} aria-describedby={missing ? `${id}-choose` : undefined}>
          <legend {...slot('legend')}>{messages.chooseFactor}</legend>
          {missing && (
            <p {...slot('field-error')} id={`${id}-choose`}>
              {messages.chooseFactorFirst}
            </p>
          )}
          {usable.map((factor, index) => {
            const option = `${id}-factor-${index}`;
            // The radio is named by the factor alone; the vendor is its description.
            return (
              <label key={factor.id} {...slot('factor-option')} data-state={factor === selected ? 'checked' : 'unchecked'}>
                <input
                  {...slot('factor-radio')}
                  ref={index ? undefined : firstRadioRef}
                  type="radio"
                  name={`${id}-factor`}
                  value={factor.id}
                  checked={factor === selected}
                  style={target}
                  aria-labelledby={option}
                  aria-describedby={hint(factor) ? `${option}-hint` : undefined}
                  onChange={() => onChoose(factor.id)}
                />
                <span {...slot('factor-text')}>
                  <span {...slot('factor-label')} id={option}>
                    {label(factor)}
                  </span>
                  {hint(factor) ? (
                    <span {...slot('factor-hint')} id={`${option}-hint`}>
                      {hint(factor)}
                    </span>
                  ) : null}
                </span>
              </label>
            );
          })}
        </fieldset>
      ) : single ? (
        <p {...slot('factor-single')}>{messages.usingFactor(label(single), hint(single))}</p>
      ) : null}
      {unavailable === 'collapsed' && others.length && factors.length > 1 ? (
        <details {...slot('other-factors')}>
          <summary>{messages.otherFactors}</summary>
          <ul>
            {others.map((factor) => (
              <li key={factor.id}>{label(factor)}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
