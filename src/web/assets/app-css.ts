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
.card { background:var(--card); border:1px solid var(--line); border-radius:12px; padding:1rem; overflow-x:auto; }
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
button.link { background:none; border:none; color:var(--brand); padding:0; min-height:0; text-decoration:underline; }
label { display:block; font-weight:600; margin:.6rem 0 .2rem; }
input, select { font:inherit; width:100%; padding:.5rem; border:1px solid var(--line); border-radius:8px; background:#fff; min-height:44px; }
input[type=checkbox] { width:auto; min-height:0; }
.field-error { color:var(--bad); font-size:.9rem; margin:.2rem 0 0; }
.actions { display:flex; flex-wrap:wrap; gap:.5rem; margin-top:.75rem; }
.filters { display:grid; gap:.5rem; grid-template-columns:repeat(auto-fit, minmax(140px, 1fr)); align-items:end; }
.chart svg { width:100%; height:auto; display:block; }
.pill { display:inline-block; padding:.1rem .5rem; border-radius:999px; background:var(--bg); border:1px solid var(--line); font-size:.85rem; }
code { background:var(--bg); padding:.1rem .3rem; border-radius:4px; }
`;
