/**
 * When a formula is typeset. KaTeX is the costliest thing a lesson renders at load
 * (~250 ms for lesson 1's formulas on this 2-core machine), and most formulas are below
 * the fold, so a formula is typeset when it comes near the screen, or else in idle time
 * once the page has been up for IDLE_AFTER_MS, a few per idle slice, in page order. So
 * the main thread (and, on two cores, the worker) spends the first second on the lab,
 * and the first training step comes sooner.
 */
const IDLE_AFTER_MS = 2500;
type Job = { el: Element; run: () => void };

const queue: Job[] = [];
let idleHandle: number | null = null;
let io: IntersectionObserver | null = null;

const idle: (fn: (d: { timeRemaining(): number }) => void) => number =
  typeof requestIdleCallback === 'function' ? (fn) => requestIdleCallback(fn, { timeout: 1500 }) : (fn) => window.setTimeout(() => fn({ timeRemaining: () => 8 }), 30);

function finish(job: Job): void {
  const i = queue.indexOf(job);
  if (i >= 0) queue.splice(i, 1);
  io?.unobserve(job.el);
  job.run();
}

function drain(deadline: { timeRemaining(): number }): void {
  idleHandle = null;
  while (queue.length && deadline.timeRemaining() > 4) finish(queue[0]!);
  if (queue.length) idleHandle = idle(drain);
}

/**
 * Call `run` once, when `el` nears the screen or the page is idle, whichever is first;
 * returns a cancel. `run` should do its work itself (not leave it to a later render), so
 * an idle slice can tell how much time it has left.
 */
export function whenDue(el: Element, run: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined' || typeof window === 'undefined') {
    run();
    return () => {};
  }
  const job: Job = { el, run };
  queue.push(job);
  io ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const j = queue.find((q) => q.el === e.target);
        if (j) finish(j);
      }
    },
    { rootMargin: '150px' },
  );
  io.observe(el);
  idleHandle ??= window.setTimeout(() => (idleHandle = idle(drain)), Math.max(0, IDLE_AFTER_MS - performance.now()));
  return () => {
    const i = queue.indexOf(job);
    if (i >= 0) queue.splice(i, 1);
    io?.unobserve(el);
  };
}
