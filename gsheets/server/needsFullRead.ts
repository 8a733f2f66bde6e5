/** A plan made from a partial read would write where nothing was read: the run starts again with the full read. */
export class NeedsFullRead extends Error {
  constructor() {
    super('the plan writes beyond the tabs read through their anchors');
  }
}
