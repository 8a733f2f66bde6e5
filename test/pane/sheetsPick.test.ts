/**
 * The sidebar's choice of the sheet holding the list, end to end without a browser: the real
 * Sheets bridge over a google.script.run that calls the built Code.js on the fake Sheets. What
 * the pane shows for the sheet picked comes from the server, and the set-up takes it; with no
 * list the set-up is refused, in the sidebar and from the menu alike.
 */
import { findOurTabs, FIRST_DATA_ROW, MS } from '../../core/layout';
import { sheetsBridge } from '../../gsheets/sidebar/sheetsBridge';
import { loadCodeJs } from '../gsheets/codeJs';
import { FakeAppsScript } from '../gsheets/fake';
import { snapshotOf } from '../gsheets/sheetsHost';
import { scriptRunIntoCodeJs } from '../support/scriptRun';

function spreadsheet(withList: boolean) {
  const fake = new FakeAppsScript({ locale: 'en_US' });
  fake.addSheet('Notes', [['Pipeline review on Monday']]);
  if (withList) {
    fake.addSheet('Pipeline', [['Opportunity', 'Customer', 'Sales Rep', 'Close date'], ['ERP upgrade', 'Acme', 'Ann', '2027-03-01'], ['Warehouse', 'Globex', 'Bob', '2027-04-01']]);
    fake.addSheet('Old deals', [['Opportunity', 'Customer', 'Amount'], ['Kiosk', 'Stark', 90000], ['Signage', 'Wayne', 60000]]);
  }
  fake.addSheet('Deals export', [['Thing', 'Who', 'Money'], ['Kiosk', 'Ann', 90000]]);
  const code = loadCodeJs(fake);
  return { fake, code, bridge: sheetsBridge(scriptRunIntoCodeJs(code), { pollMs: 5, today: () => '2027-01-04' }) };
}

const milestoneOpportunities = (fake: FakeAppsScript) => {
  const tab = findOurTabs(snapshotOf(fake)).get('milestones');
  return tab ? tab.sheet.rows.slice(FIRST_DATA_ROW).map((r) => r?.[MS.opportunity]).filter((v) => v !== null && v !== undefined && v !== '') : [];
};

describe('the sidebar’s choice of the sheet holding the list (built Code.js, fake Sheets)', () => {
  it('shows the list detected, then the list on the sheet the user picked, and sets up from the pick', async () => {
    const { fake, bridge } = spreadsheet(true);
    const detected = await bridge.inspect();
    expect(detected.mapping?.sheet).toBe('Pipeline');
    expect(detected.tracker.options.map((o) => o.sheet)).toEqual(['Pipeline', 'Old deals', 'Notes', 'Deals export']);
    expect(detected.tracker.fields.find((f) => f.field === 'amount')).toMatchObject({ header: null, cost: { en: 'the forecast is 0' } });

    const picked = await bridge.inspect({ sheet: 'Old deals' });
    expect(picked.mapping).toMatchObject({ sheet: 'Old deals', columns: { opportunity: 0, customer: 1, amount: 2 } });
    expect(picked.headers).toEqual(['Opportunity', 'Customer', 'Amount']);
    expect(picked.tracker.findings.map((w) => w.code)).toEqual(['TRACKER_NO_REP']);

    const summary = await bridge.setup({ lang: 'en', mapping: picked.mapping }, () => undefined);
    expect(summary.tracker?.sheet).toBe('Old deals');
    expect(summary.opportunitiesAdded).toBe(2);
    expect(milestoneOpportunities(fake)).toEqual(['Kiosk', 'Signage']);
  });

  it('says why a picked sheet has no list, and offers its header row to choose the columns from', async () => {
    const { bridge } = spreadsheet(true);
    const picked = await bridge.inspect({ sheet: 'Deals export' });
    expect(picked.tracker.problem?.en).toContain('no header row found in the first 10 rows of the sheet "Deals export"');
    expect(picked.mapping).toMatchObject({ sheet: 'Deals export', headerRow: 0, columns: {} });
    expect(picked.headers).toEqual(['Thing', 'Who', 'Money']);
  });

  it('offers the other sheets when no opportunity list was found, and refuses a set-up without one, writing nothing', async () => {
    const { fake, code, bridge } = spreadsheet(false);
    const info = await bridge.inspect();
    expect(info.mapping).toBeNull();
    expect(info.tracker.findings.map((w) => w.code)).toEqual(['TRACKER_NOT_FOUND']);
    expect(info.tracker.options.map((o) => [o.sheet, o.list])).toEqual([
      ['Notes', false],
      ['Deals export', false],
    ]);

    await expect(bridge.setup({ lang: 'en', mapping: null }, () => undefined)).rejects.toMatchObject({ en: expect.stringContaining('no opportunity list found, so nothing was written') });
    expect(snapshotOf(fake).sheets.map((s) => s.name)).toEqual(['Notes', 'Deals export']);

    // The menu says the same, never "Done".
    code.call('pcssMenuSetup');
    const toast = fake.book.toasts.at(-1)?.message ?? '';
    expect(toast).toContain('未找到机会列表,未写入任何内容');
    expect(toast).not.toMatch(/Done|完成/);
    expect(snapshotOf(fake).sheets.map((s) => s.name)).toEqual(['Notes', 'Deals export']);
  });
});
