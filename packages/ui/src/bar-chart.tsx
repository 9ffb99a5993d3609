export interface Bar {
  label: string;
  value: number;
  color?: string;
}

/** A target drawn as a dashed vertical line across the bars, with its label above. */
export interface ChartTarget {
  value: number;
  label: string;
}

/** Rough width of a label in 11 px type: CJK characters are square, Latin ones about half as wide. */
function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 11 : 6.3;
  return w;
}

/** A horizontal bar chart in SVG (no chart library: the figures are few), optionally with a target line. */
export function BarChart({
  bars,
  max,
  format,
  title,
  target,
  testId,
}: {
  bars: Bar[];
  max?: number;
  format?: (v: number) => string;
  title?: string;
  target?: ChartTarget;
  testId?: string;
}) {
  const top = max ?? Math.max(1, ...bars.map((b) => b.value), target?.value ?? 0);
  const rowH = 20;
  // The label column fits the longest label (within limits), so English labels are not cut off.
  const labelW = Math.round(Math.min(170, Math.max(60, ...bars.map((b) => labelWidth(b.label) + 10))));
  const width = 320;
  const head = target ? 16 : 0;
  const plot = width - labelW - 56;
  const targetX = target ? labelW + (plot * Math.min(target.value, top)) / top : 0;
  return (
    <figure className="cc-chart" data-testid={testId}>
      {title && <figcaption>{title}</figcaption>}
      <svg width={width} height={bars.length * rowH + 4 + head} role="img" aria-label={title}>
        {bars.map((b, i) => {
          const w = Math.max(0, (plot * Math.min(b.value, top)) / top);
          return (
            <g key={b.label} transform={`translate(0 ${i * rowH + 2 + head})`}>
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
        {target && (
          <g data-testid={testId ? `${testId}-target` : undefined}>
            <line x1={targetX} x2={targetX} y1={head - 2} y2={bars.length * rowH + 4 + head} stroke="#c92a2a" strokeDasharray="4 3" />
            <text x={targetX} y={11} textAnchor={targetX > width - 60 ? 'end' : 'middle'} fontSize="10" fill="#c92a2a">
              {target.label}
            </text>
          </g>
        )}
      </svg>
    </figure>
  );
}
