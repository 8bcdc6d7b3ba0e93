/** The DataSource the gateway reads the event log from (provided by the database module). */
export const REALTIME_DATA_SOURCE = Symbol('REALTIME_DATA_SOURCE');
