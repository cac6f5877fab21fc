import type { CSSProperties } from 'react';
import { useApp, useAppState } from '../state/context';
import { TOTAL_STEPS } from '../state/store';
import { formatDate, pick, t } from '../i18n';
import type { Lang } from '../model/types';
import { stepValueText } from '../a11y/describe';

const AXIS_START = Date.UTC(2023, 6, 20);
const AXIS_END = Date.UTC(2023, 10, 8);

/** Position of an ISO date on the axis, in percent. */
export function axisPercent(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Math.min(100, Math.max(0, ((ms - AXIS_START) / (AXIS_END - AXIS_START)) * 100));
}

const MONTHS = ['2023-08-01', '2023-09-01', '2023-10-01', '2023-11-01'];

/** The slider, step buttons, play/pause and the time axis. */
export function Timeline() {
  const { store, dataset } = useApp();
  const step = useAppState((s) => s.step);
  const playing = useAppState((s) => s.playing);
  const lang = useAppState((s) => s.lang);
  const embed = useAppState((s) => s.embed);
  const actions = store.getState();
  const current = dataset.transfers[step - 1];
  const valueText = stepValueText(dataset, current, lang);
  return (
    <section className="timeline" id="timeline" aria-label={t(lang, 'timeline.label')} tabIndex={-1}>
      <div className="timeline-controls">
        <button type="button" onClick={() => actions.prev()} disabled={step === 0} aria-label={t(lang, 'timeline.previous')}>
          <span aria-hidden="true">◀</span>
        </button>
        <button type="button" className="play" onClick={() => actions.togglePlay()} aria-pressed={playing}>
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? t(lang, 'timeline.pause') : t(lang, 'timeline.play')}
        </button>
        <button type="button" onClick={() => actions.next()} disabled={step === TOTAL_STEPS} aria-label={t(lang, 'timeline.next')}>
          <span aria-hidden="true">▶</span>
        </button>
        <p className="step-line" aria-hidden="true">
          {valueText}
        </p>
      </div>
      <div className="slider-wrap">
        <input
          type="range"
          className="slider"
          min={0}
          max={TOTAL_STEPS}
          step={1}
          value={step}
          aria-label={t(lang, 'timeline.label')}
          aria-valuetext={valueText}
          onChange={(e) => actions.setStep(Number(e.currentTarget.value))}
        />
        <ol className="ticks" aria-hidden="true">
          {Array.from({ length: TOTAL_STEPS + 1 }, (_, i) => (
            <li key={i} className={i === step ? 'on' : ''}>
              {i === 0 ? '◎' : i}
            </li>
          ))}
        </ol>
      </div>
      {!embed ? <TimeAxis step={step} lang={lang} /> : null}
    </section>
  );
}

/** Step windows and context events on a shared date axis. */
function TimeAxis({ step, lang }: { step: number; lang: Lang }) {
  const { store, dataset } = useApp();
  return (
    <div className="axis" role="group" aria-label={t(lang, 'timeline.axis')}>
      <div className="axis-months" aria-hidden="true">
        {MONTHS.map((m) => (
          <span key={m} style={{ left: `${axisPercent(m)}%` }}>
            {formatDate(m, lang, { month: 'short' })}
          </span>
        ))}
      </div>
      <div className="axis-windows">
        {dataset.transfers.map((tr) => {
          const left = axisPercent(tr.window.start);
          const right = axisPercent(tr.window.end);
          const style: CSSProperties = { left: `${left}%`, width: `max(${right - left}%, 6px)`, top: `${(tr.step - 1) * 5 + 1}px` };
          return (
            <button
              type="button"
              key={tr.id}
              tabIndex={-1}
              aria-hidden="true"
              className={`window${tr.step === step ? ' on' : ''}${tr.window.dated ? '' : ' undated'}`}
              style={style}
              title={`${tr.step}. ${pick(tr.window.label, lang)}`}
              onClick={() => store.getState().setStep(tr.step)}
            />
          );
        })}
      </div>
      <ul className="axis-events" aria-label={t(lang, 'timeline.events')}>
        {dataset.events.map((ev) => (
          <li key={ev.id} style={{ left: `${axisPercent(ev.start)}%` }}>
            <span className="tick" aria-hidden="true" />
            <span className="event-label">
              {ev.approximate ? '~' : ''}
              {formatDate(ev.start, lang, { day: 'numeric', month: 'short' })}: {pick(ev.title, lang)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
