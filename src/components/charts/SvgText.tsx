import type { SVGProps } from 'react';
import type { TextBlock } from '../../domain/charts/text';

/** Draws a text block from the chart geometry: one line per tspan, each at its own baseline. */
export function SvgText({
  block,
  fill,
  fontWeight,
  className,
  halo,
}: {
  block: TextBlock;
  fill: string;
  fontWeight?: number;
  className?: string;
  /** A white outline under the glyphs, so that text stays legible where it crosses lines. */
  halo?: boolean;
}) {
  return (
    <text
      x={block.x}
      y={block.y}
      textAnchor={block.anchor}
      fontSize={block.fontSize}
      fontWeight={fontWeight}
      fill={fill}
      className={className}
      {...(halo && {
        stroke: '#ffffff',
        strokeWidth: 3,
        strokeLinejoin: 'round' as const,
        paintOrder: 'stroke',
      })}
      transform={block.rotate ? `rotate(${-block.rotate} ${block.x} ${block.y})` : undefined}
    >
      {block.lines.map((line, index) => (
        <tspan key={index} x={block.x} y={block.y + index * block.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A bold value centred on a point: a heatmap cell's score, a matrix marker's rank. */
export function ValueText({
  at,
  fill,
  children,
}: {
  at: { x: number; y: number; fontSize: number };
  fill: string;
  children: string;
}) {
  return (
    <text x={at.x} y={at.y} textAnchor="middle" fontSize={at.fontSize} fontWeight={700} fill={fill}>
      {children}
    </text>
  );
}

/** A rectangle from the geometry (a heatmap cell, a quadrant), painted as the caller says. */
export function Box({
  box,
  ...paint
}: { box: { x: number; y: number; width: number; height: number } } & Pick<
  SVGProps<SVGRectElement>,
  'fill' | 'stroke' | 'strokeWidth' | 'strokeDasharray'
>) {
  return <rect x={box.x} y={box.y} width={box.width} height={box.height} {...paint} />;
}

/** An id usable inside `url(#…)` references (React's ids contain characters CSS would need escaped). */
export function svgSafeId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '');
}
