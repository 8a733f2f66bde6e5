import type { CrmSource } from './types';

/** The deal export's columns other than the company, which is the primary one in the second export. */
const DEAL_EXPORT_COLUMNS = { opportunity: 'Deal Name', rep: 'Deal owner', amount: 'Amount', expectedClose: 'Close Date', stage: 'Deal Stage' };

export const HUBSPOT: CrmSource = {
  source: 'HubSpot',
  documentation:
    'The deal export of the CRM (Export deals: Record ID, Deal Name, Deal Stage, Close Date, Deal owner, Amount, Pipeline, Create Date, Deal Type, ' +
    'and association columns "Associated Company" / "Associated Company IDs"); the default deal property names (dealname, dealstage, closedate, amount, hubspot_owner_id) as the API and data tools give them.',
  rows: [
    {
      name: 'deal export',
      headers: ['Record ID', 'Deal Name', 'Deal Stage', 'Close Date', 'Deal owner', 'Amount', 'Pipeline', 'Create Date', 'Deal Type', 'Associated Company IDs', 'Associated Company'],
      expect: { ...DEAL_EXPORT_COLUMNS, customer: 'Associated Company' },
    },
    {
      name: 'deal export with the primary company',
      headers: ['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Deal owner', 'Associated Company (Primary)', 'Amount in company currency'],
      expect: { ...DEAL_EXPORT_COLUMNS, customer: 'Associated Company (Primary)' },
    },
    {
      name: 'property names',
      headers: ['hs_object_id', 'dealname', 'dealstage', 'pipeline', 'amount', 'closedate', 'hubspot_owner_id', 'createdate'],
      expect: { opportunity: 'dealname', rep: 'hubspot_owner_id', amount: 'amount', expectedClose: 'closedate', stage: 'dealstage' },
    },
  ],
};
