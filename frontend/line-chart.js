// <chipchain-line-chart>: a Chart.js line chart whose data the server sets as JSON in `chartData`:
// {labels: [...], datasets: [{label, data: [...], color}], yTitle}
(function () {
  class ChipchainLineChart extends HTMLElement {
    connectedCallback() {
      // the server may set chartData before this script upgraded the element: re-apply it
      if (Object.prototype.hasOwnProperty.call(this, 'chartData')) {
        const pending = this.chartData;
        delete this.chartData;
        this.chartData = pending;
      }
      if (!this._canvas) {
        this._canvas = document.createElement('canvas');
        this.appendChild(this._canvas);
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
      this._data = typeof value === 'string' ? JSON.parse(value) : value;
      this._draw();
    }

    get chartData() {
      return this._data;
    }

    _draw() {
      if (!this._canvas || !this._data || typeof Chart === 'undefined') {
        return;
      }
      const d = this._data;
      const datasets = d.datasets.map(s => ({
        label: s.label, data: s.data, borderColor: s.color, backgroundColor: s.color,
        tension: 0.2, pointRadius: 2, borderWidth: 2
      }));
      if (this._chart) {
        this._chart.data.labels = d.labels;
        this._chart.data.datasets = datasets;
        this._chart.update('none');
        return;
      }
      this._chart = new Chart(this._canvas, {
        type: 'line',
        data: { labels: d.labels, datasets: datasets },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          plugins: { legend: { position: 'bottom' } },
          scales: { y: { beginAtZero: true, title: { display: !!d.yTitle, text: d.yTitle || '' } } }
        }
      });
    }
  }
  if (!customElements.get('chipchain-line-chart')) {
    customElements.define('chipchain-line-chart', ChipchainLineChart);
  }
})();
