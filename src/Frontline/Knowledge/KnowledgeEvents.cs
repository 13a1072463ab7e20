using Frontline.Events;

namespace Frontline.Knowledge;

[EventType("article.saved", Description = "A knowledge article was written or changed (published or a draft).")]
public sealed record ArticleSaved(long ArticleId, string Title, bool Published, bool Created) : IEvent;

[EventType("price.added",
    Description = "A line was added to the price list: a code's price in one currency for a period.")]
public sealed record PriceAdded(long PriceItemId, string Code, decimal Amount, string Currency, DateOnly ValidFrom,
    DateOnly? ValidTo) : IEvent;
