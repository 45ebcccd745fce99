import type { Role } from '../storage/tables.ts';

/** Who is making a request, as established by the bearer secret. */
export interface Actor {
  readonly userId: string;
  readonly username: string;
  readonly role: Role;
  readonly agencyId: string;
  readonly credentialId: string;
  readonly credentialKind: 'session' | 'api_key';
}
