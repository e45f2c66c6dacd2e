// Admin: a box that filters a long list of checkboxes as the editor types
// (the "Languages spoken" list). The list works without this script; ticked
// options are never hidden, so a filter cannot hide a choice already made.
(function () {
  "use strict";

  function fold(text) {
    // "Română" matches "romana", "POLISH" matches "polish".
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function setUp(box) {
    if (box.dataset.choiceFilterReady) return;
    box.dataset.choiceFilterReady = "1";
    var search = box.querySelector("[data-choice-filter-search]");
    var input = box.querySelector("[data-choice-filter-input]");
    var none = box.querySelector("[data-choice-filter-none]");
    var options = Array.prototype.map.call(box.querySelectorAll("input[type=checkbox]"), function (checkbox) {
      var row = checkbox.closest("label").parentNode;
      return { checkbox: checkbox, row: row, text: fold(row.textContent + " " + checkbox.value) };
    });

    function filter() {
      var query = fold(input.value.trim());
      var shown = 0;
      options.forEach(function (option) {
        var show = !query || option.checkbox.checked || option.text.indexOf(query) !== -1;
        option.row.hidden = !show;
        if (show) shown += 1;
      });
      none.hidden = shown > 0;
    }

    input.addEventListener("input", filter);
    input.addEventListener("keydown", function (event) {
      // Enter in the filter box must not submit the whole edit form.
      if (event.key === "Enter") event.preventDefault();
    });
    search.hidden = false;
  }

  function setUpAll() {
    document.querySelectorAll("[data-choice-filter]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
})();
