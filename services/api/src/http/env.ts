import type { Kysely } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { AppSettings } from '../config.ts';
import type { CandidateFinder } from '../search/finder.ts';
import type { Tables } from '../storage/tables.ts';

/** What every handler can reach through the context. */
export interface AppEnv {
  Variables: {
    actor: Actor;
    requestId: string;
  };
}

/** The app's dependencies, given once at construction. */
export interface AppDeps {
  readonly db: Kysely<Tables>;
  readonly settings: AppSettings;
  /** Where request lines and server errors go (never bodies, never query strings). */
  readonly log: (line: Record<string, unknown>) => void;
  /** Where searches find candidates (default: the stored blocking keys, see search/finder.ts). */
  readonly finder?: CandidateFinder;
}
