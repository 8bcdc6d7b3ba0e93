/**
 * Large-neighbourhood search around a known solution (issue 14): HiGHS's own heuristics improve a roster only after
 * its root cut loop (20–30 s on 40 staff here), so before the full solve the start is improved by small solves of
 * the same model in which every fixable column outside one neighbourhood keeps the incumbent's value. Each small
 * solve is exact within its neighbourhood and its solutions are solutions of the whole model.
 */
export interface NeighbourhoodSearch {
  /** Wall-clock seconds of the time limit given to the small solves, before the full solve. */
  seconds: number;
  /** Limit of one small solve. */
  stepSeconds: number;
  /** The search ends early after this many steps in a row found nothing better (a small month: the full solve is quick). */
  staleSteps: number;
  /** The columns the small solve of a step may change, chosen knowing the incumbent. */
  neighbourhood: (step: number, incumbent: ReadonlyMap<string, number>) => readonly string[];
  /** Every column a neighbourhood may free; those outside the current one are fixed at the incumbent's value. */
  fixable: readonly string[];
}

/** The few model calls the search needs (a HiGHS model). */
export interface BoundsModel {
  getColByName(name: string): number;
  changeColsBounds(selection: { kind: 'set'; indices: Int32Array }, lower: Float64Array, upper: Float64Array): unknown;
}

/** Fixes and frees columns of one model; `restore` gives back the bounds it had. */
export class NeighbourhoodBounds {
  private readonly indices: Int32Array;
  private readonly names: string[];
  private readonly position = new Map<string, number>();

  constructor(
    private readonly model: BoundsModel,
    fixable: readonly string[],
    private readonly original: { lower: number; upper: number },
  ) {
    const pairs = fixable.map((name) => ({ name, index: model.getColByName(name) })).sort((a, b) => a.index - b.index);
    this.indices = Int32Array.from(pairs.map((p) => p.index));
    this.names = pairs.map((p) => p.name);
    this.names.forEach((name, i) => this.position.set(name, i));
  }

  /** Every fixable column outside `free` at its incumbent value (rounded: they are integers), those inside free. */
  fixOutside(free: readonly string[], incumbent: ReadonlyMap<string, number>): void {
    const lower = new Float64Array(this.names.length);
    const upper = new Float64Array(this.names.length);
    this.names.forEach((name, i) => {
      const value = Math.round(incumbent.get(name) ?? 0);
      lower[i] = value;
      upper[i] = value;
    });
    for (const name of free) {
      const i = this.position.get(name);
      if (i === undefined) continue;
      lower[i] = this.original.lower;
      upper[i] = this.original.upper;
    }
    this.model.changeColsBounds({ kind: 'set', indices: this.indices }, lower, upper);
  }

  restore(): void {
    const size = this.names.length;
    this.model.changeColsBounds({ kind: 'set', indices: this.indices }, new Float64Array(size).fill(this.original.lower), new Float64Array(size).fill(this.original.upper));
  }
}
