using Frontline.Events;

namespace Frontline.Customers;

[EventType("customer.created", PersonalData = true,
    Description = "A customer was recorded: by a colleague, or on their first message, web form, chat or call.")]
public sealed record CustomerCreated(long CustomerId, string Name) : ICustomerEvent;

[EventType("customer.updated", PersonalData = true,
    Description = "A customer's details changed; the names of the changed fields.")]
public sealed record CustomerUpdated(long CustomerId, IReadOnlyList<string> Fields) : ICustomerEvent;

[EventType("customer.merged", Description = "A duplicate customer was merged into another, which keeps everything.")]
public sealed record CustomerMerged(long CustomerId, long MergedCustomerId) : ICustomerEvent;

[EventType("customer.fact-changed", PersonalData = true,
    Description = "A fact that decides authority (tier, lifetime value, tenure, a purchase's date, channel, seller or "
        + "warranty) was given or changed; before and after as text.")]
public sealed record CustomerFactChanged(long CustomerId, long? AssetId, string Fact, string? Before, string? After)
    : ICustomerEvent;

[EventType("asset.registered", Description = "An asset or purchase was recorded for a customer.")]
public sealed record AssetRegistered(long AssetId, long CustomerId, long ProductId, DateOnly PurchasedOn,
    PurchaseChannel PurchaseChannel, DateOnly? WarrantyEndsOn) : ICustomerEvent;

[EventType("product.added", Description = "A product was added to the catalogue customers' assets are chosen from.")]
public sealed record ProductAdded(long ProductId, string Sku, string Name, string Kind, int WarrantyMonths) : IEvent;
