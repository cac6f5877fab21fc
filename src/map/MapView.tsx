import { lazy, Suspense, useLayoutEffect, useRef, useState } from 'react';
import { useApp, useAppState } from '../state/context';
import { t } from '../i18n';
import { PortInset } from './PortInset';
import { MAP_SUMMARY_ID } from './map-locale';
import { MapDescription } from '../a11y/A11y';
import { createMapElement, startMap } from './controller';

// The static fallback is its own chunk: only browsers without WebGL download it.
const StaticMap = lazy(() => import('../fallback/StaticMap').then((m) => ({ default: m.StaticMap })));

/**
 * The map's frame. The map itself is started before React renders (main.tsx, map/controller.ts)
 * and its element is moved in here; without one (a page that did not start it), this starts
 * its own and removes it on unmount (StrictMode-safe).
 */
export function MapView() {
  const { store, dataset, geometry, map: early } = useApp();
  const lang = useAppState((s) => s.lang);
  const mapState = useAppState((s) => s.mapState);
  const errorMessage = useAppState((s) => s.errorMessage);
  const frame = useRef<HTMLDivElement>(null);
  const [shownOnce, setShownOnce] = useState(false);
  if (mapState === 'ready' && !shownOnce) setShownOnce(true);

  // A layout effect: the element is in place in the same task as the first commit, before
  // the browser lays out and paints the page, so the map never draws at another size.
  useLayoutEffect(() => {
    const f = frame.current;
    if (!f) return;
    const own = early ? null : startMap(createMapElement(), { store, dataset, geometry });
    const ctl = early ?? own;
    if (!ctl) return;
    f.prepend(ctl.element);
    ctl.placed();
    return () => {
      if (own) {
        own.dispose();
        own.element.remove();
      }
    };
  }, [early, store, dataset, geometry]);

  // The element is not React's: name it here, in the reader's language.
  const mapEl = early?.element;
  useLayoutEffect(() => {
    const el = mapEl ?? frame.current?.querySelector<HTMLElement>(':scope > .map');
    if (!el) return;
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', t(lang, 'map.label'));
    el.setAttribute('aria-describedby', MAP_SUMMARY_ID);
  }, [mapEl, lang]);

  return (
    <div className="map-frame" ref={frame}>
      <MapDescription />
      {mapState === 'fallback' ? (
        <Suspense fallback={null}>
          <StaticMap />
        </Suspense>
      ) : null}
      {mapState === 'ready' || mapState === 'fallback' || shownOnce ? <PortInset /> : null}
      {mapState === 'loading' && !shownOnce ? (
        <p className="map-status" aria-hidden="true">
          {t(lang, 'map.loading')}
        </p>
      ) : null}
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
