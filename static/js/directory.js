/* "Use my location": asks the browser for a position only when the button
   is clicked, puts it in the search form and submits it (waymark.js then
   swaps the results in). The position is never stored. */
(function () {
  "use strict";

  function reveal(scope) {
    if (!navigator.geolocation) return;
    scope.querySelectorAll("[data-geolocate]").forEach(function (button) {
      button.hidden = false;
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-geolocate]");
    if (!button) return;
    var form = button.form;
    var status = form.querySelector("[data-geolocate-status]");
    status.textContent = button.dataset.locating;
    navigator.geolocation.getCurrentPosition(function (position) {
      form.querySelector("[data-lat]").value = position.coords.latitude.toFixed(5);
      form.querySelector("[data-lng]").value = position.coords.longitude.toFixed(5);
      form.querySelector("[data-where]").value = "";
      status.textContent = "";
      if (form.requestSubmit) form.requestSubmit(); else form.submit();
    }, function () {
      status.textContent = button.dataset.failed;
    }, { enableHighAccuracy: false, timeout: 15000, maximumAge: 0 });
  });

  /* Typing a place replaces a position from the device. */
  document.addEventListener("input", function (event) {
    if (!event.target.matches("[data-where]")) return;
    var form = event.target.form;
    form.querySelector("[data-lat]").value = "";
    form.querySelector("[data-lng]").value = "";
  });

  /* Results swapped in by waymark.js bring a fresh form. */
  new MutationObserver(function () { reveal(document); }).observe(document.querySelector("main"), { childList: true });
  reveal(document);
})();
