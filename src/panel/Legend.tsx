import { useApp, useAppState } from '../state/context';
import { t } from '../i18n';
import { CERTAINTIES } from '../model/constants';
import { legendLines } from '../look/legend';
import { LineSwatch } from '../look/LineSwatch';
import { Badge } from '../ui/Badge';

/** Line colours by mode, line styles by certainty, and the certainty badges: meaning never by colour alone. */
export function Legend() {
  const { dataset } = useApp();
  const lang = useAppState((s) => s.lang);
  const lines = legendLines(dataset);
  return (
    <section className="legend" aria-label={t(lang, 'legend.title')}>
      <ul className="legend-lines">
        {lines
          .filter((l) => l.kind === 'mode')
          .map((l) => (
            <li key={l.label}>
              <LineSwatch line={l} />
              {t(lang, l.label)}
            </li>
          ))}
      </ul>
      <ul className="legend-lines legend-styles" aria-label={t(lang, 'legend.lines')}>
        {lines
          .filter((l) => l.kind === 'style')
          .map((l) => (
            <li key={l.label} data-line-style={l.style}>
              <LineSwatch line={l} stroke={3} />
              {t(lang, l.label)}
            </li>
          ))}
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
