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

const idle: (fn: (d: { timeRemaining(): number }) => void) => number =
  typeof requestIdleCallback === 'function'
    ? (fn) => requestIdleCallback(fn, { timeout: 1500 })
    : (fn) => window.setTimeout(() => fn({ timeRemaining: () => 8 }), 30);

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
  else for (const fn of drained) fn();
}

const drained = new Set<() => void>();
/** Call `fn` each time the idle pass has typeset every waiting formula; returns an unsubscribe. */
export function onAllTypeset(fn: () => void): () => void {
  drained.add(fn);
  return () => drained.delete(fn);
}

/** The observer's callback and the idle timer's start live out here, at module level: a
 * closure made inside whenDue would share its scope, and so hold on to the element of the
 * call that made it (and through it a whole detached lesson) for the life of the tab. */
function onIntersect(entries: IntersectionObserverEntry[]): void {
  for (const e of entries) {
    if (!e.isIntersecting) continue;
    const j = queue.find((q) => q.el === e.target);
    if (j) finish(j);
  }
}
function startIdle(): void {
  idleHandle = idle(drain);
}

/** One observer for every formula, made on first use; it holds no element of its own. */
let io: IntersectionObserver | null = null;

/** Take a job out of the queue and stop watching its element (its formula unmounted). */
function cancel(job: Job): void {
  const i = queue.indexOf(job);
  if (i >= 0) queue.splice(i, 1);
  io?.unobserve(job.el);
}

/**
 * Call `run` once, when `el` nears the screen or the page is idle, whichever is first;
 * returns a cancel (call it on unmount). `run` should do its work itself (not leave it to
 * a later render), so an idle slice can tell how much time it has left.
 */
export function whenDue(el: Element, run: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined' || typeof window === 'undefined') {
    run();
    return () => {};
  }
  const job: Job = { el, run };
  queue.push(job);
  io ??= new IntersectionObserver(onIntersect, { rootMargin: '150px' });
  io.observe(el);
  idleHandle ??= window.setTimeout(startIdle, Math.max(0, IDLE_AFTER_MS - performance.now()));
  return cancel.bind(null, job);
}
