// The chat window: start a conversation, then talk live over SignalR. The session's token stays in this tab only.
(() => {
  const $ = id => document.getElementById(id);
  const store = window.sessionStorage;
  const shown = new Set();
  let connection = null;

  const problem = async response => {
    try {
      const body = await response.json();
      if (body.errors) return Object.values(body.errors).flat().join(" ");
      return body.detail || body.title || `The request failed (${response.status}).`;
    } catch {
      return response.status === 429 ? "Too many chats from your address: please try again in a minute." : `The request failed (${response.status}).`;
    }
  };
  const fail = text => { $("chat-error").textContent = text; };

  function show(message) {
    if (shown.has(message.id)) return;
    shown.add(message.id);
    const item = document.createElement("li");
    if (message.fromCustomer) item.className = "mine";
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = message.fromCustomer ? "You" : message.author;
    item.append(who, document.createTextNode(message.body));
    if (message.asksToConfirm) {
      const answers = document.createElement("div");
      answers.className = "answers";
      for (const [label, solved] of [["Yes, it is solved", true], ["No, it is not", false]]) {
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = label;
        if (!solved) button.className = "secondary";
        button.addEventListener("click", async () => {
          try {
            await connection.invoke("Answer", solved, solved ? null : $("chat-text").value.trim() || null);
            answers.remove();
          } catch (e) {
            fail(String(e.message || e).replace(/^.*HubException: /, ""));
          }
        });
        answers.append(button);
      }
      item.append(answers);
    }
    $("chat-messages").append(item);
    item.scrollIntoView({ block: "end" });
  }

  async function loadTopics() {
    const response = await fetch("/chat/topics");
    if (!response.ok) return fail("The chat is not available right now.");
    for (const topic of await response.json()) $("chat-topic").append(new Option(topic.name, topic.id));
  }

  async function open(session) {
    $("chat-start").hidden = true;
    $("chat-conversation").hidden = false;
    $("chat-reference").textContent = `Your reference is ${session.reference}.`;
    const transcript = await fetch(`/chat/sessions/${session.sessionId}/messages`, { headers: { "X-Chat-Token": session.token } });
    if (!transcript.ok) { store.removeItem("frontline-chat"); location.reload(); return; }
    (await transcript.json()).forEach(show);
    connection = new signalR.HubConnectionBuilder()
      .withUrl("/chat/hub", { accessTokenFactory: () => session.token })
      .withAutomaticReconnect()
      .build();
    connection.on("message", show);
    connection.onclose(() => fail("The chat is closed."));
    await connection.start();
    // what was said between reading the transcript and joining the line
    (await connection.invoke("Transcript")).forEach(show);
    $("chat-text").focus();
  }

  $("chat-start").addEventListener("submit", async event => {
    event.preventDefault();
    fail("");
    const form = new FormData(event.target);
    const response = await fetch("/chat/sessions", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: form.get("name"), email: form.get("email"), categoryId: Number(form.get("categoryId")), message: form.get("message") }),
    });
    if (!response.ok) return fail(await problem(response));
    const session = await response.json();
    store.setItem("frontline-chat", JSON.stringify(session));
    await open(session);
  });

  $("chat-send").addEventListener("submit", async event => {
    event.preventDefault();
    const text = $("chat-text").value.trim();
    if (!text) return fail("Write a message first.");
    fail("");
    try {
      await connection.invoke("Send", text);
      $("chat-text").value = "";
    } catch (e) {
      fail(String(e.message || e).replace(/^.*HubException: /, ""));
    }
  });

  $("chat-text").addEventListener("keydown", event => {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); $("chat-send").requestSubmit(); }
  });

  $("chat-end").addEventListener("click", async () => {
    try { await connection.invoke("End"); } catch { /* already gone: the token is forgotten all the same */ }
    await connection.stop();
    store.removeItem("frontline-chat");
    $("chat-send").hidden = true;
  });

  loadTopics();
  const saved = store.getItem("frontline-chat");
  if (saved) open(JSON.parse(saved));
})();
