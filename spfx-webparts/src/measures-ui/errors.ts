/** The sentence to show for a failed request: the service's own (in the caller's language) or the error's. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message.trim() || error.name;
  return String(error);
}
