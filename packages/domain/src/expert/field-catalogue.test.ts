import { describe, expect, it } from 'vitest';
import { EXPERT_FIELDS, expertField, fieldCodesForText, isExpertFieldCode } from './field-catalogue.ts';

describe('expert field catalogue', () => {
  it('holds unique GB/T 4754 division codes', () => {
    const codes = EXPERT_FIELDS.map((field) => field.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-T]\d{2}$/);
    expect(expertField('C36')?.label).toBe('汽车制造业');
    expect(isExpertFieldCode('I65')).toBe(true);
    expect(isExpertFieldCode('Z99')).toBe(false);
  });

  it('maps every challenge field label of the demo to at least one code', () => {
    for (const label of ['新能源汽车', '集成电路', '工业软件', '智能检测', '电子信息', '新材料', '智能制造', '高端装备', '新能源', '电力物联网', '电力装备']) {
      expect(fieldCodesForText(label), label).not.toEqual([]);
    }
  });

  it('reads the longest word of a span, not the shorter ones inside it', () => {
    expect(fieldCodesForText('新能源汽车')).toEqual(['C36']);
    expect(fieldCodesForText('新能源')).toEqual(['D44']);
    expect(fieldCodesForText('集成电路')).toEqual(['C39']);
  });

  it('finds every field named in free text, in catalogue order', () => {
    expect(fieldCodesForText('面向新能源汽车电驱的工业软件与机器视觉检测')).toEqual(['C36', 'C40', 'I65']);
    expect(fieldCodesForText('新材料')).toEqual(['C26', 'C30', 'C32']);
    expect(fieldCodesForText('软件和信息技术服务业')).toEqual(['I65']);
    expect(fieldCodesForText('5g 通信')).toEqual(['I63']);
    expect(fieldCodesForText('会议纪要')).toEqual([]);
  });
});
