// The newsroom's article editor: ProseMirror for the body, a headline counter, and an autosave that never
// loses more than one interval of typing. ProseMirror leaves composition to the browser's IME and reads the
// result back from the DOM, which is why Hangul typed fast, at a paragraph's start or after a link comes out
// whole (see NewsroomBrowserTests).
import { Schema, DOMParser as ModelParser, DOMSerializer } from "prosemirror-model";
import { EditorState, Plugin, NodeSelection } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { liftTarget } from "prosemirror-transform";
import { keymap } from "prosemirror-keymap";
import { history, undo, redo } from "prosemirror-history";
import { baseKeymap, toggleMark, setBlockType, wrapIn, lift } from "prosemirror-commands";
import { addListNodes, wrapInList, splitListItem, liftListItem, sinkListItem } from "prosemirror-schema-list";
import { dropCursor } from "prosemirror-dropcursor";
import { gapCursor } from "prosemirror-gapcursor";

const form = document.getElementById("editor-form");
// Empty for 새 기사 쓰기: nothing is stored until the first save, whose answer gives the article its id.
let articleId = form.dataset.article;
const editable = form.dataset.editable === "true";
const intervalSeconds = Number(form.dataset.autosave) || 20;
const headlineLimit = Number(form.dataset.headlineLimit) || 45;
// The browser's copy of text the server has not confirmed yet: { copy, base, fields, at }. `base` is the version
// the text was written over, as the server last confirmed it; `copy` is the id of the editor window that wrote
// it. The copy is dropped as soon as the server confirms it has stored that window's text (an autosave's answer,
// or the page a successful form submit leads to), so a reload never brings back text that is already saved.
// A new article's text is kept under one key until its first save names it, so text typed before a crash or a
// lost session in a new article comes back the next time 새 기사 쓰기 is opened.
const NEW_KEY = "sinmun:draft:new";
let storageKey = articleId ? "sinmun:draft:" + articleId : NEW_KEY;
const csrfHeader = document.querySelector('meta[name="csrf-header"]').content;
let csrfToken = document.querySelector('meta[name="csrf-token"]').content;

const bodyField = document.getElementById("bodyHtml");
const status = document.getElementById("save-status");
const conflictBox = document.getElementById("conflict-live");

const VIDEO_LABELS = { youtube: "YouTube", navertv: "네이버TV", kakaotv: "카카오TV" };

// A pasted link that is a video of an allowed provider, read the way platform.VideoProviders admits ids; any
// other link is left to paste as it always did.
function videoFromLink(text) {
  let url;
  try {
    url = new URL(text.trim());
  } catch (e) {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const host = url.hostname.toLowerCase();
  const path = url.pathname;
  let m;
  if (["youtube.com", "www.youtube.com", "m.youtube.com"].includes(host)) {
    const v = url.searchParams.get("v");
    if (path === "/watch" && /^[A-Za-z0-9_-]{11}$/.test(v || "")) return { provider: "youtube", id: v };
    m = path.match(/^\/(?:embed|shorts|live)\/([A-Za-z0-9_-]{11})\/?$/);
    return m ? { provider: "youtube", id: m[1] } : null;
  }
  if (host === "youtu.be") {
    m = path.match(/^\/([A-Za-z0-9_-]{11})\/?$/);
    return m ? { provider: "youtube", id: m[1] } : null;
  }
  if (host === "tv.naver.com" || host === "m.tv.naver.com") {
    m = path.match(/^\/(?:v|embed)\/([0-9]{1,12})\/?$/);
    return m ? { provider: "navertv", id: m[1] } : null;
  }
  if (host === "tv.kakao.com" || host === "play-tv.kakao.com") {
    m = path.match(/^\/(?:v|embed\/player\/cliplink|channel\/[0-9]{1,12}\/cliplink)\/([0-9]{1,12})\/?$/);
    return m ? { provider: "kakaotv", id: m[1] } : null;
  }
  return null;
}

// The article body's vocabulary: what the server's sanitizer keeps, and nothing it would throw away.
const nodes = {
  doc: { content: "block+" },
  paragraph: { content: "inline*", group: "block", parseDOM: [{ tag: "p" }], toDOM: () => ["p", 0] },
  heading: {
    attrs: { level: { default: 2 } }, content: "inline*", group: "block", defining: true,
    parseDOM: [{ tag: "h2", attrs: { level: 2 } }, { tag: "h3", attrs: { level: 3 } }, { tag: "h4", attrs: { level: 3 } }],
    toDOM: node => ["h" + node.attrs.level, 0]
  },
  blockquote: { content: "block+", group: "block", defining: true, parseDOM: [{ tag: "blockquote" }], toDOM: () => ["blockquote", 0] },
  horizontal_rule: { group: "block", parseDOM: [{ tag: "hr" }], toDOM: () => ["hr"] },
  figure: {
    group: "block", atom: true, draggable: true,
    attrs: { src: {}, alt: { default: "" }, width: { default: null }, height: { default: null }, caption: { default: "" }, credit: { default: "" } },
    parseDOM: [{
      tag: "figure",
      getAttrs(dom) {
        const img = dom.querySelector("img");
        if (!img) return false;
        const creditNode = dom.querySelector("figcaption .credit");
        const captionNode = dom.querySelector("figcaption");
        let caption = "";
        if (captionNode) {
          const copy = captionNode.cloneNode(true);
          copy.querySelectorAll(".credit").forEach(n => n.remove());
          caption = copy.textContent.trim();
        }
        return {
          src: img.getAttribute("src"), alt: img.getAttribute("alt") || "",
          width: img.getAttribute("width"), height: img.getAttribute("height"),
          caption, credit: creditNode ? creditNode.textContent.trim() : ""
        };
      }
    }],
    toDOM(node) {
      const a = node.attrs;
      const img = ["img", { src: a.src, alt: a.alt, width: a.width, height: a.height }];
      if (!a.caption && !a.credit) return ["figure", img];
      const caption = ["figcaption", a.caption + (a.caption && a.credit ? " " : "")];
      if (a.credit) caption.push(["span", { class: "credit" }, a.credit]);
      return ["figure", img, caption];
    }
  },
  // A video of an allowed provider, stored by provider and id only (platform.VideoProviders, HtmlAllowList);
  // the reader site makes the still and the player from them. Inserted by pasting the video's link.
  video: {
    group: "block", atom: true, draggable: true,
    attrs: { provider: {}, id: {}, title: { default: "" } },
    parseDOM: [{
      tag: "div[data-video-provider]",
      getAttrs: dom => VIDEO_LABELS[dom.getAttribute("data-video-provider")] && dom.getAttribute("data-video-id")
        ? { provider: dom.getAttribute("data-video-provider"), id: dom.getAttribute("data-video-id"), title: dom.getAttribute("data-video-title") || "" }
        : false
    }],
    toDOM(node) {
      const a = node.attrs;
      const attrs = { "data-video-provider": a.provider, "data-video-id": a.id };
      if (a.title) attrs["data-video-title"] = a.title;
      return ["div", attrs];
    }
  },
  // 포토뉴스: photos kept together, shown to readers as a gallery they swipe or step through.
  gallery: {
    // "figure*", not "+": ProseMirror must be able to make a required child, and a photo has no default source.
    // An emptied gallery shows nothing to readers (BodyEmbeds drops it).
    group: "block", content: "figure*", defining: true,
    parseDOM: [{ tag: "div.gallery" }],
    toDOM: () => ["div", { class: "gallery" }, 0]
  },
  text: { group: "inline" },
  hard_break: { inline: true, group: "inline", selectable: false, parseDOM: [{ tag: "br" }], toDOM: () => ["br"] }
};
const marks = {
  link: {
    attrs: { href: {} }, inclusive: false,
    parseDOM: [{ tag: "a[href]", getAttrs: dom => ({ href: dom.getAttribute("href") }) }],
    toDOM: mark => ["a", { href: mark.attrs.href }, 0]
  },
  strong: { parseDOM: [{ tag: "strong" }, { tag: "b" }], toDOM: () => ["strong", 0] },
  em: { parseDOM: [{ tag: "em" }, { tag: "i" }], toDOM: () => ["em", 0] }
};
const base = new Schema({ nodes, marks });
const schema = new Schema({
  nodes: addListNodes(base.spec.nodes, "paragraph block*", "block"),
  marks: base.spec.marks
});

// Parsed in an inert document: text kept in the browser is never live HTML (no image loads, no handlers).
function parse(html) {
  const inert = new DOMParser().parseFromString("<!DOCTYPE html><body>" + html, "text/html");
  return ModelParser.fromSchema(schema).parse(inert.body);
}

function serialize(doc) {
  const holder = document.createElement("div");
  holder.appendChild(DOMSerializer.fromSchema(schema).serializeFragment(doc.content));
  // An empty article is an empty body, not one empty paragraph.
  return holder.textContent.trim() === "" && !holder.querySelector("img") ? "" : holder.innerHTML;
}

// --- Autosave -------------------------------------------------------------------------------------------

let dirty = false;
let inflight = null;
let submitting = false;
// While a conflict is on screen nothing saves by itself: the writer reads what changed and chooses.
let conflicted = false;

// One id per editor window (tab), sent with every save; the server stores it with the revision. Saves that
// came from this window and whose answers were lost are then not taken for somebody else's; a save from another
// window of the same writer still is a conflict, since that window's text would be overwritten unseen. A page
// that answers a refused form save carries the id of the window that sent it.
let copyId = form.elements.copy.value || newCopyId();
// Text brought back from the browser's copy is saved once as the window that wrote it; after that this window
// goes on under its own id (the other window may still be open).
let handOver = false;

function newCopyId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
}

function fields() {
  const data = new FormData(form);
  return {
    sectionId: form.elements.sectionId.value,
    reporterId: form.elements.reporterId ? form.elements.reporterId.value : "",
    headline: data.get("headline") || "",
    subheadline: data.get("subheadline") || "",
    bodyHtml: bodyField.value,
    tags: data.get("tags") || "",
    wireSource: data.get("wireSource") || "",
    coReporters: coAuthorBoxes().filter(box => box.checked).map(box => box.value).join(","),
    version: form.elements.version.value,
    copy: copyId
  };
}

const TEXT_FIELDS = ["sectionId", "reporterId", "headline", "subheadline", "bodyHtml", "tags", "coReporters", "wireSource"];

function coAuthorBoxes() {
  return Array.from(form.querySelectorAll('input[name="coReporters"]'));
}

function sameText(a, b) {
  return TEXT_FIELDS.every(k => (a[k] || "") === (b[k] || ""));
}

function distinct(values) {
  return Array.from(new Set(values.map(value => value.trim()).filter(value => value !== "")));
}

// What the fields mean, written one way: the server strips the headline, joins tags with ", ", cleans the body's
// HTML (`<img>` becomes `<img />`, quotes and `=` become entities) and the page shows it back that way. The body
// goes through the editor's own schema, so two ways of writing the same text compare equal.
function meaning(f) {
  return {
    sectionId: f.sectionId || "",
    reporterId: f.reporterId || "",
    headline: (f.headline || "").trim(),
    subheadline: (f.subheadline || "").replace(/\r\n?/g, "\n").trim(),
    bodyHtml: serialize(parse(f.bodyHtml || "")),
    tags: distinct((f.tags || "").split(/[,，\n]/)).join(", "),
    coReporters: distinct((f.coReporters || "").split(",")).join(","),
    wireSource: (f.wireSource || "").trim()
  };
}

function sameMeaning(a, b) {
  return sameText(meaning(a), meaning(b));
}

function kept() {
  try {
    const copy = JSON.parse(localStorage.getItem(storageKey) || "null");
    if (!copy || !copy.fields) return null;
    // CASE: a copy kept before copies named their window and base.
    return copy.copy ? copy : { copy: newCopyId(), base: copy.fields.version, fields: copy.fields };
  } catch (e) {
    return null;
  }
}

function remember() {
  try {
    localStorage.setItem(storageKey, JSON.stringify({ copy: copyId, base: form.elements.version.value, at: Date.now(), fields: fields() }));
  } catch (e) {
    // CASE: storage full or disabled (private mode): the server save still runs.
  }
}

// Drops the browser's copy once the server has this window's text. Another window's copy is left alone.
function forget(copy) {
  const current = kept();
  if (current && current.copy === copy) localStorage.removeItem(storageKey);
  // CASE: the new article's first save went through the form; its copy was kept under the new-article key.
  try {
    const fresh = JSON.parse(localStorage.getItem(NEW_KEY) || "null");
    if (fresh && fresh.copy === copy) localStorage.removeItem(NEW_KEY);
  } catch (e) {
    // Storage disabled: nothing was kept.
  }
}

// The new article's first save stored it: from now on this page edits article `id`, as if opened from a list.
function adopt(id) {
  if (articleId) return;
  articleId = String(id);
  const copy = kept();
  storageKey = "sinmun:draft:" + articleId;
  if (copy && copy.copy === copyId) {
    localStorage.removeItem(NEW_KEY);
    try {
      localStorage.setItem(storageKey, JSON.stringify(copy));
    } catch (e) {
      // CASE: storage full or disabled: the server has the text.
    }
  }
  form.dataset.article = articleId;
  // Not `form.action`: the buttons named "action" shadow that property.
  form.setAttribute("action", "/newsroom/articles/" + articleId);
  const preview = form.querySelector("[data-preview]");
  if (preview) preview.setAttribute("formaction", "/newsroom/articles/" + articleId + "/preview");
  // `window.`: `history` in this module is ProseMirror's undo history.
  window.history.replaceState(window.history.state, "", "/newsroom/articles/" + articleId);
}

function changed() {
  if (!editable) return;
  dirty = true;
  remember();
  if (!conflicted) say("저장하지 않은 변경이 있습니다.", "pending");
}

function say(text, kind) {
  status.textContent = text;
  status.dataset.kind = kind || "";
}

function clock() {
  const now = new Date();
  return String(now.getHours()).padStart(2, "0") + ":" + String(now.getMinutes()).padStart(2, "0") + ":" + String(now.getSeconds()).padStart(2, "0");
}

async function save({ leaving = false, asked = false } = {}) {
  if (!editable || !dirty || submitting || conflicted) return;
  if (inflight) return inflight;
  const first = !articleId;
  const sent = fields();
  dirty = false;
  inflight = (async () => {
    let response;
    try {
      response = await fetch(first ? "/newsroom/articles/autosave" : "/newsroom/articles/" + articleId + "/autosave", {
        method: "POST", keepalive: leaving, credentials: "same-origin",
        headers: { "Content-Type": "application/json", "Accept": "application/json", [csrfHeader]: csrfToken },
        body: JSON.stringify(sent)
      });
    } catch (e) {
      dirty = true;
      say("연결이 끊겨 저장하지 못했습니다. 쓰신 내용은 이 브라우저에 보관되어 있고, 연결되면 다시 저장합니다.", "offline");
      return;
    }
    const answer = await response.json().catch(() => ({}));
    if (response.ok) {
      if (first) adopt(answer.id);
      form.elements.version.value = answer.version;
      if (handOver) {
        handOver = false;
        copyId = newCopyId();
        form.elements.copy.value = copyId;
      }
      if (sameText(sent, fields())) {
        forget(sent.copy);
      } else {
        dirty = true;
        remember();
      }
      conflictBox.hidden = true;
      say((asked ? "저장했습니다 " : "자동 저장됨 ") + clock(), "saved");
    } else if (response.status === 401 || response.status === 403 && !answer.message) {
      dirty = true;
      remember();
      loginNeeded(answer.message);
    } else if (response.status === 409) {
      dirty = true;
      showConflict(answer);
    } else {
      dirty = true;
      say(answer.message || "저장하지 못했습니다(" + response.status + "). 쓰신 내용은 이 브라우저에 보관되어 있습니다.", "error");
    }
  })().finally(() => { inflight = null; });
  return inflight;
}

function loginNeeded(message) {
  status.textContent = "";
  status.dataset.kind = "error";
  status.append((message || "로그인이 만료되었습니다.") + " 쓰신 내용은 이 브라우저에 보관되어 있습니다. ");
  const link = document.createElement("a");
  link.href = location.pathname;
  link.textContent = "다시 로그인하고 저장하기";
  status.append(link);
}

// The same words and the same button as the 409 page (editor.jte): both come from the server.
function showConflict(answer) {
  conflicted = true;
  conflictBox.replaceChildren();
  const title = document.createElement("h2");
  title.textContent = answer.title;
  const text = document.createElement("p");
  text.textContent = answer.message;
  conflictBox.append(title, text);
  for (const block of answer.changes || []) {
    if (!block.segments.some(s => s.kind !== "same")) continue;
    const heading = document.createElement("h3");
    heading.textContent = block.label;
    const diff = document.createElement("p");
    diff.className = "nr-diff";
    for (const segment of block.segments) {
      const part = document.createElement(segment.kind === "added" ? "ins" : segment.kind === "removed" ? "del" : "span");
      part.textContent = segment.text;
      diff.append(part);
    }
    conflictBox.append(heading, diff);
  }
  const overwrite = document.createElement("button");
  overwrite.type = "button";
  overwrite.textContent = answer.overwrite;
  overwrite.addEventListener("click", () => {
    form.elements.version.value = answer.currentVersion;
    conflicted = false;
    dirty = true;
    remember();
    save();
  });
  const line = document.createElement("p");
  line.append(overwrite);
  conflictBox.append(line);
  conflictBox.hidden = false;
  say("다른 저장과 충돌했습니다. 위 내용을 확인하십시오.", "error");
}

// --- The body editor ------------------------------------------------------------------------------------

let view = null;
const holder = document.getElementById("body-editor");
const toolbar = document.getElementById("body-toolbar");

function command(label, run, key) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  if (key) button.title = label + " (" + key + ")";
  button.addEventListener("mousedown", e => e.preventDefault());
  button.addEventListener("click", () => {
    run(view.state, view.dispatch, view);
    view.focus();
  });
  toolbar.append(button);
}

// A link pasted on its own that names a video of an allowed provider becomes the video; anything else pastes as
// before (a link stays a link).
function pasteVideo(view, event) {
  const text = event.clipboardData ? event.clipboardData.getData("text/plain").trim() : "";
  if (!text || /\s/.test(text)) return false;
  const video = videoFromLink(text);
  if (!video) return false;
  const node = schema.nodes.video.create(video);
  view.dispatch(view.state.tr.replaceSelectionWith(node).scrollIntoView());
  say(VIDEO_LABELS[video.provider] + " 영상을 넣었습니다. 독자에게는 누르기 전까지 재생 화면만 보입니다. 제목은 '영상 제목'으로 붙이십시오.", "saved");
  return true;
}

// The title readers' screen readers announce for the player, and the caption under it.
function titleVideo(state, dispatch) {
  const selected = state.selection instanceof NodeSelection ? state.selection.node : null;
  if (!selected || selected.type !== schema.nodes.video) {
    say("제목을 붙일 영상을 먼저 누르십시오.", "error");
    return false;
  }
  const title = window.prompt("영상 제목", selected.attrs.title);
  if (title === null) return false;
  if (dispatch) dispatch(state.tr.setNodeMarkup(state.selection.from, null, { ...selected.attrs, title: title.trim().slice(0, 200) }));
  return true;
}

// Two or more photos side by side in the body, chosen together, become one gallery; the command with the cursor
// in a gallery (or the gallery chosen) takes all its photos back out, in their order.
function toggleGallery(state, dispatch) {
  const { selection } = state;
  let from = null;
  let to = null;
  if (selection instanceof NodeSelection && selection.node.type === schema.nodes.gallery) {
    from = selection.from;
    to = selection.to;
  } else {
    for (let depth = selection.$from.depth; depth > 0; depth--) {
      if (selection.$from.node(depth).type === schema.nodes.gallery) {
        from = selection.$from.before(depth);
        to = selection.$from.after(depth);
        break;
      }
    }
  }
  if (from !== null) {
    const range = state.doc.resolve(from + 1).blockRange(state.doc.resolve(to - 1));
    const target = range && liftTarget(range);
    if (target == null) return false;
    if (dispatch) dispatch(state.tr.lift(range, target).scrollIntoView());
    return true;
  }
  if (!wrapIn(schema.nodes.gallery)(state)) {
    say("갤러리로 묶을 사진들을 함께 고르십시오(사진만 고를 수 있습니다).", "error");
    return false;
  }
  return wrapIn(schema.nodes.gallery)(state, dispatch);
}

function promptLink(state, dispatch) {
  const type = schema.marks.link;
  const { from, to, empty } = state.selection;
  if (state.doc.rangeHasMark(from, to, type)) return toggleMark(type)(state, dispatch);
  if (empty) {
    say("링크를 걸 글자를 먼저 고르십시오.", "error");
    return false;
  }
  const href = window.prompt("링크 주소 (https://…)", "https://");
  if (!href || !/^(https?:\/\/|mailto:)/i.test(href.trim())) return false;
  return toggleMark(type, { href: href.trim() })(state, dispatch);
}

if (holder) {
  bodyField.hidden = true;
  document.querySelector(".nr-fallback").hidden = true;
  view = new EditorView(holder, {
    state: EditorState.create({
      doc: parse(bodyField.value),
      plugins: [
        history(),
        keymap({ "Mod-z": undo, "Shift-Mod-z": redo, "Mod-y": redo, "Mod-b": toggleMark(schema.marks.strong),
          "Mod-i": toggleMark(schema.marks.em), "Enter": splitListItem(schema.nodes.list_item),
          "Mod-[": liftListItem(schema.nodes.list_item), "Mod-]": sinkListItem(schema.nodes.list_item) }),
        keymap(baseKeymap),
        dropCursor(),
        gapCursor(),
        new Plugin({ props: { attributes: { role: "textbox", "aria-multiline": "true", "aria-labelledby": "body-label", spellcheck: "false" } } }),
        new Plugin({ props: { handlePaste: pasteVideo } })
      ]
    }),
    editable: () => editable,
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      if (tr.docChanged) {
        bodyField.value = serialize(view.state.doc);
        changed();
      }
    }
  });
  if (editable) {
    toolbar.hidden = false;
    command("굵게", toggleMark(schema.marks.strong), "Ctrl+B");
    command("기울임", toggleMark(schema.marks.em), "Ctrl+I");
    command("소제목", setBlockType(schema.nodes.heading, { level: 2 }));
    command("본문", setBlockType(schema.nodes.paragraph));
    command("인용", wrapIn(schema.nodes.blockquote));
    command("인용 해제", lift);
    command("글머리 목록", wrapInList(schema.nodes.bullet_list));
    command("번호 목록", wrapInList(schema.nodes.ordered_list));
    command("링크", promptLink);
    command("사진", () => openPhotoDialog());
    // The library's picker is its own module (newsroom-photo-picker.js); it answers with sinmun:insert-photo.
    command("사진 보관함", () => { document.dispatchEvent(new CustomEvent("sinmun:open-photo-library")); return true; });
    command("갤러리 묶기/풀기", toggleGallery);
    command("영상 제목", titleVideo);
    command("되돌리기", undo, "Ctrl+Z");
    command("다시 실행", redo, "Ctrl+Shift+Z");
    roving(toolbar);
  }
}

// A toolbar is one stop of the Tab key; the arrow keys, Home and End move between its keys, and the key last
// used is the one Tab comes back to. Without this the body's toolbar was fourteen Tab stops between the body and
// the fields above it, and the 특수문자 palette was out of a keyboard writer's reach (KeyboardJourneyBrowserTests).
function roving(bar) {
  const keys = Array.from(bar.querySelectorAll("button"));
  keys.forEach((key, index) => { key.tabIndex = index === 0 ? 0 : -1; });
  bar.addEventListener("keydown", event => {
    const at = keys.indexOf(document.activeElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: keys.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const to = keys[(next + keys.length) % keys.length];
    keys[at].tabIndex = -1;
    to.tabIndex = 0;
    to.focus();
  });
  // A key reached some other way (a pointer, a script) becomes the one Tab returns to.
  bar.addEventListener("focusin", event => {
    if (!keys.includes(event.target)) return;
    keys.forEach(key => { key.tabIndex = key === event.target ? 0 : -1; });
  });
}

// --- Photos ---------------------------------------------------------------------------------------------

const dialog = document.getElementById("photo-dialog");
const photoForm = document.getElementById("photo-form");
const photoError = document.getElementById("photo-error");

function openPhotoDialog() {
  photoError.textContent = "";
  dialog.showModal();
  return true;
}

document.getElementById("photo-cancel").addEventListener("click", () => dialog.close());

photoForm.addEventListener("submit", async event => {
  event.preventDefault();
  const file = photoForm.elements.file.files[0];
  const alt = photoForm.elements.alt.value.trim();
  if (!file || !alt) {
    photoError.textContent = !file ? "사진 파일을 고르십시오." : "대체 텍스트(사진 설명)를 쓰십시오. 출고하려면 꼭 필요합니다.";
    return;
  }
  if (file.size > 20 * 1024 * 1024) {
    photoError.textContent = "파일이 너무 큽니다(" + (file.size / 1048576).toFixed(1) + "MB). 20MB 이하의 사진을 올려 주십시오.";
    return;
  }
  const data = new FormData();
  data.append("file", file);
  // The library keeps the words too, so the next article that reuses the photo finds them filled in.
  data.append("alt", alt);
  data.append("caption", photoForm.elements.caption.value.trim());
  data.append("credit", photoForm.elements.credit.value.trim());
  photoError.textContent = "올리는 중…";
  let response;
  try {
    response = await fetch("/newsroom/media", {
      method: "POST", credentials: "same-origin", body: data,
      headers: { "Accept": "application/json", [csrfHeader]: csrfToken }
    });
  } catch (e) {
    photoError.textContent = "연결이 끊겨 사진을 올리지 못했습니다. 다시 시도하십시오.";
    return;
  }
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    photoError.textContent = answer.message || "사진을 올리지 못했습니다(" + response.status + ").";
    return;
  }
  const node = schema.nodes.figure.create({
    src: answer.src, alt, width: String(answer.width), height: String(answer.height),
    caption: photoForm.elements.caption.value.trim(), credit: photoForm.elements.credit.value.trim()
  });
  view.dispatch(view.state.tr.replaceSelectionWith(node).scrollIntoView());
  photoForm.reset();
  photoError.textContent = "";
  dialog.close();
  view.focus();
});

// A photo chosen in the library, with its caption and credit as the picker's form left them.
document.addEventListener("sinmun:insert-photo", event => {
  if (!view || !editable) return;
  const photo = event.detail;
  const node = schema.nodes.figure.create({
    src: photo.src, alt: photo.alt, width: String(photo.width), height: String(photo.height),
    caption: photo.caption, credit: photo.credit
  });
  view.dispatch(view.state.tr.replaceSelectionWith(node).scrollIntoView());
  view.focus();
});

// --- Headline counter -----------------------------------------------------------------------------------

const headline = document.getElementById("headline");
const counter = document.getElementById("headline-count");

function count() {
  const length = Array.from(headline.value.trim()).length;
  counter.textContent = length + "자" + (length > headlineLimit ? " · " + headlineLimit + "자를 넘으면 포털 목록에서 잘릴 수 있습니다" : "");
  counter.dataset.over = length > headlineLimit ? "true" : "false";
}
headline.addEventListener("input", count);
count();

// --- 특수문자 -------------------------------------------------------------------------------------------

// The palette puts its character where the writer's caret was, in the headline, the subheadline or the body,
// and gives the field its focus back so typing goes on. A key pressed while the IME is still composing a syllable
// first lets the composition end, as leaving the field would (the syllable stays as typed), and then puts the
// character after it: nothing is written into a syllable being composed.
const palette = document.getElementById("symbol-palette");
const subheadline = document.getElementById("subheadline");
let symbolTarget = null;
let fieldComposing = false;

function bodyComposing() {
  return view && view.composing;
}

function afterComposition(field, then, tries = 0) {
  const composing = field === "body" ? bodyComposing() : fieldComposing;
  if (!composing || tries > 50) {
    // CASE: a composition just ended: ProseMirror reads the committed syllable from the page a moment later
    // (its own 20 ms); the character waits until the syllable is in the document.
    if (tries > 0) setTimeout(then, 80);
    else then();
    return;
  }
  if (tries === 0) (field === "body" ? view.dom : field).blur();
  setTimeout(() => afterComposition(field, then, tries + 1), 20);
}

function insertSymbol(character) {
  const field = symbolTarget || (view ? "body" : headline);
  afterComposition(field, () => {
    if (field === "body") {
      view.focus();
      view.dispatch(view.state.tr.insertText(character).scrollIntoView());
      return;
    }
    field.focus();
    field.setRangeText(character, field.selectionStart, field.selectionEnd, "end");
    field.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

// The target is the field the writer last wrote in or put the caret in, not the last one focused: a keyboard writer
// goes from the body to the palette with Shift+Tab, through the subheadline and the headline, and the character
// belongs in the body all the same.
const PASSING_KEYS = ["Tab", "Shift", "Control", "Alt", "Meta", "Escape"];

function targets(element, target) {
  const take = () => { symbolTarget = target; };
  element.addEventListener("keydown", event => { if (!PASSING_KEYS.includes(event.key)) take(); });
  for (const type of ["input", "compositionstart", "pointerdown"]) element.addEventListener(type, take);
}

if (palette && editable) {
  for (const field of [headline, subheadline]) {
    targets(field, field);
    field.addEventListener("compositionstart", () => { fieldComposing = true; });
    field.addEventListener("compositionend", () => { fieldComposing = false; });
  }
  if (view) targets(view.dom, "body");
  for (const key of palette.querySelectorAll("button")) {
    // A pointer press keeps the caret (and any composition) where it is.
    key.addEventListener("mousedown", event => event.preventDefault());
    key.addEventListener("click", () => insertSymbol(key.dataset.symbol));
  }
  roving(palette);
}

// --- 함께 쓴 기자 ----------------------------------------------------------------------------------------

// Check boxes, so nobody needs Ctrl-click and a thumb can choose; the filter above them finds a name by its
// letters or by its initial consonants (초성: "ㅎㄱㄷ" finds 홍길동). Enter in the filter takes the first match and
// clears the filter; ArrowDown goes into the list. Chosen names always stay in sight.
const coAuthors = document.getElementById("coauthors");
const coAuthorFilter = document.getElementById("coauthor-filter");
const coAuthorStatus = document.getElementById("coauthor-status");
const CO_AUTHORS_MAX = 5;
const INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

function initials(text) {
  return Array.from(text, c => {
    const code = c.charCodeAt(0) - 0xAC00;
    return code >= 0 && code <= 11171 ? INITIALS[Math.floor(code / 588)] : c;
  }).join("");
}

function coAuthorName(box) {
  return box.parentElement.textContent.trim();
}

function matches(box, query) {
  const name = coAuthorName(box).toLowerCase().replace(/\s+/g, "");
  return name.includes(query) || initials(name).includes(query);
}

function filterCoAuthors() {
  const query = coAuthorFilter.value.toLowerCase().replace(/\s+/g, "");
  let shown = 0;
  for (const box of coAuthorBoxes()) {
    const byline = form.elements.reporterId && form.elements.reporterId.value === box.value;
    const visible = !byline && (box.checked || query === "" || matches(box, query));
    box.closest("li").hidden = !visible;
    if (visible && !box.checked) shown++;
  }
  coAuthorStatus.textContent = query === "" ? "" : shown === 0 ? "맞는 기자가 없습니다." : "맞는 기자 " + shown + "명";
}

function chosenCount() {
  return coAuthorBoxes().filter(box => box.checked).length;
}

if (coAuthors && editable && coAuthorFilter) {
  coAuthorFilter.closest("p").hidden = false;
  coAuthorFilter.addEventListener("input", filterCoAuthors);
  coAuthorFilter.addEventListener("keydown", event => {
    // Keys that end a Hangul syllable's composition belong to the IME.
    if (event.isComposing) return;
    if (event.key === "Enter") {
      // Never the form's submit: Enter here means "this one".
      event.preventDefault();
      const query = coAuthorFilter.value.toLowerCase().replace(/\s+/g, "");
      if (query === "") return;
      const first = coAuthorBoxes().find(box => !box.checked && !box.closest("li").hidden && matches(box, query));
      if (!first) {
        coAuthorStatus.textContent = "맞는 기자가 없습니다.";
        return;
      }
      if (chosenCount() >= CO_AUTHORS_MAX) {
        coAuthorStatus.textContent = "함께 쓴 기자는 " + CO_AUTHORS_MAX + "명까지 고를 수 있습니다.";
        return;
      }
      first.checked = true;
      first.dispatchEvent(new Event("change", { bubbles: true }));
      coAuthorFilter.value = "";
      filterCoAuthors();
      coAuthorStatus.textContent = coAuthorName(first) + " 기자를 넣었습니다. 모두 " + chosenCount() + "명입니다.";
    } else if (event.key === "ArrowDown") {
      const first = coAuthorBoxes().find(box => !box.closest("li").hidden);
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === "Escape" && coAuthorFilter.value !== "") {
      event.preventDefault();
      coAuthorFilter.value = "";
      filterCoAuthors();
    }
  });
  coAuthors.addEventListener("change", event => {
    const box = event.target;
    if (box.name !== "coReporters") return;
    if (box.checked && chosenCount() > CO_AUTHORS_MAX) {
      box.checked = false;
      coAuthorStatus.textContent = "함께 쓴 기자는 " + CO_AUTHORS_MAX + "명까지 고를 수 있습니다.";
      event.stopImmediatePropagation();
    }
  }, true);
  // The desk may change the byline: whoever has it is not also a co-author.
  if (form.elements.reporterId && form.elements.reporterId.tagName === "SELECT") {
    form.elements.reporterId.addEventListener("change", () => {
      for (const box of coAuthorBoxes()) if (box.value === form.elements.reporterId.value) box.checked = false;
      filterCoAuthors();
    });
  }
}

// --- Wiring ---------------------------------------------------------------------------------------------

// CASE: this page is the answer to a successful form save of exactly the text the browser kept, read-only or not
// (after 송고 a reporter's page is read-only).
if (form.dataset.confirmedCopy) forget(form.dataset.confirmedCopy);

if (editable) {
  document.getElementById("coauthors").addEventListener("change", changed);
  for (const name of ["sectionId", "reporterId", "headline", "subheadline", "tags", "wireSource"]) {
    const field = form.elements[name];
    if (field && field.type !== "hidden") field.addEventListener("input", changed);
    if (field && field.tagName === "SELECT") field.addEventListener("change", changed);
  }
  bodyField.addEventListener("input", changed);

  setInterval(() => save(), intervalSeconds * 1000);

  // Ctrl+S (⌘+S on a Mac) saves where the writer is, without leaving the page, as every editor does.
  document.addEventListener("keydown", event => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== "s") return;
    event.preventDefault();
    if (conflicted) {
      say("다른 저장과 충돌했습니다. 위 내용을 확인하고 '내 글로 저장'을 누르십시오.", "error");
      return;
    }
    if (!dirty && !inflight) {
      say("바뀐 내용이 없습니다. 모두 저장되어 있습니다.", "saved");
      return;
    }
    // A background save on its way may carry everything: then it is that save the writer asked for.
    (inflight || Promise.resolve()).then(() => dirty ? save({ asked: true }) : say("저장했습니다 " + clock(), "saved"));
  });
  window.addEventListener("online", () => save());
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") save({ leaving: true }); });
  window.addEventListener("pagehide", () => save({ leaving: true }));

  // A button press saves through the form; an autosave still on its way would make the form's version stale,
  // so the press waits for it. The browser keeps the text until the page the server answers with confirms it.
  form.addEventListener("submit", event => {
    // CASE: 미리보기 sends the fields to a new window and stores nothing: this page goes on as before.
    if (event.submitter && "preview" in event.submitter.dataset) return;
    if (inflight) {
      event.preventDefault();
      const button = event.submitter;
      inflight.then(() => form.requestSubmit(button));
      return;
    }
    submitting = true;
    form.elements.copy.value = copyId;
    remember();
  });

  const copy = kept();
  if (form.dataset.unsaved === "true") {
    // CASE: a refused or conflicting form save: the form shows what was typed, which the server does not have.
    // Keep it in the browser; after a conflict, wait for the writer's choice.
    remember();
    if (document.querySelector(".nr-conflict:not([hidden])")) conflicted = true;
    else dirty = true;
  } else if (copy) {
    if (sameMeaning(copy.fields, fields())) {
      // CASE: the server already has this text (a save whose answer was lost, or written another way).
      localStorage.removeItem(storageKey);
    } else {
      // Text typed before a lost session or a crash comes back, and is saved at once over the version it was
      // written on. If someone else saved in between, the save reports the conflict rather than overwriting.
      for (const name of ["sectionId", "reporterId", "headline", "subheadline", "tags", "wireSource"]) {
        if (form.elements[name] && form.elements[name].type !== "hidden") form.elements[name].value = copy.fields[name];
      }
      const chosen = (copy.fields.coReporters || "").split(",");
      for (const box of coAuthorBoxes()) box.checked = chosen.includes(box.value);
      bodyField.value = copy.fields.bodyHtml;
      form.elements.version.value = copy.base;
      copyId = copy.copy;
      handOver = true;
      if (view) view.updateState(EditorState.create({ doc: parse(copy.fields.bodyHtml), plugins: view.state.plugins }));
      count();
      dirty = true;
      say("저장하지 못했던 내용을 되살렸습니다. 저장합니다…", "pending");
      save();
    }
  }
  form.elements.copy.value = copyId;
}
