// Progressive enhancement of the survey form: without this script everything works (the server
// decides skip logic page by page). With it, a question whose condition is on the same page shows
// only when the condition holds (the same rules as the server's SkipLogic: equals/in compare
// canonical values, 4 and 4.0 match; answered), and an "other, namely" box only when chosen.
(function () {
  var form = document.querySelector('form[data-survey-form]');
  if (!form) return;
  function canonical(value) {
    var n = Number(value);
    return value !== '' && !isNaN(n) ? String(n) : value;
  }
  function given(name) {
    var out = [];
    form.querySelectorAll('[name="' + name + '"]').forEach(function (el) {
      var chosen = el.type === 'radio' || el.type === 'checkbox' ? el.checked : el.value.trim() !== '';
      if (chosen) out.push(canonical(el.value.trim()));
    });
    return out;
  }
  function update() {
    form.querySelectorAll('[data-if]').forEach(function (question) {
      var answers = given('a.' + question.getAttribute('data-if'));
      var answered = question.getAttribute('data-answered');
      var wanted = (question.getAttribute('data-in') || '').split(' ');
      question.hidden = answered
        ? (answers.length > 0) !== (answered === 'true')
        : !answers.some(function (a) { return wanted.indexOf(a) >= 0; });
    });
    form.querySelectorAll('input.other').forEach(function (box) {
      var option = document.getElementById(box.id.replace(/-text$/, ''));
      var label = form.querySelector('label[for="' + box.id + '"]');
      box.hidden = !option.checked;
      if (label) label.hidden = !option.checked;
    });
  }
  form.addEventListener('change', update);
  form.addEventListener('input', update);
  update();
})();
