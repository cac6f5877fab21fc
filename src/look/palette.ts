/** Map colours per theme. Mode colours are from the Okabe–Ito set, darkened where they sit on land. */
import type { Theme } from '../state/store';

export interface Palette {
  ocean: string;
  land: string;
  landLine: string;
  border: string;
  lake: string;
  sea: string;
  rail: string;
  air: string;
  front: string;
  muted: string;
  casing: string;
  text: string;
  halo: string;
  port: string;
  depot: string;
  city: string;
}

export const PALETTES: Record<Theme, Palette> = {
  light: {
    ocean: '#d9e6ee',
    land: '#f5f2eb',
    landLine: '#c3bcae',
    border: '#8c8578',
    lake: '#d9e6ee',
    sea: '#c24e00',
    rail: '#00457a',
    air: '#a35a8a',
    front: '#8f1d1d',
    muted: '#635e55',
    casing: '#ffffff',
    text: '#1f1f1f',
    halo: '#ffffff',
    port: '#c24e00',
    depot: '#8f1d1d',
    city: '#5a554d',
  },
  dark: {
    ocean: '#0f1c26',
    land: '#243039',
    landLine: '#3d4a54',
    border: '#7d8a95',
    lake: '#0f1c26',
    sea: '#ffa95c',
    rail: '#6cc3ff',
    air: '#d080b8',
    front: '#e8706a',
    muted: '#86939d',
    casing: '#0f1c26',
    text: '#f2f2f2',
    halo: '#0f1c26',
    port: '#ffa95c',
    depot: '#e8706a',
    city: '#c3ccd3',
  },
  contrast: {
    ocean: '#c8dcff',
    land: '#ffffff',
    landLine: '#000000',
    border: '#000000',
    lake: '#c8dcff',
    sea: '#b30000',
    rail: '#0030b0',
    air: '#903058',
    front: '#000000',
    muted: '#5b5b5b',
    casing: '#ffffff',
    text: '#000000',
    halo: '#ffffff',
    port: '#b30000',
    depot: '#000000',
    city: '#000000',
  },
};
