import { lazy, Suspense, useLayoutEffect, useRef, useState } from 'react';
import { useApp, useAppState } from '../state/context';
import { t } from '../i18n';
import { MapLoading } from './MapLoading';
import { PortInset } from './PortInset';
import { MAP_SUMMARY_ID } from '../ui/ids';
import { MapDescription } from '../ui/MapDescription';
import { createMapElement, startMap } from './controller';

// The static fallback is its own chunk: only browsers without WebGL download it.
const StaticMap = lazy(() => import('../svg/StaticMap').then((m) => ({ default: m.StaticMap })));

/**
 * The map's frame. The map (map/controller.ts) is started in a layout effect: its element is
 * in the frame in the same task as the first commit, before the browser lays out and paints
 * the page, so the map never draws at another size. Removed on unmount (StrictMode-safe).
 */
export function MapView() {
  const { store, dataset, geometry } = useApp();
  const lang = useAppState((s) => s.lang);
  const mapState = useAppState((s) => s.mapState);
  const errorMessage = useAppState((s) => s.errorMessage);
  const frame = useRef<HTMLDivElement>(null);
  const [shownOnce, setShownOnce] = useState(false);
  if (mapState === 'ready' && !shownOnce) setShownOnce(true);

  useLayoutEffect(() => {
    const f = frame.current;
    if (!f) return;
    const el = createMapElement();
    f.prepend(el);
    const ctl = startMap(el, { store, dataset, geometry });
    return () => {
      ctl.dispose();
      el.remove();
    };
  }, [store, dataset, geometry]);

  // The element is not React's: name it here, in the reader's language (this effect runs
  // after the one above has put it in the frame).
  useLayoutEffect(() => {
    const el = frame.current?.querySelector<HTMLElement>(':scope > .map');
    if (!el) return;
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', t(lang, 'map.label'));
    el.setAttribute('aria-describedby', MAP_SUMMARY_ID);
  }, [lang, store, dataset, geometry]);

  return (
    <div className="map-frame" ref={frame}>
      <MapDescription />
      {mapState === 'fallback' ? (
        <Suspense fallback={null}>
          <StaticMap />
        </Suspense>
      ) : null}
      {/* In the DOM from the first commit: the map's first framing leaves room for it, as every reframe does. */}
      {mapState !== 'error' ? <PortInset /> : null}
      {mapState === 'loading' && !shownOnce ? <MapLoading lang={lang} /> : null}
      {mapState === 'error' ? (
        <div className="map-error" role="alert">
          <p>
            <strong>{t(lang, 'map.error')}</strong> {errorMessage}
          </p>
        </div>
      ) : null}
    </div>
  );
}
