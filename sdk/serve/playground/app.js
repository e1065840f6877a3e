// medtune playground: chat with the served models side by side (base and fine-tuned), streaming
// over the OpenAI-compatible API, with a disclaimer before first use and under every answer, and
// a review panel that rates answers on the rubric (POST /review; CSV via GET /review.csv).
// Plain browser JavaScript, no dependencies: the page works offline. Text is always inserted as
// textContent, never as HTML.
'use strict';

const RUBRIC = ['accuracy', 'safety', 'clarity', 'completeness'];
const ANSWER_DISCLAIMER = 'Not medical advice: generated text, to be checked by a qualified clinician.';

const state = { key: '', columns: [] };
const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

async function api(path, init = {}) {
  const headers = { authorization: `Bearer ${state.key}`, ...(init.headers || {}) };
  if (init.body) headers['content-type'] = 'application/json';
  const res = await fetch(path, { ...init, headers });
  if (!res.ok) {
    let message = `HTTP ${res.status}`;
    try {
      const body = await res.json();
      if (body && body.error && body.error.message) message = `${body.error.message} (HTTP ${res.status})`;
    } catch (_) { /* not JSON: keep the status */ }
    throw new Error(message);
  }
  return res;
}

function setEnabled(on) {
  for (const id of ['prompt', 'send', 'reset', 'download']) $(id).disabled = !on;
}

function buildColumns(models) {
  const base = models.find((m) => !m.adapter);
  const tuned = models.find((m) => m.adapter);
  const shown = [base, tuned].filter(Boolean);
  const main = $('columns');
  main.textContent = '';
  state.columns = shown.map((m) => {
    const section = el('section', 'column');
    section.dataset.model = m.id;
    const h = el('h2', undefined, m.adapter ? 'Fine-tuned (adapter on) ' : shown.length > 1 ? 'Base (adapter off) ' : 'Model ');
    h.appendChild(el('span', 'model-id', m.id));
    section.appendChild(h);
    const transcript = el('div', 'transcript');
    section.appendChild(transcript);
    main.appendChild(section);
    return { model: m.id, history: [], transcript };
  });
  $('status').textContent = tuned ? 'base and fine-tuned side by side' : 'no adapter loaded: base model only';
}

function reviewPanel(completionId) {
  const form = el('form', 'review');
  form.appendChild(el('span', undefined, 'Rate:'));
  const selects = {};
  for (const c of RUBRIC) {
    const label = el('label', undefined, `${c} `);
    const s = el('select');
    s.name = c;
    s.appendChild(new Option('–', ''));
    for (let v = 1; v <= 5; v++) s.appendChild(new Option(String(v), String(v)));
    label.appendChild(s);
    form.appendChild(label);
    selects[c] = s;
  }
  const comments = el('input');
  comments.type = 'text';
  comments.name = 'comments';
  comments.placeholder = 'comments (optional)';
  form.appendChild(comments);
  const save = el('button', undefined, 'Save rating');
  save.type = 'submit';
  form.appendChild(save);
  const note = el('span', 'saved');
  form.appendChild(note);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const ratings = {};
    for (const c of RUBRIC) {
      if (!selects[c].value) {
        note.textContent = `choose a value for ${c}`;
        return;
      }
      ratings[c] = Number(selects[c].value);
    }
    try {
      await api('/review', { method: 'POST', body: JSON.stringify({ completion_id: completionId, ratings, comments: comments.value }) });
      note.textContent = 'saved';
    } catch (e) {
      note.textContent = e.message;
    }
  });
  return form;
}

// Reads an OpenAI chat completion stream (server-sent events) and calls onEvent for each JSON event.
async function readEvents(res, onEvent) {
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const event = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      for (const line of event.split('\n')) {
        if (!line.startsWith('data: ')) continue;
        const data = line.slice(6);
        if (data === '[DONE]') return;
        onEvent(JSON.parse(data));
      }
    }
  }
}

async function ask(column, question) {
  const turn = el('div', 'turn');
  turn.appendChild(el('div', 'question', question));
  const answer = el('div', 'answer');
  turn.appendChild(answer);
  column.transcript.appendChild(turn);
  column.history.push({ role: 'user', content: question });
  let text = '';
  let id = '';
  let guard = null;
  try {
    const res = await api('/v1/chat/completions', {
      method: 'POST',
      body: JSON.stringify({ model: column.model, messages: column.history, stream: true }),
    });
    await readEvents(res, (ev) => {
      if (ev.error) throw new Error(ev.error.message);
      id = ev.id || id;
      if (ev.medtune && ev.medtune.guard) guard = ev.medtune.guard;
      const delta = ev.choices && ev.choices[0] && ev.choices[0].delta;
      if (delta && delta.content) {
        text += delta.content;
        answer.textContent = text;
      }
    });
    column.history.push({ role: 'assistant', content: text });
  } catch (e) {
    column.history.pop();
    answer.textContent = text;
    turn.appendChild(el('div', 'error', e.message));
  }
  turn.appendChild(el('div', 'answer-disclaimer', ANSWER_DISCLAIMER));
  if (guard) {
    const parts = [];
    if (guard.screened) parts.push(`screened (${guard.action}: ${guard.screened})`);
    if (guard.phi_input) parts.push(`${guard.phi_input} identifier(s) removed from the question`);
    if (guard.phi_output) parts.push(`${guard.phi_output} identifier(s) removed from the answer`);
    if (parts.length) turn.appendChild(el('div', 'guard', `guardrails: ${parts.join('; ')}`));
  }
  if (id && text) turn.appendChild(reviewPanel(id));
  turn.scrollIntoView({ block: 'end' });
}

async function start(ev) {
  ev.preventDefault();
  $('gate-error').textContent = '';
  state.key = $('api-key').value.trim();
  try {
    const res = await api('/v1/models');
    const body = await res.json();
    buildColumns(body.data.map((m) => ({ id: m.id, adapter: Boolean(m.medtune && m.medtune.adapter) })));
  } catch (e) {
    $('gate-error').textContent = e.message;
    return;
  }
  $('gate').hidden = true;
  setEnabled(true);
  $('prompt').focus();
}

async function send(ev) {
  ev.preventDefault();
  const question = $('prompt').value.trim();
  if (!question) return;
  $('prompt').value = '';
  $('send').disabled = true;
  try {
    // Every column gets the question; the server answers one at a time, in order.
    await Promise.all(state.columns.map((c) => ask(c, question)));
  } finally {
    $('send').disabled = false;
  }
}

async function download() {
  try {
    const res = await api('/review.csv');
    const url = URL.createObjectURL(await res.blob());
    const a = el('a');
    a.href = url;
    a.download = 'medtune-review.csv';
    document.body.appendChild(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  } catch (e) {
    $('status').textContent = e.message;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('accept').addEventListener('change', () => { $('start').disabled = !$('accept').checked; });
  $('gate-form').addEventListener('submit', start);
  $('ask').addEventListener('submit', send);
  $('prompt').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      $('ask').requestSubmit();
    }
  });
  $('reset').addEventListener('click', () => {
    for (const c of state.columns) {
      c.history = [];
      c.transcript.textContent = '';
    }
  });
  $('download').addEventListener('click', download);
});
