// tacitus web UI: a dependency-free single-page app over the JSON API at
// /api/. Views are chosen by the URL fragment:
//
//   #/events?actor=USA&quad=4   search form and event table
//   #/event/{id}                one event with all its mentions
//   #/series?source=&target=    dyad time series (echarts)
//   #/network?from=&to=         actor network (cytoscape)
//   #/map?...                   world map of events (echarts + world-atlas)
//
// Byte offsets from the API (UTF-8, half-open) are mapped onto the
// sentence text with TextEncoder/TextDecoder, so highlighting is right for
// non-ASCII sentences too.
(function () {
  'use strict';

  var API = '/api';
  var PAGE = 50;
  var MAP_LIMIT = 1000;
  // NETWORK_NODES and NETWORK_EDGES keep the graph readable: the top
  // actors, and the busiest dyads among them.
  var NETWORK_NODES = 30;
  var NETWORK_EDGES = 150;

  var QUAD = {
    1: { name: 'Verbal cooperation', color: '#4c8fd6' },
    2: { name: 'Material cooperation', color: '#2a9d6f' },
    3: { name: 'Verbal conflict', color: '#e39b2d' },
    4: { name: 'Material conflict', color: '#c8423b' }
  };
  var ROOTS = {
    '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate',
    '04': 'Consult', '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation',
    '07': 'Provide aid', '08': 'Yield', '09': 'Investigate', '10': 'Demand', '11': 'Disapprove',
    '12': 'Reject', '13': 'Threaten', '14': 'Protest', '15': 'Exhibit military posture',
    '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault', '19': 'Fight',
    '20': 'Use unconventional mass violence'
  };
  var PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT',
    'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
  // FILTERS are the /api/events query parameters the search form sets.
  var FILTERS = ['actor', 'source', 'target', 'root', 'cameo', 'quad', 'plover', 'from', 'to', 'country', 'bbox', 'q'];

  var app = document.getElementById('app');
  // cleanups release the current view's charts and graph on navigation.
  var cleanups = [];
  // generation invalidates responses that arrive after the user moved on.
  var generation = 0;

  // ---------- helpers ----------

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function num(n) {
    return typeof n === 'number' && isFinite(n) ? n.toLocaleString('en-US') : '—';
  }
  function day(s) {
    if (!s || typeof s !== 'string' || s.indexOf('0001-01-01') === 0) return '—';
    return s.slice(0, 10);
  }
  function qs(params) {
    var out = [];
    Object.keys(params).forEach(function (k) {
      var v = params[k];
      if (v !== undefined && v !== null && v !== '') out.push(encodeURIComponent(k) + '=' + encodeURIComponent(v));
    });
    return out.join('&');
  }
  function pick(params, keys) {
    var out = {};
    keys.forEach(function (k) { if (params[k]) out[k] = params[k]; });
    return out;
  }
  function rootName(code) {
    return ROOTS[String(code || '').slice(0, 2)] || '';
  }
  function quadBadge(q) {
    var d = QUAD[q];
    return d ? '<span class="q q' + q + '">' + esc(d.name) + '</span>' : '<span class="meta">no class</span>';
  }
  function goldstein(g) {
    if (typeof g !== 'number') return '<span class="meta">—</span>';
    var cls = g > 0 ? 'pos' : g < 0 ? 'neg' : '';
    return '<span class="gs ' + cls + '" title="Goldstein score">' + (g > 0 ? '+' : '') + g.toFixed(1) + '</span>';
  }
  function actorName(a) {
    if (!a) return '';
    return a.label || a.name || a.text || a.code || 'unknown';
  }
  function actorLink(a) {
    if (!a || (!a.code && !a.name && !a.text)) return '<span class="meta">none</span>';
    var label = esc(actorName(a));
    var code = a.code ? '<span class="code">' + esc(a.code) + '</span>' : '';
    if (!a.code) return '<span class="actor">' + label + '</span>';
    return '<a class="actor" href="#/events?' + qs({ actor: a.code }) + '" title="Events with ' + esc(a.code) + '">' + label + code + '</a>';
  }
  function ploverType(ev) {
    var p = ev.plover;
    if (!p) return '';
    return typeof p === 'string' ? p : (p.type || '');
  }
  function placeName(loc) {
    if (!loc) return '';
    return [loc.name, loc.country].filter(Boolean).join(', ');
  }

  // ApiError carries the API envelope's message and code.
  function ApiError(status, message, code, param) {
    this.status = status;
    this.message = message;
    this.code = code || '';
    this.param = param || '';
  }

  // errorFromBody reads the API's error envelope
  // {"error": {"status", "code", "message", "parameter"}}; a bare
  // {"error": "message"} or a non-JSON body (a proxy's page) also works.
  function errorFromBody(status, body, text) {
    var e = body && body.error;
    if (e && typeof e === 'object') return new ApiError(e.status || status, e.message || ('HTTP ' + status), e.code, e.parameter);
    if (typeof e === 'string') return new ApiError(status, e, body.code);
    if (body && typeof body.message === 'string') return new ApiError(status, body.message, body.code);
    var msg = (text || '').trim().slice(0, 300) || ('HTTP ' + status);
    return new ApiError(status, msg, '');
  }

  function api(path, params) {
    var q = params ? qs(params) : '';
    var url = API + path + (q ? '?' + q : '');
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (res) {
      return res.text().then(function (text) {
        var body = null;
        try { body = text ? JSON.parse(text) : null; } catch (err) { body = null; }
        if (!res.ok) throw errorFromBody(res.status, body, text);
        if (body === null) throw new ApiError(res.status, 'The API answered with something that is not JSON.', 'bad_response');
        return body;
      });
    }, function () {
      throw new ApiError(0, 'Cannot reach the tacitus API. Is `tacitus serve` running?', 'network');
    });
  }

  function errorBox(err) {
    var msg = err && err.message ? err.message : String(err);
    if (err && err.param) msg = 'Parameter “' + err.param + '”: ' + msg;
    var code = err && err.code ? '<span class="code">' + esc(err.code) + (err.status ? ' · HTTP ' + err.status : '') + '</span>' : '';
    return '<div class="notice error" role="alert"><strong>Request failed:</strong> ' + esc(msg) + code + '</div>';
  }
  function empty(title, hint) {
    return '<div class="empty"><div class="big">' + esc(title) + '</div>' + (hint ? '<div>' + esc(hint) + '</div>' : '') + '</div>';
  }
  var LOADING = '<div class="loading">Loading…</div>';

  // ---------- highlighting ----------

  var encoder = new TextEncoder();
  var decoder = new TextDecoder('utf-8');

  function span(kind, s, base, label) {
    if (!s || typeof s.start !== 'number' || typeof s.end !== 'number') return null;
    return { kind: kind, start: s.start - base, end: s.end - base, label: label || '' };
  }

  // highlight returns the sentence as HTML with the source, verb and target
  // byte spans (relative to the sentence) wrapped in <mark>. Spans outside
  // the sentence are clipped; overlapping spans keep the earlier one.
  function highlight(text, spans) {
    var bytes = encoder.encode(text);
    var list = spans.filter(Boolean).map(function (s) {
      return { kind: s.kind, label: s.label, start: Math.max(0, s.start), end: Math.min(bytes.length, s.end) };
    }).filter(function (s) { return s.start < s.end; });
    list.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var out = '';
    var pos = 0;
    list.forEach(function (s) {
      if (s.start < pos) return;
      out += esc(decoder.decode(bytes.subarray(pos, s.start)));
      var title = s.kind.charAt(0).toUpperCase() + s.kind.slice(1) + (s.label ? ': ' + s.label : '');
      out += '<mark class="hl hl-' + s.kind + '" data-role="' + s.kind + '" title="' + esc(title) + '">' +
        esc(decoder.decode(bytes.subarray(s.start, s.end))) + '</mark>';
      pos = s.end;
    });
    return out + esc(decoder.decode(bytes.subarray(pos)));
  }

  // sentenceOf finds a sentence and its spans on an event list row or a
  // mention: the sentence text, the offset of the sentence in the article
  // (sentence_span.start; 0 when the offsets are already relative), and
  // source/verb/target spans either on the object or on its "mention".
  function sentenceOf(obj) {
    if (!obj) return null;
    var text = typeof obj.sentence === 'string' ? obj.sentence :
      (obj.sentence && typeof obj.sentence.text === 'string' ? obj.sentence.text : null);
    if (text === null) return null;
    var base = 0;
    if (obj.sentence_span && typeof obj.sentence_span.start === 'number') base = obj.sentence_span.start;
    else if (obj.sentence && typeof obj.sentence.start === 'number') base = obj.sentence.start;
    var labelOf = function (a) { return a ? [a.code, a.label || a.name].filter(Boolean).join(' · ') : ''; };
    if (obj.highlights) {
      // API mentions: highlight spans are relative to sentence.text.
      var h = obj.highlights;
      return {
        text: text,
        spans: [
          span('source', h.source, 0, labelOf(obj.source)),
          span('verb', h.verb, 0, obj.cameo ? 'CAMEO ' + obj.cameo + ' ' + rootName(obj.cameo) : ''),
          span('target', h.target, 0, labelOf(obj.target))
        ]
      };
    }
    var m = obj.mention || obj;
    return {
      text: text,
      spans: [
        span('source', m.source, base, labelOf(m.source)),
        span('verb', m.verb, base, m.cameo ? 'CAMEO ' + m.cameo : ''),
        span('target', m.target, base, labelOf(m.target))
      ]
    };
  }

  function sentenceHTML(obj) {
    var s = sentenceOf(obj);
    if (!s) return null;
    return '<p class="sent">' + highlight(s.text, s.spans) + '</p>';
  }

  var HL_LEGEND = '<div class="hl-legend"><mark class="hl hl-source">source</mark><mark class="hl hl-verb">verb</mark><mark class="hl hl-target">target</mark></div>';

  // ---------- filter form ----------

  function options(pairs, selected, blank) {
    var out = '<option value="">' + esc(blank) + '</option>';
    pairs.forEach(function (p) {
      out += '<option value="' + esc(p[0]) + '"' + (String(selected || '') === String(p[0]) ? ' selected' : '') + '>' + esc(p[1]) + '</option>';
    });
    return out;
  }
  function field(name, label, value, opts) {
    opts = opts || {};
    var type = opts.type || 'text';
    return '<div class="field' + (opts.wide ? ' wide' : '') + '"><label for="f-' + name + '">' + esc(label) + '</label>' +
      '<input id="f-' + name + '" name="' + name + '" type="' + type + '" value="' + esc(value || '') + '"' +
      (opts.placeholder ? ' placeholder="' + esc(opts.placeholder) + '"' : '') + ' autocomplete="off"></div>';
  }
  function selectField(name, label, pairs, value, blank) {
    return '<div class="field"><label for="f-' + name + '">' + esc(label) + '</label><select id="f-' + name + '" name="' + name + '">' +
      options(pairs, value, blank) + '</select></div>';
  }

  function filterForm(p, route, extra) {
    var roots = Object.keys(ROOTS).map(function (k) { return [k, k + ' ' + ROOTS[k]]; });
    var quads = [1, 2, 3, 4].map(function (k) { return [k, k + ' · ' + QUAD[k].name]; });
    var plover = PLOVER.map(function (t) { return [t, t.charAt(0) + t.slice(1).toLowerCase()]; });
    return '<form class="panel filters" id="filters" data-route="' + route + '" role="search">' +
      field('q', 'Text search', p.q, { type: 'search', placeholder: 'words in the sentence', wide: true }) +
      field('actor', 'Actor (either side)', p.actor, { placeholder: 'USA, IRNGOV, USA*' }) +
      field('source', 'Source', p.source, { placeholder: 'actor code' }) +
      field('target', 'Target', p.target, { placeholder: 'actor code' }) +
      selectField('root', 'CAMEO root', roots, p.root, 'Any event type') +
      selectField('quad', 'Quad class', quads, p.quad, 'Any class') +
      selectField('plover', 'PLOVER type', plover, p.plover, 'Any PLOVER type') +
      field('from', 'From', p.from, { type: 'date' }) +
      field('to', 'To', p.to, { type: 'date' }) +
      field('country', 'Country', p.country, { placeholder: 'ISO3, e.g. SYR' }) +
      (p.bbox ? field('bbox', 'Area (lon,lat,lon,lat)', p.bbox) : '') +
      (extra || '') +
      '<div class="actions"><button class="btn primary" type="submit" id="search">Search</button>' +
      '<a class="btn" href="#/' + route + '" id="reset">Reset</a></div>' +
      '</form>';
  }

  function bindForm(route) {
    var form = document.getElementById('filters');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var params = {};
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.name && el.value.trim() !== '') params[el.name] = el.value.trim();
      });
      var next = '#/' + route + (Object.keys(params).length ? '?' + qs(params) : '');
      if (location.hash === next) render(); else location.hash = next;
    });
  }

  // ---------- views ----------

  // details caches /api/events/{id} answers: the event list carries no
  // sentences, so each row fetches its event's first mention.
  var details = {};
  function detail(id) {
    if (!details[id]) {
      details[id] = api('/events/' + encodeURIComponent(id));
      details[id].catch(function () { delete details[id]; });
    }
    return details[id];
  }

  // SentenceLoader fills the sentence cells of a table, at most four
  // requests at a time, rows nearest the top first.
  function SentenceLoader(gen) {
    var queue = [];
    var running = 0;
    function pump() {
      while (running < 4 && queue.length) {
        var cell = queue.shift();
        running++;
        detail(cell.dataset.id).then(function (cell, d) {
          if (gen !== generation) return;
          var ms = (d && d.mentions) || [];
          var first = ms[0];
          var html = first && sentenceHTML(first);
          cell.innerHTML = html ? html + (ms.length > 1 ? '<div class="meta">+ ' + num(ms.length - 1) + ' more mention' + (ms.length > 2 ? 's' : '') + '</div>' : '') :
            '<span class="meta">No sentence stored.</span>';
        }.bind(null, cell), function (cell, err) {
          if (gen !== generation) return;
          cell.innerHTML = '<span class="meta" title="' + esc(err.message) + '">Sentence unavailable (' + esc(err.code || err.status) + ').</span>';
        }.bind(null, cell)).then(function () { running--; pump(); });
      }
    }
    this.add = function (cells) {
      Array.prototype.push.apply(queue, cells);
      pump();
    };
  }

  function eventRow(ev) {
    var plover = ploverType(ev);
    var id = encodeURIComponent(ev.id);
    var mentions = typeof ev.num_mentions === 'number' ? ev.num_mentions : null;
    return '<tr data-id="' + esc(ev.id) + '">' +
      '<td class="date">' + esc(day(ev.date)) + '</td>' +
      '<td><div class="dyad">' + actorLink(ev.source) + '<span class="arrow">→</span>' + actorLink(ev.target) + '</div></td>' +
      '<td><div class="evcode"><span class="evname">' + esc(rootName(ev.cameo) || 'Event') + '</span>' +
      '<span class="meta">CAMEO <code>' + esc(ev.cameo || '—') + '</code> ' + goldstein(ev.goldstein) + '</span>' +
      quadBadge(ev.quad_class) + (plover ? '<span><span class="badge plover">' + esc(plover) + '</span></span>' : '') + '</div></td>' +
      '<td class="sentence" data-id="' + esc(ev.id) + '"><span class="meta">Loading sentence…</span></td>' +
      '<td class="meta" data-label="Location">' + esc(placeName(ev.location) || '—') + '</td>' +
      '<td class="num" data-label="Mentions">' + (mentions === null ? '—' : num(mentions)) + '</td>' +
      '<td><a class="btn detail-link" href="#/event/' + id + '">Details</a></td>' +
      '</tr>';
  }

  function viewEvents(p, gen) {
    var filters = pick(p, FILTERS);
    var csv = API + '/events?' + qs(Object.assign({}, filters, { format: 'csv' }));
    app.innerHTML = '<h1>Events</h1><p class="sub">Search coded events; every filter is optional. Actor codes ending in * match as prefixes.</p>' +
      filterForm(p, 'events') +
      '<section class="panel" id="results"><div class="results-head"><h2>Results</h2>' +
      '<div class="actions">' + HL_LEGEND + '<a class="btn" id="csv" href="' + esc(csv) + '" download>Download CSV</a></div></div>' +
      '<div id="table">' + LOADING + '</div><div class="more" id="more"></div></section>';
    bindForm('events');
    var shown = 0;
    var sentences = new SentenceLoader(gen);
    var tableEl = document.getElementById('table');
    var moreEl = document.getElementById('more');

    function load(cursor) {
      var q = Object.assign({}, filters, { limit: PAGE });
      if (cursor) q.cursor = cursor;
      return api('/events', q).then(function (body) {
        if (gen !== generation) return;
        var events = (body && body.events) || [];
        if (!cursor) {
          if (!events.length) {
            tableEl.innerHTML = empty('No events match these filters.', 'Try a wider date range, fewer filters, or an actor code prefix such as USA*.');
            moreEl.innerHTML = '';
            return;
          }
          tableEl.innerHTML = '<div class="table-wrap"><table class="events"><thead><tr><th>Date</th><th>Source → Target</th><th>Event</th><th>Sentence</th><th>Location</th><th class="num">Mentions</th><th></th></tr></thead><tbody></tbody></table></div>';
        }
        var tbody = tableEl.querySelector('tbody');
        var before = tbody.rows.length;
        tbody.insertAdjacentHTML('beforeend', events.map(eventRow).join(''));
        var cells = [];
        for (var i = before; i < tbody.rows.length; i++) cells.push(tbody.rows[i].querySelector('td.sentence'));
        sentences.add(cells);
        shown += events.length;
        var next = body.next_cursor || body.next || '';
        moreEl.innerHTML = (next ? '<button class="btn" id="load-more" type="button">Load more</button>' : '') +
          '<span class="count" id="count" style="margin-left:12px">' + num(shown) + ' event' + (shown === 1 ? '' : 's') + ' shown' + (next ? '' : ' · end of results') + '</span>';
        if (next) {
          document.getElementById('load-more').addEventListener('click', function (e) {
            e.target.disabled = true;
            e.target.textContent = 'Loading…';
            load(next);
          });
        }
      }).catch(function (err) {
        if (gen !== generation) return;
        if (!cursor) tableEl.innerHTML = errorBox(err);
        else moreEl.innerHTML = errorBox(err);
      });
    }
    load('');
  }

  function fact(k, v) {
    return '<div class="fact"><div class="k">' + esc(k) + '</div><div class="v">' + v + '</div></div>';
  }

  // safeURL keeps only http(s) article links.
  function safeURL(u) {
    return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : '';
  }

  function mentionItem(m) {
    var a = m.article || {};
    var flags = Array.isArray(m.flags) ? m.flags : [];
    var url = safeURL(a.url);
    var article = url ?
      '<a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer">' + esc(a.id || url) + '</a>' :
      '<code>' + esc(a.id || '—') + '</code>';
    var idx = m.sentence && typeof m.sentence.index === 'number' ? (m.sentence.index < 0 ? 'title' : 'sentence ' + (m.sentence.index + 1)) : '';
    return '<li class="mention">' +
      '<div class="mhead"><span>Article ' + article + '</span>' +
      (a.source ? '<span>' + esc(a.source) + '</span>' : '') +
      (a.date ? '<span>published ' + esc(day(a.date)) + '</span>' : '') +
      (idx ? '<span>' + esc(idx) + '</span>' : '') +
      (a.copy_of ? '<span class="badge" title="Syndicated copy">copy of ' + esc(a.copy_of) + '</span>' : '') +
      (m.cameo ? '<span>CAMEO <code>' + esc(m.cameo) + '</code></span>' : '') +
      (typeof m.goldstein === 'number' ? goldstein(m.goldstein) : '') +
      flags.map(function (f) { return '<span class="badge flag">' + esc(f) + '</span>'; }).join('') +
      '</div>' + (sentenceHTML(m) || '<p class="meta">No sentence stored for this mention.</p>') + '</li>';
  }

  function viewEvent(id, gen) {
    app.innerHTML = '<a class="back" id="back" href="#/events">← Back to events</a><div id="detail">' + LOADING + '</div>';
    if (routes > 1) {
      document.getElementById('back').addEventListener('click', function (e) { e.preventDefault(); history.back(); });
    }
    detail(id).then(function (d) {
      if (gen !== generation) return;
      var ev = (d && d.event) || {};
      var mentions = (d && d.mentions) || [];
      var plover = ploverType(ev);
      var loc = ev.location;
      var where = placeName(loc) + (loc && typeof loc.lat === 'number' ? ' (' + loc.lat.toFixed(2) + ', ' + loc.lon.toFixed(2) + ')' : '');
      var dyad = ev.source && ev.source.code && ev.target && ev.target.code ?
        '<a class="btn" href="#/series?' + qs({ source: ev.source.code, target: ev.target.code }) + '">Dyad time series</a>' : '';
      document.getElementById('detail').innerHTML =
        '<section class="panel"><div class="detail-head"><div>' +
        '<div class="meta">Event <code>' + esc(ev.id) + '</code> · ' + esc(day(ev.date)) + (ev.date_precision && ev.date_precision !== 'day' ? ' (' + esc(ev.date_precision) + ')' : '') + '</div>' +
        '<div class="detail-dyad">' + actorLink(ev.source) + '<span class="arrow">→</span>' + actorLink(ev.target) + '</div>' +
        '<div class="evcode" style="flex-direction:row;gap:12px;align-items:center;flex-wrap:wrap">' +
        '<span class="evname">' + esc(rootName(ev.cameo)) + '</span><span class="meta">CAMEO <code>' + esc(ev.cameo || '—') + '</code></span>' +
        quadBadge(ev.quad_class) + (plover ? '<span class="badge plover">' + esc(plover) + '</span>' : '') + '</div></div>' +
        '<div class="actions">' + dyad + '</div></div>' +
        '<div class="facts">' +
        fact('Goldstein', goldstein(ev.goldstein)) +
        fact('Mentions', num(ev.num_mentions)) +
        fact('Articles', num(ev.num_articles)) +
        fact('Sources', num(ev.num_sources)) +
        fact('Location', esc(where || '—')) +
        '</div></section>' +
        '<section class="panel"><div class="results-head"><h2>Mentions (' + num(mentions.length) + ')</h2>' + HL_LEGEND + '</div>' +
        (mentions.length ? '<ul class="mentions" id="mentions">' + mentions.map(mentionItem).join('') + '</ul>' :
          empty('No mentions stored for this event.')) + '</section>';
    }).catch(function (err) {
      if (gen !== generation) return;
      document.getElementById('detail').innerHTML = err.status === 404 ?
        '<div class="panel">' + empty('Event not found.', 'It may have been merged or removed; search again from the events page.') + '</div>' : errorBox(err);
    });
  }

  function chart(elId) {
    var c = echarts.init(document.getElementById(elId), null, { renderer: 'canvas' });
    var onResize = function () { c.resize(); };
    window.addEventListener('resize', onResize);
    cleanups.push(function () { window.removeEventListener('resize', onResize); c.dispose(); });
    return c;
  }

  function seriesPoints(body) {
    if (Array.isArray(body)) return body;
    return (body && (body.points || body.series || body.data)) || [];
  }

  function viewSeries(p, gen) {
    var interval = ['day', 'week', 'month'].indexOf(p.interval) >= 0 ? p.interval : 'week';
    app.innerHTML = '<h1>Dyad time series</h1><p class="sub">Events per ' + esc(interval) + ' by quad class, with the summed Goldstein score. Leave an actor empty for “any actor”.</p>' +
      '<form class="panel filters" id="filters" data-route="series">' +
      field('source', 'Source', p.source, { placeholder: 'e.g. USA' }) +
      field('target', 'Target', p.target, { placeholder: 'e.g. CHN' }) +
      selectField('interval', 'Interval', [['day', 'Day'], ['week', 'Week'], ['month', 'Month']], interval, 'Week') +
      field('from', 'From', p.from, { type: 'date' }) + field('to', 'To', p.to, { type: 'date' }) +
      '<div class="actions"><button class="btn primary" type="submit" id="search">Show</button></div></form>' +
      '<section class="panel"><div id="series-state">' + LOADING + '</div><div class="chart" id="series-chart" hidden></div></section>';
    bindForm('series');
    api('/series', Object.assign(pick(p, ['source', 'target', 'from', 'to']), { interval: interval })).then(function (body) {
      if (gen !== generation) return;
      var pts = seriesPoints(body);
      var state = document.getElementById('series-state');
      if (!pts.length) {
        state.innerHTML = empty('No events for this dyad and period.', 'Check the actor codes or widen the dates.');
        return;
      }
      state.innerHTML = '';
      var el = document.getElementById('series-chart');
      el.hidden = false;
      var gs = {};
      var byQuad = { 1: [], 2: [], 3: [], 4: [] };
      pts.forEach(function (pt) {
        var t = day(pt.start);
        if (byQuad[pt.quad_class]) byQuad[pt.quad_class].push([t, pt.events]);
        gs[t] = (gs[t] || 0) + (pt.goldstein || 0);
      });
      var gLine = Object.keys(gs).sort().map(function (t) { return [t, Math.round(gs[t] * 10) / 10]; });
      var c = chart('series-chart');
      var series = [1, 2, 3, 4].map(function (q) {
        return { name: QUAD[q].name, type: 'bar', stack: 'events', data: byQuad[q], itemStyle: { color: QUAD[q].color }, barMaxWidth: 28, emphasis: { focus: 'series' } };
      });
      series.push({ name: 'Goldstein sum', type: 'line', yAxisIndex: 1, data: gLine, smooth: false, symbolSize: 5, lineStyle: { width: 2, color: '#1d2330' }, itemStyle: { color: '#1d2330' } });
      c.setOption({
        textStyle: { fontFamily: 'system-ui, sans-serif' },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0 },
        grid: { left: 56, right: 64, top: 48, bottom: 64 },
        xAxis: { type: 'time' },
        yAxis: [{ type: 'value', name: 'Events', minInterval: 1 }, { type: 'value', name: 'Goldstein', splitLine: { show: false } }],
        dataZoom: [{ type: 'inside' }, { type: 'slider', height: 22, bottom: 12 }],
        series: series
      });
    }).catch(function (err) {
      if (gen !== generation) return;
      document.getElementById('series-state').innerHTML = errorBox(err);
    });
  }

  function edgeColor(e) {
    var total = (e.cooperation || 0) + (e.conflict || 0);
    if (!total) return '#9aa5b1';
    var share = (e.cooperation || 0) / total;
    if (share >= 0.6) return QUAD[2].color;
    if (share <= 0.4) return QUAD[4].color;
    return QUAD[3].color;
  }

  function viewNetwork(p, gen) {
    app.innerHTML = '<h1>Actor network</h1><p class="sub">The most active actors of the period and the dyads among them. Click an actor for its events, an edge for the dyad’s time series.</p>' +
      '<form class="panel filters" id="filters" data-route="network">' +
      field('from', 'From', p.from, { type: 'date' }) + field('to', 'To', p.to, { type: 'date' }) +
      field('limit', 'Actors', p.limit, { type: 'number', placeholder: String(NETWORK_NODES) }) +
      '<div class="actions"><button class="btn primary" type="submit" id="search">Show</button></div></form>' +
      '<section class="panel"><div id="net-state">' + LOADING + '</div><div id="network" hidden></div>' +
      '<div class="graph-legend"><span><span class="swatch" style="background:' + QUAD[2].color + '"></span>mostly cooperation</span>' +
      '<span><span class="swatch" style="background:' + QUAD[3].color + '"></span>mixed</span>' +
      '<span><span class="swatch" style="background:' + QUAD[4].color + '"></span>mostly conflict</span>' +
      '<span>node size: events · edge width: events in the dyad</span></div></section>';
    bindForm('network');
    api('/network', Object.assign({ limit: NETWORK_NODES }, pick(p, ['from', 'to', 'limit']))).then(function (net) {
      if (gen !== generation) return;
      var nodes = (net && net.nodes) || [];
      var edges = (net && net.edges) || [];
      var state = document.getElementById('net-state');
      if (!nodes.length) {
        state.innerHTML = empty('No actors in this period.', 'Widen the date range.');
        return;
      }
      state.innerHTML = '';
      var box = document.getElementById('network');
      box.hidden = false;
      var maxN = Math.max.apply(null, nodes.map(function (n) { return n.events || 1; }));
      var maxE = Math.max.apply(null, edges.map(function (e) { return (e.cooperation || 0) + (e.conflict || 0); }).concat([1]));
      var ids = {};
      // Nodes start on a circle, busiest first, so the layout is the same
      // on every load.
      var els = nodes.map(function (n, i) {
        ids[n.code] = true;
        var a = 2 * Math.PI * i / nodes.length;
        return {
          data: { id: n.code, label: n.label || n.name || n.code, size: 16 + 44 * Math.sqrt((n.events || 1) / maxN), events: n.events },
          position: { x: 300 * Math.cos(a), y: 300 * Math.sin(a) }
        };
      });
      var kept = 0;
      edges.forEach(function (e, i) {
        if (!ids[e.source] || !ids[e.target] || kept >= NETWORK_EDGES) return;
        kept++;
        var total = (e.cooperation || 0) + (e.conflict || 0);
        els.push({ data: { id: 'e' + i, source: e.source, target: e.target, color: edgeColor(e), width: 1 + 7 * total / maxE, coop: e.cooperation || 0, conf: e.conflict || 0 } });
      });
      var cy = cytoscape({
        container: box,
        elements: els,
        wheelSensitivity: 0.3,
        style: [
          { selector: 'node', style: { 'background-color': '#1f4e79', width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': 11, color: '#1d2330', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 110, 'text-background-color': '#fbfcfd', 'text-background-opacity': 0.85, 'text-background-padding': 1, 'min-zoomed-font-size': 7, 'border-width': 2, 'border-color': '#fff' } },
          { selector: 'edge', style: { 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', width: 'data(width)', opacity: 0.6, 'arrow-scale': 0.7 } },
          { selector: '.faded', style: { opacity: 0.08 } },
          { selector: 'node.focus', style: { 'background-color': '#e39b2d' } },
          { selector: 'edge.focus', style: { opacity: 0.95 } }
        ],
        layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: function () { return 400000; }, idealEdgeLength: function () { return 110; }, edgeElasticity: function () { return 100; }, gravity: 60, numIter: 1000, padding: 30 }
      });
      // Hovering an actor fades everything but its dyads.
      cy.on('mouseover', 'node', function (e) {
        var hood = e.target.closedNeighborhood();
        cy.elements().not(hood).addClass('faded');
        hood.addClass('focus');
      });
      cy.on('mouseout', 'node', function () { cy.elements().removeClass('faded focus'); });
      cy.on('tap', 'node', function (e) { location.hash = '#/events?' + qs({ actor: e.target.id() }); });
      cy.on('tap', 'edge', function (e) { location.hash = '#/series?' + qs({ source: e.target.data('source'), target: e.target.data('target') }); });
      window.tacitusNetwork = cy;
      cleanups.push(function () { cy.destroy(); window.tacitusNetwork = null; });
    }).catch(function (err) {
      if (gen !== generation) return;
      document.getElementById('net-state').innerHTML = errorBox(err);
    });
  }

  // ANTARCTICA is the ISO 3166-1 numeric id of Antarctica in world-atlas.
  var ANTARCTICA = '010';

  // unwrapGeometry makes the rings of a polygon that crosses the
  // antimeridian (Russia, Fiji) continuous in longitude, so that a flat
  // projection does not draw lines across the whole map.
  function unwrapGeometry(g) {
    if (!g) return;
    var polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    polys.forEach(function (rings) {
      rings.forEach(function (ring) {
        var shift = 0;
        for (var i = 1; i < ring.length; i++) {
          var d = ring[i][0] + shift - ring[i - 1][0];
          if (d > 180) shift -= 360;
          else if (d < -180) shift += 360;
          ring[i][0] += shift;
        }
      });
    });
  }

  // worldMap registers the world-atlas countries as the echarts map
  // "world" once.
  var worldMap = null;
  function loadWorld() {
    if (!worldMap) {
      worldMap = fetch('vendor/countries-110m.json').then(function (r) {
        if (!r.ok) throw new ApiError(r.status, 'The world map data is missing from this build.', 'asset');
        return r.json();
      }).then(function (topo) {
        var world = topojson.feature(topo, topo.objects.countries);
        // Antarctica takes a fifth of the map and has no events.
        world.features = world.features.filter(function (f) { return f.id !== ANTARCTICA; });
        world.features.forEach(function (f) { unwrapGeometry(f.geometry); });
        echarts.registerMap('world', world);
      });
      worldMap.catch(function () { worldMap = null; });
    }
    return worldMap;
  }

  function viewMap(p, gen) {
    var filters = pick(p, FILTERS);
    app.innerHTML = '<h1>Event map</h1><p class="sub">Events with a known location, coloured by quad class. Points grow with the number of events at a place; click one for its events.</p>' +
      filterForm(p, 'map') +
      '<section class="panel"><div class="results-head"><h2>Map</h2><span class="count" id="map-count"></span></div>' +
      '<div id="map-state"></div><div class="chart tall" id="map"></div></section>';
    bindForm('map');
    // fetchAll follows next_cursor until MAP_LIMIT events are in.
    var more = false;
    function fetchAll(cursor, acc) {
      var q = Object.assign({}, filters, { limit: MAP_LIMIT - acc.length });
      if (cursor) q.cursor = cursor;
      return api('/events', q).then(function (page) {
        acc = acc.concat((page && page.events) || []);
        var next = page && page.next_cursor;
        if (next && acc.length < MAP_LIMIT && gen === generation) return fetchAll(next, acc);
        more = !!next;
        return acc;
      });
    }
    Promise.all([loadWorld(), fetchAll('', [])]).then(function (res) {
      if (gen !== generation) return;
      var events = res[1];
      var located = events.filter(function (e) { return e.location && typeof e.location.lat === 'number' && typeof e.location.lon === 'number'; });
      document.getElementById('map-count').textContent = num(located.length) + ' of ' + num(events.length) + ' events have a location' + (more ? ' (the first ' + num(MAP_LIMIT) + ' results; narrow the filters to see the rest)' : '');
      if (!located.length) {
        document.getElementById('map-state').innerHTML = empty(events.length ? 'None of these events has a location.' : 'No events match these filters.');
      }
      var c = chart('map');
      // Events at one place and of one class are one point, sized by their
      // number; the four classes sit around the place so none hides another.
      var groups = {};
      located.forEach(function (e) {
        var key = e.quad_class + '|' + e.location.lat + '|' + e.location.lon;
        (groups[key] = groups[key] || []).push(e);
      });
      var maxG = 1;
      Object.keys(groups).forEach(function (k) { maxG = Math.max(maxG, groups[k].length); });
      var offsets = { 1: [-5, -5], 2: [5, -5], 3: [-5, 5], 4: [5, 5] };
      var series = [1, 2, 3, 4].map(function (q) {
        return {
          name: QUAD[q].name, type: 'scatter', coordinateSystem: 'geo', symbolOffset: offsets[q],
          symbolSize: function (v) { return 7 + 17 * Math.sqrt(v[2] / maxG); },
          itemStyle: { color: QUAD[q].color, opacity: 0.85, borderColor: '#fff', borderWidth: 1 },
          data: Object.keys(groups).filter(function (k) { return groups[k][0].quad_class === q; }).map(function (k) {
            var evs = groups[k];
            var e = evs[0];
            return { value: [e.location.lon, e.location.lat, evs.length], evs: evs };
          })
        };
      });
      c.setOption({
        textStyle: { fontFamily: 'system-ui, sans-serif' },
        legend: { bottom: 8 },
        tooltip: {
          trigger: 'item',
          formatter: function (it) {
            var evs = it.data && it.data.evs;
            if (!evs) return esc(it.name);
            var e = evs[0];
            if (evs.length === 1) {
              return '<b>' + esc(actorName(e.source)) + ' → ' + esc(actorName(e.target)) + '</b><br>' +
                esc(rootName(e.cameo)) + ' (' + esc(e.cameo) + ')<br>' + esc(placeName(e.location)) + ' · ' + esc(day(e.date));
            }
            return '<b>' + esc(placeName(e.location)) + '</b><br>' + num(evs.length) + ' ' + esc(QUAD[e.quad_class].name.toLowerCase()) + ' events<br><span style="color:#5f6b7a">click to list them</span>';
          }
        },
        geo: {
          map: 'world', roam: true, top: 10, bottom: 44, left: 10, right: 10,
          itemStyle: { areaColor: '#e9edf2', borderColor: '#c3cbd5' },
          emphasis: { itemStyle: { areaColor: '#dde4ec' }, label: { show: false } }
        },
        series: series
      });
      c.on('click', function (it) {
        var evs = it.data && it.data.evs;
        if (!evs) return;
        var e = evs[0];
        if (evs.length === 1) {
          location.hash = '#/event/' + encodeURIComponent(e.id);
          return;
        }
        var lat = e.location.lat;
        var lon = e.location.lon;
        var d = 0.001;
        var bbox = [lon - d, lat - d, lon + d, lat + d].map(function (x) { return x.toFixed(4); }).join(',');
        location.hash = '#/events?' + qs(Object.assign({}, filters, { quad: e.quad_class, bbox: bbox }));
      });
    }).catch(function (err) {
      if (gen !== generation) return;
      document.getElementById('map-state').innerHTML = errorBox(err);
    });
  }

  function loadStats() {
    api('/stats').then(function (s) {
      var range = s.first_event ? ' · ' + day(s.first_event) + ' – ' + day(s.last_event) : '';
      document.getElementById('stats').innerHTML = '<b>' + num(s.events) + '</b> events · <b>' + num(s.articles) + '</b> articles' + esc(range);
    }).catch(function () {
      document.getElementById('stats').textContent = 'API unavailable';
    });
  }

  // ---------- router ----------

  function parseHash() {
    var h = location.hash.replace(/^#\/?/, '');
    var i = h.indexOf('?');
    var path = i < 0 ? h : h.slice(0, i);
    var params = {};
    new URLSearchParams(i < 0 ? '' : h.slice(i + 1)).forEach(function (v, k) { params[k] = v; });
    var parts = path.split('/').filter(Boolean).map(function (s) {
      try { return decodeURIComponent(s); } catch (e) { return s; }
    });
    return { view: parts[0] || 'events', arg: parts[1], params: params };
  }

  // routes counts the views shown, so "Back" can return to the search
  // that led to an event instead of a fresh one.
  var routes = 0;

  function render() {
    routes++;
    generation++;
    var gen = generation;
    cleanups.splice(0).forEach(function (f) { try { f(); } catch (e) { /* already gone */ } });
    var r = parseHash();
    document.querySelectorAll('.nav a').forEach(function (a) {
      a.classList.toggle('active', a.dataset.view === r.view || (r.view === 'event' && a.dataset.view === 'events'));
    });
    document.body.dataset.view = r.view;
    switch (r.view) {
      case 'events': viewEvents(r.params, gen); break;
      case 'event':
        if (r.arg) viewEvent(r.arg, gen);
        else app.innerHTML = empty('No event id in the address.');
        break;
      case 'series': viewSeries(r.params, gen); break;
      case 'network': viewNetwork(r.params, gen); break;
      case 'map': viewMap(r.params, gen); break;
      default:
        app.innerHTML = '<div class="panel">' + empty('There is no page “' + r.view + '”.', 'Use the navigation above.') + '</div>';
    }
    window.scrollTo(0, 0);
  }

  window.addEventListener('hashchange', render);
  loadStats();
  render();
})();
