import { TRACKER_FIELDS, TRACKER_HEADERS, headerKey, headerMatches, headerWords, mapHeaderRow, type SheetSnapshot, type TrackerField } from '../../core/layout';
import { CRM_SOURCES } from './crm';

/** The header each field takes in a header row. */
function mapped(headers: readonly string[]): Partial<Record<TrackerField, string>> {
  const sheet: SheetSnapshot = { name: 'Export', rows: [[...headers]], tables: [] };
  return mapHeaderRow(sheet, 0, 0, headers.length - 1).headers;
}

function fieldOf(header: string): TrackerField | null {
  return mapped([header]).opportunity !== undefined ? 'opportunity' : (Object.keys(mapped([header]))[0] as TrackerField | undefined) ?? null;
}

describe.each(CRM_SOURCES.map((s) => [s.source, s] as const))('headers of %s exports', (_, source) => {
  it.each(source.rows.map((r) => [r.name, r] as const))('maps the %s', (_, row) => {
    expect(mapped(row.headers)).toEqual(row.expect);
  });
});

describe('header rules', () => {
  it('reads snake_case, camelCase, capitals, spaces, punctuation and full width alike', () => {
    for (const h of ['CloseDate', 'close_date', 'Close Date', 'CLOSEDATE', 'close-date', 'close.date', 'ｃｌｏｓｅ　ｄａｔｅ', '  Close   Date ']) expect([h, fieldOf(h)]).toEqual([h, 'expectedClose']);
    expect(headerWords('OpportunityOwnerID')).toBe('opportunity owner id');
    expect(headerWords('商机ID')).toBe('商机 id');
    expect(headerKey('Est. Revenue')).toBe(headerKey('est_revenue'));
  });

  it('takes the person, not the opportunity, for "Opportunity Owner" and "Deal owner"', () => {
    expect(mapped(['Opportunity Owner', 'Opportunity Name'])).toEqual({ rep: 'Opportunity Owner', opportunity: 'Opportunity Name' });
    expect(mapped(['Deal owner', 'Deal Name', 'Amount'])).toEqual({ rep: 'Deal owner', opportunity: 'Deal Name', amount: 'Amount' });
    expect(mapped(['Opportunity Owner', 'Amount'])).toEqual({ rep: 'Opportunity Owner', amount: 'Amount' });
  });

  it('never takes a header naming a person for the opportunity or the customer', () => {
    for (const h of ['Owner', '负责人', 'Account Owner', 'Contact Name', '客户联系人', 'Created By', 'Account Manager', '客户经理']) {
      const m = mapped([h]);
      expect([h, m.opportunity, m.customer]).toEqual([h, undefined, undefined]);
    }
  });

  it('does not take a team for the rep', () => {
    for (const h of ['销售团队', '负责人所属部门', 'Sales Team', 'Owner Team', 'Sales Region']) expect([h, mapped([h]).rep]).toEqual([h, undefined]);
  });

  it('takes deal_stage for the stage, and neither "Deal created" nor "Deals" for the opportunity', () => {
    expect(mapped(['deal_stage', 'opportunity_id'])).toEqual({ stage: 'deal_stage', opportunity: 'opportunity_id' });
    expect(mapped(['Deal - Deal created', 'Deal created', 'Deals', 'Deal Type', 'Deal probability'])).toEqual({});
  });

  it('prefers names to identifiers, wherever they stand', () => {
    expect(mapped(['商机编码', '商机名称'])).toEqual({ opportunity: '商机名称' });
    expect(mapped(['Id', 'OwnerId', 'AccountId', 'Name', 'Account Name', 'Opportunity Owner'])).toEqual({ opportunity: 'Name', customer: 'Account Name', rep: 'Opportunity Owner' });
    expect(mapped(['客户编码', '客户名称', 'Owner ID', 'Owner'])).toEqual({ customer: '客户名称', rep: 'Owner' });
  });

  it('takes an exact header anywhere in the row before a prefix match earlier in it', () => {
    expect(mapped(['Close Date Changed', 'Opportunity Name (local)', 'Opportunity Name', 'Close Date'])).toEqual({ opportunity: 'Opportunity Name', expectedClose: 'Close Date' });
    expect(mapped(['合同金额备注', '合同金额'])).toEqual({ amount: '合同金额' });
    // With no exact one, the prefix is taken.
    expect(mapped(['机会名称必填', '合同金额含税'])).toEqual({ opportunity: '机会名称必填', amount: '合同金额含税' });
  });

  it('does not take a currency, probability, weighted value or count for the amount', () => {
    for (const h of ['Amount Currency', 'Probability (%)', 'Deal - Weighted value', 'Deal - Currency of Value', '赢率', '加权金额', '商机数', 'Number of deals', 'Deal count']) expect([h, mapped([h]).amount]).toEqual([h, undefined]);
    expect(mapped(['客户名称', '商机数', '商机金额'])).toEqual({ customer: '客户名称', amount: '商机金额' });
  });

  it('knows the headers the issue found unrecognised', () => {
    const row = ['Name', 'Associated Company', 'sales_agent', 'Total Amount', 'expected_close_date', 'Stage'];
    expect(mapped(row)).toEqual({ opportunity: 'Name', customer: 'Associated Company', rep: 'sales_agent', amount: 'Total Amount', expectedClose: 'expected_close_date', stage: 'Stage' });
    for (const [h, f] of [
      ['close_value', 'amount'],
      ['estimated_value', 'amount'],
      ['CloseDate', 'expectedClose'],
      ['Deal owner', 'rep'],
      ['成交金额', 'amount'],
      ['主责销售', 'rep'],
      ['预计合同金额(含税)', 'amount'],
    ] as const) expect([h, fieldOf(h)]).toEqual([h, f]);
  });

  it('has each header word in one field only, so a header never means two things', () => {
    const owner = new Map<string, string>();
    for (const f of TRACKER_FIELDS) {
      for (const w of [...TRACKER_HEADERS[f].names, ...TRACKER_HEADERS[f].ids]) {
        const k = headerKey(w);
        expect([w, owner.get(k) ?? f]).toEqual([w, f]);
        owner.set(k, f);
        // Each word of the vocabulary matches its own field exactly.
        expect(headerMatches(w).find((m) => m.field === f)).toBeDefined();
      }
    }
  });
});
