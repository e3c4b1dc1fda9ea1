/** True when animations should be skipped (settings or the OS preference; the shell sets the flag on <html>). */
export function reducedMotion(): boolean {
  return typeof document !== 'undefined' && document.documentElement.dataset.motion === 'reduce';
}
