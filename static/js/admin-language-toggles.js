// Admin edit forms: one button per language, named "Cymraeg (Welsh)", that
// shows or hides that language's fields. Replaces wagtail-modeltranslation's
// own picker (turned off in settings), which shows bare codes ("CY") and
// hides a whole group of fields when only one of them is translated.
// Without JavaScript every field shows, labelled "Name [cy]".
(function () {
  "use strict";

  var data = document.getElementById("admin-languages");
  if (!data) return;
  var config = JSON.parse(data.textContent);
  var byCode = {};
  config.languages.forEach(function (language) { byCode[language.code] = language; });
  // modeltranslation labels each field "Name [cy]".
  var CODE = / \[([a-z]{2,3}(?:-[a-z]+)?)\]\s*\*?\s*$/;
  var groups = {};
  var shown = {};
  shown[config.default] = true;

  function nameNode(language) {
    // The language's own name marked with its language and direction, so
    // "اردو" reads right to left inside a left-to-right label.
    var fragment = document.createDocumentFragment();
    var own = document.createElement("span");
    own.lang = language.code;
    own.dir = language.dir;
    own.textContent = language.own;
    fragment.appendChild(own);
    if (language.english) fragment.appendChild(document.createTextNode(" (" + language.english + ")"));
    return fragment;
  }

  function labelOf(element) {
    if (element.tagName === "SECTION") return element.querySelector("[data-panel-heading-text]");
    return element.querySelector(":scope > label.w-field__label");
  }

  function relabel(label, language) {
    // "Name [cy]" becomes "Name: Cymraeg (Welsh)", leaving any required mark alone.
    var walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var at = node.data.lastIndexOf(" [" + language.code + "]");
      if (at === -1) continue;
      var rest = node.data.slice(at + language.code.length + 3);
      node.data = node.data.slice(0, at) + ": ";
      var after = node.nextSibling;
      node.parentNode.insertBefore(nameNode(language), after);
      if (rest.trim()) node.parentNode.insertBefore(document.createTextNode(rest), after);
      return;
    }
  }

  function sortFields(root) {
    root.querySelectorAll("section.w-panel, div.w-panel__wrapper").forEach(function (element) {
      if (element.dataset.languageCode) return;
      var label = labelOf(element);
      var match = label && CODE.exec(label.textContent);
      if (!match || !byCode[match[1]]) return;
      var code = match[1];
      element.dataset.languageCode = code;
      (groups[code] = groups[code] || []).push(element);
      relabel(label, byCode[code]);
      // Typing Urdu or Arabic into a left-to-right box puts punctuation on
      // the wrong side; each box takes its language's direction.
      element.querySelectorAll("input[type=text], textarea").forEach(function (box) {
        box.lang = code;
        box.dir = byCode[code].dir;
      });
      element.hidden = !shown[code];
      // A field with an error must never be hidden.
      if (element.querySelector(".error-message, .w-field--error")) shown[code] = true;
    });
  }

  function show(code, visible) {
    shown[code] = visible;
    (groups[code] || []).forEach(function (element) { element.hidden = !visible; });
    var button = document.querySelector('.language-toggles button[data-language="' + code + '"]');
    if (button) button.setAttribute("aria-pressed", visible ? "true" : "false");
  }

  function buildBar(form) {
    var bar = document.createElement("div");
    bar.className = "language-toggles";
    var heading = document.createElement("p");
    heading.className = "language-toggles__heading";
    heading.id = "language-toggles-heading";
    heading.textContent = config.heading;
    bar.appendChild(heading);
    var list = document.createElement("ul");
    list.setAttribute("aria-labelledby", heading.id);
    config.languages.forEach(function (language) {
      if (!groups[language.code]) return;
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "button button-small button-secondary";
      button.dataset.language = language.code;
      button.appendChild(nameNode(language));
      button.addEventListener("click", function () {
        show(language.code, button.getAttribute("aria-pressed") !== "true");
      });
      item.appendChild(button);
      list.appendChild(item);
    });
    bar.appendChild(list);
    // A tabbed form (pages) has no padding of its own: line up with the tabs.
    if (form.querySelector(".w-tabs")) bar.classList.add("nice-padding");
    form.insertBefore(bar, form.firstChild);
  }

  function start() {
    var form = document.querySelector("form[data-edit-form]");
    if (!form) return;
    sortFields(form);
    if (Object.keys(groups).length === 0) return;
    buildBar(form);
    Object.keys(groups).forEach(function (code) { show(code, !!shown[code]); });
    // Fields of a newly added phone, closed day or area join their language.
    document.addEventListener("w-formset:added", function () {
      sortFields(form);
    });
  }

  function nameCopyButtons() {
    // modeltranslation's "Copy content from" buttons on rich content fields
    // show the code too; they copy by their data-lang-code ("body_zh_hans"),
    // not by their text, so the text can be the language's name.
    document.querySelectorAll("button.translation-field-copy").forEach(function (button) {
      var match = /_([a-z]{2,3}(?:_[a-z]+)?)$/.exec(button.getAttribute("data-lang-code") || "");
      var language = match && byCode[match[1].replace("_", "-")];
      if (!language) return;
      button.textContent = "";
      button.appendChild(nameNode(language));
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
  // Those buttons are added by a jQuery ready handler, which runs after ours.
  window.addEventListener("load", function () { window.setTimeout(nameCopyButtons, 0); });
})();
