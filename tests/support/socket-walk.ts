import type { Catalogue } from '../../content/catalogue.ts';
import type { KioskView, QuestionScreen } from '../../protocol/views.ts';
import { sampleValues } from './answers.ts';
import { request, type KioskClient } from './kiosk.ts';

/**
 * Drives a visit over socket.io as the kiosk UI would: answers every screen the server sends with valid sample values
 * (one family member on an empty list) until check answers. Returns the step ids answered, in order. Used by tests and
 * the benchmark, so it throws rather than asserting.
 */
export async function answerUntilCheck(
  client: KioskClient,
  catalogue: Catalogue,
  sessionId: string,
  first: KioskView,
): Promise<{ view: KioskView; visited: string[] }> {
  const stepOf = (id: string) =>
    catalogue.services
      .flatMap((s) => s.steps)
      .concat(catalogue.modules.flatMap((m) => m.steps))
      .find((s) => s.id === id)!;
  const known: Record<string, string> = {};
  const visited: string[] = [];
  let view = first;
  for (let guard = 0; view.screen === 'question' || view.screen === 'group'; guard++) {
    if (guard > 100) throw new Error('the visit does not end');
    const step = stepOf(view.stepId);
    let ack;
    if (view.screen === 'group') {
      if (!view.items.length) {
        const opened = await request(client, 'group:add', { sessionId, stepId: view.stepId });
        ack = await request(client, 'step:answer', { sessionId, stepId: view.stepId, values: sampleValues(step, known) });
        if (!opened.ok || !ack.ok) throw new Error(`could not add a member to ${view.stepId}`);
      }
      visited.push(view.stepId);
      ack = await request(client, 'step:answer', { sessionId, stepId: view.stepId, values: {} });
    } else {
      const values = sampleValues(step, known);
      for (const [id, value] of Object.entries(values)) {
        if (typeof value === 'object') known[id] = `${value.year}-${value.month.padStart(2, '0')}-${value.day.padStart(2, '0')}`;
      }
      visited.push(view.stepId);
      ack = await request(client, 'step:answer', { sessionId, stepId: view.stepId, values });
    }
    if (!ack.ok) throw new Error(`answer to ${view.stepId}: ${ack.error?.code}`);
    if (ack.data.errors?.length) throw new Error(`errors on ${view.stepId}: ${JSON.stringify(ack.data.errors)}`);
    view = ack.data;
  }
  return { view, visited };
}

/** A visit in Ukrainian with these services chosen (related suggestions declined), on its first question. */
export async function startVisit(socket: KioskClient, serviceIds: string[]): Promise<{ sessionId: string; view: KioskView & QuestionScreen }> {
  const started = await request(socket, 'visit:start', { lang: 'uk' });
  if (!started.ok) throw new Error(`visit:start failed: ${JSON.stringify(started.error)}`);
  let chosen = await request(socket, 'services:choose', { sessionId: started.data.sessionId, serviceIds });
  if (chosen.ok && chosen.data.screen === 'suggest') chosen = await request(socket, 'services:suggested', { sessionId: started.data.sessionId, accepted: [] });
  if (!chosen.ok || chosen.data.screen !== 'question' || chosen.data.stepId !== 'applicant-name')
    throw new Error(`not on the first question: ${JSON.stringify(chosen)}`);
  return { sessionId: started.data.sessionId as string, view: chosen.data };
}
