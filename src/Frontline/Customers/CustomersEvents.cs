using Frontline.Events;

namespace Frontline.Customers;

[EventType("customer.created", PersonalData = true, Description = "A customer was recorded.")]
public sealed record CustomerCreated(long CustomerId, string Name) : ICustomerEvent;

[EventType("customer.updated", PersonalData = true, Description = "A customer's details changed; the names of the changed fields.")]
public sealed record CustomerUpdated(long CustomerId, IReadOnlyList<string> Fields) : ICustomerEvent;

[EventType("customer.merged", Description = "A duplicate customer was merged into another, which keeps everything.")]
public sealed record CustomerMerged(long CustomerId, long MergedCustomerId) : ICustomerEvent;
