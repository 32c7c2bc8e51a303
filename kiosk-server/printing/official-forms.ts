// The official forms of a visit at the desk, filled from its answers as corrected there: what the applicant signs.
import type { Catalogue } from '../../content/catalogue.ts';
import { fillForms, type FormApplication } from '../../content/forms/fill-form.ts';
import type { OfficialForms } from '../../printers/printer.ts';
import type { Centre } from '../receipts.ts';

export function officialFormsFor(catalogue: Catalogue, applications: readonly FormApplication[], centre: Centre, at: Date): OfficialForms {
  return {
    kind: 'official-forms',
    language: 'uk',
    centreName: centre.name,
    printedAt: at,
    forms: fillForms({ layouts: catalogue.forms, services: catalogue.services, modules: catalogue.modules, applications, centreName: centre.name }),
  };
}
