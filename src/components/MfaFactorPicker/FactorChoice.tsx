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
  messages: Pick<MfaMessages, 'factorLabels' | 'vendorNames' | 'chooseFactor' | 'chooseFactorFirst' | 'factorUnavailable' | 'usingFactor'>;
}

/**
 * Which factor the code is for: a radio group when the server offered several (those a typed code
 * cannot complete listed as unavailable), else one sentence naming the only one.
 */
export function FactorChoice({ slot, target, id, factors, selected, missing, onChoose, firstRadioRef, messages }: FactorChoiceProps) {
  const label = (factor: AuthFactor) => factorLabel(factor, messages.factorLabels);
  const hint = (factor: AuthFactor) => factorHint(factor, messages.vendorNames, label(factor));
  if (factors.length <= 1) {
    return factors[0] ? <p {...slot('factor-single')}>{messages.usingFactor(label(factors[0]), hint(factors[0]))}</p> : null;
  }
  return (
    <fieldset {...slot('factor-group')} aria-describedby={missing ? `${id}-choose` : undefined}>
      <legend {...slot('legend')}>{messages.chooseFactor}</legend>
      {missing && (
        <p {...slot('field-error')} id={`${id}-choose`}>
          {messages.chooseFactorFirst}
        </p>
      )}
      {factors.map((factor, index) => {
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
              onChange={() => onChoose(factor.id)}
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
  );
}
