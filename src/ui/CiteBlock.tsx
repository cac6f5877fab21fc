/** "Cite this map" in Sources & method: a plain-text citation and a BibTeX entry, each copyable. */
import { useState } from 'react';
import { t } from '../i18n';
import type { Lang } from '../model/types';
import { citeBibtex, citePlain, isoDay, type CiteInput } from '../text/cite';
import { safePageBase } from '../env/page-url';
import { CopySnippet } from './CopySnippet';

export function CiteBlock({ version, lang }: { version: string | null; lang: Lang }) {
  // The day the reader opened the citation, fixed while it is on screen.
  const [accessed] = useState(() => isoDay(new Date()));
  const input: CiteInput = {
    title: t(lang, 'handout.title'),
    medium: t(lang, 'cite.medium'),
    version,
    url: safePageBase(),
    accessed,
    versionLabel: t(lang, 'cite.version'),
    accessedLabel: t(lang, 'cite.accessed'),
  };
  return (
    <section className="cite" aria-labelledby="cite-title">
      <h3 id="cite-title">{t(lang, 'cite.heading')}</h3>
      <p className="muted">{t(lang, 'cite.intro')}</p>
      <CopySnippet label={t(lang, 'cite.plain')} code={citePlain(input)} lang={lang} rows={3} />
      <CopySnippet label="BibTeX" code={citeBibtex(input)} lang={lang} rows={9} />
    </section>
  );
}
