/**
 * The intro as static HTML, rendered at build time (scripts/build/intro-shell-plugin.ts) into
 * index.html, so a reader sees it before any JavaScript has arrived: on a slow network
 * the bundles take seconds, and the intro (the headline figure, what it rests on and the
 * NIS's caveats) is what the page has to say before the map can draw.
 *
 * It is the overview's own StepCard rendered with the page's English data, not a copy
 * kept by hand, so it cannot drift from what React shows; React's first commit replaces
 * it with identical nodes in the same place (see the boot-layout rules in app.css). The
 * map column holds the overview's SVG map, drawn by the page's own map layers (svg/map-layers.tsx)
 * from the bundled basemap, so the route paints with the first paint, before any script (#21);
 * React's SVG map then takes the frame at its exact size.
 * Runs in Node: nothing here may touch the DOM.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { AppContext } from '../state/context';
import { createAppStore } from '../state/store';
import { loadBundledDataset } from '../model/load';
import { formatIssues } from '../model/issues';
import { buildRouteGeometry } from '../geo/route';
import type { FeatureCollection } from 'geojson';
import { StepCard } from '../panel/StepCard';
import { MastheadTools } from './MastheadTools';
import { MapLayers } from '../svg/map-layers';
import { cameraPlan, fitView, overlayPadding, padding } from '../svg/framing';
import { PALETTES } from '../look/palette';
import type { Dataset } from '../model/types';
import type { RouteGeometry } from '../geo/route';
// Build time only (the module runner reads them): the light files the SVG map fetches.
import land from '../../data/basemap/land-lo.json';
import landInset from '../../data/basemap/land-inset.json';
import lakes from '../../data/basemap/lakes-lo.json';
import borders from '../../data/basemap/borders-lo.json';

/** Renders `node` as the page's first render would, in English at the overview. */
function renderStatic(node: ReactNode): string {
  const loaded = loadBundledDataset();
  if ('issues' in loaded) throw new Error(`intro: the bundled data does not check:\n${formatIssues(loaded.issues)}`);
  const { dataset } = loaded;
  const value = { store: createAppStore({ lang: 'en', step: 0 }), dataset, geometry: buildRouteGeometry(dataset) };
  return renderToStaticMarkup(<AppContext.Provider value={value}>{node}</AppContext.Provider>);
}

/**
 * The map frames the build draws the overview for: a phone's (390 px wide, under the header)
 * and a wide screen's (the map column at 1280 × 800); app.css shows the one for the width,
 * scaled to the frame, and the port inset's room is kept as the live map keeps it.
 */
const BOOT_FRAMES = [
  { name: 'narrow', width: 390, height: 310, inset: 110 },
  { name: 'wide', width: 880, height: 400, inset: 116 },
] as const;

/** The overview's map as the SVG map draws it (light theme, English labels), in each boot frame. */
function BootMap({ dataset, geometry }: { dataset: Dataset; geometry: RouteGeometry }) {
  const rest = cameraPlan(geometry, 0).at(-1);
  if (!rest) return null;
  const basemap = {
    land: land as FeatureCollection,
    landInset: landInset as FeatureCollection,
    lakes: lakes as FeatureCollection,
    borders: borders as FeatureCollection,
  };
  return (
    <>
      {BOOT_FRAMES.map((f) => (
        <div key={f.name} className={`static-map boot-map boot-map-${f.name}`} aria-hidden="true">
          <svg
            className="static-map-svg"
            viewBox={`0 0 ${f.width} ${f.height}`}
            preserveAspectRatio="xMidYMid meet"
            fontFamily="'Noto Sans', 'Noto Sans KR', system-ui, sans-serif"
          >
            <MapLayers
              dataset={dataset}
              geometry={geometry}
              basemap={basemap}
              palette={PALETTES.light}
              lang="en"
              step={0}
              view={fitView(rest.bounds, f.width, f.height, padding(f, overlayPadding(f.inset, false)), rest.maxZoom)}
              width={f.width}
              height={f.height}
              obstacles={[{ x0: f.width - 218, y0: 0, x1: f.width, y1: f.inset + 12 }]}
              precision={0}
            />
          </svg>
        </div>
      ))}
    </>
  );
}

/** The page's layout before React: the overview's map in the map column, the card in the side panel. */
export function bootLayoutMarkup(): string {
  const loaded = loadBundledDataset();
  if ('issues' in loaded) throw new Error(`intro: the bundled data does not check:\n${formatIssues(loaded.issues)}`);
  const geometry = buildRouteGeometry(loaded.dataset);
  return renderStatic(
    <main className="layout boot-layout">
      <div className="map-col">
        <div className="map-frame">
          <BootMap dataset={loaded.dataset} geometry={geometry} />
        </div>
      </div>
      <div className="panel-col">
        <StepCard />
      </div>
    </main>,
  );
}

/**
 * The header's tools as the page's first render draws them, hidden and inert: they hold
 * their room in the masthead until React's commit swaps in the live ones (App, removeBootTools).
 */
export function bootToolsMarkup(): string {
  return renderStatic(<MastheadTools boot />);
}
