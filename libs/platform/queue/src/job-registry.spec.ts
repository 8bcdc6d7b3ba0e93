import { describe, expect, it } from '@jest/globals';
import { JOB_NAMES } from './job-map.js';
import { buildHandlerMap, JobRegistryError } from './job-registry.js';

const handler = async () => undefined;
const one = JOB_NAMES.map((name) => ({ name, handler, owner: `${name}Handler` }));

describe('job registry', () => {
  it('when every job has exactly one handler, then the map covers every job', () => {
    expect([...buildHandlerMap(one).keys()].sort()).toEqual([...JOB_NAMES].sort());
  });

  it('when a job has no handler, then the worker refuses to start naming it', () => {
    expect(() => buildHandlerMap(one.slice(1))).toThrow(new RegExp(`job "${JOB_NAMES[0]}" has no handler`));
  });

  it('when a job has two handlers, then the worker refuses to start naming both', () => {
    const twice = [...one, { name: JOB_NAMES[0], handler, owner: 'Impostor' }];
    expect(() => buildHandlerMap(twice)).toThrow(JobRegistryError);
    expect(() => buildHandlerMap(twice)).toThrow(/has 2 handlers: .*Impostor/);
  });

  it('when a handler names an unknown job, then it is refused', () => {
    expect(() => buildHandlerMap([...one, { name: 'nope', handler, owner: 'Stray' }])).toThrow(/Stray handles unknown job "nope"/);
  });
});
