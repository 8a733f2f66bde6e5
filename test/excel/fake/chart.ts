import { FakeCollection, FakeProxy } from './base';
import type { FakeBatch } from './context';
import { CODES, FakeOfficeError } from './errors';
import { formatAddress } from './address';
import type { ChartModel, SheetModel } from './model';
import type { FakeRange } from './range';

const CHART_TYPES_1_1 = new Set(['ColumnClustered', 'ColumnStacked', 'BarClustered', 'BarStacked', 'Line', 'Pie']);

export class FakeChart extends FakeProxy {
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly target: () => ChartModel,
  ) {
    super(batch, path);
  }
  protected scalarProperties(): string[] {
    return ['name', 'chartType'];
  }
  protected fetch(property: string): unknown {
    const c = this.target();
    if (property === 'name') return c.name;
    if (property === 'chartType') return c.type;
    throw new FakeOfficeError(CODES.invalidArgument, `fake: Chart.${property} cannot be loaded`);
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write('name', v, () => (this.target().name = v));
  }
  get title(): { text: string } {
    const queue = (v: string) => this.batch.queue({ wire: { op: 'set', path: `${this.path}.title`, property: 'text', value: v }, run: () => (this.target().title = v) });
    const read = () => this.read<string>('title/text');
    return {
      set text(v: string) {
        queue(v);
      },
      get text(): string {
        return read();
      },
    };
  }
  setPosition(start: string, end?: string): void {
    this.call('setPosition', [start, end], () => (this.target().position = { start, end }));
  }
  get series(): { getItemAt(i: number): FakeChartSeries; add(name?: string): FakeChartSeries } {
    return {
      add: (name?: string) => {
        this.batch.requirements.use('ChartSeriesCollection.add');
        const holder: { s?: ChartModel['series'][number] } = {};
        this.call('series.add', [name], () => {
          holder.s = { name };
          this.target().series.push(holder.s);
        });
        return new FakeChartSeries(this.batch, `${this.path}.series.add`, () => holder.s!);
      },
      getItemAt: (i: number) =>
        new FakeChartSeries(this.batch, `${this.path}.series[${i}]`, () => {
          const s = this.target().series[i];
          if (!s) throw new FakeOfficeError(CODES.itemNotFound, `The chart has no series ${i}.`);
          return s;
        }),
    };
  }
}

export class FakeChartSeries {
  constructor(
    private readonly batch: FakeBatch,
    private readonly path: string,
    private readonly target: () => ChartModel['series'][number],
  ) {}
  private call(method: string, args: unknown[], run: () => void): void {
    this.batch.queue({ wire: { op: 'call', path: this.path, method, args }, run });
  }
  set name(v: string) {
    this.batch.queue({ wire: { op: 'set', path: this.path, property: 'name', value: v }, run: () => (this.target().name = v) });
  }
  get format(): { fill: { clear(): void } } {
    return { fill: { clear: () => this.call('format.fill.clear', [], () => (this.target().fillCleared = true)) } };
  }
  setXAxisValues(range: FakeRange): void {
    this.batch.requirements.use('ChartSeries.setXAxisValues');
    this.call('setXAxisValues', [range.path], () => {
      const { sheet, box } = range.resolve();
      this.target().xValues = formatAddress(sheet.name, box);
    });
  }
  setValues(range: FakeRange): void {
    this.batch.requirements.use('ChartSeries.setValues');
    this.call('setValues', [range.path], () => {
      const { sheet, box } = range.resolve();
      this.target().values = formatAddress(sheet.name, box);
    });
  }
}

export class FakeChartCollection extends FakeCollection<FakeChart> {
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly sheet: () => SheetModel,
  ) {
    super(batch, path);
  }
  protected itemProxies(): { proxy: FakeChart; name: string }[] {
    return this.sheet().charts.map((c, i) => ({ proxy: new FakeChart(this.batch, `${this.path}[${i}]`, () => c), name: c.name }));
  }
  add(type: string, source: FakeRange, seriesBy = 'Auto'): FakeChart {
    if (type === 'Funnel') this.batch.requirements.use('ChartType.Funnel');
    else if (!CHART_TYPES_1_1.has(type)) throw new Error(`fake: chart type ${type} not modelled`);
    const holder: { c?: ChartModel } = {};
    this.call('add', [type, source.path, seriesBy], () => {
      const sheet = this.sheet();
      if (sheet.protected) throw new FakeOfficeError(CODES.accessDenied, `The sheet '${sheet.name}' is protected.`);
      const { sheet: srcSheet, box } = source.resolve();
      const byRows = seriesBy === 'Rows';
      const count = byRows ? box.bottom - box.top + 1 : box.right - box.left + 1;
      const series = Array.from({ length: count }, (_, i) => ({
        values: formatAddress(srcSheet.name, byRows ? { ...box, top: box.top + i, bottom: box.top + i } : { ...box, left: box.left + i, right: box.left + i }),
      }));
      holder.c = { name: `Chart ${sheet.charts.length + 1}`, type, source: box, seriesBy, series };
      sheet.charts.push(holder.c);
    });
    return new FakeChart(this.batch, `${this.path}.add(${type})`, () => holder.c!);
  }
}
