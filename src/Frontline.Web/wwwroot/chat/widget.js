// Frontline chat widget. Embed it on any page with
//   <script src="https://<your frontline>/chat/widget.js" async></script>
// It adds a "Chat with us" button; the conversation itself runs in a frame served by Frontline.
(() => {
  const script = document.currentScript;
  const origin = new URL(script ? script.src : "/chat/widget.js", location.href).origin;
  const label = (script && script.dataset.label) || "Chat with us";

  function mount() {
    if (document.getElementById("frontline-chat-button")) return;
    const button = document.createElement("button");
    button.id = "frontline-chat-button";
    button.type = "button";
    button.textContent = label;
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", "frontline-chat-frame");
    button.style.cssText = "position:fixed;right:1.5rem;bottom:1.5rem;z-index:2147483000;padding:.8rem 1.2rem;border:0;border-radius:2rem;"
      + "background:#1b4f8a;color:#fff;font:600 1rem system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3);cursor:pointer";
    const frame = document.createElement("iframe");
    frame.id = "frontline-chat-frame";
    frame.title = "Chat with customer care";
    frame.src = origin + "/chat/window.html";
    frame.hidden = true;
    frame.style.cssText = "position:fixed;right:1.5rem;bottom:5rem;z-index:2147483000;width:min(24rem,calc(100vw - 3rem));"
      + "height:min(34rem,calc(100vh - 7rem));border:1px solid #ccc;border-radius:.75rem;background:#fff;box-shadow:0 4px 16px rgba(0,0,0,.25)";
    button.addEventListener("click", () => {
      frame.hidden = !frame.hidden;
      button.setAttribute("aria-expanded", String(!frame.hidden));
    });
    document.body.append(frame, button);
  }

  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();
