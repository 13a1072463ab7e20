// The customer's forms (/contact, a new case in the portal) are plain posts. Three kindnesses on top:
// a file that is too large is refused before anything is sent, a second click does not send it twice,
// and when the server sends the form back with an error, the words the customer wrote are put back
// (the server returns the short fields itself).
(() => {
  const prepare = () => {
    for (const form of document.querySelectorAll("form[data-keep]")) {
      if (form.dataset.prepared) continue;
      form.dataset.prepared = "true";
      const key = `frontline-draft:${form.dataset.keep}`;
      const words = form.querySelector("textarea");
      if (words && !words.value && document.querySelector("[role=alert]")) words.value = sessionStorage.getItem(key) ?? "";
      sessionStorage.removeItem(key);
      form.addEventListener("submit", event => {
        // a second click while the first is on its way would open the case twice
        if (form.dataset.sending) { event.preventDefault(); return; }
        form.dataset.sending = "true";
        if (words) sessionStorage.setItem(key, words.value);
      });
      const file = form.querySelector("input[type=file][data-max-bytes]");
      file?.addEventListener("change", () => {
        const chosen = file.files[0];
        file.setCustomValidity(chosen && chosen.size > Number(file.dataset.maxBytes)
          ? `${chosen.name} is larger than ${file.dataset.maxLabel}: choose a smaller file.` : "");
        file.reportValidity();
      });
    }
  };
  // a page restored by the back button may be sent again
  window.addEventListener("pageshow", event => {
    if (event.persisted) for (const form of document.querySelectorAll("form[data-sending]")) delete form.dataset.sending;
  });
  document.addEventListener("DOMContentLoaded", prepare);
  window.Blazor?.addEventListener?.("enhancedload", prepare);
  prepare();
})();
