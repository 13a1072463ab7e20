// The agents' live line: one SignalR connection per tab to /live; a component watches a case (or a customer) and
// is called back ("CaseChanged", "CustomerChanged") whenever a change to it is committed, by anyone, on any node;
// a call that reaches the agent ("callStarted") shows who is calling, with a link that opens them; the bell hears the
// person's unread count ("notificationsChanged"), and the home screen their call-backs ("callBacksChanged").
window.frontlineLive = (() => {
  // what a screen can watch by id: the hub's Watch/Unwatch method and the component's callback share the name
  const kinds = { Case: new Map(), Customer: new Map() }; // kind -> id -> Set of .NET object references
  const queueWatchers = new Set();
  const notificationWatchers = new Set();
  const callBackWatchers = new Set();
  let starting = null;

  function connect() {
    if (starting) return starting;
    const connection = new signalR.HubConnectionBuilder().withUrl("/live").withAutomaticReconnect().build();
    for (const [kind, watchers] of Object.entries(kinds)) {
      connection.on(`${kind.toLowerCase()}Changed`, id => {
        for (const component of watchers.get(id) ?? []) component.invokeMethodAsync(`${kind}Changed`, id).catch(() => {});
      });
    }
    connection.on("queuesChanged", ids => {
      for (const component of queueWatchers) component.invokeMethodAsync("QueuesChanged", ids).catch(() => {});
    });
    connection.on("callStarted", showCall);
    // the person's unread count: the server sends it to every connection of theirs (they join their group on connecting)
    connection.on("notificationsChanged", count => {
      for (const component of notificationWatchers) component.invokeMethodAsync("NotificationsChanged", count).catch(() => {});
    });
    // the person's call-backs changed (set or done, on any of their screens)
    connection.on("callBacksChanged", () => {
      for (const component of callBackWatchers) component.invokeMethodAsync("CallBacksChanged").catch(() => {});
    });
    connection.onreconnected(async () => {
      for (const [kind, watchers] of Object.entries(kinds)) for (const id of watchers.keys()) await connection.invoke(`Watch${kind}`, id);
      if (queueWatchers.size > 0) await connection.invoke("WatchQueues");
    });
    starting = connection.start().then(() => connection);
    return starting;
  }

  async function watch(kind, id, component) {
    const watchers = kinds[kind];
    if (!watchers.has(id)) watchers.set(id, new Set());
    watchers.get(id).add(component);
    const connection = await connect();
    await connection.invoke(`Watch${kind}`, id);
    document.body.dataset[`live${kind}`] = String(id);
  }

  async function unwatch(kind, id, component) {
    const watchers = kinds[kind];
    const set = watchers.get(id);
    if (!set) return;
    set.delete(component);
    if (set.size > 0) return;
    watchers.delete(id);
    const connection = await connect();
    await connection.invoke(`Unwatch${kind}`, id);
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
    watchCase: (id, component) => watch("Case", id, component),
    unwatchCase: (id, component) => unwatch("Case", id, component),
    watchCustomer: (id, component) => watch("Customer", id, component),
    unwatchCustomer: (id, component) => unwatch("Customer", id, component),
    async watchQueues(component) {
      queueWatchers.add(component);
      const connection = await connect();
      await connection.invoke("WatchQueues");
      document.body.dataset.liveQueues = "true";
    },
    unwatchQueues(component) {
      queueWatchers.delete(component);
    },
    async watchNotifications(component) {
      notificationWatchers.add(component);
      await connect();
      document.body.dataset.liveNotifications = "true";
    },
    unwatchNotifications(component) {
      notificationWatchers.delete(component);
    },
    async watchCallBacks(component) {
      callBackWatchers.add(component);
      await connect();
      document.body.dataset.liveCallBacks = "true";
    },
    unwatchCallBacks(component) {
      callBackWatchers.delete(component);
    },
  };
})();
