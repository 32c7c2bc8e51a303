// One render function per field type, for the kiosk and for the staff console's assistance form. Ids come from
// field-ids.ts so labels, hints, errors and the error summary meet.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Language, Localized } from '../../content/localized.ts';
import type { DateParts } from '../../content/validators/dates.ts';
import type { RawValue } from '../../content/validators/fields.ts';
import type { FieldErrorView, FieldView } from '../../protocol/views.ts';
import { FIELD_TEXT } from '../../content/text/fields.ts';
import { KIOSK_FIELD_IDS, type FieldIds } from './field-ids.ts';

export interface FieldRenderContext {
  lang: Language;
  field: FieldView;
  value: RawValue | undefined;
  error: FieldErrorView | undefined;
  /** The step has this one field, so its label is the page heading (h1). */
  asHeading: boolean;
  /** The page's ids for its fields; the kiosk's unless given. */
  ids?: FieldIds;
  /** Choices as a drop-down with this empty option, not as radios (the console's compact form). */
  selectPrompt?: string;
  /** Whether "(optional)" is added to an optional field's label; yes unless false. */
  markOptional?: boolean;
}

const ids = (c: FieldRenderContext): FieldIds => c.ids ?? KIOSK_FIELD_IDS;
const inputIdOf = (c: FieldRenderContext) => ids(c).input(c.field.id);

const describedBy = (c: FieldRenderContext) =>
  [c.field.hint && !c.asHeading ? ids(c).hint(c.field.id) : '', c.error ? ids(c).error(c.field.id) : ''].filter(Boolean).join(' ') || undefined;

function hint(c: FieldRenderContext) {
  return c.field.hint && !c.asHeading ? html`<p class="hint" id=${ids(c).hint(c.field.id)}>${c.field.hint[c.lang]}</p>` : nothing;
}

/** A field's error where it is read with the field: «Помилка:» for a screen reader, then the message naming the fix. */
export function fieldError(lang: Language, id: string, message: Localized | undefined) {
  return message ? html`<p class="error-message" id=${id}><span class="visually-hidden">${FIELD_TEXT.errorPrefix[lang]} </span>${message[lang]}</p>` : nothing;
}

function errorMessage(c: FieldRenderContext) {
  return fieldError(c.lang, ids(c).error(c.field.id), c.error?.message);
}

function labelText(c: FieldRenderContext): string {
  const mark = c.markOptional !== false && c.field.optional && !/\(/.test(c.field.label[c.lang]);
  return c.field.label[c.lang] + (mark ? ` ${FIELD_TEXT.optional[c.lang]}` : '');
}

function textLabel(c: FieldRenderContext): TemplateResult {
  const label = html`<label class=${c.asHeading ? 'label label-heading' : 'label'} for=${inputIdOf(c)}>${labelText(c)}</label>`;
  return c.asHeading ? html`<h1 class="page-heading" tabindex="-1">${label}</h1>` : label;
}

function textField(c: FieldRenderContext, pageHint?: Localized) {
  const value = typeof c.value === 'string' ? c.value : '';
  const hintId = c.asHeading && pageHint ? 'page-hint' : undefined;
  const ids = [hintId, describedBy(c)].filter(Boolean).join(' ') || undefined;
  const common = {
    id: inputIdOf(c),
    name: c.field.id,
  };
  return html`
    <div class="form-group ${c.error ? 'form-group-error' : ''}">
      ${textLabel(c)} ${c.asHeading && pageHint ? html`<p class="hint" id="page-hint">${pageHint[c.lang]}</p>` : nothing} ${hint(c)} ${errorMessage(c)}
      ${
        c.field.type === 'textarea'
          ? html`<textarea
            class="input textarea"
            id=${common.id}
            name=${common.name}
            rows="5"
            spellcheck="false"
            aria-describedby=${ifDefined(ids)}
            aria-invalid=${c.error ? 'true' : 'false'}
            .value=${live(value)}
          ></textarea>`
          : html`<input
            class="input input-${c.field.type}"
            id=${common.id}
            name=${common.name}
            type="text"
            inputmode=${ifDefined(c.field.inputMode)}
            autocomplete="off"
            spellcheck="false"
            aria-describedby=${ifDefined(ids)}
            aria-invalid=${c.error ? 'true' : 'false'}
            .value=${live(value)}
          />`
      }
    </div>
  `;
}

function legend(c: FieldRenderContext, heading: Localized) {
  return c.asHeading
    ? html`<legend class="legend-heading"><h1 class="page-heading" tabindex="-1">${heading[c.lang]}</h1></legend>`
    : html`<legend class="legend">${labelText(c)}</legend>`;
}

/** A field of several inputs (date parts, radios) in a fieldset whose legend is the question (the h1 when it is the only one). */
function groupedField(c: FieldRenderContext, heading: Localized, pageHint: Localized | undefined, body: TemplateResult, role?: 'group') {
  const ids = [c.asHeading && pageHint ? 'page-hint' : '', describedBy(c) ?? ''].filter(Boolean).join(' ') || undefined;
  return html`
    <div class="form-group ${c.error ? 'form-group-error' : ''}">
      <fieldset class="fieldset" role=${ifDefined(role)} aria-describedby=${ifDefined(ids)}>
        ${legend(c, heading)} ${c.asHeading && pageHint ? html`<p class="hint" id="page-hint">${pageHint[c.lang]}</p>` : nothing} ${hint(c)}
        ${errorMessage(c)} ${body}
      </fieldset>
    </div>
  `;
}

function dateField(c: FieldRenderContext, heading: Localized, pageHint?: Localized) {
  const value: DateParts = typeof c.value === 'object' ? c.value : { day: '', month: '', year: '' };
  const id = inputIdOf(c);
  const part = (key: keyof DateParts, label: string, width: string, partId: string) => html`
    <div class="date-part">
      <label class="label" for=${partId}>${label}</label>
      <input
        class="input input-date-${width}"
        id=${partId}
        name="${c.field.id}.${key}"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        aria-invalid=${c.error ? 'true' : 'false'}
        .value=${live(value[key])}
      />
    </div>
  `;
  return groupedField(
    c,
    heading,
    pageHint,
    html`<div class="date-input">
      ${part('day', FIELD_TEXT.day[c.lang], '2', id)} ${part('month', FIELD_TEXT.month[c.lang], '2', `${id}-month`)} ${part('year', FIELD_TEXT.year[c.lang], '4', `${id}-year`)}
    </div>`,
    'group',
  );
}

function choiceField(c: FieldRenderContext, heading: Localized, pageHint?: Localized) {
  const selected = typeof c.value === 'string' ? c.value : '';
  const radios = (c.field.options ?? []).map((option, i) => {
    const optionId = i === 0 ? inputIdOf(c) : `${inputIdOf(c)}-${option.value}`;
    return html`
      <div class="radio">
        <input
          class="radio-input"
          id=${optionId}
          name=${c.field.id}
          type="radio"
          value=${option.value}
          aria-describedby=${ifDefined(option.hint ? `${optionId}-option-hint` : undefined)}
          .checked=${live(selected === option.value)}
        />
        <label class="radio-label" for=${optionId}>${option.label[c.lang]}</label>
        ${option.hint ? html`<p class="hint radio-hint" id="${optionId}-option-hint">${option.hint[c.lang]}</p>` : nothing}
      </div>
    `;
  });
  return groupedField(c, heading, pageHint, html`<div class="radios">${radios}</div>`);
}

function consentField(c: FieldRenderContext) {
  const id = inputIdOf(c);
  return html`
    <div class="form-group ${c.error ? 'form-group-error' : ''}">
      ${hint(c)} ${errorMessage(c)}
      <div class="checkbox">
        <input
          class="checkbox-input"
          id=${id}
          name=${c.field.id}
          type="checkbox"
          value="yes"
          aria-describedby=${ifDefined(describedBy(c))}
          .checked=${live(c.value === 'yes')}
        />
        <label class="checkbox-label" for=${id}>${c.field.label[c.lang]}</label>
      </div>
    </div>
  `;
}

/** Choices as a drop-down: one box to tab past, where a form has many questions. */
function selectField(c: FieldRenderContext, prompt: string) {
  const selected = typeof c.value === 'string' ? c.value : '';
  return html`
    <div class="form-group ${c.error ? 'form-group-error' : ''}">
      <label class="label" for=${inputIdOf(c)}>${labelText(c)}</label> ${hint(c)} ${errorMessage(c)}
      <select
        class="input select"
        id=${inputIdOf(c)}
        name=${c.field.id}
        aria-describedby=${ifDefined(describedBy(c))}
        aria-invalid=${c.error ? 'true' : 'false'}
        .value=${live(selected)}
      >
        <option value="">${prompt}</option>
        ${(c.field.options ?? []).map((option) => html`<option value=${option.value} ?selected=${selected === option.value}>${option.label[c.lang]}</option>`)}
      </select>
    </div>
  `;
}

/** Renders one field; `heading` and `pageHint` are used when the field is the page's only question. */
export function renderField(c: FieldRenderContext, heading: Localized, pageHint?: Localized) {
  if (c.field.options && c.selectPrompt !== undefined) return selectField(c, c.selectPrompt);
  switch (c.field.type) {
    case 'date':
      return dateField(c, heading, pageHint);
    case 'choice':
      return choiceField(c, heading, pageHint);
    case 'consent':
      return consentField(c);
    default:
      return textField(c, pageHint);
  }
}

/** Reads what the person entered for one field from the form, in the shape the server expects. */
export function readField(form: HTMLFormElement, field: FieldView): RawValue {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  switch (field.type) {
    case 'date':
      return { day: text(`${field.id}.day`), month: text(`${field.id}.month`), year: text(`${field.id}.year`) };
    case 'consent':
      return data.get(field.id) === 'yes' ? 'yes' : '';
    default:
      return text(field.id);
  }
}
