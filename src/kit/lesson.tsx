/** Building blocks every lesson page shares. */
import { memo, useRef, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { TrainingTransport, type TransportOptions } from './Transport';
import { findLesson, lessonNumber } from '../store/course';
import { useApp } from '../store/useApp';
import type { ParamTable, ParamValues } from '../store/params';
import type { LabSession } from './session/session';
import { ParamControl } from './panels/ParamControl';
import { useChartInView } from './useChartInView';
import { useSettledSizes } from './useSettledSizes';

/** A lesson's header: its number, heading and lead, all from the course map (lessons/index.ts). */
export function LessonHeader({ slug }: { slug: string }) {
  const meta = findLesson(slug);
  if (!meta) throw new Error(`LessonHeader: no lesson "${slug}" on the course map`);
  return (
    <header className="lesson-header">
      <p className="eyebrow">
        <a href="#/">Course map</a> · Lesson {lessonNumber(slug)}
      </p>
      <h1>{meta.heading ?? meta.title}</h1>
      <p className="lead">{meta.lead}</p>
    </header>
  );
}

/** A lesson's page: its article (`className` names the lesson for its CSS) opening with the header. */
export function LessonPage({ slug, className, children }: { slug: string; className?: string; children: ReactNode }) {
  const presenter = useApp((s) => s.presenter);
  const article = useRef<HTMLElement>(null);
  useSettledSizes(article);
  useChartInView(article);
  return (
    <article ref={article} className={['lesson', className, presenter && 'is-presenting'].filter(Boolean).join(' ')}>
      <LessonHeader slug={slug} />
      {children}
    </article>
  );
}

/**
 * The lab's layout: the transport above the settings on the left, the views (children) on
 * the right; on a phone, transport, views, then settings (src/app/styles).
 */
export function LabGrid({
  transport,
  controls,
  children,
}: {
  transport: ReactNode;
  controls: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="lab-grid">
      <div className="lab-transport">{transport}</div>
      <aside className="lab-controls" aria-label="Experiment settings">
        {controls}
      </aside>
      <div className="lab-main">{children}</div>
    </div>
  );
}

/** What TrainingLab hands a lab that lays itself out: the transport and the alerts, ready to place. */
export interface LabParts {
  transport: ReactNode;
  alerts: ReactNode;
}

/**
 * A training lab's section: every lab, worker or main thread, is one. It holds the
 * section (`id`, default "lab", whose Space / S / R drive this session; its `title`, or
 * `srTitle` for screen readers only), the session's transport (`transport` sets its clock
 * and names) and its alerts (`alerts` adds lesson-specific remedies), and `after` below.
 * Children are the views, laid out in a LabGrid beside `controls` — or, as a function of
 * the transport and alerts, a layout of the lab's own.
 */
export function TrainingLab({
  lab,
  id = 'lab',
  title,
  srTitle,
  className = 'lab',
  transport,
  controls,
  alerts,
  after,
  children,
}: {
  lab: LabSession<unknown>;
  id?: string;
  title?: string;
  srTitle?: string;
  className?: string;
  transport?: TransportOptions;
  controls?: ReactNode;
  alerts?: ReactNode;
  after?: ReactNode;
  children: ReactNode | ((parts: LabParts) => ReactNode);
}) {
  const parts: LabParts = {
    transport: <TrainingTransport lab={lab} {...transport} />,
    alerts: <TrainingAlerts lab={lab} extra={alerts} />,
  };
  return (
    <Section id={id} title={title} srTitle={srTitle} className={className}>
      {typeof children === 'function' ? (
        children(parts)
      ) : (
        <LabGrid transport={parts.transport} controls={controls}>
          {parts.alerts}
          {children}
        </LabGrid>
      )}
      {after}
    </Section>
  );
}

/**
 * A lesson section with its h2. A section that shows no title (the lab) still gets one for
 * screen readers, `srTitle`, so headings inside it (h3) never skip a level.
 */
export function Section({
  id,
  title,
  srTitle = 'The experiment',
  children,
  className,
}: {
  id: string;
  title?: string;
  srTitle?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      id={id}
      className={`lesson-section ${className ?? ''}`}
      data-present-step
      tabIndex={-1}
      aria-labelledby={`${id}-h`}
    >
      <h2 id={`${id}-h`} className={title ? undefined : 'sr-only'}>
        {title ?? srTitle}
      </h2>
      {children}
    </section>
  );
}

/** Controls generated from a lesson's parameter table (in table order, or the keys given). */
export function ParamPanel<T extends ParamTable>({
  table,
  values,
  onChange,
  keys,
  idPrefix,
}: {
  table: T;
  values: ParamValues<T>;
  onChange: (patch: Partial<ParamValues<T>>) => void;
  keys?: (keyof T & string)[];
  idPrefix: string;
}) {
  const list = keys ?? (Object.keys(table) as (keyof T & string)[]);
  return (
    <div className="param-panel">
      {list.map((k) => (
        <ParamControl
          key={k}
          id={`${idPrefix}-${k}`}
          def={table[k]}
          value={values[k]}
          onChange={(v) => onChange({ [k]: v } as Partial<ParamValues<T>>)}
        />
      ))}
    </div>
  );
}

/**
 * A lesson session's alerts: a stopped run (error) and a diverged one, paused and
 * explained, with the remedy every lesson offers (a 10× smaller learning rate, then a
 * fresh run) and a plain reset. `extra` adds lesson-specific remedies.
 */
export function TrainingAlerts({ lab, extra }: { lab: LabSession<unknown>; extra?: ReactNode }) {
  const status = useStore(lab.store, (s) => s.status);
  const error = useStore(lab.store, (s) => s.error);
  const diverged = useStore(lab.store, (s) => s.diverged);
  return (
    <>
      {status === 'error' && (
        <div className="notice notice-error" role="alert">
          <strong>Training stopped.</strong> {error}
        </div>
      )}
      {diverged && (
        <DivergedAlert
          message={diverged}
          onReset={lab.reset}
          onLower={lab.hasLowerLr ? lab.lowerLrAndReset : undefined}
        >
          {extra}
        </DivergedAlert>
      )}
    </>
  );
}

/** A paused-and-explained alert for diverged training. */
export function DivergedAlert({
  message,
  onReset,
  onLower,
  children,
}: {
  message: string;
  onReset: () => void;
  onLower?: () => void;
  children?: ReactNode;
}) {
  return (
    <div className="notice notice-error diverged" role="alert" data-testid="diverged">
      <div>
        <strong>Training paused: the loss blew up.</strong> {message}
        <div className="actions">
          {onLower && (
            <button type="button" className="button" onClick={onLower}>
              Lower the learning rate ×0.1 and reset
            </button>
          )}
          <button type="button" className="button" onClick={onReset}>
            Reset
          </button>
          {children}
        </div>
      </div>
    </div>
  );
}

/** The lesson's closing "References" section: one entry per work cited, as the lesson lists them. */
export const ReferencesSection = memo(function ReferencesSection({ items }: { items: readonly string[] }) {
  return (
    <Section id="references" title="References">
      <ol className="references">
        {items.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ol>
    </Section>
  );
});
