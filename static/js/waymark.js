/* Waymark: quick exit, a visit that leaves no trail, and search in place.
   Each part enhances plain HTML that already works without JavaScript. */
(function () {
  "use strict";

  var body = document.body;
  var exitUrl = body.dataset.exitUrl;
  var root = document.documentElement;

  /* Quick exit: hide everything at once, then replace this page in the
     session history with the exit destination. */
  function exitPage() {
    root.classList.add("is-exiting");
    document.title = body.dataset.neutralTitle || "";
    // Ask the browser to drop this site's cache and storage. The request is
    // only started, never awaited, so it cannot delay the exit.
    if (window.fetch) {
      fetch("/exit/clear", { keepalive: true, credentials: "omit", cache: "no-store" }).catch(function () {});
    }
    window.location.replace(exitUrl);
  }

  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-exit]")) {
      event.preventDefault();
      exitPage();
    }
  });

  /* Pressing Shift three times within 5 seconds exits (the GOV.UK pattern).
     A Shift used with another key, as in Shift+A, does not count. */
  var status = document.querySelector("[data-exit-status]");
  var presses = 0;
  var timer = null;
  var shiftUsedWithOtherKey = false;

  function announce(message) {
    if (status) status.textContent = message || "";
  }
  function resetPresses() {
    presses = 0;
    clearTimeout(timer);
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Shift") {
      shiftUsedWithOtherKey = event.ctrlKey || event.altKey || event.metaKey;
      return;
    }
    shiftUsedWithOtherKey = true;
    resetPresses();
  }, true);

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift" || shiftUsedWithOtherKey) return;
    presses += 1;
    if (presses >= 3) {
      resetPresses();
      exitPage();
      return;
    }
    if (presses === 1) {
      timer = setTimeout(function () {
        resetPresses();
        announce("");
      }, 5000);
    }
    announce(presses === 1 ? status.dataset.twoMore : status.dataset.oneMore);
  }, true);

  /* A page restored from the back/forward cache after an exit stays hidden
     and leaves again. */
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && root.classList.contains("is-exiting")) {
      window.location.replace(exitUrl);
    }
  });

  /* Leave no trail: links within the site replace the current history
     entry, so a whole visit takes one entry. */
  if (body.hasAttribute("data-leave-no-trail")) {
    document.addEventListener("click", function (event) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      var link = event.target.closest("a[href]");
      if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      var url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      if (url.hash && url.pathname === window.location.pathname && url.search === window.location.search) return;
      event.preventDefault();
      window.location.replace(url.href);
    });
  }

  /* "Use my location" (the directory's search and the home page's front
     door) asks the browser for a position only when the button is clicked,
     puts it in the form and submits it. The position is never stored. */
  function revealGeolocation(scope) {
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

  /* A page swapped in may need stylesheets and scripts this one lacks, as
     the home page's front door, which shows the directory's results: add
     them once, from this site only. */
  function adoptAssets(fresh) {
    fresh.querySelectorAll('head link[rel="stylesheet"]').forEach(function (link) {
      var href = link.getAttribute("href");
      if (document.querySelector('link[rel="stylesheet"][href="' + href + '"]')) return;
      var adopted = document.createElement("link");
      adopted.rel = "stylesheet";
      adopted.href = href;
      document.head.appendChild(adopted);
    });
    fresh.querySelectorAll("head script[src]").forEach(function (script) {
      var src = script.getAttribute("src");
      if (document.querySelector('script[src="' + src + '"]')) return;
      var adopted = document.createElement("script");
      adopted.src = src;
      document.head.appendChild(adopted);
    });
  }

  /* Search: POST the form in the background and swap the results into the
     page. No new history entry, and the terms never reach the address bar. */
  function revealCopyButtons(scope) {
    if (!navigator.clipboard) return;
    scope.querySelectorAll("[data-copy]").forEach(function (button) {
      button.hidden = false;
    });
  }

  /* A page of this site, fetched (`body` makes it a POST) and parsed, for
     scripts that swap part of it into this one; directory.js uses it too. */
  function fetchPage(url, body) {
    var options = { credentials: "same-origin", cache: "no-store" };
    if (body) {
      options.method = "POST";
      options.body = body;
    }
    return fetch(url, options)
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      })
      .then(function (html) {
        return new DOMParser().parseFromString(html, "text/html");
      });
  }
  window.waymarkFetchPage = fetchPage;

  document.addEventListener("submit", function (event) {
    var form = event.target.closest("form[data-swap]");
    if (!form || !window.fetch || !window.DOMParser) return;
    event.preventDefault();
    var data = new FormData(form);
    // The button pressed can carry a value, such as the page to show, or
    // an address of its own, such as the signposting-mode switch.
    if (event.submitter && event.submitter.name) data.append(event.submitter.name, event.submitter.value);
    var action = event.submitter && event.submitter.hasAttribute("formaction") ? event.submitter.formAction : form.action;
    fetchPage(action, data)
      .then(function (fresh) {
        var main = document.querySelector("main");
        adoptAssets(fresh);
        main.innerHTML = fresh.querySelector("main").innerHTML;
        document.title = fresh.title;
        revealCopyButtons(main);
        revealGeolocation(main);
        var heading = main.querySelector("[data-results-heading]") || main.querySelector("h1");
        var results = main.querySelector("[data-results]") || heading;
        if (results) results.scrollIntoView({ block: "start" });
        if (heading) heading.focus({ preventScroll: true });
      })
      .catch(function () {
        if (event.submitter && event.submitter.name) {
          var pressed = document.createElement("input");
          pressed.type = "hidden";
          pressed.name = event.submitter.name;
          pressed.value = event.submitter.value;
          form.appendChild(pressed);
        }
        form.action = action;
        form.submit();
      });
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) return;
    var field = document.querySelector(button.dataset.copy);
    navigator.clipboard.writeText(field.value).then(function () {
      button.textContent = button.dataset.copied;
    });
  });

  /* The sticky header's height changes with the language, the text size
     and the window: measured, it keeps what scrolls into view (results, a
     focused control, a link's target) from landing underneath it. */
  var header = document.querySelector(".site-header");
  var exitButton = document.querySelector(".exit-button");
  function padBelowHeader() {
    if (!header || !exitButton) return;
    // In a short window only the exit button stays in view (waymark.css).
    var below = getComputedStyle(header).position === "sticky"
      ? header.getBoundingClientRect().height
      : exitButton.getBoundingClientRect().bottom;
    root.style.scrollPaddingBlockStart = below + 16 + "px";
  }
  window.addEventListener("resize", padBelowHeader);
  padBelowHeader();

  revealCopyButtons(document);
  revealGeolocation(document);
})();
