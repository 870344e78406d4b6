// Polls the progress of a background task until it has finished, then reloads the page once to show the result.
(function () {
  const box = document.querySelector("[data-progress-url]");
  if (!box) return;
  const url = box.dataset.progressUrl;
  (function poll() {
    fetch(url, { headers: { Accept: "application/json" } })
      .then((response) => response.json())
      .then((data) => {
        document.getElementById("task-bar").value = data.percent;
        document.getElementById("task-percent").textContent = data.percent;
        document.getElementById("task-message").textContent = data.message;
        if (data.finished) {
          window.location.reload();
        } else {
          setTimeout(poll, 1000);
        }
      })
      .catch(() => setTimeout(poll, 3000));
  })();
})();
