/** `Office.context.requirements` as the add-in uses it; the pane passes the real one, tests a fake. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * What this host can do beyond the manifest's ExcelApi 1.1, asked once per action. Every member
 * newer than 1.1 is used only where its flag is true, with a fallback otherwise.
 */
export interface ExcelFeatures {
  /** 1.2: formulasR1C1 (one formula filled down a column), rowHidden, sheet protection state. */
  readonly r1c1: boolean;
  /** 1.4: workbook names (our tabs' anchors), Range.getUsedRangeOrNullObject. */
  readonly anchors: boolean;
  /** 1.6: conditional formats. */
  readonly conditionalFormats: boolean;
  /** 1.7: freeze panes, workbook protection state, chart series editing. */
  readonly freezePanes: boolean;
  /** 1.8: data validation dropdowns. */
  readonly dataValidation: boolean;
  /** 1.9: the native funnel chart type, Range.copyFrom. */
  readonly funnelChart: boolean;
  /** 1.13: Table.resize. */
  readonly tableResize: boolean;
}

export function detectFeatures(requirements: Requirements): ExcelFeatures {
  const has = (v: string) => requirements.isSetSupported('ExcelApi', v);
  return {
    r1c1: has('1.2'),
    anchors: has('1.4'),
    conditionalFormats: has('1.6'),
    freezePanes: has('1.7'),
    dataValidation: has('1.8'),
    funnelChart: has('1.9'),
    tableResize: has('1.13'),
  };
}
