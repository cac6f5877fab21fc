import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useApp, useAppState } from '../state/context';
import { t } from '../i18n';
import { MapLoading } from './MapLoading';
import { PortInset } from './PortInset';
import { MAP_SUMMARY_ID } from '../ui/ids';
import { MapDescription } from '../ui/MapDescription';
import { StaticMap } from '../svg/StaticMap';

/**
 * The map's frame. The SVG map (svg/StaticMap.tsx) is the first view; the detailed map
 * (maplibre, map/controller.ts, its own chunk with the engine) starts only when the reader
 * asks for it (store.requestDetailed: a gesture, the zoom buttons or keys, ?map=detailed).
 * Its element goes in under the SVG map, which stays on screen, taking steps, until the
 * detailed map is drawn on the same view (the controller then sets engine "maplibre").
 * Without WebGL, or when the engine's files do not arrive, the SVG map stays.
 */
export function MapView() {
  const { store, dataset, geometry } = useApp();
  const lang = useAppState((s) => s.lang);
  const mapState = useAppState((s) => s.mapState);
  const engine = useAppState((s) => s.engine);
  const wanted = useAppState((s) => s.detailedWanted);
  const errorMessage = useAppState((s) => s.errorMessage);
  const frame = useRef<HTMLDivElement>(null);
  const [shownOnce, setShownOnce] = useState(false);
  if (mapState === 'ready' && !shownOnce) setShownOnce(true);
  const fallback = mapState === 'fallback';
  const detailed = wanted && !fallback;

  // The detailed map: loaded and started once asked for; removed on unmount (StrictMode-safe).
  useEffect(() => {
    const f = frame.current;
    if (!f || !detailed) return;
    let live = true;
    let dispose: (() => void) | null = null;
    import('./controller').then(
      ({ createMapElement, startMap }) => {
        if (!live) return;
        const el = createMapElement();
        el.setAttribute('role', 'region');
        el.setAttribute('aria-describedby', MAP_SUMMARY_ID);
        f.prepend(el);
        const ctl = startMap(el, { store, dataset, geometry });
        dispose = () => {
          ctl.dispose();
          el.remove();
        };
      },
      (e: unknown) => {
        // The engine's files did not arrive (a bad network): the SVG map stays, says so and offers a retry.
        if (!live) return;
        console.warn('[shell-route] the detailed map could not be loaded:', e instanceof Error ? e.message : String(e));
        store.getState().detailedFailed();
      },
    );
    return () => {
      live = false;
      dispose?.();
    };
  }, [detailed, store, dataset, geometry]);

  // The detailed map's element is not React's: name it in the reader's language.
  useLayoutEffect(() => {
    frame.current?.querySelector<HTMLElement>(':scope > .map')?.setAttribute('aria-label', t(lang, 'map.label'));
  }, [lang, engine, mapState]);

  const svg = engine === 'svg' || fallback;
  return (
    <div className="map-frame" ref={frame} data-engine={engine}>
      <MapDescription />
      {svg && mapState !== 'error' ? <StaticMap /> : null}
      {/* In the DOM from the first commit: the map's first framing leaves room for it, as every reframe does. */}
      {mapState !== 'error' ? <PortInset /> : null}
      {!svg && mapState === 'loading' && !shownOnce ? <MapLoading lang={lang} /> : null}
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
