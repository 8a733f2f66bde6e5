import type { CrmSource } from './types';

export const DYNAMICS: CrmSource = {
  source: 'Microsoft Dynamics 365 Sales',
  documentation:
    'Display names of the opportunity table (Opportunity table/entity reference: name → Topic, customerid → Potential Customer, ownerid → Owner, estimatedvalue → Est. revenue, ' +
    'estimatedclosedate → Est. close date, salesstage → Sales Stage, stepname → Pipeline Phase, closeprobability → Probability, statecode → Status); Export to Excel adds the hidden ' +
    '"(Do Not Modify) …" key columns first.',
  rows: [
    {
      name: 'Export to Excel of a view',
      headers: ['(Do Not Modify) Opportunity', '(Do Not Modify) Row Checksum', '(Do Not Modify) Modified On', 'Topic', 'Potential Customer', 'Est. Close Date', 'Est. Revenue', 'Probability', 'Rating', 'Owner', 'Sales Stage', 'Status'],
      expect: { opportunity: 'Topic', customer: 'Potential Customer', rep: 'Owner', amount: 'Est. Revenue', expectedClose: 'Est. Close Date', stage: 'Sales Stage' },
    },
    {
      name: 'display names as the reference writes them',
      headers: ['Topic', 'Account', 'Contact', 'Potential Customer', 'Est. revenue', 'Actual Revenue', 'Est. close date', 'Actual Close Date', 'Pipeline Phase', 'Owner', 'Total Amount'],
      expect: { opportunity: 'Topic', customer: 'Potential Customer', rep: 'Owner', amount: 'Est. revenue', expectedClose: 'Est. close date', stage: 'Pipeline Phase' },
    },
  ],
};
