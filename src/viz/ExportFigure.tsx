/**
 * Every figure carries an export menu, in a header row above it so the button never
 * covers data. ExportFigure wraps a figure made of any parts (canvases, svgs, HTML
 * labels); the views that have their own frame (ChartFrame, BoundaryView, PixelView,
 * ImageGrid) put an ExportHead in it. Inside an ExportFigure the inner views show no menu
 * of their own: the figure exports as one picture.
 */
import { createContext, useContext, useRef, type ReactNode } from 'react';
import { ExportMenu, type ExportSource } from './ExportMenu';

const InFigure = createContext(false);

/** True inside an ExportFigure (the view is exported with it and shows no menu of its own). */
export function useInExportFigure(): boolean {
  return useContext(InFigure);
}

/** The header row holding a figure's export menu (right-aligned, above the figure). */
export function ExportHead({ source, children }: { source: ExportSource; children?: ReactNode }) {
  return (
    <div className="export-head">
      {children}
      <ExportMenu source={source} />
    </div>
  );
}

export function ExportFigure({
  title,
  source,
  className,
  width,
  children,
}: {
  /** The figure's name (menu label, file name, slide title). */
  title: string;
  /** What to export instead of the composed figure (e.g. its one <svg>, for Download SVG). */
  source?: Omit<ExportSource, 'title'>;
  className?: string;
  /** A fixed width (CSS px), so the header row ends where the figure does. */
  width?: number;
  children: ReactNode;
}) {
  const nested = useInExportFigure();
  const body = useRef<HTMLDivElement>(null);
  if (nested) return <div className={className}>{children}</div>;
  return (
    <div className={`export-figure ${className ?? ''}`} style={width ? { width } : undefined}>
      <ExportHead source={{ title, element: () => body.current, ...source }} />
      <div className="export-body" ref={body}>
        <InFigure.Provider value={true}>{children}</InFigure.Provider>
      </div>
    </div>
  );
}
