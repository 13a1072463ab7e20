using System.Data.Common;
using MimeKit;

namespace Frontline.Bench;

/// <summary>Whom a benchmark e-mail is from: the customer of a case it answers, a known customer, or someone not yet a customer.</summary>
internal enum EmailKind { CaseReply, KnownSender, UnknownSender }

/// <summary>One raw MIME message to post, with what it should become.</summary>
internal sealed record BenchEmail(string MessageId, EmailKind Kind, long? CaseId, byte[] Mime);

/// <summary>
/// The inbound e-mail rate and its check: how many messages were posted, what the receipts said, and what the database holds
/// afterwards (the touchpoints found by the posted Message-IDs, threaded to the right case, and the customers created).
/// </summary>
internal sealed record EmailRate(
    Latency Sequential, Latency Concurrent, int Senders, int WarmUp, int Sent, int Recorded, int Duplicates, int Quarantined, int Refused,
    int Unanswered, long FoundByMessageId, int RepliesSent, long ThreadedToTheirCase, int UnknownSent, long NewCustomers)
{
    public bool Complete => Recorded == Sent && FoundByMessageId == Sent && ThreadedToTheirCase == RepliesSent && NewCustomers == UnknownSent;
}

/// <summary>
/// Builds distinct inbound e-mails and posts them to <c>POST /api/v1/channels/email/inbound</c>, first one at a time, then from
/// <see cref="Senders"/> concurrent senders. One message in four answers an existing case (from its customer, the case number in
/// the subject), one in four is from another existing customer, two in four from an address no customer has (a new customer
/// each); every other message is multipart/alternative with an HTML part, the rest plain text. No attachments.
/// </summary>
internal sealed class InboundEmailRate(RawSql raw, int seed)
{
    public const int Senders = 4;

    private static readonly string[] FirstNames = ["Anna", "Bram", "Chloé", "Dmitri", "Eva", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaja", "Luca"];
    private static readonly string[] LastNames = ["Jansen", "Müller", "Rossi", "Dubois", "Nowak", "García", "Olsen", "Silva", "Novak", "Weber"];
    private static readonly string[] Topics =
        ["my order has not arrived", "the invoice is wrong", "the device stopped charging", "I was charged twice", "a question about my warranty",
         "the delivery came damaged", "I want to change my address", "the replacement part does not fit"];
    private static readonly string[] Sentences =
    [
        "I have been waiting for more than a week now and nobody has told me anything.",
        "The tracking page still says the parcel is being prepared.",
        "Could you please check what happened and let me know when I can expect it?",
        "I attached nothing, but the order number should be in your system under my name.",
        "This is the second time this year, which is why I am writing instead of calling.",
        "Thank you for the quick answer last time; unfortunately the problem is back.",
        "If a refund is easier for you, that would be fine with me as well.",
        "I am available by phone in the mornings if that helps.",
    ];

    private readonly Random random = new(seed);

    public async Task<EmailRate> MeasureAsync(ApiClient api, int warmUp, int count, TimeSpan limit, string tag, CancellationToken ct)
    {
        var messages = await BuildAsync(warmUp + 2 * count, tag, ct);
        var customersBefore = await CountCustomersAsync(ct);
        var outcomes = new EmailOutcome?[messages.Length];
        async Task<bool> Send(int i)
        {
            var outcome = await api.PostEmailAsync(messages[i].Mime);
            outcomes[i] = outcome;
            return outcome.Recorded;
        }
        var sequential = await Latency.MeasureAsync("e-mail, 1 sender", warmUp, count, limit, Send);
        var concurrent = await Latency.MeasureConcurrentAsync($"e-mail, {Senders} senders", Senders, warmUp + count, count, limit, Send);

        var sent = Enumerable.Range(0, messages.Length).Where(i => outcomes[i] is not null).Select(i => messages[i]).ToList();
        var answered = outcomes.OfType<EmailOutcome>().ToList();
        var recorded = await RecordedAsync(sent.Select(m => m.MessageId).ToList(), ct);
        var replies = sent.Where(m => m.Kind == EmailKind.CaseReply).ToList();
        return new EmailRate(sequential, concurrent, Senders, Math.Min(warmUp, sent.Count), sent.Count,
            answered.Count(o => o.Recorded), answered.Count(o => o.Outcome == "duplicate"), answered.Count(o => o.Outcome == "quarantined"),
            answered.Count(o => o.Status >= 300), answered.Count(o => o.Status == 0), recorded.Count,
            replies.Count, replies.Count(m => recorded.TryGetValue(m.MessageId, out var caseId) && caseId == m.CaseId),
            sent.Count(m => m.Kind == EmailKind.UnknownSender), await CountCustomersAsync(ct) - customersBefore);
    }

    private async Task<BenchEmail[]> BuildAsync(int total, string tag, CancellationToken ct)
    {
        var sample = new CustomerSample(raw, random.Next());
        var cases = await sample.CasesWithAddressAsync((total + 3) / 4, ct);
        var known = await sample.AddressesAsync((total + 2) / 4, ct);
        var messages = new BenchEmail[total];
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < total; i++)
        {
            var id = $"{tag}.{i}@frontline-bench.test";
            var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
            var topic = Topics[random.Next(Topics.Length)];
            var (kind, address, caseId, subject) = (i % 4) switch
            {
                0 => (EmailKind.CaseReply, cases[i / 4].Address, (long?)cases[i / 4].CaseId,
                    $"Re: [{Frontline.Cases.Case.NumberOf(cases[i / 4].CaseId)}] {topic}"),
                1 => (EmailKind.KnownSender, known[i / 4], null, Capitalise(topic)),
                _ => (EmailKind.UnknownSender, $"{tag}.{i}@example.com", null, Capitalise(topic)),
            };
            var message = new MimeMessage { MessageId = id, Subject = subject, Date = now.AddMilliseconds(-i) };
            message.From.Add(new MailboxAddress(name, address));
            message.To.Add(new MailboxAddress("Customer care", "care@frontline.test"));
            var paragraphs = Enumerable.Range(0, random.Next(2, 5))
                .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Sentences[random.Next(Sentences.Length)]))).ToList();
            var body = new BodyBuilder { TextBody = $"Hello,\n\n{string.Join("\n\n", paragraphs)}\n\nKind regards,\n{name}\n" };
            if (i % 2 == 1)
                body.HtmlBody = $"<html><body><div>Hello,</div>{string.Concat(paragraphs.Select(p => $"<p>{p}</p>"))}"
                    + $"<div>Kind regards,<br><b>{name}</b></div><img src=\"https://tracker.example.com/pixel.gif\"></body></html>";
            message.Body = body.ToMessageBody();
            using var mime = new MemoryStream();
            await message.WriteToAsync(mime, ct);
            messages[i] = new BenchEmail(message.MessageId, kind, caseId, mime.ToArray());
        }
        return messages;
    }

    /// <summary>The e-mail touchpoints recorded under the given Message-IDs, with the case each was threaded to.</summary>
    private async Task<Dictionary<string, long?>> RecordedAsync(IReadOnlyList<string> messageIds, CancellationToken ct)
    {
        var found = new Dictionary<string, long?>();
        await using var connection = raw.Open();
        foreach (var batch in messageIds.Chunk(500))
        {
            await using var command = RawSql.Command(connection,
                $"SELECT external_id, case_id FROM touchpoints WHERE channel = 'Email' AND external_id IN ({string.Join(", ", batch.Select((_, i) => $"@m{i}"))})");
            for (var i = 0; i < batch.Length; i++) Parameter(command, $"m{i}", batch[i]);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) found[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetInt64(1);
        }
        return found;
    }

    private async Task<long> CountCustomersAsync(CancellationToken ct)
    {
        await using var connection = raw.Open();
        await using var command = RawSql.Command(connection, "SELECT count(*) FROM customers");
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }

    private static void Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
