/** A sideways-scrolling box (see src/viz/useScrolls.ts): a keyboard stop with a name and an edge shadow while it overflows. */
import { useRef, type ReactNode } from 'react';
import { useScrolls } from '../../viz/useScrolls';

/**
 * A sideways-scrolling box around `children`, named by `label` (or by the element
 * `labelledBy` names, e.g. a table's caption) while it scrolls.
 */
export function ScrollRegion({
  label,
  labelledBy,
  role = 'region',
  className,
  testId,
  children,
}: {
  label?: string;
  labelledBy?: string;
  /** 'group' for a formula, 'region' (the default) for a table. */
  role?: 'region' | 'group';
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const scrolls = useScrolls(ref);
  return (
    <div
      ref={ref}
      className={`scroll-x ${className ?? ''}`}
      tabIndex={scrolls ? 0 : undefined}
      data-testid={testId}
      role={scrolls ? role : undefined}
      aria-label={scrolls ? label : undefined}
      aria-labelledby={scrolls && !label ? labelledBy : undefined}
    >
      {children}
    </div>
  );
}
