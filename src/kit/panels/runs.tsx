/** Pieces of a lab that trains several 2-D classifiers side by side: one card per run, and all live numbers as a table. */
import type { ReactNode } from 'react';
import type { Dataset2D } from '../../engine';
import { BoundaryView } from '../../viz/BoundaryView';
import { DataTable } from './DataTable';

/** What a 2-D run card needs from the task's snapshot and info (mlp2d, regularize). */
export interface BoundarySource {
  snap: { boundary?: Float32Array | null; gridSize?: number } | null;
  info: { data: { train: Dataset2D; test: Dataset2D } } | null;
}

/**
 * One run's card: its name in its colour above the decision boundary of run `r` (the
 * snapshot holds every run's grid one after another), then the run's readouts (children).
 */
export function BoundaryRunCard({
  name,
  label = name,
  className = 'run',
  color,
  textColor,
  r,
  snap,
  info,
  showTest,
  maxSize,
  title,
  children,
}: BoundarySource & {
  name: string;
  label?: string;
  className?: string;
  color: string;
  textColor: string;
  r: number;
  showTest: boolean;
  maxSize: number;
  title: string;
  children: ReactNode;
}) {
  const G = snap?.gridSize ?? 0;
  return (
    <section className={className} aria-label={label} style={{ borderTopColor: color }}>
      <h3 className="run-title" style={{ color: textColor }}>
        {name}
      </h3>
      <BoundaryView
        values={snap?.boundary ?? null}
        gridSize={G}
        offset={r * G * G}
        train={info?.data.train}
        test={info?.data.test}
        showTest={showTest}
        maxSize={maxSize}
        title={title}
      />
      {children}
    </section>
  );
}

/** One row of a LiveTable: its header cell, then one cell per remaining column. */
export interface LiveRow {
  key: string;
  label: ReactNode;
  cells: ReactNode[];
}

/** The live numbers as a table, folded away: for screen readers and anyone who prefers digits. */
export function LiveTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly LiveRow[];
}) {
  const cols = columns.slice(1).map((head, i) => ({ key: String(i), head, i }));
  const axis = rows.map((row) => ({ ...row, head: row.label }));
  return (
    <details className="live-table">
      <summary>All live numbers as a table</summary>
      <DataTable caption={caption} corner={columns[0]} columns={cols} rows={axis} cell={(row, c) => row.cells[c.i]} />
    </details>
  );
}

/** In presenter mode a run card's boundary shrinks with the window's height (`share` of it, at least `min` px) so the lab fits. */
export function presenterBoundary(share: number, min: number): number {
  const h = typeof window === 'undefined' ? 720 : window.innerHeight;
  return Math.max(min, Math.round(h * share));
}
