/**
 * One framed view of the map as SVG (basemap, legs in their certainty's line style, arrowhead,
 * places, marker, labels), drawn from the data alone: the SVG map (StaticMap.tsx) shows it
 * in the page, and the build draws the share cards with it (scripts/build/share-entries.ts).
 *
 * The basemap is the heavy part (thousands of vertices): it is projected once at `baseView`
 * and moved to `view` with a transform, so a camera flight redraws only the route, the places,
 * the marker and the labels on each frame.
 */
import { useMemo } from 'react';
import type { FeatureCollection } from 'geojson';
import type { Palette } from '../look/palette';
import { activePlaces } from '../model/steps';
import { drawnLegs } from '../model/drawn-certainty';
import { BORDER_DASH, lineStyleOf, roundCap, svgDash } from '../look/line-style';
import { pointAtKm, type RouteGeometry, type TravelPoint } from '../geo/route';
import type { Dataset, Lang } from '../model/types';
import { pathData, type Projection } from './projection';
import { viewProjection, type View } from './framing';
import { placeLabels, type Box, type LabelCandidate } from './labels';

/** Basemap layers the fallback draws; a file that fails to load is drawn as empty. */
export interface Basemap {
  land: FeatureCollection | null;
  landInset: FeatureCollection | null;
  lakes: FeatureCollection | null;
  borders: FeatureCollection | null;
}

function collectionPath(fc: FeatureCollection | null, project: Projection['point'], digits: number): string {
  if (!fc) return '';
  // At whole pixels (the build-time map), vertices under 1.5 px apart are left out too.
  return fc.features.map((f) => pathData(f.geometry, project, digits, digits === 0 ? 1.5 : 0)).join('');
}

export interface LayerProps {
  dataset: Dataset;
  geometry: RouteGeometry;
  basemap: Basemap | null;
  palette: Palette;
  lang: Lang;
  step: number;
  /** The camera (svg/framing.ts fitView for a step's framing). */
  view: View;
  /** Where the basemap's paths are projected (default `view`); a transform moves them to `view`. */
  baseView?: View;
  width: number;
  height: number;
  /** The moving marker (default: where the step's path ends; null: none). */
  marker?: TravelPoint | null;
  /** Boxes labels must not cover (the inset, the caption). */
  obstacles: Box[];
  /** Label size factor (presenter mode: 2, labels of 24 px and more for a projector). */
  labelScale?: number;
  /** Decimals of the basemap's coordinates (default 1; the page's build-time map uses 0 to weigh less). */
  precision?: number;
}

/** The transform that draws what was projected at `base` where `view` puts it. */
function baseTransform(base: View, view: View, width: number, height: number): string | undefined {
  if (base === view || (base.x === view.x && base.y === view.y && base.scale === view.scale)) return undefined;
  const k = view.scale / base.scale;
  const tx = width / 2 - (k * width) / 2 + (base.x - view.x) * view.scale;
  const ty = height / 2 - (k * height) / 2 + (base.y - view.y) * view.scale;
  return `matrix(${k} 0 0 ${k} ${tx} ${ty})`;
}

/** One framed view of the map: basemap, legs, arrowhead, places, marker, labels. */
export function MapLayers({ dataset, geometry, basemap, palette: p, lang, step, view, baseView, width, height, marker: movingMarker, obstacles, precision = 1, labelScale = 1 }: LayerProps) {
  const proj = useMemo(() => viewProjection(view, width, height), [view, width, height]);
  const base = baseView ?? view;
  const baseProj = useMemo(() => viewProjection(base, width, height), [base, width, height]);
  const land = useMemo(
    () => (basemap ? collectionPath(basemap.land, baseProj.point, precision) + collectionPath(basemap.landInset, baseProj.point, precision) : ''),
    [basemap, baseProj, precision],
  );
  const lakes = useMemo(() => (basemap ? collectionPath(basemap.lakes, baseProj.point, precision) : ''), [basemap, baseProj, precision]);
  const borders = useMemo(() => (basemap ? collectionPath(basemap.borders, baseProj.point, precision) : ''), [basemap, baseProj, precision]);
  const moved = baseTransform(base, view, width, height);
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
  const marker = movingMarker !== undefined ? movingMarker : path ? pointAtKm(path, path.totalKm) : null;
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
      fontSize: Math.round((d.pl.rank <= 1 || d.on ? 13 : 12) * labelScale),
    }));
  const labels = placeLabels(candidates, width, height, obstacles);

  return (
    <g>
      <rect width={width} height={height} fill={p.ocean} />
      <g className="static-basemap" transform={moved}>
        {land ? <path d={land} fill={p.land} /> : null}
        {lakes ? <path d={lakes} fill={p.lake} /> : null}
        {borders ? <path d={borders} fill="none" stroke={p.border} strokeWidth={0.8} strokeDasharray={BORDER_DASH.join(' ')} vectorEffect="non-scaling-stroke" /> : null}
      </g>
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
        <circle key={`d-${d.pl.id}`} data-place={d.pl.id} data-lon={d.pl.coord[0]} data-lat={d.pl.coord[1]} cx={d.x} cy={d.y} r={d.on ? 6 : d.pl.rank <= 1 ? 4.5 : 3.5} fill={d.colour} stroke={p.halo} strokeWidth={d.on ? 2.5 : 1.5} />
      ))}
      {markerXY && marker ? <circle className="static-marker" data-lon={marker.coord[0].toFixed(4)} data-lat={marker.coord[1].toFixed(4)} cx={markerXY[0]} cy={markerXY[1]} r={7} fill={modeColour(marker.mode)} stroke={p.casing} strokeWidth={3} /> : null}
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

