import type { Kysely } from 'kysely';
import { createAgency, createUserDirectly } from '../auth/bootstrap.ts';
import type { Role, Tables } from '../storage/tables.ts';

export const TEST_PASSWORD = 'a long enough test password';
export const AGENCIES = ['north', 'south'] as const;
export type AgencyKey = (typeof AGENCIES)[number];
export const ROLE_LIST: readonly Role[] = ['caseworker', 'focal_point', 'agency_admin'];

/** Usernames of the test world: one user per role in each of two agencies. */
export const usernameOf = (agency: AgencyKey, role: Role) => `${agency}.${role}`;

/** Two agencies, each with a caseworker, a focal point and an administrator. */
export async function seedWorld(db: Kysely<Tables>): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const agency of AGENCIES) {
    await createAgency(db, { id: agency, name: `${agency} agency` });
    for (const role of ROLE_LIST) ids[usernameOf(agency, role)] = await createUserDirectly(db, { agencyId: agency, username: usernameOf(agency, role), password: TEST_PASSWORD, role });
  }
  return ids;
}

/** Realistic records (docs/interchange.md): a registered child and the request looking for her. */
export const CHILD_FIELDS = {
  full_name: 'Khadidja Haroun Abakar',
  sex: 'f',
  date_of_birth: '2015-03',
  father_name: 'Haroun Abakar Issa',
  mother_name: 'Achta Mahamat',
  place_of_origin: 'Goz Beida, Sila, Tchad',
  place_of_separation: 'Adré',
  date_of_separation: '2023-06',
  current_location: 'Camp de Farchana',
} as const;

export const REQUEST_FIELDS = {
  full_name: 'Khadija Haroun',
  sex: 'f',
  age: '9',
  age_as_of: '2024-05-02',
  mother_name: 'Achta Mahamat',
  place_of_origin: 'Goz Beida',
  place_of_separation: 'Adre',
  requester_name: 'Haroun Abakar',
  requester_relationship: 'father',
} as const;

export const OTHER_CHILD_FIELDS = {
  full_name: 'Jean-Pierre Ugeti Dhendo',
  sex: 'm',
  date_of_birth: '2012',
  mother_name: 'Marie Ngabu',
  place_of_origin: 'Djugu, Ituri',
} as const;
