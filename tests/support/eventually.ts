/**
 * Waits until `check` holds (returns something other than undefined or false), polling every `intervalMs`; resolves
 * with what it returned. For effects that happen after an ack (printing, forwarding) and for outside processes.
 */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 5_000,
  { intervalMs = 25, message = 'condition not met in time' }: { intervalMs?: number; message?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
