/**
 * The speaker view (?speaker=1): the teaching notes for the current step and a look at
 * the next one, large enough to read from a laptop beside the projector. It follows the
 * main window and drives it (BroadcastChannel, see sync.ts); the keys work here too.
 */
import { useEffect, useState } from 'react';
import { useApp, useAppState } from '../state/context';
import { TOTAL_STEPS } from '../state/store';
import { t } from '../i18n';
import { Badge } from '../ui/Badge';
import { stepInfo } from '../text/step-text';
import { notesFor, TeachingNotes } from './TeachingNotes';
import { speakerSyncActive } from './boot';
import './present.css';

function useElapsed(): string {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const s = Math.max(0, Math.floor((now - start) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The whole speaker window. */
export function SpeakerView() {
  const { store, dataset } = useApp();
  const step = useAppState((s) => s.step);
  const lang = useAppState((s) => s.lang);
  const elapsed = useElapsed();
  const info = stepInfo(dataset, step, lang);
  const next = step < TOTAL_STEPS ? stepInfo(dataset, step + 1, lang) : null;
  const nextNotes = next ? notesFor(dataset, next.step, lang) : null;
  const synced = speakerSyncActive();
  useEffect(() => {
    document.title = `${t(lang, 'speaker.title')}: ${info.title}`;
  }, [lang, info.title]);
  const actions = store.getState();
  return (
    <div className="speaker">
      <header className="speaker-head">
        <p className="speaker-label">
          {t(lang, 'speaker.title')} · {t(lang, 'title')}
        </p>
        <p className="speaker-status" role="status">
          {synced ? t(lang, 'speaker.synced') : t(lang, 'speaker.noChannel')}
        </p>
        <p className="speaker-clock">
          {t(lang, 'speaker.elapsed')} <span className="speaker-time">{elapsed}</span>
        </p>
      </header>
      <main className="speaker-main">
        <section className="speaker-now" aria-labelledby="speaker-now-title">
          <p className="eyebrow">
            {t(lang, 'speaker.now')} · {info.eyebrow}
          </p>
          <h1 id="speaker-now-title">{info.title}</h1>
          <p className="speaker-meta">
            {info.window ? (
              <>
                {info.window} <Badge certainty={info.windowCertainty} lang={lang} />{' '}
              </>
            ) : null}
            {info.route} <Badge certainty={info.routeCertainty} lang={lang} />
          </p>
          <TeachingNotes step={step} lang={lang} headingLevel={2} id="speaker-notes" />
        </section>
        <aside className="speaker-next" aria-labelledby="speaker-next-title">
          <p className="eyebrow">{t(lang, 'speaker.next')}</p>
          {next ? (
            <>
              <h2 id="speaker-next-title">
                {next.eyebrow}: {next.title}
              </h2>
              <p className="speaker-meta">{[next.window, next.route].filter(Boolean).join(' · ')}</p>
              {nextNotes ? <p className="notes-question">{nextNotes.question}</p> : null}
            </>
          ) : (
            <h2 id="speaker-next-title">{t(lang, 'speaker.end')}</h2>
          )}
        </aside>
      </main>
      <nav className="speaker-controls" aria-label={t(lang, 'timeline.label')}>
        <button type="button" onClick={() => actions.prev()} disabled={step === 0}>
          ← {t(lang, 'timeline.previous')}
        </button>
        <span className="speaker-count">
          {step} / {TOTAL_STEPS}
        </span>
        <button type="button" onClick={() => actions.next()} disabled={step === TOTAL_STEPS}>
          {t(lang, 'timeline.next')} →
        </button>
      </nav>
    </div>
  );
}
