// Draws the charts of the results, comparison and poster pages from the tables beside them, so the
// page says the same with or without JavaScript (and screen readers read the tables). ECharts comes
// from its WebJar. A hidden count ("<5") has no data-share / data-count: its bar is left out (null),
// never drawn as a number.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  const charts = [];
  const shorten = text => (text.length > 32 ? text.slice(0, 31) + '…' : text);

  // One question: answer options on the axis, one bar series per line (everyone, a group, a municipality).
  document.querySelectorAll('.result').forEach(result => {
    const table = result.querySelector('table.result-table');
    const target = result.querySelector('.chart');
    const options = parseInt(table && table.dataset.options, 10) || 0;
    if (!table || !target || options === 0) {
      return;
    }
    const labels = Array.from(table.querySelectorAll('thead th.option')).map(th => shorten(th.textContent));
    const series = Array.from(table.querySelectorAll('tbody tr')).map(row => ({
      name: row.querySelector('th').textContent,
      type: 'bar',
      data: Array.from(row.querySelectorAll('td.count')).map(cell =>
        cell.dataset.share ? Math.round(parseFloat(cell.dataset.share) * 100) : null)
    }));
    target.style.height = Math.max(200, labels.length * (18 * series.length + 16) + 90) + 'px';
    const chart = echarts.init(target, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: v => (v == null ? 'dolt (hidden)' : v + ' %') },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { width: 140, overflow: 'break' } },
      series
    });
    charts.push(chart);
    target.dataset.drawn = 'true';
  });

  // The poster page: responses per day.
  const daily = document.getElementById('daily-table');
  const dailyTarget = document.getElementById('daily-chart');
  if (daily && dailyTarget) {
    const rows = Array.from(daily.querySelectorAll('tbody tr'));
    const chart = echarts.init(dailyTarget, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: v => (v == null ? '<5' : String(v)) },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map(r => r.querySelector('th').textContent) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{
        name: 'Svar (Responses)',
        type: 'bar',
        data: rows.map(r => {
          const cell = r.querySelector('td');
          return cell.dataset.count ? parseInt(cell.dataset.count, 10) : null;
        })
      }]
    });
    charts.push(chart);
    dailyTarget.dataset.drawn = 'true';
  }
  window.addEventListener('resize', () => charts.forEach(c => c.resize()));
})();
