/** The next `event` a socket hears; fails when none comes within `timeoutMs` (some are promised within a second). */
export function nextEvent<T>(socket: { once(event: string, listener: (value: T) => void): unknown }, event: string, timeoutMs = 2_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    socket.once(event, (value: T) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}
