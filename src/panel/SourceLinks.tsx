import { Fragment } from 'react';
import { useApp } from '../state/context';
import type { Lang } from '../model/types';
import { formatSourceDate, t } from '../i18n';

/** Links to the cited sources, each opening in a new tab without leaking the opener. */
export function SourceLinks({ ids, lang }: { ids: string[]; lang: Lang }) {
  const { dataset } = useApp();
  const items = ids.map((id) => dataset.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  if (!items.length) return null;
  return (
    <span className="source-links">
      {items.map((s, i) => (
        <Fragment key={s.id}>
          {i > 0 ? '; ' : ''}
          <a href={s.url} target="_blank" rel="noopener noreferrer" title={`${s.title} (${t(lang, 'newTab')})`}>
            {s.publisher}, {formatSourceDate(s.date, lang)}
          </a>
        </Fragment>
      ))}
    </span>
  );
}
