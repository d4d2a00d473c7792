/*
 * The org chart (templates/orgchart/tree.html): nested lists filled a level at a time from the server's
 * org chart JSON (under the section's data-source: /org-chart/, or a scenario's), never the whole tree.
 * Each person has a button that opens or closes their direct reports, a long span shows its first
 * reports and a button for more, and a search by name opens the tree down to the person found and
 * highlights them. Names are set as text, never as HTML. The section
 * gets data-ready="true" once its first levels are drawn.
 */
(function () {
  'use strict';

  var FIRST = 25;
  var MORE = 100;
  var PAGE = 500;
  var LAYERS = 6;
  var OPENED_TOPS = 3;

  document.querySelectorAll('[data-org-chart]').forEach(orgChart);

  function el(tag, className, text) {
    var element = document.createElement(tag);
    if (className) {
      element.className = className;
    }
    if (text !== undefined) {
      element.textContent = text;
    }
    return element;
  }

  function fetchJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(function (reply) {
      if (!reply.ok) {
        throw new Error(url + ' answered ' + reply.status);
      }
      return reply.json();
    });
  }

  function orgChart(chart, index) {
    var base = chart.getAttribute('data-base');
    var source = chart.getAttribute('data-source');
    var target = Number(chart.getAttribute('data-target-span'));
    var tree = chart.querySelector('.org-tree');
    var status = chart.querySelector('[role=status]');
    var form = chart.querySelector('form.search');
    var input = form.querySelector('input');
    var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
    var lists = 0;
    var opening = new WeakMap();

    function text(name, value) {
      var template = chart.getAttribute('data-text-' + name) || '';
      return template.replace('%n', function () { return typeof value === 'number' ? numbers.format(value) : value; })
        .replace('%s', function () { return value; });
    }

    function failed(error) {
      status.textContent = text('failed');
      window.console.error(error);
    }

    /** Adds up to count people to a list from its data-url, and a "Show N more" button when some are left. */
    function load(list, count) {
      var loaded = Number(list.getAttribute('data-loaded') || 0);
      var url = list.getAttribute('data-url') + '?offset=' + loaded + '&limit=' + Math.min(count, PAGE);
      return fetchJson(url).then(function (page) {
        var more = list.querySelector(':scope > .org-more');
        if (more) {
          more.remove();
        }
        page.people.forEach(function (person) { list.appendChild(item(person)); });
        loaded = page.offset + page.people.length;
        list.setAttribute('data-loaded', loaded);
        if (loaded < page.total) {
          list.appendChild(moreItem(list, page.total - loaded));
        }
      });
    }

    function moreItem(list, left) {
      var li = el('li', 'org-more');
      var button = el('button', 'btn btn-sm btn-outline-primary', text('more', left));
      button.type = 'button';
      button.addEventListener('click', function () {
        button.disabled = true;
        load(list, MORE).catch(failed);
      });
      li.appendChild(button);
      return li;
    }

    function item(person) {
      var li = el('li', 'org-node layer-' + Math.min(person.layer, LAYERS));
      li.setAttribute('data-person', person.id);
      var row = el('div', 'org-row');
      var name = person.name || text('unnamed');
      var toggle = null;
      if (person.reports > 0) {
        toggle = el('button', 'org-toggle btn btn-sm btn-outline-secondary');
        toggle.type = 'button';
        toggle.setAttribute('aria-expanded', 'false');
        toggle.setAttribute('aria-label', text('open', name));
        toggle.addEventListener('click', function () {
          (toggle.getAttribute('aria-expanded') === 'true' ? Promise.resolve(close(li)) : open(li)).catch(failed);
        });
        row.appendChild(toggle);
      } else {
        row.appendChild(el('span', 'org-leaf'));
      }
      var link = el('a', 'org-name', name);
      link.href = base + 'people/' + encodeURIComponent(person.id);
      row.appendChild(link);
      if (person.title) {
        row.appendChild(el('span', 'org-title', person.title));
      }
      row.appendChild(el('span', 'org-facts', text('level', person.layer)));
      if (person.reports > 0) {
        var wide = person.reports > target;
        row.appendChild(el('span', 'badge org-span' + (wide ? ' span-wide' : ''),
          (person.reports === 1 ? text('report') : text('reports', person.reports)) + (wide ? ', ' + text('wide') : '')));
      }
      li.appendChild(row);
      if (toggle) {
        var list = el('ul', 'org-children');
        lists += 1;
        list.id = 'org-chart-' + index + '-' + lists;
        list.hidden = true;
        list.setAttribute('data-url', source + 'people/' + encodeURIComponent(person.id) + '/reports');
        toggle.setAttribute('aria-controls', list.id);
        li.appendChild(list);
      }
      return li;
    }

    function open(li) {
      var list = li.querySelector(':scope > ul');
      if (!list.hasAttribute('data-loaded') && !opening.has(list)) {
        opening.set(list, load(list, FIRST).catch(function (error) { opening.delete(list); throw error; }));
      }
      return (opening.get(list) || Promise.resolve()).then(function () {
        list.hidden = false;
        li.querySelector(':scope > .org-row > .org-toggle').setAttribute('aria-expanded', 'true');
        return li;
      });
    }

    function close(li) {
      li.querySelector(':scope > ul').hidden = true;
      li.querySelector(':scope > .org-row > .org-toggle').setAttribute('aria-expanded', 'false');
    }

    /** Loads a list's people until the one at this position is there, or the list ends. */
    function reach(list, position) {
      var loaded = Number(list.getAttribute('data-loaded') || 0);
      if (loaded > position) {
        return Promise.resolve();
      }
      return load(list, Math.max(FIRST, position + 1 - loaded)).then(function () {
        return Number(list.getAttribute('data-loaded')) > loaded ? reach(list, position) : null;
      });
    }

    function childOf(list, id) {
      return Array.prototype.find.call(list.children, function (li) { return li.getAttribute('data-person') === id; });
    }

    /** Opens the tree along a path from the top, the person last, and gives that person's line. */
    function reveal(path, openLast) {
      function step(list, i) {
        var person = path[i];
        return reach(list, person.position).then(function () {
          var li = childOf(list, person.id);
          if (i === path.length - 1) {
            return openLast && person.reports > 0 ? open(li) : li;
          }
          return open(li).then(function () { return step(li.querySelector(':scope > ul'), i + 1); });
        });
      }
      return step(tree, 0);
    }

    function highlight(li, focus) {
      chart.querySelectorAll('.org-found').forEach(function (found) {
        found.classList.remove('org-found');
        found.querySelector('.org-name').removeAttribute('aria-current');
      });
      li.classList.add('org-found');
      var link = li.querySelector(':scope > .org-row > .org-name');
      link.setAttribute('aria-current', 'true');
      if (focus) {
        link.scrollIntoView({ block: 'center', behavior: 'instant' });
        link.focus({ preventScroll: true });
      }
      return li;
    }

    function show(path) {
      return reveal(path, false).then(function (li) { return highlight(li, true); });
    }

    function found(paths, q) {
      status.replaceChildren();
      if (paths.paths.length === 0) {
        status.textContent = text('not-found', q);
        return Promise.resolve();
      }
      var first = paths.paths[0];
      status.appendChild(el('span', null, text('found', first[first.length - 1].name || text('unnamed'))));
      if (paths.total > 1) {
        status.appendChild(document.createTextNode(' ' + text('also', paths.total) + ' '));
        paths.paths.slice(1).forEach(function (path) {
          var person = path[path.length - 1];
          var button = el('button', 'btn btn-link btn-sm p-0 me-2 org-also', person.name || text('unnamed'));
          button.type = 'button';
          button.addEventListener('click', function () { show(path).catch(failed); });
          status.appendChild(button);
        });
      }
      return show(first);
    }

    function search(q) {
      return fetchJson(source + 'paths?q=' + encodeURIComponent(q)).then(function (paths) { return found(paths, q); });
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (input.value.trim()) {
        search(input.value.trim()).catch(failed);
      }
    });

    function start() {
      var person = chart.getAttribute('data-person');
      if (person) {
        return fetchJson(source + 'paths?person=' + encodeURIComponent(person)).then(function (paths) {
          return reveal(paths.paths[0], true).then(function (li) { highlight(li, false); });
        });
      }
      var tops = Array.prototype.filter.call(tree.children, function (li) { return li.querySelector(':scope > ul'); });
      return Promise.all(tops.slice(0, OPENED_TOPS).map(open)).then(function () {
        var q = new URLSearchParams(window.location.search).get('q');
        if (q) {
          input.value = q;
          return search(q);
        }
        return null;
      });
    }

    tree.setAttribute('data-url', source + 'tops');
    load(tree, FIRST).then(start).then(function () { chart.setAttribute('data-ready', 'true'); }).catch(failed);
  }
}());
