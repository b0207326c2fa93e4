import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, InputNumber, Select, Typography } from 'antd';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { translateServerMessage } from '@/i18n';
import { formatBasisPoints } from '@/lib/money';
import { useIndicatorsT } from './use-indicators-t';
import './indicators-editor.css';

export type IndicatorDirection = 'higher_is_better' | 'lower_is_better';

/** One 考核指标 as edited: numbers stay null until typed, so a half-filled row is representable. */
export interface IndicatorDraft {
  key: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  threshold: number | null;
  /** Basis points: 10000 = 100%. */
  weightBp: number;
  direction: IndicatorDirection;
  testMethod: string;
}

export const WHOLE_BP = 10_000;

export const emptyIndicator = (index: number): IndicatorDraft => ({
  key: `indicator_${index + 1}`,
  name: '',
  unit: '',
  baseline: null,
  target: null,
  threshold: null,
  weightBp: 0,
  direction: 'higher_is_better',
  testMethod: '',
});

export const totalWeightBp = (rows: readonly IndicatorDraft[]): number => rows.reduce((sum, row) => sum + row.weightBp, 0);

/** Percent as typed (two decimals at most) → integer basis points, exactly: 33.33 → 3333. */
export const percentToBp = (percent: number | null): number => (percent === null ? 0 : Math.round(percent * 100));

/**
 * What the list needs before it is worth sending: a name, a target and a test method per row, weights totalling 100%.
 * Messages by the same paths as `errors`; `t` is the editor's own (useIndicatorsT). The server checks all of it again.
 */
export function indicatorIssues(rows: readonly IndicatorDraft[], t: ReturnType<typeof useIndicatorsT>['t']): Map<string, string[]> {
  const issues = new Map<string, string[]>();
  rows.forEach((row, index) => {
    if (!row.name.trim()) issues.set(`${index}.name`, [t('required')]);
    if (row.target === null) issues.set(`${index}.target`, [t('needsNumber')]);
    if (!row.testMethod.trim()) issues.set(`${index}.testMethod`, [t('required')]);
  });
  const total = totalWeightBp(rows);
  if (rows.length === 0) issues.set('', [t('empty')]);
  else if (total !== WHOLE_BP) issues.set('', [t('totalOff', { total: formatBasisPoints(total) })]);
  return issues;
}

export interface IndicatorsEditorProps {
  value?: IndicatorDraft[];
  onChange?: (rows: IndicatorDraft[]) => void;
  /** Messages by path relative to the list: '' for the whole list, '0.key' for a field of a row (server or client). */
  errors?: ReadonlyMap<string, string[]>;
  disabled?: boolean;
  /** Id of the list's own label, for the group's accessible name. */
  'aria-labelledby'?: string;
}

type Field = Exclude<keyof IndicatorDraft, never>;

/**
 * The shared editor of 考核指标: one block per indicator with every field labelled, add and remove, and the live
 * weight total that must reach 100%. Controlled (value/onChange), so it sits inside an antd Form.Item as it is.
 */
export function IndicatorsEditor({ value = [], onChange, errors, disabled = false, ...aria }: IndicatorsEditorProps) {
  const { t } = useIndicatorsT();
  const baseId = useId();
  const focusRow = useRef<number | null>(null);
  const rowsRef = useRef<HTMLDivElement>(null);
  const total = totalWeightBp(value);

  useEffect(() => {
    // After "add", put the cursor in the new row's first field so keyboard users continue where they are.
    if (focusRow.current === null) return;
    const input = rowsRef.current?.querySelector<HTMLInputElement>(`[data-row="${focusRow.current}"] input`);
    input?.focus();
    focusRow.current = null;
  }, [value.length]);

  const update = (index: number, patch: Partial<IndicatorDraft>) => onChange?.(value.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const add = () => {
    focusRow.current = value.length;
    // The new row takes what is left of 100%, so a list typed top to bottom ends at the total.
    onChange?.([...value, { ...emptyIndicator(value.length), weightBp: Math.max(0, WHOLE_BP - total) }]);
  };
  const remove = (index: number) => onChange?.(value.filter((_, i) => i !== index));

  const errorOf = (index: number, field: Field): string | undefined => errors?.get(`${index}.${field}`)?.map(translateServerMessage).join('；');
  const listErrors = errors?.get('')?.map(translateServerMessage) ?? [];

  const field = (index: number, name: Field, span: string, control: (id: string, label: string, invalid: boolean) => ReactNode) => {
    const id = `${baseId}-${index}-${name}`;
    const fieldLabel = name === 'weightBp' ? t('weight') : t(name as 'key');
    const error = errorOf(index, name);
    return (
      <div className={`indicator-field ${span}`}>
        <label htmlFor={id}>{fieldLabel}</label>
        {control(id, t('fieldLabel', { number: index + 1, field: fieldLabel }), Boolean(error))}
        {error && (
          <span className="field-error" id={`${id}-error`} role="alert">
            {error}
          </span>
        )}
      </div>
    );
  };

  const numberField = (index: number, name: 'baseline' | 'target' | 'threshold', row: IndicatorDraft) =>
    field(index, name, 'span-2', (id, label, invalid) => (
      <InputNumber id={id} aria-label={label} aria-invalid={invalid} status={invalid ? 'error' : undefined} disabled={disabled} value={row[name]} onChange={(next) => update(index, { [name]: typeof next === 'number' ? next : null })} />
    ));

  return (
    <div className="indicators-editor" role="group" aria-labelledby={aria['aria-labelledby']}>
      <Typography.Text type="secondary">{t('hint')}</Typography.Text>
      <div ref={rowsRef} className="indicators-editor" role="list">
        {value.length === 0 && <Typography.Text type="secondary">{t('empty')}</Typography.Text>}
        {value.map((row, index) => {
          const rowHasError = [...(errors?.keys() ?? [])].some((path) => path.startsWith(`${index}.`));
          return (
            <div role="listitem" key={index} data-row={index} className={`indicator-row${rowHasError ? ' has-error' : ''}`} aria-label={t('row', { number: index + 1 })}>
              <div className="indicator-row-head">
                <Typography.Text strong>{t('row', { number: index + 1 })}</Typography.Text>
                <Button type="text" danger size="small" icon={<DeleteOutlined />} disabled={disabled} onClick={() => remove(index)} aria-label={t('remove', { number: index + 1 })} />
              </div>
              <div className="indicator-grid">
                {field(index, 'name', 'span-5', (id, label, invalid) => (
                  <Input id={id} aria-label={label} aria-invalid={invalid} status={invalid ? 'error' : undefined} disabled={disabled} maxLength={200} value={row.name} onChange={(event) => update(index, { name: event.target.value })} />
                ))}
                {field(index, 'key', 'span-3', (id, label, invalid) => (
                  <Input id={id} aria-label={label} aria-invalid={invalid} status={invalid ? 'error' : undefined} disabled={disabled} maxLength={40} title={t('keyHelp')} value={row.key} onChange={(event) => update(index, { key: event.target.value.trim() })} />
                ))}
                {field(index, 'unit', 'span-2', (id, label, invalid) => (
                  <Input id={id} aria-label={label} aria-invalid={invalid} status={invalid ? 'error' : undefined} disabled={disabled} maxLength={40} value={row.unit} onChange={(event) => update(index, { unit: event.target.value })} />
                ))}
                {field(index, 'direction', 'span-2', (id, label) => (
                  <Select<IndicatorDirection>
                    id={id}
                    aria-label={label}
                    disabled={disabled}
                    value={row.direction}
                    onChange={(direction) => update(index, { direction })}
                    options={(['higher_is_better', 'lower_is_better'] as const).map((direction) => ({ value: direction, label: t(`directions.${direction}`) }))}
                  />
                ))}
                {numberField(index, 'baseline', row)}
                {numberField(index, 'target', row)}
                {numberField(index, 'threshold', row)}
                {field(index, 'weightBp', 'span-2', (id, label, invalid) => (
                  <InputNumber
                    id={id}
                    aria-label={label}
                    aria-invalid={invalid}
                    status={invalid ? 'error' : undefined}
                    disabled={disabled}
                    min={0}
                    max={100}
                    precision={2}
                    step={5}
                    suffix="%"
                    value={row.weightBp / 100}
                    onChange={(next) => update(index, { weightBp: percentToBp(typeof next === 'number' ? next : null) })}
                  />
                ))}
                {field(index, 'testMethod', 'span-4', (id, label, invalid) => (
                  <Input id={id} aria-label={label} aria-invalid={invalid} status={invalid ? 'error' : undefined} disabled={disabled} maxLength={1000} value={row.testMethod} onChange={(event) => update(index, { testMethod: event.target.value })} />
                ))}
              </div>
            </div>
          );
        })}
      </div>
      <div className="indicators-footer">
        <Button icon={<PlusOutlined />} onClick={add} disabled={disabled || value.length >= 50}>
          {t('add')}
        </Button>
        <Typography.Text type={total === WHOLE_BP ? 'success' : 'danger'} strong aria-live="polite" data-testid="indicators-total">
          {total === WHOLE_BP ? t('totalOk') : t('totalOff', { total: formatBasisPoints(total) })}
        </Typography.Text>
      </div>
      {listErrors.length > 0 && <Alert type="error" showIcon title={listErrors.join('；')} />}
    </div>
  );
}
