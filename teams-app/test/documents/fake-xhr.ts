import type { Me } from '@kvalita/core';
import type { FakeReply } from '../support/fake-service';

/** One upload as the fake XMLHttpRequest saw it. */
export interface RecordedUpload {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Blob;
}

/** Answers an upload for the signed-in person (from the Authorization header). */
export type UploadAnswer = (upload: RecordedUpload, me: Me | undefined) => FakeReply | 'networkError';

/**
 * A stand-in for the browser's XMLHttpRequest (jsdom's would go to the network): it reports the
 * body's progress in two steps, as a browser does for a file, then gives the fake service's answer.
 */
export function installFakeXhr(
  answer: UploadAnswer,
  identify: (authorization: string | undefined) => Me | undefined,
) {
  const uploads: RecordedUpload[] = [];
  const progress: number[] = [];
  // While held, an upload stops half-way (its first progress reported) until released.
  let held: { promise: Promise<void>; release: () => void } | null = null;
  class FakeXhr {
    status = 0;
    responseText = '';
    upload: { onprogress: ((event: { loaded: number; total: number }) => void) | null } = {
      onprogress: null,
    };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private method = 'GET';
    private url = '';
    private readonly headers: Record<string, string> = {};
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value;
    }
    abort() {
      this.onabort?.();
    }
    send(body: Blob) {
      const recorded = { method: this.method, url: new URL(this.url), headers: { ...this.headers }, body };
      uploads.push(recorded);
      const report = (loaded: number) => {
        progress.push(loaded);
        this.upload.onprogress?.({ loaded, total: body.size });
      };
      const gate = held?.promise ?? Promise.resolve();
      setTimeout(() => {
        report(Math.floor(body.size / 2));
        void gate.then(() => finish());
      }, 0);
      const finish = () => {
        report(body.size);
        const reply = answer(recorded, identify(this.headers.authorization));
        if (reply === 'networkError') {
          this.onerror?.();
          return;
        }
        this.status = reply.status;
        this.responseText = JSON.stringify(reply.body);
        this.onload?.();
      };
    }
  }
  const original = globalThis.XMLHttpRequest;
  globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  return {
    uploads,
    progress,
    /** Stops the next uploads half-way; the function lets them finish. */
    hold(): () => void {
      let release = () => undefined as void;
      const promise = new Promise<void>((resolve) => {
        release = resolve;
      });
      held = { promise, release };
      return () => {
        held = null;
        release();
      };
    },
    restore: () => {
      globalThis.XMLHttpRequest = original;
    },
  };
}
