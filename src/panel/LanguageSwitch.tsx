import { useApp, useAppState } from '../state/context';
import { LANG_NAMES, t } from '../i18n';
import { switchLang } from '../i18n/lang-pack';
import { LANGS } from '../model/constants';
import type { Lang } from '../model/types';
import './language-switch.css';

function isLang(v: string): v is Lang {
  return (LANGS as readonly string[]).includes(v);
}

/**
 * A native select: each option is written in its own language (and marked with `lang`),
 * so a reader finds theirs whatever language is on screen. Changing it keeps the step.
 */
export function LanguageSwitch() {
  const { store } = useApp();
  const lang = useAppState((s) => s.lang);
  return (
    <label className="lang-switch">
      <svg className="lang-switch-icon" width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="9.5" />
        <path d="M2.5 12h19M12 2.5c2.6 2.7 3.9 5.8 3.9 9.5s-1.3 6.8-3.9 9.5M12 2.5C9.4 5.2 8.1 8.3 8.1 12s1.3 6.8 3.9 9.5" />
      </svg>
      <span className="visually-hidden">{t(lang, 'lang.label')}</span>
      <select
        value={lang}
        onChange={(e) => {
          const next = e.currentTarget.value;
          // The select shows the old language until the new one's pack is in (lang-pack.ts).
          if (isLang(next)) void switchLang(store, next);
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
