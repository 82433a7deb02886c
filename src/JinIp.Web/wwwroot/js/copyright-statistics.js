// Draws the copyright statistics charts (this year against the same period of last year) from data-charts.
(function () {
  'use strict';
  var holder = document.getElementById('copyright-statistics');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }

  var data = JSON.parse(holder.dataset.charts || '{}');
  var names = [holder.dataset.current, holder.dataset.previous];
  var charts = [];

  function draw(id, series, rotate) {
    var element = document.getElementById('chart-' + id);
    if (!element || !series) {
      return;
    }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: names },
      toolbox: { feature: { saveAsImage: { title: 'PNG' } } },
      grid: { left: 50, right: 20, top: 40, bottom: rotate ? 90 : 40 },
      xAxis: { type: 'category', data: series.labels, axisLabel: { rotate: rotate ? 40 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: names[0], type: 'bar', data: series.current, itemStyle: { color: '#0b3a6e' } },
        { name: names[1], type: 'bar', data: series.previous, itemStyle: { color: '#a3b8cf' } }
      ]
    });
    charts.push(chart);
  }

  draw('month', data.month, false);
  draw('type', data.type, true);
  draw('district', data.district, true);
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
