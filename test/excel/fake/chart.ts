import { FakeCollection, FakeObject, type Loadable } from './base';
import type { FakeBatch } from './context';
import { CODES, FakeOfficeError } from './errors';
import { formatAddress } from './address';
import type { ChartModel, SheetModel } from './model';
import type { FakeRange } from './range';

const CHART_TYPES_1_1 = new Set(['ColumnClustered', 'ColumnStacked', 'BarClustered', 'BarStacked', 'Line', 'Pie']);

export class FakeChart extends FakeObject<() => ChartModel> {
  protected readonly className = 'Chart';
  protected loadable(): Loadable {
    return {
      name: () => this.target().name,
      chartType: () => this.target().type,
      plotVisibleOnly: () => this.target().plotVisibleOnly,
    };
  }
  get name(): string {
    return this.read('name');
  }
  get chartType(): string {
    return this.read('chartType');
  }
  set name(v: string) {
    this.write('name', v, () => (this.target().name = v));
  }
  get plotVisibleOnly(): boolean {
    return this.read('plotVisibleOnly');
  }
  /** ExcelApi 1.8; a new chart starts at true (Excel's "Show data in hidden rows and columns" off). */
  set plotVisibleOnly(v: boolean) {
    this.batch.requirements.use('Chart.plotVisibleOnly');
    this.write('plotVisibleOnly', v, () => (this.target().plotVisibleOnly = v));
  }
  /** Chart.setData (ExcelApi 1.1): the series made again from a new source, as charts.add makes them. */
  setData(source: FakeRange, seriesBy = 'Auto'): void {
    this.call('setData', [source.path, seriesBy], () => {
      const c = this.target();
      if (c.type === 'Funnel') throw new FakeOfficeError(CODES.invalidOperation, 'fake: setData on a Funnel chart is not known to work');
      const made = seriesFrom(this.batch, source, seriesBy);
      c.source = made.box;
      c.seriesBy = seriesBy;
      c.series = made.series;
    });
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
        return new FakeChartSeries(this.batch, `${this.path}.series.add`, () => holder.s!, this.target);
      },
      getItemAt: (i: number) =>
        new FakeChartSeries(this.batch, `${this.path}.series[${i}]`, () => {
          const s = this.target().series[i];
          if (!s) throw new FakeOfficeError(CODES.itemNotFound, `The chart has no series ${i}.`);
          return s;
        }, this.target),
    };
  }
}

export class FakeChartSeries {
  constructor(
    private readonly batch: FakeBatch,
    private readonly path: string,
    private readonly target: () => ChartModel['series'][number],
    private readonly chart: () => ChartModel | undefined = () => undefined,
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
  /**
   * Whether a Funnel chart's series take these calls is documented nowhere (issue 17): the fake
   * refuses them on a Funnel chart, so the add-in cannot come to rely on them.
   */
  private notFunnel(method: string): void {
    if (this.chart()?.type === 'Funnel') throw new FakeOfficeError(CODES.invalidOperation, `fake: ${method} on a Funnel chart's series is not known to work`);
  }
  setXAxisValues(range: FakeRange): void {
    this.setSource('setXAxisValues', range, 'xValues');
  }
  setValues(range: FakeRange): void {
    this.setSource('setValues', range, 'values');
  }
  /** The series' categories or values become `range`, kept as its address (漏斗!A1:A6). */
  private setSource(method: 'setXAxisValues' | 'setValues', range: FakeRange, field: 'xValues' | 'values'): void {
    this.batch.requirements.use(`ChartSeries.${method}`);
    this.call(method, [range.path], () => {
      this.notFunnel(method);
      const { sheet, box } = range.resolve();
      this.target()[field] = formatAddress(sheet.name, box);
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
  /** A chart of this sheet by name; refused at sync when there is none. */
  getItem(name: string): FakeChart {
    return new FakeChart(this.batch, `${this.path}.getItem(${name})`, () => {
      const c = this.sheet().charts.find((x) => x.name === name);
      if (!c) throw new FakeOfficeError(CODES.itemNotFound, `The chart '${name}' does not exist.`);
      return c;
    });
  }

  /**
   * A chart from a source range, its series by columns (or rows). As Insert Chart does, and as the
   * charts page's example relies on (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts),
   * a first column of text below the first row is the category labels (by columns), and a first
   * row of text over the series their names.
   */
  add(type: string, source: FakeRange, seriesBy = 'Auto'): FakeChart {
    if (type === 'Funnel') this.batch.requirements.use('ChartType.Funnel');
    else if (!CHART_TYPES_1_1.has(type)) throw new Error(`fake: chart type ${type} not modelled`);
    const holder: { c?: ChartModel } = {};
    this.call('add', [type, source.path, seriesBy], () => {
      const sheet = this.sheet();
      if (sheet.protected) throw new FakeOfficeError(CODES.accessDenied, `The sheet '${sheet.name}' is protected.`);
      const { box, series } = seriesFrom(this.batch, source, seriesBy);
      holder.c = { name: `Chart ${sheet.charts.length + 1}`, type, source: box, seriesBy, series, plotVisibleOnly: true };
      sheet.charts.push(holder.c);
    });
    return new FakeChart(this.batch, `${this.path}.add(${type})`, () => holder.c!);
  }
}

/**
 * A chart's series from a source range, by columns (or rows). As Insert Chart does, and as the
 * charts page's example relies on (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts),
 * a first column of text below the first row is the category labels (by columns), and a first
 * row of text over the series their names.
 */
function seriesFrom(batch: FakeBatch, source: FakeRange, seriesBy: string): { box: ChartModel['source']; series: ChartModel['series'] } {
  const { sheet: srcSheet, box: whole } = source.resolve();
  const byRows = seriesBy === 'Rows';
  const text = (r: number, c: number) => typeof batch.shownValue(srcSheet, r, c) === 'string';
  const isText = (cells: [number, number][]) => cells.length > 0 && cells.every(([r, c]) => text(r, c));
  const range = (from: number, to: number, f: (i: number) => [number, number]) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => f(from + i));
  // Labels: the first column (by columns) or row (by rows), when it holds text and more follows.
  const labelled = byRows ? whole.top < whole.bottom && isText(range(whole.left + 1, whole.right, (c) => [whole.top, c])) : whole.left < whole.right && isText(range(whole.top + 1, whole.bottom, (r) => [r, whole.left]));
  const named = byRows ? whole.left < whole.right && isText(range(whole.top + (labelled ? 1 : 0), whole.bottom, (r) => [r, whole.left])) : whole.top < whole.bottom && isText(range(whole.left + (labelled ? 1 : 0), whole.right, (c) => [whole.top, c]));
  const box = byRows
    ? { top: whole.top + (labelled ? 1 : 0), bottom: whole.bottom, left: whole.left + (named ? 1 : 0), right: whole.right }
    : { top: whole.top + (named ? 1 : 0), bottom: whole.bottom, left: whole.left + (labelled ? 1 : 0), right: whole.right };
  const xValues = !labelled ? undefined : formatAddress(srcSheet.name, byRows ? { top: whole.top, bottom: whole.top, left: box.left, right: box.right } : { top: box.top, bottom: box.bottom, left: whole.left, right: whole.left });
  const count = byRows ? box.bottom - box.top + 1 : box.right - box.left + 1;
  const series = Array.from({ length: Math.max(0, count) }, (_, i) => ({
    values: formatAddress(srcSheet.name, byRows ? { ...box, top: box.top + i, bottom: box.top + i } : { ...box, left: box.left + i, right: box.left + i }),
    ...(xValues ? { xValues } : {}),
  }));
  return { box, series };
}
