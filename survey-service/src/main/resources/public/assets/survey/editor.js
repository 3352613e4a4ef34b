// The survey editor without extra clicks: a new type, language or section code redraws the form at
// once (so the questions' section choosers follow), and
// the page comes back where it was. Without JavaScript the "Byt typ"/"Visa språken" buttons do it.
(function () {
  var form = document.getElementById('editor');
  if (!form) return;
  var key = 'hord-editor-scroll';
  var y = sessionStorage.getItem(key);
  if (y !== null && document.getElementById('errors') === null) {
    window.scrollTo(0, parseInt(y, 10));
  }
  sessionStorage.removeItem(key);
  form.addEventListener('submit', function () { sessionStorage.setItem(key, String(window.scrollY)); });
  document.querySelectorAll('.js-hide').forEach(function (b) { b.hidden = true; });
  function redraw() {
    var b = form.querySelector('button[value=refresh]');
    if (b) form.requestSubmit(b);
  }
  form.querySelectorAll('select.type, input[name=languages], input.section-key').forEach(function (el) {
    el.addEventListener('change', redraw);
  });
})();
