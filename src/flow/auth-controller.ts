// The controller calls a client (and, in session mode, its session calls) but never speaks HTTP itself.
import type { ClientAuthResponse, LateAnswer, RiffynClient } from '../api/client.js';
import {
  initialAuthState,
  transition,
  type AuthEvent,
  type AuthSession,
  type AuthState,
  type Received,
  type SessionEvent,
} from '../core/auth-machine.js';
import { normalizeUsername, sendableCredentials, type Credentials } from '../core/basic-auth.js';
import { readStrings } from '../core/auth-response.js';
import { AuthError, asAuthError } from '../core/errors.js';
import { eventUsername, flowEvents, type AuthFlowEvent, type AuthFlowEventBody } from '../core/flow-events.js';
import { hasLiveSession, isMfaExpired, isPending, showsApiKey, stateDeadline, usernameOf } from '../core/selectors.js';

/** The calls the controller needs; a `RiffynClient` has them all. */
export type AuthCalls = Pick<RiffynClient, 'login' | 'verifyFactor'> & {
  /** Session mode (`'cookie'`) needs `request` too, for the session calls. */
  session?: RiffynClient['session'] | undefined;
  request?: RiffynClient['request'] | undefined;
};

/**
 * What tabs of one origin tell each other, so they agree on the session: never a secret, never a
 * username. `signed-in` and `extended` matter in session mode, where the tabs share one cookie.
 */
export type TabMessage = { type: 'signed-out' } | { type: 'signed-in' } | { type: 'extended'; accessTokenExpiresAt: number };

/** A channel to the origin's other tabs (a `BroadcastChannel` by default). */
export interface TabChannel {
  post(message: TabMessage): void;
  /** Calls `listener` with every message another tab posts; returns how to stop. */
  listen(listener: (message: TabMessage) => void): () => void;
}

export interface AuthControllerOptions {
  client: AuthCalls;
  /** Local clock; injectable for tests. */
  now?: (() => number) | undefined;
  /** Told when the accessToken stopped working: it ran out, or the server answered 401. Read when called. */
  onSessionExpired?: ((username: string) => void) | undefined;
  /** Told when the session got a new accessToken (`extendSession`). Read when called. */
  onSessionExtended?: ((session: AuthSession) => void) | undefined;
  /**
   * Calls `check` whenever the device may have slept (a timer's clock stops on some systems) and
   * returns how to stop. Default: the page's `visibilitychange` and `focus`, where there is a page.
   * Injectable like `now`, for tests and for runtimes with their own lifecycle events.
   */
  onWake?: ((check: () => void) => () => void) | undefined;
  /**
   * The origin's other tabs: a sign-out in one signs every tab out, and in session mode a sign-in
   * or an extension in one reaches the others. Default: a `BroadcastChannel` where there is one;
   * `null` for none.
   */
  tabs?: TabChannel | null | undefined;
}

/** The flow as a component renders it: one object per state, so it can be compared by identity. */
export interface AuthSnapshot {
  state: AuthState;
  /** A login or verify request is in flight (the forms must not submit again). */
  isPending: boolean;
}

/** What a login or verify call resolved to, with every secret left out (react-query caches it). */
export interface AuthOutcome {
  status: AuthState['status'];
}

type SignedIn = Extract<AuthState, { status: 'authenticated' }>;

/**
 * One call made with the session's accessToken (`renameLoginKey`, `extendSession`), bound to the
 * sign-in it was made in: its answer reaches the flow only while that sign-in lasts, so a late
 * answer never lands in the next user's session.
 */
export interface SessionCall {
  /** The signed-in state when the call began. */
  state: SignedIn;
  /** null in session mode: the proxy adds the cookie's. */
  accessToken: string | null;
  /** Aborted when this session ends (logout, restart, a new login, the accessToken running out): give it to the request. */
  signal: AbortSignal;
  /**
   * Feeds the call's result to the flow; `serverDate` is its answer's, for times. Once the session
   * it was made in has ended, nothing changes and it returns false.
   */
  update(event: SessionEvent, serverDate?: number): boolean;
}

/** How an `onEvent` listener wants its events. */
export interface AuthEventOptions {
  /** Add the username to each event (off by default: an analytics tool may not need to know who). */
  includeUsername?: boolean | undefined;
}

export interface AuthController {
  /**
   * Listens to what happens in the flow (`AuthFlowEvent`: steps, logins sent and failed, codes,
   * the key, the session), for analytics and error reporting. Never a secret. Returns how to stop.
   * A listener that throws does not stop the flow (its error is rethrown on a later tick).
   */
  onEvent(listener: (event: AuthFlowEvent) => void, options?: AuthEventOptions): () => void;
  /** Tells the listeners what the screen did: a step shown, the key copied or downloaded. */
  report(event: Extract<AuthFlowEventBody, { type: 'step' }> | { type: 'apiKey'; action: 'copied' | 'downloaded' }): void;
  getState(): AuthState;
  /** The state with what is derived from it; the same object until the state changes. */
  getSnapshot(): AuthSnapshot;
  subscribe(listener: () => void): () => void;
  /** Keeps the credentials for the login call that follows (and for verify, which resends them). */
  stageCredentials(credentials: Credentials): void;
  /** Logs in with the staged credentials. Resolves even on failure: the error is in the state. */
  login(): Promise<AuthOutcome>;
  chooseFactor(factorId: string): void;
  /** Keeps the passCode for the verify call that follows. */
  stagePassCode(passCode: string): void;
  /** Verifies the staged passCode for the chosen factor. Resolves even on failure. */
  verify(): Promise<AuthOutcome>;
  /**
   * More time for the code step ("Get more time"): signs in again with the credentials the MFA
   * step still holds, for a fresh stateToken, and stays on the code step. Resolves even on failure
   * (the error is in the state). Restart, sign-out and a new login abort it.
   */
  extendMfa(): Promise<AuthOutcome>;
  acknowledgeApiKey(): void;
  /** Starts a call made with the accessToken. Throws `session-expired` unless a session is live. */
  session(): SessionCall;
  /**
   * Back to the login form, keeping the username. Abandons a login in flight, but not a code
   * being checked: the server may accept it, and its answer carries the one-time key.
   */
  restart(): void;
  /** Ends the sign-in in this tab, aborting every call made for it. */
  logout(): void;
  /** Start timers (again) and show what happened meanwhile. Paired with `dispose`, so React StrictMode's remount works. */
  activate(): void;
  /**
   * Clear timers, wipe secrets; no listener is called until `activate`. Calls in flight go on and
   * their answers are kept (a hidden `<Activity>` comes back to where the sign-in got).
   */
  dispose(): void;
}

/** States during which the verify call may still need the password and stateToken. */
const HOLDS_SECRETS: AuthState['status'][] = ['authenticating', 'mfaRequired', 'verifying'];

const isTabMessage = (data: unknown): data is TabMessage =>
  typeof data === 'object' &&
  data !== null &&
  ((data as TabMessage).type === 'signed-out' ||
    (data as TabMessage).type === 'signed-in' ||
    ((data as TabMessage).type === 'extended' && typeof (data as { accessTokenExpiresAt?: unknown }).accessTokenExpiresAt === 'number'));

/**
 * The origin's tabs through a `BroadcastChannel`, or null where the page has none (a server, a
 * test runner, old browsers). One channel object posts and listens: a channel never hears itself,
 * so this tab is not told its own news.
 */
function broadcastTabs(): TabChannel | null {
  if (typeof window === 'undefined' || typeof BroadcastChannel !== 'function') return null;
  const NAME = 'riffyn-login-kit';
  let listening: BroadcastChannel | null = null;
  return {
    post(message) {
      if (listening) return listening.postMessage(message);
      // Not listening (not active): a channel for this message alone, closed at once.
      const once = new BroadcastChannel(NAME);
      once.postMessage(message);
      once.close();
    },
    listen(listener) {
      const channel = (listening = new BroadcastChannel(NAME));
      channel.onmessage = ({ data }: MessageEvent) => void (isTabMessage(data) && listener(data));
      return () => {
        channel.close();
        if (listening === channel) listening = null;
      };
    },
  };
}

/** The page's own signs that the device may have slept. */
function pageWake(check: () => void): () => void {
  globalThis.document?.addEventListener('visibilitychange', check);
  globalThis.window?.addEventListener('focus', check);
  return () => {
    globalThis.document?.removeEventListener('visibilitychange', check);
    globalThis.window?.removeEventListener('focus', check);
  };
}

/**
 * How long a login or verify the client's timeout gave up waiting for may still sign the tab in
 * (its answer may carry the one-time key): after that its request is cancelled, so a sign-in
 * abandoned with "Start again" never lands long after, on a page left open.
 */
export const LATE_ANSWER_MS = 2 * 60_000;


/**
 * The login flow with its side effects: requests, timers and the secrets verify needs, around the
 * pure `transition`. React-free; `AuthProvider` binds it to components.
 */
export function createAuthController(options: AuthControllerOptions): AuthController {
  const { client, now = () => Date.now(), onWake = pageWake } = options;
  const cookieMode = client.session === 'cookie';
  const tabs = options.tabs === undefined ? broadcastTabs() : options.tabs;
  let stopTabs: (() => void) | undefined;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  // Session mode begins by asking the proxy (on activate): the server's HTML and the first render
  // are the restoring card, so a signed-in reload never flashes the sign-in form.
  let state: AuthState = cookieMode ? { status: 'restoring' } : initialAuthState;
  let snapshot: AuthSnapshot = { state, isPending: false };
  let active = true;

  const eventListeners = new Set<{ listener: (event: AuthFlowEvent) => void; includeUsername: boolean }>();
  const emit = (body: AuthFlowEventBody, username: string) => {
    for (const { listener, includeUsername } of eventListeners) {
      try {
        listener(includeUsername ? { ...body, username } : body);
      } catch (error) {
        // The app's analytics must not break its sign-in; the error still reaches its error reporting.
        setTimeout(() => {
          throw error;
        });
      }
    }
  };

  // The secrets, in this closure only: never in machine state, react-query, storage or the DOM.
  let credentials: Credentials | null = null;
  let stateToken: string | null = null;
  let passCode: string | null = null;
  const wipe = () => {
    credentials = stateToken = passCode = null;
  };

  // The sign-in every login and verify belongs to. Each login begins a new one and logout ends it,
  // aborting whatever its calls still wait for; an answer reaches the flow only while its sign-in
  // is the current one.
  let signIn = new AbortController();
  // The "Get more time" request in flight: a newer one, restart or the end of the sign-in aborts it.
  let extension: AbortController | null = null;
  const dropExtension = () => {
    extension?.abort();
    extension = null;
  };
  const newSignIn = () => {
    dropExtension();
    signIn.abort();
    signIn = new AbortController();
  };
  // The latest login or verify request: only its failure is shown (an older one was overtaken).
  let latest: object | undefined;
  // Logins and verifies the client's timeout gave up waiting for, which the server may still
  // accept with the one-time key: a retry does not abort them (a new sign-in would lose the key
  // Riffyn made on the first call), only logout or LATE_ANSWER_MS does. See `run`.
  const unanswered = new Set<{ username: string; settled: Promise<unknown> }>();
  let signedOut = new AbortController();
  // The calls made with the accessToken: aborted the moment the session they were made in ends.
  let sessionCalls = new AbortController();

  // One timer, for the current state's deadline; every state change re-arms it.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    const at = stateDeadline(state);
    if (!active || at === null) return;
    // Browsers fire setTimeout early or late; recheck against the clock when it fires.
    timer = setTimeout(() => (now() < at ? schedule() : timeOut()), Math.min(at - now(), 2 ** 31 - 1));
  };
  const timeOut = () => send({ type: state.status === 'authenticated' ? 'SESSION_TIMED_OUT' : 'MFA_TIMED_OUT' });
  // A sleeping device stops the timer's clock on some systems: look at the real one again when it wakes.
  let stopWake: (() => void) | undefined;

  /** `fromTab`: another tab said so; it is not told back. */
  function send(event: AuthEvent, fromTab = false): void {
    const before = state;
    state = transition(before, event);
    if (state === before) return;
    // Listeners may act at once; the events are about this transition.
    const after = state;
    if (!HOLDS_SECRETS.includes(state.status)) {
      wipe();
      dropExtension();
    }
    if (hasLiveSession(before) && !hasLiveSession(state)) {
      sessionCalls.abort();
      sessionCalls = new AbortController();
      if (event.type === 'SESSION_TIMED_OUT' || event.type === 'SESSION_FAILED') {
        options.onSessionExpired?.(before.status === 'authenticated' ? before.session.username : '');
      }
    }
    snapshot = { state, isPending: isPending(state) };
    if (active) {
      schedule();
      notify();
    }
    for (const body of flowEvents(before, event, after)) emit(body, eventUsername(before, after));
    if (!fromTab) tellTabs(before, event, after);
  }

  /** What the other tabs must know of a transition made here. */
  function tellTabs(before: AuthState, event: AuthEvent, after: AuthState) {
    if (!tabs) return;
    if (event.type === 'LOGOUT' && before.status === 'authenticated') tabs.post({ type: 'signed-out' });
    if (!cookieMode || after.status !== 'authenticated') return;
    // The tabs share the cookie: a sign-in or an extension here is theirs too.
    if (event.type === 'LOGIN_SUCCEEDED' || event.type === 'VERIFY_SUCCEEDED') tabs.post({ type: 'signed-in' });
    if (event.type === 'SESSION_EXTENDED' && after.session.accessTokenExpiresAt !== null) {
      tabs.post({ type: 'extended', accessTokenExpiresAt: after.session.accessTokenExpiresAt });
    }
  }

  function onTabMessage(message: TabMessage) {
    if (message.type === 'signed-out') {
      // A key on screen stays until its user presses Done: the session has ended under it.
      if (showsApiKey(state)) send({ type: 'SESSION_FAILED', error: new AuthError('session-expired', { detail: 'signed out in another tab' }) }, true);
      else if (state.status === 'authenticated' || state.status === 'restoring') {
        newSignIn();
        send({ type: 'LOGOUT' }, true);
      }
    } else if (message.type === 'signed-in') {
      if (cookieMode) void restore();
    } else if (cookieMode) {
      send({ type: 'SESSION_SYNCED', accessTokenExpiresAt: message.accessTokenExpiresAt }, true);
    }
  }

  /** Session mode: asks the proxy whether the cookie holds a session, and takes it if it does. */
  async function restore(): Promise<void> {
    const before = state;
    send({ type: 'RESTORE' });
    // Unchanged is "someone is typing or signed in", except from the start, already restoring.
    if (state === before && before.status !== 'restoring') return;
    newSignIn();
    const mine = signIn;
    let event: AuthEvent;
    try {
      // Plain requests, not the session calls: those carry the accessToken, which a login page
      // that only restores must not ship.
      const { body, serverDate } = await client.request!('session', { signal: mine.signal });
      const { username, userId = null, accessTokenExpiresAt } = readStrings(body, 'username userId accessTokenExpiresAt');
      if (!username) throw new AuthError('malformed', { detail: 'username' });
      event = { type: 'RESTORED', session: { username, userId, accessTokenExpiresAt }, ...received({ serverDate }) };
    } catch {
      // No cookie, or one that no longer opens, or no answer: the sign-in form, quietly.
      event = { type: 'RESTORE_FAILED' };
    }
    if (mine === signIn) send(event);
  }

  /** The MFA step is open without what verify needs (a dispose wiped it): it can only fail. */
  const stepLost = () => state.status === 'mfaRequired' && !(credentials && stateToken);

  const received = ({ serverDate }: { serverDate?: number | undefined }): Received => {
    const at = now();
    const skew = serverDate ? serverDate - at : 0;
    // The Date header has whole seconds and the answer took time to arrive: under 2 s is noise,
    // and counting it would show "5:01" left on a 5-minute stateToken.
    return { now: at, clockSkewMs: Math.abs(skew) < 2000 ? 0 : skew };
  };

  /**
   * Sends LOGIN or VERIFY and, unless the machine refused it (a double submit, a login while signed
   * in), makes the request and feeds its answer to the machine: a success of the current sign-in
   * always (it may carry the one-time key, even after a timeout reported the call as failed), a
   * failure only from the latest request.
   */
  async function run(
    start: AuthEvent & { type: 'LOGIN' | 'VERIFY' },
    call: (signal: AbortSignal, onLateAnswer: LateAnswer) => Promise<ClientAuthResponse>,
  ): Promise<AuthOutcome> {
    const before = state;
    send(start);
    if (state === before) return { status: state.status };
    if (start.type === 'LOGIN') newSignIn();
    const mine = signIn;
    const request = (latest = {});
    const succeeded = start.type === 'LOGIN' ? 'LOGIN_SUCCEEDED' : 'VERIFY_SUCCEEDED';
    const land = (event: AuthEvent) => mine === signIn && send(event);
    const username = usernameOf(state);
    // The request's own signal: the sign-in's, until the client's timeout gives up waiting.
    const ask = new AbortController();
    const follow = () => ask.abort();
    mine.signal.addEventListener('abort', follow);
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the client drops the promise; nothing in it can reject (every await is caught)
    const onLateAnswer: LateAnswer = async (answer) => {
      // Timed out, but the server may still accept it and send the one-time key, which no later
      // call can show: a retry's new sign-in no longer aborts it; logout does, and so does
      // LATE_ANSWER_MS (a late sign-in must not land whenever it comes).
      mine.signal.removeEventListener('abort', follow);
      const bound = setTimeout(follow, LATE_ANSWER_MS);
      const out = signedOut.signal;
      out.addEventListener('abort', follow);
      const waiting = { username, settled: answer.catch(() => null) };
      unanswered.add(waiting);
      const late = await waiting.settled;
      clearTimeout(bound);
      out.removeEventListener('abort', follow);
      unanswered.delete(waiting);
      if (late?.status !== 'SUCCESS' || ask.signal.aborted) return;
      if (mine === signIn) land({ type: succeeded, response: late, ...received(late) });
      // A newer sign-in of the same user (the retry) takes the key, wherever it has got to: its own
      // answer, if it comes after, is then refused by the machine.
      else if (late.apiKey && usernameOf(state) === username) {
        send({ type: state.status === 'authenticating' ? 'LOGIN_SUCCEEDED' : 'VERIFY_SUCCEEDED', response: late, ...received(late) });
      }
    };
    let event: AuthEvent;
    let token: string | undefined;
    try {
      const response = await call(ask.signal, onLateAnswer);
      if (response.status === 'SUCCESS') {
        // A keyless success ("you already have a key") while an earlier request of this user may
        // still bring the key it made: wait for that one first (bounded by LATE_ANSWER_MS).
        if (!response.apiKey) {
          await Promise.all([...unanswered].filter((other) => other.username === username).map((other) => other.settled));
        }
        event = { type: succeeded, response, ...received(response) };
      } else if (start.type === 'LOGIN') {
        // The stateToken stays in this closure; the machine gets the rest.
        const { stateToken: secret, ...mfa } = response;
        token = secret;
        event = { type: 'MFA_REQUIRED', response: mfa, ...received(response) };
      } else {
        throw new AuthError('malformed', { detail: 'status' });
      }
    } catch (error) {
      event = { type: start.type === 'LOGIN' ? 'LOGIN_FAILED' : 'VERIFY_FAILED', error: asAuthError(error) };
    } finally {
      mine.signal.removeEventListener('abort', follow);
    }
    if (request === latest || event.type === succeeded) {
      // Not after a dispose wiped the credentials: verify could not use it.
      if (token && credentials) stateToken = token;
      land(event);
      // A provider hidden and shown again while the login was out: no code could succeed now.
      if (stepLost()) send({ type: 'MFA_TIMED_OUT' });
    }
    return { status: state.status };
  }

  return {
    onEvent(listener, { includeUsername = false } = {}) {
      const entry = { listener, includeUsername };
      eventListeners.add(entry);
      return () => eventListeners.delete(entry);
    },
    report(event) {
      emit(event, usernameOf(state));
    },
    getState: () => state,
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    stageCredentials({ username, password }) {
      // Only while a login may start: never over the ones a request or the MFA step is using.
      if (transition(state, { type: 'LOGIN', username }) !== state) {
        credentials = { username: normalizeUsername(username), password };
      }
    },

    login() {
      const staged = credentials;
      return run({ type: 'LOGIN', username: staged?.username ?? '' }, (signal, onLateAnswer) =>
        // Nothing staged reads as empty fields.
        client.login(sendableCredentials(staged ?? { username: '', password: '' }), { signal, onLateAnswer }),
      );
    },

    chooseFactor(factorId) {
      send({ type: 'CHOOSE_FACTOR', factorId });
    },

    stagePassCode(code) {
      passCode = code;
    },

    async verify() {
      const code = passCode ?? '';
      passCode = null;
      if (state.status === 'mfaRequired' && isMfaExpired(state, now())) {
        timeOut(); // never send a verify the server must refuse
        return { status: state.status };
      }
      return run({ type: 'VERIFY' }, (signal, onLateAnswer) => {
        // Gone after a dispose (e.g. a hidden <Activity>): the user must sign in again.
        if (!credentials || !stateToken) throw new AuthError('mfa-expired');
        // The code's shape is checked once, in the client, next to the other input checks.
        const { selectedFactorId: factorId } = state as Extract<AuthState, { status: 'verifying' }>;
        return client.verifyFactor({ ...credentials, stateToken, factorId, passCode: code }, { signal, onLateAnswer });
      });
    },

    async extendMfa() {
      const staged = credentials;
      const before = state;
      send({ type: 'MFA_EXTEND' });
      if (state === before || !staged) return { status: state.status };
      const mine = signIn;
      const ask = (extension = new AbortController());
      let event: AuthEvent;
      let token: string | undefined;
      try {
        const response = await client.login(sendableCredentials(staged), { signal: ask.signal });
        if (response.status === 'SUCCESS') {
          // The server no longer asks for a code: the sign-in is done (the answer may carry the key).
          event = { type: 'VERIFY_SUCCEEDED', response, ...received(response) };
        } else {
          const { stateToken: secret, ...mfa } = response;
          token = secret;
          event = { type: 'MFA_EXTENDED', response: mfa, ...received(response) };
        }
      } catch (error) {
        event = { type: 'MFA_EXTEND_FAILED', error: asAuthError(error) };
      }
      // Only the answer to this sign-in's latest request for time, and only while it lasts.
      if (mine === signIn && ask === extension && !ask.signal.aborted) {
        extension = null;
        // Not after a dispose wiped the credentials: verify could not use it.
        if (token && credentials) stateToken = token;
        send(event);
      }
      return { status: state.status };
    },

    acknowledgeApiKey() {
      send({ type: 'ACKNOWLEDGE_API_KEY' });
    },

    session() {
      const signedIn = state;
      // Session mode holds no token here: the proxy adds the cookie's.
      if (!hasLiveSession(signedIn) || (!signedIn.session.accessToken && !cookieMode)) {
        throw new AuthError('session-expired');
      }
      const { signal } = sessionCalls;
      return {
        state: signedIn,
        accessToken: signedIn.session.accessToken,
        signal,
        update(event, serverDate) {
          if (signal.aborted) return false;
          const before = state;
          send({ ...event, ...received({ serverDate }) });
          if (event.type === 'SESSION_EXTENDED' && state !== before && state.status === 'authenticated') {
            options.onSessionExtended?.(state.session);
          }
          return true;
        },
      };
    },

    restart() {
      if (state.status === 'authenticating') newSignIn();
      dropExtension();
      send({ type: 'RESTART' });
      wipe();
    },

    logout() {
      const signedIn = state.status === 'authenticated';
      newSignIn();
      // The user ended the sign-in: no timed-out request of it may sign the tab in again.
      signedOut.abort();
      signedOut = new AbortController();
      send({ type: 'LOGOUT' });
      wipe();
      // The cookie is cleared only by the proxy's answer; nothing waits for it here.
      if (cookieMode && signedIn) void client.request?.('endSession').catch(() => {});
    },

    activate() {
      active = true;
      stopWake?.();
      stopWake = onWake(schedule);
      stopTabs?.();
      stopTabs = tabs?.listen(onTabMessage);
      if (cookieMode) void restore();
      // A dispose wiped what verify needs: say the step has ended rather than take a code.
      if (stepLost()) send({ type: 'MFA_TIMED_OUT' });
      schedule();
      notify();
    },

    dispose() {
      active = false;
      stopWake?.();
      stopWake = undefined;
      stopTabs?.();
      stopTabs = undefined;
      clearTimeout(timer);
      wipe();
    },
  };
}
