// 홈 편집: drag a box to another place in its column or into the other column; on drop the new order is sent as
// the same form post the buttons make (action=order). The buttons stay the way to do it by keyboard.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('composer-order');
    if (!form) { return; }
    var dragged = null;
    var lists = document.querySelectorAll('.nr-boxes[data-area]');
    function send() {
      ['MAIN', 'SIDE'].forEach(function (area) {
        var list = document.querySelector('.nr-boxes[data-area="' + area + '"]');
        var order = Array.prototype.map.call(list.querySelectorAll('.nr-box'), function (box) {
          return box.getAttribute('data-index');
        });
        form.elements[area === 'MAIN' ? 'main' : 'side'].value = order.join(',');
      });
      form.submit();
    }
    document.querySelectorAll('.nr-boxes[data-area] .nr-box').forEach(function (box) {
      box.addEventListener('dragstart', function (event) {
        dragged = box;
        box.classList.add('nr-dragging');
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', box.getAttribute('data-index'));
      });
      box.addEventListener('dragend', function () { box.classList.remove('nr-dragging'); });
    });
    lists.forEach(function (list) {
      list.addEventListener('dragover', function (event) {
        if (!dragged) { return; }
        event.preventDefault();
        var after = Array.prototype.find.call(list.querySelectorAll('.nr-box:not(.nr-dragging)'), function (box) {
          var rect = box.getBoundingClientRect();
          return event.clientY < rect.top + rect.height / 2;
        });
        if (after) { list.insertBefore(dragged, after); } else { list.appendChild(dragged); }
      });
      list.addEventListener('drop', function (event) {
        if (!dragged) { return; }
        event.preventDefault();
        dragged = null;
        send();
      });
    });
  });
}());

// 미리보기 of the composer as it stands, nothing saved: the order on screen and each box's 보기 and 기사 수 as typed
// (applied or not) go with the preview form, one entry per box number; an empty entry keeps the stored value.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('composer-preview');
    if (!form) { return; }
    form.addEventListener('submit', function (event) {
      var boxes = document.querySelectorAll('.nr-boxes[data-area] .nr-box');
      var styles = [];
      var sizes = [];
      for (var i = 0; i < boxes.length; i++) {
        var style = document.getElementById('style-' + i);
        var size = document.getElementById('size-' + i);
        if (size && !size.checkValidity()) {
          // What was typed stays in the box, with the browser's own message beside it.
          event.preventDefault();
          size.reportValidity();
          return;
        }
        styles.push(style ? style.value : '');
        sizes.push(size ? size.value : '');
      }
      ['MAIN', 'SIDE'].forEach(function (area) {
        var list = document.querySelector('.nr-boxes[data-area="' + area + '"]');
        form.elements[area === 'MAIN' ? 'main' : 'side'].value = Array.prototype.map.call(list.querySelectorAll('.nr-box'),
          function (box) { return box.getAttribute('data-index'); }).join(',');
      });
      form.elements.namedItem('style').value = styles.join(',');
      form.elements.namedItem('size').value = sizes.join(',');
    });
  });
}());
