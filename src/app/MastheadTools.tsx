import { useApp, useAppState } from '../state/context';
import { t } from '../i18n';
import { LanguageSwitch } from '../panel/LanguageSwitch';
import { TeachTools } from '../present/TeachTools';

/**
 * The header's tools: sources, the transfer list, the language switch, embed and the
 * classroom menu. App portals them into the HTML shell's masthead. The build also renders
 * them into index.html (`boot`: hidden and inert, src/app/intro.tsx) so that they hold
 * their room in the header before the scripts arrive: on a phone they wrap under the title
 * in two rows, and the dek moved down ~90 px when React added them.
 */
export function MastheadTools({ boot = false }: { boot?: boolean }) {
  const { store } = useApp();
  const lang = useAppState((s) => s.lang);
  return (
    <nav className="tools" {...(boot ? { 'data-boot': '', 'aria-hidden': true, inert: true } : {})}>
      <button type="button" onClick={() => store.getState().setPanel('sources')} aria-haspopup="dialog">
        {t(lang, 'sources.button')}
      </button>
      <button type="button" onClick={() => store.getState().setPanel('transfers')} aria-haspopup="dialog">
        {t(lang, 'list.button')}
      </button>
      <LanguageSwitch />
      <button type="button" onClick={() => store.getState().setPanel('embed')} aria-haspopup="dialog">
        {t(lang, 'embed.button')}
      </button>
      <TeachTools />
    </nav>
  );
}
