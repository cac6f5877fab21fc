/**
 * The map's answer to a snapshot request (store.snapshot()): a copy of the live map's
 * pixels, re-rendered sharper when the image wants more pixels than the screen has.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { MapSnapshot } from '../state/store';

function once(map: MlMap, type: 'idle' | 'render', ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    map.once(type, () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Copies the map's pixels, re-rendered at up to 2.5 device pixels per CSS pixel to reach `wantWidth`. */
export async function captureMap(map: MlMap, wantWidth: number): Promise<MapSnapshot> {
  const cssWidth = map.getCanvas().clientWidth || 1;
  const before = map.getPixelRatio();
  const ratio = Math.min(2.5, Math.max(before, wantWidth / cssWidth));
  const raise = ratio > before + 0.05;
  try {
    if (raise) {
      map.setPixelRatio(ratio);
      await once(map, 'idle', 4000);
    }
    // A synchronous redraw leaves the frame in the drawing buffer until this task ends.
    map.redraw();
    const src = map.getCanvas();
    const image = document.createElement('canvas');
    image.width = src.width;
    image.height = src.height;
    const ctx = image.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(src, 0, 0);
    return { image, cssWidth, frame: map.getContainer().parentElement ?? map.getContainer() };
  } finally {
    if (raise) map.setPixelRatio(before);
  }
}
