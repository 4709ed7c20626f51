import type { Tone } from '../document';

/** Page geometry in millimetres: A4 with a wider inner (left) margin for binding. */
export const page = { width: 210, height: 297 } as const;
export const margin = { left: 25, right: 18, top: 24, bottom: 22 } as const;
export const contentWidth = page.width - margin.left - margin.right;
export const contentBottom = page.height - margin.bottom;

/** 1 pt in mm. */
export const pt = 25.4 / 72;

/** The app's palette (src/app/styles.css), so the report looks like the tool it came from. */
export const colors = {
  primary: '#0b4f6c',
  primaryDark: '#073347',
  accent: '#f2b134',
  text: '#1b1f24',
  muted: '#4a5561',
  border: '#c9d1d9',
  rule: '#dfe4e9',
  zebra: '#f4f6f8',
  panel: '#eef3f6',
  white: '#ffffff',
  warning: '#a4480f',
  warningPanel: '#fbece6',
} as const;

/** Horizon colours: a strip on each row and the table head, so Now / Next / Later read at a glance. */
export const toneColors: Record<Tone, { strong: string; tint: string }> = {
  now: { strong: '#1b6e3a', tint: '#e6f4ea' },
  next: { strong: '#0b4f6c', tint: '#e3eef7' },
  later: { strong: '#5b3f8c', tint: '#efeaf6' },
  backlog: { strong: '#5b6672', tint: '#eef0f2' },
  dropped: { strong: '#8a96a3', tint: '#f4f6f8' },
};

/** Type sizes in pt. */
export const type = {
  body: 9.5,
  lead: 11,
  small: 8,
  table: 7.6,
  tableSub: 6.8,
  h1: 20,
  h2: 12.5,
  caption: 8.5,
} as const;

export const lineHeightFactor = 1.25;

export const fontFamily = 'Inter';
