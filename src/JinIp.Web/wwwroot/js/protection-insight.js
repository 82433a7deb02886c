// Draws the protection hotspot charts from the figures the page embeds (data-charts); each chart has its data table beside it.
(function () {
  'use strict';
  var holder = document.getElementById('insight-data');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }

  var data = JSON.parse(holder.dataset.charts || '{}');
  var charts = [];
  Object.keys(data).forEach(function (id) {
    var element = document.getElementById(id);
    var figure = data[id];
    if (!element || !figure.rows.length) {
      return;
    }
    var rows = figure.rows;
    var option;
    if (figure.kind === 'line') {
      option = {
        tooltip: { trigger: 'axis' }, grid: { left: 40, right: 20, top: 20, bottom: 40 },
        xAxis: { type: 'category', data: rows.map(function (r) { return r.name; }) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'line', smooth: true, areaStyle: {}, itemStyle: { color: '#0b3a6e' }, data: rows.map(function (r) { return r.value; }) }]
      };
    } else {
      var top = rows.slice(0, 12);
      option = {
        tooltip: { trigger: 'axis' }, grid: { left: 140, right: 20, top: 10, bottom: 20 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: top.map(function (r) { return r.name; }).reverse() },
        series: [{ type: 'bar', itemStyle: { color: '#0b3a6e' }, data: top.map(function (r) { return r.value; }).reverse() }]
      };
    }
    option.toolbox = { feature: { saveAsImage: { title: 'PNG' } } };
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option);
    charts.push(chart);
  });
  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
})();
