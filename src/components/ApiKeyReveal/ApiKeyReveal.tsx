import { useCallback, useEffect, useId, useRef, useState, type Ref } from 'react';
import { apiKeyMessages, type ApiKeyMessages } from '../../i18n/api-key.js';
import type { AuthCallState } from '../../react/useAuth.js';
import { mergeMessages, slotProps, visuallyHidden } from '../shared/styling.js';
import { useFocusOnMount } from '../shared/useFocusOnMount.js';
import type { ApiKeyRevealProps, ApiKeyRevealSlot, ApiKeyRevealState } from './ApiKeyReveal.types.js';
import { maskKey, visiblePrefix } from './mask.js';
import { RenameForm } from './RenameForm.js';

type CopyStatus = 'idle' | 'copied' | 'unavailable' | 'failed';

const idleCall: AuthCallState = { isPending: false, error: null, isSuccess: false };

/** One ref callback for the root that feeds ours (for focus decisions) and the caller's `ref`. */
function useMergedRef<T>(own: { current: T | null }, theirs: Ref<T> | undefined) {
  return useCallback(
    (node: T | null) => {
      own.current = node;
      const cleanup = typeof theirs === 'function' ? theirs(node) : undefined;
      if (theirs && typeof theirs !== 'function') theirs.current = node;
      return () => {
        own.current = null;
        if (typeof cleanup === 'function') cleanup();
        else if (typeof theirs === 'function') theirs(null);
        else if (theirs) theirs.current = null;
      };
    },
    [own, theirs],
  );
}

/**
 * The one-time API key Riffyn returns on a first login: hidden by default, revealable, copyable,
 * and confirmed as saved before the flow moves on. Also the "saved" and "no new key" views.
 *
 * The key's value is only ever read from the `apiKey` prop while rendering; nothing here keeps a
 * copy, so when `apiKey` turns `acknowledged` it is gone from the DOM and from this component.
 *
 * @example
 * const { state, acknowledgeApiKey, renameApiKey, renameApiKeyState } = useAuth();
 * if (state.status === 'authenticated') {
 *   return <ApiKeyReveal apiKey={state.apiKey} onAcknowledge={acknowledgeApiKey}
 *     onRename={renameApiKey} renameState={renameApiKeyState} onContinue={goToApp} />;
 * }
 */
export function ApiKeyReveal(props: ApiKeyRevealProps) {
  const { apiKey, onAcknowledge, onRename, renameState = idleCall, onContinue, username, manageKeysHref } = props;
  const messages = mergeMessages<ApiKeyMessages>(apiKeyMessages, props.messages);
  const { root, slot } = slotProps<ApiKeyRevealSlot>(props);

  const id = useId();
  const headingId = `${id}-heading`;
  const labelId = `${id}-label`;
  const valueId = `${id}-value`;
  const checkboxId = `${id}-confirm`;
  const confirmHintId = `${id}-confirm-hint`;

  const rootRef = useRef<HTMLElement | null>(null);
  const setRootRef = useMergedRef(rootRef, props.ref);
  const headingRef = useFocusOnMount<HTMLHeadingElement>(props.autoFocus ?? false);
  const checkboxRef = useRef<HTMLInputElement>(null);

  const [revealed, setRevealed] = useState(false);
  const [copy, setCopy] = useState<CopyStatus>('idle');
  const [confirmed, setConfirmed] = useState(false);
  const [doneTried, setDoneTried] = useState(false);
  // Only the status is remembered, never the value: a new view starts hidden and unconfirmed.
  const [viewStatus, setViewStatus] = useState(apiKey.status);
  if (viewStatus !== apiKey.status) {
    setViewStatus(apiKey.status);
    setRevealed(false);
    setCopy('idle');
    setConfirmed(false);
    setDoneTried(false);
  }

  // The button that had focus (Done) vanishes with the view: give focus to the new heading,
  // unless the app has already put it somewhere else on purpose.
  const focusedStatus = useRef(apiKey.status);
  useEffect(() => {
    if (focusedStatus.current === apiKey.status) return;
    focusedStatus.current = apiKey.status;
    const active = document.activeElement;
    if (!active || active === document.body || rootRef.current?.contains(active)) headingRef.current?.focus();
  }, [apiKey.status, headingRef]);

  // Ignore a clipboard answer that arrives after a newer click or after the view changed.
  const copyRun = useRef(0);
  useEffect(
    () => () => {
      copyRun.current += 1;
    },
    [apiKey.status],
  );

  const copyKey = async () => {
    if (apiKey.status !== 'shown') return;
    const run = ++copyRun.current;
    setCopy('idle');
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard || typeof clipboard.writeText !== 'function') {
      setCopy('unavailable');
      return;
    }
    try {
      await clipboard.writeText(apiKey.value);
      if (run === copyRun.current) setCopy('copied');
    } catch {
      // The rejection (NotAllowedError…) carries nothing the user can act on; never log it with the key near.
      if (run === copyRun.current) setCopy('failed');
    }
  };

  const done = () => {
    if (!confirmed) {
      setDoneTried(true);
      checkboxRef.current?.focus();
      return;
    }
    onAcknowledge();
  };

  const state: ApiKeyRevealState =
    apiKey.status === 'shown' ? (copy === 'copied' ? 'copied' : revealed ? 'revealed' : 'masked') : apiKey.status;

  const continueButton = onContinue ? (
    <button {...slot('continue')} type="button" data-variant="primary" onClick={onContinue}>
      {messages.continue}
    </button>
  ) : null;

  const Heading = `h${props.headingLevel ?? 2}` as 'h2';
  const heading = (text: string) => (
    <Heading {...slot('heading')} id={headingId} ref={headingRef} tabIndex={-1}>
      {text}
    </Heading>
  );

  let body;
  if (apiKey.status === 'shown') {
    const m = messages.shown;
    const serverMessage = apiKey.message?.trim() ? apiKey.message : null;
    const copyText =
      copy === 'copied'
        ? m.copied
        : copy === 'unavailable'
          ? m.copyUnavailable
          : copy === 'failed'
            ? m.copyFailed
            : null;
    const blocked = !confirmed;
    body = (
      <>
        {heading(m.heading)}
        {/* The server's sentence, as a text node: never HTML. */}
        <p {...slot('warning')} data-source={serverMessage ? 'server' : 'default'}>
          {serverMessage ?? m.onceWarning}
        </p>
        {username ? <p {...slot('description')}>{m.signedInAs(username)}</p> : null}

        <div {...slot('key-field')} role="group" aria-labelledby={labelId} data-state={revealed ? 'revealed' : 'masked'}>
          <label {...slot('label')} id={labelId} htmlFor={revealed ? valueId : undefined}>
            {m.keyLabel}
          </label>
          {revealed ? (
            <textarea
              {...slot('key-value')}
              id={valueId}
              data-state="revealed"
              value={apiKey.value}
              readOnly
              rows={2}
              dir="ltr"
              translate="no"
              spellCheck={false}
              autoComplete="off"
              autoCapitalize="off"
              autoCorrect="off"
              onFocus={(event) => event.currentTarget.select()}
            />
          ) : (
            <div {...slot('key-value')} data-state="masked">
              {/* Only a few leading characters: the value itself is not in the DOM while hidden. */}
              <span aria-hidden="true" dir="ltr" translate="no">
                {maskKey(apiKey.value)}
              </span>
              <span data-visually-hidden="" style={visuallyHidden}>{m.maskedDescription(visiblePrefix(apiKey.value))}</span>
            </div>
          )}
          <div {...slot('key-actions')}>
            <button
              {...slot('reveal')}
              type="button"
              data-variant="secondary"
              aria-pressed={revealed}
              data-state={revealed ? 'on' : 'off'}
              onClick={() => {
                setRevealed((was) => !was);
                setCopy('idle');
              }}
            >
              {m.reveal}
            </button>
            <button {...slot('copy')} type="button" data-variant="secondary" data-state={copy} onClick={copyKey}>
              {m.copy}
            </button>
          </div>
          {/* Always present, so the change of its text is what screen readers announce. */}
          <p {...slot('status')} role="status" data-state={copy}>
            {copyText}
          </p>
        </div>

        {onRename ? (
          <RenameForm name={apiKey.name} onRename={onRename} state={renameState} messages={messages} slot={slot} />
        ) : (
          <p {...slot('key-name')}>
            {m.keyName} <bdi>{apiKey.name}</bdi>
          </p>
        )}

        <div {...slot('confirm')} data-state={confirmed ? 'checked' : doneTried ? 'required' : 'unchecked'}>
          <input
            {...slot('checkbox')}
            ref={checkboxRef}
            id={checkboxId}
            type="checkbox"
            required
            checked={confirmed}
            aria-invalid={(blocked && doneTried) || undefined}
            aria-describedby={blocked && doneTried ? confirmHintId : undefined}
            onChange={(event) => {
              setConfirmed(event.target.checked);
              setDoneTried(false);
            }}
          />
          <label {...slot('confirm-label')} htmlFor={checkboxId}>
            {m.confirm}
          </label>
        </div>
        {blocked ? (
          <p {...slot('hint')} id={confirmHintId} data-state={doneTried ? 'error' : 'idle'}>
            {m.confirmRequired}
          </p>
        ) : null}
        <button
          {...slot('done')}
          type="button"
          data-variant="primary"
          aria-disabled={blocked || undefined}
          aria-describedby={blocked ? confirmHintId : undefined}
          onClick={done}
        >
          {m.done}
        </button>
      </>
    );
  } else if (apiKey.status === 'acknowledged') {
    body = (
      <>
        {heading(messages.acknowledged.heading)}
        <p {...slot('description')}>{messages.acknowledged.body(apiKey.name)}</p>
        {continueButton}
      </>
    );
  } else {
    const m = messages.none;
    const serverMessage = apiKey.message?.trim() ? apiKey.message : null;
    body = (
      <>
        {heading(m.heading)}
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
        {serverMessage ? (
          <p {...slot('server-message')}>
            {m.serverSaid} {serverMessage}
          </p>
        ) : null}
        {continueButton}
      </>
    );
  }

  return (
    <section
      {...root('api-key-reveal')}
      ref={setRootRef}
      aria-labelledby={headingId}
      data-state={state}
      data-status={apiKey.status}
    >
      {body}
    </section>
  );
}
