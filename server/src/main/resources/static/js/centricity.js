/*
 * The evolution of the customer-centricity index (/centricity), from the JSON block named by
 * data-source: the structural index per model version, and per quarter the listening and
 * satisfaction components (in points out of 100) with their index. A drawn chart gets
 * data-rendered="true", as charts.js does for the others.
 */
(function () {
  'use strict';
  function draw(element, categories, series) {
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { data: series.map(function (s) { return s.name; }), top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 24, containLabel: true },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: series.map(function (s) {
        return { type: 'line', name: s.name, data: s.data, connectNulls: true, itemStyle: { color: s.color } };
      })
    });
    window.setTimeout(function () { element.setAttribute('data-rendered', 'true'); }, 0);
    window.addEventListener('resize', function () { chart.resize(); });
  }
  function data(element) {
    return JSON.parse(document.getElementById(element.getAttribute('data-source')).textContent);
  }
  if (!window.echarts) { return; }
  document.querySelectorAll('[data-chart="centricity-versions"]').forEach(function (element) {
    var evolution = data(element);
    draw(element, evolution.versions, [
      { name: element.getAttribute('data-index'), data: evolution.versionIndex, color: '#1f5fa8' }]);
  });
  document.querySelectorAll('[data-chart="centricity-quarters"]').forEach(function (element) {
    var evolution = data(element);
    draw(element, evolution.quarters, [
      { name: element.getAttribute('data-index'), data: evolution.quarterIndex, color: '#1f5fa8' },
      { name: element.getAttribute('data-listening'), data: evolution.listening, color: '#b36b00' },
      { name: element.getAttribute('data-satisfaction'), data: evolution.satisfaction, color: '#1b7f3b' }]);
  });
})();
