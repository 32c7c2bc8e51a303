// The staff console's server side, the live console: each kiosk's step, help calls and «Іду», messages to a kiosk, and
// remote assistance only with the person's consent.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../content/catalogue.ts';
import type { KioskView } from '../../protocol/views.ts';
import type { KioskState } from '../../protocol/staff-api.ts';
import type { AssistView } from '../../protocol/staff-events.ts';
import { sampleValues } from '../support/answers.ts';
import { connectClient, eventually, request, staffCookie, TEST_ADMIN, TEST_STAFF } from '../support/kiosk.ts';
import { emit, kiosk, kioskScreen, next, staffScreen, url, useStaffConsoleKiosk, visitOnFirstQuestion } from '../support/staff-console.ts';

useStaffConsoleKiosk();

describe('the live console', () => {
  it('shows each kiosk with its step and settings, never an answer', async () => {
    const states: KioskState[][] = [];
    await staffScreen((s) => s.on('kiosks:state', (k) => states.push(k)));
    const client = await kioskScreen('K02');
    await request(client, 'kiosk:settings', { voiceMode: true, textSize: '4', language: 'uk' });
    const { sessionId, view } = await visitOnFirstQuestion(client);
    if (view.screen !== 'question') throw new Error('not a question');
    const k02 = await eventually(() => states.at(-1)?.find((k) => k.kioskId === 'K02' && k.inVisit && k.screen === 'question'));
    expect(k02).toMatchObject({ online: true, voiceMode: true, textSize: '4', stepTitle: view.heading });
    expect(states.at(-1)!.map((k) => k.kioskId)).toContain('K01');
    await request(client, 'visit:end', { sessionId });
    client.disconnect();
    await eventually(() => states.at(-1)?.find((k) => k.kioskId === 'K02' && !k.online && !k.inVisit));
  });

  it('a help call reaches every console; "I\'m coming" reaches the kiosk and quiets the other consoles', async () => {
    const first = await staffScreen();
    const second = await staffScreen();
    const client = await kioskScreen('K03');
    const called = next<{ id: number; kioskId: string }>(first, 'help:called');
    await request(client, 'help:call', {});
    const call = await called;
    expect(call.kioskId).toBe('K03');
    const coming = next(client, 'help:coming');
    const answered = next<{ callId: number; staffLogin: string }>(second, 'help:answered');
    const ack = await emit(first, 'help:answer', { callId: call.id });
    expect(ack.ok).toBe(true);
    expect(await coming).toEqual({ sessionId: null });
    expect(await answered).toMatchObject({ callId: call.id, staffLogin: TEST_STAFF.login });
    // A second «Іду» changes nothing: the kiosk is not told again.
    expect((await emit(second, 'help:answer', { callId: call.id })).error?.code).toBe('already_answered');
    let openCalls: { id: number }[] | undefined;
    await staffScreen((s) => s.on('help:open', (calls) => (openCalls = calls)));
    expect((await eventually(() => openCalls)).some((c) => c.id === call.id)).toBe(false);
  });

  it('a screen naming a kiosk this server does not serve is refused', async () => {
    await expect(connectClient(url, 'K99')).rejects.toThrow(/unknown kiosk K99/);
  });

  it('a message from staff reaches the kiosk', async () => {
    const staff = await staffScreen();
    const client = await kioskScreen('K04');
    // Only into a visit: a message left on an idle kiosk would be read by the next person.
    expect((await emit(staff, 'kiosk:message', { kioskId: 'K04', text: 'Hello' })).error?.code).toBe('no_visit');
    const { sessionId } = await visitOnFirstQuestion(client);
    const message = next<{ text: string }>(client, 'staff:message');
    expect((await emit(staff, 'kiosk:message', { kioskId: 'K04', text: 'Зачекайте, будь ласка, я підійду' })).ok).toBe(true);
    expect(await message).toEqual({ sessionId, text: 'Зачекайте, будь ласка, я підійду' });
    expect((await emit(staff, 'kiosk:message', { kioskId: 'K04', text: 'x'.repeat(201) })).error?.code).toBe('invalid_payload');
    expect((await emit(staff, 'kiosk:message', { kioskId: 'K99', text: 'Hello' })).error?.code).toBe('not_found');
  });

  it('remote assistance: nothing of the visit before the person says yes; then the question, the answers and filling them', async () => {
    const views: AssistView[] = [];
    const staff = await staffScreen((s) => s.on('assist:view', (v) => views.push(v)));
    const client = await kioskScreen('K05');
    expect((await emit(staff, 'assist:request', { kioskId: 'K05' })).error?.code).toBe('no_visit');
    const { sessionId, view } = await visitOnFirstQuestion(client);
    if (view.screen !== 'question') throw new Error('not a question');

    // Asked, then refused: staff see nothing and are told.
    let asked = next(client, 'assist:asked');
    expect((await emit(staff, 'assist:request', { kioskId: 'K05' })).ok).toBe(true);
    await asked;
    expect((await emit(staff, 'assist:answer', { kioskId: 'K05', stepId: view.stepId, values: {} })).error?.code).toBe('not_assisting');
    const declined = next<{ reason: string }>(staff, 'assist:ended');
    expect((await request(client, 'assist:consent', { sessionId, allow: false })).ok).toBe(true);
    expect((await declined).reason).toBe('declined');
    expect(views).toEqual([]);

    // Asked again, and allowed: the current question, then staff answer it and the kiosk moves on.
    asked = next(client, 'assist:asked');
    await emit(staff, 'assist:request', { kioskId: 'K05' });
    await asked;
    const active = next<{ active: boolean }>(client, 'assist:state');
    await request(client, 'assist:consent', { sessionId, allow: true });
    expect(await active).toEqual({ sessionId, active: true });
    const seen = await eventually(() => views.at(-1));
    expect(seen.view).toMatchObject({ screen: 'question', stepId: view.stepId });
    const catalogue = await loadCatalogue();
    const definition = [...catalogue.services.flatMap((s) => s.steps), ...catalogue.modules.flatMap((m) => m.steps)].find((s) => s.id === view.stepId)!;
    const moved = next<{ view: KioskView }>(client, 'visit:view');
    const answered = await emit<{ ok: boolean; data: AssistView }>(staff, 'assist:answer', {
      kioskId: 'K05',
      stepId: view.stepId,
      values: sampleValues(definition, {}),
    });
    expect(answered.ok).toBe(true);
    const kioskView = (await moved).view;
    expect(kioskView).toEqual(answered.data.view);
    expect(answered.data.answers.flatMap((s) => s.rows).length).toBeGreaterThan(0);
    const audit = await kiosk.server.db.all<{ action: string; staff_login: string }>(
      "SELECT action, staff_login FROM audit_log WHERE kiosk_id = 'K05' ORDER BY id",
    );
    expect(audit.map((a) => a.action)).toEqual(['assist-start', 'assist-answer']);

    // A reloaded kiosk page is told that staff are helping (its banner, with the way to end it, comes back).
    const reloaded = await kioskScreen('K05');
    const told = next<{ sessionId: string; active: boolean }>(reloaded, 'assist:state');
    expect((await request(reloaded, 'visit:resume', { sessionId })).ok).toBe(true);
    expect(await told).toEqual({ sessionId, active: true });

    // The person's own step reaches staff too; then they end it.
    await request(client, 'step:back', { sessionId });
    await eventually(() => views.length > 1 && (views.at(-1)!.view as { stepId?: string }).stepId === view.stepId);
    const ended = next<{ reason: string }>(staff, 'assist:ended');
    await request(client, 'assist:end', { sessionId });
    expect((await ended).reason).toBe('ended-by-person');
    expect((await emit(staff, 'assist:answer', { kioskId: 'K05', stepId: view.stepId, values: {} })).error?.code).toBe('not_assisting');

    // Helping again: another member of staff cannot take over; staff end it themselves; a console that goes ends it too.
    const allow = async () => {
      const asking = next(client, 'assist:asked');
      await emit(staff, 'assist:request', { kioskId: 'K05' });
      await asking;
      const on = next<{ active: boolean }>(client, 'assist:state');
      await request(client, 'assist:consent', { sessionId, allow: true });
      expect((await on).active).toBe(true);
    };
    await allow();
    const colleague = await staffScreen(() => undefined, await staffCookie(url, TEST_ADMIN));
    expect((await emit(colleague, 'assist:request', { kioskId: 'K05' })).error?.code).toBe('assist_busy');
    let off = next<{ active: boolean }>(client, 'assist:state');
    const byStaff = next<{ reason: string }>(staff, 'assist:ended');
    expect((await emit(staff, 'assist:end', { kioskId: 'K05' })).ok).toBe(true);
    expect((await byStaff).reason).toBe('ended-by-staff');
    expect((await off).active).toBe(false);
    await allow();
    off = next<{ active: boolean }>(client, 'assist:state');
    staff.disconnect();
    expect((await off).active).toBe(false);
  });
});
