// The editor's 사진 보관함: search the newsroom's photos, pick one, check its words, put it in the article.
// Everything is a button or a form field, so Tab, Enter and Escape (the dialog's own) are all it takes. The
// editor opens it with sinmun:open-photo-library and inserts what sinmun:insert-photo carries.
const dialog = document.getElementById("library-dialog");
if (dialog) {
  const search = document.getElementById("library-search");
  const query = document.getElementById("library-q");
  const summary = document.getElementById("library-summary");
  const results = document.getElementById("library-results");
  const more = document.getElementById("library-more");
  const insert = document.getElementById("library-insert");
  const error = document.getElementById("library-error");
  let page = 1;
  let chosen = null;
  // Only the latest search may fill the list: an earlier answer arriving late is dropped.
  let latest = 0;

  document.addEventListener("sinmun:open-photo-library", () => {
    insert.hidden = true;
    chosen = null;
    dialog.showModal();
    query.focus();
    load(1);
  });
  document.getElementById("library-close").addEventListener("click", () => dialog.close());
  search.addEventListener("submit", event => {
    event.preventDefault();
    load(1);
  });
  more.addEventListener("click", () => load(page + 1));

  async function load(number) {
    const ticket = ++latest;
    summary.textContent = "찾는 중…";
    let response;
    try {
      response = await fetch("/newsroom/photos/search?q=" + encodeURIComponent(query.value.trim()) + "&page=" + number,
        { credentials: "same-origin", headers: { "Accept": "application/json" } });
    } catch (e) {
      if (ticket !== latest) return;
      summary.textContent = "연결이 끊겨 보관함을 읽지 못했습니다. 다시 찾아 주십시오.";
      return;
    }
    const answer = await response.json().catch(() => ({}));
    if (ticket !== latest) return;
    if (!response.ok) {
      summary.textContent = answer.message || "보관함을 읽지 못했습니다(" + response.status + ").";
      return;
    }
    page = answer.page;
    if (number === 1) results.replaceChildren();
    answer.photos.forEach(photo => results.append(tile(photo)));
    summary.textContent = answer.total === 0 ? "찾은 사진이 없습니다."
      : "찾은 사진 " + answer.total + "장" + (answer.total > results.children.length ? " 중 " + results.children.length + "장을 보여 드립니다." : "");
    more.hidden = page >= answer.pages;
  }

  function tile(photo) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.setAttribute("aria-pressed", "false");
    const image = document.createElement("img");
    image.src = photo.thumb;
    image.width = photo.thumbWidth;
    image.height = photo.thumbHeight;
    image.alt = "";
    const words = document.createElement("span");
    words.textContent = (photo.caption || "(캡션 없음)") + (photo.credit ? " · " + photo.credit : "");
    const meta = document.createElement("span");
    meta.className = "nr-photo-meta";
    meta.textContent = photo.uploader + " · " + photo.date;
    button.append(image, words, meta);
    button.addEventListener("click", () => choose(photo, button));
    item.append(button);
    return item;
  }

  function choose(photo, button) {
    results.querySelectorAll("button[aria-pressed]").forEach(b => b.setAttribute("aria-pressed", "false"));
    button.setAttribute("aria-pressed", "true");
    chosen = photo;
    insert.elements.alt.value = photo.alt || "";
    insert.elements.caption.value = photo.caption || "";
    insert.elements.credit.value = photo.credit || "";
    error.textContent = "";
    insert.hidden = false;
    (photo.alt ? insert.querySelector("button[type=submit]") : insert.elements.alt).focus();
  }

  insert.addEventListener("submit", event => {
    event.preventDefault();
    const alt = insert.elements.alt.value.trim();
    if (!chosen) return;
    if (!alt) {
      error.textContent = "대체 텍스트(사진 설명)를 쓰십시오. 출고하려면 꼭 필요합니다.";
      insert.elements.alt.focus();
      return;
    }
    const detail = {
      src: chosen.src, width: chosen.width, height: chosen.height, alt,
      caption: insert.elements.caption.value.trim(), credit: insert.elements.credit.value.trim()
    };
    // Closed first: while the dialog is open the page behind it is inert, so the editor could not take the focus
    // back, and closing afterwards returned it to the toolbar's button instead of the body.
    dialog.close();
    document.dispatchEvent(new CustomEvent("sinmun:insert-photo", { detail }));
  });
}
