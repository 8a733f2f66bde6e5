import type { CrmSource } from './types';

export const CHINESE: CrmSource = {
  source: 'Chinese CRM and OA exports, and teams\' own trackers',
  documentation:
    'Opportunity (商机) list exports of Chinese CRM systems (商机编码, 商机名称, 客户名称, 负责人, 负责人所属部门, 销售阶段, 赢率, 商机金额, 预计成交日期…) and contract-style OA ' +
    'registers (项目编号, 项目名称, 主责销售, 销售团队, 预计合同金额(含税), 成交金额, 预计签约日期), written from knowledge of those products\' list views: no public column reference was found.',
  rows: [
    {
      name: 'CRM opportunity export',
      headers: ['商机编码', '商机名称', '客户名称', '负责人', '负责人所属部门', '销售流程', '销售阶段', '赢率', '商机金额', '预计成交日期', '商机状态', '创建人', '创建时间', '最后跟进时间'],
      expect: { opportunity: '商机名称', customer: '客户名称', rep: '负责人', amount: '商机金额', expectedClose: '预计成交日期', stage: '销售阶段' },
    },
    {
      name: 'OA project register',
      headers: ['序号', '项目编号', '项目名称', '客户名称', '主责销售', '销售团队', '预计合同金额(含税)', '成交金额', '预计签约日期', '项目阶段', '备注'],
      expect: { opportunity: '项目名称', customer: '客户名称', rep: '主责销售', amount: '预计合同金额(含税)', expectedClose: '预计签约日期', stage: '项目阶段' },
    },
    {
      name: 'a won-deals sheet with a team column and no rep',
      headers: ['机会名称', '客户', '销售团队', '成交金额', '成交日期'],
      expect: { opportunity: '机会名称', customer: '客户', amount: '成交金额', expectedClose: '成交日期' },
    },
    {
      name: 'codes only',
      headers: ['商机编码', '客户编码', '负责人', '商机金额(万元)', '预计成交日期'],
      expect: { opportunity: '商机编码', customer: '客户编码', rep: '负责人', amount: '商机金额(万元)', expectedClose: '预计成交日期' },
    },
    {
      name: 'a team tracker with remarks in its headers',
      headers: ['机会名称(必填)', '客户名称', '销售人员', '合同金额(元)', '预计签约日期', '阶段'],
      expect: { opportunity: '机会名称(必填)', customer: '客户名称', rep: '销售人员', amount: '合同金额(元)', expectedClose: '预计签约日期', stage: '阶段' },
    },
  ],
};
