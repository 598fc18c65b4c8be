/** The browser's localStorage, or null where reaching it throws (a sandboxed frame). */
export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
