// The chat window: start a conversation, then talk live over SignalR. The session's token stays in this tab only.
(() => {
  const $ = id => document.getElementById(id);
  const store = window.sessionStorage;
  const shown = new Set();
  let connection = null;
  let current = null;
  // a customer signed in to the portal (its cookie reaches /portal only, and only from Frontline's own pages) need not say who they are
  let signedIn = null;

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

  const hubError = e => String(e.message || e).replace(/^.*HubException: /, "");

  function showVerification(session) {
    $("chat-verify").hidden = session.verified;
  }

  async function open(session) {
    current = session;
    $("chat-start").hidden = true;
    $("chat-conversation").hidden = false;
    $("chat-reference").textContent = `Your reference is ${session.reference}.`;
    showVerification(session);
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
    const response = await fetch(signedIn ? "/portal/chat" : "/chat/sessions", {
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
      fail(hubError(e));
    }
  });

  $("chat-send-code").addEventListener("click", async () => {
    fail("");
    try {
      const sent = await connection.invoke("SendCode");
      $("chat-verify-why").textContent = `We have sent a code to ${sent.address}. Type it here within 10 minutes.`;
      $("chat-send-code").textContent = "Send another code";
      $("chat-send-code").hidden = sent.sendsLeft === 0;
      $("chat-code-form").hidden = false;
      $("chat-code").focus();
    } catch (e) {
      fail(hubError(e));
    }
  });

  $("chat-code-form").addEventListener("submit", async event => {
    event.preventDefault();
    const code = $("chat-code").value.trim();
    if (!/^\d{6}$/.test(code)) return fail("The code has six digits.");
    fail("");
    try {
      await connection.invoke("Verify", code);
      current.verified = true;
      store.setItem("frontline-chat", JSON.stringify(current));
      showVerification(current);
      $("chat-reference").textContent = `Your reference is ${current.reference}. Thank you: we know it is you.`;
      $("chat-text").focus();
    } catch (e) {
      $("chat-code").value = "";
      fail(hubError(e));
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

  async function whoIsSignedIn() {
    try {
      const response = await fetch("/portal/chat", { credentials: "same-origin" });
      if (response.status !== 200) return;
      signedIn = await response.json();
      $("chat-who").hidden = true;
      for (const id of ["chat-name", "chat-email"]) $(id).required = false;
      $("chat-intro").textContent = `You are signed in as ${signedIn.name}. Tell us what it is about; someone from the team answers here.`;
    } catch { /* not signed in: the visitor says who they are */ }
  }

  loadTopics();
  whoIsSignedIn();
  const saved = store.getItem("frontline-chat");
  if (saved) open(JSON.parse(saved));
})();
