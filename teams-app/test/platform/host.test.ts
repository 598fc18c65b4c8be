import { describe, expect, it } from '@jest/globals';
import { connectHost } from '../../src/platform/host/connect-host';
import type { HostContext, HostWindow } from '../../src/platform/host/host.types';
import { fakeHost } from '../support/fake-host';

const topLevel = (search = ''): HostWindow => {
  const self = {};
  return { parent: self, self, opener: null, location: { search } };
};
const framed = (search = ''): HostWindow => ({ parent: {}, self: {}, opener: null, location: { search } });

const teams: HostContext = fakeHost({
  inTeams: true,
  locale: 'en-US',
  theme: 'dark',
  getToken: () => Promise.resolve('token'),
});

describe('host detection', () => {
  it('reads the sub-page a link asks for from the address in a plain browser', async () => {
    expect((await connectHost(topLevel('?subPageId=cycle-7-results'))).subPageId).toBe('cycle-7-results');
    expect((await connectHost(topLevel())).subPageId).toBeNull();
  });

  it('runs standalone at once in a top-level window, without loading the Teams SDK', async () => {
    let teamsAsked = false;
    const host = await connectHost(topLevel(), {
      connectTeams: () => {
        teamsAsked = true;
        return Promise.resolve(teams);
      },
    });
    expect(host.inTeams).toBe(false);
    expect(host.theme).toBe('default');
    expect(teamsAsked).toBe(false);
    await expect(host.getToken()).rejects.toThrow();
  });

  it('honours ?theme=dark and ?theme=contrast outside Teams, and ignores other values', async () => {
    expect((await connectHost(topLevel('?theme=dark'))).theme).toBe('dark');
    expect((await connectHost(topLevel('?theme=contrast'))).theme).toBe('contrast');
    expect((await connectHost(topLevel('?theme=glass'))).theme).toBe('default');
  });

  it('uses Teams when the frame answers the handshake', async () => {
    const host = await connectHost(framed('?theme=contrast'), { connectTeams: () => Promise.resolve(teams) });
    expect(host).toBe(teams);
  });

  it('falls back to standalone when a frame is not Teams (no answer, or an error)', async () => {
    const silent = await connectHost(framed(), {
      timeoutMs: 5,
      connectTeams: () => new Promise(() => undefined),
    });
    expect(silent.inTeams).toBe(false);
    const failing = await connectHost(framed(), { connectTeams: () => Promise.reject(new Error('no host')) });
    expect(failing.inTeams).toBe(false);
  });
});
