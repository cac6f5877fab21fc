import type { CSSProperties } from 'react';
import { useApp, useAppState } from '../state/context';
import { TOTAL_STEPS } from '../state/store';
import { formatDate, pick, t } from '../i18n';
import type { Lang } from '../model/types';
import { stepValueText } from '../text/describe';

const AXIS_START = Date.UTC(2023, 6, 20);
/** The end of the story's span (the NIS briefing, 1 Nov, and a week after). */
const MAIN_END = Date.UTC(2023, 10, 8);
/** Share of the width the story's span takes; what comes later sits, compressed, in the rest. */
export const MAIN_SHARE = 84;
const DAY = 86_400_000;

/**
 * Where the axis ends: the day after the latest dated item (events and step windows), so
 * every event after the story's span is drawn at its own date in the marked "afterwards"
 * stretch, never clamped onto the axis's end.
 */
export function axisEnd(dates: readonly string[]): number {
  const latest = Math.max(MAIN_END, ...dates.map((d) => Date.parse(`${d}T00:00:00Z`)).filter(Number.isFinite));
  return latest + 7 * DAY;
}

/** Position of an ISO date on the axis, in percent: linear within the story's span, then linear again, compressed, to `end`. */
export function axisPercent(iso: string, end: number = MAIN_END): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (!Number.isFinite(ms)) return 0;
  if (ms <= MAIN_END || end <= MAIN_END) return Math.min(100, Math.max(0, ((ms - AXIS_START) / (MAIN_END - AXIS_START)) * MAIN_SHARE));
  return Math.min(100, MAIN_SHARE + ((ms - MAIN_END) / (end - MAIN_END)) * (100 - MAIN_SHARE));
}

const MONTHS = ['2023-08-01', '2023-09-01', '2023-10-01', '2023-11-01'];

/** Every date the axis draws: step windows and context events. */
function axisDates(dataset: { transfers: { window: { start: string; end: string } }[]; events: { start: string; end?: string }[] }): string[] {
  return [
    ...dataset.transfers.flatMap((tr) => [tr.window.start, tr.window.end]),
    ...dataset.events.flatMap((ev) => (ev.end ? [ev.start, ev.end] : [ev.start])),
  ];
}

/** The step slider with its tick numbers: a click or a key (arrows, Home, End, Page Up/Down) picks a step. */
function StepSlider({ step, lang, valueText, onStep }: { step: number; lang: Lang; valueText: string; onStep: (step: number) => void }) {
  return (
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
        onChange={(e) => onStep(Number(e.currentTarget.value))}
      />
      <ol className="ticks" aria-hidden="true">
        {Array.from({ length: TOTAL_STEPS + 1 }, (_, i) => (
          <li key={i} className={i === step ? 'on' : ''}>
            {i === 0 ? '◎' : i}
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * The slider, step buttons, play/pause and the time axis. In the story layout the cards carry
 * the text and the reader scrolls, so the timeline is only the slider, a slim progress bar
 * that still takes clicks and keys (the story then scrolls to the step's card).
 */
export function Timeline() {
  const { store, dataset } = useApp();
  const step = useAppState((s) => s.step);
  const playing = useAppState((s) => s.playing);
  const lang = useAppState((s) => s.lang);
  const embed = useAppState((s) => s.embed);
  const slim = useAppState((s) => s.layout === 'story' && !s.present);
  const actions = store.getState();
  const current = dataset.transfers[step - 1];
  const valueText = stepValueText(dataset, current, lang);
  if (slim) {
    return (
      <section className="timeline timeline-slim" id="timeline" aria-label={t(lang, 'timeline.label')} tabIndex={-1}>
        <StepSlider step={step} lang={lang} valueText={valueText} onStep={(n) => actions.setStep(n)} />
      </section>
    );
  }
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
      <StepSlider step={step} lang={lang} valueText={valueText} onStep={(n) => actions.setStep(n)} />
      {!embed ? <TimeAxis step={step} lang={lang} /> : null}
    </section>
  );
}

/** Step windows and context events on a shared date axis. */
function TimeAxis({ step, lang }: { step: number; lang: Lang }) {
  const { store, dataset } = useApp();
  const end = axisEnd(axisDates(dataset));
  const axisPercentOf = (iso: string) => axisPercent(iso, end);
  return (
    <div className="axis" role="group" aria-label={t(lang, 'timeline.axis')}>
      {/* The compressed stretch after the story's span: hatched and named, so its scale is not misread. */}
      <div className="axis-after" aria-hidden="true" style={{ left: `${MAIN_SHARE}%` }}>
        <span>{t(lang, 'timeline.afterwards')}</span>
      </div>
      <div className="axis-months" aria-hidden="true">
        {MONTHS.map((m) => (
          <span key={m} style={{ left: `${axisPercentOf(m)}%` }}>
            {formatDate(m, lang, { month: 'short' })}
          </span>
        ))}
      </div>
      <div className="axis-windows">
        {dataset.transfers.map((tr) => {
          const left = axisPercentOf(tr.window.start);
          const right = axisPercentOf(tr.window.end);
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
          <li key={ev.id} style={{ left: `${axisPercentOf(ev.start)}%` }} className={Date.parse(`${ev.start}T00:00:00Z`) > MAIN_END ? 'after' : undefined}>
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
