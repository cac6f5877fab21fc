import { useEffect, useState } from 'react';
import { useApp, useAppState } from '../state/context';
import { LANG_NAMES, pick, t } from '../i18n';
import { LANGS } from '../model/constants';
import type { Lang } from '../model/types';
import { LAYOUTS, THEME_CHOICES, TOTAL_STEPS, type Layout, type ThemeChoice } from '../state/store';
import { embedSrc, iframeSnippet, pymSnippet, scrollSnippet, type EmbedOptions } from './snippet';
import { safePageBase } from '../env/page-url';
import { CopySnippet } from '../ui/CopySnippet';
import './embed-dialog.css';
import { PanelDialog } from '../ui/PanelDialog';
import { useModalPanel } from '../ui/use-modal';

/** The embed dialog: options, the iframe and pym.js codes, and a live preview. */
export function EmbedDialog() {
  const { store, dataset } = useApp();
  const uiLang = useAppState((s) => s.lang);
  const ref = useModalPanel('embed');
  const [step, setStep] = useState(() => store.getState().step);
  const [lang, setLang] = useState<Lang>(() => store.getState().lang);
  // An embed is light unless asked; a theme the reader picked on purpose carries over.
  const [theme, setTheme] = useState<ThemeChoice>(() => (store.getState().theme === 'auto' ? 'light' : store.getState().theme));
  const [autoplay, setAutoplay] = useState(false);
  const [controls, setControls] = useState(true);
  // The page's own layout is the first choice offered: a story reader embedding it gets the story.
  const [layout, setLayout] = useState<Layout>(() => store.getState().layout);

  const options: EmbedOptions = { base: safePageBase(), step, lang, theme, autoplay, controls, layout, title: t(lang, 'embed.frameTitle') };
  const src = embedSrc(options);
  // Each preview load boots a whole map in this page's thread: wait until the options settle.
  const [previewSrc, setPreviewSrc] = useState(src);
  useEffect(() => {
    const id = setTimeout(() => setPreviewSrc(src), 700);
    return () => clearTimeout(id);
  }, [src]);

  return (
    <PanelDialog dialogRef={ref} className="sources embed-dialog" titleId="embed-title" title={t(uiLang, 'embed.heading')} closeLabel={t(uiLang, 'embed.close')}>
      <p>{t(uiLang, 'embed.intro')}</p>
      <fieldset className="embed-options">
        <legend>{t(uiLang, 'embed.options')}</legend>
        <label>
          {t(uiLang, 'embed.step')}
          <select value={step} onChange={(e) => setStep(Number(e.currentTarget.value))}>
            {Array.from({ length: TOTAL_STEPS + 1 }, (_, i) => {
              const tr = dataset.transfers[i - 1];
              return (
                <option key={i} value={i}>
                  {i === 0 || !tr ? t(uiLang, 'overview') : `${i}. ${pick(tr.title, uiLang)}`}
                </option>
              );
            })}
          </select>
        </label>
        <label>
          {t(uiLang, 'embed.lang')}
          <select value={lang} onChange={(e) => setLang(e.currentTarget.value as Lang)}>
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(uiLang, 'embed.layout')}
          <select value={layout} onChange={(e) => setLayout(e.currentTarget.value as Layout)}>
            {LAYOUTS.map((l) => (
              <option key={l} value={l}>
                {t(uiLang, `embed.layout.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(uiLang, 'embed.theme')}
          <select value={theme} onChange={(e) => setTheme(e.currentTarget.value as ThemeChoice)} aria-describedby="embed-theme-hint">
            {THEME_CHOICES.map((th) => (
              <option key={th} value={th}>
                {t(uiLang, `embed.theme.${th}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="embed-check">
          <input type="checkbox" checked={autoplay} onChange={(e) => setAutoplay(e.currentTarget.checked)} />
          {t(uiLang, 'embed.autoplay')}
        </label>
        <label className="embed-check">
          <input type="checkbox" checked={controls} onChange={(e) => setControls(e.currentTarget.checked)} />
          {t(uiLang, 'embed.controls')}
        </label>
      </fieldset>
      <p id="embed-theme-hint" className="embed-hint">{t(uiLang, 'embed.themeHint')}</p>
      <CopySnippet label={t(uiLang, 'embed.code')} hint={t(uiLang, layout === 'story' ? 'embed.codeHintStory' : 'embed.codeHint')} code={iframeSnippet(options)} lang={uiLang} />
      <CopySnippet label={t(uiLang, 'embed.pym')} hint={t(uiLang, 'embed.pymHint')} code={pymSnippet(options)} lang={uiLang} />
      <CopySnippet
        label={t(uiLang, 'embed.scroll')}
        hint={t(uiLang, 'embed.scrollHint')}
        code={scrollSnippet(options, (n) => t(uiLang, 'embed.scrollPara', { n }))}
        lang={uiLang}
        rows={6}
      />
      <h3>{t(uiLang, 'embed.sandboxHeading')}</h3>
      <p className="embed-hint">{t(uiLang, 'embed.sandbox')}</p>
      <h3>{t(uiLang, 'embed.preview')}</h3>
      <div className="embed-preview">
        <iframe key={previewSrc} src={previewSrc} title={options.title} allow="fullscreen" loading="lazy" />
      </div>
    </PanelDialog>
  );
}
