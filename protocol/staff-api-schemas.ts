// What the staff API accepts, validated by the server before it acts (zod: kept out of the console's bundle).
import { z } from 'zod';

export const LoginRequest = z.strictObject({ login: z.string().trim().toLowerCase().min(1).max(40), password: z.string().min(1).max(200) });

export const ApplicationNumberParam = z.string().regex(/^[A-Z0-9]{2,8}-\d{4}-\d{6}$/);

const Day = z.iso.date();
export const StatsQuery = z.strictObject({ from: Day.optional(), to: Day.optional(), lang: z.enum(['uk', 'en']).optional() });

export const AuditQuerySchema = z.strictObject({
  application: ApplicationNumberParam.optional(),
  login: z.string().max(40).optional(),
  before: z.coerce.number().int().positive().optional(),
});

export const ApplicationsQuery = z.strictObject({ day: Day.optional(), number: z.string().max(40).optional() });
