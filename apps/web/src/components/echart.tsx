import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';

/**
 * One ECharts canvas, redrawn when `option` changes (memoise it), resized with the window and disposed on unmount.
 * The caller registers (`echarts.use`) the charts and components it draws, so each lazily loaded chart chunk carries
 * only its own.
 */
export function EChart({ option, title, height }: { option: EChartsCoreOption; title: string; height: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element);
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return <div ref={ref} role="img" aria-label={title} style={{ width: '100%', height }} />;
}
