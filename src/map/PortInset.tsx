import { useEffect, useMemo, useState } from 'react';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { useApp, useAppState } from '../state/context';
import { t } from '../i18n';
import type { LonLat } from '../geo/route';
import { drawnLegs } from '../model/drawn-certainty';
import { lineStyleOf, svgDash } from '../look/line-style';
import { basemapUrls } from '../svg/basemap-urls';
import { INSET_BOX, insetProjection, pathData } from './inset-projection';
import { whenIdle } from '../state/idle';

const PORTS = ['najin', 'dunai', 'vostochny-port'];

/** Land rings of the 10m inset, loaded once from our own basemap asset. */
function useInsetLand(): LonLat[][] {
  const [rings, setRings] = useState<LonLat[][]>([]);
  useEffect(() => {
    let live = true;
    const url = basemapUrls(document.baseURI)['land-inset'];
    if (!url) return;
    // The inset first shows with its legs and ports; the coastline follows in idle time,
    // after the main map is drawn (bench: bytes until ready).
    const load = () => fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<FeatureCollection>) : null))
      .then((fc) => {
        if (!live || !fc) return;
        const out: LonLat[][] = [];
        for (const f of fc.features as Feature<Polygon | MultiPolygon>[]) {
          const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
          for (const poly of polys) for (const ring of poly) out.push(ring as LonLat[]);
        }
        setRings(out);
      })
      .catch(() => {
        // The inset is an aid; without its land it still shows the legs and ports.
      });
    const cancelIdle = whenIdle(window, () => void load(), 0);
    return () => {
      live = false;
      cancelIdle();
    };
  }, []);
  return rings;
}

/**
 * Port close-up. The sea crossing (~200 km) and the rail corridor (~9,400 km) cannot
 * both read at one scale: the main map rests on the continent and this inset keeps
 * the sea leg legible at every size.
 */
export function PortInset() {
  const { dataset } = useApp();
  const step = useAppState((s) => s.step);
  const lang = useAppState((s) => s.lang);
  const land = useInsetLand();
  const width = 200;
  const proj = useMemo(() => insetProjection(INSET_BOX, width), []);
  // The coastline path is the inset's biggest string: build it once per load, not per step.
  const landPath = useMemo(() => pathData(land, proj, true), [land, proj]);
  const drawnAs = new Map(drawnLegs(dataset, step).map((d) => [d.id, d.certainty]));
  const seaLegs = dataset.legs.filter((l) => l.properties.mode === 'sea');
  const transfer = dataset.transfers[step - 1];
  // Only for steps that happen at the ports; the air step starts in Pyongyang.
  if (transfer && transfer.legs.some((id) => dataset.legs.find((l) => l.properties.id === id)?.properties.mode === 'air')) return null;
  const activeIds = new Set([transfer?.from.value, transfer?.to.value]);
  return (
    <figure className="port-inset" aria-label={t(lang, 'inset.label')}>
      <svg viewBox={`0 0 ${proj.width} ${proj.height}`} role="img" aria-label={t(lang, 'inset.label')}>
        <rect width={proj.width} height={proj.height} className="inset-sea" />
        <path d={landPath} className="inset-land" fillRule="evenodd" />
        {seaLegs.map((l) => (
          <path
            key={l.properties.id}
            d={pathData([l.geometry.coordinates as LonLat[]], proj, false)}
            className={drawnAs.has(l.properties.id) ? 'inset-leg on' : 'inset-leg'}
            strokeDasharray={svgDash(lineStyleOf('sea', drawnAs.get(l.properties.id) ?? l.properties.certainty), 2.5)}
          />
        ))}
        {PORTS.map((id) => {
          const p = dataset.places.find((x) => x.id === id);
          if (!p) return null;
          const [x, y] = proj.project(p.coord as LonLat);
          // Najin labels to its right; the Russian ports, near the east edge, to their left.
          const anchorEnd = id !== 'najin';
          return (
            <g key={id} className={activeIds.has(id) ? 'inset-port on' : 'inset-port'}>
              <circle cx={x} cy={y} r={activeIds.has(id) ? 4 : 3} />
              <text x={anchorEnd ? x - 6 : x + 6} y={y + (id === 'dunai' ? -6 : 12)} textAnchor={anchorEnd ? 'end' : 'start'}>
                {p.names[lang]}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{t(lang, 'inset.caption')}</figcaption>
    </figure>
  );
}
