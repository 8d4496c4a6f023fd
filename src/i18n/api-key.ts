import { errorMessages, type ErrorMessages } from './errors.js';
import type { TextDirection } from './direction.js';

/** Every string `<ApiKeyReveal>` shows. Override any subset through its `messages` prop. */
export interface ApiKeyMessages {
  /**
   * The language's writing direction (a right-to-left locale sets `'rtl'`): the component's root
   * gets it as `dir`, unless the page already chose one (an ancestor's or the document's `dir`
   * wins). Left out, as in English, the page's direction applies.
   */
  dir?: TextDirection | undefined;
  /** The view with the one-time key on screen. */
  shown: {
    heading: string;
    /**
     * The warning above the key. The server's own `message`, when it sent one that says more than
     * this (one that speaks of "once" or "again" only repeats it), follows it in smaller text (as
     * text, never HTML), introduced by `errors.serverSaid`.
     */
    onceWarning: string;
    /** A line naming the account the key belongs to; shown when `username` is given. */
    signedInAs: (username: string) => string;
    /** Label of the key itself (the group holding the value and its buttons). */
    keyLabel: string;
    /** Read by screen readers in place of the bullets while the key is hidden. */
    maskedDescription: (prefix: string) => string;
    /**
     * The show/hide toggle (an eye icon button). Its name stays the same; `aria-pressed` says
     * whether the key is shown, as for every toggle in the kit.
     */
    reveal: string;
    /** The copy icon button's name. */
    copy: string;
    /** Announced (politely) once the key is on the clipboard; it goes away after two seconds. */
    copied: string;
    /** The browser refused to write to the clipboard, or has no clipboard API here (an http:// page). */
    copyFailed: string;
    /** The words before the download buttons (when `download` is on), which show only `.env` and `.txt`. */
    download: string;
    /** The download buttons' names: a `.env` line, or a `.txt` file holding only the key. Each must contain its extension. */
    downloadAs: { env: string; txt: string };
    /** Announced (politely) once the file went to the browser's downloads; the page cannot tell whether it was saved. */
    downloaded: (fileName: string) => string;
    /** Label before the key's name (until the rename form is open). */
    keyName: string;
    /** The quiet button after the key's name that opens the rename form (when `onRename` is given). */
    renameToggle: string;
    /** The checkbox the user must tick before "Done" works. */
    confirm: string;
    /** Why "Done" does nothing yet: read as the button's description, shown once Done was pressed. */
    confirmRequired: string;
    done: string;
  };
  /** The small form to rename the key (shown when `onRename` is given). */
  rename: {
    label: string;
    submit: string;
    pending: string;
    /** Announced (politely) when the server confirmed the new name; it goes away after a few seconds. */
    renamed: (name: string) => string;
    required: string;
    tooLong: (maxLength: number) => string;
    unchanged: string;
  };
  /** The view after the user confirmed saving the key. */
  acknowledged: {
    heading: string;
    body: (name: string) => string;
  };
  /** The view when the login made no new key (the user already has one). */
  none: {
    heading: string;
    body: string;
    /** Where keys are managed; the link (when `manageKeysHref` is given) uses `manageLink`. */
    manage: string;
    manageLink: string;
  };
  /** The button that leaves this step (when `onContinue` is given). */
  continue: string;
  /** Errors from the rename call; `serverSaid` also introduces the server's `message` about the key. */
  errors: ErrorMessages;
}

/** The kit's default English strings for `<ApiKeyReveal>`. */
export const apiKeyMessages: ApiKeyMessages = {
  shown: {
    heading: 'Save your API key',
    onceWarning: 'This key is shown only once. Save it somewhere safe now.',
    signedInAs: (username) => `Signed in as ${username}`,
    keyLabel: 'API key',
    maskedDescription: (prefix) => `Hidden.${prefix && ` It starts with ${prefix}.`}`,
    reveal: 'Show key',
    copy: 'Copy',
    copied: 'Copied to clipboard.',
    copyFailed: 'The browser did not allow copying. Select “Show key” and copy it yourself.',
    download: 'Download as',
    downloadAs: { env: 'Download as .env', txt: 'Download as .txt' },
    downloaded: (fileName) => `Sent ${fileName} to your downloads. Check that it is there, then keep it somewhere safe.`,
    keyName: 'Key name:',
    renameToggle: 'Rename key',
    confirm: 'I have saved this key somewhere safe',
    confirmRequired: 'Confirm that you saved the key first: it will not be shown again.',
    done: 'Done',
  },
  rename: {
    label: 'Key name',
    submit: 'Rename',
    pending: 'Renaming…',
    renamed: (name) => `Renamed to ${name}.`,
    required: 'Enter a name for the key.',
    tooLong: (maxLength) => `Use at most ${maxLength} characters.`,
    unchanged: 'That is already the key’s name. Enter a different one.',
  },
  acknowledged: {
    heading: 'API key saved',
    body: (name) => `Your key ${name} is saved; it will not be shown again.`,
  },
  none: {
    heading: 'You already have an API key',
    body: 'Riffyn shows a key only once, so there is no new key to save.',
    manage: 'To see, rename or revoke your keys, open Security Settings in Riffyn.',
    manageLink: 'Open Security Settings',
  },
  continue: 'Continue',
  errors: {
    ...errorMessages,
    kinds: {
      ...errorMessages.kinds,
      // The generic texts speak of signing in; here the user is signed in and still has a key to save.
      'session-expired': 'Your session has ended, so the key cannot be renamed. Save the key first: it will not be shown again.',
      forbidden: 'This account may not rename keys. You can still save the key.',
    },
  },
};
