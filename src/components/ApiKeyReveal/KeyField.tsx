import type { CSSProperties } from 'react';
import type { ApiKeyMessages } from '../../i18n/api-key.js';
import { useVisuallyHidden } from '../shared/hydration.js';
import { CopyIcon } from '../shared/icons.js';
import { ignoredByPasswordManagers } from '../shared/password-managers.js';
import { hiddenFromSessionReplay } from '../shared/session-replay.js';
import { ShowToggle } from '../shared/ShowToggle.js';
import type { ApiKeyRevealSlot } from './ApiKeyReveal.types.js';
import type { ApiKeyDownloadFormat } from './download.js';
import { BULLETS, visiblePrefix } from './mask.js';
import type { CopyState } from './useKeyCopy.js';

export interface KeyFieldProps {
  slot: (name: ApiKeyRevealSlot) => { 'data-slot': string; className: string | undefined };
  /** The unstyled minimum target size for the buttons (see `slotProps`). */
  target?: CSSProperties | undefined;
  /** The step's id; the field's parts are `${id}-label` and `${id}-value`. */
  id: string;
  /** The key: in the DOM only while revealed. */
  value: string;
  revealed: boolean;
  onReveal: () => void;
  copy: CopyState;
  onCopy: () => void;
  /** The download buttons show when given. */
  onDownload?: ((format: ApiKeyDownloadFormat) => void) | undefined;
  /** The file the key last went to, said in the status. */
  savedTo: string | null;
  /** Copy is the step's main action (until the user said the key is saved). */
  primary: boolean;
  messages: ApiKeyMessages['shown'];
}

/**
 * The key itself: masked (a few leading characters, the value not in the DOM) or revealed in a
 * read-only field, with show, copy and download buttons and a status that says what they did.
 */
export function KeyField({ slot, target, id, value, revealed, onReveal, copy, onCopy, onDownload, savedTo, primary, messages: m }: KeyFieldProps) {
  const srOnly = useVisuallyHidden();
  const prefix = visiblePrefix(value);
  const status = copy !== 'idle' ? copy : savedTo ? 'downloaded' : 'idle';
  return (
    <div {...slot('key-field')} role="group" aria-labelledby={`${id}-label`} data-state={revealed ? 'revealed' : 'masked'}>
      <label {...slot('label')} id={`${id}-label`} htmlFor={revealed ? `${id}-value` : undefined}>
        {m.keyLabel}
      </label>
      <div {...slot('key-box')}>
        {revealed ? (
          <textarea
            {...slot('key-value')}
            id={`${id}-value`}
            value={value}
            readOnly
            // The key is no password: never offered for saving or filled by a manager.
            {...ignoredByPasswordManagers}
            {...hiddenFromSessionReplay}
            // No rows: the default, 2, fits a key at the card's width.
            dir="ltr"
            translate="no"
            onFocus={(event) => event.currentTarget.select()}
          />
        ) : (
          <div {...slot('key-value')}>
            {/* Only a few leading characters: the value itself is not in the DOM while hidden. */}
            <span aria-hidden="true" dir="ltr" translate="no">
              {prefix + BULLETS}
            </span>
            <span {...srOnly}>{m.maskedDescription(prefix)}</span>
          </div>
        )}
        <ShowToggle {...slot('reveal')} shown={revealed} label={m.reveal} style={target} onClick={onReveal} />
      </div>
      {/* Copy, the one big action; the files, a quiet line under it. */}
      <div {...slot('key-actions')}>
        <button {...slot('copy')} type="button" data-variant={primary ? 'primary' : undefined} data-state={copy} style={target} onClick={onCopy}>
          <CopyIcon done={copy === 'copied'} />
          {m.copy}
        </button>
        {onDownload ? (
          <div {...slot('download')}>
            <span {...slot('download-label')} aria-hidden="true">
              {m.download}
            </span>
            {(['env', 'txt'] as const).map((format) => (
              <button
                {...slot('download-button')}
                key={format}
                type="button"
                data-variant="link"
                data-format={format}
                aria-label={m.downloadAs[format]}
                style={target}
                onClick={() => onDownload(format)}
              >
                {/* The name says it whole (the label beside it is for the eye); the extension stays visible in it,
                    left to right: in a right-to-left page the leading dot would otherwise end up after it. */}
                <span aria-hidden="true" dir="ltr">
                  .{format}
                </span>
              </button>
            ))}
          </div>
        ) : null}
      </div>
      {/* Always present, so the change of its text is what screen readers announce. */}
      <p {...slot('status')} role="status" data-state={status}>
        {status === 'copied' ? m.copied : status === 'failed' ? m.copyFailed : savedTo && m.downloaded(savedTo)}
      </p>
    </div>
  );
}
