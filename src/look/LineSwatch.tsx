import type { LegendLine } from './legend';
import { roundCap, svgDash } from './line-style';

/**
 * A legend line drawn with the map's own dash (line-style.ts) in the line's palette colour,
 * read from the page's CSS custom property of the same name (--sea, --rail, --text …).
 */
export function LineSwatch({ line, width = 36, height = 10, stroke = 4 }: { line: LegendLine; width?: number; height?: number; stroke?: number }) {
  const y = height / 2;
  const end = line.arrow ? width - stroke * 2.2 : width - 2;
  const colour = `var(--${line.colour === 'text' ? 'fg' : line.colour})`;
  const round = roundCap(line.style);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" className={`lg-line lg-${line.style}`}>
      <line x1={round ? 2 + stroke / 2 : 2} y1={y} x2={end} y2={y} stroke={colour} strokeWidth={stroke} strokeDasharray={svgDash(line.style, stroke)} strokeLinecap={round ? 'round' : 'butt'} />
      {line.arrow ? <polygon points={`${end},${y - stroke * 1.1} ${width - 1},${y} ${end},${y + stroke * 1.1}`} fill={colour} /> : null}
    </svg>
  );
}
