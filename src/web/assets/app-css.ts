/**
 * The web view's one stylesheet, as a string so it ships inside the build (Workers have no file
 * system). Mobile first: one column, large tap targets; wider screens get two columns.
 */
export const APP_CSS = `
:root { --ink:#1f2933; --muted:#616e7c; --line:#e4e7eb; --bg:#f7f8fa; --card:#fff; --brand:#3d7ab1; --ok:#2f855a; --bad:#c53030; --warn:#b7791f; }
* { box-sizing: border-box; }
body { margin:0; font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif; color:var(--ink); background:var(--bg); }
a { color:var(--brand); }
.top { display:flex; flex-wrap:wrap; align-items:center; gap:.5rem 1rem; padding:.75rem 1rem; background:var(--card); border-bottom:1px solid var(--line); position:sticky; top:0; z-index:1; }
.brand { font-weight:700; text-decoration:none; color:var(--ink); }
.top nav { display:flex; gap:.25rem; overflow-x:auto; }
.top nav a { padding:.4rem .7rem; border-radius:999px; text-decoration:none; color:var(--muted); white-space:nowrap; }
.top nav a[aria-current="page"] { background:var(--brand); color:#fff; }
main { max-width:960px; margin:0 auto; padding:1rem; display:grid; gap:1rem; }
footer { max-width:960px; margin:0 auto; padding:0 1rem 2rem; }
h1 { font-size:1.35rem; margin:0 0 .5rem; } h2 { font-size:1.1rem; margin:0 0 .5rem; }
.card { position:relative; background:var(--card); border:1px solid var(--line); border-radius:12px; padding:1rem; overflow-x:auto; }
.grid { display:grid; gap:1rem; }
@media (min-width: 720px) { .grid.two { grid-template-columns:1fr 1fr; } }
.figure { font-size:2rem; font-weight:700; }
.muted { color:var(--muted); } .error { color:var(--bad); } .up { color:var(--bad); } .down { color:var(--ok); }
.flash { background:#ebf8ff; border:1px solid #bee3f8; padding:.6rem .8rem; border-radius:8px; margin:0; }
table { width:100%; border-collapse:collapse; } th, td { text-align:left; padding:.45rem .35rem; border-bottom:1px solid var(--line); vertical-align:top; }
td.amount, th.amount { text-align:right; white-space:nowrap; font-variant-numeric:tabular-nums; }
form.inline { display:inline; }
button, .button { font:inherit; padding:.5rem .9rem; border-radius:8px; border:1px solid var(--brand); background:var(--brand); color:#fff; cursor:pointer; text-decoration:none; display:inline-block; min-height:44px; }
button.secondary, .button.secondary { background:#fff; color:var(--brand); }
button.danger { background:#fff; color:var(--bad); border-color:var(--bad); }
button.link { background:none; border:none; color:var(--brand); padding:.5rem 0; min-height:44px; text-decoration:underline; }
label { display:block; font-weight:600; margin:.6rem 0 .2rem; }
input, select { font:inherit; width:100%; padding:.5rem; border:1px solid var(--line); border-radius:8px; background:#fff; min-height:44px; }
input[type=checkbox] { width:auto; min-height:0; }
.field-error { color:var(--bad); font-size:.9rem; margin:.2rem 0 0; }
.actions { display:flex; flex-wrap:wrap; gap:.5rem; margin-top:.75rem; }
.filters { display:grid; gap:.5rem; grid-template-columns:repeat(auto-fit, minmax(140px, 1fr)); align-items:end; }
.chart svg { width:100%; height:auto; display:block; }
.pill { display:inline-block; padding:.1rem .5rem; border-radius:999px; background:var(--bg); border:1px solid var(--line); font-size:.85rem; }
code { background:var(--bg); padding:.1rem .3rem; border-radius:4px; }
/* settings */
dl.settings { margin:0; display:grid; gap:.4rem; } .setting { display:grid; grid-template-columns:minmax(8rem, 30%) 1fr; gap:.5rem; } .setting dt { color:var(--muted); } .setting dd { margin:0; }
ul.plain { list-style:none; padding:0; margin:0 0 .5rem; } ul.plain li { padding:.3rem 0; }
h3 { font-size:1rem; margin:1rem 0 .4rem; }
.code { font-size:1.4rem; letter-spacing:.08em; font-variant-numeric:tabular-nums; }
form.row-form { display:flex; gap:.5rem; align-items:center; } form.row-form input { flex:1; min-width:8rem; }
.visually-hidden { position:absolute; width:1px; height:1px; padding:0; margin:-1px; overflow:hidden; clip:rect(0,0,0,0); white-space:nowrap; border:0; }
label.check { display:flex; gap:.5rem; align-items:center; font-weight:400; }
fieldset { border:1px solid var(--line); border-radius:8px; margin:.6rem 0 0; padding:0 .75rem .6rem; } legend { font-weight:600; padding:0 .25rem; }
.connection { padding:.6rem .8rem; border-radius:8px; border:1px solid var(--line); margin:.75rem 0 0; }
.connection.ok { border-color:var(--ok); color:var(--ok); } .connection.bad { border-color:var(--bad); color:var(--bad); }
/* drafts and ledger (expense form, draft cards, ledger table) */
.field-row { display:grid; gap:0 .75rem; grid-template-columns:2fr 1fr; }
input[type=radio] { width:auto; min-height:0; margin-right:.4rem; }
label.choice { display:flex; align-items:center; font-weight:400; margin:.35rem 0; }
.split-percents { display:grid; gap:.25rem .75rem; grid-template-columns:repeat(auto-fit, minmax(140px, 1fr)); margin:0 0 .35rem 1.6rem; }
.split-percents label.percent { font-weight:400; margin:.2rem 0; }
.draft .figure { margin:0; } .draft p { margin:.2rem 0; }
.draft .question { margin:.6rem 0; padding:.5rem .75rem; border-left:3px solid var(--warn); background:var(--bg); border-radius:4px; } .draft .question .actions { margin-top:.4rem; }
form.undo { margin:0; }
.totals { display:flex; flex-wrap:wrap; gap:.4rem; margin:0; }
.pager { display:flex; gap:1rem; justify-content:space-between; }
td.row-actions { white-space:nowrap; } td.row-actions form.inline { margin-left:.5rem; }
button.link.danger-link { color:var(--bad); }
.visually-hidden { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
/* dashboard */
.month-picker { display:flex; flex-wrap:wrap; gap:.5rem; align-items:center; }
.month-form { display:flex; gap:.5rem; flex:1 1 12rem; }
.month-form input { flex:1; }
ul.owes { margin:0 0 .5rem; padding-left:1.2rem; } ul.owes li { margin:.2rem 0; }
details summary { cursor:pointer; color:var(--muted); margin:.25rem 0; }
h3 { font-size:1rem; margin:.75rem 0 .25rem; }
figure.chart { margin:0 0 .75rem; }

/* ledger on a phone: each expense is a small card of labelled lines instead of a wide row */
@media (max-width: 600px) {
  table.ledger thead { display:none; }
  table.ledger, table.ledger tbody, table.ledger tr, table.ledger td { display:block; width:100%; }
  table.ledger tr { border-bottom:1px solid var(--line); padding:.5rem 0; }
  table.ledger td { border:none; padding:.1rem 0; display:flex; gap:.5rem; justify-content:space-between; text-align:right; }
  /* The label is for eyes only (the "" after "/" gives it empty alternative text): readers have the column header. */
  table.ledger td[data-label]::before { content:attr(data-label) / ""; color:var(--muted); text-align:left; }
  table.ledger td.amount { font-weight:700; }
  table.ledger td.row-actions { justify-content:flex-start; }
}
`;
