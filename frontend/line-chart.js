// <chipchain-line-chart>: a Chart.js line chart whose data the server sets as JSON in `chartData`:
// {labels: [...], datasets: [{label, data: [...], color, dashed}], yTitle, markers: [{index, text}],
//  compact: true|false}
// Points added later (a turn played) come one by one as properties `p<index>` = {l: label, v: [a value
// per dataset]}, with `points` the number of points in all: the chart draws chartData's points and
// then p<n>, p<n+1>, ... up to `points`. `cursor` (an index or -1) is the turn the debrief's scrubber shows.
// Markers are the game's events, drawn as numbered vertical lines; the cursor is the turn the
// debrief's scrubber shows. Both are drawn by a small plugin here (no extra library).
// The legend is HTML under the chart, not Chart.js's canvas legend: it wraps onto as many lines as
// the series need (the canvas legend dropped what did not fit), and a click on a name hides its line.
(function () {
  const eventLines = {
    id: 'chipchainEventLines',
    afterDatasetsDraw(chart, args, options) {
      const data = chart.$chipchain || {};
      const x = chart.scales.x;
      const area = chart.chartArea;
      if (!x || !area) {
        return;
      }
      const ctx = chart.ctx;
      ctx.save();
      (data.markers || []).forEach(m => {
        const px = x.getPixelForValue(m.index);
        ctx.strokeStyle = 'rgba(120, 120, 120, 0.55)';
        ctx.setLineDash([3, 3]);
        ctx.lineWidth = 1;
        ctx.beginPath();
        ctx.moveTo(px, area.top);
        ctx.lineTo(px, area.bottom);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = 'rgba(60, 60, 60, 0.9)';
        ctx.font = '11px sans-serif';
        ctx.fillText(m.text, px + 2, area.top + 10);
      });
      const cursor = chart.$chipchainCursor;
      if (typeof cursor === 'number' && cursor >= 0) {
        const px = x.getPixelForValue(cursor);
        ctx.strokeStyle = 'rgba(0, 90, 200, 0.8)';
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.moveTo(px, area.top);
        ctx.lineTo(px, area.bottom);
        ctx.stroke();
      }
      ctx.restore();
    }
  };

  class ChipchainLineChart extends HTMLElement {
    connectedCallback() {
      // the server may set properties before this script upgraded the element: re-apply them
      ['chartData', 'points', 'cursor'].forEach(name => {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          const pending = this[name];
          delete this[name];
          this[name] = pending;
        }
      });
      if (!this._canvas) {
        this._box = document.createElement('div');
        this._box.className = 'chart-canvas';
        this._canvas = document.createElement('canvas');
        this._box.appendChild(this._canvas);
        this._legend = document.createElement('ul');
        this._legend.className = 'chart-legend';
        this.appendChild(this._box);
        this.appendChild(this._legend);
      }
      this._draw();
    }

    disconnectedCallback() {
      if (this._chart) {
        this._chart.destroy();
        this._chart = null;
      }
    }

    set chartData(value) {
      this._base = typeof value === 'string' ? JSON.parse(value) : value;
      this._drawSoon();
    }

    /** The data drawn: chartData's points and every point added after them. */
    get chartData() {
      return this._assembled();
    }

    set points(value) {
      this._points = Number(value);
      this._drawSoon();
    }

    get points() {
      return this._points;
    }

    set cursor(value) {
      this._cursor = Number(value);
      if (this._chart) {
        this._chart.$chipchainCursor = this._cursor;
        this._chart.update('none');
      }
    }

    get cursor() {
      return this._cursor;
    }

    /**
     * One message from the server sets the data and its new points together: draw once, after all of
     * them, and after the browser has painted the rest of that message (the new turn, the form). On a
     * phone the four charts of a seat take a few hundred milliseconds to draw, and the new turn should
     * not wait for them (docs/performance.md, issue 22). A page in the background draws when shown.
     */
    _drawSoon() {
      if (!this._pending) {
        this._pending = true;
        requestAnimationFrame(() => setTimeout(() => {
          this._pending = false;
          this._draw();
        }, 0));
      }
    }

    _assembled() {
      const base = this._base;
      if (!base) {
        return undefined;
      }
      const d = Object.assign({}, base, {
        labels: base.labels.slice(),
        datasets: base.datasets.map(s => Object.assign({}, s, { data: s.data.slice() }))
      });
      const total = typeof this._points === 'number' && !isNaN(this._points) ? this._points : base.labels.length;
      for (let i = base.labels.length; i < total; i++) {
        const point = this['p' + i];
        if (!point) {
          break; // not arrived yet: drawn with the next message
        }
        d.labels.push(point.l);
        point.v.forEach((v, k) => d.datasets[k] && d.datasets[k].data.push(v));
      }
      return d;
    }

    /** For tests and the print view: how many points the chart holds. */
    get pointCount() {
      return this._chart ? this._chart.data.datasets.reduce((n, s) => n + s.data.length, 0) : 0;
    }

    _draw() {
      if (!this._canvas || !this._base || typeof Chart === 'undefined') {
        return;
      }
      const d = this._assembled();
      const datasets = d.datasets.map(s => ({
        label: s.label, data: s.data, borderColor: s.color, backgroundColor: s.color,
        borderDash: s.dashed ? [6, 4] : [], tension: 0.2, pointRadius: d.compact ? 0 : 2,
        borderWidth: s.dashed ? 1.5 : 2
      }));
      const hasPoints = d.datasets.some(s => s.data.length > 0);
      if (this._chart) {
        this._chart.$chipchain = d;
        this._chart.data.labels = d.labels;
        this._chart.data.datasets = datasets;
        this._chart.options.scales.y.ticks.display = hasPoints; // an empty chart (the opening turn) shows no made-up scale
        this._chart.update('none');
        this._showLegend(d);
        this.setAttribute('data-points', String(this.pointCount));
        return;
      }
      this._chart = new Chart(this._canvas, {
        type: 'line',
        data: { labels: d.labels, datasets: datasets },
        plugins: [eventLines],
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          plugins: {
            legend: { display: false },
            title: { display: !!d.title, text: d.title || '', font: { size: 13 } }
          },
          scales: {
            x: { ticks: { maxRotation: 0, autoSkip: true, font: { size: 10 } } },
            y: { beginAtZero: true, ticks: { display: hasPoints }, title: { display: !!d.yTitle, text: d.yTitle || '' } }
          }
        }
      });
      this._chart.$chipchain = d;
      this._chart.$chipchainCursor = this._cursor;
      this._chart.update('none');
      this._showLegend(d);
      this.setAttribute('data-points', String(this.pointCount));
    }

    /** One item per line, in the line's colour (dashed for the bots); the same names only when they changed. */
    _showLegend(d) {
      const names = d.compact ? [] : d.datasets.map(s => s.label + '|' + s.color + '|' + s.dashed);
      const key = names.join('\n');
      if (key === this._legendKey) {
        return;
      }
      this._legendKey = key;
      this._legend.replaceChildren();
      this._legend.hidden = names.length === 0;
      (d.compact ? [] : d.datasets).forEach((s, i) => {
        const item = document.createElement('li');
        item.tabIndex = 0;
        item.setAttribute('role', 'button');
        const swatch = document.createElement('span');
        swatch.className = 'swatch';
        swatch.style.borderTop = '3px ' + (s.dashed ? 'dashed ' : 'solid ') + s.color;
        const name = document.createElement('span');
        name.className = 'legend-name';
        name.textContent = s.label;
        item.append(swatch, name);
        const toggle = () => {
          const visible = this._chart.isDatasetVisible(i);
          this._chart.setDatasetVisibility(i, !visible);
          item.classList.toggle('hidden', visible);
          this._chart.update('none');
        };
        item.addEventListener('click', toggle);
        item.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); } });
        this._legend.appendChild(item);
      });
    }
  }
  if (!customElements.get('chipchain-line-chart')) {
    customElements.define('chipchain-line-chart', ChipchainLineChart);
  }
})();
