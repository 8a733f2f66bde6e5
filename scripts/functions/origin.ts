/**
 * The one https origin the Excel add-in is served from: the dev server's in development.
 * manifest.xml uses the same origin (a test checks they agree); to deploy elsewhere, change both.
 */
export const ADDIN_ORIGIN = 'https://localhost:3000';

/** Excel's namespace for the functions: =PCSS.SALES_INTENSITY(...). */
export const EXCEL_NAMESPACE = 'PCSS';

export function helpUrl(id: string): string {
  return `${ADDIN_ORIGIN}/help.html#${id.toLowerCase()}`;
}
