import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import type { ServicesScreen, ServiceSummaryView } from '../../protocol/views.ts';
import { errorSummary } from '../components/error-summary.ts';
import { inputIdFor } from '../components/field-ids.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { navRow } from '../components/nav-row.ts';
import { fill } from '../../content/text/fill.ts';
import { pick, t } from '../i18n.ts';
import '../keyboard/onscreen-keyboard.ts';
import { KEYBOARD_TEXT } from '../keyboard/keyboard-text.ts';

/** Lower case, apostrophes and Latin/Cyrillic look-alikes ignored, so "вп" finds «ВПО» and "субс" finds «субсидія». */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/['ʼ’`]/g, '')
    .replace(/\s+/g, ' ');
}

function matches(service: ServiceSummaryView, query: string): boolean {
  const q = normalise(query.trim());
  if (!q) return true;
  const haystack = normalise([service.title.uk, service.title.en, service.summary.uk, service.summary.en, service.keywords.uk, service.keywords.en].join(' '));
  return q.split(' ').every((word) => haystack.includes(word));
}

/** The service list: grouped, searchable, several can be ticked; "What do I need?" for each. */
@customElement('vk-services-screen')
export class ServicesScreenElement extends LightElement {
  @property({ attribute: false }) accessor view!: ServicesScreen;
  @property() accessor language: Language = 'uk';
  /** The voice guide is on: the keyboard offers its read and spell keys. */
  @property({ type: Boolean }) accessor voice = false;
  @state() accessor query = '';
  /** The search box's keyboard is shown on request: the list of services stays near the top of the screen. */
  @state() accessor keyboardOpen = false;
  @state() accessor selected = new Set<string>();
  private seededFrom: ServicesScreen | undefined;

  protected override willUpdate(): void {
    if (this.seededFrom !== this.view) {
      this.seededFrom = this.view;
      this.selected = new Set(this.view.selected);
    }
  }

  private toggle(id: string, checked: boolean): void {
    const next = new Set(this.selected);
    if (checked) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  /** In the order of the list, so shared questions and services come in a predictable order. */
  private ticked(): string[] {
    return this.view.services.map((s) => s.id).filter((id) => this.selected.has(id));
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    emit(this, 'vk-choose-services', this.ticked());
  }

  protected override render() {
    const { language: lang, view } = this;
    const byId = new Map(view.services.map((s) => [s.id, s]));
    const placed = new Set<string>();
    const groups = view.categories
      .map((category) => {
        // Each service is listed once (the server lists it under its own first group).
        const services = category.serviceIds.filter((id) => !placed.has(id) && (placed.add(id), true)).map((id) => byId.get(id)!);
        return { category, services: services.filter((s) => matches(s, this.query)) };
      })
      .filter((g) => g.services.length);
    const found = groups.reduce((n, g) => n + g.services.length, 0);
    return html`
      <form novalidate @submit=${this.onSubmit}>
        ${errorSummary(
          lang,
          view.errors.map((e) => ({ ...e, fieldId: 'services' })),
        )}
        <h1 class="page-heading" tabindex="-1">${t(lang, 'servicesHeading')}</h1>
        <p class="hint" id="services-hint">${t(lang, 'servicesHint')}</p>
        <div class="form-group search">
          <label class="label" for="service-search">${t(lang, 'search')}</label>
          <p class="hint" id="service-search-hint">${t(lang, 'searchHint')}</p>
          <input
            class="input"
            id="service-search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="service-search-hint"
            .value=${this.query}
            @input=${(e: InputEvent) => (this.query = (e.target as HTMLInputElement).value)}
          />
          <button
            type="button"
            class="link-button keyboard-toggle"
            aria-expanded=${this.keyboardOpen ? 'true' : 'false'}
            @click=${() => (this.keyboardOpen = !this.keyboardOpen)}
          >
            ${KEYBOARD_TEXT[this.keyboardOpen ? 'hide' : 'show'][lang]}
          </button>
        </div>
        ${
          this.keyboardOpen
            ? html`<vk-onscreen-keyboard .targetId=${'service-search'} .fieldType=${'text'} .label=${t(lang, 'search')} .language=${lang} .voice=${this.voice}></vk-onscreen-keyboard>`
            : nothing
        }
        <p class="search-result" role="status">${this.query.trim() ? (found ? `${t(lang, 'found')} ${found}` : t(lang, 'nothingFound')) : nothing}</p>
        ${groups.map(
          ({ category, services }) => html`
            <fieldset class="fieldset service-group" aria-describedby="services-hint">
              <legend class="legend-section">
                <h2 class="section-heading">
                  ${pick(lang, category.title)}<span class="group-count">, ${fill(t(lang, 'groupCount'), { count: services.length })}</span>
                </h2>
              </legend>
              <ul class="service-list">
                ${services.map((s, index) => {
                  const id = index === 0 && category === groups[0]!.category ? inputIdFor('services') : `service-${s.id}`;
                  return html`
                    <li class="service-item">
                      <div class="checkbox service-choice">
                        <input
                          class="checkbox-input"
                          type="checkbox"
                          id=${id}
                          name="services"
                          value=${s.id}
                          aria-describedby="${id}-summary"
                          .checked=${this.selected.has(s.id)}
                          @change=${(e: Event) => this.toggle(s.id, (e.target as HTMLInputElement).checked)}
                        />
                        <label class="checkbox-label service-title" for=${id}>${pick(lang, s.title)}</label>
                        <p class="hint service-summary" id="${id}-summary">${pick(lang, s.summary)}</p>
                      </div>
                      <button class="link-button" type="button" @click=${() => emit(this, 'vk-info', { serviceId: s.id, ticked: this.ticked() })}>
                        ${t(lang, 'whatDoINeed')}<span class="visually-hidden"> ${pick(lang, s.title)}</span>
                      </button>
                    </li>
                  `;
                })}
              </ul>
            </fieldset>
          `,
        )}
        <p class="chosen-count" aria-live="polite">${t(lang, 'chosenCount')} ${this.selected.size}</p>
        ${navRow({ label: t(lang, 'back'), onClick: () => emit(this, 'vk-back') }, { label: t(lang, 'continue') })}
      </form>
    `;
  }
}
