// The editor's page: sends the copy to POST /api/v1/check and shows the answer over the copy.
// Safety rule for this file: copy and answer strings only ever become text nodes or attribute values
// (textContent, append(string), setAttribute); nothing here assigns innerHTML.
'use strict';
(() => {
  const SVG = 'http://www.w3.org/2000/svg';
  const VERDICTS = {
    SUPPORTED: {mark: '✓', word: 'supported', cls: 'v-supported'},
    REFUTED: {mark: '✗', word: 'refuted', cls: 'v-refuted'},
    MISLEADING: {mark: '!', word: 'misleading', cls: 'v-misleading'},
    UNVERIFIABLE: {mark: '?', word: 'unverifiable', cls: 'v-unverifiable'},
    NOT_CHECKED: {mark: '–', word: 'not checked', cls: 'v-notchecked'},
  };
  const ORDER = ['SUPPORTED', 'REFUTED', 'MISLEADING', 'UNVERIFIABLE'];
  const $ = (id) => document.getElementById(id);
  let last = null; // {story, answer}: what the buttons copy, download and report on
  let opener = null; // the claim whose panel is open, to give focus back on close

  /** An element with optional class and children (strings become text nodes). */
  function el(tag, cls, ...children) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    e.append(...children.filter((c) => c !== null && c !== undefined));
    return e;
  }

  function storyFromForm() {
    const story = {text: $('text').value, publishedAt: $('publishedAt').value};
    for (const field of ['dateline', 'url']) {
      const value = $(field).value.trim();
      if (value) story[field] = value;
    }
    return story;
  }

  /** A problem document (RFC 9457) in words; raw text only when the answer is not one. */
  async function problemText(response) {
    const body = await response.text();
    try {
      const problem = JSON.parse(body);
      return (problem.title ? problem.title + ': ' : '') + (problem.detail || 'HTTP ' + response.status);
    } catch (e) {
      return 'The check failed (HTTP ' + response.status + ')' + (body ? ': ' + body.slice(0, 300) : '');
    }
  }

  function post(story, accept) {
    return fetch('api/v1/check', {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Accept': accept},
      body: JSON.stringify(story),
    });
  }

  async function check(event) {
    event.preventDefault();
    const story = storyFromForm();
    $('error').textContent = '';
    $('claimreview-box').hidden = true;
    closePanel();
    if (!story.text.trim()) { $('error').textContent = 'Paste the copy to check first.'; $('text').focus(); return; }
    if (!story.publishedAt) { $('error').textContent = 'Give the publication date.'; $('publishedAt').focus(); return; }
    $('status').textContent = 'Checking…';
    $('check').disabled = true;
    try {
      const response = await post(story, 'application/json');
      if (!response.ok) {
        $('status').textContent = '';
        $('error').textContent = await problemText(response);
        return;
      }
      const answer = await response.json();
      last = {story, answer};
      render(story.text, answer);
      if (story.dateline) { // what can be checked where the story was filed
        $('coverage-place').value = story.dateline;
        showCoverage(story.dateline);
      }
      $('status').textContent = 'Checked.';
      $('copy-claimreview').disabled = false;
      $('download-json').disabled = false;
    } catch (e) {
      $('status').textContent = '';
      $('error').textContent = 'The check could not be reached: ' + e.message;
    } finally {
      $('check').disabled = false;
    }
  }

  function summaryLine(answer) {
    const s = answer.summary || {};
    const n = s.claims ?? answer.claims.length;
    const parts = ORDER.filter((v) => s[v]).map((v) => s[v] + ' ' + VERDICTS[v].word);
    const notChecked = s.notChecked ?? (answer.notChecked || []).length;
    let line = n + (n === 1 ? ' claim' : ' claims') + (parts.length ? ': ' + parts.join(', ') : '');
    if (notChecked) line += '; ' + notChecked + ' not checked';
    return line;
  }

  /** The copy, rebuilt from text nodes: claims (and claims not checked) as buttons, dates underlined. */
  function render(text, answer) {
    $('summary').textContent = summaryLine(answer);
    const marks = [
      ...answer.claims.map((c) => ({item: c, verdict: c.verdict?.verdict || 'UNVERIFIABLE'})),
      ...(answer.notChecked || []).map((n) => ({item: n, verdict: 'NOT_CHECKED'})),
    ].filter((m) => m.item.span && m.item.span.end > m.item.span.start)
      .sort((a, b) => a.item.span.start - b.item.span.start);
    const dates = (answer.dates || []).filter((d) => d.span).sort((a, b) => a.span.start - b.span.start);
    const copy = $('copy');
    const descriptions = $('descriptions');
    copy.replaceChildren();
    descriptions.replaceChildren();
    let pos = 0;
    marks.forEach((m, i) => {
      const {start, end} = m.item.span;
      if (start < pos || end > text.length) return; // overlapping or out of range: left as plain copy
      appendWithDates(copy, text, pos, start, dates);
      copy.append(claimElement(m, i, text, dates));
      pos = end;
    });
    appendWithDates(copy, text, pos, text.length, dates);
  }

  function claimElement(m, i, text, dates) {
    const v = VERDICTS[m.verdict] || VERDICTS.UNVERIFIABLE;
    const e = el('span', 'claim ' + v.cls);
    e.setAttribute('role', 'button');
    e.tabIndex = 0;
    e.setAttribute('aria-haspopup', 'dialog');
    e.dataset.index = String(i);
    e.dataset.verdict = m.verdict;
    if (m.item.id) e.dataset.id = m.item.id;
    appendWithDates(e, text, m.item.span.start, m.item.span.end, dates);
    e.append(el('span', 'badge', ' ' + v.mark + ' ' + v.word));
    const open = () => openPanel(m, e);
    e.addEventListener('click', open);
    e.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); open(); }
    });
    return e;
  }

  /** text[from, to) with each date in it underlined; its reading is a CSS tooltip (hover and focus) and the
   *  accessible description (no title too: it would show a second tooltip). */
  function appendWithDates(parent, text, from, to, dates) {
    let pos = from;
    for (const d of dates) {
      const s = Math.max(d.span.start, from);
      const e = Math.min(d.span.end, to);
      if (s >= e || s < pos) continue;
      parent.append(text.slice(pos, s));
      const reading = dateReading(d);
      const u = el('span', 'date', text.slice(s, e));
      u.tabIndex = 0;
      u.dataset.value = reading;
      const id = 'date-desc-' + $('descriptions').childElementCount;
      $('descriptions').append(Object.assign(el('span', null, reading), {id}));
      u.setAttribute('aria-describedby', id);
      parent.append(u);
      pos = e;
    }
    if (to > pos) parent.append(text.slice(pos, to));
  }

  function dateReading(d) {
    let words = 'Read as ' + (d.value ?? 'no value');
    if (d.mod) words += ' (' + d.mod.toLowerCase().replace('_', ' ') + ')';
    const r = (d.readings || [])[0];
    if (r && r.start && r.start !== d.value) words += r.end && r.end !== r.start ? ': ' + r.start + ' to ' + r.end : ': ' + r.start;
    return words;
  }

  // ---- The panel -------------------------------------------------------------------------------------------

  function openPanel(m, opener_) {
    opener = opener_;
    const item = m.item;
    const v = VERDICTS[m.verdict] || VERDICTS.UNVERIFIABLE;
    const panel = $('panel');
    $('panel-title').replaceChildren(el('span', 'badge ' + v.cls, v.mark + ' ' + v.word.toUpperCase()), ' ', item.text);
    const body = $('panel-body');
    body.replaceChildren();
    if (m.verdict === 'NOT_CHECKED') {
      body.append(el('p', 'verdict-line', 'Not checked: ', item.reason || 'no reason given'),
        fields('Read as', {kind: item.kind}));
    } else {
      const verdict = item.verdict || {};
      const confidence = typeof verdict.confidence === 'number' ? Math.round(verdict.confidence * 100) + '% confidence' : '';
      body.append(...[ // DOM append would write a null out as the word "null"
        el('p', 'verdict-line', 'Verdict: ' + (verdict.verdict || 'UNVERIFIABLE') + (confidence ? ', ' + confidence : '')),
        item.attributedTo ? el('p', null, 'Attributed to: ', el('strong', null, item.attributedTo)) : null,
        fields('The claim as read (' + item.kind + ')', item.claim),
        el('h3', null, 'Explanation'), el('p', 'explanation', verdict.explanation || 'No explanation.'),
      ].filter(Boolean));
      if (item.inferred && item.inferred.length) {
        body.append(el('h3', null, 'Taken from outside the claim\'s words'),
          el('ul', null, ...item.inferred.map((n) => el('li', null, n))));
      }
      const wording = verdict.claim?.suggestedWording;
      if (wording) body.append(el('h3', null, 'Suggested wording'), el('p', 'suggested', wording));
      body.append(evidence(verdict.evidence || []));
      const picture = el('figure', 'picture', el('p', 'muted', 'Drawing the picture…'));
      picture.setAttribute('aria-label', 'Picture of the records behind this claim');
      body.append(el('h3', null, 'Picture'), picture);
      loadPicture(item, picture);
      body.append(reportForm(item));
    }
    panel.hidden = false;
    panel.focus();
  }

  function closePanel() {
    if ($('panel').hidden) return;
    $('panel').hidden = true;
    if (opener && document.contains(opener)) opener.focus();
    opener = null;
  }

  function fields(title, claim) {
    const dl = el('dl', 'fields');
    for (const [key, value] of Object.entries(claim || {})) {
      if (value === null || value === undefined) continue;
      const shown = key === 'context' && value && value.publishedAt ? 'published ' + value.publishedAt
        : typeof value === 'object' ? JSON.stringify(value) : String(value);
      dl.append(el('dt', null, key), el('dd', null, shown));
    }
    return el('div', null, el('h3', null, title), dl);
  }

  /** Only http(s) addresses become links; anything else stays text. */
  function safeLink(url, label) {
    try {
      const u = new URL(url);
      if (u.protocol === 'http:' || u.protocol === 'https:') {
        const a = el('a', null, label);
        a.href = u.href;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        return a;
      }
    } catch (e) { /* not an absolute URL: shown as text below */ }
    return el('span', 'url-text', label + ' (' + url + ')');
  }

  function evidence(list) {
    const box = el('div', null, el('h3', null, 'Evidence'));
    if (!list.length) { box.append(el('p', 'muted', 'No records cited.')); return box; }
    box.append(el('ul', 'evidence', ...list.map((ev) => el('li', null,
      ev.url ? safeLink(ev.url, ev.source || ev.url) : (ev.source || 'unnamed source'),
      ev.role ? el('span', 'role', ' (' + ev.role + ')') : null,
      ev.record ? el('div', 'record', ev.record) : null))));
    return box;
  }

  // ---- Pictures: GET /api/v1/context/{kind} with the claim's fields, drawn as SVG ----------------------------

  function contextQuery(item) {
    const c = item.claim || {};
    const publishedAt = c.context?.publishedAt;
    const pick = {
      official: {name: c.name, position: c.position, jurisdiction: c.jurisdiction, asOf: c.asOf || publishedAt, status: c.status},
      date: {event: c.event, date: c.date, place: c.place, publishedAt},
      casualties: {place: c.place, event: c.event, measure: c.measure, count: c.count, qualifier: c.qualifier,
        asOf: c.asOf, source: c.source, publishedAt},
    }[item.kind];
    if (!pick) return null;
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(pick)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
    return 'api/v1/context/' + item.kind + '?' + q;
  }

  async function loadPicture(item, figure) {
    const none = (why) => figure.replaceChildren(el('p', 'muted no-picture', 'No picture for this claim' + (why ? ': ' + why : '.')));
    const url = contextQuery(item);
    if (!url) return none();
    try {
      const response = await fetch(url, {headers: {Accept: 'application/json'}});
      if (response.status !== 200) return none();
      const context = await response.json();
      const svg = draw(item.kind, context, item.claim);
      if (!svg) return none(context.reason);
      figure.replaceChildren(svg);
    } catch (e) {
      none();
    }
  }

  function svgEl(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /** "2021", "2021-02" and "2021-02-01" as milliseconds (the start of that year, month or day). */
  function ms(date) {
    if (!date) return NaN;
    const s = String(date);
    const iso = /^\d{4}$/.test(s) ? s + '-01-01' : /^\d{4}-\d{2}$/.test(s) ? s + '-01' : s.slice(0, 10);
    return Date.parse(iso + 'T00:00:00Z');
  }
  const DAY = 86400000;
  /** A label's anchor that keeps it inside the 640-wide picture. */
  const anchor = (px) => (px > 570 ? 'end' : px < 70 ? 'start' : 'middle');

  /** A time axis over [from, to] with ticks a person can read: years, or months over short spans. */
  function timeAxis(svg, from, to, x0, x1, y) {
    const x = (t) => x0 + (x1 - x0) * (t - from) / Math.max(to - from, DAY);
    const g = svgEl('g', {class: 'axis'});
    g.append(svgEl('line', {x1: x0, x2: x1, y1: y, y2: y}));
    const years = (to - from) / (365.25 * DAY);
    const a = new Date(from);
    const ticks = [];
    if (years > 2) {
      const step = Math.max(1, Math.ceil(years / 8));
      for (let yr = a.getUTCFullYear() + 1; Date.UTC(yr, 0, 1) <= to; yr += step) ticks.push([Date.UTC(yr, 0, 1), String(yr)]);
    } else {
      const step = Math.max(1, Math.ceil(years * 12 / 8));
      for (let d = new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + 1, 1)); d <= to; d.setUTCMonth(d.getUTCMonth() + step)) {
        ticks.push([d.getTime(), d.toISOString().slice(0, 7)]);
      }
    }
    for (const [t, label] of ticks) {
      g.append(svgEl('line', {x1: x(t), x2: x(t), y1: y, y2: y + 5}),
        svgEl('text', {x: x(t), y: y + 17, 'text-anchor': anchor(x(t))}, label));
    }
    svg.append(g);
    return x;
  }

  function markDate(svg, x, t, top, bottom, label) {
    const g = svgEl('g', {class: 'marked-date'});
    g.append(svgEl('line', {x1: x(t), x2: x(t), y1: top, y2: bottom}),
      svgEl('text', {x: x(t), y: top - 4, 'text-anchor': anchor(x(t))}, label));
    svg.append(g);
  }

  function frame(height, title) {
    const svg = svgEl('svg', {viewBox: '0 0 640 ' + height, role: 'img', class: 'chart', width: '100%'});
    svg.append(svgEl('title', {}, title));
    return svg;
  }

  /** Officials: each holder's term on a time axis around the claim's date; the matched person's terms stand out. */
  function drawOfficial(ctx, claim) {
    if (!ctx || !ctx.post || !(ctx.holders || []).length) return null;
    const from = ms(ctx.window?.from ?? ctx.holders.map((h) => h.start).sort()[0]);
    let to = ms(ctx.window?.to ?? ctx.asOf);
    if (!(to > from)) return null;
    // a window that ends at a source's snapshot with a term still open: leave room to draw what is not known
    if (ctx.holders.some((h) => h.open && !h.end && h.snapshot && ms(h.snapshot) >= to - DAY)) to += (to - from) * 0.08;
    const rows = ctx.holders.length;
    const height = 60 + rows * 26;
    const svg = frame(height, ctx.post + (ctx.jurisdiction ? ' (' + ctx.jurisdiction + ')' : '') + ': holders around ' + ctx.asOf);
    const axisY = height - 28;
    const x = timeAxis(svg, from, to, 10, 630, axisY);
    const clip = (t) => Math.min(Math.max(t, from), to);
    ctx.holders.forEach((h, i) => {
      const y = 26 + i * 26;
      const start = clip(ms(h.start));
      // an open term is known only to its source's snapshot: past it, it is drawn as uncertain
      const uncertainFrom = h.endUncertainFrom || (h.open && !h.end && h.snapshot ? h.snapshot : null);
      const certainEnd = h.end ? ms(h.end) : uncertainFrom ? ms(uncertainFrom) : to;
      const g = svgEl('g', {class: 'term' + (h.matched ? ' matched' : '')});
      g.append(svgEl('title', {}, h.person + ': ' + h.start + ' to '
        + (h.end ?? (h.snapshot ? 'open at the source\'s snapshot ' + h.snapshot : 'open'))));
      const solidFrom = h.startPrecision && h.startPrecision !== 'day' ? clip(start + 180 * DAY) : start;
      const solidTo = clip(uncertainFrom ? ms(uncertainFrom) : h.open || !h.end ? Math.min(certainEnd, to) : certainEnd);
      if (solidFrom > start) g.append(svgEl('rect', {class: 'uncertain', x: x(start), y, width: x(solidFrom) - x(start), height: 16}));
      g.append(svgEl('rect', {class: 'bar', x: x(solidFrom), y, width: Math.max(x(solidTo) - x(solidFrom), 2), height: 16}));
      const uncertainTo = uncertainFrom ? clip(h.end ? ms(h.end) : to) : (h.open || !h.end) ? to : null;
      if (uncertainTo !== null && uncertainTo > solidTo) {
        g.append(svgEl('rect', {class: 'uncertain', x: x(solidTo), y, width: x(uncertainTo) - x(solidTo), height: 16}));
      }
      g.append(svgEl('text', {x: Math.min(x(solidFrom) + 4, 520), y: y + 12}, h.person));
      svg.append(g);
    });
    markDate(svg, x, ms(ctx.asOf), 16, axisY, ctx.asOf);
    return svg;
  }

  /** Casualty figures: the series' counts over time, the range the claim allows as a band, the deciding count circled. */
  function drawCasualties(ctx, claim) {
    const obs = (ctx?.observations || []).filter((o) => !isNaN(ms(o.asOf)) && typeof o.value === 'number');
    if (!ctx || !obs.length) return null;
    const times = obs.map((o) => ms(o.asOf)).concat(ctx.asOf ? [ms(ctx.asOf)] : []);
    const pad = Math.max(Math.max(...times) - Math.min(...times), 30 * DAY) * 0.04;
    const from = Math.min(...times) - pad;
    const to = Math.max(...times) + pad;
    const allowed = ctx.allowed || {};
    const top = Math.max(...obs.map((o) => o.value), allowed.min ?? 0, allowed.max ?? 0, claim?.count ?? 0) * 1.1 || 1;
    const height = 240;
    const axisY = height - 28;
    const svg = frame(height, (ctx.counter || 'Counts') + ': ' + (ctx.measure || '') + ' in ' + (ctx.place || '') + ' over time');
    const x = timeAxis(svg, from, to, 50, 630, axisY);
    const y = (v) => axisY - (axisY - 30) * v / top;
    const yAxis = svgEl('g', {class: 'axis y'});
    yAxis.append(svgEl('line', {x1: 50, x2: 50, y1: 20, y2: axisY}),
      svgEl('text', {x: 46, y: y(0), 'text-anchor': 'end'}, '0'),
      svgEl('text', {x: 46, y: y(top / 1.1) + 4, 'text-anchor': 'end'}, String(Math.round(top / 1.1))));
    svg.append(yAxis);
    const lo = allowed.min ?? 0;
    const hi = allowed.max ?? top;
    const band = svgEl('rect', {class: 'band', x: 50, width: 580, y: y(Math.min(hi, top)), height: Math.max(y(lo) - y(Math.min(hi, top)), 1)});
    band.append(svgEl('title', {}, 'what the claim allows: ' + (allowed.min ?? 0) + (allowed.max !== undefined && allowed.max !== null ? ' to ' + allowed.max : ' or more')));
    svg.append(band, svgEl('text', {class: 'band-label', x: 56, y: y(Math.min(hi, top)) + 14},
      'the claim allows ' + (allowed.min ?? 0) + (allowed.max !== undefined && allowed.max !== null ? ' to ' + allowed.max : ' or more')));
    svg.append(svgEl('polyline', {class: 'series', points: obs.map((o) => x(ms(o.asOf)) + ',' + y(o.value)).join(' ')}));
    for (const o of obs) svg.append(svgEl('circle', {class: 'observation', cx: x(ms(o.asOf)), cy: y(o.value), r: 2.5}));
    if (ctx.asOf) markDate(svg, x, ms(ctx.asOf), 26, axisY, ctx.asOf);
    if (ctx.deciding && typeof ctx.deciding.value === 'number') {
      const c = svgEl('circle', {class: 'deciding', cx: x(ms(ctx.deciding.asOf)), cy: y(ctx.deciding.value), r: 8});
      c.append(svgEl('title', {}, 'deciding count: ' + ctx.deciding.value + ' as of ' + ctx.deciding.asOf));
      svg.append(c, svgEl('text', {class: 'deciding-label', x: x(ms(ctx.deciding.asOf)) - 12, y: y(ctx.deciding.value) + 4, 'text-anchor': 'end'}, String(ctx.deciding.value)));
    }
    return svg;
  }

  /** Dates: the recorded events of that kind and place on a time axis, with the claim's readings marked. */
  function drawDate(ctx, claim) {
    const readings = (ctx?.readings || []).filter((r) => !isNaN(ms(r.start)));
    const events = (ctx?.events || []).filter((e) => !isNaN(ms(e.date)));
    if (!readings.length && !events.length) return null;
    const times = readings.flatMap((r) => [ms(r.start), ms(r.end || r.start) + DAY]).concat(events.map((e) => ms(e.date)));
    const span = Math.max(Math.max(...times) - Math.min(...times), 30 * DAY);
    const from = Math.min(...times) - span * 0.05;
    const to = Math.max(...times) + span * 0.05;
    const height = 150;
    const axisY = height - 28;
    const svg = frame(height, 'Recorded ' + (ctx.kind || 'events') + (ctx.place ? ' in ' + ctx.place : '') + ' and the readings of ' + (claim?.date || 'the date'));
    const x = timeAxis(svg, from, to, 10, 630, axisY);
    readings.forEach((r, i) => {
      const s = ms(r.start);
      const e = ms(r.end || r.start) + DAY;
      const rect = svgEl('rect', {class: 'reading' + (i === 0 ? ' first' : ''), x: x(s), y: 30, width: Math.max(x(e) - x(s), 3), height: axisY - 30});
      rect.append(svgEl('title', {}, 'reading: ' + r.start + (r.end && r.end !== r.start ? ' to ' + r.end : '')));
      svg.append(rect);
    });
    events.forEach((ev, i) => {
      const g = svgEl('g', {class: 'event'});
      g.append(svgEl('title', {}, ev.date + ': ' + (ev.title || '')),
        svgEl('circle', {cx: x(ms(ev.date)), cy: axisY - 14, r: 5}),
        svgEl('text', {x: x(ms(ev.date)), y: 20 + (i % 2) * 12, 'text-anchor': anchor(x(ms(ev.date)))}, ev.date)); // alternate rows: neighbours do not collide
      svg.append(g);
    });
    return svg;
  }

  /** The picture for a claim of that kind from its context answer, or null when there is nothing to draw. */
  function draw(kind, context, claim) {
    const fn = {official: drawOfficial, casualties: drawCasualties, date: drawDate}[kind];
    return fn ? fn(context, claim) : null;
  }

  // ---- Reports and downloads ----------------------------------------------------------------------------------

  function download(name, object) {
    const blob = new Blob([JSON.stringify(object, null, 2) + '\n'], {type: 'application/json'});
    const a = el('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  function withoutContext(claim) {
    const copy = {...(claim || {})};
    delete copy.context;
    return copy;
  }

  /** An examples-corpus file (functions/check-story/examples/) that says what the editor says is right. */
  function report(item, choice, note, verdict) {
    const expected = {kind: item.kind, text: item.text};
    const expect = {claims: [], exhaustive: false};
    if (choice === 'not-a-claim') {
      expect.notClaims = [{...expected, note}];
    } else if (choice === 'wrong-reading') {
      expect.claims.push({...expected, claim: withoutContext(item.claim), note});
    } else {
      expect.claims.push({...expected, ...(verdict ? {verdict} : {}), note});
    }
    const words = {'not-a-claim': 'not a claim', 'wrong-reading': 'wrong reading', 'wrong-verdict': 'wrong verdict'}[choice];
    return {
      description: 'Editor\'s report: \'' + item.text + '\' is ' + (choice === 'not-a-claim' ? 'not a claim' : 'a ' + words)
        + (note ? ': ' + note : ''),
      request: last.story,
      expect,
    };
  }

  function reportForm(item) {
    const form = el('form', 'report');
    const id = (s) => 'report-' + s;
    const choice = el('select');
    choice.id = id('choice');
    for (const [value, label] of [['not-a-claim', 'Not a claim'], ['wrong-reading', 'Wrong reading'], ['wrong-verdict', 'Wrong verdict']]) {
      choice.append(Object.assign(el('option', null, label), {value}));
    }
    const verdict = el('select');
    verdict.id = id('verdict');
    verdict.append(Object.assign(el('option', null, '(say which in the note)'), {value: ''}));
    for (const v of ORDER) verdict.append(Object.assign(el('option', null, v), {value: v}));
    const verdictRow = el('div', null, labelFor(verdict.id, 'The right verdict'), verdict);
    verdictRow.hidden = true;
    choice.addEventListener('change', () => { verdictRow.hidden = choice.value !== 'wrong-verdict'; });
    const note = el('textarea');
    note.id = id('note');
    note.rows = 2;
    const button = el('button', null, 'Download the report');
    button.type = 'submit';
    form.append(el('h3', null, 'Report a mistake'),
      el('div', null, labelFor(choice.id, 'What is wrong'), choice), verdictRow,
      el('div', null, labelFor(note.id, 'Note for the desk'), note), button);
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      download('report-' + (item.id || 'claim') + '.json', report(item, choice.value, note.value.trim(), verdict.value));
      $('status').textContent = 'Report downloaded.';
    });
    return form;
  }

  function labelFor(id, words) {
    const l = el('label', null, words);
    l.htmlFor = id;
    return l;
  }

  async function copyClaimReview() {
    if (!last) return;
    $('error').textContent = '';
    const response = await post(last.story, 'application/ld+json');
    if (!response.ok) {
      $('claimreview-box').hidden = true;
      $('error').textContent = await problemText(response);
      return;
    }
    const text = JSON.stringify(await response.json(), null, 2);
    $('claimreview').value = text;
    $('claimreview-box').hidden = false;
    try {
      await navigator.clipboard.writeText(text);
      $('status').textContent = 'ClaimReview JSON-LD copied to the clipboard.';
    } catch (e) {
      // No clipboard permission (an insecure origin, a headless browser): it is in the box to copy by hand.
      $('status').textContent = 'ClaimReview JSON-LD is in the box below: select it and copy.';
    }
  }

  // ---- What can be checked: GET /api/v1/coverage?place= --------------------------------------------------------

  const KIND_WORDS = {official: 'officials', date: 'dates of events', casualties: 'casualty figures'};

  function howMany(n, one, many) {
    return n.toLocaleString('en') + ' ' + (n === 1 ? one : many);
  }

  function fromTo(from, to) {
    return from === to ? from : from + ' to ' + to;
  }

  /** The place's coverage as lists a desk reads: one line per post, event kind and series; long lists folded. */
  function coverageView(c) {
    const aliases = (c.aliases || []).filter((a) => a !== c.name);
    const out = [el('p', 'coverage-head', c.name, aliases.length ? ' (also ' + aliases.join(', ') + ')' : '',
      ': ', c.kinds.length ? c.kinds.map((k) => KIND_WORDS[k] || k).join(', ') : 'nothing on record')];
    if (!c.kinds.length) {
      out.push(el('p', 'muted', 'No claim about this place can be checked against the loaded data.'));
      return out;
    }
    const name = (id) => c.sources?.[id]?.name || id;
    if (c.official?.length) {
      const posts = c.official.map((p) => el('li', null, el('strong', null, p.post),
        p.alsoWritten.length ? ' (also ' + p.alsoWritten.join(', ') + ')' : '',
        ': ' + p.from + (p.to ? ' to ' + p.to : ', still held when its source was written')
          + (p.openAtSnapshot ? ', still held then' : '') + '; '
          + howMany(p.holders, 'holder', 'holders') + ' (' + p.sources.map(name).join('; ') + ')'));
      out.push(el('h3', null, 'Officials'), el('details', null,
        el('summary', null, howMany(c.official.length, 'post', 'posts') + ' on record'), el('ul', null, ...posts)));
    }
    if (c.date?.length) {
      out.push(el('h3', null, 'Dates of events'), el('ul', null, ...c.date.map((k) => el('li', null,
        el('strong', null, k.kind), ': ' + (k.events ? howMany(k.events, 'event', 'events') + ', ' + fromTo(k.from, k.to)
          : 'none on record'),
        ...k.absenceRefutes.map((r) => el('div', 'refutes', name(r.source) + ' records every ' + k.kind + ' ('
          + r.subtypes.join(', ') + ') from ' + r.from + ' to ' + r.to + ': one claimed then and not on record is refuted'))))));
    }
    if (c.casualties?.length) {
      const counts = c.casualties.filter((s) => s.finalToll !== 'event');
      const tolls = c.casualties.filter((s) => s.finalToll === 'event');
      const lines = counts.map((s) => el('li', null, el('strong', null, s.event + ', ' + s.measure),
        ' (' + s.counter + (s.role === 'alternative' ? ', when named'
          : s.role === 'extrapolation' ? ', estimates: shown, never deciding' : '')
          + (s.counting === 'phase' ? ', as published within each counting phase'
            : s.counting === 'whole' ? ', its counting phases summed' : '') + '): '
          + howMany(s.figures, s.finalToll === 'year' ? 'yearly toll' : 'figure', s.finalToll === 'year'
            ? 'yearly tolls' : 'figures') + ', ' + fromTo(s.from, s.to) + ', latest ' + s.latest.toLocaleString('en')));
      if (tolls.length) {
        lines.push(el('li', null, el('details', null,
          el('summary', null, howMany(tolls.length, 'single event\'s toll', 'single events\' tolls') + ', '
            + fromTo(tolls[tolls.length - 1].from, tolls[0].to)),
          el('ul', null, ...tolls.map((s) => el('li', null, s.from + ' ' + s.event + ': '
            + s.latest.toLocaleString('en') + ' ' + s.measure + ' (' + s.counter + ')'))))));
      }
      out.push(el('h3', null, 'Casualty figures'), el('ul', null, ...lines));
    }
    out.push(el('h3', null, 'Sources'), el('ul', null, ...Object.values(c.sources || {}).map((s) => el('li', null,
      s.url ? safeLink(s.url, s.name) : s.name, s.snapshot ? el('span', 'muted', ' (current to ' + s.snapshot + ')')
        : null))));
    return out;
  }

  async function showCoverage(place) {
    const body = $('coverage-body');
    if (!place.trim()) {
      body.replaceChildren(el('p', 'muted', 'Give a place: a country or body, by any of its names.'));
      return;
    }
    body.replaceChildren(el('p', 'muted', 'Looking up ' + place + '…'));
    try {
      const response = await fetch('api/v1/coverage?place=' + encodeURIComponent(place),
        {headers: {Accept: 'application/json'}});
      if (!response.ok) {
        const text = await response.text();
        let words;
        try {
          const v = JSON.parse(text).violations?.[0];
          words = v && v.field === 'place' ? '“' + place + '” ' + v.message : null;
        } catch (e) { words = null; }
        body.replaceChildren(el('p', 'coverage-problem',
          words || 'What can be checked could not be read (HTTP ' + response.status + ').'));
        return;
      }
      body.replaceChildren(...coverageView(await response.json()));
    } catch (e) {
      body.replaceChildren(el('p', 'coverage-problem', 'What can be checked could not be reached: ' + e.message));
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    const today = new Date();
    $('publishedAt').value = new Date(today.getTime() - today.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
    $('story-form').addEventListener('submit', check);
    $('panel-close').addEventListener('click', closePanel);
    $('coverage-form').addEventListener('submit', (ev) => { ev.preventDefault(); showCoverage($('coverage-place').value); });
    $('copy-claimreview').addEventListener('click', copyClaimReview);
    $('download-json').addEventListener('click', () => last && download('factcheck-answer.json', last.answer));
    document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape') closePanel(); });
  });

  // For tests and for a page that has its context at hand: the drawing code without the fetch.
  window.factcheckDraw = draw;
})();
