// Only under `site serve`: reloads the page when a rebuild finishes; shows build errors in the page.
(function () {
  "use strict";
  var source = new EventSource("/_live");
  source.addEventListener("reload", function () { location.reload(); });
})();
