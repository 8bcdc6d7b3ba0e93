/** A linear term: coefficient × variable. */
export type LinearTerm = readonly [coefficient: number, variable: string];
export type RowSense = '<=' | '>=' | '=';

interface Row {
  name: string;
  terms: LinearTerm[];
  sense: RowSense;
  rhs: number;
}

/**
 * A minimisation MIP written out in CPLEX LP format (what the `highs` package reads). Variable names must start
 * with a letter other than 'e'/'E' (the LP reader takes those for exponents) and contain only [A-Za-z0-9_].
 */
export class LpModel {
  private readonly objective = new Map<string, number>();
  private readonly rows: Row[] = [];
  private readonly binaries = new Set<string>();
  private readonly continuous = new Map<string, { lower: number; upper: number }>();
  private readonly integers = new Set<string>();
  private objectiveOffset = 0;

  get variableCount(): number {
    return this.binaries.size + this.continuous.size;
  }

  get rowCount(): number {
    return this.rows.length;
  }

  addBinary(name: string): string {
    assertName(name);
    this.binaries.add(name);
    return name;
  }

  addContinuous(name: string, lower = 0, upper = Number.POSITIVE_INFINITY): string {
    assertName(name);
    this.continuous.set(name, { lower, upper });
    return name;
  }

  /** A bounded general integer (declared in the Generals section). */
  addInteger(name: string, lower = 0, upper = Number.POSITIVE_INFINITY): string {
    this.addContinuous(name, lower, upper);
    this.integers.add(name);
    return name;
  }

  addObjective(variable: string, coefficient: number): void {
    if (coefficient === 0) return;
    this.objective.set(variable, (this.objective.get(variable) ?? 0) + coefficient);
  }

  /** A constant added to the objective, so that the solver reports the same number the scorer computes. */
  addObjectiveConstant(value: number): void {
    this.objectiveOffset += value;
  }

  /** Adds a row; terms on the same variable are summed. Rows without variables must be checked by the caller. */
  addRow(name: string, terms: readonly LinearTerm[], sense: RowSense, rhs: number): void {
    assertName(name);
    const merged = new Map<string, number>();
    for (const [coefficient, variable] of terms) merged.set(variable, (merged.get(variable) ?? 0) + coefficient);
    const kept = [...merged].filter(([, coefficient]) => coefficient !== 0).map(([variable, coefficient]) => [coefficient, variable] as const);
    if (kept.length === 0) throw new Error(`Row ${name} has no variables`);
    this.rows.push({ name, terms: kept, sense, rhs });
  }

  toLpText(): string {
    const lines: string[] = ['Minimize'];
    const objectiveTerms = [...this.objective].map(([variable, coefficient]) => [coefficient, variable] as const);
    if (objectiveTerms.length === 0) {
      // The LP format needs an objective; a zero coefficient on any variable keeps the model pure feasibility.
      const anyVariable = this.binaries.values().next().value ?? this.continuous.keys().next().value;
      if (anyVariable) objectiveTerms.push([0, anyVariable]);
    }
    const objective = wrapTerms(' obj:', objectiveTerms);
    if (this.objectiveOffset !== 0) objective[objective.length - 1] += ` ${this.objectiveOffset < 0 ? '-' : '+'} ${formatNumber(Math.abs(this.objectiveOffset))}`;
    lines.push(...objective);
    lines.push('Subject To');
    for (const row of this.rows) {
      const body = wrapTerms(` ${row.name}:`, row.terms);
      body[body.length - 1] += ` ${row.sense} ${formatNumber(row.rhs)}`;
      lines.push(...body);
    }
    lines.push('Bounds');
    for (const [name, { lower, upper }] of this.continuous) {
      const upperText = Number.isFinite(upper) ? formatNumber(upper) : '+inf';
      const lowerText = Number.isFinite(lower) ? formatNumber(lower) : '-inf';
      lines.push(` ${lowerText} <= ${name} <= ${upperText}`);
    }
    if (this.binaries.size > 0) {
      lines.push('Binaries');
      const names = [...this.binaries];
      for (let index = 0; index < names.length; index += 12) lines.push(` ${names.slice(index, index + 12).join(' ')}`);
    }
    if (this.integers.size > 0) {
      lines.push('Generals');
      const names = [...this.integers];
      for (let index = 0; index < names.length; index += 12) lines.push(` ${names.slice(index, index + 12).join(' ')}`);
    }
    lines.push('End', '');
    return lines.join('\n');
  }
}

function wrapTerms(prefix: string, terms: readonly LinearTerm[]): string[] {
  const lines: string[] = [];
  let line = prefix;
  terms.forEach(([coefficient, variable], index) => {
    const sign = coefficient < 0 ? '-' : '+';
    const magnitude = Math.abs(coefficient);
    const term = `${index === 0 && sign === '+' ? '' : `${sign} `}${magnitude === 1 ? '' : `${formatNumber(magnitude)} `}${variable}`;
    // Short lines: the LP reader is happiest with them and the text stays readable when debugging a model.
    if (line.length + term.length > 200) {
      lines.push(line);
      line = '  ';
    }
    line += ` ${term}`;
  });
  lines.push(line);
  return lines;
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Number(value.toFixed(9)).toString();
}

function assertName(name: string): void {
  if (!/^[A-DF-Za-df-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`Invalid LP name: ${name}`);
}
