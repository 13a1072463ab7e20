using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Frontline.Bench;

/// <summary>
/// A receiver on a loopback address of its own (so 127.0.0.1 stays refused to webhooks) that answers every request
/// 204 at once and counts the distinct messages of one event type, done when <c>expected</c> have come.
/// </summary>
internal sealed class WebhookSink : IAsyncDisposable
{
    public const string Address = "127.0.0.2";

    private readonly HttpListener listener = new();
    private readonly ConcurrentDictionary<string, byte> ids = new();
    private readonly TaskCompletionSource all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string marker;
    private readonly int expected;
    private readonly Task loop;
    private int requests;

    public WebhookSink(string eventType, int expected)
    {
        (marker, this.expected) = ($"\"type\":\"{eventType}\"", expected);
        using (var probe = new TcpListener(IPAddress.Parse(Address), 0))
        {
            probe.Start();
            Url = new Uri($"http://{Address}:{((IPEndPoint)probe.LocalEndpoint).Port}/hooks");
        }
        listener.Prefixes.Add($"http://{Url.Authority}/");
        listener.Start();
        loop = Task.Run(ListenAsync);
    }

    public Uri Url { get; }
    public int Distinct => ids.Count;
    /// <summary>Requests answered, redeliveries of a message (at least once) included.</summary>
    public int Requests => Volatile.Read(ref requests);
    public Task AllReceived => all.Task;

    private async Task ListenAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using (var reader = new StreamReader(context.Request.InputStream))
        {
            var body = await reader.ReadToEndAsync();
            Interlocked.Increment(ref requests);
            if (body.Contains(marker, StringComparison.Ordinal) && context.Request.Headers["webhook-id"] is { } id)
                ids.TryAdd(id, 0);
        }
        context.Response.StatusCode = 204;
        context.Response.Close();
        if (ids.Count >= expected) all.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop;
    }
}
