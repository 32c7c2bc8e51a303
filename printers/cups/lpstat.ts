// Reading a CUPS queue's state from `lpstat -l -p <queue>`: the state line ("is idle", "disabled since") and the
// printer-state-reasons CUPS lists as "Alerts:" (IPP keywords such as media-empty-error, cover-open-warning).
import type { PrinterStatus } from '../../protocol/printer-status.ts';

/** IPP printer-state-reasons (RFC 8011 §5.4.12, PWG 5100.9) as the kiosk's states, the worst first. */
const REASONS: [RegExp, PrinterStatus][] = [
  [/^media-(empty|needed|jam)/, 'paper-out'],
  [/^(cover|door|interlock)-open/, 'cover-open'],
  [/^(offline|shutdown|connecting-to-device|timed-out)/, 'offline'],
  [/-error$/, 'error'],
  [/^media-low/, 'paper-low'],
];

export function statusFromLpstat(output: string): PrinterStatus {
  const alerts =
    /Alerts:\s*(.*)/
      .exec(output)?.[1]
      ?.split(/[\s,]+/)
      .filter(Boolean) ?? [];
  for (const [pattern, status] of REASONS) if (alerts.some((reason) => pattern.test(reason))) return status;
  // A disabled queue holds every job: for the person at the kiosk, that printer is offline.
  if (/\bdisabled since\b/.test(output)) return 'offline';
  if (/\bis (idle|printing)\b/.test(output)) return 'ready';
  return 'error';
}
