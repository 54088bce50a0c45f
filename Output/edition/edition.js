"use strict";
(function () {
  var table = document.querySelector("table.telegrams");
  if (table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var filter = document.getElementById("edition-filter");
    var count = document.getElementById("edition-count");
    var show = function () {
      var query = filter ? filter.value.trim().toLowerCase() : "";
      var shown = 0;
      rows.forEach(function (row) {
        var visible = query === "" || row.textContent.toLowerCase().indexOf(query) >= 0;
        row.hidden = !visible;
        if (visible) { shown += 1; }
      });
      if (count) { count.textContent = shown + " of " + rows.length + " telegrams"; }
    };
    if (filter) { filter.addEventListener("input", show); }
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (header, column) {
      var button = header.querySelector("button");
      if (!button) { return; }
      button.addEventListener("click", function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var key = function (row) {
          var cell = row.cells[column];
          return (cell.getAttribute("data-sort") || cell.textContent).trim().toLowerCase();
        };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
    show();
  }
  var buttons = document.querySelectorAll(".reading-switch button[data-reading]");
  Array.prototype.forEach.call(buttons, function (button) {
    button.addEventListener("click", function () {
      var reading = button.getAttribute("data-reading");
      Array.prototype.forEach.call(buttons, function (other) {
        other.setAttribute("aria-pressed", other === button ? "true" : "false");
      });
      Array.prototype.forEach.call(document.querySelectorAll(".telegram-text[data-reading]"), function (text) {
        text.hidden = text.getAttribute("data-reading") !== reading;
      });
    });
  });
})();
