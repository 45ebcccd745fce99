#!/usr/bin/env node
// `retrace` as a package binary (node_modules/.bin/retrace in every workspace package): the CLI
// is TypeScript, so tsx's loader is registered before it is imported.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
