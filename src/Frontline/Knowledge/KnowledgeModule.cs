using Frontline.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Frontline.Knowledge;

public static class KnowledgeModule
{
    public static void MapKnowledge(this RouteGroupBuilder api)
    {
        var articles = api.MapGroup("/knowledge/articles").WithTags("Knowledge");
        articles.MapGet("/", Articles.Search).WithName("SearchArticles").WithSummary("Find articles by a word of their title or text")
            .RequireAuthorization(Policies.FrontLine);
        articles.MapGet("/{id:long}", Articles.Get).WithName("GetArticle").WithSummary("One article").RequireAuthorization(Policies.FrontLine);
        articles.MapPost("/", Articles.Create).WithName("CreateArticle").WithSummary("Write an article").RequireAuthorization(Policies.Manager);
        articles.MapPut("/{id:long}", Articles.Update).WithName("UpdateArticle").WithSummary("Rewrite an article").RequireAuthorization(Policies.Manager);

        var prices = api.MapGroup("/knowledge/prices").WithTags("Knowledge");
        prices.MapGet("/", PriceList.Valid).WithName("ListPrices").WithSummary("The price list valid on a day (default today)")
            .RequireAuthorization(Policies.FrontLine);
        prices.MapPost("/", PriceList.Create).WithName("CreatePrice").WithSummary("Add a price, valid from a day (and to a day)")
            .RequireAuthorization(Policies.Manager);
    }
}
