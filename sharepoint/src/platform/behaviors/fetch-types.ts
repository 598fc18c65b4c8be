/**
 * The parts of fetch's types the behaviours use. sharepoint/ runs in the browser (SPFx) and in
 * Node 22 and is compiled without DOM or Node typings, so it names only what it needs.
 */
export interface RequestUrl {
  toString(): string;
}

export interface RequestInitLike {
  method?: string;
  headers?: unknown;
  signal?: { readonly aborted: boolean } | null;
}

export interface ResponseLike {
  readonly status: number;
  readonly statusText: string;
  readonly headers: { get(name: string): string | null };
  readonly body: { cancel(): Promise<void> } | null;
  text(): Promise<string>;
}

/** Timers exist in both hosts; declared here because neither host's typings are loaded. */
declare const setTimeout: (callback: () => void, ms: number) => unknown;

export const sleepFor = (ms: number): Promise<void> =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });
