import type { CrmSource } from './types';

/** The standard Opportunities report's columns, the same with or without the currency columns. */
const REPORT_COLUMNS = { opportunity: 'Opportunity Name', customer: 'Account Name', rep: 'Opportunity Owner', amount: 'Amount', expectedClose: 'Close Date', stage: 'Stage' };

export const SALESFORCE: CrmSource = {
  source: 'Salesforce',
  documentation:
    'Report export labels of the standard Opportunities report (Opportunity Owner, Account Name, Opportunity Name, Stage, Fiscal Period, Amount, Probability (%), Close Date…, ' +
    '"Amount Currency" in multi-currency orgs); API names of the Opportunity object (Object Reference: Id, AccountId, Name, StageName, Amount, CloseDate, OwnerId…), ' +
    'which Data Loader writes as the header in capitals; Chinese UI labels (业务机会 = Opportunity, 客户 = Account, 结束日期 = Close Date) from knowledge of the localized UI.',
  rows: [
    {
      name: 'report export',
      headers: ['Opportunity Owner', 'Account Name', 'Opportunity Name', 'Stage', 'Fiscal Period', 'Amount', 'Probability (%)', 'Age', 'Close Date', 'Created Date', 'Next Step', 'Lead Source', 'Type'],
      expect: REPORT_COLUMNS,
    },
    {
      name: 'report export, multi-currency',
      headers: ['Opportunity Owner', 'Account Name', 'Opportunity Name', 'Stage', 'Amount Currency', 'Amount', 'Expected Revenue Currency', 'Expected Revenue', 'Close Date'],
      expect: REPORT_COLUMNS,
    },
    {
      name: 'Data Loader export (API names in capitals)',
      headers: [
        'ID', 'ISDELETED', 'ACCOUNTID', 'RECORDTYPEID', 'NAME', 'DESCRIPTION', 'STAGENAME', 'AMOUNT', 'PROBABILITY', 'EXPECTEDREVENUE', 'TOTALOPPORTUNITYQUANTITY', 'CLOSEDATE', 'TYPE',
        'NEXTSTEP', 'LEADSOURCE', 'ISCLOSED', 'ISWON', 'FORECASTCATEGORY', 'FORECASTCATEGORYNAME', 'CAMPAIGNID', 'HASOPPORTUNITYLINEITEM', 'PRICEBOOK2ID', 'OWNERID', 'CREATEDDATE', 'CREATEDBYID',
        'LASTMODIFIEDDATE', 'LASTMODIFIEDBYID',
      ],
      expect: { opportunity: 'NAME', customer: 'ACCOUNTID', rep: 'OWNERID', amount: 'AMOUNT', expectedClose: 'CLOSEDATE', stage: 'STAGENAME' },
    },
    {
      name: 'API names as a query tool writes them',
      headers: ['Id', 'AccountId', 'Name', 'StageName', 'Amount', 'CloseDate', 'OwnerId', 'Probability'],
      expect: { opportunity: 'Name', customer: 'AccountId', rep: 'OwnerId', amount: 'Amount', expectedClose: 'CloseDate', stage: 'StageName' },
    },
    {
      name: 'Chinese report export',
      headers: ['业务机会所有人', '客户名', '业务机会名称', '阶段', '金额', '可能性(%)', '结束日期', '创建日期'],
      expect: { opportunity: '业务机会名称', customer: '客户名', rep: '业务机会所有人', amount: '金额', expectedClose: '结束日期', stage: '阶段' },
    },
  ],
};
