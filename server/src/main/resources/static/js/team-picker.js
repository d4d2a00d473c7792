/*
 * Team pickers (templates' fragments/parts :: teamPicker) at organisations of many teams: a text input
 * where a name or an id is typed, its datalist filled, as one types, with the few teams the server
 * suggests (GET /pick/teams, its link in the input's data-team-search). Each suggestion offers the
 * team's name, its id beside it; the server accepts either. Loaded by every picker of a page, it
 * readies each input once.
 */
(function () {
  'use strict';

  function ready(input) {
    input.setAttribute('data-team-ready', 'true');
    var list = document.getElementById(input.getAttribute('list'));
    var timer = null;
    var asked = null;
    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var typed = input.value.trim();
        if (typed === '' || typed === asked) {
          return;
        }
        asked = typed;
        fetch(input.getAttribute('data-team-search') + '&q=' + encodeURIComponent(typed),
          { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
          .then(function (reply) { return reply.ok ? reply.json() : []; })
          .then(function (teams) {
            if (typed !== asked) {
              return; // a later search was sent: an earlier one answering last must not replace its list
            }
            list.replaceChildren();
            teams.forEach(function (team) {
              var option = document.createElement('option');
              option.value = team.name || team.id;
              option.label = team.id;
              list.appendChild(option);
            });
          });
      }, 150);
    });
  }

  document.querySelectorAll('input[data-team-search]:not([data-team-ready])').forEach(ready);
}());
