// What both dialects answer about a case, checked before it is believed.
import { z } from 'zod';
import { CASE_STATUSES, isRefusalReason } from '../../protocol/application-status.ts';
import { DECISION_FREQUENCIES, type GrantDecision } from '../../protocol/decision.ts';
import { CentralError, type CaseState } from './central-case-system.ts';

export const CaseAccepted = z.object({ caseId: z.string().min(1).max(100) });

const CaseStatusAnswer = z.object({
  caseId: z.string().min(1).max(100),
  status: z.enum(CASE_STATUSES as [string, ...string[]]),
  reason: z.string().max(100).nullish(),
  changedAt: z.iso.datetime({ offset: true }),
  // Checked on its own (`grantDecision`): a decision not understood never costs the status.
  decision: z.unknown().optional(),
});

/** A sum in hryvnias as a decimal string, kopiyky exact ("3328.00"; "3328" is taken as "3328.00"), more than nothing. */
const Hryvnias = z
  .string()
  .regex(/^\d{1,9}(\.\d{2})?$/, 'an amount is hryvnias as a string, e.g. "3328.00"')
  .refine((amount) => Number(amount) > 0, 'an amount is more than 0')
  .transform((amount) => {
    const [whole = '0', kopiyky = '00'] = amount.split('.');
    return `${Number(whole)}.${kopiyky}`;
  });

/** Each part may be missing (or null); what is there must make sense, or none of it is believed. */
export const GrantDecisionAnswer = z
  .object({
    amount: Hryvnias.nullish(),
    frequency: z.enum(DECISION_FREQUENCIES).nullish(),
    from: z.iso.date().nullish(),
    to: z.iso.date().nullish(),
  })
  .refine((d) => !(d.from && d.to && d.to < d.from), { message: 'the period ends before it starts', path: ['to'] })
  .refine((d) => !(d.frequency === 'once' && d.to), { message: 'a one-off payment has no end of a period', path: ['to'] });

/**
 * The decision that came with a grant, checked: a `GrantDecision` with only the parts given, null when nothing was said,
 * or why it is not believed.
 */
export function grantDecision(value: unknown): { decision: GrantDecision | null; ignored?: string } {
  if (value === undefined || value === null) return { decision: null };
  const parsed = GrantDecisionAnswer.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { decision: null, ignored: `${issue?.path.join('.') || 'decision'}: ${issue?.message}` };
  }
  const { amount, frequency, from, to } = parsed.data;
  const decision: GrantDecision = { ...(amount && { amount }), ...(frequency && { frequency }), ...(from && { from }), ...(to && { to }) };
  return { decision: Object.keys(decision).length ? decision : null };
}

export function caseAccepted(body: unknown): { caseId: string } {
  const parsed = CaseAccepted.safeParse(body);
  if (!parsed.success) throw new CentralError('central case system accepted the application but sent no caseId', 'protocol');
  return { caseId: parsed.data.caseId };
}

export function caseState(body: unknown): CaseState {
  const parsed = CaseStatusAnswer.safeParse(body);
  if (!parsed.success) throw new CentralError(`central case system sent a status that is not understood: ${parsed.error.issues[0]?.message}`, 'protocol');
  const { caseId, status, reason, changedAt } = parsed.data;
  // Only a grant decides a sum; a decision sent with any other status means nothing.
  const { decision, ignored } = status === 'granted' ? grantDecision(parsed.data.decision) : { decision: null, ignored: undefined };
  return {
    caseId,
    status: status as CaseState['status'],
    reason: status === 'refused' ? (isRefusalReason(reason) ? reason : 'other') : null,
    changedAt: new Date(changedAt).toISOString(),
    decision,
    ...(ignored ? { decisionIgnored: ignored } : {}),
  };
}
