using Frontline.Cases;
using Frontline.Customers;
using Frontline.Identity;

namespace Frontline.Demo;

/// <summary>Categories, products and teams a new installation starts with; they are data and can be changed.</summary>
public static class ReferenceData
{
    public static readonly string[] CategoryNames =
    [
        "Warranty and repair", "Change of booking", "Special service request", "Onboard service", "Billing",
        "Delivery", "Product question", "Complaint",
    ];

    public static readonly (string Sku, string Name, string Kind, int WarrantyMonths)[] ProductRows =
    [
        ("TV-55-OLED", "55\" OLED TV", "TV", 24), ("TV-REMOTE", "TV remote control", "Accessory", 12),
        ("SOUNDBAR-3", "Soundbar 3.1", "Audio", 24), ("PHONE-X", "Smartphone X", "Phone", 24), ("TABLET-10", "Tablet 10\"", "Tablet", 24),
        ("LAPTOP-14", "Laptop 14\"", "Computer", 24), ("HEADSET-ST", "Stereo headset", "Accessory", 12), ("ROUTER-6", "Wi-Fi 6 router", "Network", 24),
        ("WATCH-2", "Smartwatch 2", "Wearable", 24), ("CAMERA-M", "Mirrorless camera", "Camera", 24), ("CONSOLE-5", "Game console", "Gaming", 12),
        ("HEADPHONES-NC", "Noise-cancelling headphones", "Audio", 24), ("EREADER-7", "E-reader", "Tablet", 12), ("PRINTER-L", "Laser printer", "Office", 12),
        ("FLIGHT-J", "Return ticket, business class", "Flight", 0), ("FLIGHT-Y", "Return ticket, economy class", "Flight", 0),
    ];

    public static readonly (string Name, string TimeZone)[] TeamRows =
    [
        ("Store Berlin Mitte", "Europe/Berlin"), ("Contact Centre", "Asia/Kuala_Lumpur"), ("Airline Service Desk", "America/New_York"),
    ];

    public static readonly (CasePriority Priority, double FirstResponse, double Resolution)[] SlaRows =
    [
        (CasePriority.Urgent, 1, 8), (CasePriority.High, 2, 16), (CasePriority.Normal, 4, 24), (CasePriority.Low, 8, 40),
    ];

    public static async Task EnsureAsync(FrontlineDb db, CancellationToken ct)
    {
        var categories = await db.Categories.Select(c => c.Name).ToListAsync(ct);
        db.Categories.AddRange(CategoryNames.Except(categories).Select(n => new Category { Name = n }));
        var skus = await db.Products.Select(p => p.Sku).ToListAsync(ct);
        db.Products.AddRange(ProductRows.Where(p => !skus.Contains(p.Sku))
            .Select(p => new Product { Sku = p.Sku, Name = p.Name, Kind = p.Kind, WarrantyMonths = p.WarrantyMonths }));
        var teams = await db.Teams.Select(t => t.Name).ToListAsync(ct);
        db.Teams.AddRange(TeamRows.Where(t => !teams.Contains(t.Name)).Select(t => new Team { Name = t.Name, TimeZone = t.TimeZone }));
        // service levels for every category, in working hours: answer within a working day at the latest
        var targets = await db.SlaTargets.Where(t => t.CategoryId == null).Select(t => t.Priority).ToListAsync(ct);
        db.SlaTargets.AddRange(SlaRows.Where(r => !targets.Contains(r.Priority))
            .Select(r => new Queues.SlaTarget { Priority = r.Priority, FirstResponseHours = r.FirstResponse, ResolutionHours = r.Resolution }));
        await db.SaveChangesAsync(ct);
    }
}
