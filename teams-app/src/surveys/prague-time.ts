/**
 * The authoring form shows dates and times as the office's clocks show them (Europe/Prague); the
 * service stores instants in UTC. These convert between the two without a date library.
 */
const ZONE = 'Europe/Prague';

const formatter = () =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });

function wallClock(instant: number): { date: string; time: string; utc: number } {
  const parts = Object.fromEntries(
    formatter()
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  const date = `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`;
  const time = `${parts.hour ?? ''}:${parts.minute ?? ''}`;
  return { date, time, utc: Date.parse(`${date}T${time}:00Z`) };
}

/** "2026-05-11" + "08:00" in Prague → ISO instant in UTC; null when either is not a valid value. */
export function pragueToIso(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const target = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(target)) return null;
  let guess = target;
  for (let round = 0; round < 3; round += 1) guess = target - (wallClock(guess).utc - guess);
  return new Date(guess).toISOString();
}

/** An ISO instant → the date and time Prague's clocks show then. */
export function isoToPrague(iso: string): { date: string; time: string } {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return { date: '', time: '' };
  const { date, time } = wallClock(instant);
  return { date, time };
}
