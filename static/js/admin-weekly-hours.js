// Admin service form: shortcuts that fill in the ordinary opening-period
// forms (Wagtail's inline panel), which the editor then checks and saves.
// Without this script the tools stay hidden and periods are added by hand.
(function () {
  "use strict";

  var PREFIX = "schedule_periods";
  var WEEKDAYS = ["0", "1", "2", "3", "4"];

  function field(index, name) {
    return document.getElementById("id_" + PREFIX + "-" + index + "-" + name);
  }

  function liveIndexes() {
    // Every period form not marked for deletion.
    var total = Number(document.getElementById("id_" + PREFIX + "-TOTAL_FORMS").value);
    var indexes = [];
    for (var index = 0; index < total; index += 1) {
      var deleted = field(index, "DELETE");
      if (field(index, "weekday") && !(deleted && deleted.value === "1")) indexes.push(index);
    }
    return indexes;
  }

  function set(input, value) {
    input.value = value;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function addPeriod(weekday, opens, closes) {
    // Hours for the whole service only: a place chosen by script would not
    // show in the place chooser, and the editor could not see it.
    var exists = liveIndexes().some(function (index) {
      return field(index, "weekday").value === weekday && field(index, "opens_at").value === opens &&
        field(index, "closes_at").value === closes && !(field(index, "location") || {}).value;
    });
    if (exists) return false;
    document.getElementById("id_" + PREFIX + "-ADD").click();
    var index = Number(document.getElementById("id_" + PREFIX + "-TOTAL_FORMS").value) - 1;
    set(field(index, "weekday"), weekday);
    set(field(index, "opens_at"), opens);
    set(field(index, "closes_at"), closes);
    addCopyTools(index);
    return true;
  }

  function report(tools, status, added) {
    status.textContent = added ? tools.dataset.added.replace("{count}", added) : tools.dataset.noneAdded;
  }

  function addCopyTools(index) {
    var weekday = field(index, "weekday");
    var tools = document.querySelector("[data-weekly-hours]");
    var form = document.getElementById("inline_child_" + PREFIX + "-" + index);
    if (!form || form.querySelector(".weekly-hours__copy")) return;
    var fieldset = document.createElement("fieldset");
    fieldset.className = "weekly-hours__copy";
    var legend = document.createElement("legend");
    legend.textContent = tools.dataset.copyLabel;
    fieldset.appendChild(legend);
    tools.querySelectorAll("[data-weekday-names] li").forEach(function (day) {
      var label = document.createElement("label");
      var box = document.createElement("input");
      box.type = "checkbox";
      box.value = day.dataset.value;
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + day.textContent));
      fieldset.appendChild(label);
    });
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-small button-secondary";
    button.textContent = tools.dataset.copyButton;
    button.addEventListener("click", function () {
      var location = field(index, "location");
      if (location && location.value) {
        status.textContent = tools.dataset.forAPlace;
        return;
      }
      var added = 0;
      fieldset.querySelectorAll("input:checked").forEach(function (box) {
        if (box.value !== weekday.value && addPeriod(box.value, field(index, "opens_at").value, field(index, "closes_at").value)) {
          added += 1;
        }
        box.checked = false;
      });
      report(tools, status, added);
    });
    fieldset.appendChild(button);
    // Said next to the button, which may be far below the presets.
    var status = document.createElement("span");
    status.setAttribute("role", "status");
    fieldset.appendChild(status);
    weekday.closest("[data-inline-panel-child] .w-panel__content, [data-inline-panel-child]").appendChild(fieldset);
  }

  function start() {
    var tools = document.querySelector("[data-weekly-hours]");
    if (!tools || !document.getElementById("id_" + PREFIX + "-ADD")) return;
    tools.hidden = false;
    liveIndexes().forEach(addCopyTools);
    tools.querySelector('[data-weekly-preset="weekdays"]').addEventListener("click", function () {
      var added = WEEKDAYS.filter(function (weekday) { return addPeriod(weekday, "09:00", "17:00"); }).length;
      report(tools, tools.querySelector("[data-weekly-status]"), added);
    });
    tools.querySelector('[data-weekly-preset="always"]').addEventListener("click", function () {
      var always = document.getElementById("id_open_24_7");
      always.checked = true;
      always.dispatchEvent(new Event("change", { bubbles: true }));
      tools.querySelector("[data-weekly-status]").textContent = tools.dataset.ticked247;
    });
    // Periods added with the ordinary "Add" button get the copy tools too.
    document.addEventListener("w-formset:added", function () {
      window.setTimeout(function () { liveIndexes().forEach(addCopyTools); }, 0);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
