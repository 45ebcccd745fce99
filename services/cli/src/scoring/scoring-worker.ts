/**
 * One thread of a scoring pool: prepares and indexes the right-hand records once, settles the
 * model (given, or estimated with a fixed seed so every thread estimates the same one), then
 * answers batches of queries with their best candidates.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Matcher, MIN_RECORDS_TO_TRAIN, NameAgreementCache, buildIndex, countTermFrequencies, createScoringContext, defaultModel, prepareRecord, trainModel, type ScoredPair } from '@retrace/core';
import type { FromWorker, ScoringSetup, ToWorker } from './protocol.ts';

const setup = workerData as ScoringSetup;
const right = setup.right.map(prepareRecord);
const index = buildIndex(right);
const cache = new NameAgreementCache();
const sample = setup.sameSet ? right : (setup.sample ?? []).map(prepareRecord);
const seed = setup.seed === undefined ? {} : { seed: setup.seed };
const model = setup.model ?? (sample.length >= MIN_RECORDS_TO_TRAIN ? trainModel(sample, index, cache, { sameSet: setup.sameSet, ...seed }) : defaultModel());
const frequencies = setup.frequencies ?? (setup.sameSet ? countTermFrequencies(right) : countTermFrequencies(sample, right));
const matcher = new Matcher(index, createScoringContext(model, frequencies, cache));
const port = parentPort!;

port.on('message', (message: ToWorker) => {
  try {
    const pairs: ScoredPair[] = [];
    if (message.kind === 'score') {
      for (const raw of message.left) pairs.push(...matcher.search(prepareRecord(raw), { top: setup.top, minScore: setup.minScore }));
    } else {
      for (const position of message.positions) pairs.push(...matcher.search(right[position]!, { top: setup.top, minScore: setup.minScore, exclude: position, mode: 'independent' }));
    }
    const sent = setup.evidence === false ? pairs.map((pair) => ({ ...pair, evidence: [] })) : pairs;
    port.postMessage({ kind: 'scored', task: message.task, pairs: sent } satisfies FromWorker);
  } catch (error) {
    port.postMessage({ kind: 'failed', message: (error as Error).name } satisfies FromWorker);
  }
});
port.postMessage({ kind: 'ready', model } satisfies FromWorker);
