using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Frontline.Tests.Webhooks;

/// <summary>One request a receiver got, with the status it answered.</summary>
public sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, string Body, int Status);

/// <summary>A small HTTP server on a loopback address that records each webhook it gets and answers as told.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    /// <summary>The one loopback address webhooks may reach in the tests (so "localhost", 127.0.0.1, stays refused).</summary>
    public const string AllowedAddress = "127.0.0.2";

    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<ReceivedWebhook> received = new();
    private readonly Task loop;
    private Func<int, int> answer;
    private int count;

    private WebhookReceiver(Func<int, int> answer, string address)
    {
        this.answer = answer;
        var port = FreePort(address);
        Url = new Uri($"http://{address}:{port}/hooks");
        listener.Prefixes.Add($"http://{address}:{port}/");
        listener.Start();
        loop = Task.Run(ListenAsync);
    }

    public Uri Url { get; }

    public IReadOnlyList<ReceivedWebhook> Received => received.ToList();

    /// <summary>Starts a receiver answering the n-th request (from 1) with <paramref name="answer"/>(n); 200 to all when not given.</summary>
    public static Task<WebhookReceiver> StartAsync(Func<int, int>? answer = null, string address = AllowedAddress) =>
        Task.FromResult(new WebhookReceiver(answer ?? (_ => 200), address));

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
        using var reader = new StreamReader(context.Request.InputStream);
        var body = await reader.ReadToEndAsync();
        var status = answer(Interlocked.Increment(ref count));
        var headers = context.Request.Headers;
        received.Enqueue(new ReceivedWebhook(headers["webhook-id"] ?? "", headers["webhook-timestamp"] ?? "",
            headers["webhook-signature"] ?? "", body, status));
        context.Response.StatusCode = status;
        var text = System.Text.Encoding.UTF8.GetBytes($"answered {status}");
        await context.Response.OutputStream.WriteAsync(text);
        context.Response.Close();
    }

    private static int FreePort(string address)
    {
        using var probe = new TcpListener(IPAddress.Parse(address), 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop;
    }
}
