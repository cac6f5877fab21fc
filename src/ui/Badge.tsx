import type { Certainty, Lang } from '../model/types';
import { t } from '../i18n';

const SHAPE: Record<Certainty, string> = { reported: '●', inferred: '◐', illustrative: '◌', unknown: '?' };

/** Certainty badge: a shape and a word, never colour alone. */
export function Badge({ certainty, lang }: { certainty: Certainty; lang: Lang }) {
  return (
    <span className={`badge badge-${certainty}`} title={t(lang, `certainty.${certainty}.help`)}>
      <span aria-hidden="true" className="badge-shape">
        {SHAPE[certainty]}
      </span>
      {t(lang, `certainty.${certainty}`)}
    </span>
  );
}
