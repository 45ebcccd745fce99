#!/usr/bin/env node
// `retrace-generate` as a package binary: the generator's CLI is TypeScript, run through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/generator/cli.ts');
process.exitCode = await main(process.argv.slice(2));
