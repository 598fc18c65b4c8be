import { describe, expect, it } from '@jest/globals';
import { CachedSurveys } from '../../src/surveys/answering/survey-source';
import { MemorySurveys } from './memory-stores';
import { sampleSurvey } from './survey-fixture';

describe('cached surveys in the chat', () => {
  it('sees a survey closed in this process at once once told, without waiting for the cache to expire', async () => {
    const source = new MemorySurveys([sampleSurvey()]);
    const clock = 0;
    const cached = new CachedSurveys(source, () => clock, 15_000);
    expect((await cached.get('srv-abcd1234'))?.status).toBe('open');
    expect(await cached.active()).toHaveLength(1);
    await source.setState('srv-abcd1234', { status: 'closed', currentWave: 1 }, '"1"');
    // Within the time to live the old copy would still be served…
    expect((await cached.get('srv-abcd1234'))?.status).toBe('open');
    // …until the survey API says the survey changed.
    cached.invalidate('srv-abcd1234');
    expect((await cached.get('srv-abcd1234'))?.status).toBe('closed');
    expect(await cached.active()).toHaveLength(0);
  });
});
