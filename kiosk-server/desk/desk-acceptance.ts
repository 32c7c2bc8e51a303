// «Прийом заяви»: the administrator opens a visit (scanned receipt, typed number or the waiting list), compares the
// identity, corrects what the document shows otherwise, marks the documents, prints the forms to sign, and accepts or
// refuses. One member of staff holds a visit at a time; every step is audited; acceptance writes the outbox rows.
import { applicantIdentifier } from '../../content/applicant.ts';
import type { Catalogue } from '../../content/catalogue.ts';
import type { Localized } from '../../content/localized.ts';
import { fillEach } from '../../content/text/fill.ts';
import { DESK_ERRORS } from '../../content/text/desk.ts';
import { validateField, type RawValue } from '../../content/validators/fields.ts';
import { kyivToday } from '../../content/kyiv-time.ts';
import {
  IDENTITY_CHECKS,
  type AcceptRequestBody,
  type AcceptanceRecord,
  type DeskRefusal,
  type DeskVisitView,
  type WaitingVisit,
} from '../../protocol/acceptance.ts';
import { parseApplicationNumber } from '../../protocol/application-status.ts';
import type { Result } from '../../protocol/result.ts';
import type { Clock } from '../clock.ts';
import type { DomainEventBus } from '../events/domain-events.ts';
import { writeAudit } from '../staff/audit.ts';
import type { KioskStore } from '../store/kiosk-store.ts';
import {
  AcceptanceConflict,
  acceptApplications,
  markFormsPrinted,
  refuseApplications,
  saveCorrection,
  visitApplications,
  visitOfNumber,
  waitingVisits,
  type DeskApplication,
} from './desk-store.ts';
import { deskVisitView, identityItems, mergedAnswers, visitCorrections, visitFields } from './desk-view.ts';

export type DeskCode = keyof typeof DESK_ERRORS | 'invalid_value';
/** A result whose refusal carries the words to show: the code's own, filled, or a validator's message for a correction. */
export type DeskResult<T> = Result<T, never> | { ok: false; code: DeskCode; message: Localized };

/** A visit left open this long without a step is free for another member of staff. */
export const DESK_HOLD_MS = 15 * 60_000;

export interface DeskAcceptanceOptions {
  store: KioskStore;
  catalogue: Catalogue;
  clock: Clock;
  events: DomainEventBus;
  /** The kiosks whose receipts this centre accepts. */
  kioskIds: ReadonlySet<string>;
  /** Prints the visit's official forms at the desk printer (A4); throws when it cannot. */
  printForms(applications: DeskApplication[]): Promise<void>;
}

const fail = (code: keyof typeof DESK_ERRORS, values: Record<string, string> = {}): { ok: false; code: DeskCode; message: Localized } => ({
  ok: false,
  code,
  message: fillEach(DESK_ERRORS[code], values),
});

export class DeskAcceptance {
  /** Who has each visit open, until when. */
  private readonly holds = new Map<string, { staffLogin: string; until: number }>();

  constructor(private readonly options: DeskAcceptanceOptions) {}

  private now(): Date {
    return this.options.clock.now();
  }

  private holder(visitId: string): string | null {
    const hold = this.holds.get(visitId);
    if (!hold || hold.until <= this.now().getTime()) return null;
    return hold.staffLogin;
  }

  /** The list of visits waiting, oldest first, with who has each open. */
  async waiting(): Promise<WaitingVisit[]> {
    const rows = await waitingVisits(this.options.store.db);
    return rows.map((row) => ({
      visitId: row.visitId,
      kioskId: row.kioskId,
      applicationNumbers: row.numbers,
      serviceTitles: row.serviceIds.map((id) => this.options.catalogue.get(id)?.title ?? { uk: id, en: id }),
      submittedAt: row.submittedAt,
      heldBy: this.holder(row.visitId),
    }));
  }

  /** Opens the visit of a scanned or typed number for `staffLogin`, audited as a look at personal data. */
  async open(code: string, staffLogin: string): Promise<DeskResult<DeskVisitView>> {
    const number = parseApplicationNumber(code);
    if (!number) return fail('invalid_code');
    const found = await visitOfNumber(this.options.store.db, number);
    if (!found) {
      const kioskId = number.split('-')[0]!;
      return this.options.kioskIds.has(kioskId) ? fail('unknown', { number }) : fail('other_centre', { kioskId });
    }
    return this.openVisit(found.visitId, staffLogin);
  }

  async openVisit(visitId: string, staffLogin: string): Promise<DeskResult<DeskVisitView>> {
    const held = await this.held(visitId, staffLogin, { take: true });
    if (!held.ok) return held;
    await writeAudit(
      this.options.store.db,
      {
        staffLogin,
        action: 'desk-open',
        applicationNumber: held.data[0]!.number,
        kioskId: held.data[0]!.kioskId,
        detail: held.data.map((a) => a.number).join(', '),
      },
      this.now(),
    );
    this.options.events.emit('acceptance:changed', {});
    return { ok: true, data: deskVisitView(this.options.catalogue, held.data) };
  }

  /** The visit's applications if `staffLogin` may act on them now (taking the hold when asked). */
  private async held(visitId: string, staffLogin: string, { take }: { take: boolean }): Promise<DeskResult<DeskApplication[]>> {
    const applications = await visitApplications(this.options.store, visitId);
    if (!applications.length) return fail('not_open');
    const state = applications[0]!.acceptance;
    if (state === 'kiosk') return fail('not_desk');
    if (state !== 'waiting') return fail(state);
    if (applications.some((a) => a.personalDataDeleted)) return fail('personal_data_deleted');
    const holder = this.holder(visitId);
    if (holder && holder !== staffLogin) return fail('held', { login: holder });
    if (!holder && !take) return fail('not_open');
    this.holds.set(visitId, { staffLogin, until: this.now().getTime() + DESK_HOLD_MS });
    return { ok: true, data: applications };
  }

  /** Corrects an answer with the document in hand: checked as the kiosk checks it, kept with the old value and reason. */
  async correct(visitId: string, staffLogin: string, fieldId: string, raw: RawValue, reason: string): Promise<DeskResult<DeskVisitView>> {
    const held = await this.held(visitId, staffLogin, { take: false });
    if (!held.ok) return held;
    const applications = held.data;
    const fields = visitFields(
      this.options.catalogue,
      applications.map((a) => a.serviceId),
    );
    const answers = mergedAnswers(applications);
    const field = fields.get(fieldId);
    const view = deskVisitView(this.options.catalogue, applications);
    if (!field || !view.correctable.some((c) => c.fieldId === fieldId)) return fail('not_correctable');
    const checked = validateField(field, raw, { today: kyivToday(this.now()), answers });
    if (!checked.ok) return { ok: false, code: 'invalid_value', message: checked.message };
    const from = answers[fieldId] as string;
    if (checked.value === from) return { ok: true, data: view };
    const at = this.now().toISOString();
    try {
      await saveCorrection(this.options.store, applications, { fieldId, from, to: checked.value, reason, staffLogin, at }, (corrected) =>
        applicantIdentifier(fields.values(), corrected),
      );
    } catch (error) {
      if (error instanceof AcceptanceConflict) return fail('not_open');
      throw error;
    }
    return this.reread(visitId);
  }

  private async reread(visitId: string): Promise<DeskResult<DeskVisitView>> {
    return { ok: true, data: deskVisitView(this.options.catalogue, await visitApplications(this.options.store, visitId)) };
  }

  /** Prints the official forms, filled from the answers as corrected, for the person to read and sign. */
  async printForms(visitId: string, staffLogin: string): Promise<DeskResult<DeskVisitView>> {
    const held = await this.held(visitId, staffLogin, { take: false });
    if (!held.ok) return held;
    try {
      await this.options.printForms(held.data);
    } catch (error) {
      return fail('print_failed', { reason: (error as Error).message });
    }
    const at = this.now();
    await markFormsPrinted(this.options.store.db, held.data, at);
    const first = held.data[0]!;
    await writeAudit(
      this.options.store.db,
      { staffLogin, action: 'desk-forms', applicationNumber: first.number, kioskId: first.kioskId, detail: held.data.map((a) => a.number).join(', ') },
      at,
    );
    return this.reread(visitId);
  }

  /** Accepts every application of the visit: identity ticked, each document marked, the forms signed as printed last. */
  async accept(visitId: string, staffLogin: string, body: AcceptRequestBody): Promise<DeskResult<{ accepted: string[] }>> {
    const held = await this.held(visitId, staffLogin, { take: false });
    if (!held.ok) return held;
    const applications = held.data;
    const fields = visitFields(
      this.options.catalogue,
      applications.map((a) => a.serviceId),
    );
    const answers = mergedAnswers(applications);
    if (IDENTITY_CHECKS.some((check) => !body.identity.includes(check))) return fail('identity_unchecked');
    for (const application of applications) {
      const service = this.options.catalogue.get(application.serviceId);
      for (const id of application.documentIds) {
        if (!body.documents[application.number]?.[id]) {
          const title = service?.documents.find((d) => d.id === id)?.title.uk ?? id;
          return fail('documents_unmarked', { document: title });
        }
      }
    }
    const printedAt = applications.map((a) => a.formsPrintedAt?.getTime() ?? 0).reduce((a, b) => Math.min(a, b));
    if (!printedAt) return fail('forms_not_printed');
    const corrections = visitCorrections(applications);
    if (corrections.some((c) => Date.parse(c.at) > printedAt)) return fail('forms_outdated');

    const at = this.now();
    const documentNumber = identityItems(fields, answers).find((item) => item.check === 'document');
    const record = (application: DeskApplication): AcceptanceRecord => {
      const marks = body.documents[application.number] ?? {};
      return {
        policy: 'desk',
        acceptedAt: at.toISOString(),
        staffLogin,
        identity: {
          checked: [...IDENTITY_CHECKS],
          document: {
            kind: documentNumber?.fieldId === 'idCardNumber' ? 'id-card' : documentNumber?.fieldId === 'passportNumber' ? 'passport-booklet' : 'unknown',
            number: documentNumber?.value ?? '',
          },
        },
        documents: {
          seen: application.documentIds.filter((id) => marks[id] === 'seen'),
          notPresented: application.documentIds.filter((id) => marks[id] === 'not_presented'),
        },
        signature: body.signature,
        corrections: application.corrections,
      };
    };
    const notPresented = applications.flatMap((a) => a.documentIds.filter((id) => body.documents[a.number]?.[id] === 'not_presented'));
    const detail = [
      `identity: ${IDENTITY_CHECKS.join(', ')}`,
      `signed: ${body.signature.kind === 'applicant' ? 'by the applicant' : 'by another person for the applicant'}`,
      ...(notPresented.length ? [`not presented: ${notPresented.join(', ')}`] : []),
      ...(corrections.length ? [`corrected: ${corrections.map((c) => c.fieldId).join(', ')}`] : []),
    ].join('; ');
    try {
      await acceptApplications(
        this.options.store,
        applications.map((application) => ({ application, record: record(application) })),
        { staffLogin, detail },
        at,
      );
    } catch (error) {
      if (error instanceof AcceptanceConflict) return fail('not_open');
      throw error;
    }
    this.holds.delete(visitId);
    this.options.events.emit('acceptance:changed', {});
    this.options.events.emit('acceptance:accepted', { applicationNumbers: applications.map((a) => a.number) });
    return { ok: true, data: { accepted: applications.map((a) => a.number) } };
  }

  /** Refuses the visit's applications with a reason (said to the person by the administrator): never forwarded. */
  async refuse(visitId: string, staffLogin: string, reason: DeskRefusal, note: string | undefined): Promise<DeskResult<{ refused: string[] }>> {
    const held = await this.held(visitId, staffLogin, { take: false });
    if (!held.ok) return held;
    try {
      await refuseApplications(this.options.store.db, held.data, reason, { staffLogin, detail: note ? `${reason}: ${note}` : reason }, this.now());
    } catch (error) {
      if (error instanceof AcceptanceConflict) return fail('not_open');
      throw error;
    }
    this.holds.delete(visitId);
    this.options.events.emit('acceptance:changed', {});
    return { ok: true, data: { refused: held.data.map((a) => a.number) } };
  }

  /** Lets the visit go without deciding (the person stepped away): another member of staff may open it. */
  release(visitId: string, staffLogin: string): void {
    if (this.holder(visitId) === staffLogin) this.holds.delete(visitId);
    this.options.events.emit('acceptance:changed', {});
  }
}
