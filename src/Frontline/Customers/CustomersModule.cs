using Frontline.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Customers;

public static class CustomersModule
{
    public static IServiceCollection AddCustomers(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(PhoneRegion.From(configuration));

    public static void MapCustomers(this RouteGroupBuilder api)
    {
        var customers = api.MapGroup("/customers").WithTags("Customers").RequireAuthorization(Policies.FrontLine);
        customers.MapPost("/", CreateCustomer.Handle).WithName("CreateCustomer").WithSummary("Create a customer");
        customers.MapGet("/", SearchCustomers.Handle).WithName("SearchCustomers")
            .WithSummary("Find customers by e-mail, phone or name fragment");
        customers.MapGet("/{id:long}", GetCustomer.Handle).WithName("GetCustomer").WithSummary("One customer");
        customers.MapGet("/{id:long}/360", Customer360.Handle).WithName("GetCustomer360")
            .WithSummary("The customer at a glance: tier, tenure, value, assets, cases, gestures, channels, and why they matter");
        customers.MapPut("/{id:long}", UpdateCustomer.Handle).WithName("UpdateCustomer")
            .WithSummary("Replace a customer's details");
        customers.MapPost("/{id:long}/merge", MergeCustomers.Handle).WithName("MergeCustomers")
            .WithSummary("Merge a duplicate into this customer: everything moves, nothing is lost, the merge is audited");
        customers.MapGet("/{id:long}/merges", MergeCustomers.List).WithName("ListCustomerMerges")
            .WithSummary("The merges into this customer");
        customers.MapGet("/{id:long}/assets", Assets.List).WithName("ListAssets")
            .WithSummary("A customer's assets with warranty status");
        customers.MapPost("/{id:long}/assets", Assets.Add).WithName("AddAsset")
            .WithSummary("Record an asset or purchase");
        customers.MapGet("/{id:long}/fact-changes", CustomerFacts.List).WithName("ListCustomerFactChanges")
            .WithSummary("Who changed the facts that decide authority (tier, value, tenure, purchases), when, from what to what");

        var products = api.MapGroup("/products").WithTags("Customers");
        products.MapGet("/", Products.List).WithName("ListProducts").WithSummary("Products")
            .RequireAuthorization(Policies.FrontLine);
        products.MapPost("/", Products.Create).WithName("CreateProduct").WithSummary("Add a product")
            .RequireAuthorization(Policies.Manager);
    }
}
