import { Fragment } from 'react';
import { useApp } from '../state/context';
import type { Lang } from '../model/types';
import { formatSourceDate, t } from '../i18n';
import { copyLabel, noLinkReason, sourceByline } from '../text/source-format';

/**
 * Citations of the sources, each naming the original (publisher, author where known, date;
 * the title on hover). A link opens in a new tab without leaking the opener; a link to a
 * copy says so in its text ("copy on Wired-Gov"); a source with no link says "not linked"
 * and gives the reason on hover (the Sources panel prints it in full).
 */
export function SourceLinks({ ids, lang }: { ids: string[]; lang: Lang }) {
  const { dataset } = useApp();
  const items = ids.map((id) => dataset.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  if (!items.length) return null;
  return (
    <span className="source-links">
      {items.map((s, i) => {
        const label = `${sourceByline(s)}, ${formatSourceDate(s.date, lang)}`;
        return (
          <Fragment key={s.id}>
            {i > 0 ? '; ' : ''}
            {s.url !== null ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer" title={`${s.title} (${t(lang, 'newTab')})`}>
                {s.copy ? `${label} (${copyLabel(s, lang)})` : label}
              </a>
            ) : (
              <span className="source-unlinked" title={`${s.title}. ${noLinkReason(s, lang)}`}>
                {`${label} (${t(lang, 'source.noLink')})`}
              </span>
            )}
          </Fragment>
        );
      })}
    </span>
  );
}
