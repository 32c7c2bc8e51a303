// What both dialects answer about a case, checked before it is believed.
import { z } from 'zod';
import { CASE_STATUSES, isRefusalReason } from '../../protocol/application-status.ts';
import { CentralError, type CaseState } from './central-case-system.ts';

export const CaseAccepted = z.object({ caseId: z.string().min(1).max(100) });

const CaseStatusAnswer = z.object({
  caseId: z.string().min(1).max(100),
  status: z.enum(CASE_STATUSES as [string, ...string[]]),
  reason: z.string().max(100).nullish(),
  changedAt: z.iso.datetime({ offset: true }),
});

export function caseAccepted(body: unknown): { caseId: string } {
  const parsed = CaseAccepted.safeParse(body);
  if (!parsed.success) throw new CentralError('central case system accepted the application but sent no caseId', 'protocol');
  return { caseId: parsed.data.caseId };
}

export function caseState(body: unknown): CaseState {
  const parsed = CaseStatusAnswer.safeParse(body);
  if (!parsed.success) throw new CentralError(`central case system sent a status that is not understood: ${parsed.error.issues[0]?.message}`, 'protocol');
  const { caseId, status, reason, changedAt } = parsed.data;
  return {
    caseId,
    status: status as CaseState['status'],
    reason: status === 'refused' ? (isRefusalReason(reason) ? reason : 'other') : null,
    changedAt: new Date(changedAt).toISOString(),
  };
}
