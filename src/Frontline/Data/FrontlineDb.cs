using Frontline.Api.Idempotency;
using Frontline.Approvals;
using Frontline.Authority;
using Frontline.Cases;
using Frontline.Channels;
using Frontline.Customers;
using Frontline.Gestures;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Knowledge;
using Frontline.Touchpoints;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Frontline.Data;

/// <summary>The single database of Frontline: every module's entities, SQLite or PostgreSQL.</summary>
public sealed class FrontlineDb(DbContextOptions<FrontlineDb> options)
    : IdentityDbContext<Agent, IdentityRole<long>, long>(options), IDataProtectionKeyContext
{
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<CustomerEmail> CustomerEmails => Set<CustomerEmail>();
    public DbSet<CustomerPhone> CustomerPhones => Set<CustomerPhone>();
    public DbSet<CustomerMerge> CustomerMerges => Set<CustomerMerge>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Asset> Assets => Set<Asset>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Touchpoint> Touchpoints => Set<Touchpoint>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<ServiceAccount> ServiceAccounts => Set<ServiceAccount>();
    public DbSet<CustomerFactChange> CustomerFactChanges => Set<CustomerFactChange>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<Guideline> Guidelines => Set<Guideline>();
    public DbSet<GuidelineVersion> GuidelineVersions => Set<GuidelineVersion>();
    public DbSet<GestureKind> GestureKinds => Set<GestureKind>();
    public DbSet<AuthorityGrant> AuthorityGrants => Set<AuthorityGrant>();
    public DbSet<Gesture> Gestures => Set<Gesture>();
    public DbSet<ApprovalRequest> ApprovalRequests => Set<ApprovalRequest>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<PriceItem> PriceItems => Set<PriceItem>();
    public DbSet<QuarantinedMessage> QuarantinedMessages => Set<QuarantinedMessage>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<Channels.Email.OutboundEmail> OutboundEmails => Set<Channels.Email.OutboundEmail>();
    public DbSet<Channels.Chat.ChatSession> ChatSessions => Set<Channels.Chat.ChatSession>();
    public DbSet<ElasticRecord> ElasticRecords => Set<ElasticRecord>();
    public DbSet<TeamHoliday> TeamHolidays => Set<TeamHoliday>();
    public DbSet<Portal.PortalLink> PortalLinks => Set<Portal.PortalLink>();
    public DbSet<Identity.Sessions.SignInSession> SignInSessions => Set<Identity.Sessions.SignInSession>();
    public DbSet<Updates.UpdatePlan> UpdatePlans => Set<Updates.UpdatePlan>();
    public DbSet<Queues.SlaTarget> SlaTargets => Set<Queues.SlaTarget>();
    public DbSet<Queues.CaseHandoff> CaseHandoffs => Set<Queues.CaseHandoff>();
    public DbSet<Events.StoredEvent> Events => Set<Events.StoredEvent>();
    public DbSet<Events.EventDelivery> EventDeliveries => Set<Events.EventDelivery>();
    internal DbSet<Audit.AuditEntry> AuditLog => Set<Audit.AuditEntry>();
    /// <summary>The key ring that protects sign-in cookies, shared by every node on the same database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Saves; when the save inserts touchpoints it runs in a transaction (or joins the caller's) and saves again to
    /// publish their touchpoint.recorded with the ids the database gave them, so both commit together or neither.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default)
    {
        var adding = TouchpointWrites.Adding(this);
        if (adding.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        return await this.InTransactionAsync(async () =>
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            TouchpointWrites.Publish(this, adding);
            return saved + await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var adding = TouchpointWrites.Adding(this);
        if (adding.Count == 0) return base.SaveChanges(acceptAllChangesOnSuccess);
        using var tx = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        TouchpointWrites.Publish(this, adding);
        saved += base.SaveChanges(acceptAllChangesOnSuccess);
        tx?.Commit();
        return saved;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FrontlineDb).Assembly);
        if (Database.IsNpgsql())
        {
            // name fragments are searched with LIKE '%…%'; a trigram index serves that on PostgreSQL
            builder.HasPostgresExtension("pg_trgm");
            builder.Entity<Customer>().HasIndex(c => c.SearchName, "ix_customers_search_name_trgm")
                .HasMethod("gin").HasOperators("gin_trgm_ops");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        conventions.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        conventions.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        conventions.Properties<decimal>().HavePrecision(18, 2);
    }
}
