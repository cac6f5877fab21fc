/** Entry: parse the URL, validate the data, build the store and render. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app.css';
import { App } from './App';
import { AppContext } from './state/context';
import { createAppStore } from './state/store';
import { parseUrl, stateFromFlags } from './state/url';
import { syncHistory } from './state/history-sync';
import { loadBundledDataset } from './model/load';
import { formatIssues } from './model/dataset';
import { buildRouteGeometry } from './geo/route';
import { Playback } from './timeline/playback';
import { t } from './i18n';

const root = document.getElementById('root');
const html = document.documentElement;

function showFatal(message: string, details: string): void {
  html.dataset.mapState = 'error';
  if (!root) return;
  root.replaceChildren();
  const box = document.createElement('div');
  box.className = 'fatal';
  box.setAttribute('role', 'alert');
  const h = document.createElement('h1');
  h.textContent = message;
  const pre = document.createElement('pre');
  pre.textContent = details;
  box.append(h, pre);
  root.append(box);
}

const { flags, notes } = parseUrl(location.search);
for (const note of notes) console.info(`[shell-route] ${note}`);
const loaded = loadBundledDataset();
if ('issues' in loaded) {
  showFatal(t('en', 'error.data'), formatIssues(loaded.issues));
} else if (root) {
  const dataset = loaded.dataset;
  const geometry = buildRouteGeometry(dataset);
  const store = createAppStore(stateFromFlags(flags));
  const reflect = () => {
    const s = store.getState();
    html.dataset.mapState = s.mapState;
    html.dataset.step = String(s.step);
    html.dataset.theme = s.theme;
    html.lang = s.lang;
  };
  reflect();
  store.subscribe(reflect);
  syncHistory(store);
  new Playback(store);
  createRoot(root).render(
    <StrictMode>
      <AppContext.Provider value={{ store, dataset, geometry }}>
        <App />
      </AppContext.Provider>
    </StrictMode>,
  );
}
