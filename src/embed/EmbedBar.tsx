import { useRef } from 'react';
import { useApp, useAppState } from '../state/context';
import { formatDate, pick, t } from '../i18n';
import { dataVersion } from '../model/data-version';
import { Badge } from '../ui/Badge';
import { fullMapUrl } from '../env/page-url';
import { stepEyebrow } from '../text/step-text';
import { FullscreenButton } from './FullscreenButton';
import './embed.css';

/** The URL of this page, or null where even reading it fails. */
function currentHref(): string | null {
  try {
    return window.location.href;
  } catch {
    return null;
  }
}

/**
 * The compact header of the embed: which step this is, its title (and summary on tall
 * frames), a fullscreen toggle when the host allows it, and a link to the full map.
 */
export function EmbedBar() {
  const { store, dataset } = useApp();
  const step = useAppState((s) => s.step);
  const lang = useAppState((s) => s.lang);
  const story = useAppState((s) => s.layout === 'story' && !s.present);
  const ref = useRef<HTMLElement>(null);
  const transfer = step > 0 ? dataset.transfers[step - 1] : undefined;
  const href = currentHref();
  const full = href ? fullMapUrl(href, step) : null;
  const version = dataVersion(dataset.corrections);
  return (
    <header className="embed-bar" id="step-card" ref={ref}>
      <div className="embed-text">
        <p className="embed-heading">
          <span className="eyebrow">{transfer ? stepEyebrow(transfer, lang) : t(lang, 'overview')}</span>{' '}
          <span className="embed-title" id="step-title">
            {transfer ? pick(transfer.title, lang) : t(lang, 'overview.heading')}
          </span>
        </p>
        <p className="embed-summary">
          {transfer ? (
            pick(transfer.summary, lang)
          ) : (
            <>
              {t(lang, 'overview.headline')} <Badge certainty="reported" lang={lang} />
            </>
          )}
        </p>
      </div>
      <div className="embed-actions">
        {/* The list of transfers: every step's text, certainty and sources, which the embed has no card for. */}
        <button
          type="button"
          className="list-button-embed"
          onClick={() => store.getState().setPanel('transfers')}
          aria-haspopup="dialog"
          aria-label={t(lang, 'list.button')}
          title={t(lang, 'list.button')}
        >
          <span aria-hidden="true">☰</span>
          <span className="list-button-label"> {t(lang, 'list.buttonShort')}</span>
        </button>
        {/* The story layout scrolls the document: the whole document goes full screen, so it still scrolls. */}
        <FullscreenButton lang={lang} target={() => (story ? document.documentElement : (ref.current?.closest('.app') ?? null))} />
        {full || version ? (
          <span className="embed-open-line">
            {full ? (
              <a className="embed-open" href={full} target="_blank" rel="noopener noreferrer">
                {t(lang, 'embed.openFull')} <span aria-hidden="true">↗</span>
                <span className="visually-hidden"> ({t(lang, 'newTab')})</span>
              </a>
            ) : null}
            {/* Which state of the data a host page shows: the newest correction's date. */}
            {version ? <span className="embed-version">{t(lang, 'data.version', { date: formatDate(version, lang) })}</span> : null}
          </span>
        ) : null}
      </div>
    </header>
  );
}
