// Draws a bar chart (Apache ECharts) above each table marked data-chart, from the table itself:
// the tables stay the source and read without JavaScript. Hidden figures (<5, •) have no bar.
(function () {
  if (!window.echarts) { return; }
  document.querySelectorAll('table[data-chart]').forEach(function (table) {
    var labels = [], values = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var cells = row.querySelectorAll('td');
      labels.push(cells[0].textContent.trim());
      var n = Number(cells[1].textContent.trim());
      values.push(isNaN(n) ? null : n);
    });
    if (labels.length === 0) { return; }
    var div = document.createElement('div');
    div.className = 'chart';
    div.setAttribute('aria-hidden', 'true');
    table.parentNode.insertBefore(div, table);
    echarts.init(div).setOption({
      grid: { containLabel: true, left: 8, right: 8, top: 8, bottom: 8 },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: values, label: { show: true, position: 'top' } }]
    });
  });
})();
