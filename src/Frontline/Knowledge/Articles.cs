using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Knowledge;

/// <param name="IsInternal">For colleagues only: never inserted into a reply nor shown to customers. Unchanged when
/// left out; a new article is customer-facing unless it says so.</param>
public sealed record ArticleInput(string? Title, string? Body, bool? IsPublished, bool? IsInternal = null);

public sealed record ArticleView(long Id, string Title, string Body, bool IsPublished, DateTime UpdatedAt,
    string? UpdatedBy, bool IsInternal)
{
    public static ArticleView Of(Article a) =>
        new(a.Id, a.Title, a.Body, a.IsPublished, a.UpdatedAt, a.UpdatedBy, a.IsInternal);
}

/// <summary>The knowledge base: managers write articles, everyone at the front line finds and inserts them.</summary>
public static class Articles
{
    internal static async Task<Results<Ok<Page<ArticleView>>, ValidationProblem>> Search(string? q, int? page,
        int? pageSize, FrontlineDb db, CancellationToken ct)
    {
        var errors = new Errors();
        var (p, size) = Paging.Read(page, pageSize, errors);
        if (q is { Length: > 200 }) errors.Add("q", "Must be at most 200 characters.");
        if (errors.Any) return errors.Problem();
        return TypedResults.Ok(await FindAsync(db, q, publishedOnly: false, p, size, ct));
    }

    /// <summary>
    /// Articles with a word in their title or text, by title; customers (the help pages) see only the published,
    /// customer-facing ones.
    /// </summary>
    public static async Task<Page<ArticleView>> FindAsync(FrontlineDb db, string? q, bool publishedOnly, int page,
        int size, CancellationToken ct)
    {
        var articles = db.Articles.AsNoTracking();
        if (publishedOnly) articles = articles.Where(a => a.IsPublished && !a.IsInternal);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Like.Containing(q);
            articles = articles.Where(a => EF.Functions.Like(a.SearchText, pattern, Like.Escape));
        }
        var rows = await articles.OrderBy(a => a.Title).ThenBy(a => a.Id).ToPageAsync(page, size, ct);
        return new Page<ArticleView>(rows.Items.Select(ArticleView.Of).ToList(), rows.PageNumber, rows.PageSize,
            rows.HasMore);
    }

    internal static async Task<Results<Ok<ArticleView>, NotFound>> Get(long id, FrontlineDb db, CancellationToken ct) =>
        await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is { } a ? TypedResults.Ok(ArticleView.Of(a)) : TypedResults.NotFound();

    internal static async Task<Results<Created<ArticleView>, NotFound, ValidationProblem, ProblemHttpResult>> Create(
        ArticleInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await SaveAsync(db, null, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToCreated(a => $"/api/v1/knowledge/articles/{a.Id}");

    internal static async Task<Results<Ok<ArticleView>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        long id, ArticleInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await SaveAsync(db, id, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    public static async Task<Outcome<ArticleView>> SaveAsync(FrontlineDb db, long? id, ArticleInput input, Actor actor,
        DateTime now, CancellationToken ct)
    {
        var article = id is null ? null : await db.Articles.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (id is not null && article is null) return Outcome<ArticleView>.NotFound();
        var errors = new Errors();
        var title = errors.Text("title", input.Title, 200);
        var body = errors.Text("body", input.Body, 50_000);
        if (errors.Any) return errors;
        var created = article is null;
        article ??= db.Articles.Add(new Article { Title = title, Body = body }).Entity;
        (article.Title, article.Body, article.SearchText) = (title, body, Article.SearchTextOf(title, body));
        article.IsPublished = input.IsPublished ?? article.IsPublished;
        article.IsInternal = input.IsInternal ?? article.IsInternal;
        (article.UpdatedAt, article.UpdatedBy) = (now, actor.Name);
        await db.SaveAndPublishAsync(actor, now,
            () => new ArticleSaved(article.Id, title, article.IsPublished, created), ct);
        return ArticleView.Of(article);
    }
}
