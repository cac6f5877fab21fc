import { useAppState } from '../state/context';
import { t } from '../i18n';
import { CERTAINTIES } from '../model/constants';
import { Badge } from './Badge';

/** Line styles and certainty badges; dash patterns carry meaning without colour. */
export function Legend() {
  const lang = useAppState((s) => s.lang);
  return (
    <section className="legend" aria-label={t(lang, 'legend.title')}>
      <ul className="legend-lines">
        <li>
          <svg width="36" height="10" aria-hidden="true"><line x1="2" y1="5" x2="34" y2="5" className="lg-sea" /></svg>
          {t(lang, 'legend.sea')}
        </li>
        <li>
          <svg width="36" height="10" aria-hidden="true"><line x1="2" y1="5" x2="34" y2="5" className="lg-rail" /></svg>
          {t(lang, 'legend.rail')}
        </li>
        <li>
          <svg width="36" height="10" aria-hidden="true"><line x1="3" y1="5" x2="34" y2="5" className="lg-air" /></svg>
          {t(lang, 'legend.air')}
        </li>
        <li>
          <svg width="36" height="10" aria-hidden="true">
            <line x1="2" y1="5" x2="26" y2="5" className="lg-front" />
            <polygon points="26,1 34,5 26,9" className="lg-front-head" />
          </svg>
          {t(lang, 'legend.front')}
        </li>
      </ul>
      <p className="legend-cert">
        {t(lang, 'legend.certainty')}:{' '}
        {CERTAINTIES.map((c) => (
          <Badge key={c} certainty={c} lang={lang} />
        ))}
      </p>
    </section>
  );
}
