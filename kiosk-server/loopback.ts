/** Addresses of this machine: the kiosk's own screen connects from one of these. */
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export const isLoopback = (address: string | undefined): boolean => address !== undefined && LOOPBACK.has(address);
