import { lazy, Suspense, useLayoutEffect } from 'react';
import { createPortal } from 'react-dom';
import { useApp, useAppState } from './state/context';
import { t } from './i18n';
import { MapView } from './map/MapView';
import { Timeline } from './timeline/Timeline';
import { StepCard, TransferCard } from './panel/StepCard';
import { Overview } from './panel/Overview';
import { StoryLayout } from './story/StoryLayout';
import { Legend } from './panel/Legend';
import { EmbedBar } from './embed/EmbedBar';
// Presenter mode, notes and keyboard help are a lazy chunk (present/lazy.tsx); the header's tools are not.
import { HelpDialog, PresenterBar, PresenterFoot, StepNotes } from './present/lazy';
// The print handout is a lazy chunk, mounted after the map is ready (or on print).
import { LazyHandout } from './print/LazyHandout';
import { MastheadTools } from './app/MastheadTools';
import { Announcer } from './a11y/Announcer';
import { SkipLink } from './a11y/SkipLink';
import { removeBootTools, setShellMode, setShellText, type PageShell } from './page-shell';

const Sources = lazy(() => import('./panel/Sources').then((m) => ({ default: m.Sources })));
const EmbedDialog = lazy(() => import('./embed/EmbedDialog').then((m) => ({ default: m.EmbedDialog })));
const TransferList = lazy(() => import('./a11y/TransferList').then((m) => ({ default: m.TransferList })));

/**
 * The page: header, map with legend, step card, timeline, sources dialog. The header's
 * title and dek are the HTML shell's own nodes (page-shell.ts); the App adds the tools to it.
 */
export function App({ shell }: { shell: PageShell }) {
  const lang = useAppState((s) => s.lang);
  const embed = useAppState((s) => s.embed);
  const controls = useAppState((s) => s.controls);
  const panel = useAppState((s) => s.panel);
  // Presenter mode (P, ?present=1) replaces the header, side panel and timeline.
  const present = useAppState((s) => s.present);
  // ?layout=story: every card scrolls past a pinned map (presenter mode keeps its own layout).
  const story = useAppState((s) => s.layout) === 'story' && !present;
  const { dataset } = useApp();
  const masthead = !present && !embed;
  useLayoutEffect(() => setShellMode(shell, { embed, present, story }), [shell, embed, present, story]);
  // The tools the build put in the header to hold their room (MastheadTools): gone in the
  // commit that adds the live ones, before the browser paints again.
  useLayoutEffect(() => removeBootTools(shell), [shell]);
  useLayoutEffect(() => {
    setShellText(shell.title, t(lang, 'title'));
    setShellText(shell.dek, t(lang, 'dek'));
  }, [shell, lang]);
  return (
    <>
      {createPortal(<SkipLink />, shell.skip)}
      {present ? (
        <PresenterBar />
      ) : masthead ? (
        createPortal(<MastheadTools />, shell.masthead)
      ) : (
        <EmbedBar />
      )}
      {story ? (
        <StoryLayout
          pin={
            <>
              <MapView />
              {controls ? <Timeline /> : null}
            </>
          }
          legend={!embed ? <Legend /> : null}
          renderCard={(n, placement) => {
            const transfer = dataset.transfers[n - 1];
            return n === 0 || !transfer ? <Overview story {...placement} /> : <TransferCard transfer={transfer} {...placement} />;
          }}
        />
      ) : (
        <main className="layout">
          <div className="map-col">
            <MapView />
            {!embed && !present ? <Legend /> : null}
          </div>
          {/* Before the step card in the DOM, so the tab order follows the layout (map, timeline, card). */}
          {!present && controls ? <Timeline /> : null}
          {present ? (
            <StepNotes column />
          ) : !embed ? (
            <div className="panel-col">
              <StepCard />
              <StepNotes />
            </div>
          ) : null}
          {present ? <PresenterFoot /> : null}
        </main>
      )}
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
      {panel === 'transfers' ? (
        <Suspense fallback={null}>
          <TransferList />
        </Suspense>
      ) : null}
      {panel === 'help' ? <HelpDialog /> : null}
      <Announcer />
      <LazyHandout />
    </>
  );
}
