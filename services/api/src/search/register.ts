import { registerJobHandler } from '../jobs/handler.ts';
import { rekeyJob } from './rekey.ts';

/** Makes the rekey job runnable by this process's runners (imported by the server and the CLI). */
registerJobHandler(rekeyJob);
