/**
 * The printed handout (print.css shows it and hides the app): page 1 the overview map
 * and the headline facts, page 2 the ten transfers as a table with certainty and
 * sources, page 3 the method notes and the source list. Hidden on screen.
 *
 * The map is an SVG drawn from the same data as the WebGL map, so it prints sharp, shows
 * the overview whatever step is on screen, and needs no canvas capture at print time.
 */
import { memo, useEffect, useMemo, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { useApp, useAppState } from '../state/context';
import type { Certainty, Dataset, Lang, Transfer } from '../model/types';
import type { RouteGeometry } from '../geo/route';
import en from '../i18n/en.json';
import { formatDate, formatSourceDate, pick, t, vesselText, type MessageKey } from '../i18n';
import { PALETTES } from '../look/palette';
import { disagreementsFor } from '../ui/SourcesDiffer';
import { BORDER_DASH, lineStyleOf, roundCap, svgDash } from '../look/line-style';
// The basemap files directly, not through map/base-style.ts: that module (with the map's
// layers and turf) stays in the startup chunk alone instead of becoming a shared chunk.
import landUrl from '../../data/basemap/land.json?url';
import landInsetUrl from '../../data/basemap/land-inset.json?url';
import bordersUrl from '../../data/basemap/borders.json?url';
import { fitProjection, pathData } from '../svg/projection';
import { placeLabels } from '../svg/labels';
import { OVERVIEW_SOURCES } from '../text/overview';
import { modeText, placeName, routeCertainty, sourceLine, transferSources } from '../text/step-text';
import { copyLabel, noLinkReason, sourceByline } from '../text/source-format';
import { dataVersionText } from '../ui/DataNotes';
import { Estimates } from '../ui/Estimates';
import './print.css';

const MARK: Record<Certainty, string> = { reported: '●', inferred: '◐', illustrative: '◌', unknown: '?' };

/** Method notes: every `method.*` string, so a note added to the sources panel is printed too. */
const METHOD_KEYS = Object.keys(en).filter((k) => k.startsWith('method.')) as MessageKey[];

const W = 1000;
const H = 560;

interface Land {
  land: FeatureCollection | null;
  inset: FeatureCollection | null;
  borders: FeatureCollection | null;
}

async function fetchJson(url: string | undefined): Promise<FeatureCollection | null> {
  if (!url) return null;
  try {
    const r = await fetch(url);
    return r.ok ? ((await r.json()) as FeatureCollection) : null;
  } catch {
    return null;
  }
}

/** Loads the basemap once the page has settled (it is only needed when printing). */
function useLand(): Land | null {
  const settled = useAppState((s) => s.mapState !== 'loading');
  const [land, setLand] = useState<Land | null>(null);
  useEffect(() => {
    if (!settled || land) return;
    let live = true;
    const abs = (u: string) => new URL(u, document.baseURI).href;
    void Promise.all([fetchJson(abs(landUrl)), fetchJson(abs(landInsetUrl)), fetchJson(abs(bordersUrl))]).then(([l, i, b]) => {
      if (live) setLand({ land: l, inset: i, borders: b });
    });
    return () => {
      live = false;
    };
  }, [settled, land]);
  return land;
}

/** The overview map as SVG: land, borders, every leg by mode and pattern, the main places. */
const HandoutMap = memo(function HandoutMap({ dataset, geometry, lang, land }: { dataset: Dataset; geometry: RouteGeometry; lang: Lang; land: Land | null }) {
  const p = PALETTES.light;
  const box = geometry.bounds[0];
  const proj = useMemo(() => (box ? fitProjection(box, W, H, { top: 30, right: 110, bottom: 30, left: 60 }) : null), [box]);
  // The land outlines are the heavy part: project them once per basemap.
  const paths = useMemo(() => {
    if (!proj) return { land: '', borders: '' };
    const fc = (c: FeatureCollection | null | undefined) => (c ? c.features.map((f) => pathData(f.geometry, proj.point)).join('') : '');
    return { land: fc(land?.land) + fc(land?.inset), borders: fc(land?.borders) };
  }, [land, proj]);
  if (!proj) return null;
  const colour = (mode: string) => (mode === 'sea' ? p.sea : mode === 'rail' ? p.rail : mode === 'air' ? p.air : p.front);
  const places = dataset.places.filter((pl) => pl.rank <= 2);
  const dots = places.map((pl) => ({ pl, xy: proj.point(pl.coord) }));
  const labels = placeLabels(
    dots.map(({ pl, xy }) => ({ id: pl.id, text: pl.names[lang], x: xy[0], y: xy[1], priority: pl.rank, fontSize: 17 })),
    W,
    H,
  );
  return (
    <svg
      className="handout-map-svg"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={t(lang, 'handout.mapCaption')}
      fontFamily="'Noto Sans', 'Noto Sans KR', sans-serif"
    >
      <rect width={W} height={H} fill={p.ocean} />
      <path d={paths.land} fill={p.land} />
      <path d={paths.borders} fill="none" stroke={p.border} strokeWidth={1} strokeDasharray={BORDER_DASH.join(' ')} />
      <g fill="none" strokeLinejoin="round">
        {dataset.legs.map((l) => (
          <path key={`c-${l.properties.id}`} d={pathData(l.geometry, proj.point)} stroke={p.casing} strokeWidth={7} strokeLinecap="round" />
        ))}
        {dataset.legs.map((l) => (
          <path
            key={l.properties.id}
            d={pathData(l.geometry, proj.point)}
            data-mode={l.properties.mode}
            stroke={colour(l.properties.mode)}
            strokeWidth={3.5}
            strokeDasharray={svgDash(lineStyleOf(l.properties.mode, l.properties.certainty), 3.5)}
            strokeLinecap={roundCap(lineStyleOf(l.properties.mode, l.properties.certainty)) ? 'round' : 'butt'}
          />
        ))}
      </g>
      {geometry.arrowhead ? <path d={pathData(geometry.arrowhead.geometry, proj.point)} fill={p.front} /> : null}
      {dots.map(({ pl, xy }) => (
        <circle key={pl.id} cx={xy[0]} cy={xy[1]} r={pl.rank === 1 ? 5.5 : 4.5} fill={pl.kind === 'port' ? p.port : pl.kind === 'depot' ? p.depot : pl.kind === 'airport' ? p.air : p.city} stroke={p.halo} strokeWidth={1.5} />
      ))}
      <g fill={p.text} stroke={p.halo} strokeWidth={4} strokeLinejoin="round" paintOrder="stroke">
        {labels.map((l) => (
          <text key={l.id} x={l.tx} y={l.ty} fontSize={l.fontSize} textAnchor={l.anchor} fontWeight={l.priority === 1 ? 700 : 400}>
            {l.text}
          </text>
        ))}
      </g>
    </svg>
  );
});

function Cell({ text, certainty }: { text: string; certainty: Certainty }) {
  return (
    <>
      {text}{' '}
      <span className="handout-mark" title={certainty}>
        {MARK[certainty]}
      </span>
    </>
  );
}

/**
 * "Sources differ" on paper, in words (no colour needed): in a step's row the claim only; on
 * page 1 (`full`) every disagreement once, each side with its sources.
 */
function HandoutDiffer({ dataset, step, lang, full = false }: { dataset: Dataset; step?: number; lang: Lang; full?: boolean }) {
  const items = step === undefined ? dataset.disagreements : disagreementsFor(dataset, step);
  if (!items.length) return null;
  return (
    <span className="handout-differ">
      {items.map((d) => (
        <span key={d.id} className="handout-differ-item">
          <strong>{t(lang, 'differ.label')}</strong> {pick(d.claim, lang)}
          {full ? <>: {d.sides.map((s) => `${pick(s.text, lang)} [${sourceLine(dataset, s.sources)}]`).join(' / ')}.</> : null}
        </span>
      ))}
    </span>
  );
}

function TransferRow({ tr, dataset, lang }: { tr: Transfer; dataset: Dataset; lang: Lang }) {
  return (
    <tr>
      <th scope="row">{tr.step}</th>
      <td>
        <strong>{pick(tr.title, lang)}</strong>
        <span className="handout-record">{t(lang, `record.${tr.record}`)}</span>
        <HandoutDiffer dataset={dataset} step={tr.step} lang={lang} />
      </td>
      <td>
        <Cell text={pick(tr.window.label, lang)} certainty={tr.window.certainty} />
      </td>
      <td>
        <Cell text={modeText(tr, lang)} certainty={tr.mode.certainty} />
      </td>
      <td>
        <Cell text={`${placeName(dataset, tr.from.value, lang)} → ${placeName(dataset, tr.to.value, lang)}`} certainty={routeCertainty(tr)} />
        {tr.onward.value !== null ? (
          <span className="handout-onward">
            <Cell text={t(lang, 'card.onwardValue', { place: placeName(dataset, tr.onward.value, lang) })} certainty={tr.onward.certainty} />
          </span>
        ) : null}
      </td>
      <td>
        <Cell text={vesselText(tr.vessel, lang) ?? t(lang, 'card.notIdentified')} certainty={tr.vessel.certainty} />
      </td>
      <td className="handout-sources">{sourceLine(dataset, transferSources(tr))}</td>
    </tr>
  );
}

/** The handout: rendered into the page, shown only by the print stylesheet. */
export function Handout() {
  const { dataset, geometry } = useApp();
  const lang = useAppState((s) => s.lang);
  const land = useLand();
  const version = dataVersionText(dataset.corrections, lang);
  const sources = [...dataset.sources].sort((a, b) => a.date.localeCompare(b.date) || a.publisher.localeCompare(b.publisher));
  return (
    <div className="handout" data-ready={land ? 'true' : 'false'}>
      <section className="handout-page">
        <h1>{t(lang, 'handout.title')}</h1>
        <p className="handout-dek">{t(lang, 'dek')}</p>
        {version ? <p className="handout-version">{version}</p> : null}
        <figure className="handout-map">
          <HandoutMap dataset={dataset} geometry={geometry} lang={lang} land={land} />
          <figcaption>{t(lang, 'handout.mapCaption')}</figcaption>
        </figure>
        <p className="handout-headline">
          <strong>{t(lang, 'overview.headline')}</strong> ({t(lang, 'certainty.reported')}: {sourceLine(dataset, OVERVIEW_SOURCES.headline)})
        </p>
        <ul className="handout-caveats">
          <li>{t(lang, 'overview.total')}</li>
          <li>{t(lang, 'overview.tenOdd')}</li>
          <li>{t(lang, 'overview.unconfirmed')}</li>
          <li>{t(lang, 'overview.steps')}</li>
          <li>{t(lang, 'timeline.sequenceNote')}</li>
        </ul>
        <p className="handout-differ-overview">
          <HandoutDiffer dataset={dataset} lang={lang} full />
        </p>
      </section>
      <section className="handout-page">
        <h2>{t(lang, 'handout.transfers')}</h2>
        <p className="handout-key">{t(lang, 'handout.certaintyKey')}</p>
        <table className="handout-table">
          <thead>
            <tr>
              <th scope="col">{t(lang, 'handout.step')}</th>
              <th scope="col">{t(lang, 'handout.transfer')}</th>
              <th scope="col">{t(lang, 'card.window')}</th>
              <th scope="col">{t(lang, 'card.mode')}</th>
              <th scope="col">{t(lang, 'card.route')}</th>
              <th scope="col">{t(lang, 'card.vessel')}</th>
              <th scope="col">{t(lang, 'handout.sources')}</th>
            </tr>
          </thead>
          <tbody>
            {dataset.transfers.map((tr) => (
              <TransferRow key={tr.id} tr={tr} dataset={dataset} lang={lang} />
            ))}
          </tbody>
        </table>
        <p className="handout-note">{t(lang, 'overview.total')}</p>
      </section>
      <section className="handout-page">
        <h2>{t(lang, 'handout.method')}</h2>
        <ul className="handout-method">
          {METHOD_KEYS.map((k) => (
            <li key={k}>{t(lang, k)}</li>
          ))}
        </ul>
        <Estimates print />
      </section>
      <section className="handout-page">
        <h2>{t(lang, 'handout.sourceList')}</h2>
        <ol className="handout-source-list">
          {sources.map((s) => (
            <li key={s.id}>
              {`${sourceByline(s)}, “${s.title}”, ${formatSourceDate(s.date, lang)}.`}{' '}
              {s.url === null ? (
                noLinkReason(s, lang) || t(lang, 'source.noLink')
              ) : (
                <>
                  {s.copy ? `(${copyLabel(s, lang, true)}) ` : null}
                  <span className="handout-url">{s.url}</span>
                </>
              )}
            </li>
          ))}
        </ol>
        {/* The log's date and what changed; the reasons are in Sources & method (three pages at most). */}
        <h2 className="handout-corrections-title">{t(lang, 'corrections.heading')}</h2>
        <ol className="handout-corrections">
          {dataset.corrections.map((c) => (
            <li key={c.id}>
              <time dateTime={c.date}>{formatDate(c.date, lang)}</time>: {pick(c.what, lang)}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
