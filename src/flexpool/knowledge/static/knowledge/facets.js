// The search page shows its results first; facets that were not counted yet are fetched here and
// put in place, with the number of results in the heading. Without JavaScript the panel keeps its
// link, which shows the same page with the facets counted.
(function () {
  "use strict";
  var panel = document.querySelector(".kb-facets[data-url]");
  if (!panel || !window.fetch) return;
  var heading = document.getElementById("kb-results-title");
  fetch(panel.dataset.url, { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
    .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
    .then(function (data) {
      panel.innerHTML = data.html;
      if (heading) heading.textContent = data.heading;
    })
    .catch(function () { /* the link to the counted page stays */ })
    .then(function () { panel.removeAttribute("aria-busy"); });
})();
