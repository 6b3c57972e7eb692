/**
 * <fc-marks>: one criterion's choice of mark on a scorecard (1–5, N/A, pass/fail), as one
 * element instead of a row of server-side buttons — a scorecard of 47 criteria keeps a few
 * hundred fewer components per session on the server.
 *
 * For assistive technology it is a radio group: Tab reaches the chosen mark (or the first),
 * the arrow keys move between marks and choose (Home/End to the ends), Space or Enter choose
 * the focused one. Every choice sends one `mark-chosen` event, detail {value}; the server
 * answers by setting `value` (a refused or failed save puts the stored mark back).
 *
 * Properties (set from Java): options [{value, label, id}], value ('' for none),
 * disabled, label (the group's accessible name), clearLabel, clearId; and the criterion's two
 * other actions, shown while offered: noteLabel/noteId/noteOffered ("Add a note", event
 * `add-note`) and callsLabel/callsId/callsOffered ("Link calls as evidence", event `link-calls`);
 * chosenText, the words of the stored mark ("2 — Data shown, but targets often missed").
 *
 * Rendered into the light DOM, so the app stylesheet styles the buttons (finger-sized, the
 * same look as before) and tests find them by id.
 */
import { LitElement, html, nothing } from 'lit';

interface MarkOption {
  value: string;
  label: string;
  id: string;
}

class FcMarks extends LitElement {
  static properties = {
    options: { type: Array },
    value: { type: String },
    disabled: { type: Boolean },
    label: { type: String },
    clearLabel: { type: String },
    clearId: { type: String },
    noteLabel: { type: String },
    noteId: { type: String },
    noteOffered: { type: Boolean },
    callsLabel: { type: String },
    callsId: { type: String },
    callsOffered: { type: Boolean },
    chosenText: { type: String },
  };

  declare options: MarkOption[];
  declare value: string;
  declare disabled: boolean;
  declare label: string;
  declare clearLabel: string;
  declare clearId: string;
  declare noteLabel: string;
  declare noteId: string;
  declare noteOffered: boolean;
  declare callsLabel: string;
  declare callsId: string;
  declare callsOffered: boolean;
  declare chosenText: string;

  constructor() {
    super();
    this.options = [];
    this.value = '';
    this.disabled = false;
    this.label = '';
    this.clearLabel = '';
    this.clearId = '';
    this.noteLabel = '';
    this.noteId = '';
    this.noteOffered = false;
    this.callsLabel = '';
    this.callsId = '';
    this.callsOffered = false;
    this.chosenText = '';
  }

  private ask(event: string) {
    this.dispatchEvent(new CustomEvent(event));
  }

  protected createRenderRoot() {
    return this;
  }

  /** Chooses a mark (none with ''), unless it is the one already chosen. */
  private choose(value: string) {
    if (this.disabled || value === this.value) {
      return;
    }
    this.value = value;
    // Bubbles, so the save state line hears of it ("Saving…" from this moment).
    this.dispatchEvent(new CustomEvent('mark-chosen', { detail: { value }, bubbles: true }));
  }

  /** Clear removes the chosen mark, and with it the focused button: focus goes to the first mark. */
  private clear() {
    this.choose('');
    this.updateComplete.then(() => (this.querySelector('[role=radio]') as HTMLElement | null)?.focus());
  }

  private onKey(event: KeyboardEvent, index: number) {
    if (event.repeat) {
      // A held key would send a burst of saves (and audit entries on a reopened card).
      event.preventDefault();
      return;
    }
    const last = this.options.length - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = index === last ? 0 : index + 1;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = index === 0 ? last : index - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.choose(this.options[next].value);
    this.updateComplete.then(() => {
      (this.querySelectorAll('[role=radio]')[next] as HTMLElement | undefined)?.focus();
    });
  }

  render() {
    const chosen = this.options.findIndex((option) => option.value === this.value);
    // Roving tab stop: one Tab reaches the group, at the chosen mark or the first.
    const tabStop = chosen >= 0 ? chosen : 0;
    return html`
      <div class="fc-mark-row">
      <div class="fc-score-buttons" role="radiogroup" aria-label=${this.label}>
        ${this.options.map(
          (option, index) => html`<button
            type="button"
            role="radio"
            class="fc-score-button"
            id=${option.id}
            data-mark=${option.value}
            aria-checked=${index === chosen ? 'true' : 'false'}
            tabindex=${index === tabStop ? 0 : -1}
            ?disabled=${this.disabled}
            @click=${() => this.choose(option.value)}
            @keydown=${(event: KeyboardEvent) => this.onKey(event, index)}
          >
            ${option.label}
          </button>`,
        )}
      </div>
      ${chosen >= 0 && !this.disabled
        ? html`<button type="button" class="fc-clear-mark" id=${this.clearId} @click=${() => this.clear()}>
            ${this.clearLabel}
          </button>`
        : nothing}
      </div>
      ${this.chosenText ? html`<p class="fc-chosen">${this.chosenText}</p>` : nothing}
      ${this.noteOffered || this.callsOffered
        ? html`<div class="fc-mark-actions">
            ${this.noteOffered
              ? html`<button type="button" class="fc-mark-action" id=${this.noteId} @click=${() => this.ask('add-note')}>
                  ${this.noteLabel}
                </button>`
              : nothing}
            ${this.callsOffered
              ? html`<button type="button" class="fc-mark-action" id=${this.callsId} @click=${() => this.ask('link-calls')}>
                  ${this.callsLabel}
                </button>`
              : nothing}
          </div>`
        : nothing}
    `;
  }
}

customElements.define('fc-marks', FcMarks);
