import { Component, lazy, Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { dropSpare, prewarmTrainer } from '../engine';
import { appStore } from '../store/app';
import { findLesson } from '../store/course';
import { NotFound } from './NotFound';

class LessonErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error) {
      return (
        <div className="page">
          <div role="alert" className="notice notice-error">
            <strong>This lesson failed to load.</strong> {this.state.error.message}. Reload the page to try again, or go
            back to the <a href="#/">course map</a>.
          </div>
        </div>
      );
    }
    return this.props.children;
  }
}

export function LessonRoute({ slug }: { slug: string }) {
  const meta = findLesson(slug);
  const Lazy = useMemo(() => {
    if (!meta?.load) return null;
    // Every lesson trains in a worker: start one now, before the lesson's code is even
    // fetched, so tfjs loads while the lesson downloads and renders (its lab adopts it).
    const s = appStore.getState();
    prewarmTrainer(s.backendOverride ?? s.settings.backend);
    return lazy(meta.load);
  }, [meta]);
  useEffect(() => dropSpare, [meta]); // left before a lab adopted it: let it go

  if (!meta) return <NotFound what={`lessons/${slug}`} />;
  if (!Lazy) {
    return (
      <div className="page">
        <h1>{meta.title}</h1>
        <p className="lead">{meta.summary}</p>
        <p className="notice notice-info" role="status">
          This lesson is coming soon. Meanwhile, try <a href="#/lessons/relu-vs-sigmoid">ReLU vs sigmoid</a> or go back
          to the <a href="#/">course map</a>.
        </p>
      </div>
    );
  }
  return (
    <LessonErrorBoundary key={slug}>
      <Suspense
        fallback={
          <div className="page" role="status" aria-live="polite">
            Loading the lesson and TensorFlow.js…
          </div>
        }
      >
        <Lazy />
      </Suspense>
    </LessonErrorBoundary>
  );
}
