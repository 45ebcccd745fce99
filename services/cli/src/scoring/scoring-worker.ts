/**
 * One thread of a scoring pool: prepares and indexes the right-hand records as they come, page by
 * page, then settles the model (given, or estimated with a fixed seed by the one thread asked
 * to), then answers batches of queries with their best candidates.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  CandidateIndex,
  Matcher,
  MIN_RECORDS_TO_TRAIN,
  nameAgreementCache,
  countTermFrequencies,
  createScoringContext,
  defaultModel,
  prepareRecord,
  searchOwnSet,
  trainModel,
  type FieldEvidence,
  type MatchModel,
  type ScoredPair,
} from '@retrace/core';
import type { FromWorker, ToWorker, WorkerSetup } from './protocol.ts';

const setup = workerData as WorkerSetup;
const index = new CandidateIndex();
let matcher: Matcher | null = null;
const port = parentPort!;

/** Freezes the index and builds the matcher with the model given, or estimates it. */
function settle(given: MatchModel | null): MatchModel {
  index.freeze();
  const right = index.records;
  const sample = setup.sameSet ? right : (setup.sample ?? []).map(prepareRecord);
  const seed = setup.seed === undefined ? {} : { seed: setup.seed };
  const frequencies = setup.frequencies ?? (setup.sameSet ? countTermFrequencies(right) : countTermFrequencies(sample, right));
  const cache = nameAgreementCache(frequencies);
  const model = given ?? (sample.length >= MIN_RECORDS_TO_TRAIN ? trainModel(sample, index, cache, { sameSet: setup.sameSet, ...seed }) : defaultModel());
  matcher = new Matcher(index, createScoringContext(model, frequencies, cache));
  return model;
}

const withoutValues = (evidence: readonly FieldEvidence[]): FieldEvidence[] => evidence.map(({ field, label, level, weight }) => ({ field, label, level, weight }));

/** A pair as sent back: with all, some or none of its evidence, as the setup asks. */
function shaped(pair: ScoredPair): ScoredPair {
  const wanted = setup.evidence !== false && (setup.evidenceBands === undefined || setup.evidenceBands.includes(pair.band));
  if (!wanted) return { ...pair, evidence: [] };
  return setup.evidenceWithoutValues ? { ...pair, evidence: withoutValues(pair.evidence) } : pair;
}

function score(message: Extract<ToWorker, { kind: 'score' | 'score-indexed' }>): ScoredPair[] {
  if (!matcher) throw new Error('scoring before the index is settled');
  const pairs: ScoredPair[] = [];
  const options = { top: setup.top, minScore: setup.minScore };
  if (message.kind === 'score') {
    for (const raw of message.left) for (const pair of matcher.search(prepareRecord(raw), options)) pairs.push(shaped(pair));
  } else {
    for (const position of message.positions) for (const pair of searchOwnSet(matcher, position, options)) pairs.push(shaped(pair));
  }
  return pairs;
}

port.on('message', (message: ToWorker) => {
  try {
    switch (message.kind) {
      case 'index':
        for (const raw of message.records) index.add(prepareRecord(raw));
        port.postMessage({ kind: 'indexed', task: message.task, count: index.records.length } satisfies FromWorker);
        break;
      case 'freeze':
        index.freeze();
        port.postMessage({ kind: 'indexed', task: message.task, count: index.records.length } satisfies FromWorker);
        break;
      case 'settle':
        port.postMessage({ kind: 'ready', task: message.task, model: settle(message.model) } satisfies FromWorker);
        break;
      default:
        port.postMessage({ kind: 'scored', task: message.task, pairs: score(message) } satisfies FromWorker);
    }
  } catch (error) {
    port.postMessage({ kind: 'failed', message: (error as Error).name } satisfies FromWorker);
  }
});
