import { useApp, useAppState } from '../state/context';
import { OVERVIEW_SOURCES } from '../text/overview';
import { t } from '../i18n';
import { Badge } from '../ui/Badge';
import { SourceLinks } from '../ui/SourceLinks';
import { SourcesDiffer } from '../ui/SourcesDiffer';
import { ESTIMATES_HEADING_ID, revealInDialog } from '../ui/reveal-section';

/**
 * How a card sits in its page. The panel shows one card, headed `step-title`; the story
 * layout shows every card at once, each with its own heading id, focusable (Tab walks the
 * cards) and marked aria-current="step" while it is the map's step.
 */
export interface CardPlacement {
  headingId?: string;
  tabIndex?: number;
  current?: boolean;
}

/**
 * The overview: headline facts and the caveats that come with them. In the story layout
 * (`story`) it is the first of the cards (CardPlacement above) and its last
 * line says to scroll rather than press Next.
 */
export function Overview({ headingId = 'step-title', tabIndex, current, story = false }: CardPlacement & { story?: boolean }) {
  const { store } = useApp();
  const lang = useAppState((s) => s.lang);
  // "And since then?": Sources & method, opened at the later estimates.
  const openEstimates = () => {
    store.getState().setPanel('sources');
    revealInDialog(ESTIMATES_HEADING_ID);
  };
  return (
    <article className="step-card overview" aria-labelledby={headingId} tabIndex={tabIndex} aria-current={current ? 'step' : undefined}>
      <p className="eyebrow">{t(lang, 'overview')}</p>
      <h2 id={headingId}>{t(lang, 'overview.heading')}</h2>
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
      <p className="hint">{t(lang, story ? 'story.start' : 'overview.start')}</p>
    </article>
  );
}
