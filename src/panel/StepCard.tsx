import type { ReactNode } from 'react';
import { useApp, useAppState } from '../state/context';
import type { Certainty, Lang, Transfer } from '../model/types';
import { pick, t, vesselText, type MessageKey } from '../i18n';
import { Badge } from '../ui/Badge';
import { SourceLinks } from '../ui/SourceLinks';
import { ShareButton } from '../ui/ShareButton';
import { Overview, type CardPlacement } from './Overview';
import { SourcesDiffer } from '../ui/SourcesDiffer';
import { placeName as placeNameOf, routeCertainty as routeCertaintyOf, stepEyebrow } from '../text/step-text';

function Row({ label, value, certainty, lang, basis, sources }: {
  label: string;
  value: ReactNode;
  certainty: Certainty;
  lang: Lang;
  basis?: string;
  sources: string[];
}) {
  return (
    <div className="fact-row">
      <dt>{label}</dt>
      <dd>
        <span className="fact-value">{value}</span> <Badge certainty={certainty} lang={lang} />
        {basis || sources.length ? (
          <span className="fact-basis">
            {basis ? <>{basis} </> : null}
            <SourceLinks ids={sources} lang={lang} />
          </span>
        ) : null}
      </dd>
    </div>
  );
}

/** Window label as the data words it ("7–8 Sep 2023", "Aug – Oct 2023 (undated)"). */
function WindowValue({ transfer, lang }: { transfer: Transfer; lang: Lang }) {
  const w = transfer.window;
  return (
    <>
      {pick(w.label, lang)}
    </>
  );
}

/** The card for one transfer: every field with its certainty and sources. */
export function TransferCard({ transfer, headingId = 'step-title', tabIndex, current }: { transfer: Transfer } & CardPlacement) {
  const lang = useAppState((s) => s.lang);
  const { dataset } = useApp();
  const placeName = (id: string | null, l: Lang) => placeNameOf(dataset, id, l);
  const modeKey = (transfer.mode.value ? `mode.${transfer.mode.value}` : 'mode.not-disclosed') as MessageKey;
  const routeCertainty = routeCertaintyOf(transfer);
  return (
    <article className="step-card" aria-labelledby={headingId} tabIndex={tabIndex} aria-current={current ? 'step' : undefined}>
      <p className="eyebrow">{stepEyebrow(transfer, lang)}</p>
      <h2 id={headingId}>{pick(transfer.title, lang)}</h2>
      <p className="summary">{pick(transfer.summary, lang)}</p>
      <dl className="facts">
        <Row
          label={t(lang, 'card.window')}
          value={<WindowValue transfer={transfer} lang={lang} />}
          certainty={transfer.window.certainty}
          lang={lang}
          basis={pick(transfer.window.basis, lang)}
          sources={transfer.window.sources}
        />
        <Row
          label={t(lang, 'card.mode')}
          value={t(lang, modeKey)}
          certainty={transfer.mode.certainty}
          lang={lang}
          basis={pick(transfer.mode.basis, lang)}
          sources={transfer.mode.sources}
        />
        <Row
          label={t(lang, 'card.route')}
          value={
            <>
              {placeName(transfer.from.value, lang)} → {placeName(transfer.to.value, lang)}
            </>
          }
          certainty={routeCertainty}
          lang={lang}
          basis={[pick(transfer.from.basis, lang), pick(transfer.to.basis, lang)].filter(Boolean).join(' ')}
          sources={[...new Set([...transfer.from.sources, ...transfer.to.sources])]}
        />
        <Row
          label={t(lang, 'card.vessel')}
          value={vesselText(transfer.vessel, lang) ?? t(lang, 'card.notIdentified')}
          certainty={transfer.vessel.certainty}
          lang={lang}
          basis={pick(transfer.vessel.basis, lang)}
          sources={transfer.vessel.sources}
        />
        {transfer.onward.value !== null ? (
          <Row
            label={t(lang, 'card.onward')}
            value={t(lang, 'card.onwardValue', { place: placeName(transfer.onward.value, lang) })}
            certainty={transfer.onward.certainty}
            lang={lang}
            basis={pick(transfer.onward.basis, lang)}
            sources={transfer.onward.sources}
          />
        ) : null}
        <Row label={t(lang, 'card.quantity')} value={t(lang, 'card.quantityUnknown')} certainty="unknown" lang={lang} sources={[]} />
      </dl>
      <SourcesDiffer step={transfer.step} lang={lang} />
      <h3>{t(lang, 'card.evidence')}</h3>
      <ul className="evidence">
        {transfer.evidence.map((e, i) => (
          <li key={i}>
            <span className={`strength strength-${e.strength}`} title={t(lang, `card.strength.${e.strength}`)}>
              {e.strength}
            </span>{' '}
            {pick(e.text, lang)} <SourceLinks ids={e.sources} lang={lang} />
          </li>
        ))}
      </ul>
      <ShareButton step={transfer.step} lang={lang} title={pick(transfer.title, lang)} />
    </article>
  );
}

/** Shows the overview or the current transfer. */
export function StepCard() {
  const step = useAppState((s) => s.step);
  const { dataset } = useApp();
  const transfer = dataset.transfers[step - 1];
  return (
    <div className="card-scroll" id="step-card">
      {step === 0 || !transfer ? <Overview /> : <TransferCard transfer={transfer} />}
    </div>
  );
}
