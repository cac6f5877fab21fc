/**
 * Presenter mode, the teaching notes and the keyboard help as one lazy chunk
 * (./Presenter.tsx with present.css), kept off the path to the first map (bench: bytes
 * until ready). Each wrapper renders the real component only when it shows something, so
 * the page never loads the chunk just to render nothing. Once the map has settled the
 * chunk is fetched in idle time (prefetchPresenter, from TeachTools), so P and N are
 * instant and the offline worker has it; ?present=1 loads it at once.
 */
import { lazy, Suspense } from 'react';
import { useAppState } from '../state/context';
import { whenIdle } from '../state/idle';

let loading: Promise<typeof import('./Presenter')> | null = null;

/** Loads the presenter chunk once (a failed fetch may be tried again). */
export function loadPresenter(): Promise<typeof import('./Presenter')> {
  loading ??= import('./Presenter').catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

/** Fetches the chunk in idle time; errors are left for the next real use to retry. */
export function prefetchPresenter(win: Window = window): void {
  whenIdle(win, () => void loadPresenter().catch(() => undefined));
}

const LazyBar = lazy(() => loadPresenter().then((m) => ({ default: m.PresenterBar })));
const LazyFoot = lazy(() => loadPresenter().then((m) => ({ default: m.PresenterFoot })));
const LazyNotes = lazy(() => loadPresenter().then((m) => ({ default: m.StepNotes })));
const LazyHelp = lazy(() => loadPresenter().then((m) => ({ default: m.HelpDialog })));

export function PresenterBar() {
  return (
    <Suspense fallback={null}>
      <LazyBar />
    </Suspense>
  );
}

export function PresenterFoot() {
  return (
    <Suspense fallback={null}>
      <LazyFoot />
    </Suspense>
  );
}

/** Teaching notes (N): nothing, and no chunk, while they are closed. */
export function StepNotes({ column = false }: { column?: boolean }) {
  const open = useAppState((s) => s.notesOpen);
  return open ? (
    <Suspense fallback={null}>
      <LazyNotes column={column} />
    </Suspense>
  ) : null;
}

/** The keyboard help (?): App renders it only while it is open. */
export function HelpDialog() {
  return (
    <Suspense fallback={null}>
      <LazyHelp />
    </Suspense>
  );
}
