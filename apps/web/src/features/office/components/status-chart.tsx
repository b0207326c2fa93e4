import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { EChart } from '@/components/echart';

// Tree-shaken: only the bar chart, its grid and tooltip, and the canvas renderer reach this (lazy) chunk.
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface StatusChartProps {
  labels: string[];
  values: number[];
  title: string;
}

/** Counts per status in lifecycle order, as bars. Loaded lazily: ECharts never reaches the public hall's bundle. */
export default function StatusChart({ labels, values, title }: StatusChartProps) {
  const option = useMemo(
    () => ({
      grid: { left: 40, right: 16, top: 16, bottom: 60 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: title, data: values, itemStyle: { color: '#c0262d' }, barMaxWidth: 36, label: { show: true, position: 'top' } }],
    }),
    [labels, values, title],
  );
  return <EChart option={option} title={title} height={320} />;
}
