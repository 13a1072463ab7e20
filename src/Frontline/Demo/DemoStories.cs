using Frontline.Cases;
using Frontline.Customers;
using Frontline.Touchpoints;
using NodaTime;

namespace Frontline.Demo;

/// <summary>
/// The customers of the essays, so that their stories can be told on the demo: the remote 23 days out of
/// warranty, the two children who need an escort, the two colleagues and one change fee, the headset from a
/// dealer, the two-million-mile flyer.
/// </summary>
internal sealed class DemoStories(DemoWriter w)
{
    public async Task WriteAsync(CancellationToken ct)
    {
        await RemoteOutOfWarranty(ct);
        await UnaccompaniedMinors(ct);
        await ColleaguesChangeFee(ct);
        await DealerHeadset(ct);
        await MillionMiler(ct);
        await SoundbarAtTheCounter(ct);
    }

    private async Task RemoteOutOfWarranty(CancellationToken ct)
    {
        var dana = w.Customer("Dana Whitfield", "dana.whitfield@example.com", "+49 30 901820", "Europe/Berlin",
            LoyaltyTier.Gold, 2012, 18_400m, "EUR");
        var today = w.Today(dana);
        string[] devices = ["TV-55-OLED", "SOUNDBAR-3", "PHONE-X", "PHONE-X", "TABLET-10", "LAPTOP-14", "ROUTER-6",
            "WATCH-2", "CAMERA-M",
            "CONSOLE-5", "HEADPHONES-NC", "EREADER-7", "PRINTER-L"];
        for (var i = 0; i < devices.Length; i++)
            w.Asset(dana, devices[i], today.AddDays(-90 * (i + 1)), PurchaseChannel.OwnStore, "Frontline Store Berlin Mitte", 80 + 60 * i);
        var warrantyEnd = today.AddDays(-23);
        var remote = w.Asset(dana, "TV-REMOTE", warrantyEnd.AddMonths(-12), PurchaseChannel.OwnStore,
            "Frontline Store Berlin Mitte", 29, warrantyEnd);
        await w.SaveAsync(ct);
        var @case = w.Case(dana, "Warranty and repair", "TV remote stopped working", Channel.StoreVisit,
            CasePriority.Normal, asset: remote, team: "Store Berlin Mitte");
        await w.SaveAsync(ct);
        w.Touch(dana, @case, Channel.StoreVisit, Direction.Inbound, 0,
            "Brought the TV remote to the counter: no buttons respond, new batteries did not help. Bought here a year ago with the TV.");
        w.Touch(dana, null, Channel.Email, Direction.Outbound, 40, "Thank you for your purchase of the Soundbar 3.1.");
    }

    private async Task UnaccompaniedMinors(CancellationToken ct)
    {
        var siti = w.Customer("Siti Rahman", "siti.rahman@example.com", "+60 3 2141 5566", "Asia/Kuala_Lumpur",
            LoyaltyTier.Silver, 2019, 4_250m, "MYR");
        var today = w.Today(siti);
        var flight = today.AddDays(7);
        var ticket = w.Asset(siti, "FLIGHT-J", today.AddDays(-20), PurchaseChannel.Online, "Airline website", 2_150,
            reference: "KUL-HKG AB3K9Z, Aiman (10)", serviceDate: flight);
        w.Asset(siti, "FLIGHT-J", today.AddDays(-20), PurchaseChannel.Online, "Airline website", 2_150,
            reference: "KUL-HKG AB3K9Z, Nur (13)", serviceDate: flight);
        await w.SaveAsync(ct);
        var departure = new LocalDateTime(flight.Year, flight.Month, flight.Day, 9, 40)
            .InZoneLeniently(DateTimeZoneProviders.Tzdb["Asia/Kuala_Lumpur"]).ToDateTimeUtc();
        var @case = w.Case(siti, "Special service request",
            "Unaccompanied minor service for two children (10 and 13) in business class",
            Channel.Phone, CasePriority.High, asset: ticket, deadline: departure, team: "Contact Centre");
        await w.SaveAsync(ct);
        w.Touch(siti, @case, Channel.Phone, Direction.Inbound, 0,
            "My nephew (10) and niece (13) fly KUL to HKG next week in business class. The website lists the unaccompanied minor service as optional; " +
            "I was told it is only for economy tickets. There are no economy seats left. We will pay the fee and give up the lounge.");
    }

    private async Task ColleaguesChangeFee(CancellationToken ct)
    {
        var jordan = w.Customer("Jordan Blake", "jordan.blake@northwind.example", "+1 212 555 0142", "America/New_York",
            LoyaltyTier.Silver, 2021, 3_100m, "USD");
        var priya = w.Customer("Priya Raman", "priya.raman@northwind.example", "+1 212 555 0177", "America/New_York",
            LoyaltyTier.Silver, 2021, 2_980m, "USD");
        var booked = w.Today(priya).AddDays(-30);
        w.Asset(jordan, "FLIGHT-Y", booked, PurchaseChannel.Online, "Airline website (company card)", 640,
            reference: "NYC-SFO QX7P2L");
        w.Asset(priya, "FLIGHT-Y", booked, PurchaseChannel.Online, "Airline website (company card)", 640,
            reference: "NYC-SFO QX7P2M");
        await w.SaveAsync(ct);
        var jordansChange = w.Case(jordan, "Change of booking", "Change of return flight", Channel.WebForm,
            CasePriority.Normal,
            status: CaseStatus.Closed, daysAgo: 3);
        var priyasChange = w.Case(priya, "Change of booking",
            "Change fee of $180 for the return flight; colleague paid none",
            Channel.Phone, CasePriority.Normal, team: "Airline Service Desk");
        await w.SaveAsync(ct);
        w.Touch(jordan, jordansChange, Channel.WebForm, Direction.Inbound, 3 * 24 * 60,
            "Please move my return to Friday evening.");
        w.Touch(jordan, jordansChange, Channel.Email, Direction.Outbound, 3 * 24 * 60 - 30,
            "Your return is changed. No change fee applies, and the fare difference of $42 is refunded to your card.");
        w.Touch(priya, priyasChange, Channel.Phone, Direction.Inbound, 0,
            "I booked together with my colleague, same time, same company card. She changed her return without a fee; I am asked $180.");
    }

    private async Task DealerHeadset(CancellationToken ct)
    {
        var ravi = w.Customer("Ravi Menon", "ravi.menon@example.com", "+1 312 555 0199", "America/Chicago",
            LoyaltyTier.Platinum, 2009, 26_700m, "USD");
        var today = w.Today(ravi);
        w.Asset(ravi, "PHONE-X", today.AddMonths(-5), PurchaseChannel.Dealer, "Mobile dealer, Oak Street", 899);
        var headset = w.Asset(ravi, "HEADSET-ST", today.AddMonths(-5), PurchaseChannel.Dealer,
            "Mobile dealer, Oak Street", 59);
        for (var line = 0; line < 4; line++) w.Asset(ravi, "PHONE-X", today.AddMonths(-14 - line),
            PurchaseChannel.OwnStore, "Frontline Store Chicago", 799);
        await w.SaveAsync(ct);
        var @case = w.Case(ravi, "Warranty and repair",
            "Stereo headset acting up: warranty exchange, bought at a dealer",
            Channel.StoreVisit, CasePriority.Normal, asset: headset);
        await w.SaveAsync(ct);
        w.Touch(ravi, @case, Channel.StoreVisit, Direction.Inbound, 0,
            "The stereo headset that came with my phone crackles on the left side. The original receipt is from the dealer on Oak Street.");
    }

    private async Task MillionMiler(CancellationToken ct)
    {
        var george = w.Customer("George Halvorsen", "george.halvorsen@example.com", "+47 22 33 44 55", "Europe/Oslo",
            LoyaltyTier.Platinum, 1998, 412_000m, "USD",
            loyaltyPoints: 2_000_000);
        w.Asset(george, "FLIGHT-Y", w.Today(george).AddDays(-2), PurchaseChannel.Online, "Airline website", 1_480,
            reference: "DEL-JFK LM4R8T",
            serviceDate: w.Today(george).AddDays(-1));
        await w.SaveAsync(ct);
        var @case = w.Case(george, "Onboard service", "Laptop could not be charged on a 16-hour flight", Channel.Email,
            CasePriority.High, team: "Airline Service Desk");
        await w.SaveAsync(ct);
        w.Touch(george, @case, Channel.Email, Direction.Inbound, 60,
            "Both laptop batteries ran out over Ireland. I asked to have the laptop charged in business class, where three seats were empty, and was told: not my job.");
    }

    /// <summary>An everyday walk-in at the Berlin store, waiting in the team's queue.</summary>
    private async Task SoundbarAtTheCounter(CancellationToken ct)
    {
        var tomasz = w.Customer("Tomasz Nowak", "tomasz.nowak@example.com", "+49 30 5550142", "Europe/Berlin",
            LoyaltyTier.Standard, 2023, 640m, "EUR");
        w.Asset(tomasz, "SOUNDBAR-3", w.Today(tomasz).AddDays(-150), PurchaseChannel.OwnStore,
            "Frontline Store Berlin Mitte", 349);
        await w.SaveAsync(ct);
        var @case = w.Case(tomasz, "Product question", "Soundbar will not pair with the TV", Channel.StoreVisit,
            CasePriority.Normal, team: "Store Berlin Mitte");
        await w.SaveAsync(ct);
        w.Touch(tomasz, @case, Channel.StoreVisit, Direction.Inbound, 30,
            "The soundbar finds the TV but drops the connection after a minute.");
    }
}
