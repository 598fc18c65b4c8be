/** The browser's localStorage, or null where reaching it throws (a sandboxed frame). */
export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Something remembered in the browser's storage. */
export interface Memory<T> {
  readonly load: () => T;
  readonly save: (value: T) => void;
}

/**
 * A value remembered per person (their e-mail) in the browser's storage, under `prefix`. `read`
 * takes the stored JSON apart (dropping what it does not know, or throwing). Storage may be missing
 * or throw (a sandboxed frame): the value is then simply forgotten, and `fallback` loads.
 */
export function personMemory<T>(
  storage: Storage | null,
  prefix: string,
  email: string,
  read: (stored: unknown) => T,
  fallback: T,
): Memory<T> {
  const key = `${prefix}${email.toLowerCase()}`;
  return {
    load(): T {
      try {
        const stored = storage?.getItem(key);
        return stored ? read(JSON.parse(stored)) : fallback;
      } catch {
        return fallback;
      }
    },
    save(value: T): void {
      try {
        storage?.setItem(key, JSON.stringify(value));
      } catch {
        // Not remembered; nothing else depends on it.
      }
    },
  };
}
