import { registerJobHandler } from '../jobs/handler.ts';
import { importJob } from './job.ts';

/** Makes the import job runnable by this process's runners (imported by the server and the CLI). */
registerJobHandler(importJob);
