/*
 * A file input with data-max-bytes refuses, before the form sends it, a file larger than the
 * server accepts, with the message of data-too-large: the server would refuse it from its size
 * anyway, and a browser still sending a large file may not show that answer.
 */
(function () {
  'use strict';
  document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    input.addEventListener('change', function () {
      var file = input.files[0];
      input.setCustomValidity(file && file.size > Number(input.dataset.maxBytes) ? input.dataset.tooLarge : '');
      input.reportValidity();
    });
  });
})();
