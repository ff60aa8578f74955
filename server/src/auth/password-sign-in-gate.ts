import { EmployeeRole } from '../employees/employee.entity';

/**
 * Decides whether a person may use a password at all (the company may require single sign-on). Provided by the
 * SSO feature; the auth module only asks, so it does not depend on that feature.
 */
export interface PasswordSignInGate {
  /** Throws a domain error when this person must sign in through the identity provider instead. */
  assertPasswordAllowed(email: string, role: EmployeeRole): Promise<void>;
}

export const PASSWORD_SIGN_IN_GATE = Symbol('PasswordSignInGate');
