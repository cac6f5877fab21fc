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
    rail: '#005f99',
    air: '#9c3c73',
    front: '#8f1d1d',
    muted: '#a39e95',
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
    sea: '#ff9a5c',
    rail: '#6cc3ff',
    air: '#f2a6d2',
    front: '#ff7a7a',
    muted: '#66737d',
    casing: '#0f1c26',
    text: '#f2f2f2',
    halo: '#0f1c26',
    port: '#ff9a5c',
    depot: '#ff7a7a',
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
    air: '#6a0080',
    front: '#000000',
    muted: '#6b6b6b',
    casing: '#ffffff',
    text: '#000000',
    halo: '#ffffff',
    port: '#b30000',
    depot: '#000000',
    city: '#000000',
  },
};
