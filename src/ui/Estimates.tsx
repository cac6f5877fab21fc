/**
 * "How the estimate grew": the later official and research figures (facts.md §5) as a small
 * chart and a table, in Sources & method and on the printed handout. Context for the map,
 * never part of it: the map and its ten steps show what was reported for 2023.
 *
 * Each figure is one body's estimate, counted from its own start date by its own method, so
 * the chart draws every number as a separate labelled mark and joins none of them (no line
 * suggests one counter going up). The table says everything the chart shows, in words, with
 * who said it, when and the source: it is what screen readers and the printed page rely on.
 */
import { useId } from 'react';
import { useApp, useAppState } from '../state/context';
import type { Estimate, Lang, Source } from '../model/types';
import { formatDate, formatSourceDate, pick, t } from '../i18n';
import { SourceLinks } from './SourceLinks';
import { copyLabel, sourceByline } from '../text/source-format';
import { CHART, TITLE_DY, formatFull, layoutEstimates, type MarkKind, type Measure } from './estimates-chart';
import { ESTIMATES_HEADING_ID } from './reveal-section';
import './estimates.css';

const TITLE: Record<Measure, 'estimates.containers' | 'estimates.rounds'> = { containers: 'estimates.containers', rounds: 'estimates.rounds' };
const KEY: Record<MarkKind, 'estimates.key.containers' | 'estimates.key.sent' | 'estimates.key.capacity' | 'estimates.key.weight'> = {
  containers: 'estimates.key.containers',
  sent: 'estimates.key.sent',
  capacity: 'estimates.key.capacity',
  weight: 'estimates.key.weight',
};
const BASIS: Record<'sent' | 'capacity' | 'weight', 'estimates.basis.sent' | 'estimates.basis.capacity' | 'estimates.basis.weight'> = {
  sent: 'estimates.basis.sent',
  capacity: 'estimates.basis.capacity',
  weight: 'estimates.basis.weight',
};

const MONTH: Intl.DateTimeFormatOptions = { month: 'short' };
const YEAR_MONTH: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric' };

/** One mark's shape: never colour alone (squares, filled and hollow circles, a hollow diamond). */
function Shape({ kind, x, y, r }: { kind: MarkKind; x: number; y: number; r: number }) {
  switch (kind) {
    case 'containers':
      return <rect className="est-fill" x={x - r * 0.9} y={y - r * 0.9} width={r * 1.8} height={r * 1.8} />;
    case 'sent':
      return <circle className="est-fill" cx={x} cy={y} r={r} />;
    case 'capacity':
      return <circle className="est-hollow" cx={x} cy={y} r={r} />;
    case 'weight':
      return <rect className="est-hollow" x={x - r * 0.8} y={y - r * 0.8} width={r * 1.6} height={r * 1.6} transform={`rotate(45 ${x} ${y})`} />;
  }
}

/** The chart: containers above, rounds below, on one time axis; every number its own mark. */
export function EstimatesChart({ estimates, lang, print = false }: { estimates: readonly Estimate[]; lang: Lang; print?: boolean }) {
  const titleId = `${useId()}-chart`;
  const titles = { containers: t(lang, TITLE.containers), rounds: t(lang, TITLE.rounds) };
  const L = layoutEstimates(estimates, lang, titles);
  const kinds = (['containers', 'sent', 'capacity', 'weight'] as const).filter((k) => L.marks.some((m) => m.kind === k));
  return (
    <figure className="est-figure">
      {/* Scrolls sideways on a phone rather than shrink the labels: focusable, so it scrolls by keyboard too. */}
      <div className="est-chart-scroll" {...(print ? {} : { tabIndex: 0, role: 'region', 'aria-labelledby': titleId })}>
        <svg className="est-chart-svg" viewBox={`0 0 ${L.width} ${L.height}`} role="img" aria-labelledby={titleId} fontSize={CHART.fontSize}>
          <title id={titleId}>{t(lang, 'estimates.chartLabel')}</title>
          {L.panels.map((p) => (
            <g key={p.measure} className="est-panel" data-measure={p.measure}>
              <text className="est-title" x={L.left} y={p.top + TITLE_DY} fill="currentColor" fontWeight={700}>
                {titles[p.measure]}
              </text>
              <g className="est-axis">
                {L.xTicks.map((tk) => (
                  <line key={tk.iso} className="est-grid" x1={tk.x} x2={tk.x} y1={p.top} y2={p.bottom} />
                ))}
                {p.ticks.map((tk) => (
                  <line key={tk.value} className={tk.value === 0 ? 'est-zero' : 'est-grid'} x1={L.left} x2={L.width - L.right} y1={tk.y} y2={tk.y} />
                ))}
                {p.ticks.map((tk) => (
                  <text key={tk.value} x={L.left - 6} y={tk.y + 4} textAnchor="end" fill="currentColor">
                    {tk.text}
                  </text>
                ))}
                {L.xTicks.map((tk, i) => (
                  <text key={tk.iso} x={tk.x} y={p.bottom + 16} textAnchor="middle" fill="currentColor">
                    {/* The year on the first tick and on each January only: full dates would touch in Korean and Ukrainian. */}
                    {formatDate(tk.iso, lang, i === 0 || tk.iso.slice(5, 7) === '01' ? YEAR_MONTH : MONTH)}
                  </text>
                ))}
              </g>
            </g>
          ))}
          <g className="est-marks">
            {L.marks.map((m) => (
              <g key={`${m.id}-${m.measure}`} data-mark="" data-estimate={m.id} data-measure={m.measure} data-kind={m.kind}>
                <Shape kind={m.kind} x={m.x} y={m.y} r={CHART.markRadius} />
                <text x={m.labelX} y={m.labelY} textAnchor={m.anchor} fill="currentColor">
                  {`[${m.row}] ${m.text}`}
                </text>
              </g>
            ))}
          </g>
        </svg>
      </div>
      <ul className="est-key">
        {kinds.map((k) => (
          <li key={k}>
            <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true" focusable="false">
              <Shape kind={k} x={0} y={0} r={CHART.markRadius} />
            </svg>
            {t(lang, KEY[k])}
          </li>
        ))}
      </ul>
      <figcaption>{t(lang, 'estimates.caption')}</figcaption>
    </figure>
  );
}

/** "more than 10,000" / "about 6,700" */
function said(n: number, how: 'more-than' | 'about' | undefined, lang: Lang): string {
  return t(lang, how === 'about' ? 'estimates.about' : 'estimates.moreThan', { n: formatFull(n, lang) });
}

/** What the chart draws of an estimate, in words (the table's "On the chart" column). */
export function plottedText(e: Estimate, lang: Lang): string {
  const parts: string[] = [];
  if (e.containers !== null) parts.push(`${t(lang, 'estimates.containers')}: ${said(e.containers, e.said.containers, lang)}`);
  if (e.rounds !== null) parts.push(`${t(lang, 'estimates.rounds')}: ${said(e.rounds, e.said.rounds, lang)} (${t(lang, BASIS[e.roundsBasis ?? 'sent'])})`);
  return parts.length ? parts.join('; ') : t(lang, 'estimates.notPlotted');
}

function sourceText(s: Source, lang: Lang): string {
  const label = `${sourceByline(s)}, ${formatSourceDate(s.date, lang)}`;
  return s.copy ? `${label} (${copyLabel(s, lang)})` : label;
}

/** The table: every estimate, in date order, numbered as the chart's labels are. */
export function EstimatesTable({ estimates, lang, print = false }: { estimates: readonly Estimate[]; lang: Lang; print?: boolean }) {
  const { dataset } = useApp();
  const captionId = `${useId()}-caption`;
  const rows = [...estimates].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <div className="est-table-scroll" {...(print ? {} : { tabIndex: 0, role: 'region', 'aria-labelledby': captionId })}>
      <table className="est-table">
        <caption id={captionId}>{t(lang, 'estimates.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'estimates.col.row')}</th>
            <th scope="col">{t(lang, 'estimates.col.date')}</th>
            <th scope="col">{t(lang, 'estimates.col.who')}</th>
            <th scope="col">{t(lang, 'estimates.col.figure')}</th>
            {/* On paper the chart sits right above the table: the "On the chart" column would repeat it. */}
            {print ? null : <th scope="col">{t(lang, 'estimates.col.plotted')}</th>}
            <th scope="col">{t(lang, 'estimates.col.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e, i) => (
            <tr key={e.id} data-estimate={e.id}>
              <td>{i + 1}</td>
              <td className="est-date">{formatDate(e.date, lang)}</td>
              <th scope="row">{pick(e.who, lang)}</th>
              <td>
                {pick(e.figure, lang)}
                {e.caveat ? <span className="est-caveat">{pick(e.caveat, lang)}</span> : null}
              </td>
              {print ? null : <td>{plottedText(e, lang)}</td>}
              <td className="est-sources">
                {print
                  ? e.sources
                      .map((id) => dataset.sources.find((s) => s.id === id))
                      .filter((s) => s !== undefined)
                      .map((s) => sourceText(s, lang))
                      .join('; ')
                  : <SourceLinks ids={e.sources} lang={lang} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The section: heading, what it is (and is not), the chart and the table. In Sources &
 * method its heading is the target of the overview's link; on the handout (`print`) it is
 * one of the handout's h2 sections and names sources in text (the list below has the links).
 */
export function Estimates({ print = false }: { print?: boolean }) {
  const { dataset } = useApp();
  const lang = useAppState((s) => s.lang);
  const uid = useId();
  if (!dataset.estimates.length) return null;
  const headingId = print ? `${uid}-heading` : ESTIMATES_HEADING_ID;
  const Heading = print ? 'h2' : 'h3';
  return (
    <section className={print ? 'est-section handout-estimates' : 'est-section'} aria-labelledby={headingId}>
      <Heading id={headingId} tabIndex={print ? undefined : -1}>
        {t(lang, 'estimates.heading')}
      </Heading>
      <p className="est-intro">{t(lang, 'estimates.intro')}</p>
      <EstimatesChart estimates={dataset.estimates} lang={lang} print={print} />
      <EstimatesTable estimates={dataset.estimates} lang={lang} print={print} />
    </section>
  );
}
