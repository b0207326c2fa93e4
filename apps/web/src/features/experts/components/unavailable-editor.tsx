import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { dayjs } from '@/lib/dates';
import type { UnavailableWindow } from '../types';
import { useExpertsT } from '../use-experts-t';

export type WindowValue = [Dayjs, Dayjs];

/** Beijing calendar dates as the API stores them, both ends inclusive. */
export const toWindows = (values: readonly (WindowValue | null | undefined)[] | undefined): UnavailableWindow[] =>
  (values ?? []).filter((value): value is WindowValue => Array.isArray(value) && value.length === 2).map(([from, to]) => ({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') }));

export const fromWindows = (windows: readonly UnavailableWindow[]): WindowValue[] => windows.map((window) => [dayjs(window.from), dayjs(window.to)]);

/** 不可评审时段: a list of date ranges, edited inside the surrounding form under `name`. */
export function UnavailableEditor({ name = 'unavailable' }: { name?: string }) {
  const { t } = useExpertsT();
  return (
    <Form.List name={name}>
      {(items, { add, remove }) => (
        <Space orientation="vertical" size={8}>
          {items.map((item) => (
            <Space key={item.key} align="baseline">
              <Form.Item name={item.name} rules={[{ required: true, message: t('form.windowRequired') }]} noStyle>
                <DatePicker.RangePicker aria-label={t('form.unavailable')} />
              </Form.Item>
              <Button type="text" icon={<DeleteOutlined />} aria-label={t('form.removeWindow')} onClick={() => remove(item.name)} />
            </Space>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add()}>
            {t('form.addWindow')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
