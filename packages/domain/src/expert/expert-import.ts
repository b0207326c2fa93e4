import { checkUscc } from '../organisation/uscc.ts';
import { EXPERT_PANEL_ROLES, expertProfileIssues, type ExpertPanelRole, type UnavailableWindow } from './expert-profile.ts';
import type { ExpertTier } from './tier.ts';

/**
 * Reading an expert roster (专家名单) from a spreadsheet, as programme offices keep them: one expert per row under
 * Chinese headers. Every row is checked and every problem reported with its row number and column, so the office
 * fixes the file once instead of finding the errors one upload at a time.
 */

export type ImportCell = string | number | boolean | Date | null | undefined;

export const EXPERT_USERNAME_PATTERN = /^[A-Za-z0-9_.-]{3,50}$/;
export const EXPERT_IMPORT_MAX_ROWS = 2000;

export const EXPERT_IMPORT_COLUMNS = [
  { header: '姓名', field: 'displayName', required: true, example: '张明远' },
  { header: '用户名', field: 'username', required: true, example: 'zhang_mingyuan' },
  { header: '手机', field: 'phone', required: false, example: '13800000000' },
  { header: '邮箱', field: 'email', required: false, example: 'zhangmy@example.com' },
  { header: '专家类别', field: 'panelRole', required: true, example: '技术' },
  { header: '库别', field: 'tier', required: false, example: '一般' },
  { header: '领域代码', field: 'fieldCodes', required: true, example: 'C36；C40' },
  { header: '研究方向', field: 'expertise', required: false, example: '新能源汽车电驱系统、机器视觉缺陷检测' },
  { header: '职称', field: 'professionalTitle', required: false, example: '教授' },
  { header: '工作单位', field: 'organisationName', required: false, example: '东海理工大学' },
  { header: '单位统一社会信用代码', field: 'organisationUscc', required: false, example: '' },
  { header: '地区代码', field: 'regionCode', required: false, example: '330200' },
  { header: '评审上限', field: 'loadCap', required: false, example: '5' },
  { header: '信用评分', field: 'rating', required: false, example: '85' },
  { header: '不可评审时段', field: 'unavailable', required: false, example: '2026-12-01~2026-12-10' },
] as const;

export type ExpertImportColumn = (typeof EXPERT_IMPORT_COLUMNS)[number];
export type ExpertImportField = ExpertImportColumn['field'];

export interface ExpertImportDraft {
  displayName: string;
  username: string;
  phone: string | null;
  email: string | null;
  panelRole: ExpertPanelRole;
  tier: ExpertTier;
  fieldCodes: string[];
  expertise: string;
  professionalTitle: string;
  organisationName: string;
  organisationUscc: string | null;
  regionCode: string | null;
  loadCap: number;
  rating: number;
  unavailable: UnavailableWindow[];
}

export interface ExpertImportError {
  /** The spreadsheet's row number (the header is row 1). */
  row: number;
  /** The column header as in the file, e.g. 领域代码. */
  column: string;
  /** The profile field it fills, e.g. fieldCodes. */
  field: string;
  message: string;
}

export interface ParsedExpertSheet {
  drafts: { row: number; draft: ExpertImportDraft }[];
  errors: ExpertImportError[];
  /** The username of every row that names a well-formed one, sound or not, so the caller checks all against the platform. */
  usernames: { row: number; username: string }[];
  /** Data rows read (empty rows are skipped). */
  rowCount: number;
}

const PANEL_ROLE_WORDS: Record<string, ExpertPanelRole> = { 技术: 'technical', 产业: 'industry', 财务: 'finance', 法律: 'legal' };
const TIER_WORDS: Record<string, ExpertTier> = { 一般: 'general', 重大: 'major', 重大项目: 'major' };

/** Labels for the template and messages: 技术/产业/财务/法律 and 一般/重大. */
export const EXPERT_PANEL_ROLE_LABELS: Record<ExpertPanelRole, string> = { technical: '技术', industry: '产业', finance: '财务', legal: '法律' };
export const EXPERT_TIER_LABELS: Record<ExpertTier, string> = { general: '一般', major: '重大' };

const pad2 = (text: string) => text.padStart(2, '0');

function cellText(cell: ImportCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** 2026/12/1 and 2026.12.01 are read as 2026-12-01; anything else is left for validation to refuse. */
function normaliseDate(text: string): string {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
  return match ? `${match[1]}-${pad2(match[2]!)}-${pad2(match[3]!)}` : text.trim();
}

export const splitFieldCodes = (text: string): string[] => text.split(/[；;、,，\s]+/).map((code) => code.trim().toUpperCase()).filter(Boolean);

/** "2026-12-01~2026-12-10；2027-01-05" → two windows, the second one day long. */
export function parseUnavailableText(text: string): UnavailableWindow[] {
  return text
    .split(/[；;\n，,、]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [from = '', to] = part.split(/\s*[~～至]\s*/);
      return { from: normaliseDate(from), to: normaliseDate(to ?? from) };
    });
}

const categoryOf = <T extends string>(words: Record<string, T>, codes: readonly string[], text: string): T | undefined => {
  const word = text.replace(/(专家|类|库)$/u, '');
  return words[word] ?? (codes.includes(text.toLowerCase()) ? (text.toLowerCase() as T) : undefined);
};

function wholeNumber(text: string, fallback: number): number {
  if (text === '') return fallback;
  return /^-?\d+(\.0+)?$/.test(text) ? Number.parseInt(text, 10) : Number.NaN;
}

/** One data row: the draft when it is sound, and every problem found. */
function parseRow(row: number, cells: Map<ExpertImportField, string>, columnOf: (field: ExpertImportField) => string): { draft: ExpertImportDraft; errors: ExpertImportError[] } {
  const errors: ExpertImportError[] = [];
  const fail = (field: ExpertImportField, message: string, path: string = field) => errors.push({ row, column: columnOf(field), field: path, message });
  const text = (field: ExpertImportField) => cells.get(field) ?? '';

  for (const column of EXPERT_IMPORT_COLUMNS) if (column.required && text(column.field) === '') fail(column.field, 'is required');
  const username = text('username');
  if (username && !EXPERT_USERNAME_PATTERN.test(username)) fail('username', 'must be 3–50 letters, digits, dot, hyphen or underscore');
  if (text('displayName').length > 100) fail('displayName', 'must be at most 100 characters');
  const phone = text('phone');
  if (phone && !/^\+?[\d\s-]{6,20}$/.test(phone)) fail('phone', 'must be a phone number');
  const email = text('email');
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail('email', 'must be an e-mail address');
  const panelRole = categoryOf(PANEL_ROLE_WORDS, EXPERT_PANEL_ROLES, text('panelRole'));
  if (text('panelRole') && !panelRole) fail('panelRole', 'must be 技术, 产业, 财务 or 法律');
  const tier = text('tier') === '' ? 'general' : categoryOf(TIER_WORDS, ['general', 'major'], text('tier'));
  if (!tier) fail('tier', 'must be 一般 or 重大');
  const uscc = text('organisationUscc').toUpperCase();
  if (uscc && checkUscc(uscc)) fail('organisationUscc', 'is not a valid 统一社会信用代码 (GB 32100-2015)');
  for (const field of ['expertise', 'professionalTitle', 'organisationName'] as const) if (text(field).length > 500) fail(field, 'must be at most 500 characters');

  const draft: ExpertImportDraft = {
    displayName: text('displayName'),
    username,
    phone: phone || null,
    email: email || null,
    panelRole: panelRole ?? 'technical',
    tier: tier ?? 'general',
    fieldCodes: splitFieldCodes(text('fieldCodes')),
    expertise: text('expertise'),
    professionalTitle: text('professionalTitle'),
    organisationName: text('organisationName'),
    organisationUscc: uscc || null,
    regionCode: text('regionCode') || null,
    loadCap: wholeNumber(text('loadCap'), 5),
    rating: wholeNumber(text('rating'), 80),
    unavailable: parseUnavailableText(text('unavailable')),
  };
  for (const issue of expertProfileIssues(draft)) {
    const field = issue.path.split('.')[0] as ExpertImportField;
    fail(field, issue.message, issue.path);
  }
  return { draft, errors };
}

/**
 * The whole sheet (first row = headers, in any order; unknown columns are ignored): every data row parsed, and
 * usernames repeated within the file reported on each later row. Whether a username or unit already exists on
 * the platform is for the caller, who holds the database.
 */
export function parseExpertSheet(rows: readonly (readonly ImportCell[])[]): ParsedExpertSheet {
  const [header = [], ...data] = rows;
  const indexOf = new Map<ExpertImportField, number>();
  header.forEach((cell, index) => {
    const column = EXPERT_IMPORT_COLUMNS.find((candidate) => candidate.header === cellText(cell).replace(/\s/g, ''));
    if (column && !indexOf.has(column.field)) indexOf.set(column.field, index);
  });
  const columnOf = (field: ExpertImportField) => EXPERT_IMPORT_COLUMNS.find((column) => column.field === field)!.header;
  const missing = EXPERT_IMPORT_COLUMNS.filter((column) => column.required && !indexOf.has(column.field));
  if (missing.length) return { drafts: [], usernames: [], rowCount: data.length, errors: missing.map((column) => ({ row: 1, column: column.header, field: column.field, message: 'column is missing from the header row' })) };

  const drafts: ParsedExpertSheet['drafts'] = [];
  const errors: ExpertImportError[] = [];
  const usernames: ParsedExpertSheet['usernames'] = [];
  const firstRowOf = new Map<string, number>();
  let rowCount = 0;
  data.forEach((cells, index) => {
    const row = index + 2;
    const values = new Map<ExpertImportField, string>([...indexOf].map(([field, at]) => [field, cellText(cells[at])]));
    if ([...values.values()].every((value) => value === '')) return;
    rowCount += 1;
    if (rowCount > EXPERT_IMPORT_MAX_ROWS) {
      if (rowCount === EXPERT_IMPORT_MAX_ROWS + 1) errors.push({ row, column: columnOf('username'), field: 'username', message: `a file may hold at most ${EXPERT_IMPORT_MAX_ROWS} experts` });
      return;
    }
    const parsed = parseRow(row, values, columnOf);
    const key = parsed.draft.username.toLowerCase();
    const first = key ? firstRowOf.get(key) : undefined;
    if (first !== undefined) parsed.errors.push({ row, column: columnOf('username'), field: 'username', message: `repeats the username of row ${first}` });
    else if (key) firstRowOf.set(key, row);
    if (EXPERT_USERNAME_PATTERN.test(parsed.draft.username)) usernames.push({ row, username: parsed.draft.username });
    errors.push(...parsed.errors);
    if (!parsed.errors.length) drafts.push({ row, draft: parsed.draft });
  });
  return { drafts, errors, usernames, rowCount };
}

/** The template's two rows: the headers and one example expert that imports cleanly. */
export const expertImportTemplateRows = (): string[][] => [EXPERT_IMPORT_COLUMNS.map((column) => column.header), EXPERT_IMPORT_COLUMNS.map((column) => column.example)];
