import { lazy, Suspense } from 'react';
import { useApp, useAppState } from './state/context';
import { t } from './i18n';
import { MapView } from './map/MapView';
import { Timeline } from './timeline/Timeline';
import { StepCard } from './panel/StepCard';
import { Legend } from './panel/Legend';
import { EmbedBar } from './embed/EmbedBar';
import { HelpDialog, PresenterBar, PresenterFoot, StepNotes, TeachTools } from './present/Presenter';
import { Handout } from './print/Handout';
import { LanguageSwitch } from './panel/LanguageSwitch';

const Sources = lazy(() => import('./panel/Sources').then((m) => ({ default: m.Sources })));
const EmbedDialog = lazy(() => import('./embed/EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

/** The page: header, map with legend, step card, timeline, sources dialog. */
export function App() {
  const { store } = useApp();
  const lang = useAppState((s) => s.lang);
  const embed = useAppState((s) => s.embed);
  const controls = useAppState((s) => s.controls);
  const panel = useAppState((s) => s.panel);
  // Presenter mode (P, ?present=1) replaces the header, side panel and timeline.
  const present = useAppState((s) => s.present);
  return (
    <div className={`app${embed && !present ? ' is-embed' : ''}${present ? ' is-present' : ''}`}>
      <a className="skip-link" href="#timeline">
        {t(lang, 'skipToTimeline')}
      </a>
      {present ? (
        <PresenterBar />
      ) : !embed ? (
        <header className="masthead">
          <h1>{t(lang, 'title')}</h1>
          <p className="dek">{t(lang, 'dek')}</p>
          <nav className="tools">
            <button type="button" onClick={() => store.getState().setPanel('sources')} aria-haspopup="dialog">
              {t(lang, 'sources.button')}
            </button>
            <LanguageSwitch />
            <button type="button" onClick={() => store.getState().setPanel('embed')} aria-haspopup="dialog">
              {t(lang, 'embed.button')}
            </button>
            <TeachTools />
          </nav>
        </header>
      ) : (
        <EmbedBar />
      )}
      <main className="layout">
        <div className="map-col">
          <MapView />
          {!embed && !present ? <Legend /> : null}
        </div>
        {present ? (
          <StepNotes column />
        ) : !embed ? (
          <div className="panel-col">
            <StepCard />
            <StepNotes />
          </div>
        ) : null}
        {present ? <PresenterFoot /> : controls ? <Timeline /> : null}
      </main>
      {panel === 'sources' ? (
        <Suspense fallback={null}>
          <Sources />
        </Suspense>
      ) : null}
      {panel === 'embed' ? (
        <Suspense fallback={null}>
          <EmbedDialog />
        </Suspense>
      ) : null}
      {panel === 'help' ? <HelpDialog /> : null}
      <Handout />
    </div>
  );
}
