/*
 * Maillon's charts and graphs, drawn with ECharts (served from the application's WebJars).
 * Every chart is a <div data-chart="…" data-source="ID"> whose data is the JSON of the
 * <script type="application/json" id="ID"> block the server wrote with Thymeleaf. Names are put
 * in the page as text by ECharts (canvas), never as HTML; tooltips too (renderMode richText), which
 * also keeps them within the Content Security Policy: ECharts' HTML tooltips style inline.
 * Colours are names of the palette, defined once in maillon.css (--palette-NAME); the server names them,
 * except the kinds of node of the value chain's drawings, which come with their colour (core NodeKind).
 * A drawn chart gets data-rendered="true".
 */
(function () {
  'use strict';

  var palette = window.getComputedStyle(document.documentElement);

  /** The palette's colour of that name (green, kind-core…). */
  function colour(name) {
    return name ? palette.getPropertyValue('--palette-' + name).trim() : undefined;
  }

  function data(element) {
    var source = document.getElementById(element.getAttribute('data-source'));
    return JSON.parse(source.textContent);
  }

  function teamUrl(element, id) {
    return (element.getAttribute('data-teams') || '/teams/') + encodeURIComponent(id);
  }

  /** Marks the chart drawn once ECharts has painted it (the option was accepted without error). */
  function done(element, chart) {
    window.setTimeout(function () { element.setAttribute('data-rendered', 'true'); }, 0);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  /** A team card's neighbourhood in four columns: suppliers → team → customers → their customers, names in full. */
  function teamGraph(element) {
    var graph = data(element);
    var narrow = element.parentElement.clientWidth < 600;
    var column = Math.max(150, Math.floor(element.parentElement.clientWidth / 4));
    var size = { width: column * 4, height: Math.max(240, graph.rows * 56 + 60) };
    element.style.width = size.width + 'px';
    element.style.height = size.height + 'px';
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { renderMode: 'richText', formatter: function (p) { return p.dataType === 'node' ? p.data.name : ''; } },
      series: [{
        type: 'graph', layout: 'none', roam: !narrow, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8,
        left: 0, top: 0, right: 0, bottom: 0,
        label: { show: true, position: 'right', distance: 6, width: column - 40, overflow: 'break', lineHeight: 14,
          fontSize: narrow ? 11 : 12 },
        lineStyle: { color: colour('edge'), width: 1.5, curveness: 0.05 },
        data: graph.nodes.map(function (n) {
          return { id: n.id, name: n.name, x: n.x / 300 * column + 16, y: n.y * (size.height - 60) / (graph.rows * 60) + 30,
            node: n.node, team: n.team, symbolSize: n.subject ? 24 : 16, itemStyle: { color: n.colour,
              borderColor: n.subject ? colour('focus') : colour('white'), borderWidth: n.subject ? 3 : 1 } };
        }).concat(corners(size)),
        links: graph.links
      }]
    });
    chart.on('click', function (p) {
      if (p.dataType === 'node' && p.data.team) { window.location.href = teamUrl(element, p.data.node); }
    });
    done(element, chart);
  }

  /** Two empty nodes at the corners of a graph drawn with layout 'none': its box is the chart's, one unit a pixel. */
  function corners(size) {
    return [0, 1].map(function (i) {
      return { id: 'corner:' + i, name: '', x: i * size.width, y: i * size.height, symbolSize: 0, heading: true,
        label: { show: false }, tooltip: { show: false } };
    });
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

  /**
   * The value chain as a flow, left to right by hops to the final customer, at the columns and rows the
   * server laid out (ChainGraph): headings over the columns, names wrapped in full, what reaches no final
   * customer apart below, ringed in red; groups (a large chain) carry their count, links theirs. A node's
   * path to its final customers (links that each come one hop closer) is highlighted on a search; its ids
   * are then in data-path.
   */
  function valueChain(element) {
    var graph = data(element);
    var columns = graph.columns.length;
    var narrow = element.parentElement.clientWidth < 600;
    var cell = { width: Math.max(narrow ? 130 : 160, Math.floor((element.parentElement.clientWidth - 2) / columns)),
      height: 60 };
    element.style.width = cell.width * columns + 'px';
    element.style.height = (graph.rows + 1) * cell.height + 'px';
    var red = colour('red');
    function at(column, row) { return { x: column * cell.width + 14, y: (row + 1) * cell.height + cell.height / 2 }; }
    function label(width, extra) {
      return Object.assign({ show: true, position: 'right', distance: 6, width: width, overflow: 'break',
        lineHeight: 14, fontSize: narrow ? 11 : 12, color: colour('focus') }, extra);
    }
    var nodes = graph.nodes.map(function (n) {
      var place = at(n.column, n.row);
      var size = n.count ? 16 + Math.min(18, Math.round(Math.sqrt(n.count) * 2)) : (n.kind === 'customer' ? 20 : 16);
      return { id: n.id, name: n.name, x: place.x, y: place.y, kind: n.kind, hops: n.hops,
        column: n.column, row: n.row, apart: n.apart, team: n.team, count: n.count, path: n.path,
        symbolSize: n.focus ? size + 6 : size,
        itemStyle: { color: n.colour, borderColor: n.apart ? red : colour('white'), borderWidth: n.apart ? 3 : 1 },
        label: label(cell.width - size - 16, n.apart ? { color: red } : {}) };
    });
    var headings = graph.columns.map(function (c, i) {
      return { id: 'heading:' + i, name: c.heading, heading: true, x: i * cell.width + 6, y: cell.height / 2,
        symbolSize: 0, label: label(cell.width - 20, { position: 'right', distance: 0, fontWeight: 'bold' }) };
    });
    if (graph.apartHeading) {
      var top = at(0, graph.mainRows);
      headings.push({ id: 'heading:apart', name: graph.apartHeading, heading: true, x: 6, y: top.y,
        symbolSize: 0, label: label(cell.width * 2, { distance: 0, fontWeight: 'bold', color: red }) });
    }
    var links = graph.links.map(function (l) {
      return { source: l.source, target: l.target, count: l.count,
        lineStyle: { width: l.count > 1 ? 1 + Math.min(5, Math.log2(l.count)) : 1.2 },
        label: { show: l.count > 1, formatter: String(l.count), fontSize: 10 } };
    });
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    function draw(path) {
      chart.setOption({
        animation: false,
        tooltip: { renderMode: 'richText', formatter: function (p) { return p.dataType === 'node' && !p.data.heading ? p.data.name : ''; } },
        series: [{
          type: 'graph', layout: 'none', roam: !narrow, scaleLimit: { min: 0.3, max: 4 },
          left: 0, top: 0, right: 0, bottom: 0, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
          lineStyle: { color: colour('edge'), opacity: 0.6, curveness: 0.08 },
          data: nodes.map(function (n) { return dim(n, path && !path[n.id]); }).concat(headings, corners({ width: cell.width * columns, height: (graph.rows + 1) * cell.height })),
          links: links.map(function (l) { return onPath(l, path && path[l.source] && path[l.target]); })
        }]
      });
    }
    function dim(node, faded) {
      return faded ? Object.assign({}, node, { itemStyle: Object.assign({}, node.itemStyle, { opacity: 0.25 }),
        label: Object.assign({}, node.label, { opacity: 0.35 }) }) : node;
    }
    function onPath(link, on) {
      return on ? Object.assign({}, link, { lineStyle: { width: 3, color: colour('focus'), opacity: 1 } }) : link;
    }
    function highlight(ids) {
      var path = {};
      ids.forEach(function (id) { path[id] = true; });
      draw(path);
      element.setAttribute('data-path', ids.join(' '));
    }
    var focused = graph.nodes.filter(function (n) { return n.focus; });
    if (focused.length) {
      highlight(pathToCustomers(graph, focused[0]));
    } else {
      draw(null);
    }
    chart.on('click', function (p) {
      if (p.dataType === 'node' && p.data.team) { window.location.href = teamUrl(element, p.data.id); }
    });
    done(element, chart);
    search(element, graph, highlight);
  }

  /** The node and those on its shortest ways to the final customers, along the drawn links. */
  function pathToCustomers(graph, start) {
    var byId = {};
    var out = {};
    graph.nodes.forEach(function (n) { byId[n.id] = n; out[n.id] = []; });
    graph.links.forEach(function (l) { out[l.source].push(l.target); });
    var path = [start.id];
    var seen = {};
    seen[start.id] = true;
    for (var i = 0; i < path.length; i++) {
      var node = byId[path[i]];
      out[node.id].forEach(function (next) {
        var other = byId[next];
        if (!seen[next] && !other.count && node.hops > 0 && other.hops === node.hops - 1) {
          seen[next] = true;
          path.push(next);
        }
      });
    }
    return path;
  }

  /** The search box of a chain: a drawn node found is highlighted here, else the server draws it. */
  function search(element, graph, highlight) {
    var form = document.getElementById(element.getAttribute('data-search'));
    if (!form) { return; }
    var input = form.querySelector('input[name="focus"]');
    var result = document.getElementById(form.getAttribute('data-result'));
    var candidates = graph.nodes.filter(function (n) { return !n.count; });
    function find(text) {
      var q = text.trim().toLowerCase();
      if (!q) { return null; }
      return candidates.filter(function (n) { return n.id.toLowerCase() === q || n.name.toLowerCase() === q; })[0]
        || candidates.filter(function (n) {
          return n.id.toLowerCase().indexOf(q) >= 0 || n.name.toLowerCase().indexOf(q) >= 0;
        })[0] || null;
    }
    form.addEventListener('submit', function (event) {
      var found = find(input.value);
      if (!found) { return; } // not drawn one by one: the server draws its path
      event.preventDefault();
      highlight(pathToCustomers(graph, found));
      result.textContent = found.name;
      result.setAttribute('data-node', found.id);
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
