/*
 * The scenario page (templates/scenarios/scenario.html): the org chart of the scenario's result gets, on
 * each line orgchart.js draws, a "remove" button for a manager, and every line and every team of the
 * list beside it can be dragged. Each action fills and posts one of the page's own forms, the ones that
 * work without script and by keyboard: remove a person; a person dropped on another person moves to
 * them; a team dropped on a person gets them as its lead; a team dropped on another team merges into
 * it, once confirmed. Names are set as text, never as HTML.
 */
(function () {
  'use strict';

  var board = document.querySelector('[data-scenario]');
  if (!board) {
    return;
  }
  var page = board.parentNode;
  var tree = board.querySelector('.org-tree');

  function text(name, first, second) {
    return (board.getAttribute('data-text-' + name) || '').replace('%s', function () { return first; })
      .replace('%t', function () { return second; });
  }

  /** Fills the named fields of the form of that class and posts it, as a click on its button would. */
  function post(formClass, values) {
    var form = page.querySelector('form.' + formClass);
    Object.keys(values).forEach(function (field) { form.elements[field].value = values[field]; });
    form.requestSubmit();
  }

  function draggable(element, what) {
    element.draggable = true;
    element.addEventListener('dragstart', function (event) {
      event.stopPropagation();
      event.dataTransfer.setData('text/plain', what);
      event.dataTransfer.effectAllowed = 'move';
    });
  }

  function droppable(element, dropped) {
    element.addEventListener('dragover', function (event) {
      event.preventDefault();
      element.classList.add('drop-target');
    });
    element.addEventListener('dragleave', function () { element.classList.remove('drop-target'); });
    element.addEventListener('drop', function (event) {
      event.preventDefault();
      event.stopPropagation();
      element.classList.remove('drop-target');
      var what = event.dataTransfer.getData('text/plain');
      var colon = what.indexOf(':');
      if (colon > 0) {
        dropped(what.substring(0, colon), what.substring(colon + 1));
      }
    });
  }

  function person(li) {
    var id = li.getAttribute('data-person');
    var row = li.querySelector(':scope > .org-row');
    if (!row || row.hasAttribute('data-actions')) {
      return;
    }
    row.setAttribute('data-actions', 'true');
    draggable(row, 'person:' + id);
    droppable(row, function (kind, dragged) {
      if (kind === 'person' && dragged !== id) {
        post('op-move', { person: dragged, manager: id });
      } else if (kind === 'team') {
        post('op-move-team', { team: dragged, lead: id });
      }
    });
    if (row.querySelector('.org-toggle')) {
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'btn btn-sm btn-outline-danger org-remove';
      remove.textContent = text('remove', row.querySelector('.org-name').textContent);
      remove.addEventListener('click', function () { post('op-remove', { person: id }); });
      row.appendChild(remove);
    }
  }

  function team(chip) {
    var id = chip.getAttribute('data-team');
    draggable(chip, 'team:' + id);
    droppable(chip, function (kind, dragged) {
      if (kind === 'team' && dragged !== id) {
        var from = page.querySelector('.scenario-team[data-team="' + CSS.escape(dragged) + '"]');
        if (window.confirm(text('merge', from ? from.textContent : '', chip.textContent))) {
          post('op-merge', { from: dragged, into: id });
        }
      }
    });
  }

  function people() {
    tree.querySelectorAll('li.org-node').forEach(person);
  }

  board.querySelectorAll('.scenario-team').forEach(team);
  new MutationObserver(people).observe(tree, { childList: true, subtree: true });
  people(); // the lines orgchart.js drew before this script ran
}());
