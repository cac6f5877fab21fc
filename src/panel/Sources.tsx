import { useApp, useAppState } from '../state/context';
import { formatSourceDate, languageName, pick, t, type MessageKey } from '../i18n';
import { useModalPanel } from './use-modal';
import { PanelDialog } from './PanelDialog';

const METHOD: MessageKey[] = ['method.unconfirmed', 'method.tenOdd', 'method.rail', 'method.placement', 'method.coords', 'method.borders', 'method.credits'];

/** Sources & method, in a native modal dialog (focus trap and Esc for free). */
export function Sources() {
  const { dataset } = useApp();
  const lang = useAppState((s) => s.lang);
  const ref = useModalPanel('sources');
  const sorted = [...dataset.sources].sort((a, b) => a.date.localeCompare(b.date) || a.publisher.localeCompare(b.publisher));
  return (
    <PanelDialog dialogRef={ref} className="sources" titleId="sources-title" title={t(lang, 'sources.heading')} closeLabel={t(lang, 'sources.close')}>
      <h3>{t(lang, 'sources.method')}</h3>
      <ul className="method">
        {METHOD.map((k) => (
          <li key={k}>{t(lang, k)}</li>
        ))}
      </ul>
      <h3>{t(lang, 'sources.list')}</h3>
      <ol className="source-list">
        {sorted.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.publisher}: {s.title}
            </a>{' '}
            <span className="muted">
              ({formatSourceDate(s.date, lang)}, {languageName(s.language, lang)})
            </span>
            <br />
            <span className="supports">
              {t(lang, 'sources.supports')}: {pick(s.supports, lang)}
            </span>
          </li>
        ))}
      </ol>
    </PanelDialog>
  );
}
