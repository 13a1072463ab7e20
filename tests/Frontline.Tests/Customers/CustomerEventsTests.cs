using System.Net;
using System.Net.Http.Headers;
using Frontline.Channels.Email;
using Frontline.Customers;
using Frontline.Identity;
using Frontline.Tests.Events;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;
using MimeKit;

namespace Frontline.Tests.Customers;

public abstract class CustomerEventsTests(ApiFixture fx)
{
    private readonly HttpClient _agent = fx.As(Roles.Agent);

    [Fact]
    public async Task Creating_a_customer_publishes_customer_created_once_and_a_refused_one_nothing()
    {
        var probe = await EventProbe.MarkAsync(fx);

        var created = await Given.CustomerAsync(_agent, "Event Customer");
        var refused = await _agent.PostJsonAsync("/api/v1/customers", new { name = "", emails = new[] { "not an address" } });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await probe.TypesByCallersAsync()).ShouldBe(["customer.created"]);
        var published = await probe.SingleAsync<CustomerCreated>();
        published.ShouldBe(new CustomerCreated(created.Id, "Event Customer"));
        (await probe.AllAsync()).Single(e => e.Type == "customer.created").CustomerId.ShouldBe(created.Id);
    }

    [Fact]
    public async Task A_customer_first_met_by_inbound_message_e_mail_or_chat_is_published_as_created()
    {
        var probe = await EventProbe.MarkAsync(fx);
        var recorded = await _agent.PostJsonAsync("/api/v1/touchpoints/inbound",
            new { email = Given.UniqueEmail("inbound"), name = "Ina Inbound", channel = "Email", body = "Hello" });
        recorded.IsSuccessStatusCode.ShouldBeTrue(await recorded.Content.ReadAsStringAsync());
        var inbound = await recorded.ReadAsync<InboundResult>();
        var message = new MimeMessage { Subject = "My order", Body = new TextPart("plain") { Text = "Where is it?" } };
        message.From.Add(new MailboxAddress("Emil Mail", Given.UniqueEmail("mail")));
        message.To.Add(new MailboxAddress("Care", "care@frontline.example"));
        using var raw = new MemoryStream();
        await message.WriteToAsync(raw, TestContext.Current.CancellationToken);
        var content = new ByteArrayContent(raw.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        var mail = await (await _agent.PostAsync("/api/v1/channels/email/inbound", content, TestContext.Current.CancellationToken))
            .ReadAsync<EmailReceipt>();
        var chat = await fx.Anonymous().PostJsonAsync("/chat/sessions", new
        {
            name = "Chad Chat", email = Given.UniqueEmail("chat"), categoryId = await fx.IdOfCategoryAsync("Delivery"), message = "Hi",
        });

        chat.IsSuccessStatusCode.ShouldBeTrue(await chat.Content.ReadAsStringAsync());
        inbound.CustomerCreated.ShouldBeTrue();
        (await probe.SingleAsync<CustomerCreated>(c => c.CustomerId == inbound.CustomerId)).Name.ShouldBe("Ina Inbound");
        (await probe.SingleAsync<CustomerCreated>(c => c.CustomerId == mail.CustomerId)).Name.ShouldBe("Emil Mail");
        (await probe.SingleAsync<CustomerCreated>(c => c.Name == "Chad Chat")).CustomerId.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_known_sender_creates_no_customer_and_publishes_no_customer_created()
    {
        var known = await Given.CustomerAsync(_agent, "Known Sender");
        var probe = await EventProbe.MarkAsync(fx);

        var recorded = await _agent.PostJsonAsync("/api/v1/touchpoints/inbound", new { email = known.Emails[0], channel = "Email", body = "Me again" });

        recorded.StatusCode.ShouldBe(HttpStatusCode.Created, await recorded.Content.ReadAsStringAsync());
        var inbound = await recorded.ReadAsync<InboundResult>();
        (inbound.CustomerId, inbound.CustomerCreated).ShouldBe((known.Id, false));
        (await probe.AllAsync()).ShouldNotContain(e => e.Type == "customer.created");
    }

    [Fact]
    public async Task An_update_publishes_the_changed_fields_and_a_manager_s_tier_change_as_a_fact()
    {
        var customer = await Given.CustomerAsync(_agent, "Una Update");
        var probe = await EventProbe.MarkAsync(fx);

        var renamed = await _agent.PutJsonAsync($"/api/v1/customers/{customer.Id}",
            new { name = "Una Updated", emails = customer.Emails, timeZone = customer.TimeZone });
        var refused = await _agent.PutJsonAsync($"/api/v1/customers/{customer.Id}",
            new { name = "Una Updated", emails = customer.Emails, timeZone = customer.TimeZone, loyaltyTier = "Platinum" });

        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await probe.TypesByCallersAsync()).ShouldBe(["customer.updated"]);
        (await probe.SingleAsync<CustomerUpdated>()).ShouldSatisfyAllConditions(
            u => u.CustomerId.ShouldBe(customer.Id), u => u.Fields.ShouldBe(["name"]));

        await probe.MarkAgainAsync();
        var raised = await fx.As(Roles.Manager).PutJsonAsync($"/api/v1/customers/{customer.Id}",
            new { name = "Una Updated", emails = customer.Emails, timeZone = customer.TimeZone, loyaltyTier = "Platinum" });
        var again = await fx.As(Roles.Manager).PutJsonAsync($"/api/v1/customers/{customer.Id}",
            new { name = "Una Updated", emails = customer.Emails, timeZone = customer.TimeZone, loyaltyTier = "Platinum" });

        (raised.StatusCode, again.StatusCode).ShouldBe((HttpStatusCode.OK, HttpStatusCode.OK));
        (await probe.TypesByCallersAsync()).ShouldBe(["customer.fact-changed", "customer.updated"]);
        (await probe.SingleAsync<CustomerFactChanged>()).ShouldBe(
            new CustomerFactChanged(customer.Id, null, CustomerFacts.Tier, "Gold", "Platinum"));
        (await probe.SingleAsync<CustomerUpdated>()).Fields.ShouldBe([CustomerFacts.Tier]);
    }

    [Fact]
    public async Task Registering_an_asset_publishes_it_with_the_facts_it_gives()
    {
        var customer = await Given.CustomerAsync(_agent, "Asa Asset");
        var probe = await EventProbe.MarkAsync(fx);
        var product = await fx.IdOfProductAsync("HEADSET-ST");

        var added = await (await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/assets", new
        {
            productId = product, purchasedOn = "2026-06-01", purchaseChannel = "Dealer", seller = "Oak Street", price = 59,
        })).ReadAsync<AssetView>();
        var refused = await _agent.PostJsonAsync($"/api/v1/customers/{customer.Id}/assets", new { productId = product });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var registered = await probe.SingleAsync<AssetRegistered>();
        registered.ShouldBe(new AssetRegistered(added.Id, customer.Id, product, new DateOnly(2026, 6, 1), PurchaseChannel.Dealer,
            added.WarrantyEndsOn));
        var facts = (await probe.AllAsync()).Where(e => e.Type == "customer.fact-changed").Select(e => e.Read<CustomerFactChanged>()).ToList();
        facts.Select(f => f.Fact).ShouldBe(added.WarrantyEndsOn is null
            ? [CustomerFacts.PurchasedOn, CustomerFacts.PurchaseChannel, CustomerFacts.Seller]
            : [CustomerFacts.PurchasedOn, CustomerFacts.PurchaseChannel, CustomerFacts.Seller, CustomerFacts.WarrantyEndsOn], ignoreOrder: true);
        facts.ShouldAllBe(f => f.AssetId == added.Id && f.Before == null);
    }

    [Fact]
    public async Task A_merge_publishes_customer_merged_once_and_a_refused_one_nothing()
    {
        var survivor = await Given.CustomerAsync(_agent, "Mia Merge");
        var duplicate = await Given.CustomerAsync(_agent, "M. Merge");
        var probe = await EventProbe.MarkAsync(fx);

        var refused = await _agent.PostJsonAsync($"/api/v1/customers/{survivor.Id}/merge", new { duplicateId = survivor.Id });
        var merged = await _agent.PostJsonAsync($"/api/v1/customers/{survivor.Id}/merge", new { duplicateId = duplicate.Id });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        merged.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await probe.SingleAsync<CustomerMerged>()).ShouldBe(new CustomerMerged(survivor.Id, duplicate.Id));
        // with the merge's note on the surviving customer
        (await probe.TypesByCallersAsync()).ShouldBe(["customer.merged", "touchpoint.recorded"]);
    }

    [Fact]
    public async Task Adding_a_product_publishes_product_added()
    {
        var probe = await EventProbe.MarkAsync(fx);
        var sku = $"EVT-{Guid.NewGuid():N}"[..20];

        var created = await fx.As(Roles.Manager).PostJsonAsync("/api/v1/products", new { sku, name = "Event speaker", kind = "Audio", warrantyMonths = 24 });
        var refused = await fx.As(Roles.Manager).PostJsonAsync("/api/v1/products", new { sku, name = "Twin", kind = "Audio" });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var view = await created.ReadAsync<ProductView>();
        (await probe.SingleAsync<ProductAdded>()).ShouldBe(new ProductAdded(view.Id, sku, "Event speaker", "Audio", 24));
        (await probe.TypesByCallersAsync()).ShouldBe(["product.added"]);
    }
}

[Collection(SqliteCollection.Name)] public sealed class CustomerEventsOnSqlite(SqliteApi fx) : CustomerEventsTests(fx);
[Collection(PostgresCollection.Name)] public sealed class CustomerEventsOnPostgres(PostgresApi fx) : CustomerEventsTests(fx);
