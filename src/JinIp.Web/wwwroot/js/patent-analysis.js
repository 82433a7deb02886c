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
  bars('chart-industries', data.industries || [], true);

  // Co-applicant network: applicants as nodes sized by their joint filings, links weighted by joint filings.
  (function () {
    var pairs = data.pairs || [];
    var weight = {};
    pairs.forEach(function (p) {
      weight[p.source] = (weight[p.source] || 0) + p.value;
      weight[p.target] = (weight[p.target] || 0) + p.value;
    });
    var max = Math.max.apply(null, [1].concat(Object.keys(weight).map(function (k) { return weight[k]; })));
    draw('chart-coapplicants', {
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        force: { repulsion: 160, edgeLength: [40, 120] },
        label: { show: true, position: 'right', fontSize: 10 },
        data: Object.keys(weight).map(function (name) {
          return { name: name, value: weight[name], symbolSize: 8 + 22 * Math.sqrt(weight[name] / max) };
        }),
        links: pairs.map(function (p) {
          return { source: p.source, target: p.target, value: p.value, lineStyle: { width: 1 + Math.log2(1 + p.value) } };
        })
      }]
    });
  })();

  if (data.highValue) {
    draw('chart-highvalue', {
      series: [{ type: 'pie', radius: ['45%', '70%'], label: { formatter: '{b}: {c} ({d}%)' },
        data: [
          { name: data.highValue.labels[1], value: data.highValue.highValue },
          { name: data.highValue.other, value: Math.max(0, data.highValue.inventions - data.highValue.highValue) }
        ] }]
    });
  }

  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
