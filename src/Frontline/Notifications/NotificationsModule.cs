using Frontline.Events;
using Frontline.Identity;
using Frontline.Notifications.Reactions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Notifications;

/// <summary>
/// Notifications for people, made only from events (never called by the use cases): the handlers, the bell's live
/// count, the e-mail for those who want it, and each person's own list and preferences under /me.
/// </summary>
public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddSingleton<UnreadCounts>();
        services.AddSingleton<NotificationMail>();
        services.AddScoped<Notifier>();
        services.AddEventHandler<NotifyOfCustomerReply>();
        services.AddEventHandler<NotifyOfApprovalRequest>();
        services.AddEventHandler<NotifyOfApprovalDecision>();
        services.AddEventHandler<NotifyOfAssignment>();
        services.AddEventHandler<NotifyOfSlaRisk>();
        services.AddEventHandler<NotifyOfWaitingChat>();
        services.AddEventHandler<NotifyOfDisabledWebhook>();
        services.AddRecurringJob<Jobs.WarnOfSlaRiskJob>(Jobs.WarnOfSlaRiskJob.Key, TimeSpan.FromMinutes(1));
        services.AddRecurringJob<Jobs.SendNotificationMailJob>(Jobs.SendNotificationMailJob.Key,
            TimeSpan.FromMinutes(1));
        return services;
    }

    public static RouteGroupBuilder MapNotifications(this RouteGroupBuilder api)
    {
        var mine = api.MapGroup("/me").WithTags("Notifications").RequireAuthorization(Policies.FrontLine);
        mine.MapGet("/notifications", MyNotifications.List).WithName("ListMyNotifications")
            .WithSummary("The caller's own notifications, newest first (unread=true for the unread only), with the unread count");
        mine.MapPost("/notifications/{id:long}/read", MyNotifications.Read).WithName("MarkMyNotificationRead")
            .WithSummary("Mark one of the caller's notifications read");
        mine.MapPost("/notifications/read-all", MyNotifications.ReadAll).WithName("MarkAllMyNotificationsRead")
            .WithSummary("Mark every notification of the caller read");
        mine.MapGet("/notification-preferences", NotificationPreferences.Get).WithName("GetMyNotificationPreferences")
            .WithSummary("Which kinds of notification also come to the caller by e-mail");
        mine.MapPut("/notification-preferences", NotificationPreferences.Put).WithName("SaveMyNotificationPreferences")
            .WithSummary("Choose the kinds of notification that also come by e-mail (the whole list)");
        return mine;
    }
}
