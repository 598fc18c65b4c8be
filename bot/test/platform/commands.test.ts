import { describe, expect, it } from '@jest/globals';
import { parseCommand } from '../../src/platform/chat/commands';

describe('typed commands', () => {
  it.each([
    ['help', 'help'],
    ['Nápověda', 'help'],
    ['napoveda', 'help'],
    ['/help', 'help'],
    ['  PULZ! ', 'surveys'],
    ['pulse', 'surveys'],
    ['Průzkum', 'surveys'],
    ['pruzkum', 'surveys'],
    ['survey', 'surveys'],
    ['pulses', 'unknown'],
    ['', 'unknown'],
    [undefined, 'unknown'],
  ])('%j → %s', (text, command) => {
    expect(parseCommand(text)).toBe(command);
  });
});
