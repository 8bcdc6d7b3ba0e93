/** Job ids for a clock's alarms: fixed per (order, clock, generation), so re-enqueueing is a no-op. */
export function warningJobId(orderId: string, kind: string, generation: number): string {
  return `warn-${orderId}-${kind}-${generation}`;
}

export function overdueJobId(orderId: string, kind: string, generation: number): string {
  return `overdue-${orderId}-${kind}-${generation}`;
}
