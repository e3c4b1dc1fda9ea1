/**
 * Long work (evaluations, a layer's codes, phase changes) as small jobs run between
 * training steps, so pause and snapshots stay responsive. A job is called until it
 * says it is done; jobs run strictly in the order queued.
 */

/** One slice of work; returns true when the job is finished (false: call again). */
export type Job = () => boolean;

export class JobQueue {
  private readonly jobs: Job[] = [];

  get pending(): number {
    return this.jobs.length;
  }

  push(job: Job): void {
    this.jobs.push(job);
  }

  /** Queue a one-slice job. */
  then(action: () => void): void {
    this.jobs.push(() => (action(), true));
  }

  /** Run one slice of the first job; false if there was nothing to run. */
  runOne(): boolean {
    const job = this.jobs[0];
    if (!job) return false;
    if (job()) this.jobs.shift();
    return true;
  }

  /** Run slices until the queue is empty or `stop()` says so. */
  drain(stop?: () => boolean): void {
    while (this.jobs.length && !stop?.()) this.runOne();
  }

  clear(): void {
    this.jobs.length = 0;
  }
}
