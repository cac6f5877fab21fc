import { useApp, useAppState } from '../state/context';
import { formatSourceDate, languageName, pick, t, type MessageKey } from '../i18n';
import { useModalPanel } from '../ui/use-modal';
import { PanelDialog } from '../ui/PanelDialog';
import { CorrectionsLog, DataDownloads, dataVersionText } from '../ui/DataNotes';
import { copyLabel, noLinkReason, sourceByline } from '../text/source-format';
import { Estimates } from '../ui/Estimates';
import { CiteBlock } from '../ui/CiteBlock';
import { dataVersion } from '../model/data-version';

const METHOD: MessageKey[] = ['method.unconfirmed', 'method.tenOdd', 'method.rail', 'method.placement', 'method.coords', 'method.borders', 'method.credits'];

/** Sources & method, in a native modal dialog (focus trap and Esc for free). */
export function Sources() {
  const { dataset } = useApp();
  const lang = useAppState((s) => s.lang);
  const ref = useModalPanel('sources');
  const version = dataVersionText(dataset.corrections, lang);
  const sorted = [...dataset.sources].sort((a, b) => a.date.localeCompare(b.date) || a.publisher.localeCompare(b.publisher));
  return (
    <PanelDialog dialogRef={ref} className="sources" titleId="sources-title" title={t(lang, 'sources.heading')} closeLabel={t(lang, 'sources.close')}>
      {version ? <p className="data-version muted">{version}</p> : null}
      <h3>{t(lang, 'sources.method')}</h3>
      <ul className="method">
        {METHOD.map((k) => (
          <li key={k}>{t(lang, k)}</li>
        ))}
      </ul>
      <Estimates />
      <h3>{t(lang, 'sources.list')}</h3>
      <ol className="source-list">
        {sorted.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            {/* The original publication; the link is on it only when it goes to the original. */}
            {s.url !== null && !s.copy ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {`${sourceByline(s)}: ${s.title}`}
              </a>
            ) : (
              <span className="source-original" id={`source-${s.id}-original`}>{`${sourceByline(s)}: ${s.title}`}</span>
            )}{' '}
            <span className="muted">
              {s.language ? `(${formatSourceDate(s.date, lang)}, ${languageName(s.language, lang)})` : `(${formatSourceDate(s.date, lang)})`}
            </span>
            {s.url !== null && s.copy ? (
              <>
                {' — '}
                <a href={s.url} target="_blank" rel="noopener noreferrer" className="source-copy" aria-describedby={`source-${s.id}-original`}>
                  {copyLabel(s, lang, true)}
                </a>
              </>
            ) : null}
            {s.url === null ? (
              <>
                <br />
                <span className="source-unlinked">{noLinkReason(s, lang) || t(lang, 'source.noLink')}</span>
              </>
            ) : null}
            <br />
            <span className="supports">
              {t(lang, 'sources.supports')}: {pick(s.supports, lang)}
            </span>
          </li>
        ))}
      </ol>
      <CiteBlock version={dataVersion(dataset.corrections)} lang={lang} />
      <h3>{t(lang, 'downloads.heading')}</h3>
      <p className="downloads-intro">{t(lang, 'downloads.intro')}</p>
      <DataDownloads lang={lang} />
      <h3 id="corrections-title">{t(lang, 'corrections.heading')}</h3>
      <p className="corrections-intro">{t(lang, 'corrections.intro')}</p>
      <CorrectionsLog corrections={dataset.corrections} lang={lang} className="corrections-list" />
    </PanelDialog>
  );
}
