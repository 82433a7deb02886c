// Applicant comparison charts: filings by year (one line per applicant) and IPC focus (grouped bars).
(function () {
  'use strict';
  var holder = document.getElementById('compare-data');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }

  var data = JSON.parse(holder.dataset.charts || '{}');
  var toolbox = { feature: { saveAsImage: { title: 'PNG' } } };
  var charts = [];

  function draw(id, option) {
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    option.toolbox = toolbox;
    option.tooltip = { trigger: 'axis' };
    option.legend = { top: 0, type: 'scroll' };
    chart.setOption(option);
    charts.push(chart);
  }

  draw('compare-trend', {
    grid: { left: 50, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: data.years },
    yAxis: { type: 'value' },
    series: data.applicants.map(function (name, i) { return { name: name, type: 'line', data: data.trend[i] }; })
  });
  draw('compare-ipc', {
    grid: { left: 50, right: 20, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: data.ipc, axisLabel: { rotate: 40 } },
    yAxis: { type: 'value' },
    series: data.applicants.map(function (name, i) { return { name: name, type: 'bar', data: data.ipcCounts[i] }; })
  });

  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
