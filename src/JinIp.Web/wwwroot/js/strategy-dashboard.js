// Draws the strategy dashboard from the figures the page embeds (data-charts); every chart has a data table beside it.
(function () {
  'use strict';
  var holder = document.getElementById('strategy-data');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }

  var data = JSON.parse(holder.dataset.charts || '{}');
  var colours = { Green: '#198754', Yellow: '#ffc107', Red: '#dc3545' };
  var charts = [];

  function draw(id, option) {
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    option.toolbox = { feature: { saveAsImage: { title: 'PNG' } } };
    chart.setOption(option);
    charts.push(chart);
  }

  var parts = data.parts || [];
  draw('chart-parts', {
    tooltip: { trigger: 'axis' }, legend: { top: 0 },
    grid: { left: 180, right: 20, top: 30, bottom: 20 },
    xAxis: { type: 'value' }, yAxis: { type: 'category', data: parts.map(function (p) { return p.name; }).reverse() },
    series: ['green', 'yellow', 'red'].map(function (key) {
      var name = key === 'green' ? 'Green' : key === 'yellow' ? 'Yellow' : 'Red';
      return { name: name, type: 'bar', stack: 'tasks', itemStyle: { color: colours[name] }, data: parts.map(function (p) { return p[key]; }).reverse() };
    })
  });

  var items = data.items || [];
  draw('chart-items', {
    tooltip: { trigger: 'axis', formatter: function (p) { var i = items[p[0].dataIndex]; return i.name + i.headline + '<br>' + i.percent + '%'; } },
    grid: { left: 40, right: 10, top: 20, bottom: 50 },
    xAxis: { type: 'category', data: items.map(function (i) { return i.name; }), axisLabel: { rotate: 60, fontSize: 10 } },
    yAxis: { type: 'value', max: 100 },
    series: [{ type: 'bar', data: items.map(function (i) { return { value: i.percent, itemStyle: { color: colours[i.colour] } }; }) }]
  });

  function horizontal(id, rows) {
    draw(id, {
      tooltip: { trigger: 'axis' }, grid: { left: 160, right: 20, top: 10, bottom: 20 },
      xAxis: { type: 'value' }, yAxis: { type: 'category', data: rows.map(function (r) { return r.name; }).reverse() },
      series: [{ type: 'bar', itemStyle: { color: '#0b3a6e' }, data: rows.map(function (r) { return r.value; }).reverse() }]
    });
  }
  horizontal('chart-overdue', data.overdue || []);
  horizontal('chart-ranking', data.ranking || []);

  var indicators = data.indicators || [];
  draw('chart-indicators', {
    tooltip: { trigger: 'axis' }, grid: { left: 220, right: 30, top: 10, bottom: 20 },
    xAxis: { type: 'value', max: 120, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: indicators.map(function (i) { return i.name; }).reverse() },
    series: [{ type: 'bar', itemStyle: { color: '#0b3a6e' }, data: indicators.map(function (i) { return i.achievement; }).reverse(),
      markLine: { symbol: 'none', data: [{ xAxis: 100 }] } }]
  });

  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
