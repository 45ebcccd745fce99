/**
 * The interactive documentation: a self-contained page (no CDN) that loads /openapi.json, lists
 * every operation with its schemas, and lets a reader try requests with a bearer token.
 */
export const DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Retrace API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2329}header{background:#1d3b53;color:#fff;padding:1rem 2rem}
main{padding:1rem 2rem;max-width:70rem}details{border:1px solid #ccd3da;border-radius:6px;margin:.5rem 0;padding:.4rem .8rem}
summary{cursor:pointer}code,pre,textarea{font:13px ui-monospace,monospace}pre{background:#f3f5f7;padding:.6rem;overflow:auto;max-height:24rem}
.m{display:inline-block;width:4.5rem;font-weight:600;text-transform:uppercase}.get{color:#0a6b2b}.post{color:#0b4f99}.patch{color:#8a5a00}.delete{color:#a11}
textarea{width:100%;min-height:6rem}input{width:30rem}button{margin:.3rem 0}
</style></head><body>
<header><h1>Retrace inter-agency API</h1><p>Generated from <a style="color:#cde" href="/openapi.json">/openapi.json</a>.
Token: <input id="token" placeholder="paste a token from POST /auth/login"></p></header>
<main id="ops">Loading…</main>
<script>
const el = (tag, attrs, ...kids) => { const e = document.createElement(tag); Object.assign(e, attrs || {}); kids.forEach(k => e.append(k)); return e; };
function resolve(doc, schema) { return schema && schema.$ref ? doc.components.schemas[schema.$ref.split('/').pop()] : schema; }
async function tryIt(method, path, body, out) {
  const headers = { 'content-type': 'application/json' };
  const token = document.getElementById('token').value.trim();
  if (token) headers.authorization = 'Bearer ' + token;
  const res = await fetch(path, { method: method.toUpperCase(), headers, body: method === 'get' ? undefined : body || undefined });
  out.textContent = res.status + ' ' + res.statusText + '\\n' + JSON.stringify(await res.json().catch(() => null), null, 2);
}
fetch('/openapi.json').then(r => r.json()).then(doc => {
  const ops = document.getElementById('ops'); ops.textContent = '';
  for (const [path, methods] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(methods)) {
    const reqSchema = resolve(doc, op.requestBody?.content?.['application/json']?.schema);
    const out = el('pre'); const body = el('textarea', { placeholder: 'JSON body' });
    const pathInput = el('input', { value: path });
    ops.append(el('details', {}, el('summary', {}, el('span', { className: 'm ' + method, textContent: method }), el('code', { textContent: path }), ' — ' + (op.summary || '')),
      el('p', { textContent: 'Parameters: ' + ((op.parameters || []).map(p => p.name + ' (' + p.in + ')').join(', ') || 'none') }),
      reqSchema ? el('pre', { textContent: 'Body schema:\\n' + JSON.stringify(reqSchema, null, 2) }) : '',
      el('p', {}, 'Path: ', pathInput), method === 'get' ? '' : body,
      el('button', { textContent: 'Send', onclick: () => tryIt(method, pathInput.value, body.value, out) }), out));
  }
});
</script></body></html>`;
