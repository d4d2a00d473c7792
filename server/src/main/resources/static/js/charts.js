/*
 * Maillon's charts and graphs, drawn with ECharts (served from the application's WebJars).
 * Every chart is a <div data-chart="…" data-source="ID"> whose data is the JSON of the
 * <script type="application/json" id="ID"> block the server wrote with Thymeleaf. Names are put
 * in the page as text by ECharts (canvas), never as HTML; tooltips too (renderMode richText), which
 * also keeps them within the Content Security Policy: ECharts' HTML tooltips style inline.
 * A drawn chart gets data-rendered="true".
 */
(function () {
  'use strict';

  var KIND_COLORS = {
    'front-line': '#1b7f3b', core: '#1f5fa8', support: '#a8641f', customer: '#7a1fa8', partner: '#5b6473'
  };

  function data(element) {
    var source = document.getElementById(element.getAttribute('data-source'));
    return JSON.parse(source.textContent);
  }

  function short(text, max) {
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
  }

  function teamUrl(element, id) {
    return (element.getAttribute('data-teams') || '/teams/') + encodeURIComponent(id);
  }

  /** Marks the chart drawn once ECharts has painted it (the option was accepted without error). */
  function done(element, chart) {
    window.setTimeout(function () { element.setAttribute('data-rendered', 'true'); }, 0);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  /** A team card's neighbourhood in four columns: suppliers → team → customers → their customers. */
  function teamGraph(element) {
    var graph = data(element);
    element.style.height = Math.max(240, graph.rows * 44 + 60) + 'px';
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    var narrow = element.clientWidth < 600;
    chart.setOption({
      animation: false,
      tooltip: { renderMode: 'richText', formatter: function (p) { return p.dataType === 'node' ? p.data.name : ''; } },
      series: [{
        type: 'graph', layout: 'none', roam: true, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8,
        label: { show: true, position: 'bottom', fontSize: narrow ? 9 : 12,
          formatter: function (p) { return short(p.data.name, narrow ? 14 : 28); } },
        lineStyle: { color: '#8a94a6', width: 1.5, curveness: 0.05 },
        data: graph.nodes.map(function (n) {
          return { id: n.id, name: n.name, x: n.x, y: n.y, node: n.node, team: n.team,
            symbolSize: n.subject ? 26 : 16, itemStyle: { color: KIND_COLORS[n.kind] || '#5b6473',
              borderColor: n.subject ? '#111' : '#fff', borderWidth: n.subject ? 3 : 1 } };
        }),
        links: graph.links
      }]
    });
    chart.on('click', function (p) {
      if (p.dataType === 'node' && p.data.team) { window.location.href = teamUrl(element, p.data.node); }
    });
    done(element, chart);
  }

  /**
   * Bars: {categories, series: [{name, data, color, stack}], horizontal, markLine: {value, name},
   * xName, yName}; data-height, when given, is the chart's height in pixels.
   */
  function bars(element) {
    var spec = data(element);
    if (element.hasAttribute('data-height')) { element.style.height = element.getAttribute('data-height') + 'px'; }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    var categoryAxis = { type: 'category', data: spec.categories, name: spec.xName || '', nameLocation: 'middle', nameGap: 28,
      axisLabel: { interval: 0, hideOverlap: true } };
    var valueAxis = { type: 'value', name: spec.yName || '', minInterval: 1 };
    var series = spec.series.map(function (s, i) {
      var one = { type: 'bar', name: s.name, data: s.data, stack: s.stack, itemStyle: { color: s.color },
        label: { show: !s.stack, position: spec.horizontal ? 'right' : 'top' } };
      if (i === 0 && spec.markLine) {
        one.markLine = { symbol: 'none', lineStyle: { color: '#a40000', type: 'dashed' },
          label: { formatter: spec.markLine.name }, data: [spec.markLine.axis === 'x' ? { xAxis: spec.markLine.value } : { yAxis: spec.markLine.value }] };
      }
      return one;
    });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { show: spec.series.length > 1, top: 0 },
      grid: { left: spec.horizontal ? 8 : 40, right: 24, top: spec.series.length > 1 ? 36 : 24, bottom: 36, containLabel: true },
      xAxis: spec.horizontal ? valueAxis : categoryAxis,
      yAxis: spec.horizontal ? Object.assign(categoryAxis, { inverse: true, nameGap: 0, name: '' }) : valueAxis,
      series: series
    });
    done(element, chart);
  }

  /** The whole value chain, force-laid, searchable: the search box highlights and centres a node. */
  function valueChain(element) {
    var graph = data(element);
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    var narrow = element.clientWidth < 600;
    var categories = graph.categories.map(function (c) { return { name: c.name, itemStyle: { color: KIND_COLORS[c.kind] } }; });
    var index = {};
    graph.nodes.forEach(function (n, i) { index[n.id] = i; });
    var nodes = graph.nodes.map(function (n) {
      return { id: n.id, name: n.name, category: n.category, team: n.team,
        symbolSize: n.kind === 'customer' ? 22 : (n.focus ? 24 : 12 + Math.min(10, n.degree)),
        itemStyle: n.focus ? { borderColor: '#111', borderWidth: 3 } : undefined };
    });
    chart.setOption({
      animation: false,
      tooltip: { renderMode: 'richText', formatter: function (p) { return p.dataType === 'node' ? p.data.name : ''; } },
      legend: { data: categories.map(function (c) { return c.name; }), top: 0 },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true, categories: categories,
        top: narrow ? 70 : 40,
        force: { repulsion: graph.nodes.length > 120 ? 80 : (narrow ? 110 : 320), edgeLength: narrow ? [25, 70] : [50, 150],
          gravity: narrow ? 0.15 : 0.08, layoutAnimation: false },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6,
        emphasis: { focus: 'adjacency', label: { show: true, fontWeight: 'bold' } },
        label: { show: graph.nodes.length <= 80, position: 'right', fontSize: narrow ? 9 : 10,
          formatter: function (p) { return short(p.data.name, 24); } },
        lineStyle: { color: 'source', opacity: 0.6, curveness: 0.1 },
        data: nodes, links: graph.links
      }]
    });
    chart.on('dblclick', function (p) {
      if (p.dataType === 'node' && p.data.team) { window.location.href = teamUrl(element, p.data.id); }
    });
    done(element, chart);

    var form = document.getElementById(element.getAttribute('data-search'));
    if (!form) { return; }
    var input = form.querySelector('input[name="focus"]');
    var result = document.getElementById(form.getAttribute('data-result'));
    var highlighted = null;
    function find(text) {
      var q = text.trim().toLowerCase();
      if (!q) { return -1; }
      for (var i = 0; i < graph.nodes.length; i++) {
        var n = graph.nodes[i];
        if (n.id.toLowerCase() === q || n.name.toLowerCase() === q) { return i; }
      }
      for (var j = 0; j < graph.nodes.length; j++) {
        var m = graph.nodes[j];
        if (m.id.toLowerCase().indexOf(q) >= 0 || m.name.toLowerCase().indexOf(q) >= 0) { return j; }
      }
      return -1;
    }
    form.addEventListener('submit', function (event) {
      var found = find(input.value);
      if (found < 0) { return; } // not drawn: the server draws the neighbourhood of what was asked
      event.preventDefault();
      if (highlighted !== null) { chart.dispatchAction({ type: 'downplay', seriesIndex: 0, dataIndex: highlighted }); }
      highlighted = found;
      chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: found });
      chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: found });
      result.textContent = graph.nodes[found].name;
      result.setAttribute('data-node', graph.nodes[found].id);
    });
  }

  var kinds = { team: teamGraph, bars: bars, 'value-chain': valueChain };
  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var draw = kinds[element.getAttribute('data-chart')];
    if (draw && window.echarts) { draw(element); }
  });
})();
