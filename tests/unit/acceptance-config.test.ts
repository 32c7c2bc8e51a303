import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../kiosk-server/config.ts';
import { deskNextStep } from '../../content/text/next-step.ts';
import { KIOSK_TEXT } from '../../content/text/kiosk.ts';
import { RECEIPT_WORDS } from '../../content/text/receipt.ts';

describe('the acceptance policy', () => {
  it('waits for the desk unless told otherwise, for 7 days', () => {
    expect(configFromEnv({}).acceptance).toEqual({ policy: 'desk', expireAfterMs: 7 * 86_400_000 });
    expect(configFromEnv({ ACCEPTANCE: 'kiosk', ACCEPTANCE_DESK_TEXT: ' вікно № 3 ', ACCEPTANCE_DAYS: '3' }).acceptance).toEqual({
      policy: 'kiosk',
      deskPlace: 'вікно № 3',
      expireAfterMs: 3 * 86_400_000,
    });
  });

  it('stops the start on a value it does not know, naming the variable', () => {
    expect(() => configFromEnv({ ACCEPTANCE: 'desks' })).toThrow(/ACCEPTANCE: ACCEPTANCE is 'desk'/);
    expect(() => configFromEnv({ ACCEPTANCE_DAYS: '0' })).toThrow(/ACCEPTANCE_DAYS/);
    expect(() => configFromEnv({ ACCEPTANCE_DAYS: '2.5' })).toThrow(/ACCEPTANCE_DAYS/);
    expect(() => configFromEnv({ ACCEPTANCE_DESK_TEXT: 'x'.repeat(81) })).toThrow(/ACCEPTANCE_DESK_TEXT/);
  });

  it('tells the person where the desk is when the centre names it, in both languages', () => {
    expect(deskNextStep(KIOSK_TEXT, null)).toBe(KIOSK_TEXT.nextStepDesk);
    const at = deskNextStep(RECEIPT_WORDS, 'вікно № 3');
    expect(at.uk).toContain('адміністратора ЦНАП (вікно № 3)');
    expect(at.en).toContain('administrator (вікно № 3)');
  });
});
