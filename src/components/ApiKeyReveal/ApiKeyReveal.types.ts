import type { ApiKeyInfo } from '../../core/auth-machine.js';
import type { ApiKeyMessages } from '../../i18n/api-key.js';
import type { AuthCallState } from '../../core/call-state.js';
import type { ApiKeyDownloadFormat, ApiKeyDownloadOptions } from './download.js';
import type { CardProps, DeepPartial, StylingProps } from '../shared/styling.js';

/** The longest key name the rename form accepts. */
export { API_KEY_NAME_MAX_LENGTH } from '../../core/limits.js';

/** Every `data-slot` inside `<ApiKeyReveal>` (besides `root`), for `classNames`. */
export type ApiKeyRevealSlot =
  | 'header'
  | 'logo'
  | 'badge'
  | 'heading'
  | 'description'
  | 'warning'
  | 'key-field'
  | 'label'
  | 'key-box'
  | 'key-value'
  | 'key-actions'
  | 'reveal'
  | 'copy'
  | 'download'
  | 'download-label'
  | 'download-button'
  | 'status'
  | 'key-name'
  | 'rename-toggle'
  | 'confirm'
  | 'checkbox'
  | 'confirm-label'
  | 'hint'
  | 'done'
  | 'rename'
  | 'rename-row'
  | 'field'
  | 'input'
  | 'field-error'
  | 'rename-submit'
  | 'alert'
  | 'server-message'
  | 'link'
  | 'continue'
  | 'footer';

/** The root's `data-state`. */
export type ApiKeyRevealState = 'masked' | 'revealed' | 'copied' | 'acknowledged' | 'none';

export interface ApiKeyRevealProps extends StylingProps<ApiKeyRevealSlot>, CardProps {
  /**
   * The key as the auth state knows it (`state.apiKey` when `status === 'authenticated'`).
   * The value is read from this prop on every render and never copied into component state, so
   * once it turns `acknowledged` the key is gone from the DOM and from memory held here.
   */
  apiKey: ApiKeyInfo;
  /** The user ticked "saved" and pressed Done: bind to `useAuth().acknowledgeApiKey`. */
  onAcknowledge: () => void;
  /**
   * Renames the key (bind to `useRenameApiKey().renameApiKey`). The rename form appears only when given.
   * Called with a trimmed, non-empty name of at most 100 characters that differs from the current one.
   */
  onRename?: ((name: string) => void) | undefined;
  /** The rename call's state (`useRenameApiKey().renameApiKeyState`): pending, error, success. */
  renameState?: AuthCallState | undefined;
  /** Leaves this step from the "saved" and "no new key" views; a Continue button shows when given. */
  onContinue?: (() => void) | undefined;
  /**
   * The key went to the clipboard (the browser accepted the copy). For analytics: `<AuthFlow>`
   * reports it as `onEvent`'s `{ type: 'apiKey', action: 'copied' }`. Told nothing of the key.
   */
  onCopied?: (() => void) | undefined;
  /**
   * The key went to the browser's downloads as a file of this format (whether the user kept it,
   * the page cannot tell). `<AuthFlow>` reports it as `{ type: 'apiKey', action: 'downloaded' }`.
   */
  onDownloaded?: ((format: ApiKeyDownloadFormat) => void) | undefined;
  /** The signed-in user, named under the heading when given. */
  username?: string | undefined;
  /** Where the user manages keys (Riffyn's Security Settings); linked from the "no new key" view. */
  manageKeysHref?: string | undefined;
  /**
   * Move focus to the heading on mount (for a step that replaces the previous one). Later switches
   * between views (e.g. after Done) always move focus to the new heading, since the button that
   * had it is gone.
   */
  autoFocus?: boolean | undefined;
  /**
   * Offer the key as a file: a `.env` line (`RIFFYN_API_KEY=…`) or a `.txt` holding the key, the
   * user's choice. Made in memory and handed to the browser's downloads; nothing is stored.
   * Off by default here, on in `<AuthFlow>`. Pass options to rename the file or the variable.
   */
  download?: boolean | ApiKeyDownloadOptions | undefined;
  /**
   * Ask the browser to confirm before the page is closed or reloaded while the key is on screen
   * and "saved" is not ticked (a download does not count: the page cannot tell whether the user
   * cancelled it). Off by default here, on in `<AuthFlow>`.
   */
  leaveGuard?: boolean | undefined;
  /** The heading's level, to fit the page's outline. Default 2. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6 | undefined;
  /** Any subset of the strings; the defaults are `defaultMessages.apiKey`. */
  messages?: DeepPartial<ApiKeyMessages> | undefined;
}
