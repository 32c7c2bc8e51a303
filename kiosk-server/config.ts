import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_TIMING, type KioskTiming } from '../protocol/timing.ts';
import type { SpeechConfig } from './speech/speech-service.ts';
import type { WakeWordEnv } from './wake-word/wake-word-config.ts';
import type { PrinterConfig } from '../printers/printer-config.ts';
import { DEFAULT_PURPOSE_IDS, DEFAULT_STATUS_SERVICE, DEFAULT_SUBMIT_SERVICE, UXP_SUBSYSTEM } from './forwarding/central-config.ts';
import { DEFAULT_RETENTION_DAYS } from './store/retention.ts';
import { ACCEPTANCE_POLICIES } from '../protocol/acceptance.ts';
import { DEFAULT_ACCEPTANCE_DAYS, type AcceptanceSettings } from './desk/acceptance-settings.ts';
import { allowEntries, allowEntryProblem } from './metrics/allow-list.ts';
import type { TlsFiles } from './wiring/listener.ts';
import { tlsFiles } from './wiring/tls-config.ts';
import { DEFAULT_BACKUP_INTERVAL_MINUTES, DEFAULT_BACKUP_KEEP, type BackupSettings } from './backup/backups.ts';

const UXP_SERVICE_CODE = /^[A-Za-z0-9_]+\/\d+$/;

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  // HTTPS: the certificate (PEM chain) and its key; plain HTTP is then answered only on this machine.
  TLS_CERT: z.string().min(1).optional(),
  TLS_KEY: z.string().min(1).optional(),
  KIOSK_DATA_DIR: z.string().min(1).default('var'),
  KIOSK_ID: z
    .string()
    .regex(/^[A-Z0-9]{2,8}$/, 'KIOSK_ID is 2–8 capital Latin letters or digits, e.g. K01')
    .default('K01'),
  // Other kiosks of the centre whose screens use this server (`/?kiosk=K02`): a screen naming any other id is refused.
  KIOSK_IDS: z
    .string()
    .regex(/^[A-Z0-9]{2,8}(,[A-Z0-9]{2,8})*$/, 'KIOSK_IDS is a comma-separated list of kiosk ids, e.g. K02,K03')
    .optional(),
  CENTRE_NAME: z.string().min(1).default('ЦНАП'),
  CENTRE_ADDRESS: z.string().min(1).max(200).optional(),
  CENTRAL_URL: z.url({ protocol: /^https?$/ }).optional(),
  CENTRAL_DIALECT: z.enum(['rest', 'trembita']).default('rest'),
  CENTRAL_HMAC_SECRET: z.string().min(16, 'CENTRAL_HMAC_SECRET must be at least 16 characters').optional(),
  CENTRAL_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(120).default(10),
  UXP_CLIENT: z.string().regex(UXP_SUBSYSTEM, 'UXP_CLIENT is <instance>/GOV/<ЄДРПОУ>/<subsystem>, e.g. SEVDEIR-TEST/GOV/12345678/VIKNO').optional(),
  UXP_SERVICE: z.string().regex(UXP_SUBSYSTEM, "UXP_SERVICE is the provider's <instance>/GOV/<ЄДРПОУ>/<subsystem>").optional(),
  UXP_SUBMIT_SERVICE: z.string().regex(UXP_SERVICE_CODE, 'UXP_SUBMIT_SERVICE is <ServiceCode>/<version>').default(DEFAULT_SUBMIT_SERVICE),
  UXP_STATUS_SERVICE: z.string().regex(UXP_SERVICE_CODE, 'UXP_STATUS_SERVICE is <ServiceCode>/<version>').default(DEFAULT_STATUS_SERVICE),
  UXP_PURPOSE_IDS: z
    .string()
    .regex(/^[A-Za-z0-9_.,-]{1,200}$/)
    .default(DEFAULT_PURPOSE_IDS),
  CENTRAL_SIM_PORT: z.coerce.number().int().min(0).max(65535).default(8090),
  // An application not handed on for this long raises a staff alert (it is never dropped).
  FORWARDING_ALERT_MINUTES: z.coerce
    .number()
    .min(1)
    .max(7 * 24 * 60)
    .default(60),
  STATUS_POLL_SECONDS: z.coerce.number().min(1).max(86_400).default(60),
  // desk: an application waits for the administrator's acceptance before it is forwarded; kiosk: forwarded on submit.
  ACCEPTANCE: z.enum(ACCEPTANCE_POLICIES, "ACCEPTANCE is 'desk' (accepted by an administrator first) or 'kiosk' (forwarded on submit)").default('desk'),
  ACCEPTANCE_DESK_TEXT: z.string().trim().min(1).max(80, 'ACCEPTANCE_DESK_TEXT names the desk in a few words, e.g. «вікно № 3»').optional(),
  ACCEPTANCE_DAYS: z.coerce.number().int('ACCEPTANCE_DAYS is a whole number of days').min(1).max(90).default(DEFAULT_ACCEPTANCE_DAYS),
  PERSONAL_DATA_RETENTION_DAYS: z.coerce.number().min(0).max(3650).default(DEFAULT_RETENTION_DAYS),
  KIOSK_DATA_KEY: z.string().min(1).optional(),
  // Backups of the database: off unless set (a copy on the data disk itself does not outlive that disk).
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_INTERVAL_MINUTES: z.coerce
    .number('BACKUP_INTERVAL_MINUTES is a number of minutes')
    .int('BACKUP_INTERVAL_MINUTES is a whole number of minutes')
    .min(1, 'BACKUP_INTERVAL_MINUTES is 1–1440 (a day)')
    .max(1440, 'BACKUP_INTERVAL_MINUTES is 1–1440 (a day)')
    .default(DEFAULT_BACKUP_INTERVAL_MINUTES),
  BACKUP_KEEP: z.coerce
    .number('BACKUP_KEEP is a number of backups')
    .int('BACKUP_KEEP is a whole number of backups')
    .min(1, 'BACKUP_KEEP is 1–10000')
    .max(10_000, 'BACKUP_KEEP is 1–10000')
    .default(DEFAULT_BACKUP_KEEP),
  KIOSK_IDLE_SECONDS: z.coerce.number().int().min(30).max(900).default(DEFAULT_TIMING.idleSeconds),
  // WCAG 2.2.1: at least 20 s to extend; issue 4 asks a countdown of at least 60 s.
  KIOSK_WARNING_SECONDS: z.coerce.number().int().min(60).max(600).default(DEFAULT_TIMING.warningSeconds),
  KIOSK_CONFIRMATION_SECONDS: z.coerce.number().int().min(20).max(600).default(DEFAULT_TIMING.confirmationSeconds),
  PRINTER: z.enum(['pdf-file', 'cups', 'escpos']).default('pdf-file'),
  PRINTER_PAPER: z.enum(['roll-80mm', 'a4']).default('roll-80mm'),
  CUPS_QUEUE: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,127}$/, 'CUPS_QUEUE is a queue name as lpstat lists it')
    .optional(),
  ESCPOS_ADDRESS: z
    .string()
    .regex(/^[A-Za-z0-9.-]+(:\d{1,5})?$/, 'ESCPOS_ADDRESS is host or host:port, e.g. 192.168.1.50:9100')
    .optional(),
  ESCPOS_CODE_PAGE: z.enum(['wpc1251', 'pc1125', 'pc866']).default('wpc1251'),
  ESCPOS_CODE_PAGE_NUMBER: z.coerce.number().int().min(0).max(255).optional(),
  ESCPOS_COLUMNS: z.coerce.number().int().min(24).max(64).default(48),
  // The printer at the staff desk, for reprints there: PDF files (var/desk-receipts) or a CUPS queue.
  DESK_PRINTER: z.enum(['pdf-file', 'cups']).default('pdf-file'),
  DESK_CUPS_QUEUE: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,127}$/, 'DESK_CUPS_QUEUE is a queue name as lpstat lists it')
    .optional(),
  SPEECH_ENGINE: z.enum(['auto', 'espeak-ng', 'rhvoice', 'say', 'none']).default('auto'),
  SPEECH_VOICE_UK: z
    .string()
    .regex(/^[A-Za-z0-9 _.+-]{1,60}$/)
    .optional(),
  SPEECH_VOICE_EN: z
    .string()
    .regex(/^[A-Za-z0-9 _.+-]{1,60}$/)
    .optional(),
  // Porcupine wake word (optional): the Picovoice AccessKey, a built-in keyword or a .ppn file, and its model file.
  PICOVOICE_ACCESS_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/=_-]{10,200}$/, 'PICOVOICE_ACCESS_KEY is the AccessKey from the Picovoice Console')
    .optional(),
  WAKE_WORD_KEYWORD: z.string().min(1).max(300).optional(),
  WAKE_WORD_MODEL: z.string().min(1).optional(),
  // Besides this machine, who may read /metrics: comma-separated IPs or CIDRs (the region's Prometheus).
  METRICS_ALLOW: z
    .string()
    .optional()
    .superRefine((text, ctx) => {
      for (const problem of allowEntries(text).map(allowEntryProblem)) if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface KioskConfig {
  port: number;
  host: string;
  /** TLS_CERT and TLS_KEY, read: HTTPS (plain HTTP only from this machine). */
  tls: TlsFiles | undefined;
  dataDir: string;
  kioskId: string;
  /** Further kiosks served by this server. */
  otherKioskIds: string[];
  centreName: string;
  /** Printed under the name on every receipt and checklist. */
  centreAddress: string | undefined;
  /** Where applications are forwarded; when absent, the built-in simulator is started and used. */
  centralUrl: string | undefined;
  central: CentralSettings;
  centralSimPort: number;
  forwardingAlertMs: number;
  statusPollMs: number;
  retentionMs: number;
  acceptance: AcceptanceSettings;
  /** KIOSK_DATA_KEY; when absent the key file in the data folder is used (made on first start). */
  dataKey: string | undefined;
  /** BACKUP_DIR and its schedule; undefined: no backups. */
  backup: BackupSettings | undefined;
  timing: KioskTiming;
  speech: SpeechConfig;
  printer: PrinterConfig;
  /** The staff desk's printer (A4). */
  deskPrinter: { driver: 'pdf-file' } | { driver: 'cups'; queue: string };
  wakeWord: WakeWordEnv;
  /** Addresses besides this machine that may read /metrics (IPs or CIDRs). */
  metricsAllow: string[];
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
}

/** How to reach the central system, apart from its address (the built-in simulator's is known only once it listens). */
export type CentralSettings =
  | { dialect: 'rest'; hmacSecret: string | undefined; timeoutMs: number }
  | {
      dialect: 'trembita';
      client: string | undefined;
      provider: string | undefined;
      submitService: string;
      statusService: string;
      purposeIds: string;
      timeoutMs: number;
    };

function centralSettings(e: z.infer<typeof Env>): CentralSettings {
  const timeoutMs = Math.round(e.CENTRAL_TIMEOUT_SECONDS * 1000);
  if (e.CENTRAL_DIALECT === 'rest') {
    if (e.CENTRAL_URL && !e.CENTRAL_HMAC_SECRET)
      throw new Error('bad configuration:\n  CENTRAL_HMAC_SECRET: CENTRAL_URL needs the secret shared with the central system to sign requests');
    return { dialect: 'rest', hmacSecret: e.CENTRAL_HMAC_SECRET, timeoutMs };
  }
  if (e.CENTRAL_URL && (!e.UXP_CLIENT || !e.UXP_SERVICE)) {
    throw new Error(
      `bad configuration:\n  ${!e.UXP_CLIENT ? 'UXP_CLIENT' : 'UXP_SERVICE'}: CENTRAL_DIALECT=trembita needs UXP_CLIENT (this kiosk's subsystem) and UXP_SERVICE (the provider's subsystem)`,
    );
  }
  return {
    dialect: 'trembita',
    client: e.UXP_CLIENT,
    provider: e.UXP_SERVICE,
    submitService: e.UXP_SUBMIT_SERVICE,
    statusService: e.UXP_STATUS_SERVICE,
    purposeIds: e.UXP_PURPOSE_IDS,
    timeoutMs,
  };
}

/** The printer settings, or a message naming the variable that is missing. */
function printerConfig(e: z.infer<typeof Env>): PrinterConfig {
  switch (e.PRINTER) {
    case 'pdf-file':
      return { driver: 'pdf-file', paper: e.PRINTER_PAPER };
    case 'cups':
      if (!e.CUPS_QUEUE) throw new Error('bad configuration:\n  CUPS_QUEUE: PRINTER=cups needs the queue name (lpstat -p lists them)');
      return { driver: 'cups', queue: e.CUPS_QUEUE, paper: e.PRINTER_PAPER };
    case 'escpos': {
      if (!e.ESCPOS_ADDRESS) throw new Error('bad configuration:\n  ESCPOS_ADDRESS: PRINTER=escpos needs the printer address, e.g. 192.168.1.50:9100');
      const [host, port] = e.ESCPOS_ADDRESS.split(':');
      return {
        driver: 'escpos',
        host: host!,
        port: port ? Number(port) : 9100,
        codePage: e.ESCPOS_CODE_PAGE,
        ...(e.ESCPOS_CODE_PAGE_NUMBER !== undefined && { codePageNumber: e.ESCPOS_CODE_PAGE_NUMBER }),
        columns: e.ESCPOS_COLUMNS,
      };
    }
  }
}

function deskPrinterConfig(e: z.infer<typeof Env>): KioskConfig['deskPrinter'] {
  if (e.DESK_PRINTER === 'pdf-file') return { driver: 'pdf-file' };
  if (!e.DESK_CUPS_QUEUE) throw new Error('bad configuration:\n  DESK_CUPS_QUEUE: DESK_PRINTER=cups needs the queue name (lpstat -p lists them)');
  return { driver: 'cups', queue: e.DESK_CUPS_QUEUE };
}

/** Reads the configuration from the environment; a bad value stops the start with a message naming the variable. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): KioskConfig {
  const blankToUndefined = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
  const parsed = Env.safeParse(blankToUndefined);
  if (!parsed.success) {
    throw new Error(`bad configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    tls: tlsFiles(e.TLS_CERT, e.TLS_KEY),
    dataDir: path.resolve(e.KIOSK_DATA_DIR),
    kioskId: e.KIOSK_ID,
    otherKioskIds: (e.KIOSK_IDS ?? '').split(',').filter((id) => id && id !== e.KIOSK_ID),
    centreName: e.CENTRE_NAME,
    centreAddress: e.CENTRE_ADDRESS,
    centralUrl: e.CENTRAL_URL,
    central: centralSettings(e),
    centralSimPort: e.CENTRAL_SIM_PORT,
    forwardingAlertMs: e.FORWARDING_ALERT_MINUTES * 60_000,
    statusPollMs: e.STATUS_POLL_SECONDS * 1000,
    retentionMs: e.PERSONAL_DATA_RETENTION_DAYS * 86_400_000,
    acceptance: {
      policy: e.ACCEPTANCE,
      ...(e.ACCEPTANCE_DESK_TEXT && { deskPlace: e.ACCEPTANCE_DESK_TEXT }),
      expireAfterMs: e.ACCEPTANCE_DAYS * 86_400_000,
    },
    dataKey: e.KIOSK_DATA_KEY,
    backup: e.BACKUP_DIR ? { dir: path.resolve(e.BACKUP_DIR), intervalMs: e.BACKUP_INTERVAL_MINUTES * 60_000, keep: e.BACKUP_KEEP } : undefined,
    printer: printerConfig(e),
    deskPrinter: deskPrinterConfig(e),
    speech: {
      engine: e.SPEECH_ENGINE,
      voices: { ...(e.SPEECH_VOICE_UK && { uk: e.SPEECH_VOICE_UK }), ...(e.SPEECH_VOICE_EN && { en: e.SPEECH_VOICE_EN }) },
    },
    timing: { idleSeconds: e.KIOSK_IDLE_SECONDS, warningSeconds: e.KIOSK_WARNING_SECONDS, confirmationSeconds: e.KIOSK_CONFIRMATION_SECONDS },
    wakeWord: {
      accessKey: e.PICOVOICE_ACCESS_KEY,
      keyword: e.WAKE_WORD_KEYWORD,
      modelFile: path.resolve(e.WAKE_WORD_MODEL ?? path.join(e.KIOSK_DATA_DIR, 'wake-word', 'porcupine_params.pv')),
    },
    metricsAllow: allowEntries(e.METRICS_ALLOW),
    logLevel: e.LOG_LEVEL,
  };
}
