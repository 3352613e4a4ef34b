// Draws the opinion groups' chart on the summary page from the table beside it (#group-table),
// so the page says the same with or without JavaScript. ECharts comes from its WebJar.
(function () {
  'use strict';
  const table = document.getElementById('group-table');
  const target = document.getElementById('group-chart');
  if (!table || !target || typeof echarts === 'undefined') {
    return;
  }
  const rows = Array.from(table.querySelectorAll('tr')).slice(1);
  const groups = Array.from(table.querySelectorAll('tr:first-child th')).slice(1).map(th => th.textContent);
  const statements = rows.map(r => {
    const text = r.querySelector('th').textContent;
    return text.length > 40 ? text.slice(0, 39) + '…' : text;
  });
  const series = groups.map((name, g) => ({
    name,
    type: 'bar',
    data: rows.map(r => {
      const cell = r.querySelectorAll('td')[g];
      const share = cell && cell.dataset.share;
      return share ? Math.round(parseFloat(share) * 100) : null;
    })
  }));
  target.style.height = Math.max(240, 70 * rows.length + 80) + 'px';
  const chart = echarts.init(target, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: v => (v == null ? '–' : v + ' %') },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    yAxis: { type: 'category', data: statements, inverse: true, axisLabel: { width: 150, overflow: 'break', lineHeight: 14 } },
    series
  });
  window.addEventListener('resize', () => chart.resize());
  target.dataset.drawn = 'true';
})();
