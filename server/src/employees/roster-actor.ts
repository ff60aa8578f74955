import { CurrentEmployee } from '../common/current-employee';

/** A change that comes from the identity provider (SCIM, or just-in-time single sign-on) rather than a person. */
export interface ProvisioningSource {
  provisioner: 'scim' | 'sso';
  tokenId?: string;
  tokenName?: string;
}

/** Who changes the roster: a signed-in person, or the identity provider. */
export type RosterActor = CurrentEmployee | ProvisioningSource;

export const isPerson = (actor: RosterActor): actor is CurrentEmployee => !('provisioner' in actor);

/** The fields an identity provider owns for the people it manages. */
export const PROVIDER_OWNED = ['name', 'email', 'jobTitle', 'departmentId', 'managerId'] as const;

/** The identity provider acts with an admin's reach over the roster (it is configured by one). */
export const PROVISIONER_VIEW: CurrentEmployee = {
  id: '00000000-0000-0000-0000-000000000000',
  name: 'Identity provider',
  role: 'admin',
  departmentId: '',
  managedDepartmentIds: [],
  sessionId: '',
};

export function viewerOf(actor: RosterActor): CurrentEmployee {
  return isPerson(actor) ? actor : PROVISIONER_VIEW;
}

export function auditActor(actor: RosterActor): { actorId: string | null } {
  return { actorId: isPerson(actor) ? actor.id : null };
}

/** Audit entries of provider changes name the provisioner and, for SCIM, the token that made the change. */
export function via(actor: RosterActor): Record<string, unknown> {
  return isPerson(actor) ? {} : { via: { provisioner: actor.provisioner, tokenId: actor.tokenId ?? null, tokenName: actor.tokenName ?? null } };
}
