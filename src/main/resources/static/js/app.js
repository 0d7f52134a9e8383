// Wires DKFDS components on page load and in fragments htmx swaps in.
document.addEventListener('DOMContentLoaded', function () {
  DKFDS.init();
});
document.addEventListener('htmx:load', function (event) {
  var el = event.detail.elt;
  if (el === document.body) return;
  el.querySelectorAll('.js-dropdown').forEach(function (d) { new DKFDS.Dropdown(d).init(); });
  el.querySelectorAll('.alert.has-close').forEach(function (a) { new DKFDS.Alert(a).init(); });
});
