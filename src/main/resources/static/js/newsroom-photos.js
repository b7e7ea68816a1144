// 사진 보관함: several photos at once, each sent on its own request so each gets its own progress and its own
// answer (type, size, decode budget and 413 are checked per file by the server, as for one photo). Dropping files
// on the zone and choosing them with the file input (the keyboard's way) end in the same queue. On a photo's
// page, a click on the picture sets the focal point's boxes.
const csrfHeader = document.querySelector('meta[name="csrf-header"]').content;
const csrfToken = document.querySelector('meta[name="csrf-token"]').content;
const MAX_BYTES = 20 * 1024 * 1024;
const TYPES = ["image/jpeg", "image/png", "image/gif", "image/webp"];

const form = document.getElementById("upload-form");
if (form) {
  const input = document.getElementById("upload-files");
  const zone = document.getElementById("drop-zone");
  const list = document.getElementById("upload-list");
  const status = document.getElementById("upload-status");
  let pending = 0;
  let failed = 0;

  form.addEventListener("submit", event => {
    event.preventDefault();
    if (!input.files.length) {
      status.textContent = "올릴 사진 파일을 고르십시오.";
      input.focus();
      return;
    }
    queue(Array.from(input.files));
    input.value = "";
  });
  zone.addEventListener("dragover", event => {
    event.preventDefault();
    zone.dataset.over = "true";
  });
  zone.addEventListener("dragleave", () => { zone.dataset.over = "false"; });
  zone.addEventListener("drop", event => {
    event.preventDefault();
    zone.dataset.over = "false";
    queue(Array.from(event.dataTransfer.files));
  });

  function queue(files) {
    list.hidden = false;
    status.textContent = "사진 " + files.length + "장을 올립니다.";
    files.forEach(upload);
  }

  function upload(file) {
    const item = document.createElement("li");
    const name = document.createElement("span");
    name.className = "nr-upload-name";
    name.textContent = file.name;
    const bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute("aria-label", file.name + " 올리는 중");
    const message = document.createElement("span");
    message.className = "nr-upload-message";
    item.append(name, bar, message);
    list.append(item);
    const done = (state, text, link) => {
      item.dataset.state = state;
      bar.value = 100;
      bar.hidden = true;
      message.textContent = text;
      if (link) {
        const a = document.createElement("a");
        a.href = link;
        a.textContent = "캡션·출처 쓰기";
        message.append(" ", a);
      }
      pending--;
      if (state === "error") failed++;
      if (pending === 0) {
        status.textContent = failed ? "다 올렸습니다. " + failed + "장은 올리지 못했습니다. 목록에서 까닭을 확인하십시오."
          : "다 올렸습니다. 새로 고치면 보관함에 보입니다.";
        failed = 0;
      }
    };
    pending++;
    // CASE: what the browser can tell before sending (type, size) is told at once; the server checks it again.
    if (file.type && !TYPES.includes(file.type)) {
      done("error", "사진 파일이 아닙니다. JPEG, PNG, WebP, GIF 파일을 올려 주십시오.");
      return;
    }
    if (file.size > MAX_BYTES) {
      done("error", "파일이 너무 큽니다(" + (file.size / 1048576).toFixed(1) + "MB). 20MB 이하의 사진을 올려 주십시오.");
      return;
    }
    const data = new FormData();
    data.append("file", file);
    const request = new XMLHttpRequest();
    request.open("POST", "/newsroom/media");
    request.setRequestHeader("Accept", "application/json");
    request.setRequestHeader(csrfHeader, csrfToken);
    request.upload.addEventListener("progress", event => {
      if (event.lengthComputable) bar.value = Math.round(event.loaded * 100 / event.total);
    });
    request.addEventListener("load", () => {
      let answer = {};
      try { answer = JSON.parse(request.responseText); } catch (e) { /* not JSON: the status says enough */ }
      if (request.status === 200) {
        done("done", "올렸습니다.", answer.page);
      } else if (request.status === 413) {
        done("error", answer.message || "파일이 너무 큽니다. 20MB 이하의 사진을 올려 주십시오.");
      } else if (request.status === 503) {
        done("error", answer.message || "지금은 사진을 처리할 수 없습니다. 잠시 후 다시 올려 주십시오.");
      } else {
        done("error", answer.message || "사진을 올리지 못했습니다(" + request.status + ").");
      }
    });
    request.addEventListener("error", () => done("error", "연결이 끊겨 올리지 못했습니다. 다시 올려 주십시오."));
    request.send(data);
  }
}

const area = document.getElementById("focal-area");
if (area) {
  const image = document.getElementById("focal-image");
  const mark = document.getElementById("focal-mark");
  const fx = document.getElementById("ph-fx");
  const fy = document.getElementById("ph-fy");
  const place = () => {
    const x = Number(fx ? fx.value : 50);
    const y = Number(fy ? fy.value : 50);
    mark.hidden = !(x >= 0 && x <= 100 && y >= 0 && y <= 100);
    mark.style.left = x + "%";
    mark.style.top = y + "%";
  };
  if (fx && fy) {
    image.addEventListener("click", event => {
      const box = image.getBoundingClientRect();
      fx.value = (Math.round((event.clientX - box.left) * 1000 / box.width) / 10).toString();
      fy.value = (Math.round((event.clientY - box.top) * 1000 / box.height) / 10).toString();
      place();
    });
    fx.addEventListener("input", place);
    fy.addEventListener("input", place);
  }
  place();
}
