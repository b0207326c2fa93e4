import { describe, expect, it } from 'vitest';
import { EXPERT_IMPORT_COLUMNS, expertImportTemplateRows, parseExpertSheet, parseUnavailableText, splitFieldCodes, type ImportCell } from './expert-import.ts';

const HEADERS = EXPERT_IMPORT_COLUMNS.map((column) => column.header);
const row = (values: Partial<Record<(typeof HEADERS)[number], ImportCell>>): ImportCell[] => HEADERS.map((header) => values[header] ?? null);

describe('expert roster import', () => {
  it('reads the template’s example row without an error', () => {
    const parsed = parseExpertSheet(expertImportTemplateRows());
    expect(parsed.errors).toEqual([]);
    expect(parsed.rowCount).toBe(1);
    expect(parsed.drafts[0]).toEqual({
      row: 2,
      draft: expect.objectContaining({ username: 'zhang_mingyuan', panelRole: 'technical', tier: 'general', fieldCodes: ['C36', 'C40'], regionCode: '330200', loadCap: 5, rating: 85, unavailable: [{ from: '2026-12-01', to: '2026-12-10' }] }),
    });
  });

  it('reads categories, numbers typed as numbers, separators and dates the way offices write them', () => {
    const parsed = parseExpertSheet([
      HEADERS,
      row({ 姓名: '李娜', 用户名: 'li_na', 专家类别: '财务专家', 库别: '重大项目库', 领域代码: 'j67、c36, I65 ;M73', 地区代码: 440300, 评审上限: 3, 信用评分: 90, 不可评审时段: '2026/7/1～2026/7/3；2026-08-08', 手机: 13900001111 }),
    ]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.drafts[0]!.draft).toMatchObject({ panelRole: 'finance', tier: 'major', fieldCodes: ['J67', 'C36', 'I65', 'M73'], regionCode: '440300', loadCap: 3, rating: 90, phone: '13900001111', unavailable: [{ from: '2026-07-01', to: '2026-07-03' }, { from: '2026-08-08', to: '2026-08-08' }] });
    expect(splitFieldCodes(' C36 ；C40 ')).toEqual(['C36', 'C40']);
    expect(parseUnavailableText('')).toEqual([]);
  });

  it('reports every bad cell with its row and column, skips empty rows and catches a username used twice', () => {
    const parsed = parseExpertSheet([
      HEADERS,
      row({ 姓名: '王五', 用户名: 'wang_wu', 专家类别: '技术', 领域代码: 'C36' }),
      row({}),
      row({ 姓名: '', 用户名: 'x', 专家类别: '医学', 库别: '特级', 领域代码: 'Z99', 评审上限: 500, 信用评分: 'A', 地区代码: '3302', 单位统一社会信用代码: '91330200ABCDEFGH12', 不可评审时段: '2026-12-10~2026-12-01', 邮箱: 'not-mail' }),
      row({ 姓名: '王五', 用户名: 'WANG_WU', 专家类别: '法律', 领域代码: 'L72' }),
    ]);
    expect(parsed.rowCount).toBe(3);
    expect(parsed.drafts.map((draft) => draft.row)).toEqual([2]);
    expect(parsed.errors.filter((error) => error.row === 4).map((error) => [error.column, error.field])).toEqual([
      ['姓名', 'displayName'],
      ['用户名', 'username'],
      ['邮箱', 'email'],
      ['专家类别', 'panelRole'],
      ['库别', 'tier'],
      ['单位统一社会信用代码', 'organisationUscc'],
      ['领域代码', 'fieldCodes.0'],
      ['评审上限', 'loadCap'],
      ['信用评分', 'rating'],
      ['地区代码', 'regionCode'],
      ['不可评审时段', 'unavailable.0.to'],
    ]);
    expect(parsed.errors.filter((error) => error.row === 5)).toEqual([{ row: 5, column: '用户名', field: 'username', message: 'repeats the username of row 2' }]);
    // Well-formed usernames of every row, sound or not, for the platform-wide check.
    expect(parsed.usernames).toEqual([
      { row: 2, username: 'wang_wu' },
      { row: 5, username: 'WANG_WU' },
    ]);
  });

  it('names a required column missing from the header row', () => {
    const parsed = parseExpertSheet([HEADERS.filter((header) => header !== '领域代码'), ['王五']]);
    expect(parsed.errors).toEqual([{ row: 1, column: '领域代码', field: 'fieldCodes', message: 'column is missing from the header row' }]);
    expect(parsed.drafts).toEqual([]);
  });
});
