/**
 * The intro as static HTML, rendered at build time (scripts/build/intro-shell-plugin.ts) into
 * index.html, so a reader sees it before any JavaScript has arrived: on a slow network
 * the bundles take seconds, and the intro (the headline figure, what it rests on and the
 * NIS's caveats) is what the page has to say before the map can draw.
 *
 * It is the overview's own StepCard rendered with the page's English data, not a copy
 * kept by hand, so it cannot drift from what React shows; React's first commit replaces
 * it with identical nodes in the same place (see the boot-layout rules in app.css). The
 * map column around it says the map is loading, as MapView does until the map is drawn.
 * Runs in Node: nothing here may touch the DOM.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { AppContext } from '../state/context';
import { createAppStore } from '../state/store';
import { loadBundledDataset } from '../model/load';
import { formatIssues } from '../model/issues';
import { buildRouteGeometry } from '../geo/route';
import { StepCard } from '../panel/StepCard';
import { MapLoading } from '../map/MapLoading';
import { MastheadTools } from './MastheadTools';

/** Renders `node` as the page's first render would, in English at the overview. */
function renderStatic(node: ReactNode): string {
  const loaded = loadBundledDataset();
  if ('issues' in loaded) throw new Error(`intro: the bundled data does not check:\n${formatIssues(loaded.issues)}`);
  const { dataset } = loaded;
  const value = { store: createAppStore({ lang: 'en', step: 0 }), dataset, geometry: buildRouteGeometry(dataset) };
  return renderToStaticMarkup(<AppContext.Provider value={value}>{node}</AppContext.Provider>);
}

/** The page's layout before React: the map column saying it is loading, the card in the side panel. */
export function bootLayoutMarkup(): string {
  return renderStatic(
    <main className="layout boot-layout">
      <div className="map-col">
        <div className="map-frame">
          <MapLoading lang="en" />
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
