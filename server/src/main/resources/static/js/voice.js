/*
 * The voice of the customer's trend: NPS (left axis, −100 to 100) and CSAT (right axis, 1 to 5) per
 * quarter, as lines, from the JSON block named by data-source. Only shown quarters reach the page.
 * A drawn chart gets data-rendered="true", as charts.js does for the others.
 */
(function () {
  'use strict';
  document.querySelectorAll('[data-chart="voice-trend"]').forEach(function (element) {
    if (!window.echarts) { return; }
    var trend = JSON.parse(document.getElementById(element.getAttribute('data-source')).textContent);
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    var nps = element.getAttribute('data-nps');
    var csat = element.getAttribute('data-csat');
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { data: [nps, csat], top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 24, containLabel: true },
      xAxis: { type: 'category', data: trend.periods },
      yAxis: [{ type: 'value', name: nps, min: -100, max: 100 }, { type: 'value', name: csat, min: 1, max: 5 }],
      series: [
        { type: 'line', name: nps, data: trend.nps, connectNulls: true, itemStyle: { color: '#1f5fa8' } },
        { type: 'line', name: csat, yAxisIndex: 1, data: trend.csat, connectNulls: true, itemStyle: { color: '#1b7f3b' } }
      ]
    });
    window.setTimeout(function () { element.setAttribute('data-rendered', 'true'); }, 0);
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
