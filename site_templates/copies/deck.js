// Copy buttons of the copy deck. The page works without this file: each copy is a
// read-only text area to select. With it, each "Copy" button puts its text on the clipboard.
"use strict";

function copyText(area) {
  if (navigator.clipboard && window.isSecureContext) {
    return navigator.clipboard.writeText(area.value);
  }
  // Older browsers, or a page opened where the clipboard API is refused.
  area.focus();
  area.select();
  return document.execCommand("copy") ? Promise.resolve() : Promise.reject(new Error("copy refused"));
}

document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
    var area = document.getElementById(button.dataset.copy);
    if (!area) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      copyText(area).then(
        function () { button.textContent = "Copied"; },
        function () { area.select(); button.textContent = "Press Ctrl+C"; }
      );
      setTimeout(function () { button.textContent = "Copy"; }, 2000);
    });
  });
});
