/**
 * The next Monday at `hour`:00 on the office's clocks (Europe/Prague), strictly after `now`.
 * Found by stepping whole hours, so it is right across daylight-saving changes without a zone library.
 */
export function nextMondayAt(now: Date, hour: number): Date {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Prague',
    weekday: 'short',
    hour: 'numeric',
    hourCycle: 'h23',
  });
  let candidate = Math.floor(now.getTime() / 3_600_000 + 1) * 3_600_000;
  for (let step = 0; step < 24 * 8; step += 1, candidate += 3_600_000) {
    const parts = Object.fromEntries(
      format.formatToParts(new Date(candidate)).map((part) => [part.type, part.value]),
    );
    if (parts['weekday'] === 'Mon' && Number(parts['hour']) === hour) return new Date(candidate);
  }
  throw new Error('No Monday within eight days');
}
