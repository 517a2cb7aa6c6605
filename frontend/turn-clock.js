// <chipchain-turn-clock deadline="epoch millis">: counts down to the turn's deadline in the browser,
// so the server does not need to push every second. Without a deadline it shows its `idle` text.
(function () {
  class ChipchainTurnClock extends HTMLElement {
    static get observedAttributes() { return ['deadline', 'idle']; }

    connectedCallback() {
      this._timer = setInterval(() => this._render(), 500);
      this._render();
    }

    disconnectedCallback() {
      clearInterval(this._timer);
    }

    attributeChangedCallback() {
      this._render();
    }

    _render() {
      const deadline = Number(this.getAttribute('deadline') || 0);
      if (!deadline) {
        this.textContent = this.getAttribute('idle') || '';
        this.classList.remove('urgent');
        return;
      }
      const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      const minutes = Math.floor(left / 60);
      const seconds = String(left % 60).padStart(2, '0');
      this.textContent = minutes + ':' + seconds;
      this.classList.toggle('urgent', left <= 15);
    }
  }
  if (!customElements.get('chipchain-turn-clock')) {
    customElements.define('chipchain-turn-clock', ChipchainTurnClock);
  }
})();
