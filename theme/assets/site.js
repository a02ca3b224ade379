// Progressive enhancements only: the site works without this file.
(function () {
  "use strict";
  document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.value).then(function () {
        button.setAttribute("aria-live", "polite");
        button.textContent = button.textContent.replace(/ ✓$/, "") + " ✓";
      });
    });
  });
})();
