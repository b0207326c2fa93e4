/**
 * Peak resident memory of the whole process while a synchronous solve blocks the main thread: a tiny worker polls
 * `process.memoryUsage.rss()` every 5 ms into shared memory. `process.resourceUsage().maxRSS` would not do, as it
 * never goes down and the HiGHS worker of an earlier instance would dominate it.
 */
import { Worker } from 'node:worker_threads';

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new Float64Array(workerData);
setInterval(() => { const rss = process.memoryUsage.rss(); if (rss > peak[0]) peak[0] = rss; }, 5);
`;

export class RssSampler {
  private readonly peak = new Float64Array(new SharedArrayBuffer(8));
  private readonly worker = new Worker(SAMPLER, { eval: true, workerData: this.peak.buffer });

  constructor() {
    this.worker.unref();
  }

  reset(): void {
    this.peak[0] = process.memoryUsage.rss();
  }

  /** Peak RSS in bytes since the last reset (including now). */
  read(): number {
    return Math.max(this.peak[0]!, process.memoryUsage.rss());
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
