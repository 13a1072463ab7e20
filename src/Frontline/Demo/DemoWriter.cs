using Frontline.Cases;
using Frontline.Customers;
using Frontline.Touchpoints;

namespace Frontline.Demo;

/// <summary>Short verbs for writing demo customers, assets, cases and touchpoints relative to "now".</summary>
internal sealed class DemoWriter(FrontlineDb db, DateTime now, Dictionary<string, long> categories,
    Dictionary<string, Product> products, Dictionary<string, long> teams)
{
    public DateTime Now => now;

    public IReadOnlyList<string> CategoryNames => [.. categories.Keys];

    public IReadOnlyList<Product> Products => [.. products.Values];

    public DateOnly Today(Customer customer) =>
        CustomerClock.Today(new FixedClock(now), customer.TimeZone);

    public Customer Customer(string name, string email, string? phone, string zone, LoyaltyTier tier, int sinceYear,
        decimal value, string currency,
        long loyaltyPoints = 0)
    {
        var customer = new Customer
        {
            Name = name, TimeZone = zone, LoyaltyTier = tier, CustomerSince = new DateOnly(sinceYear, 3,
                1), LifetimeValue = value,
            Currency = currency, LoyaltyPoints = loyaltyPoints, CreatedAt = now, UpdatedAt = now,
            Emails = [new CustomerEmail { Address = email, IsPrimary = true }],
            Phones = phone is null ? [] :
            [
                new CustomerPhone
                {
                    Number = ContactPoints.NormalizePhone(phone) ?? throw new ArgumentException($"Demo phone {phone} is not valid.", nameof(phone)),
                    IsPrimary = true,
                },
            ],
        };
        customer.Rename(name);
        db.Customers.Add(customer);
        return customer;
    }

    public Asset Asset(Customer customer, string sku, DateOnly purchasedOn, PurchaseChannel channel, string seller,
        decimal price,
        DateOnly? warrantyEndsOn = null, string? reference = null, DateOnly? serviceDate = null)
    {
        var product = products[sku];
        var asset = new Asset
        {
            ProductId = product.Id, PurchasedOn = purchasedOn, PurchaseChannel = channel, Seller = seller, Price = price,
            Currency = customer.Currency, Reference = reference, ServiceDate = serviceDate,
            WarrantyEndsOn = warrantyEndsOn ?? (product.WarrantyMonths > 0 ? purchasedOn.AddMonths(product.WarrantyMonths) : null),
        };
        customer.Assets.Add(asset);
        return asset;
    }

    public Case Case(Customer customer, string category, string subject, Channel channel, CasePriority priority,
        Asset? asset = null,
        DateTime? deadline = null, string? team = null, CaseStatus status = CaseStatus.Open, int daysAgo = 0)
    {
        var opened = now.AddDays(-daysAgo);
        // the same service levels as a case opened through the API, on the standard calendar of the team's zone
        var target = ReferenceData.SlaRows.First(r => r.Priority == priority);
        var calendar = Approvals.WorkingCalendar.Standard(team is null ? "UTC" : ReferenceData.TeamRows.First(t => t.Name == team).TimeZone);
        var @case = new Case
        {
            CustomerId = customer.Id, CategoryId = categories[category], Subject = subject, Channel = channel, Priority = priority,
            AssetId = asset?.Id, CustomerDeadline = deadline, TeamId = team is null ? null : teams[team], Status = status,
            OpenedAt = opened, UpdatedAt = opened,
            ResolvedAt = status is CaseStatus.Resolved or CaseStatus.Closed ? opened.AddHours(2) : null,
            ClosedAt = status == CaseStatus.Closed ? opened.AddDays(1) : null,
            FirstResponseDueAt = Approvals.BusinessHours.AddWorkingHours(opened, target.FirstResponse, calendar),
            ResolutionDueAt = Approvals.BusinessHours.AddWorkingHours(opened, target.Resolution, calendar),
            FirstRespondedAt = status is CaseStatus.Resolved or CaseStatus.Closed ? opened.AddHours(1) : null,
        };
        db.Cases.Add(@case);
        return @case;
    }

    public void Touch(Customer customer, Case? @case, Channel channel, Direction direction, int minutesAgo, string body,
        string? author = null) =>
        db.RecordTouchpoint(CaseTouch.Frontline, now, new Touchpoint
        {
            CustomerId = customer.Id, Case = @case, Channel = channel, Direction = direction, OccurredAt = now.AddMinutes(-minutesAgo),
            RecordedAt = now, Author = author ?? (direction == Direction.Inbound ? customer.Name : "Frontline"), Body = body,
        });

    public Task SaveAsync(CancellationToken ct) => db.SaveChangesAsync(ct);

    private sealed class FixedClock(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now, TimeSpan.Zero);
    }
}
