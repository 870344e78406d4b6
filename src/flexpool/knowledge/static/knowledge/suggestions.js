// "Kijk eerst hier": while a municipality drafts a capacity request, ask the server for existing
// items and earlier requests that cover the same ground (debounced), and let it record reuse
// without leaving the form. Reuse that is not yet tied to a request travels with the request form as
// hidden "hergebruik" fields, so it is tied to the request when it is saved. Without JavaScript the
// panel stays empty and the form works as usual.
(function () {
  "use strict";
  var panel = document.querySelector(".kb-panel[data-url]");
  if (!panel || !window.fetch) return;
  var results = panel.querySelector("#kb-suggestions");
  var fields = ["id_title", "id_description"].map(function (id) { return document.getElementById(id); })
    .filter(Boolean);
  var timer = null, last = "", controller = null;
  var requestForm = fields.length ? fields[0].form : null;

  // One hidden field per reuse record still to be tied to this request (kept when the list changes).
  var carried = {};
  function carry() {
    if (!requestForm) return;
    Array.prototype.forEach.call(results.querySelectorAll("[data-reuse]"), function (done) {
      if (carried[done.dataset.reuse]) return;
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = "hergebruik";
      input.value = done.dataset.reuse;
      requestForm.appendChild(input);
      carried[done.dataset.reuse] = true;
    });
  }

  function text() {
    return fields.map(function (f) { return f.value; }).join(" ").trim();
  }

  function load() {
    var q = text();
    if (q === last || q.length < 3) return;
    last = q;
    if (controller) controller.abort();
    controller = window.AbortController ? new AbortController() : null;
    var url = panel.dataset.url + "?q=" + encodeURIComponent(q.slice(0, 1500));
    if (panel.dataset.request) url += "&vraag=" + encodeURIComponent(panel.dataset.request);
    fetch(url, { credentials: "same-origin", signal: controller ? controller.signal : undefined,
                 headers: { "X-Requested-With": "fetch" } })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) { results.innerHTML = html; carry(); })
      .catch(function () { /* keep what was shown */ });
  }

  fields.forEach(function (field) {
    field.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(load, 400);
    });
  });
  if (text().length >= 3) load();

  results.addEventListener("submit", function (event) {
    var form = event.target.closest("form.kb-reuse");
    if (!form) return;
    event.preventDefault();
    var button = form.querySelector("button");
    button.disabled = true;
    fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin",
                         headers: { "X-Requested-With": "fetch", "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (data) {
        var done = document.createElement("span");
        done.className = "kb-done";
        done.setAttribute("role", "status");
        done.textContent = data.message;
        if (!data.request) done.dataset.reuse = data.id;
        form.replaceWith(done);
        carry();
      })
      .catch(function () { button.disabled = false; });
  });
})();
