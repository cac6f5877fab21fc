import { t } from '../i18n';
import type { Lang } from '../model/types';

/**
 * "Loading map…", until the map is drawn: in MapView, and in the page's HTML before React
 * (app/intro.tsx, rendered at build time, so this module stays free of the map's code).
 */
export function MapLoading({ lang }: { lang: Lang }) {
  return (
    <p className="map-status" aria-hidden="true">
      {t(lang, 'map.loading')}
    </p>
  );
}
