/**
 * One framed view of the map as SVG (basemap, legs in their certainty's line style, arrowhead,
 * places, marker, labels), drawn from the data alone: the static map (StaticMap.tsx) shows it
 * in the page, and the build draws the share cards with it (scripts/build/share-entries.ts).
 */
import { useMemo } from 'react';
import type { FeatureCollection } from 'geojson';
import type { Palette } from '../look/palette';
import { activePlaces } from '../model/steps';
import { drawnLegs } from '../model/drawn-certainty';
import { BORDER_DASH, lineStyleOf, roundCap, svgDash } from '../look/line-style';
import { pointAtKm, type BBox, type RouteGeometry } from '../geo/route';
import type { Dataset, Lang } from '../model/types';
import { fitProjection, pathData, type Padding, type Projection } from './projection';
import { placeLabels, type Box, type LabelCandidate } from './labels';

/** Basemap layers the fallback draws; a file that fails to load is drawn as empty. */
export interface Basemap {
  land: FeatureCollection | null;
  landInset: FeatureCollection | null;
  lakes: FeatureCollection | null;
  borders: FeatureCollection | null;
}

function collectionPath(fc: FeatureCollection | null, project: Projection['point']): string {
  if (!fc) return '';
  return fc.features.map((f) => pathData(f.geometry, project)).join('');
}

export interface LayerProps {
  dataset: Dataset;
  geometry: RouteGeometry;
  basemap: Basemap | null;
  palette: Palette;
  lang: Lang;
  step: number;
  box: BBox;
  width: number;
  height: number;
  /** Room kept clear around the framed box (overlays, label space). */
  padding: Padding;
  /** Boxes labels must not cover (the inset, the caption). */
  obstacles: Box[];
}

/** One framed view of the map: basemap, legs, arrowhead, places, marker, labels. */
export function MapLayers({ dataset, geometry, basemap, palette: p, lang, step, box, width, height, padding, obstacles }: LayerProps) {
  const { top, right, bottom, left } = padding;
  const proj = useMemo(() => fitProjection(box, width, height, { top, right, bottom, left }), [box, width, height, top, right, bottom, left]);
  const land = useMemo(
    () => (basemap ? collectionPath(basemap.land, proj.point) + collectionPath(basemap.landInset, proj.point) : ''),
    [basemap, proj],
  );
  const lakes = useMemo(() => (basemap ? collectionPath(basemap.lakes, proj.point) : ''), [basemap, proj]);
  const borders = useMemo(() => (basemap ? collectionPath(basemap.borders, proj.point) : ''), [basemap, proj]);
  const legPaths = useMemo(
    () => dataset.legs.map((l) => ({ id: l.properties.id, mode: l.properties.mode, own: l.properties.certainty, d: pathData(l.geometry, proj.point) })),
    [dataset, proj],
  );
  // Each active leg in the style of its certainty on this step (drawn-certainty.ts).
  const drawnAs = new Map(drawnLegs(dataset, step).map((d) => [d.id, d.certainty]));
  const active = new Set(drawnAs.keys());
  const styleOf = (l: (typeof legPaths)[number]) => lineStyleOf(l.mode, drawnAs.get(l.id) ?? l.own);
  const activeIds = new Set(activePlaces(dataset, step));
  const frontActive = legPaths.some((l) => l.mode === 'front' && active.has(l.id));
  const arrow = geometry.arrowhead ? pathData(geometry.arrowhead.geometry, proj.point) : '';
  const path = geometry.paths[step] ?? null;
  const marker = path ? pointAtKm(path, path.totalKm) : null;
  const markerXY = marker ? proj.point(marker.coord) : null;
  const modeColour = (mode: string) => (mode === 'sea' ? p.sea : mode === 'rail' ? p.rail : mode === 'air' ? p.air : p.front);

  const shown = dataset.places.filter((pl) => pl.rank <= 3 || activeIds.has(pl.id));
  const dots = shown.map((pl) => {
    const [x, y] = proj.point(pl.coord);
    const colour = pl.kind === 'port' ? p.port : pl.kind === 'depot' ? p.depot : pl.kind === 'airport' ? p.air : p.city;
    return { pl, x, y, colour, on: activeIds.has(pl.id) };
  });
  const candidates: LabelCandidate[] = dots
    .filter((d) => d.x >= 0 && d.x <= width && d.y >= 0 && d.y <= height)
    .map((d) => ({
      id: d.pl.id,
      text: d.pl.names[lang],
      x: d.x,
      y: d.y,
      // The step's own places are labelled first and may cover a context city's dot.
      priority: (d.on ? 0 : 10) + d.pl.rank,
      important: d.on,
      fontSize: d.pl.rank <= 1 || d.on ? 13 : 12,
    }));
  const labels = placeLabels(candidates, width, height, obstacles);

  return (
    <g>
      <rect width={width} height={height} fill={p.ocean} />
      {land ? <path d={land} fill={p.land} /> : null}
      {lakes ? <path d={lakes} fill={p.lake} /> : null}
      {borders ? <path d={borders} fill="none" stroke={p.border} strokeWidth={0.8} strokeDasharray={BORDER_DASH.join(' ')} /> : null}
      <g fill="none" strokeLinejoin="round">
        {legPaths
          .filter((l) => !active.has(l.id))
          .map((l) => (
            <path key={`m-${l.id}`} d={l.d} stroke={p.muted} strokeOpacity={0.75} strokeWidth={1.5} strokeDasharray={svgDash(styleOf(l), 3)} strokeLinecap={roundCap(styleOf(l)) ? 'round' : 'butt'} />
          ))}
        {legPaths
          .filter((l) => active.has(l.id))
          .map((l) => (
            <path key={`c-${l.id}`} d={l.d} stroke={p.casing} strokeOpacity={0.9} strokeWidth={6} strokeLinecap="round" />
          ))}
        {legPaths
          .filter((l) => active.has(l.id))
          .map((l) => (
            <path
              key={`a-${l.id}`}
              d={l.d}
              data-mode={l.mode}
              data-certainty={drawnAs.get(l.id)}
              data-line-style={styleOf(l)}
              className="static-leg"
              stroke={modeColour(l.mode)}
              strokeWidth={3}
              strokeDasharray={svgDash(styleOf(l), 3)}
              strokeLinecap={roundCap(styleOf(l)) ? 'round' : 'butt'}
            />
          ))}
      </g>
      {arrow ? <path d={arrow} fill={frontActive ? p.front : p.muted} /> : null}
      {dots.map((d) => (
        <circle key={`d-${d.pl.id}`} cx={d.x} cy={d.y} r={d.on ? 6 : d.pl.rank <= 1 ? 4.5 : 3.5} fill={d.colour} stroke={p.halo} strokeWidth={d.on ? 2.5 : 1.5} />
      ))}
      {markerXY && marker ? <circle cx={markerXY[0]} cy={markerXY[1]} r={7} fill={modeColour(marker.mode)} stroke={p.casing} strokeWidth={3} /> : null}
      <g className="static-labels" fill={p.text} stroke={p.halo} strokeWidth={3} strokeLinejoin="round" paintOrder="stroke">
        {labels.map((l) => (
          <text key={`l-${l.id}`} x={l.tx} y={l.ty} fontSize={l.fontSize} textAnchor={l.anchor} fontWeight={l.priority < 10 ? 700 : 400}>
            {l.text}
          </text>
        ))}
      </g>
    </g>
  );
}

