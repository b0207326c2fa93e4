import { EXPERT_IMPORT_COLUMNS, expertImportTemplateRows, managedPoolTenantIds } from '@jiebang/domain';
import writeXlsxFile from 'write-excel-file/node';
import { authorise, requireActor, type UseCaseContext } from '../use-case-context.ts';

export const IMPORT_TEMPLATE_FILE_NAME = '专家导入模板.xlsx';

const NUMERIC_FIELDS = new Set<string>(['loadCap', 'rating']);

/** 导入模板: the header row and one example expert that imports cleanly, for the pool's officers. */
export async function getExpertImportTemplate(ctx: UseCaseContext): Promise<Buffer> {
  const actor = requireActor(ctx);
  authorise(managedPoolTenantIds(actor).length > 0, 'expert_profile.import');
  const [header, example] = expertImportTemplateRows() as [string[], string[]];
  const sheet = [
    header.map((value) => ({ value, fontWeight: 'bold' as const })),
    example.map((value, index) => (NUMERIC_FIELDS.has(EXPERT_IMPORT_COLUMNS[index]!.field) ? { value: Number(value), type: Number } : { value, type: String })),
  ];
  return writeXlsxFile(sheet, { sheet: '专家名单', columns: header.map((title) => ({ width: Math.max(12, title.length * 2 + 4) })), stickyRowsCount: 1 }).toBuffer();
}
