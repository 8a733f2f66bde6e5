import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import { findOurTabs } from '../../core/layout';
import { runApply } from '../../xlsx/run';
import { WorkbookFrame } from '../../xlsx/write/workbookFrame';

function definedNameElements(xml: string): string[] {
  return xml.match(/<definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/definedName>)/g) ?? [];
}

const SAMPLE = join(__dirname, '../../samples/team-pipeline.xlsx');

/** The sample with names ExcelJS would drop: a constant, a hidden formula, and a stale anchor of ours. */
async function sampleWithNames(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const user = ['<definedName name="税率">0.13</definedName>', '<definedName name="PipelineTotal" hidden="1">SUM(销售机会跟踪!$D:$D)</definedName>'];
  const stale = "<definedName name=\"PCSS_milestones\">'销售机会跟踪'!$A$1</definedName>";
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  const names = `<definedNames>${[...definedNameElements(xml), ...user, stale].join('')}</definedNames>`;
  zip.file('xl/workbook.xml', /<definedNames>/.test(xml) ? xml.replace(/<definedNames>[\s\S]*<\/definedNames>/, names) : xml.replace('</sheets>', `</sheets>${names}`));
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
  return user;
}

async function namesIn(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return definedNameElements(await zip.file('xl/workbook.xml')!.async('string'));
}

describe('defined names through pcss apply', () => {
  it('keeps the names a user defined, as they were, which ExcelJS alone would drop', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-names-'));
    const input = join(dir, 'in.xlsx');
    const user = await sampleWithNames(input);
    await runApply({ input, output: join(dir, 'out.xlsx'), date: '2027-01-04' });
    const names = await namesIn(join(dir, 'out.xlsx'));
    for (const el of user) expect(names).toContain(el);
  });

  it('anchors each tab of ours with a hidden name at its marker cell, replacing a stale one, once however often it runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-names-'));
    const input = join(dir, 'in.xlsx');
    await sampleWithNames(input);
    const result = await runApply({ input, output: join(dir, 'once.xlsx'), date: '2027-01-04' });
    const again = await runApply({ input: join(dir, 'once.xlsx'), output: join(dir, 'twice.xlsx'), date: '2027-01-05' });
    const anchors = (await namesIn(join(dir, 'twice.xlsx'))).filter((el) => el.includes('PCSS_'));
    // Every tab of ours, the Changes tab and the forecast record too (the sample's new opportunities were recorded there).
    expect(anchors).toHaveLength(findOurTabs(again.after).size);
    expect(findOurTabs(again.after).size).toBe(14);
    expect(anchors).toContain(`<definedName name="PCSS_milestones" hidden="1">'${result.setup.tabs.milestones}'!$A$1</definedName>`);
    expect(anchors).toContain(`<definedName name="PCSS_history" hidden="1">'${result.funnel.tabs.history}'!$A$1</definedName>`);
  });

  it('puts the names where the schema wants them: after the sheets, before the calculation settings', () => {
    const frame = new WorkbookFrame('<workbook><sheets><sheet name="A"/></sheets><definedNames><definedName name="x">A!$A$1</definedName><definedName name="PCSS_funnel">A!$A$1</definedName></definedNames><calcPr calcId="1"/></workbook>');
    frame.setAnchors([{ name: 'PCSS_funnel', ref: "'漏斗'!$A$1" }]);
    expect(frame.xml).toBe('<workbook><sheets><sheet name="A"/></sheets><definedNames><definedName name="x">A!$A$1</definedName><definedName name="PCSS_funnel" hidden="1">\'漏斗\'!$A$1</definedName></definedNames><calcPr calcId="1"/></workbook>');
    const bare = new WorkbookFrame('<workbook><sheets/><calcPr calcId="1"/></workbook>');
    bare.setAnchors([{ name: 'PCSS_funnel', ref: "'漏斗'!$A$1" }]);
    expect(bare.xml).toBe('<workbook><sheets/><definedNames><definedName name="PCSS_funnel" hidden="1">\'漏斗\'!$A$1</definedName></definedNames><calcPr calcId="1"/></workbook>');
  });
});
