import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { IndicatorsEditor, emptyIndicator, percentToBp, type IndicatorDraft } from '.';

function Harness({ initial }: { initial: IndicatorDraft[] }) {
  const [rows, setRows] = useState(initial);
  return (
    <>
      <IndicatorsEditor value={rows} onChange={setRows} errors={new Map([['0.key', ['duplicate key "a"']]])} />
      <output data-testid="weights">{rows.map((row) => row.weightBp).join(',')}</output>
    </>
  );
}

describe('the indicators editor', () => {
  it('labels every input, keeps the live weight total, adds and removes rows', () => {
    render(<Harness initial={[{ ...emptyIndicator(0), weightBp: 6000 }]} />);
    for (const field of ['标识', '指标名称', '单位', '现状值', '目标值', '最低可接受值', '权重 %', '测试/验收方法']) expect(screen.getByLabelText(`指标 1 · ${field}`)).toBeTruthy();
    expect(screen.getByText('权重合计须为 100%，当前 60%')).toBeTruthy();
    expect(screen.getByText('duplicate key "a"')).toBeTruthy();
    expect(screen.getByLabelText('指标 1 · 标识').getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: /添加指标/ }));
    // The new row takes the rest of 100% and the focus.
    expect(screen.getByTestId('weights').textContent).toBe('6000,4000');
    expect(screen.getByText('权重合计为 100%')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('指标 2 · 指标名称'));

    fireEvent.change(screen.getByLabelText('指标 2 · 权重 %'), { target: { value: '33.33' } });
    expect(screen.getByTestId('weights').textContent).toBe('6000,3333');
    fireEvent.click(screen.getByRole('button', { name: '删除指标 1' }));
    expect(screen.getByTestId('weights').textContent).toBe('3333');
  });

  it('turns percent into basis points exactly', () => {
    expect(percentToBp(33.33)).toBe(3333);
    expect(percentToBp(0.29)).toBe(29);
    expect(percentToBp(null)).toBe(0);
  });
});
