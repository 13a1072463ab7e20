using System.Text;
using Frontline.Channels;
using Frontline.Knowledge;

namespace Frontline.Demo;

/// <summary>The demo's knowledge base and price list (the answers every channel gives alike), and one unreadable message for the admin.</summary>
internal sealed class DemoKnowledge(FrontlineDb db, DateTime now)
{
    public async Task WriteAsync(CancellationToken ct)
    {
        Article("Replacing a remote control out of warranty",
            "A remote that fails shortly after its warranty ends may be replaced for free when the customer has several of our devices; "
            + "otherwise offer a new remote at 20% off. Pair the new remote by holding OK and the volume key for five seconds.", published: true);
        Article("Changing a flight booking",
            "A booking can be changed up to two hours before departure. The change fee is on the price list; travellers who booked together "
            + "are treated alike.", published: true);
        Article("Where is my parcel?",
            "Parcels arrive within three working days. If the tracking says delivered but nothing arrived, ask the neighbours and check the "
            + "safe place; if it is still missing after one day, we send a replacement.", published: true);
        Article("Unaccompanied minors",
            "Children from 5 to 11 flying alone travel with our escort service; book it at least 48 hours before departure.", published: true);
        Article("Escalating a complaint to the carrier (internal)",
            "Open a claim with the carrier's portal, note the claim number on the case, and tell the customer when they will hear back.",
            published: false);

        var from = DateOnly.FromDateTime(now).AddMonths(-6);
        Price("TV-REMOTE", "Replacement remote control", PriceKind.Item, 29m, "EUR", from);
        Price("CHANGE-FEE", "Flight change fee", PriceKind.Fee, 180m, "USD", from);
        Price("CHANGE-FEE", "Flight change fee", PriceKind.Fee, 160m, "EUR", from);
        Price("EXPRESS", "Express delivery next working day", PriceKind.Service, 9.90m, "EUR", from);
        Price("MINOR-ESCORT", "Escort service for an unaccompanied minor", PriceKind.Service, 75m, "USD", from);
        Price("INSTALL", "Installation at home", PriceKind.Service, 49m, "EUR", from, DateOnly.FromDateTime(now).AddDays(-1));
        Price("INSTALL", "Installation at home", PriceKind.Service, 59m, "EUR", DateOnly.FromDateTime(now));

        db.QuarantinedMessages.Add(new QuarantinedMessage
        {
            Channel = "Email", Reason = "The message has no readable sender address.", ReceivedAt = now.AddHours(-3),
            Raw = Encoding.ASCII.GetBytes("Subject: =?broken?Q?help?=\r\nFrom: <<<\r\n\r\nMy order never came.\r\n"),
        });
        await db.SaveChangesAsync(ct);
    }

    private void Article(string title, string body, bool published) => db.Articles.Add(new Article
    {
        Title = title, Body = body, SearchText = Knowledge.Article.SearchTextOf(title, body), IsPublished = published, UpdatedAt = now, UpdatedBy = "Morgan Manager",
    });

    private void Price(string code, string name, PriceKind kind, decimal amount, string currency, DateOnly from, DateOnly? to = null) =>
        db.PriceItems.Add(new PriceItem { Code = code, Name = name, Kind = kind, Amount = amount, Currency = currency, ValidFrom = from, ValidTo = to });
}
