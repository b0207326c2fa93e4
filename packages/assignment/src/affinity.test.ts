import { describe, expect, it } from 'vitest';
import { affinityScore, fieldOverlap, normaliseText, prepareAffinitySubject, textSimilarity, textTerms } from './affinity.ts';

const challenge = {
  fieldCodes: ['C36', 'C40'],
  text: '新能源汽车电驱壳体铸造缺陷在线视觉检测系统 电驱壳体铸造气孔、缩松等缺陷依赖人工目检，漏检率约 3%，需研制在线视觉检测系统。 缺陷识别准确率 单帧处理时延',
};
const visionExpert = { fieldCodes: ['C40', 'I65'], text: '机器视觉 工业缺陷检测 深度学习 在线检测系统 教授' };
const financeExpert = { fieldCodes: ['J67'], text: '科技金融 股权投资 项目财务审计 高级会计师' };

describe('affinity (匹配度)', () => {
  it('normalises full-width characters, case and punctuation', () => {
    expect(normaliseText('ＡＩ芯片，５Ｇ通信！')).toBe('ai芯片 5g通信');
    expect([...textTerms('ＡＩ芯片，５Ｇ通信').entries()]).toEqual([
      ['ai', 1],
      ['芯片', 1],
      ['5g', 1],
      ['通信', 1],
    ]);
    expect([...textTerms('检测 检测系统').entries()]).toEqual([
      ['检测', 2],
      ['测系', 1],
      ['系统', 1],
    ]);
    expect([...textTerms('铸').entries()]).toEqual([['铸', 1]]);
  });

  it('scores identical subjects 1 and disjoint ones 0', () => {
    expect(affinityScore(challenge, challenge)).toBe(1);
    expect(affinityScore({ fieldCodes: ['J67'], text: '股权投资' }, { fieldCodes: ['C36'], text: '电驱壳体' })).toBe(0);
    expect(affinityScore({ fieldCodes: [], text: '' }, { fieldCodes: [], text: '' })).toBe(0);
  });

  it('keeps the text part exactly symmetric, the field part seen from the challenge', () => {
    const a = prepareAffinitySubject(visionExpert);
    const b = prepareAffinitySubject(challenge);
    expect(textSimilarity(a, b)).toBe(textSimilarity(b, a));
    // The expert holds C40 of {C36, C40}, and C36 only by section (C): (1 + 0.5) / 2.
    expect(fieldOverlap(a, b)).toBe(0.75);
    // The challenge covers C40 of the expert's {C40, I65}; I65 is another section: 1 / 2.
    expect(fieldOverlap(b, a)).toBe(0.5);
    const textOnly = { fieldCodes: [], text: visionExpert.text };
    expect(affinityScore(textOnly, { fieldCodes: [], text: challenge.text })).toBe(affinityScore({ fieldCodes: [], text: challenge.text }, textOnly));
  });

  it('is the documented weighted sum, rounded to 6 decimals, and deterministic', () => {
    const text = textSimilarity(prepareAffinitySubject(visionExpert), prepareAffinitySubject(challenge));
    expect(text).toBeGreaterThan(0);
    const score = affinityScore(visionExpert, challenge);
    expect(score).toBe(Math.round((0.6 * 0.75 + 0.4 * text) * 1e6) / 1e6);
    expect(Math.round(score * 1e6) / 1e6).toBe(score);
    for (let i = 0; i < 5; i++) expect(affinityScore({ ...visionExpert }, { ...challenge })).toBe(score);
  });

  it('gives a section-only match partial credit', () => {
    expect(affinityScore({ fieldCodes: ['C39'], text: '' }, { fieldCodes: ['C36'], text: '' })).toBe(0.3);
    expect(affinityScore({ fieldCodes: ['C36'], text: '' }, { fieldCodes: ['C36'], text: '' })).toBe(0.6);
  });

  it('ranks a machine-vision expert above a finance expert for a defect-inspection challenge', () => {
    const relevant = affinityScore(visionExpert, challenge);
    const unrelated = affinityScore(financeExpert, challenge);
    expect(relevant).toBeGreaterThan(0.45);
    expect(unrelated).toBe(0);
    expect(relevant).toBeGreaterThan(unrelated);
    // Text alone still tells them apart when no field code is known.
    expect(affinityScore({ fieldCodes: [], text: visionExpert.text }, { fieldCodes: [], text: challenge.text })).toBeGreaterThan(affinityScore({ fieldCodes: [], text: financeExpert.text }, { fieldCodes: [], text: challenge.text }));
  });
});
