// The live preview of a theme query on the /themes pages: while the query is typed, asks
// GET /api/themes/preview (debounced) for how many answers it finds and shows a few of them.
// A query that does not parse shows the server's hint instead. Without JavaScript the page still
// reads; the preview box then only points to the search.
(function () {
  var field = document.getElementById('query');
  var box = document.getElementById('preview');
  if (!field || !box) { return; }
  var timer = null;
  var asked = 0;

  function paragraph(className, text) {
    var p = document.createElement('p');
    if (className) { p.className = className; }
    p.textContent = text;
    return p;
  }

  function show(result) {
    box.replaceChildren();
    var count = document.createElement('p');
    var strong = document.createElement('strong');
    strong.id = 'preview-count';
    strong.textContent = String(result.total);
    count.append(strong, ' svar i dina kommuner (answers in your municipalities)');
    box.append(count);
    (result.hits || []).forEach(function (hit) {
      var quote = document.createElement('p');
      quote.className = 'quote preview-hit';
      // highlight is HTML-escaped by the server with only <mark> added (as on /search).
      quote.innerHTML = hit.highlight;
      box.append(quote);
    });
  }

  function problem(detail) {
    box.replaceChildren(paragraph('error', detail));
    box.firstChild.id = 'preview-error';
  }

  function preview() {
    var mine = ++asked;
    var url = box.dataset.preview + '?q=' + encodeURIComponent(field.value);
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (answer) {
        if (mine !== asked) { return; } // a newer query is on its way
        if (answer.ok) { show(answer.body); } else { problem(answer.body.detail || 'Fel (Error)'); }
      })
      .catch(function () {
        if (mine === asked) { problem('Förhandsvisningen svarar inte just nu. (The preview does not answer right now.)'); }
      });
  }

  field.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(preview, 300);
  });
  if (field.value.trim() !== '') { preview(); }
})();
