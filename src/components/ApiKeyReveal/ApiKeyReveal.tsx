import { forwardRef, useEffect, useId, useRef, useState } from 'react';
import { apiKeyMessages } from '../../i18n/api-key.js';
import { CardFooter, CardHeader } from '../shared/Card.js';
import { moveFocus } from '../shared/focus.js';
import { ignoredByPasswordManagers } from '../shared/password-managers.js';
import { BadgeIcon, CopyIcon } from '../shared/icons.js';
import { ShowToggle } from '../shared/ShowToggle.js';
import { mergeMessages, slotProps } from '../shared/styling.js';
import { useVisuallyHidden } from '../shared/hydration.js';
import { isolate } from '../shared/text.js';
import { useTimeout } from '../shared/useCountdown.js';
import { useLeaveGuard } from '../shared/useLeaveGuard.js';
import type { ApiKeyRevealProps, ApiKeyRevealSlot } from './ApiKeyReveal.types.js';
import { hiddenFromSessionReplay } from '../shared/session-replay.js';
import { keyOnClipboard } from './clipboard.js';
import { keyFile, saveFile } from './download.js';
import { BULLETS, visiblePrefix } from './mask.js';
import { RenameForm } from './RenameForm.js';

/**
 * The one-time API key Riffyn returns on a first login: hidden by default, revealable, copyable,
 * and confirmed as saved before the flow moves on. Also the "saved" and "no new key" views.
 *
 * The key's value is only ever read from the `apiKey` prop while rendering; nothing here keeps a
 * copy, so when `apiKey` turns `acknowledged` it is gone from the DOM and from this component.
 * `ref` reaches the root `<section>`.
 *
 * ```tsx
 * const { state, acknowledgeApiKey } = useAuth();
 * const { renameApiKey, renameApiKeyState } = useRenameApiKey();
 * if (state.status === 'authenticated') {
 *   return <ApiKeyReveal apiKey={state.apiKey} onAcknowledge={acknowledgeApiKey}
 *     onRename={renameApiKey} renameState={renameApiKeyState} onContinue={goToApp} />;
 * }
 * ```
 */
export const ApiKeyReveal = forwardRef<HTMLElement, ApiKeyRevealProps>(function ApiKeyReveal(props, ref) {
  const { apiKey, onRename, onContinue, username, manageKeysHref, headingLevel = 2, download, leaveGuard } = props;
  const messages = mergeMessages(apiKeyMessages, props.messages);
  const { root, slot, target } = slotProps<ApiKeyRevealSlot>(props);
  const srOnly = useVisuallyHidden();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const checkboxRef = useRef<HTMLInputElement>(null);

  const [revealed, setRevealed] = useState(false);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  // The "saved" checkbox: ticked, or unticked after Done was pressed (the hint turns into an error).
  const [confirm, setConfirm] = useState<'unchecked' | 'checked' | 'required'>('unchecked');
  // The name of the file the key was last handed to the browser's downloads as. Not proof that it
  // was saved (the page never learns whether the user cancelled the save dialog), so the leave
  // guard holds until the user ticks "saved".
  const [savedTo, setSavedTo] = useState<string | null>(null);
  // Only the status is remembered, never the value: a new view starts hidden and unconfirmed.
  const [view, setView] = useState(apiKey.status);
  if (view !== apiKey.status) {
    setView(apiKey.status);
    setRevealed(false);
    setCopy('idle');
    setConfirm('unchecked');
    setSavedTo(null);
  }
  useLeaveGuard(!!leaveGuard && apiKey.status === 'shown' && confirm !== 'checked');

  // The heading takes focus on mount with autoFocus, and on every new view: the button that had
  // focus (Done) vanishes with the old one. Not when the app has put focus elsewhere on purpose.
  // Starting from '' (no view) makes the first render count as a new view.
  const focusedView = useRef(props.autoFocus ? '' : view);
  useEffect(() => {
    if (focusedView.current !== view) moveFocus(headingRef.current);
    focusedView.current = view;
  });

  // Ignore a clipboard answer that arrives after a newer click.
  const copyRun = useRef(0);
  // The key stays on the clipboard no longer than on screen: "Done", or leaving this view any
  // other way (a sign-out), empties the clipboard if the copy button filled it and it still holds the key.
  const copied = useRef<ReturnType<typeof keyOnClipboard> | null>(null);
  useEffect(
    () => () => {
      void copied.current?.clear();
      copied.current = null;
    },
    [view],
  );
  // "Copied" is a moment, not a state: the button and the status go back after two seconds.
  useTimeout(copy === 'copied', 2000, () => setCopy('idle'));
  // The server's own sentence about the key, under the kit's (which says what to do), as text only.
  const serverWords = apiKey.status !== 'acknowledged' && apiKey.message?.trim() && (
    <p {...slot('server-message')}>
      {messages.errors.serverSaid} <bdi>{apiKey.message}</bdi>
    </p>
  );

  const Heading = `h${headingLevel}` as 'h2';
  const continueButton = onContinue ? (
    <button {...slot('continue')} type="button" data-variant="primary" style={target} onClick={onContinue}>
      {messages.continue}
    </button>
  ) : null;

  let body;
  if (apiKey.status === 'shown') {
    const m = messages.shown;
    const prefix = visiblePrefix(apiKey.value);
    const blocked = confirm !== 'checked';
    const required = confirm === 'required';
    const copyKey = async () => {
      const run = ++copyRun.current;
      setCopy('idle');
      let outcome: typeof copy = 'copied';
      try {
        // Throws too where there is no clipboard API (an http:// page, an old browser).
        await navigator.clipboard.writeText(apiKey.value);
        copied.current?.stop(); // an earlier copy's watch: the key is on the clipboard again
        copied.current = keyOnClipboard(apiKey.value);
      } catch {
        // The rejection (NotAllowedError…) carries nothing the user can act on; never log it with the key near.
        outcome = 'failed';
      }
      if (run === copyRun.current) setCopy(outcome);
    };
    const status = copy !== 'idle' ? copy : savedTo ? 'downloaded' : 'idle';
    body = (
      <>
        <div {...slot('warning')}>
          {m.onceWarning}
          {serverWords}
        </div>
        <div {...slot('key-field')} role="group" aria-labelledby={`${id}-label`} data-state={revealed ? 'revealed' : 'masked'}>
          <label {...slot('label')} id={`${id}-label`} htmlFor={revealed ? `${id}-value` : undefined}>
            {m.keyLabel}
          </label>
          <div {...slot('key-box')}>
            {revealed ? (
              <textarea
                {...slot('key-value')}
                id={`${id}-value`}
                value={apiKey.value}
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
            <div {...slot('key-actions')}>
              <ShowToggle
                {...slot('reveal')}
                shown={revealed}
                label={m.reveal}
                style={target}
                onClick={() => {
                  setRevealed(!revealed);
                  setCopy('idle');
                }}
              />
              <button {...slot('copy')} type="button" data-variant="icon" data-state={copy} style={target} onClick={copyKey}>
                <CopyIcon done={copy === 'copied'} />
                <span {...srOnly}>{m.copy}</span>
              </button>
            </div>
          </div>
          {download ? (
            <div {...slot('download')}>
              <span {...slot('download-label')} aria-hidden="true">
                {m.download}
              </span>
              {(['env', 'txt'] as const).map((format) => (
                <button
                  {...slot('download-button')}
                  key={format}
                  type="button"
                  data-format={format}
                  aria-label={m.downloadAs[format]}
                  style={target}
                  onClick={() => {
                    const file = keyFile(apiKey.value, format, download === true ? undefined : download);
                    saveFile(file.name, file.text);
                    setCopy('idle');
                    setSavedTo(file.name);
                  }}
                >
                  {/* The name says it whole (the label beside it is for the eye); the extension stays visible in it. */}
                  <span aria-hidden="true">.{format}</span>
                </button>
              ))}
            </div>
          ) : null}
          {/* Always present, so the change of its text is what screen readers announce. */}
          <p {...slot('status')} role="status" data-state={status}>
            {status === 'copied' ? m.copied : status === 'failed' ? m.copyFailed : savedTo && m.downloaded(savedTo)}
          </p>
        </div>
        {onRename ? (
          <RenameForm
            name={apiKey.name}
            onRename={onRename}
            state={props.renameState}
            messages={messages}
            slot={slot}
            target={target}
          />
        ) : (
          <p {...slot('key-name')}>
            {m.keyName} <bdi>{apiKey.name}</bdi>
          </p>
        )}
        <div {...slot('confirm')} data-state={confirm}>
          <input
            {...slot('checkbox')}
            style={target}
            ref={checkboxRef}
            id={`${id}-confirm`}
            type="checkbox"
            // Not `required`: a native required checkbox is exposed as invalid before the user did
            // anything. Said to be required; marked invalid only once Done was pressed without it.
            aria-required="true"
            checked={!blocked}
            aria-invalid={required || undefined}
            aria-describedby={required ? `${id}-hint` : undefined}
            onChange={(event) => setConfirm(event.target.checked ? 'checked' : 'unchecked')}
          />
          <label {...slot('confirm-label')} htmlFor={`${id}-confirm`}>
            {m.confirm}
          </label>
        </div>
        {blocked ? (
          <p {...slot('hint')} id={`${id}-hint`} data-state={required ? 'error' : 'idle'}>
            {m.confirmRequired}
          </p>
        ) : null}
        <button
          {...slot('done')}
          type="button"
          data-variant="primary"
          style={target}
          aria-disabled={blocked || undefined}
          aria-describedby={blocked ? `${id}-hint` : undefined}
          onClick={() => {
            if (!blocked) return props.onAcknowledge();
            setConfirm('required');
            checkboxRef.current?.focus();
          }}
        >
          {m.done}
        </button>
      </>
    );
  } else if (apiKey.status === 'acknowledged') {
    const m = messages.acknowledged;
    body = (
      <>
        <p {...slot('description')}>{m.body(isolate(apiKey.name))}</p>
        {continueButton}
      </>
    );
  } else {
    const m = messages.none;
    body = (
      <>
        <p {...slot('description')}>{m.body}</p>
        <p {...slot('description')}>
          {m.manage}
          {manageKeysHref ? (
            <>
              {' '}
              <a {...slot('link')} href={manageKeysHref}>
                {m.manageLink}
              </a>
            </>
          ) : null}
        </p>
        {serverWords}
        {continueButton}
      </>
    );
  }

  return (
    <section
      {...root('api-key-reveal')}
      ref={ref}
      aria-labelledby={`${id}-heading`}
      data-state={apiKey.status === 'shown' ? (copy === 'copied' ? 'copied' : revealed ? 'revealed' : 'masked') : apiKey.status}
    >
      <CardHeader slot={slot} logo={props.logo}>
        {apiKey.status !== 'shown' && (
          <span {...slot('badge')} data-state={apiKey.status}>
            <BadgeIcon info={apiKey.status === 'none'} />
          </span>
        )}
        <Heading {...slot('heading')} id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
          {/* Each view's strings sit under its status. */}
          {messages[apiKey.status].heading}
        </Heading>
        {username && apiKey.status === 'shown' ? <p {...slot('description')}>{messages.shown.signedInAs(isolate(username))}</p> : null}
      </CardHeader>
      {body}
      <CardFooter slot={slot} footer={props.footer} />
    </section>
  );
});
