/* "Is my relationship healthy?": the result is worked out here, in the
   browser. Nothing is sent anywhere and nothing is stored: no requests,
   no cookies, no storage. Without this script the statements show as a
   plain list with the explanation and where to get help. */
(function () {
  "use strict";

  function score(quiz) {
    var answered = 0;
    var points = 0;
    quiz.querySelectorAll("[data-healthy]").forEach(function (statement) {
      var checked = statement.querySelector("input:checked");
      if (!checked) return;
      answered += 1;
      var healthyAnswer = statement.getAttribute("data-healthy") === "yes" ? "yes" : "no";
      if (checked.value === "sometimes") points += 1;
      else if (checked.value !== healthyAnswer) points += 2;
    });
    return { answered: answered, points: points };
  }

  function outcome(result) {
    if (result.answered === 0) return "unanswered";
    if (result.points === 0) return "healthy";
    if (result.points <= 2) return "some";
    return "worrying";
  }

  function enhance(quiz) {
    quiz.classList.add("is-enhanced");
    quiz.querySelectorAll("[data-quiz-answers], [data-quiz-actions]").forEach(function (element) {
      element.hidden = false;
    });
    var resultArea = quiz.querySelector("[data-quiz-result]");
    quiz.querySelector("[data-quiz-show]").addEventListener("click", function () {
      var shown = outcome(score(quiz));
      quiz.querySelectorAll("[data-quiz-message]").forEach(function (message) {
        message.hidden = message.getAttribute("data-quiz-message") !== shown;
      });
      // The sticky header covers the top of the window, and the header's
      // height changes with the language and the text size: measured now,
      // it keeps the result from scrolling in underneath it.
      var header = document.querySelector(".site-header");
      var covered = header ? header.getBoundingClientRect().height : 0;
      resultArea.style.scrollMarginBlockStart = covered + 16 + "px";
      resultArea.focus({ preventScroll: true });
      resultArea.scrollIntoView({ block: "start" });
    });
  }

  function start() {
    document.querySelectorAll("[data-quiz]").forEach(enhance);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
