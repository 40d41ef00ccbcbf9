// "Leave now", where JavaScript runs: the Escape key leaves too, and
// leaving replaces this page in the tab's history, so the back button
// does not bring it back. Without JavaScript the link alone works.
(function () {
  var link = document.querySelector("a.leave");
  if (!link) return;
  function leave(e) {
    if (e) e.preventDefault();
    window.location.replace(link.href);
  }
  link.addEventListener("click", leave);
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" || e.key === "Esc") leave(e);
  });
})();
