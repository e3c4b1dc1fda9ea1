/** The pre-training job queue on its own. */
import { describe, expect, it } from 'vitest';
import { JobQueue } from '../../src/engine/pretrain/queue';

describe('job queue', () => {
  it('runs jobs in order, one slice per call, each until it says it is done', () => {
    const q = new JobQueue();
    const log: string[] = [];
    let left = 3;
    q.push(() => (log.push(`a${left}`), --left === 0));
    q.then(() => log.push('b'));
    expect(q.pending).toBe(2);
    expect(q.runOne()).toBe(true);
    expect(q.pending).toBe(2); // a is not done yet
    q.drain();
    expect(log).toEqual(['a3', 'a2', 'a1', 'b']);
    expect(q.pending).toBe(0);
    expect(q.runOne()).toBe(false);
  });

  it('drain stops when asked, and jobs may queue more jobs', () => {
    const q = new JobQueue();
    const log: number[] = [];
    q.then(() => {
      log.push(1);
      q.then(() => log.push(3));
    });
    q.then(() => log.push(2));
    q.drain(() => log.length >= 2);
    expect(log).toEqual([1, 2]);
    expect(q.pending).toBe(1);
    q.clear();
    expect(q.pending).toBe(0);
    q.drain();
    expect(log).toEqual([1, 2]);
  });
});
