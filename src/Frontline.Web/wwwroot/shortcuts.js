// Keyboard shortcuts on the case screen. Keys act only when no text field has the focus.
//   r: write a reply · n: add a note · g: give a gesture · l: log a call · e: next ELASTIC step · ?: list the shortcuts
window.frontlineShortcuts = (() => {
  let component = null;
  const typing = target => target.closest("input, textarea, select, [contenteditable=true]");
  const focus = selector => { const el = document.querySelector(selector); if (el) { el.focus(); el.scrollIntoView({ block: "center" }); } return !!el; };
  document.addEventListener("keydown", event => {
    if (!component || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    const action = {
      r: () => focus("#composer-body"),
      n: () => focus("#touchpoint-body"),
      g: () => focus("#gesture-amount input, #gesture-amount"),
      l: () => { document.querySelector("#log-call")?.click(); return true; },
      e: () => component.invokeMethodAsync("Shortcut", "elastic"),
      "?": () => component.invokeMethodAsync("Shortcut", "help"),
    }[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  return {
    attach(dotnet) { component = dotnet; },
    detach() { component = null; },
  };
})();
