/** Entry: parse the URL, validate the data, build the store and render. */
import { lazy, startTransition, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import './app.css';
import { App } from './App';
import { AppContext } from './state/context';
import { createAppStore, effectiveTheme } from './state/store';
import { parseUrl, stateFromFlags } from './state/url';
import { syncHistory } from './state/history-sync';
import { loadBundledDataset } from './model/load';
import { formatIssues } from './model/issues';
import { buildRouteGeometry } from './geo/route';
import { Playback } from './timeline/playback';
import { bindHostBridge } from './embed/host-bridge';
import { isPymUrl } from './embed/messages';
import { t } from './i18n';
import { bootTeaching } from './present/boot';
import { registerServiceWorker } from './offline/register';
import { browserLanguages, detectLang } from './i18n/detect';
import { loadLang, type LangLoad } from './i18n/lang-pack';
import { loadMapFonts } from './svg/fonts';
import { systemTheme, watchSystemTheme } from './env/color-scheme';
import { bareShell, pageShell } from './page-shell';

// The speaker view (?speaker=1) is a second window for the teacher: its own small chunk.
const SpeakerView = lazy(() => import('./present/SpeakerView').then((m) => ({ default: m.SpeakerView })));

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

// The bundled data, checked once. A language pack is read against these same objects
// (i18n/lang-pack.ts) and checked there; it never changes them.
const startup = loadBundledDataset();
const { flags, notes } = parseUrl(location.search);
// The detailed map waits for its label fonts (svg/fonts.ts): when the URL asks for it at
// once, start them now, while the language pack and React load (bench: time to ready).
if ('dataset' in startup && flags.map === 'detailed') void loadMapFonts(startup.dataset);
for (const note of notes) console.info(`[shell-route] ${note}`);
// ?lang= wins; without it, the reader's browser languages pick the default (else English).
const wantedLang = flags.lang ?? detectLang(browserLanguages());
/** Renders the page once the reader's language is in. */
function start(langLoad: LangLoad): void {
  if (langLoad.error) console.warn(`[shell-route] the "${wantedLang}" language pack could not be loaded; showing English`, langLoad.error);
  const initialLang = langLoad.loaded ? wantedLang : 'en';
  const loaded = langLoad.issues.length ? { issues: langLoad.issues } : startup;
  if ('issues' in loaded) {
    html.lang = initialLang;
    showFatal(t(initialLang, 'error.data'), formatIssues(loaded.issues));
  } else if (root) {
    const dataset = loaded.dataset;
    const geometry = buildRouteGeometry(dataset);
    const store = createAppStore({ lang: initialLang, systemTheme: systemTheme(), ...stateFromFlags(flags) });
    // theme=auto follows the reader's setting live (the OS switching to dark at dusk).
    watchSystemTheme(window, (theme) => store.getState().setSystemTheme(theme));
    const reflect = () => {
      const s = store.getState();
      html.dataset.mapState = s.mapState;
      html.dataset.mapEngine = s.engine;
      html.dataset.step = String(s.step);
      html.dataset.theme = effectiveTheme(s);
      html.lang = s.lang;
    };
    reflect();
    store.subscribe(reflect);
    syncHistory(store);
    new Playback(store);
    // Only acts inside a frame: events and height messages to the host, commands from it.
    bindHostBridge(store, flags.childId ? { childId: flags.childId, pym: isPymUrl(location.search) } : {});
    // Keys, presenter mode and the speaker-view sync; then the offline worker (not in the speaker view).
    bootTeaching(store, flags);
    if (!flags.speaker) registerServiceWorker(store, window);
    // React renders beside the HTML's title and dek, which stay (page-shell.ts).
    const shell = pageShell(document, root);
    if (flags.speaker) bareShell(shell);
    // The first render is a transition: React renders in short slices instead of one long
    // task (bench: main-thread blocking time), and commits the page in one go as before.
    const reactRoot = createRoot(shell.mount);
    startTransition(() => reactRoot.render(
      <StrictMode>
        <AppContext.Provider value={{ store, dataset, geometry }}>
          {flags.speaker ? (
            <Suspense fallback={null}>
              <SpeakerView />
            </Suspense>
          ) : (
            <App shell={shell} />
          )}
        </AppContext.Provider>
      </StrictMode>,
    ));
  }
}

// Korean, Ukrainian and Russian are lazy packs (i18n/lang-pack.ts): wait for the reader's
// language before the first render, so English never flashes. A pack that cannot be fetched
// leaves the page in English; one that fails its check stops it like bad data does.
void loadLang(wantedLang).then(start);
