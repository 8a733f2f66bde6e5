import type { CrmSource } from './types';

export const ZOHO: CrmSource = {
  source: 'Zoho CRM',
  documentation:
    'Standard fields of the Deals module as exported (Deal Owner, Deal Name, Amount, Closing Date, Account Name, Stage, Type, Probability (%), Next Step, Expected Revenue, ' +
    'Lead Source, Contact Name, Record Id…) and their API names (Deal_Name, Account_Name, Owner, Amount, Closing_Date, Stage).',
  rows: [
    {
      name: 'Deals export',
      headers: ['Record Id', 'Deal Owner', 'Deal Name', 'Amount', 'Closing Date', 'Account Name', 'Stage', 'Type', 'Probability (%)', 'Next Step', 'Expected Revenue', 'Lead Source', 'Contact Name', 'Created By', 'Modified By', 'Created Time'],
      expect: { opportunity: 'Deal Name', customer: 'Account Name', rep: 'Deal Owner', amount: 'Amount', expectedClose: 'Closing Date', stage: 'Stage' },
    },
    {
      name: 'API names',
      headers: ['id', 'Owner', 'Deal_Name', 'Account_Name', 'Amount', 'Closing_Date', 'Stage', 'Probability'],
      expect: { opportunity: 'Deal_Name', customer: 'Account_Name', rep: 'Owner', amount: 'Amount', expectedClose: 'Closing_Date', stage: 'Stage' },
    },
  ],
};
