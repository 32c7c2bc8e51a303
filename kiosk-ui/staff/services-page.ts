// «Послуги»: each service's version, when it was last checked against its sources (marked when over 12 months), who
// decides and the sources themselves — so a centre sees how current the kiosk's descriptions are.
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { CatalogueServiceView } from '../../protocol/staff-api.ts';
import { LightElement } from '../components/light-element.ts';
import { apiGet } from './staff-api-client.ts';
import { say, WORDS } from './staff-text.ts';
import { formatDate } from '../../content/validators/dates.ts';
import { columnHeads } from './table.ts';

const T = WORDS.catalogue;

@customElement('staff-services')
export class StaffServicesElement extends LightElement {
  @state() accessor services: CatalogueServiceView[] = [];
  @state() accessor error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void apiGet<CatalogueServiceView[]>('/services').then(
      (services) => (this.services = services),
      () => (this.error = say(T.readFailed)),
    );
  }

  protected override render() {
    return html`
      <h1 tabindex="-1">${say(WORDS.console.pages.services)}</h1>
      <p>${say(T.intro)}</p>
      ${this.error ? html`<p class="notice notice-error" role="alert">${this.error}</p>` : nothing}
      <div class="table-scroll" tabindex="0" role="region" aria-label=${say(T.table)}>
        <table>
          ${columnHeads([say(T.columns.service), say(T.columns.version), say(T.columns.checkedOn), say(T.columns.decidingBody), say(T.columns.sources)])}
          <tbody>
            ${this.services.map(
              (s) => html`<tr>
                <td>${s.title}</td>
                <td>${s.version}</td>
                <td>${s.checkedOn ? formatDate(s.checkedOn) : '—'}${s.stale ? html`<br /><strong class="stale">${say(T.stale)}</strong>` : nothing}</td>
                <td>${s.decidingBody}</td>
                <td>
                  <details>
                    <summary>${say(T.sourcesCount, { count: s.sources.length })}</summary>
                    <ul class="sources">
                      ${s.sources.map((source) => html`<li><a href=${source.url} rel="noreferrer" target="_blank">${source.title}</a></li>`)}
                    </ul>
                  </details>
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }
}
