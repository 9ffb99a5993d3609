export interface Bar {
  label: string;
  value: number;
  color?: string;
}

/** A horizontal bar chart in SVG (no chart library: the figures are few). */
export function BarChart({ bars, max, format, title }: { bars: Bar[]; max?: number; format?: (v: number) => string; title?: string }) {
  const top = max ?? Math.max(1, ...bars.map((b) => b.value));
  const rowH = 20;
  const labelW = 118;
  const width = 320;
  return (
    <figure className="cc-chart">
      {title && <figcaption>{title}</figcaption>}
      <svg width={width} height={bars.length * rowH + 4} role="img" aria-label={title}>
        {bars.map((b, i) => {
          const w = Math.max(0, ((width - labelW - 56) * b.value) / top);
          return (
            <g key={b.label} transform={`translate(0 ${i * rowH + 2})`}>
              <text x={labelW - 6} y={13} textAnchor="end" fontSize="11">
                {b.label}
              </text>
              <rect x={labelW} y={3} width={w} height={rowH - 7} fill={b.color ?? '#3b6fb6'} rx={2} />
              <text x={labelW + w + 4} y={13} fontSize="11">
                {format ? format(b.value) : b.value}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
