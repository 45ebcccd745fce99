import type { ReconcileParams } from './schemas.ts';

/** Which records one side of a pass reads. */
export interface Scope {
  readonly kind: 'child' | 'request';
  /** Null: every agency. */
  readonly agencies: readonly string[] | null;
  /** Across agencies only records with consent for tracing are compared. */
  readonly consentOnly: boolean;
}

/**
 * One sweep: every record of `left` is searched against an index of `right` (the same records,
 * for dedupe). A reconciliation is one or more passes run in order.
 */
export interface Pass {
  readonly left: Scope;
  readonly right: Scope;
  readonly sameSet: boolean;
}

const link = (requests: readonly string[] | null, children: readonly string[] | null, consentOnly: boolean): Pass => ({
  left: { kind: 'request', agencies: requests, consentOnly },
  right: { kind: 'child', agencies: children, consentOnly },
  sameSet: false,
});
const dedupe = (agency: string, kind: 'child' | 'request'): Pass => {
  const scope: Scope = { kind, agencies: [agency], consentOnly: false };
  return { left: scope, right: scope, sameSet: true };
};

/**
 * The passes of a reconciliation. Requests are searched against children (a request looks for
 * one child, so its candidates compete), in both directions between two agencies; an agency's own
 * records need no consent to be compared with each other.
 */
export function planPasses(params: ReconcileParams): Pass[] {
  switch (params.scope) {
    case 'link':
      if (params.agency_a === params.agency_b) return [link([params.agency_a], [params.agency_a], false)];
      return [link([params.agency_b], [params.agency_a], true), link([params.agency_a], [params.agency_b], true)];
    case 'all':
      return [link(null, null, true)];
    case 'dedupe':
      return [dedupe(params.agency, 'child'), dedupe(params.agency, 'request')];
  }
}
