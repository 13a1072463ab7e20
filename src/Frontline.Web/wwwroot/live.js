// The agents' live line: one SignalR connection per tab to /live; a component watches a case and is called back
// ("CaseChanged") whenever a change to that case is committed, by anyone, on any node; a call that reaches the
// agent ("callStarted") shows who is calling, with a link that opens them.
window.frontlineLive = (() => {
  const watchers = new Map(); // case id -> Set of .NET object references
  const queueWatchers = new Set();
  const customerWatchers = new Map(); // customer id -> Set of .NET object references
  let starting = null;

  function connect() {
    if (starting) return starting;
    const connection = new signalR.HubConnectionBuilder().withUrl("/live").withAutomaticReconnect().build();
    connection.on("caseChanged", id => {
      for (const component of watchers.get(id) ?? []) component.invokeMethodAsync("CaseChanged", id).catch(() => {});
    });
    connection.on("customerChanged", id => {
      for (const component of customerWatchers.get(id) ?? []) component.invokeMethodAsync("CustomerChanged", id).catch(() => {});
    });
    connection.on("queuesChanged", ids => {
      for (const component of queueWatchers) component.invokeMethodAsync("QueuesChanged", ids).catch(() => {});
    });
    connection.on("callStarted", showCall);
    connection.onreconnected(async () => {
      for (const id of watchers.keys()) await connection.invoke("WatchCase", id);
      if (queueWatchers.size > 0) await connection.invoke("WatchQueues");
      for (const id of customerWatchers.keys()) await connection.invoke("WatchCustomer", id);
    });
    starting = connection.start().then(() => connection);
    return starting;
  }

  // a call has reached this agent: who is calling, and a link that opens them, until dismissed or opened
  function showCall(call) {
    let banner = document.getElementById("call-pop");
    if (!banner) {
      banner = document.createElement("div");
      banner.id = "call-pop";
      banner.setAttribute("role", "alert");
      document.body.append(banner);
    }
    const who = document.createElement("span");
    who.textContent = `Call from ${call.name}${call.number ? ` (${call.number})` : ""}`;
    const open = document.createElement("a");
    open.href = `/customers/${call.customerId}`;
    open.id = "call-pop-open";
    open.textContent = "Open";
    open.addEventListener("click", () => banner.remove());
    const dismiss = document.createElement("button");
    dismiss.type = "button";
    dismiss.textContent = "Dismiss";
    dismiss.addEventListener("click", () => banner.remove());
    banner.replaceChildren(who, open, dismiss);
  }

  return {
    async listenForCalls() {
      await connect();
      document.body.dataset.liveCalls = "true";
    },
    async watchCase(id, component) {
      if (!watchers.has(id)) watchers.set(id, new Set());
      watchers.get(id).add(component);
      const connection = await connect();
      await connection.invoke("WatchCase", id);
      document.body.dataset.liveCase = String(id);
    },
    async watchQueues(component) {
      queueWatchers.add(component);
      const connection = await connect();
      await connection.invoke("WatchQueues");
      document.body.dataset.liveQueues = "true";
    },
    async watchCustomer(id, component) {
      if (!customerWatchers.has(id)) customerWatchers.set(id, new Set());
      customerWatchers.get(id).add(component);
      const connection = await connect();
      await connection.invoke("WatchCustomer", id);
      document.body.dataset.liveCustomer = String(id);
    },
    async unwatchCustomer(id, component) {
      const set = customerWatchers.get(id);
      if (!set) return;
      set.delete(component);
      if (set.size > 0) return;
      customerWatchers.delete(id);
      const connection = await connect();
      await connection.invoke("UnwatchCustomer", id);
    },
    unwatchQueues(component) {
      queueWatchers.delete(component);
    },
    async unwatchCase(id, component) {
      const set = watchers.get(id);
      if (!set) return;
      set.delete(component);
      if (set.size > 0) return;
      watchers.delete(id);
      const connection = await connect();
      await connection.invoke("UnwatchCase", id);
    },
  };
})();
