import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';

/**
 * Counts HTTP requests that leave the client (a $batch counts once): it wraps the send moment, so
 * requests answered inside a batch are not counted. Add it after every other behaviour.
 */
export function RequestCounter(): TimelinePipe<Queryable> & { readonly count: () => number; reset(): void } {
  let count = 0;
  const behavior = (instance: Queryable) => {
    const [send] = instance.on.send.toArray();
    if (!send) throw new Error('RequestCounter needs a sending behaviour before it');
    type SendObserver = Parameters<typeof instance.on.send.replace>[0];
    const counting = function (this: unknown, ...args: Parameters<SendObserver>) {
      count += 1;
      return Reflect.apply(send, this, args) as ReturnType<SendObserver>;
    };
    instance.on.send.replace(counting as SendObserver);
    return instance;
  };
  return Object.assign(behavior, {
    count: () => count,
    reset: () => {
      count = 0;
    },
  });
}
