/* The directory: the signposting-sheet shortlist, a service opened in
   place of the results, and the sheet's print button and notes. ("Use my
   location" is in waymark.js: the home page's front door offers it too.) */
(function () {
  "use strict";

  /* Signposting sheet. The shortlist lives only in addresses (?s=id,id):
     this keeps it in the order services were added, shows how many are on
     it, and carries it in the search form and links so it survives a new
     search. Nothing is stored. Without JavaScript the "Add to sheet" boxes
     belong to a plain GET form that does the same less neatly. */
  function sheetForm() {
    return document.querySelector("[data-sheet-form]");
  }

  function readShortlist(form) {
    return form.dataset.shortlist ? form.dataset.shortlist.split(",") : [];
  }

  function withShortlist(href, ids) {
    var url = new URL(href, window.location.href);
    var params = url.search.replace(/^\?/, "").split("&").filter(function (part) {
      return part && part.indexOf("s=") !== 0;
    });
    if (ids.length) params.unshift("s=" + ids.join(","));
    return url.pathname + (params.length ? "?" + params.join("&") : "") + url.hash;
  }

  function syncShortlist(form, ids) {
    form.dataset.shortlist = ids.join(",");
    var count = form.querySelector("[data-sheet-count]");
    if (count) count.textContent = count.dataset.template.replace("%(count)s", String(ids.length));
    document.querySelectorAll("a[data-carry]").forEach(function (link) {
      link.setAttribute("href", withShortlist(link.getAttribute("href"), ids));
    });
    document.querySelectorAll("form[data-carry]").forEach(function (other) {
      other.setAttribute("action", withShortlist(other.getAttribute("action"), ids));
    });
    document.querySelectorAll("button[formaction][data-carry]").forEach(function (button) {
      button.setAttribute("formaction", withShortlist(button.getAttribute("formaction"), ids));
    });
  }

  function setUpShortlist() {
    var form = sheetForm();
    if (!form || form.dataset.ready) return;
    form.dataset.ready = "1";
    // Boxes the browser restored (Back) may differ from the address.
    var ids = readShortlist(form);
    document.querySelectorAll("[data-sheet-pick]").forEach(function (box) {
      var at = ids.indexOf(box.value);
      if (box.checked && at === -1) ids.push(box.value);
      if (!box.checked && at !== -1) ids.splice(at, 1);
    });
    syncShortlist(form, ids);
  }

  document.addEventListener("change", function (event) {
    var box = event.target.closest("[data-sheet-pick]");
    var form = sheetForm();
    if (!box || !form) return;
    var ids = readShortlist(form).filter(function (id) { return id !== box.value; });
    if (box.checked) ids.push(box.value);
    syncShortlist(form, ids);
  });

  document.addEventListener("submit", function (event) {
    var form = event.target.closest("[data-sheet-form]");
    if (!form) return;
    event.preventDefault();
    var url = withShortlist(form.getAttribute("action"), readShortlist(form));
    if (document.body.hasAttribute("data-leave-no-trail")) window.location.replace(url);
    else window.location.assign(url);
  });

  /* On the sheet: a print button, and notes copied into text that prints
     in full. The notes field has no name and is in no form: it is never
     sent anywhere. */
  document.querySelectorAll("[data-print]").forEach(function (button) {
    if (!window.print) return;
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  var notes = document.querySelector("[data-notes-input]");
  function mirrorNotes() {
    var box = notes.closest("[data-sheet-notes]");
    box.querySelector("[data-notes-text]").textContent = notes.value;
    box.classList.add("has-mirror");
    box.classList.toggle("is-empty", !notes.value.trim());
  }
  if (notes) {
    notes.addEventListener("input", mirrorNotes);
    window.addEventListener("beforeprint", mirrorNotes);
    mirrorNotes();
  }

  /* A service opened from the results is shown in their place, and "Back
     to your results" puts them back as they were, boxes and all. The search
     is remembered by this page alone: in results the service's name is a
     button of a form that POSTs the search to the service page, and that
     POST is what is fetched; nothing goes into an address, a cookie or
     storage. Without JavaScript the form opens the service page, whose
     "Back to your results" sends the search again. Capture, so this runs
     before waymark.js would follow a link. */
  var results = null;

  function moveChildren(from, to) {
    while (from.firstChild) to.appendChild(from.firstChild);
  }

  function openInPlace(url, body, opener, fallback) {
    window.waymarkFetchPage(url, body)
      .then(function (fresh) {
        var main = document.querySelector("main");
        var crumbs = document.querySelector(".breadcrumbs");
        results = { nodes: document.createDocumentFragment(), crumbs: crumbs, title: document.title, url: window.location.href, opener: opener };
        moveChildren(main, results.nodes);
        moveChildren(fresh.querySelector("main"), main);
        if (crumbs) crumbs.replaceWith(fresh.querySelector(".breadcrumbs"));
        document.title = fresh.title;
        history.replaceState(null, "", url);
        main.querySelector("[data-back-to-results]").hidden = false;
        var heading = main.querySelector("h1");
        heading.setAttribute("tabindex", "-1");
        heading.focus();
        window.scrollTo(0, 0);
      })
      .catch(fallback);
  }

  function canOpenInPlace() {
    return window.waymarkFetchPage && window.fetch && window.DOMParser;
  }

  /* A plain link: the national helplines shown before any search. */
  document.addEventListener("click", function (event) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var link = event.target.closest("[data-results] .service-card__name a");
    if (!link || !canOpenInPlace()) return;
    event.preventDefault();
    openInPlace(link.href, null, link, function () {
      if (document.body.hasAttribute("data-leave-no-trail")) window.location.replace(link.href);
      else window.location.assign(link.href);
    });
  }, true);

  /* A result's name: the form carrying the search, POSTed to the service. */
  document.addEventListener("submit", function (event) {
    var button = event.submitter;
    if (!button || !button.closest("[data-results] .service-card__name") || !canOpenInPlace()) return;
    event.preventDefault();
    var form = event.target;
    var url = button.formAction;
    openInPlace(url, new FormData(form), button, function () {
      form.action = url;
      form.submit();
    });
  }, true);

  document.addEventListener("click", function (event) {
    if (!results || !event.target.closest("[data-back-button]")) return;
    event.preventDefault();
    var main = document.querySelector("main");
    while (main.firstChild) main.removeChild(main.firstChild);
    moveChildren(results.nodes, main);
    if (results.crumbs) document.querySelector(".breadcrumbs").replaceWith(results.crumbs);
    document.title = results.title;
    history.replaceState(null, "", results.url);
    results.opener.focus();
    results = null;
  });

  /* While the sheet bar sticks to the foot of the window (directory.css),
     whatever scrolls into view, such as a result focused with Tab, stops
     above it rather than underneath. Measured, as its height changes with
     the language and the text size; the stylesheet allows for it without
     JavaScript. */
  function padAboveSheetBar() {
    var form = sheetForm();
    var sticks = form && getComputedStyle(form).position === "sticky";
    document.documentElement.style.scrollPaddingBlockEnd = sticks ? form.getBoundingClientRect().height + 16 + "px" : "";
  }
  window.addEventListener("resize", padAboveSheetBar);

  /* Results swapped in by waymark.js bring a fresh form. */
  new MutationObserver(function () {
    setUpShortlist();
    padAboveSheetBar();
  }).observe(document.querySelector("main"), { childList: true });
  setUpShortlist();
  padAboveSheetBar();
})();
