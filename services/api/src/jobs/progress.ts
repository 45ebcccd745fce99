import { z } from 'zod';
import type { ProgressReport } from './handler.ts';

/** Progress as stored in `jobs.progress` and shown through the API. */
export const JobProgressSchema = z.object({
  done: z.number(),
  total: z.number().nullable(),
  unit: z.string(),
  percent: z.number().nullable(),
  pairs_scored: z.number().nullable(),
  message: z.string().nullable(),
  /** Seconds left at the rate of the current run; null until a rate is known. */
  eta_seconds: z.number().nullable(),
  rate_per_second: z.number().nullable(),
  updated_at: z.string(),
});
export type JobProgress = z.infer<typeof JobProgressSchema>;

/**
 * Turns a handler's reports into stored progress with a percentage and an ETA. The rate is
 * measured from the first report of this run, so a resumed job's ETA ignores the work done before.
 */
export class ProgressMeter {
  private first: { at: number; done: number } | null = null;

  measure(report: ProgressReport, now = performance.now()): JobProgress {
    if (this.first === null) this.first = { at: now, done: report.done };
    const seconds = (now - this.first.at) / 1000;
    const rate = seconds > 0.5 && report.done > this.first.done ? (report.done - this.first.done) / seconds : null;
    const total = report.total;
    const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
    return {
      done: report.done,
      total,
      unit: report.unit,
      percent: total === null ? null : total === 0 ? 100 : round(Math.min(100, (100 * report.done) / total), 1),
      pairs_scored: report.pairsScored ?? null,
      message: report.message ?? null,
      eta_seconds: rate === null || total === null ? null : Math.max(0, Math.round((total - report.done) / rate)),
      rate_per_second: rate === null ? null : round(rate, 1),
      updated_at: new Date().toISOString(),
    };
  }
}
