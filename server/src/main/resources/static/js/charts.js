/*
 * Maillon's charts and graphs, drawn with ECharts (served from the application's WebJars).
 * Every chart is a <div data-chart="…" data-source="ID"> whose data is the JSON of the
 * <script type="application/json" id="ID"> block the server wrote with Thymeleaf. Names are put
 * in the page as text by ECharts (canvas), never as HTML; tooltips too (renderMode richText), which
 * also keeps them within the Content Security Policy: ECharts' HTML tooltips style inline.
 * Colours are names of the palette, defined once in pages.css (--palette-NAME); the server names them.
 * A drawn chart gets data-rendered="true".
 */
(function () {
  'use strict';

  var palette = window.getComputedStyle(document.documentElement);

  /** The palette's colour of that name (green, kind-core…). */
  function colour(name) {
    return name ? palette.getPropertyValue('--palette-' + name).trim() : undefined;
  }

  function kindColour(kind) {
    return colour('kind-' + kind) || colour('grey');
  }

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
        lineStyle: { color: colour('edge'), width: 1.5, curveness: 0.05 },
        data: graph.nodes.map(function (n) {
          return { id: n.id, name: n.name, x: n.x, y: n.y, node: n.node, team: n.team,
            symbolSize: n.subject ? 26 : 16, itemStyle: { color: kindColour(n.kind),
              borderColor: n.subject ? colour('focus') : colour('white'), borderWidth: n.subject ? 3 : 1 } };
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
   * Bars: {categories, series: [{name, data, color, stack}], horizontal, markLine: {value, axis, name},
   * xName, yName}, a value of data being a number or {value, color}; data-height, when given, is the
   * chart's height in pixels.
   */
  function bars(element) {
    var spec = data(element);
    if (element.hasAttribute('data-height')) { element.style.height = element.getAttribute('data-height') + 'px'; }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    var categoryAxis = { type: 'category', data: spec.categories, name: spec.xName || '', nameLocation: 'middle', nameGap: 28,
      axisLabel: { interval: 0, hideOverlap: true } };
    var valueAxis = { type: 'value', name: spec.yName || '', minInterval: 1 };
    var series = spec.series.map(function (s, i) {
      var values = s.data.map(function (d) {
        return d !== null && typeof d === 'object' ? { value: d.value, itemStyle: { color: colour(d.color) } } : d;
      });
      var one = { type: 'bar', name: s.name, data: values, stack: s.stack, itemStyle: { color: colour(s.color) },
        label: { show: !s.stack, position: spec.horizontal ? 'right' : 'top' } };
      if (i === 0 && spec.markLine) {
        one.markLine = { symbol: 'none', lineStyle: { color: colour('red'), type: 'dashed' },
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
    var categories = graph.categories.map(function (c) { return { name: c.name, itemStyle: { color: kindColour(c.kind) } }; });
    var index = {};
    graph.nodes.forEach(function (n, i) { index[n.id] = i; });
    var nodes = graph.nodes.map(function (n) {
      return { id: n.id, name: n.name, category: n.category, team: n.team,
        symbolSize: n.kind === 'customer' ? 22 : (n.focus ? 24 : 12 + Math.min(10, n.degree)),
        itemStyle: n.focus ? { borderColor: colour('focus'), borderWidth: 3 } : undefined };
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

  /** Lines over categories: series [{name, data, color, axis}], axis being the index of one of the value axes. */
  function lines(element, categories, axes, series) {
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { data: series.map(function (s) { return s.name; }), top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 24, containLabel: true },
      xAxis: { type: 'category', data: categories },
      yAxis: axes,
      series: series.map(function (s) {
        return { type: 'line', name: s.name, data: s.data, yAxisIndex: s.axis || 0, connectNulls: !s.gaps,
          itemStyle: { color: colour(s.color) } };
      })
    });
    done(element, chart);
  }

  /** The voice of the customer's trend: NPS (left axis, −100 to 100) and CSAT (right axis, 1 to 5) per quarter, a quarter without answers a gap. */
  function voiceTrend(element) {
    var trend = data(element);
    var nps = element.getAttribute('data-nps');
    var csat = element.getAttribute('data-csat');
    lines(element, trend.periods,
      [{ type: 'value', name: nps, min: -100, max: 100 }, { type: 'value', name: csat, min: 1, max: 5 }],
      [{ name: nps, data: trend.nps, color: 'blue', gaps: true }, { name: csat, data: trend.csat, color: 'green', axis: 1, gaps: true }]);
  }

  /** The customer-centricity index per model version. */
  function centricityVersions(element) {
    var evolution = data(element);
    lines(element, evolution.versions, [{ type: 'value', min: 0, max: 100 }],
      [{ name: element.getAttribute('data-index'), data: evolution.versionIndex, color: 'blue' }]);
  }

  /** Per quarter, the index and its listening and satisfaction components, in points out of 100. */
  function centricityQuarters(element) {
    var evolution = data(element);
    lines(element, evolution.quarters, [{ type: 'value', min: 0, max: 100 }], [
      { name: element.getAttribute('data-index'), data: evolution.quarterIndex, color: 'blue' },
      { name: element.getAttribute('data-listening'), data: evolution.listening, color: 'amber' },
      { name: element.getAttribute('data-satisfaction'), data: evolution.satisfaction, color: 'green' }]);
  }

  var kinds = { team: teamGraph, bars: bars, 'value-chain': valueChain, 'voice-trend': voiceTrend,
    'centricity-versions': centricityVersions, 'centricity-quarters': centricityQuarters };
  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var draw = kinds[element.getAttribute('data-chart')];
    if (draw && window.echarts) { draw(element); }
  });
})();
