/// The edition's style sheet and script: written once into the edition folder, nothing loaded from the
/// network. The script only sorts and filters the index and switches the reading; every page is complete
/// without it.
enum EditionAssets {
    /// `edition.css`. Colours keep a contrast of at least 7:1 (text) and 4.5:1 (secondary text, links).
    static let styleSheet = """
        :root { color-scheme: light; --text: #1b1b1b; --muted: #4a4a4a; --link: #0b4f9c; --rule: #d0d0d0;
          --tint: #f4f1ea; --note: #5a3d00; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--text); background: #fff; font: 1.05rem/1.6 Georgia, "Times New Roman", serif; }
        a { color: var(--link); }
        a:focus, button:focus, input:focus { outline: 3px solid #e0a800; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .25rem .5rem; }
        header.site { background: var(--tint); border-bottom: 1px solid var(--rule); padding: .6rem 1.2rem; }
        header.site nav a { margin-right: 1.2rem; font-family: system-ui, sans-serif; font-size: .95rem; }
        header.site nav a[aria-current="page"] { font-weight: bold; color: var(--text); }
        main { max-width: 56rem; margin: 0 auto; padding: 1rem 1.2rem 3rem; }
        main.wide { max-width: 80rem; }
        h1 { font-size: 1.5rem; line-height: 1.3; }
        h2 { font-size: 1.2rem; margin-top: 2rem; }
        h3 { font-size: 1rem; margin: 1rem 0 .3rem; font-family: system-ui, sans-serif; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; font-family: system-ui, sans-serif;
          font-size: .95rem; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        .reading-switch { margin: 1.2rem 0 .6rem; font-family: system-ui, sans-serif; font-size: .9rem; }
        .reading-switch button { font: inherit; padding: .2rem .7rem; border: 1px solid var(--muted); background: #fff;
          color: var(--text); cursor: pointer; }
        .reading-switch button[aria-pressed="true"] { background: var(--text); color: #fff; }
        .reading-switch button:disabled { cursor: default; }
        .telegram-text { border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); padding: .8rem 0; }
        .telegram-text p, .telegram-text .tei-opener, .telegram-text .tei-closer, .telegram-text .tei-list,
        .telegram-text .tei-head, .telegram-text .tei-postscript, .telegram-text .tei-floatingText { margin: 0 0 .9rem; }
        .telegram-text .tei-head { font-weight: bold; }
        .telegram-text .tei-item { margin: 0 0 .4rem; }
        .telegram-text .tei-closer, .telegram-text .tei-signed { text-align: right; }
        .telegram-text .tei-note { color: var(--note); font-size: .92em; }
        .telegram-text .tei-supplied, .telegram-text .tei-gap { color: var(--muted); }
        .telegram-text .tei-floatingText { border-left: 3px solid var(--rule); padding-left: .8rem; }
        a.name { text-decoration: none; border-bottom: 1px dotted var(--link); }
        a.name:hover { border-bottom-style: solid; }
        .provisional { font-family: system-ui, sans-serif; font-size: .8rem; color: var(--muted); }
        table.telegrams { border-collapse: collapse; width: 100%; font-family: system-ui, sans-serif; font-size: .92rem; }
        table.telegrams th, table.telegrams td { text-align: left; vertical-align: top; padding: .35rem .5rem;
          border-bottom: 1px solid var(--rule); }
        table.telegrams th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer;
          color: var(--text); }
        table.telegrams td.date { white-space: nowrap; }
        .filter { font-family: system-ui, sans-serif; margin: 1rem 0; }
        .filter input { font: inherit; padding: .3rem .5rem; width: min(30rem, 100%); }
        .register section { border-bottom: 1px solid var(--rule); padding-bottom: .6rem; }
        .register ul { margin: .2rem 0; padding-left: 1.2rem; }
        .downloads { font-family: system-ui, sans-serif; font-size: .95rem; }
        footer.site { max-width: 56rem; margin: 0 auto; padding: 1rem 1.2rem; color: var(--muted);
          font-family: system-ui, sans-serif; font-size: .85rem; }

        """

    /// `edition.js`: the index's sorting and filtering, the reading switch.
    static let script = """
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

        """
}
