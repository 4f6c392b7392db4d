import { useEffect, useRef } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import { Chart } from './chart-setup';

interface Props {
  config: ChartConfiguration;
  /** Accessible name of the chart (the figures are also in the page as text). */
  label: string;
  height?: number;
  testId?: string;
}

/** One chart.js chart; later renders update it in place instead of redrawing from scratch. */
export function ChartCanvas({ config, label, height = 260, testId }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);

  useEffect(() => {
    if (!canvas.current) return;
    if (!chart.current) {
      chart.current = new Chart(canvas.current, config);
    } else {
      chart.current.data = config.data;
      chart.current.options = config.options ?? {};
      chart.current.update('none');
    }
  }, [config]);

  useEffect(() => () => {
    chart.current?.destroy();
    chart.current = null;
  }, []);

  return (
    <div class="chart" style={{ height: `${height}px` }}>
      <canvas ref={canvas} role="img" aria-label={label} data-testid={testId} />
    </div>
  );
}
