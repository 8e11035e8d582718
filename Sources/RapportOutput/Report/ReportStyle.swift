/// The report's inline stylesheet and its one script, so a page needs nothing but itself
/// (no CDN, no fonts, works from file://).
package enum ReportStyle {
  /// Okabe–Ito colours (and 8, a neutral grey for "nothing found") as classes: `s`n strokes, `f`n fills, `b`n legend swatches; dark mode
  /// lightens colour 0 (black), links and the page (the other colours stay, so blue and sky
  /// blue remain apart); print drops backgrounds and keeps charts whole.
  package static let css = """
    :root{--bg:#fff;--fg:#1b1b1b;--muted:#555;--grid:#ddd;--link:#0072B2;--c0:#000;--c1:#E69F00;--c2:#56B4E9;--c3:#009E73;--c4:#F0E442;--c5:#0072B2;--c6:#D55E00;--c7:#CC79A7;--c8:#a0a0a0}
    @media (prefers-color-scheme: dark){:root{--bg:#15171a;--fg:#e8e8e8;--muted:#aaa;--grid:#3a3d42;--link:#56B4E9;--c0:#ddd}}
    body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif}
    main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 3rem}
    h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--grid)}h3{font-size:1rem;margin:1rem 0 .25rem}
    a{color:var(--link)}.lead,.nav{color:var(--muted)}
    table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}th,td{padding:.2rem .6rem;border-bottom:1px solid var(--grid);text-align:left;vertical-align:top}
    .num{text-align:right;font-variant-numeric:tabular-nums}
    th button{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:0;cursor:pointer}
    th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
    figure{margin:.5rem 0}svg.chart{width:100%;height:auto;display:block}
    .grid{stroke:var(--grid);stroke-width:1}.axis{stroke:var(--fg);stroke-width:1}
    .tick{fill:var(--muted);font-size:11px}.axis-title{fill:var(--fg);font-size:12px}.bar-label{fill:#fff;font-size:12px;font-weight:600}
    .line{fill:none;stroke-width:2.5}.dot{stroke:var(--bg);stroke-width:1}
    .rupture{fill:var(--c6)}.repair{fill:var(--c3)}.laughter{fill:none;stroke:var(--fg);stroke-width:1.5}.link{fill:none;stroke:var(--c3);stroke-width:1.5}
    .s0{stroke:var(--c0)}.s1{stroke:var(--c1)}.s2{stroke:var(--c2)}.s3{stroke:var(--c3)}.s4{stroke:var(--c4)}.s5{stroke:var(--c5)}.s6{stroke:var(--c6)}.s7{stroke:var(--c7)}
    .f0{fill:var(--c0)}.f1{fill:var(--c1)}.f2{fill:var(--c2)}.f3{fill:var(--c3)}.f4{fill:var(--c4)}.f5{fill:var(--c5)}.f6{fill:var(--c6)}.f7{fill:var(--c7)}.f8{fill:var(--c8)}
    .b0{background:var(--c0)}.b1{background:var(--c1)}.b2{background:var(--c2)}.b3{background:var(--c3)}.b4{background:var(--c4)}.b5{background:var(--c5)}.b6{background:var(--c6)}.b7{background:var(--c7)}.b8{background:var(--c8)}
    .legend{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.85rem}
    .swatch{display:inline-block;width:.9em;height:.9em;margin-right:.35em;vertical-align:-.1em;border-radius:2px}
    .band{display:inline-block;margin-right:1rem;padding:.1rem .5rem;border:1px solid var(--grid);border-radius:3px}
    .warnings li{color:var(--c6)}.strip h3{font-weight:500}
    @media print{:root{--bg:#fff;--fg:#000;--muted:#333;--grid:#bbb;--c0:#000}body{font-size:10pt}main{max-width:none;padding:0}
    section,figure,table{break-inside:avoid}details>*{display:block}.nav,th button::after{display:none}a{color:#000;text-decoration:none}}
    """

  /// Sorts `table.sortable` by a clicked column: numbers by value (from `data-value`), text
  /// alphabetically; a second click reverses. No network, no libraries.
  package static let sortScript = """
    document.addEventListener("DOMContentLoaded",function(){
    document.querySelectorAll("table.sortable th button").forEach(function(button){
    button.addEventListener("click",function(){
    var th=button.parentNode,table=th.closest("table"),body=table.tBodies[0],column=+button.dataset.column;
    var ascending=th.getAttribute("aria-sort")!=="ascending";
    table.querySelectorAll("th").forEach(function(h){h.setAttribute("aria-sort","none")});
    th.setAttribute("aria-sort",ascending?"ascending":"descending");
    var rows=Array.prototype.slice.call(body.rows);
    function key(row){var cell=row.cells[column],v=cell.getAttribute("data-value");if(v===null)v=cell.textContent;var n=parseFloat(v);return v!==""&&!isNaN(n)&&isFinite(v)?n:v}
    rows.sort(function(a,b){var x=key(a),y=key(b),r;
    if(x===""&&y!=="")return 1;if(y===""&&x!=="")return -1;
    if(typeof x==="number"&&typeof y==="number")r=x-y;else r=String(x).localeCompare(String(y));
    return ascending?r:-r});
    rows.forEach(function(row){body.appendChild(row)})})})});
    """
}
