import type { CrmSource } from './types';

export const PIPEDRIVE: CrmSource = {
  source: 'Pipedrive',
  documentation:
    'The deal list export, every column prefixed with its entity ("Deal - Title", "Deal - Value", "Deal - Organization", "Deal - Owner", "Deal - Stage", ' +
    '"Deal - Expected close date", "Deal - Currency of Value", "Deal - Weighted value"…), and the default deal fields of the import (Title, Value, Organization, Owner, Stage, Expected close date).',
  rows: [
    {
      name: 'deal export',
      headers: [
        'Deal - ID', 'Deal - Title', 'Deal - Creator', 'Deal - Owner', 'Deal - Value', 'Deal - Currency of Value', 'Deal - Weighted value', 'Deal - Probability', 'Deal - Organization',
        'Deal - Pipeline', 'Deal - Contact person', 'Deal - Stage', 'Deal - Label', 'Deal - Status', 'Deal - Deal created', 'Deal - Expected close date', 'Deal - Lost reason',
      ],
      expect: { opportunity: 'Deal - Title', customer: 'Deal - Organization', rep: 'Deal - Owner', amount: 'Deal - Value', expectedClose: 'Deal - Expected close date', stage: 'Deal - Stage' },
    },
    {
      name: 'import template fields',
      headers: ['Title', 'Organization', 'Contact person', 'Owner', 'Value', 'Currency', 'Stage', 'Expected close date'],
      expect: { opportunity: 'Title', customer: 'Organization', rep: 'Owner', amount: 'Value', expectedClose: 'Expected close date', stage: 'Stage' },
    },
  ],
};
