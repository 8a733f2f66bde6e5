import type { CrmSource } from './types';

export const MAVEN_CRM: CrmSource = {
  source: 'CRM Sales Opportunities sample (Maven Analytics, on Kaggle)',
  documentation:
    'sales_pipeline.csv: opportunity_id, sales_agent, product, account, deal_stage, engage_date, close_date, close_value; its companion tables accounts.csv, ' +
    'products.csv and sales_teams.csv (sales_agent, manager, regional_office) are not opportunity lists.',
  rows: [
    {
      name: 'sales_pipeline.csv (only an opportunity id, no name)',
      headers: ['opportunity_id', 'sales_agent', 'product', 'account', 'deal_stage', 'engage_date', 'close_date', 'close_value'],
      expect: { opportunity: 'opportunity_id', customer: 'account', rep: 'sales_agent', amount: 'close_value', expectedClose: 'close_date', stage: 'deal_stage' },
    },
    {
      name: 'accounts.csv',
      headers: ['account', 'sector', 'year_established', 'revenue', 'employees', 'office_location', 'subsidiary_of'],
      expect: { customer: 'account' },
    },
    {
      name: 'sales_teams.csv',
      headers: ['sales_agent', 'manager', 'regional_office'],
      expect: { rep: 'sales_agent' },
    },
  ],
};
