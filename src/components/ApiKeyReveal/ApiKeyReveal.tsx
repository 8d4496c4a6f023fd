import { forwardRef, useEffect, useId, useRef, useState } from 'react';
import { apiKeyMessages } from '../../i18n/api-key.js';
import { CardFooter, CardHeader } from '../shared/Card.js';
import { moveFocus } from '../shared/focus.js';
import { BadgeIcon } from '../shared/icons.js';
import { StepHeading } from '../shared/StepHeading.js';
import { mergeMessages, useSlotProps } from '../shared/styling.js';
import { isolate } from '../shared/text.js';
import { useHydrated, useVisuallyHidden } from '../shared/hydration.js';
import { useLeaveGuard } from '../shared/useLeaveGuard.js';
import type { ApiKeyRevealProps, ApiKeyRevealSlot } from './ApiKeyReveal.types.js';
import { keyFile, saveFile } from './download.js';
import { KeyField } from './KeyField.js';
import { RenameForm } from './RenameForm.js';
import { useKeyCopy } from './useKeyCopy.js';

/**
 * Whether the server's sentence about the key says something the kit's own does not. Riffyn's
 * usual one ("This Api key is displayed only once, please save it…") only repeats it.
 */
const addsToKit = (message: string | null | undefined) => !!message?.trim() && !/\bonce\b|\bagain\b/i.test(message);

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
  const { root, slot, target } = useSlotProps<ApiKeyRevealSlot, HTMLElement>(props, { dir: messages.dir, ref });
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const checkboxRef = useRef<HTMLInputElement>(null);
  const srOnly = useVisuallyHidden();
  const live = useHydrated();

  const [revealed, setRevealed] = useState(false);
  // The "saved" checkbox: ticked, or unticked after Done was pressed (the hint turns into an error).
  const [confirm, setConfirm] = useState<'unchecked' | 'checked' | 'required'>('unchecked');
  // The name of the file the key was last handed to the browser's downloads as. Not proof that it
  // was saved (the page never learns whether the user cancelled the save dialog), so the leave
  // guard holds until the user ticks "saved".
  const [savedTo, setSavedTo] = useState<string | null>(null);
  // The rename form waits behind a quiet "Rename key" until asked for (or a rename is under way).
  const [renaming, setRenaming] = useState(false);
  // Only the status is remembered, never the value: a new view starts hidden and unconfirmed.
  const [view, setView] = useState(apiKey.status);
  const [copy, setCopy, copyKey] = useKeyCopy(view);
  if (view !== apiKey.status) {
    setView(apiKey.status);
    setRevealed(false);
    setCopy('idle');
    setConfirm('unchecked');
    setSavedTo(null);
    setRenaming(false);
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

  // The server's own sentence about the key, under the kit's (which says what to do), as text
  // only; and only when it says more than the kit's: "displayed only once" would say it twice.
  const serverWords = apiKey.status !== 'acknowledged' && addsToKit(apiKey.message) && (
    <p {...slot('server-message')}>
      {messages.errors.serverSaid} <bdi>{apiKey.message}</bdi>
    </p>
  );

  const continueButton = onContinue ? (
    <button {...slot('continue')} type="button" data-variant="primary" style={target} onClick={onContinue}>
      {messages.continue}
    </button>
  ) : null;

  let body;
  if (apiKey.status === 'shown') {
    const m = messages.shown;
    const blocked = confirm !== 'checked';
    const required = confirm === 'required';
    const { value } = apiKey;
    const rename = props.renameState;
    const renameOpen = !!onRename && (renaming || !!rename?.isPending || !!rename?.error || !!rename?.isSuccess);
    body = (
      <>
        <div {...slot('warning')}>
          {m.onceWarning}
          {serverWords}
        </div>
        <KeyField
          slot={slot}
          target={target}
          id={id}
          value={value}
          revealed={revealed}
          onReveal={() => {
            setRevealed(!revealed);
            setCopy('idle');
          }}
          copy={copy}
          onCopy={() =>
            void copyKey(value).then((outcome) => {
              if (outcome === 'copied') props.onCopied?.();
            })
          }
          onDownload={
            download
              ? (format) => {
                  const file = keyFile(value, format, download === true ? undefined : download);
                  saveFile(file.name, file.text);
                  setCopy('idle');
                  setSavedTo(file.name);
                  props.onDownloaded?.(format);
                }
              : undefined
          }
          savedTo={savedTo}
          // Copy leads until the user says the key is saved; then Done does.
          primary={blocked}
          messages={m}
        />
        {renameOpen && onRename ? (
          // Opened by "Rename key", whose button is gone: focus goes to the name.
          <RenameForm name={apiKey.name} onRename={onRename} state={rename} focusOnMount={renaming} messages={messages} slot={slot} target={target} />
        ) : (
          <p {...slot('key-name')}>
            {m.keyName} <bdi>{apiKey.name}</bdi>
            {onRename ? (
              <>
                {' '}
                <button {...slot('rename-toggle')} type="button" data-variant="link" aria-expanded="false" style={target} disabled={!live} onClick={() => setRenaming(true)}>
                  {m.renameToggle}
                </button>
              </>
            ) : null}
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
        {/* Done's description while it does nothing yet; seen only once Done was pressed (before, it
            would repeat the checkbox's label under it). */}
        {blocked ? (
          <p {...slot('hint')} {...(required ? null : srOnly)} id={`${id}-hint`} data-state={required ? 'error' : 'idle'}>
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
      aria-labelledby={`${id}-heading`}
      data-state={apiKey.status === 'shown' ? (copy === 'copied' ? 'copied' : revealed ? 'revealed' : 'masked') : apiKey.status}
    >
      <CardHeader slot={slot} logo={props.logo}>
        {apiKey.status !== 'shown' && (
          <span {...slot('badge')} data-state={apiKey.status}>
            <BadgeIcon info={apiKey.status === 'none'} />
          </span>
        )}
        <StepHeading slot={slot} level={headingLevel} id={`${id}-heading`} focusRef={headingRef}>
          {/* Each view's strings sit under its status. */}
          {messages[apiKey.status].heading}
        </StepHeading>
        {username && apiKey.status === 'shown' ? <p {...slot('description')}>{messages.shown.signedInAs(isolate(username))}</p> : null}
      </CardHeader>
      {body}
      <CardFooter slot={slot} footer={props.footer} />
    </section>
  );
});
