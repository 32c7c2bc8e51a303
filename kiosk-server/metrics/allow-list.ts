// Who may read /metrics: this machine, and the addresses in METRICS_ALLOW (IPs or CIDRs, e.g. the region's Prometheus).
// Checked against the connection's own address, never a header a client could set (X-Forwarded-For).
import { BlockList, isIP } from 'node:net';
import { isLoopback } from '../loopback.ts';

/** An IPv4 address as it arrives on a dual-stack socket (`::ffff:10.0.0.5`), written as IPv4. */
const IPV4_MAPPED = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/** Why one METRICS_ALLOW entry is not an IP address or a CIDR, or undefined when it is one. */
export function allowEntryProblem(entry: string): string | undefined {
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return `"${entry}" is not an IP address or CIDR (e.g. 10.20.0.5 or 10.20.0.0/24)`;
  if (prefix === undefined) return undefined;
  const bits = family === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > bits) return `"${entry}": the prefix after / is 0–${bits}`;
  return undefined;
}

/** METRICS_ALLOW's entries (comma-separated, blanks ignored). */
export const allowEntries = (text: string | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);

/** Whether a connection from `address` may read the metrics: loopback always, otherwise only an allowed address. */
export function metricsAccess(allow: readonly string[]): (address: string | undefined) => boolean {
  const list = new BlockList();
  for (const entry of allow) {
    const problem = allowEntryProblem(entry);
    if (problem) throw new Error(`METRICS_ALLOW: ${problem}`);
    const [address, prefix] = entry.split('/') as [string, string | undefined];
    const family = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return (address) => {
    if (address === undefined) return false;
    if (isLoopback(address)) return true;
    const plain = IPV4_MAPPED.exec(address)?.[1] ?? address;
    const family = isIP(plain);
    return family !== 0 && list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
  };
}
