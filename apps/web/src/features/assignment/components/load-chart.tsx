import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { EChart } from '@/components/echart';

// Tree-shaken: stacked bars for seats, a line for the caps, in this lazily loaded chunk only.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface LoadChartProps {
  title: string;
  names: string[];
  /** Open seats each expert held before the run. */
  before: number[];
  /** Seats this run proposes. */
  proposed: number[];
  caps: number[];
  labels: { before: string; proposed: string; cap: string };
}

/** Each seated expert's load against their cap: held seats and proposed seats stacked, the cap as a line. */
export default function LoadChart({ title, names, before, proposed, caps, labels }: LoadChartProps) {
  const option = useMemo(
    () => ({
      grid: { left: 40, right: 16, top: 36, bottom: 60 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: labels.before, stack: 'load', data: before, itemStyle: { color: '#b0b7c3' }, barMaxWidth: 36 },
        { type: 'bar', name: labels.proposed, stack: 'load', data: proposed, itemStyle: { color: '#c0262d' }, barMaxWidth: 36 },
        { type: 'line', name: labels.cap, data: caps, step: 'middle', symbol: 'none', lineStyle: { type: 'dashed', color: '#333' } },
      ],
    }),
    [names, before, proposed, caps, labels],
  );
  return <EChart option={option} title={title} height={300} />;
}
