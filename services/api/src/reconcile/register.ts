import { registerJobHandler } from '../jobs/handler.ts';
import { reconcileJob } from './job.ts';

/** Makes the reconciliation job runnable by this process's runners (imported by the server and CLI). */
registerJobHandler(reconcileJob);
