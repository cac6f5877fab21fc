/**
 * Presenter mode: a projector layout with one large step line on top, the map, and a
 * footer with progress, legend and a few tools; the teaching notes and the keyboard help.
 * A lazy chunk (./lazy.tsx): the page header's teacher tools are in ./TeachTools.tsx.
 */
import { useState } from 'react';
import { useApp, useAppState } from '../state/context';
import { TOTAL_STEPS } from '../state/store';
import { t } from '../i18n';
import type { Lang } from '../model/types';
import { Badge } from '../ui/Badge';
import { legendLines } from '../look/legend';
import { LineSwatch } from '../look/LineSwatch';
import { stepInfo } from '../text/step-text';
import { TeachingNotes } from './TeachingNotes';
import { openSpeakerView, speakerViewAvailable } from './actions';
import { SaveImageButton } from './SaveImageButton';
import { toggleFullscreen } from './keys';
import './present.css';
import { PanelDialog } from '../ui/PanelDialog';
import { useModalPanel } from '../ui/use-modal';

/**
 * The one-line step title with its date window, route and their certainty. Not a live
 * region: the page's one announcer (a11y/Announcer.tsx) says each step change once.
 */
export function PresenterBar() {
  const { dataset } = useApp();
  const step = useAppState((s) => s.step);
  const lang = useAppState((s) => s.lang);
  const info = stepInfo(dataset, step, lang);
  return (
    <header className="presenter-bar" id="step-card">
      <h1 className="presenter-title">
        <span className="presenter-count">{step === 0 ? info.eyebrow : `${step}/${TOTAL_STEPS}`}</span>{' '}
        <span id="step-title">{info.title}</span>
      </h1>
      <p className="presenter-meta">
        {info.window ? (
          <span className="presenter-window">
            {info.window} <Badge certainty={info.windowCertainty} lang={lang} />
          </span>
        ) : null}
        <span className="presenter-route">
          {info.route} <Badge certainty={info.routeCertainty} lang={lang} />
        </span>
      </p>
    </header>
  );
}

/** Legend swatches with the map's dash patterns (look/legend.ts), sized for a projector. */
function PresenterLegend({ lang }: { lang: Lang }) {
  const { dataset } = useApp();
  return (
    <ul className="presenter-legend" aria-label={t(lang, 'legend.title')}>
      {legendLines(dataset).map((l) => (
        <li key={l.label} data-line-style={l.style}>
          <LineSwatch line={l} width={56} height={16} stroke={6} />
          {t(lang, l.short)}
        </li>
      ))}
    </ul>
  );
}

/** Progress through the eleven states (overview + ten transfers); each is a button. */
function Progress({ step, lang }: { step: number; lang: Lang }) {
  const { store } = useApp();
  return (
    <ol className="presenter-progress" aria-label={t(lang, 'present.progress')}>
      {Array.from({ length: TOTAL_STEPS + 1 }, (_, i) => (
        <li key={i} className={i === step ? 'on' : i < step ? 'done' : ''}>
          <button
            type="button"
            aria-current={i === step ? 'step' : undefined}
            aria-label={i === 0 ? t(lang, 'present.gotoOverview') : t(lang, 'present.goto', { n: i })}
            onClick={() => store.getState().setStep(i)}
          >
            {i === 0 ? '◎' : i}
          </button>
        </li>
      ))}
    </ol>
  );
}

/** The presenter footer: progress, keys hint, legend and the few tools. */
export function PresenterFoot() {
  const { store } = useApp();
  const step = useAppState((s) => s.step);
  const lang = useAppState((s) => s.lang);
  const notesOpen = useAppState((s) => s.notesOpen);
  const [canSpeak] = useState(speakerViewAvailable);
  const actions = store.getState();
  return (
    <footer className="presenter-foot" id="timeline" tabIndex={-1}>
      <div className="presenter-row">
        <Progress step={step} lang={lang} />
        <div className="presenter-tools">
          <button type="button" onClick={() => actions.setNotesOpen(!notesOpen)} aria-pressed={notesOpen} title={t(lang, 'present.notesHelp')}>
            {t(lang, 'present.notes')}
          </button>
          {canSpeak ? (
            <button type="button" onClick={() => openSpeakerView(store)} title={t(lang, 'present.speakerHelp')}>
              {t(lang, 'present.speaker')}
            </button>
          ) : null}
          <SaveImageButton lang={lang} />
          <button type="button" className="tool-wide" onClick={() => toggleFullscreen(document)} title={t(lang, 'help.fullscreen')}>
            {t(lang, 'present.fullscreen')}
          </button>
          <button type="button" className="tool-wide" onClick={() => actions.setPanel('help')} aria-haspopup="dialog" title={t(lang, 'present.keysHelp')}>
            {t(lang, 'present.keys')}
          </button>
          <button type="button" className="presenter-exit" onClick={() => actions.setPresent(false)} title={t(lang, 'present.exitHelp')}>
            {t(lang, 'present.exit')}
          </button>
        </div>
      </div>
      <div className="presenter-row">
        <PresenterLegend lang={lang} />
        <p className="presenter-hint">{t(lang, 'present.hint')}</p>
      </div>
    </footer>
  );
}

/**
 * Teaching notes on demand (N): the side column in presenter mode, below the step card
 * on the normal page. Renders nothing while closed.
 */
export function StepNotes({ column = false }: { column?: boolean }) {
  const step = useAppState((s) => s.step);
  const lang = useAppState((s) => s.lang);
  const open = useAppState((s) => s.notesOpen);
  if (!open) return null;
  const notes = <TeachingNotes step={step} lang={lang} headingLevel={column ? 2 : 3} id="step-notes" />;
  return column ? <div className="panel-col">{notes}</div> : notes;
}

const HELP_KEYS: [string, Parameters<typeof t>[1]][] = [
  ['→  PgDn  Space', 'help.next'],
  ['←  PgUp', 'help.prev'],
  ['Home', 'help.first'],
  ['End', 'help.last'],
  ['1 – 9, 0', 'help.digits'],
  ['P', 'help.present'],
  ['N', 'help.notes'],
  ['F', 'help.fullscreen'],
  ['Esc', 'help.exit'],
  ['?', 'help.help'],
];

/** The keyboard help, a native modal dialog (Esc closes it; other keys wait while it is open). */
export function HelpDialog() {
  const lang = useAppState((s) => s.lang);
  const ref = useModalPanel('help');
  return (
    <PanelDialog dialogRef={ref} className="help-dialog" titleId="help-title" title={t(lang, 'help.heading')} closeLabel={t(lang, 'help.close')}>
      <dl className="help-keys">
        {HELP_KEYS.map(([keys, label]) => (
          <div key={label}>
            <dt>
              {keys.split(/\s{2}/).map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd>{t(lang, label)}</dd>
          </div>
        ))}
      </dl>
      <p className="help-note">{t(lang, 'help.clicker')}</p>
    </PanelDialog>
  );
}
