import { useApp, useAppState } from '../state/context';
import { t } from '../i18n';
import { Badge } from './Badge';
import { SourceLinks } from './SourceLinks';
import { SourcesDiffer } from './SourcesDiffer';
import { ESTIMATES_HEADING_ID, revealInDialog } from './reveal-section';

/** Source ids behind the overview's headline facts (resolved against sources.json in tests). */
export const OVERVIEW_SOURCES = {
  headline: ['news1-2023-11-01', 'ap-2023-11-01'],
  tenOdd: ['news1-2023-11-01', 'hankyoreh-en-2023-11-02'],
  unconfirmed: ['hankyoreh-2023-11-01'],
};

/** The overview: headline facts and the caveats that come with them. */
export function Overview() {
  const { store } = useApp();
  const lang = useAppState((s) => s.lang);
  // "And since then?": Sources & method, opened at the later estimates.
  const openEstimates = () => {
    store.getState().setPanel('sources');
    revealInDialog(ESTIMATES_HEADING_ID);
  };
  return (
    <article className="step-card overview" aria-labelledby="step-title">
      <p className="eyebrow">{t(lang, 'overview')}</p>
      <h2 id="step-title">{t(lang, 'overview.heading')}</h2>
      <p className="headline">
        <strong>{t(lang, 'overview.headline')}</strong> <Badge certainty="reported" lang={lang} />
      </p>
      <p className="fact-basis">
        {t(lang, 'overview.headlineSource')} <SourceLinks ids={OVERVIEW_SOURCES.headline} lang={lang} />
      </p>
      <ul className="caveats">
        <li>{t(lang, 'overview.total')}</li>
        <li>
          {t(lang, 'overview.tenOdd')} <SourceLinks ids={OVERVIEW_SOURCES.tenOdd} lang={lang} />
        </li>
        <li>
          {t(lang, 'overview.unconfirmed')} <SourceLinks ids={OVERVIEW_SOURCES.unconfirmed} lang={lang} />
        </li>
      </ul>
      <p className="overview-steps">{t(lang, 'overview.steps')}</p>
      <SourcesDiffer step={0} lang={lang} />
      <p className="muted">{t(lang, 'timeline.sequenceNote')}</p>
      <p className="later-figures">
        <button type="button" onClick={openEstimates} aria-haspopup="dialog">
          {t(lang, 'estimates.open')}
        </button>
      </p>
      <p className="hint">{t(lang, 'overview.start')}</p>
    </article>
  );
}
