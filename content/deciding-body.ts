// Who decides one application: a service's fixed deciding body, or — when it depends on the answers (burial aid is
// paid by the community or the Pension Fund depending on who died) — the first route whose condition holds.
import { evaluate, type Answers } from './conditions.ts';
import type { Localized } from './localized.ts';
import type { ServiceDefinition } from './schema.ts';

export function decidingBodyOf(service: Pick<ServiceDefinition, 'id' | 'decidingBody' | 'decidingBodyByAnswer'>, answers: Answers): Localized {
  const route = service.decidingBodyByAnswer?.find((r) => evaluate(r.when, { answers, services: [service.id] }));
  return route?.body ?? service.decidingBody;
}
