import type { Credentials } from '../core/basic-auth.js';
import type { AuthController } from './auth-controller.js';

/**
 * What a component can ask of the flow. Bound once per controller, so every function is stable:
 * it can sit in an effect's dependencies. The controller refuses what the flow does not allow (a
 * second submit, a code outside the MFA step) and keeps every secret in its own closure.
 */
export interface AuthActions {
  /** Sends the credentials. The password is kept only until the flow ends (success, restart, expiry). */
  login(credentials: Credentials): void;
  /** Picks the MFA factor the passCode is for, when the server offered several. */
  chooseFactor(factorId: string): void;
  /** Sends the 6-digit code with the stateToken to the chosen factor. */
  verify(passCode: string): void;
  /**
   * More time for the MFA step ("Get more time"): signs in again with the credentials the step
   * still holds, for a fresh stateToken, and stays on the code step; `state.extending` is true
   * meanwhile. The password is never asked for again.
   */
  extendMfa(): void;
  /** The user saved the key: it leaves memory and cannot be shown again. */
  acknowledgeApiKey(): void;
  /**
   * Back to the login form, keeping the username. A code still being checked is not abandoned: if
   * the server accepts it, the flow moves on to the session (its answer carries the one-time key).
   */
  restart(): void;
  /** Forgets the session in this tab, aborting its calls in flight (the accessToken simply runs out on the server). */
  logout(): void;
}

/** The controller's methods as `AuthActions`: each call staged and sent in one step. */
export function bindAuthActions(controller: AuthController): AuthActions {
  return {
    login(credentials) {
      controller.stageCredentials(credentials);
      void controller.login();
    },
    chooseFactor: controller.chooseFactor,
    verify(passCode) {
      controller.stagePassCode(passCode);
      void controller.verify();
    },
    extendMfa() {
      void controller.extendMfa();
    },
    acknowledgeApiKey: controller.acknowledgeApiKey,
    restart: controller.restart,
    logout: controller.logout,
  };
}
