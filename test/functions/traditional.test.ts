import { readFileSync } from 'fs';
import { CATALOGUE, langOfLocale } from '../../core/functions';
import { TRADITIONAL } from '../../core/functions/traditional';
import { excelMetadata } from '../../scripts/functions/excelMetadata';
import { loadExcel, loadGsheets } from './artifacts';
import { DIST, ensureBuilt } from './buildOnce';

/**
 * Simplified characters of the zh-CN texts, each with its Traditional form (reviewed by hand):
 * none may be left in the zh-TW texts, except inside what a user must type as the functions
 * accept it (ALLOWED_SIMPLIFIED).
 */
const SIMPLIFIED_TO_TRADITIONAL: Record<string, string> = {
  销: '銷', 强: '強', 数: '數', 级: '級', 评: '評', 购: '購', 买: '買', 阶: '階', 权: '權', 额: '額',
  户: '戶', 问: '問', 题: '題', 愿: '願', 价: '價', 单: '單', 为: '為', 个: '個', 区: '區', 则: '則',
  积: '積', 称: '稱', 并: '並', 经: '經', 办: '辦', 决: '決', 实: '實', 达: '達', 机: '機', 会: '會',
  与: '與', 关: '關', 系: '係', 潜: '潛', 阈: '閾', 认: '認', 选: '選', 时: '時', 转: '轉', 计: '計',
  内: '內', 项: '項', 编: '編', 号: '號', 标: '標', 准: '準', 围: '圍', 余: '餘', 设: '設', 较: '較',
  过: '過', 发: '發', 范: '範', 择: '擇', 结: '結', 环: '環', 处: '處', 览: '覽', 务: '務', 清: '清',
};
const ALLOWED_SIMPLIFIED = ['问题/权力/愿景/价值/控制', '客户承认痛苦', '经办人', '决策者', '12万'];

function simplifiedLeft(text: string): string[] {
  let rest = text;
  for (const literal of ALLOWED_SIMPLIFIED) rest = rest.split(literal).join('');
  return [...rest].filter((c) => SIMPLIFIED_TO_TRADITIONAL[c] !== undefined && SIMPLIFIED_TO_TRADITIONAL[c] !== c);
}

describe('Traditional Chinese (zh-TW, zh-HK)', () => {
  const en = excelMetadata(CATALOGUE, 'en').functions;
  const zh = excelMetadata(CATALOGUE, 'zh').functions;
  const tw = excelMetadata(CATALOGUE, 'zh-Hant').functions;

  it('has an entry for every declared function and parameter, and for nothing else', () => {
    expect(Object.keys(TRADITIONAL).sort()).toEqual(CATALOGUE.map((f) => f.id).sort());
    for (const f of CATALOGUE) expect({ id: f.id, params: Object.keys(TRADITIONAL[f.id].params).sort() }).toEqual({ id: f.id, params: f.params.map((p) => p.id).sort() });
  });

  it('gives functions-zh-tw.json the same ids, parameter counts and help links as the en and zh-CN files', () => {
    expect(tw.map((f) => f.id)).toEqual(en.map((f) => f.id));
    expect(tw.map((f) => f.id)).toEqual(zh.map((f) => f.id));
    tw.forEach((f, i) => {
      expect(f.parameters.map((p) => p.optional)).toEqual(en[i].parameters.map((p) => p.optional));
      expect(f.helpUrl).toBe(en[i].helpUrl);
      expect(f.result).toEqual(en[i].result);
    });
  });

  it('names the functions in Traditional characters: 銷售強度, not 销售强度', () => {
    expect(tw.find((f) => f.id === 'SALES_INTENSITY')!.name).toBe('銷售強度');
    expect(tw.find((f) => f.id === 'CUSTOMER_GRADE')!.name).toBe('客戶等級');
    expect(new Set(tw.map((f) => f.name)).size).toBe(tw.length);
    tw.forEach((f, i) => {
      expect(f.name).toMatch(/^[\u4e00-\u9fffA-Z]+$/);
      if (simplifiedLeft(zh[i].name).length) expect(f.name).not.toBe(zh[i].name);
      for (const text of [f.name, f.description, ...f.parameters.flatMap((p) => [p.name, p.description])]) {
        expect({ text, simplified: simplifiedLeft(text) }).toEqual({ text, simplified: [] });
      }
    });
  });

  it('uses Excel’s Traditional terms: a column is 欄 and a row 列 (in Simplified 列 is a column)', () => {
    const checklist = tw.find((f) => f.id === 'MILESTONE')!.parameters[0].description;
    expect(checklist).toContain('一列或一欄');
    expect(checklist).toContain('22 欄寬、N 列高');
    expect(checklist).toContain('儲存格');
    expect(JSON.stringify(tw)).not.toContain('單元格');
  });

  it('is not in the Sheets bundle, whose help is the JSDoc in one language', () => {
    ensureBuilt();
    const code = readFileSync(DIST.gsheetsCode, 'utf8');
    expect(code).not.toContain('儲存格');
    expect(code).not.toContain('銷售強度');
  });

  it('is what the build wrote to functions-zh-tw.json', () => {
    ensureBuilt();
    expect(JSON.parse(readFileSync(DIST.excelMetadataZhTw, 'utf8'))).toEqual({ functions: tw });
  });
});

describe('results in Chinese for every Chinese display language or locale', () => {
  const chinese = ['zh', 'zh-CN', 'zh-TW', 'zh-HK', 'zh-MO', 'zh-SG', 'zh-Hans', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK', 'zh_TW', 'zh_HK', 'ZH-tw'];

  it('takes each for Chinese, and nothing else', () => {
    for (const locale of chinese) expect({ locale, lang: langOfLocale(locale) }).toEqual({ locale, lang: 'zh' });
    for (const locale of ['en-US', 'ja-JP', 'zu', 'zhx', '', undefined]) expect({ locale, lang: langOfLocale(locale) }).toEqual({ locale, lang: 'en' });
  });


  it('answers in Chinese in Excel shown in Traditional Chinese', () => {
    for (const displayLanguage of ['zh-TW', 'zh-HK', 'zh-Hant-TW']) {
      const outcome = loadExcel({ displayLanguage }).call('WEAKEST_FACTOR', [[[18, 15, 12, 3, 16]], null, null, null, null]);
      expect({ displayLanguage, outcome }).toEqual({ displayLanguage, outcome: { value: [['价值']] } });
    }
    expect(loadExcel({ displayLanguage: 'en-US' }).call('WEAKEST_FACTOR', [[[18, 15, 12, 3, 16]], null, null, null, null])).toEqual({ value: [['Value']] });
  });

  it('answers in Chinese in a Sheets spreadsheet of a Traditional Chinese locale', () => {
    for (const locale of ['zh_TW', 'zh_HK']) {
      expect({ locale, outcome: loadGsheets(locale).call('WEAKEST_FACTOR', [18, 15, 12, 3, 16]) }).toEqual({ locale, outcome: { value: [['价值']] } });
    }
  });
});
