/**
 * The print handout (Handout.tsx and print.css) is its own chunk, kept off the path to the
 * first map (bench: bytes until ready). It is mounted, hidden on screen, in idle time once
 * the map has settled, so Ctrl+P finds it in place; a `beforeprint` event or a print media
 * match mounts it at once if the reader prints earlier, and the Print button
 * (printHandout) waits for it before opening the dialog. The offline worker precaches
 * the chunk with every other file of the build.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useAppState } from '../state/context';
import { handoutRequested, loadHandout, onHandoutRequest } from './handout-loader';
import { whenIdle } from '../state/idle';

const Handout = lazy(() => loadHandout().then((m) => ({ default: m.Handout })));

export function LazyHandout() {
  const settled = useAppState((s) => s.mapState !== 'loading');
  const [mounted, setMounted] = useState(handoutRequested);
  useEffect(() => {
    if (mounted) return;
    const mount = () => setMounted(true);
    const unsubscribe = onHandoutRequest(mount);
    window.addEventListener('beforeprint', mount);
    const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onMedia = (e: MediaQueryListEvent) => {
      if (e.matches) mount();
    };
    print?.addEventListener('change', onMedia);
    if (print?.matches) mount();
    const cancelIdle = settled ? whenIdle(window, mount) : () => undefined;
    return () => {
      unsubscribe();
      window.removeEventListener('beforeprint', mount);
      print?.removeEventListener('change', onMedia);
      cancelIdle();
    };
  }, [mounted, settled]);
  return mounted ? (
    <Suspense fallback={null}>
      <Handout />
    </Suspense>
  ) : null;
}
