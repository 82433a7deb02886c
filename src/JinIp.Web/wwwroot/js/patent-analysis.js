// Draws the analysis charts from the figures the page embeds (data-charts); each chart can be saved as PNG.
(function () {
  'use strict';
  var holder = document.getElementById('analysis-data');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }

  var data = JSON.parse(holder.dataset.charts || '{}');
  var typeLabels = JSON.parse(holder.dataset.typeLabels || '{}');
  var toolbox = { feature: { saveAsImage: { title: 'PNG' } } };
  var charts = [];

  function draw(id, option) {
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    option.toolbox = toolbox;
    option.tooltip = option.tooltip || { trigger: 'item' };
    chart.setOption(option);
    charts.push(chart);
  }

  function bars(id, items, horizontal) {
    var names = items.map(function (i) { return i.name; });
    var values = items.map(function (i) { return i.value; });
    draw(id, horizontal
      ? { grid: { left: 160, right: 20, top: 30, bottom: 20 }, tooltip: { trigger: 'axis' },
          xAxis: { type: 'value' }, yAxis: { type: 'category', data: names.slice().reverse() },
          series: [{ type: 'bar', data: values.slice().reverse(), itemStyle: { color: '#0b3a6e' } }] }
      : { grid: { left: 50, right: 20, top: 30, bottom: 60 }, tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', data: names, axisLabel: { rotate: 40 } }, yAxis: { type: 'value' },
          series: [{ type: 'bar', data: values, itemStyle: { color: '#0b3a6e' } }] });
  }

  draw('chart-trend', {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 50, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: data.years },
    yAxis: { type: 'value' },
    series: (data.types || []).map(function (t) {
      return { name: typeLabels[t.type] || t.type, type: 'bar', stack: 'all',
        data: data.years.map(function (y) { return t.counts[y] || 0; }) };
    })
  });
  bars('chart-applicants', data.applicants || [], true);
  draw('chart-ipc', {
    series: [{ type: 'treemap', roam: false, nodeClick: false, breadcrumb: { show: false },
      data: (data.ipc || []).map(function (i) { return { name: i.name, value: i.value, label: i.label }; }) }]
  });
  bars('chart-regions', data.regions || [], false);
  draw('chart-status', { series: [{ type: 'pie', radius: ['35%', '65%'], data: data.statuses || [] }] });
  bars('chart-inventors', data.inventors || [], true);

  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
