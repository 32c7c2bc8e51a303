// Which central case system the kiosk forwards to, and how, from the configuration.
import type { CentralCaseSystem } from './central-case-system.ts';
import { RestCentralCaseSystem } from './rest-central.ts';
import { TrembitaCentralCaseSystem, type TrembitaOptions } from './trembita-central.ts';

/** <instance>/GOV/<ЄДРПОУ>/<subsystem>, as Трембіта names a member's subsystem. */
export const UXP_SUBSYSTEM = /^[A-Z0-9-]+\/GOV\/\d{8}\/[A-Za-z0-9_-]+$/;
export const DEFAULT_SUBMIT_SERVICE = 'SubmitSocialApplication_v1/1';
export const DEFAULT_STATUS_SERVICE = 'GetSocialApplicationStatus_v1/1';
export const DEFAULT_PURPOSE_IDS = 'social-services-application';
/** The built-in simulator's Трембіта identities (a test instance; not a real member). */
export const SIMULATOR_UXP_CLIENT = 'SEVDEIR-TEST/GOV/00000000/VIKNO_KIOSK';
export const SIMULATOR_UXP_PROVIDER = 'SEVDEIR-TEST/GOV/00000001/SOCIAL_CASES';

export type CentralConfig =
  { dialect: 'rest'; url: string; hmacSecret: string; timeoutMs: number } | ({ dialect: 'trembita'; url: string } & Omit<TrembitaOptions, 'gatewayUrl'>);

export function createCentral(config: CentralConfig): CentralCaseSystem {
  return config.dialect === 'rest'
    ? new RestCentralCaseSystem({ baseUrl: config.url, hmacSecret: config.hmacSecret, timeoutMs: config.timeoutMs })
    : new TrembitaCentralCaseSystem({ ...config, gatewayUrl: config.url });
}
