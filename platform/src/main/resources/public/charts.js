// Dashboard charts: bar charts drawn by ECharts from the JSON in each .chart element's data-chart attribute.
(function () {
  'use strict';
  var number = new Intl.NumberFormat('vi-VN');
  function draw(element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    var many = data.labels.length > 6;
    chart.setOption({
      color: ['#a61b1b'],
      grid: { left: many ? 56 : 16, right: 16, top: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return number.format(v); } },
      xAxis: { type: 'category', data: data.labels,
        axisLabel: { interval: 0, rotate: many ? 35 : 0, width: many ? 110 : 90, overflow: 'truncate' } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: function (v) { return number.format(v); } } },
      series: [{ type: 'bar', data: data.values, barMaxWidth: 48,
        label: { show: data.labels.length <= 20, position: 'top', formatter: function (p) { return number.format(p.value); } } }]
    });
    // a bar opens the models behind it in the list below the charts
    var models = element.getAttribute('data-models');
    if (models && window.htmx) {
      chart.on('click', function (p) {
        htmx.ajax('GET', models + '&' + data.filter + '=' + encodeURIComponent(data.codes[p.dataIndex]),
          { target: '#models', swap: 'innerHTML' });
      });
    }
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (window.echarts) { document.querySelectorAll('.chart[data-chart]').forEach(draw); }
  });
})();
