import { describe, expect, it } from '@jest/globals';
import { parseCommand } from '../../src/platform/chat/commands';

describe('typed commands', () => {
  it.each([
    ['help', 'help'],
    ['Nápověda', 'help'],
    ['napoveda', 'help'],
    ['/help', 'help'],
    ['  PRŮZKUM! ', 'surveys'],
    ['Průzkum', 'surveys'],
    ['pruzkum', 'surveys'],
    ['survey', 'surveys'],
    ['surveys', 'surveys'],
    // The retired pulse command is gone from the manifest and from the bot alike.
    ['pulse', null],
    ['pulz', null],
    ['surveyed', null],
    ['', null],
    [undefined, null],
  ])('%j → %s in personal chat', (text, command) => {
    expect(parseCommand(text, 'personal')).toBe(command);
  });

  it('offers survey cards only in personal chat; help everywhere', () => {
    expect(parseCommand('průzkum', 'team')).toBeNull();
    expect(parseCommand('survey', 'groupChat')).toBeNull();
    expect(parseCommand('nápověda', 'team')).toBe('help');
    expect(parseCommand('help', 'groupChat')).toBe('help');
  });
});
