/** The small tracker the browser tests open the pane on: two plain deals and one whose name and rep are HTML, which must show as text. */
export const XSS = '<img src=x onerror=alert(1)>';

export const PANE_TRACKER: (string | number)[][] = [
  ['机会名称', '客户名称', '销售人员', '合同金额', '预计签约日期', '阶段'],
  ['ERP升级', '华东精密', '李明', 500000, '2027-03-01', '需求调研'],
  ['仓储系统', '博远科技', '张伟', '¥1,200,000', '2027-04-01', '方案交流'],
  [XSS, '云帆电子', XSS, 300000, '2027-05-01', '初步接触'],
];
