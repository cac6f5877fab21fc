/**
 * The list view: all ten transfers as one accessible table (when, how, route, the
 * certainty of each, sources), in a native modal dialog. "Show on map" goes to that step,
 * closes the list and puts focus on the map, whose description then says what it shows.
 * Every text comes from data/transfers.json and the catalogs. Loaded lazily (App.tsx).
 */
import { useApp, useAppState } from '../state/context';
import { pick, t, type MessageKey } from '../i18n';
import { Badge } from '../ui/Badge';
import { SourceLinks } from '../ui/SourceLinks';
import { routeCertainty, transferSources } from '../text/step-text';
import { transferRoute } from '../text/describe';
import { placeName } from '../text/step-text';
import { SourcesDiffer } from '../ui/SourcesDiffer';
import './transfer-list.css';
import { useModalPanel } from '../ui/use-modal';
import { PanelDialog } from '../ui/PanelDialog';

/** Where focus goes after "Show on map": the map canvas, else the step card. */
export function focusMapView(doc: Document = document): void {
  const canvas = doc.querySelector<HTMLElement>('.map canvas.maplibregl-canvas');
  if (canvas && canvas.getClientRects().length > 0) {
    canvas.focus();
    return;
  }
  const card = doc.getElementById('step-card');
  if (card) {
    if (!card.hasAttribute('tabindex')) card.setAttribute('tabindex', '-1');
    card.focus();
  }
}

/** A column's label, repeated inside each cell for the stacked phone layout (hidden from screen readers: the table header already names the column). */
function CellLabel({ text }: { text: string }) {
  return (
    <span className="cell-label" aria-hidden="true">
      {text}
    </span>
  );
}

export function TransferList() {
  const { store, dataset } = useApp();
  const lang = useAppState((s) => s.lang);
  const step = useAppState((s) => s.step);
  const ref = useModalPanel('transfers');

  const show = (n: number) => {
    store.getState().pause();
    store.getState().setStep(n);
    // close() hands focus back to the opener at once; then move it to the map.
    ref.current?.close();
    store.getState().setPanel('none');
    focusMapView();
  };

  const col = {
    transfer: t(lang, 'handout.transfer'),
    when: t(lang, 'card.window'),
    how: t(lang, 'card.mode'),
    route: t(lang, 'card.route'),
    sources: t(lang, 'handout.sources'),
    map: t(lang, 'list.map'),
  };

  return (
    <PanelDialog dialogRef={ref} className="transfer-list" titleId="transfer-list-title" title={t(lang, 'list.button')} closeLabel={t(lang, 'list.close')}>
      <p className="transfer-list-note">
        {t(lang, 'list.caption')} {t(lang, 'timeline.sequenceNote')}
      </p>
      {/* Explicit roles keep the table a table for assistive technology in the stacked phone layout (display: block). */}
      <table className="transfer-table" role="table" aria-labelledby="transfer-table-caption">
        <caption id="transfer-table-caption">{t(lang, 'handout.transfers')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader" className="col-n">
              {t(lang, 'handout.step')}
            </th>
            {[col.transfer, col.when, col.how, col.route, col.sources, col.map].map((label) => (
              <th key={label} scope="col" role="columnheader">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {dataset.transfers.map((tr) => {
            const current = tr.step === step;
            const title = pick(tr.title, lang);
            const modeKey = (tr.mode.value ? `mode.${tr.mode.value}` : 'mode.not-disclosed') as MessageKey;
            const route = transferRoute(dataset, tr, lang);
            return (
              <tr key={tr.id} role="row" className={current ? 'is-current' : undefined} aria-current={current ? 'step' : undefined}>
                <td role="cell" className="col-n">
                  {tr.step}
                </td>
                <th scope="row" role="rowheader" className="col-title">
                  <span className="list-title">{title}</span>
                  <span className="list-record">{t(lang, `record.${tr.record}`)}</span>
                  <SourcesDiffer step={tr.step} lang={lang} compact />
                </th>
                <td role="cell">
                  <CellLabel text={col.when} />
                  {pick(tr.window.label, lang)} <Badge certainty={tr.window.certainty} lang={lang} />
                </td>
                <td role="cell">
                  <CellLabel text={col.how} />
                  {t(lang, modeKey)} <Badge certainty={tr.mode.certainty} lang={lang} />
                </td>
                <td role="cell">
                  <CellLabel text={col.route} />
                  {route} <Badge certainty={routeCertainty(tr)} lang={lang} />
                  {tr.onward.value !== null ? (
                    <span className="list-onward">
                      {t(lang, 'card.onward')}: {t(lang, 'card.onwardValue', { place: placeName(dataset, tr.onward.value, lang) })}{' '}
                      <Badge certainty={tr.onward.certainty} lang={lang} />
                    </span>
                  ) : null}
                </td>
                <td role="cell" className="col-sources">
                  <CellLabel text={col.sources} />
                  <SourceLinks ids={transferSources(tr)} lang={lang} />
                </td>
                <td role="cell" className="col-map">
                  <button type="button" className="show-on-map" aria-label={`${t(lang, 'list.show')}: ${title}`} onClick={() => show(tr.step)}>
                    {t(lang, 'list.show')}
                  </button>
                  {current ? <span className="current-tag">{t(lang, 'list.current')}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </PanelDialog>
  );
}
